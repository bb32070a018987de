"""What every record editor shares: binding fields to a form, validation as you type, save,
revert, undo, dirty tracking and the unsaved-changes prompt.

Every editor ends with the record's History panel (:mod:`ui.editors.history_panel`), read
again whenever the record is shown anew (opened, saved, undone, changed elsewhere).

A subclass says which form it edits (:meth:`RecordEditor.new_form`,
:meth:`RecordEditor.load_form`, :meth:`RecordEditor.validate_form`) and builds its sections
with the row helpers (:meth:`RecordEditor.line`, :meth:`RecordEditor.choice`, ...). Each
helper binds a widget to a field of the form by key (``"name"``, ``"dpa.signed_date"``), puts
a :class:`~ui.widgets.FieldError` under it, and makes every change mark the editor dirty and
start validation. The base then reads and writes whole forms, and shows each problem that
:mod:`registry.checks_of_records` reports next to its field, worded in the language of the
app's own words (:attr:`~ui.context.AppContext.ui_language`).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Protocol

from sqlalchemy.orm import Session

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from registry.checks_of_records import Problems, describe_field
from registry.errors import UserError
from registry.forms import AnyForm, Kind

from ui.context import AppContext
from ui.editors.form_scroll import FormScrollArea
from ui.editors.history_panel import HistoryPanel
from ui.errors import show_user_error
from ui.i18n import translator
from ui.icons import text_colour, verdict_icon
from ui.undo import CreateRecordCommand, RecordCommand, UpdateRecordCommand, push
from ui.widgets import FieldError, OptionalDateEdit, guard_wheel

Choices = Sequence[tuple[object, str]]

Shown = dict[str, str]
"""Field key to the problem as the editor shows it: in the user's language."""

NARROW_CHOICE = 14
"""The narrowest a pick-list may be, in characters (its list shows the choices whole)."""
FIELD_CHARS = 36
"""The narrowest a field may be beside its label, in average characters."""


class ValueWidget(Protocol):
    """A widget of :mod:`ui.widgets`: it has a value and says when it changes."""

    edited: SignalInstance

    def value(self) -> Any: ...
    def setValue(self, value: Any) -> None: ...  # noqa: N802


class UnsavedChangesDialog:
    """Asks whether to save changes before they would be lost."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> str:
        """``"save"``, ``"discard"`` or ``"cancel"``."""
        tr = translator("editors")
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr('Save the changes to "{0}"?').format(name) if name
                    else tr("Save the changes?"))
        box.setInformativeText(tr("If you don't save, your changes are lost."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        if answer == buttons.Save:
            return "save"
        if answer == buttons.Discard:
            return "discard"
        return "cancel"


@dataclasses.dataclass
class Binding:
    """One field of the form and the widget that edits it."""

    key: str
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    error: FieldError
    layout: QFormLayout
    holder: QWidget


def _read(form: Any, key: str) -> Any:
    """The value at a dotted ``key``; None when a part on the way is None."""
    value = form
    for part in key.split("."):
        if value is None:
            return None
        value = getattr(value, part)
    return value


class RecordEditor(QWidget):
    """The editor of one record in the side panel.

    Signals:
        saved(int): the record's id after a successful save.
        dirtyChanged(bool): the form now differs (or no longer differs) from the record.
    """

    saved = Signal(int)
    dirtyChanged = Signal(bool)

    kind: ClassVar[str] = ""
    """``vendor``, ``service``, ``activity`` or ``organisation``."""
    nested: ClassVar[dict[str, Callable[[], Any]]] = {}
    """Parts of the form that may be None, and how to make an empty one (``dpa``)."""
    validation_delay_ms: ClassVar[int] = 200
    hidden_findings: ClassVar[tuple[str, ...]] = ()
    """Rule prefixes of findings the editor shows in its own way instead."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._record_id: int | None = None
        self._bindings: dict[str, Binding] = {}
        self._loading = False
        self._dirty = False
        self._stale = False
        self._refresh_queued = False
        self._gone = False
        self._read_only = False
        self._extra_editables: list[QWidget] = []

        self.title = QLabel(self)
        self.title.setObjectName("editorTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)

        self.content = QWidget(self)
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 6, 0)
        # The record's findings scroll with the form: on a short panel (a small screen, 200 %
        # scaling) they would otherwise take the room of the form, or be cut off.
        self.banner = QLabel(self.content)
        self.banner.setObjectName("editorBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px;"
                                  "border-radius: 3px;")
        self.banner.hide()
        self.findings = _FindingsList(self.content)
        self.content_layout.addWidget(self.banner)
        self.content_layout.addWidget(self.findings)
        self.scroll_area = FormScrollArea(self)
        self.scroll_area.setWidget(self.content)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.validation_delay_ms)
        self._timer.timeout.connect(self.validate_now)

        self.build()
        history = self.section(self.tr("History"))
        self.history = HistoryPanel(context, self.kind, self.content)
        history.addRow(self.history)
        self.content_layout.addStretch(1)
        # Made after the fields, so that the tab order (the order of creation) ends here.
        self.summary = QLabel(self)
        self.summary.setObjectName("problemSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b71c1c;")
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Throw away the changes since the last save"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(
            self.tr("Save the changes ({0})").format(
                QKeySequence(QKeySequence.StandardKey.Save).toString(
                    QKeySequence.SequenceFormat.NativeText)))
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        # Off in the main window, where File > Save has the keys (two would cancel out).
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)

        context.changed.connect(self._on_context_changed)
        context.assessed.connect(self._on_assessed)
        self.set_read_only(context.read_only)
        self._show_form(self.new_form())
        self._update_title()

    # --- what a subclass provides ----------------------------------------------------------

    def build(self) -> None:
        """Create the sections and fields (with the row helpers)."""
        raise NotImplementedError

    def new_form(self) -> Any:
        """An empty form for a new record."""
        raise NotImplementedError

    def load_form(self, session: Session, record_id: int) -> Any:
        """The stored record as a form."""
        raise NotImplementedError

    def validate_form(self, session: Session, form: Any, record_id: int | None) -> Problems:
        """What is wrong with ``form``, by field key."""
        raise NotImplementedError

    def finish_form(self, form: Any) -> Any:
        """Adjust the form read from the widgets (drop an empty part, say)."""
        return form

    def form_shown(self, form: Any) -> None:
        """A form was put into the widgets: refresh what is derived from it."""

    def form_edited(self) -> None:
        """The user changed something: refresh what must follow at once."""

    def refresh_choices(self) -> None:
        """The registry changed: refill pick-lists of other records."""

    def kind_title(self) -> str:
        """The kind of record, for the title ("Vendor")."""
        return self.kind

    # --- the interface the main window uses --------------------------------------------------

    def load(self, record_id: int | None) -> None:
        """Show a stored record, or an empty form for a new one (None).

        Raises:
            UserError: the record does not exist (any more).
        """
        if self._stale:
            self._stale = False
            self.refresh_choices()
        self._show_stored(record_id)

    def _show_stored(self, record_id: int | None) -> None:
        """:meth:`load` without refilling the pick-lists first (they are refilled later)."""
        form = (self.new_form() if record_id is None
                else self.context.read(lambda s: self.load_form(s, record_id)))
        self._record_id = record_id
        self._set_gone(False)
        self._show_form(form)
        self.history.show_record(record_id, self.record_name(form))

    def record_id(self) -> int | None:
        return self._record_id

    def show_top(self) -> None:
        """Show the top of the form, with the focus in its first field (for a new record)."""
        self.scroll_area.verticalScrollBar().setValue(0)
        first = next(iter(self._bindings.values()), None)
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_dirty(self) -> bool:
        return self._dirty

    def save(self) -> bool:
        """Validate and save; problems are shown next to their fields.

        Returns:
            Whether the record is now saved.
        """
        if self._read_only or self._gone:
            return False
        self._timer.stop()
        form = self.form()
        problems = self._problems(form)
        self.show_problems(problems)
        if problems:
            self._focus_problem(next(iter(problems)))
            return False
        if not self._dirty and self._record_id is not None:
            return True
        command = self.make_command(form)
        try:
            push(self.context.undo_stack, command)
        except UserError as exc:
            show_user_error(self, exc, self.tr("Not saved"), self.context.ui_language)
            return False
        record_id = self._command_record_id(command)
        self._show_stored(record_id)
        self.saved.emit(record_id)
        return True

    def revert(self) -> None:
        """Show the stored record again, throwing away the changes."""
        self._show_form(self._loaded)

    def maybe_save(self) -> bool:
        """Before leaving the record: ask to save unsaved changes.

        Returns:
            False when the user cancelled or the save failed: stay on this record.
        """
        if not self._dirty:
            return True
        answer = UnsavedChangesDialog.ask(self, self.record_name(self.form()))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def set_read_only(self, read_only: bool) -> None:
        """Show the record without letting it be changed."""
        self._read_only = read_only
        for binding in self._bindings.values():
            _set_widget_read_only(binding.widget, read_only)
        for widget in self._extra_editables:
            widget.setEnabled(not read_only)
        self.save_button.setVisible(not read_only)
        self.revert_button.setVisible(not read_only)
        self._update_banner()

    # --- forms and widgets -----------------------------------------------------------------

    def form(self) -> Any:
        """The form as the widgets show it now."""
        form = self.new_form()
        for key, binding in self._bindings.items():
            *path, last = key.split(".")
            target = form
            for part in path:
                child = getattr(target, part)
                if child is None:
                    child = self.nested[part]()
                    setattr(target, part, child)
                target = child
            setattr(target, last, binding.get())
        return self.finish_form(form)

    def record_name(self, form: Any) -> str:
        return str(getattr(form, "name", "")).strip()

    def make_command(self, form: Any) -> RecordCommand:
        """The undo command that saves ``form``."""
        kind: Kind = self.kind  # type: ignore[assignment]
        if self._record_id is None:
            return CreateRecordCommand(self.context, kind, form)
        return UpdateRecordCommand(self.context, kind, self._record_id, self._loaded, form)

    def _command_record_id(self, command: RecordCommand) -> int:
        if isinstance(command, CreateRecordCommand):
            assert command.record_id is not None
            return command.record_id
        assert self._record_id is not None
        return self._record_id

    def _show_form(self, form: AnyForm) -> None:
        self._loading = True
        try:
            self._loaded = form
            for key, binding in self._bindings.items():
                binding.set(_read(form, key))
            self.form_shown(form)
        finally:
            self._loading = False
        self._baseline = self.form()
        self._timer.stop()
        self.show_problems({})
        self._set_dirty(False)
        self._update_title()
        self._update_findings()

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._set_dirty(self.form() != self._baseline)
        self._update_title()
        self.form_edited()
        self._timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty and not self._gone)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _update_title(self) -> None:
        name = self.record_name(self.form()) if self._bindings else ""
        if self._record_id is None:
            text = self.tr("New {0}").format(self.kind_title().lower())
            if name:
                text += f": {name}"
        else:
            text = f"{self.kind_title()}: {name}"
        self.title.setText(text + (" •" if self._dirty else ""))

    # --- validation ------------------------------------------------------------------------

    def validate_now(self) -> Shown:
        """Check the form as it is and show what is wrong; the problems as shown."""
        problems = self._problems(self.form())
        with self.keeping_still():
            self.show_problems(problems)
        return problems

    def keeping_still(self) -> contextlib.AbstractContextManager[None]:
        """Problems shown or gone as the user types keep the form still under the pointer
        (:meth:`FormScrollArea.keeping_still_under_pointer`); a record being shown does not."""
        if self._loading:
            return contextlib.nullcontext()
        return self.scroll_area.keeping_still_under_pointer()

    def _problems(self, form: Any) -> Shown:
        problems: Shown = {}
        for key, binding in self._bindings.items():
            problem = getattr(binding.widget, "problem", None)
            message = problem() if callable(problem) else None
            if message:
                problems[key] = message
        found = self.context.read(lambda s: self.validate_form(s, form, self._record_id))
        language = self.context.ui_language
        for key, sentence in found.items():
            problems.setdefault(key, sentence.in_(language))
        return problems

    def show_problems(self, problems: Shown) -> None:
        """Show each problem next to its field (rows of a table under the table)."""
        messages: dict[str, list[str]] = {key: [] for key in self._bindings}
        nested: dict[str, dict[str, str]] = {key: {} for key in self._bindings}
        unplaced: list[str] = []
        language = self.context.ui_language
        for key, message in problems.items():
            binding = self._binding_for(key)
            if binding is None:
                unplaced.append(f"{describe_field(key, language)}: {message}")
            elif binding.key == key:
                messages[key].append(message)
            elif hasattr(binding.widget, "show_errors"):
                nested[binding.key][key[len(binding.key):]] = message
            else:
                messages[binding.key].append(f"{describe_field(key, language)}: {message}")
        for key, binding in self._bindings.items():
            binding.error.set_message("\n".join(messages[key]))
            show_errors = getattr(binding.widget, "show_errors", None)
            if callable(show_errors):
                show_errors(nested[key])
        if problems:
            count = len(problems)
            summary = (self.tr("1 problem to fix before saving.") if count == 1
                       else self.tr("{0} problems to fix before saving.").format(count))
            self.summary.setText("\n".join([summary, *unplaced]))
        else:
            self.summary.clear()

    def _binding_for(self, key: str) -> Binding | None:
        if key in self._bindings:
            return self._bindings[key]
        best: Binding | None = None
        for bound, binding in self._bindings.items():
            if key.startswith(bound) and key[len(bound)] in "[." and (
                    best is None or len(bound) > len(best.key)):
                best = binding
        return best

    def _focus_problem(self, key: str) -> None:
        binding = self._binding_for(key)
        if binding is not None:
            self.scroll_area.ensureWidgetVisible(binding.widget)
            binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keeping up with the registry ------------------------------------------------------

    def _on_context_changed(self) -> None:
        self._stale = True
        if not self.isVisible():
            return
        # The pick-lists of a large registry take a while to refill: that waits until the
        # change's own event is done, while the record shows the change at once.
        if not self._refresh_queued:
            self._refresh_queued = True
            QTimer.singleShot(0, self, self._refresh_choices_later)
        self._reload()

    def _refresh_choices_later(self) -> None:
        self._refresh_queued = False
        if self._stale:
            self._stale = False
            self.refresh_choices()

    def _on_assessed(self, _assessment: object) -> None:
        """The assessment after a change landed: show its findings, and what the form shows
        of it (a form with unsaved changes follows at its next edit)."""
        if self._loading or not self.isVisible():
            return
        self._update_findings()
        if self._dirty or self._record_id is None or self._gone:
            return
        self._loading = True
        try:
            self.form_shown(self._loaded)
        finally:
            self._loading = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self._refresh()

    def _refresh(self) -> None:
        """Follow a change of the registry (a save, an undo, a colleague's work)."""
        self._stale = False
        self.refresh_choices()
        self._reload()

    def _reload(self) -> None:
        """Show the stored record again (unless it has unsaved changes), or that it is gone."""
        if self._dirty or self._record_id is None:
            self._update_findings()
            return
        try:
            self._show_stored(self._record_id)
        except UserError:
            self._set_gone(True)

    def _set_gone(self, gone: bool) -> None:
        self._gone = gone
        self.content.setEnabled(not gone)
        self._set_dirty(self._dirty)
        self._update_banner()

    def _update_banner(self) -> None:
        if self._gone:
            text = self.tr("This record no longer exists: it was deleted.")
        elif self._read_only:
            text = self.tr("Read-only: this registry is open for reading, changes cannot be "
                           "saved.")
        else:
            text = ""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _update_findings(self) -> None:
        if self._record_id is None:
            self.findings.show_findings([])
            return
        findings = self.context.assessment().for_record(self.kind, self._record_id)
        language = self.context.language
        self.findings.show_findings([(f.severity.value, f.message_in(language)) for f in findings
                                     if not f.rule.startswith(self.hidden_findings)])

    # --- row helpers -----------------------------------------------------------------------

    def section(self, title: str) -> QFormLayout:
        """A titled group of fields, in the order of the calls."""
        # The title above the box rather than in its frame: a frame's title never wraps and
        # would set the narrowest the panel can be (long titles, Norwegian, large fonts).
        heading = QLabel(title, self.content)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        box = QGroupBox(self.content)
        box.setAccessibleName(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.content_layout.addWidget(heading)
        self.content_layout.addWidget(box)
        return form

    def bind(self, layout: QFormLayout, key: str, label: str | None, widget: QWidget,
             get: Callable[[], Any], set_value: Callable[[Any], None],
             changed: SignalInstance) -> Binding:
        """Add ``widget`` as the row of field ``key``, with its error line under it.

        Args:
            layout: the section.
            key: the field's key in the form (dotted for a nested part).
            label: the row's label; None for a row as wide as the section.
            widget: the editing widget.
            get: reads the value from the widget.
            set_value: writes a value (None for "empty") into the widget.
            changed: the widget's signal of a change.
        """
        holder = QWidget(self.content)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = FieldError(widget, holder)
        column.addWidget(error)
        if label is None:
            layout.addRow(holder)
        else:
            row_label = QLabel(label, self.content)
            row_label.setBuddy(widget)
            # One label width for every section, so the fields line up down the panel.
            row_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 18))
            # Narrower than this, the field goes under its label (the row wraps).
            holder.setMinimumWidth(max(holder.minimumSizeHint().width(),
                                       self.fontMetrics().averageCharWidth() * FIELD_CHARS))
            layout.addRow(row_label, holder)
            if not widget.accessibleName():
                widget.setAccessibleName(label.replace("&", ""))
        binding = Binding(key, widget, get, set_value, error, layout, holder)
        self._bindings[key] = binding
        changed.connect(self._on_edited)
        return binding

    def line(self, layout: QFormLayout, key: str, label: str, placeholder: str = "",
             max_length: int = 0) -> QLineEdit:
        widget = QLineEdit(self.content)
        widget.setPlaceholderText(placeholder)
        if max_length:
            widget.setMaxLength(max_length)
        self.bind(layout, key, label, widget, widget.text,
                  lambda v: widget.setText(v or ""), widget.textChanged)
        return widget

    def text(self, layout: QFormLayout, key: str, label: str | None, lines: int = 3,
             placeholder: str = "") -> QPlainTextEdit:
        widget = QPlainTextEdit(self.content)
        widget.setTabChangesFocus(True)
        widget.setPlaceholderText(placeholder)
        widget.setFixedHeight(widget.fontMetrics().lineSpacing() * lines + 14)
        self.bind(layout, key, label, widget, widget.toPlainText,
                  lambda v: widget.setPlainText(v or ""), widget.textChanged)
        return widget

    def choice(self, layout: QFormLayout, key: str, label: str, choices: Choices) -> QComboBox:
        widget = QComboBox(self.content)
        for value, text in choices:
            widget.addItem(text, value)
        # As wide as the longest choice when there is room; narrower when there is not (its
        # list still shows every choice whole).
        widget.setMinimumContentsLength(NARROW_CHOICE)
        guard_wheel(widget)

        def set_value(value: Any) -> None:
            widget.setCurrentIndex(max(0, widget.findData(value)))

        self.bind(layout, key, label, widget, widget.currentData, set_value,
                  widget.currentIndexChanged)
        return widget

    def check(self, layout: QFormLayout, key: str, label: str, text: str) -> QCheckBox:
        widget = QCheckBox(text, self.content)
        self.bind(layout, key, label, widget, widget.isChecked,
                  lambda v: widget.setChecked(bool(v)), widget.toggled)
        return widget

    def spin(self, layout: QFormLayout, key: str, label: str, minimum: int, maximum: int,
             suffix: Callable[[int], str] | None = None, optional: bool = False) -> QSpinBox:
        """A whole number; ``optional`` adds a "not set" value (None) below ``minimum``.

        ``suffix`` gives the unit for a number ("12 months", "1 month"): a plural text of the
        translations (``lambda n: self.tr(" month(s)", "", n)``), asked again at each value.
        """
        widget = QSpinBox(self.content)
        widget.setRange(minimum - 1 if optional else minimum, maximum)
        if suffix is not None:
            widget.setSuffix(suffix(widget.value()))
            widget.valueChanged.connect(lambda n: widget.setSuffix(suffix(n)))
        guard_wheel(widget)
        if optional:
            widget.setSpecialValueText(self.tr("not set"))

        def get() -> int | None:
            if optional and widget.value() < minimum:
                return None
            return widget.value()

        def set_value(value: Any) -> None:
            widget.setValue(widget.minimum() if value is None else int(value))

        self.bind(layout, key, label, widget, get, set_value, widget.valueChanged)
        return widget

    def date(self, layout: QFormLayout, key: str, label: str) -> OptionalDateEdit:
        widget = OptionalDateEdit(self.content)
        widget.set_label(label.replace("&", ""))
        self.custom(layout, key, label, widget)
        return widget

    def custom(self, layout: QFormLayout, key: str, label: str | None,
               widget: QWidget) -> QWidget:
        """Bind a widget of :mod:`ui.widgets` (``value``, ``setValue``, ``edited``)."""
        value_widget: ValueWidget = widget  # type: ignore[assignment]
        self.bind(layout, key, label, widget, value_widget.value, value_widget.setValue,
                  value_widget.edited)
        return widget

    def set_field_visible(self, key: str, visible: bool) -> None:
        """Show or hide the row of a field that applies only sometimes."""
        binding = self._bindings[key]
        if binding.layout.isRowVisible(binding.holder) != visible:
            binding.layout.setRowVisible(binding.holder, visible)

    def editable(self, widget: QWidget) -> None:
        """A control that changes the form without being a field (disabled when read-only)."""
        self._extra_editables.append(widget)


def _set_widget_read_only(widget: QWidget, read_only: bool) -> None:
    setter = getattr(widget, "set_read_only", None)
    if callable(setter):
        setter(read_only)
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.setReadOnly(read_only)
    else:
        widget.setEnabled(not read_only)


class _FindingsList(QWidget):
    """The record's findings as of today, most severe first (plain text, never markup)."""

    MAX_SHOWN = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 4)
        self._layout.setSpacing(2)
        self._shown: list[tuple[str, str]] | None = None
        self.hide()

    def show_findings(self, findings: Sequence[tuple[str, str]]) -> None:
        """Show ``(severity, message)`` pairs."""
        if list(findings) == self._shown:  # the same again, as after most saves: keep them
            return
        self._shown = list(findings)
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for severity, message in findings[:self.MAX_SHOWN]:
            self._layout.addWidget(self._row(severity, message))
        if len(findings) > self.MAX_SHOWN:
            more = QLabel(self.tr("…and {0} more: see the overview.").format(
                len(findings) - self.MAX_SHOWN), self)
            self._layout.addWidget(more)
        self.setVisible(bool(findings))

    def _row(self, severity: str, message: str) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(row)
        size = self.fontMetrics().height()
        icon.setPixmap(verdict_icon(severity).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(message, row)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setStyleSheet(f"color: {text_colour(severity).name()};")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(icon)
        layout.addWidget(text, 1)
        return row
