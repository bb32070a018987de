"""The parts of the vendor editor that are more than a field: transfers, chain, descriptions."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registry.assessment import ENTITY, Transfer
from registry.checks_of_records import dpf_applies
from registry.countries import country_name
from registry.enums import LANGUAGE_NAMES, LANGUAGES, Mechanism
from registry.facts import Facts
from registry.forms import SafeguardForm
from registry.snapshot import Snapshot

from ui.editors.base import FIELD_CHARS, NARROW_CHOICE
from ui.i18n import translator
from ui.icons import text_colour, verdict_icon
from ui.models import label
from ui.settings import QT_TRANSLATE_NOOP
from ui.widgets import FieldError, OptionalDateEdit, guard_wheel
from ui.widgets import labels as choices

tr = translator("editors")


def _combo(parent: QWidget, options: choices.Choices) -> QComboBox:
    combo = QComboBox(parent)
    for value, text in options:
        combo.addItem(text, value)
    combo.setMinimumContentsLength(NARROW_CHOICE)
    guard_wheel(combo)
    return combo


def _set_data(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


DPF_ENTRY = QT_TRANSLATE_NOOP("editors", "DPF List entry for {0}")
"""What the documents of a transfer under the DPF are, filled in when it is chosen."""


def _is_dpf_entry(text: str) -> bool:
    """Whether ``text`` is :data:`DPF_ENTRY` for some vendor, in the app's language or in
    English (as the demo registry has it)."""
    for template in (tr(DPF_ENTRY), DPF_ENTRY):
        head, _, tail = template.partition("{0}")
        if len(text) > len(head) + len(tail) and text.startswith(head) and text.endswith(tail):
            return True
    return False


def _via_text(via: Sequence[str]) -> str:
    names = {ENTITY: tr("the vendor's own country"), "hosting": tr("hosting"),
             "support": tr("support / remote access"), "processing": tr("processing"),
             "backup": tr("backup")}
    return ", ".join(names.get(v, v) for v in via)


class SafeguardRow(QGroupBox):
    """How one destination country is covered: a mechanism and only the fields it needs.

    Signals:
        edited: a field changed.
    """

    edited = Signal()

    FIELDS = ("mechanism", "scc_module", "derogation", "dpf_certified", "dpf_checked",
              "tia_date", "tia_outcome", "supplementary_measures", "documents")

    def __init__(self, country: str, language: str, facts: Facts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.country = country
        self.facts = facts
        self.vendor_name = ""
        """The vendor's legal name (else its name), for the documents filled in."""
        self._mechanism_before: Mechanism | None = None
        self._spoken: dict[str, str] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.reach = self._note()
        self.verdict_icon, self.verdict = QLabel(self), self._note()
        self._verdict_shown: tuple[str, str] | None = None
        self.preview_icon, self.preview = QLabel(self), self._note()
        self._preview_shown: tuple[str, str] | None = None
        self.form.addRow(tr("Reached by"), self.reach)
        self.form.addRow(tr("Saved verdict"), self._icon_row(self.verdict_icon, self.verdict))
        # What the transfer would get with the form as it is now, while that differs.
        self._preview_row = self._icon_row(self.preview_icon, self.preview)
        self.form.addRow(tr("If saved"), self._preview_row)
        self.form.setRowVisible(self._preview_row, False)

        self.mechanism = _combo(self, choices.mechanisms(facts))
        self.scc_module = _combo(self, choices.scc_modules())
        self.derogation = _combo(self, choices.derogations())
        self.dpf_certified = QCheckBox(tr("Certified on the DPF List"), self)
        self.dpf_checked = OptionalDateEdit(self)
        self.tia_date = OptionalDateEdit(self)
        self.tia_outcome = _combo(self, choices.tia_outcomes())
        self.supplementary_measures = QPlainTextEdit(self)
        self.supplementary_measures.setTabChangesFocus(True)
        self.supplementary_measures.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.documents = QLineEdit(self)
        self.documents.setPlaceholderText(tr("Where the signed clauses or the TIA are kept"))
        self._holders: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        for name, text, widget in (
            ("mechanism", tr("Mechanism"), self.mechanism),
            ("scc_module", tr("SCC module"), self.scc_module),
            ("derogation", tr("Derogation"), self.derogation),
            ("dpf_certified", tr("DPF"), self.dpf_certified),
            ("dpf_checked", tr("DPF List checked"), self.dpf_checked),
            ("tia_date", tr("TIA date"), self.tia_date),
            ("tia_outcome", tr("TIA outcome"), self.tia_outcome),
            ("supplementary_measures", tr("Supplementary measures"),
             self.supplementary_measures),
            ("documents", tr("Documents"), self.documents),
        ):
            self._add(name, text, widget)
        self.set_country(country)
        self.mechanism.currentIndexChanged.connect(self._mechanism_changed)
        for combo in (self.mechanism, self.scc_module, self.derogation, self.tia_outcome):
            combo.currentIndexChanged.connect(self._changed)
        self.dpf_certified.toggled.connect(self._changed)
        self.dpf_checked.edited.connect(self._changed)
        self.tia_date.edited.connect(self._changed)
        self.supplementary_measures.textChanged.connect(self._changed)
        self.documents.textChanged.connect(self._changed)
        self._show_fields()

    def _icon_row(self, icon: QLabel, text: QLabel) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 1)
        return row

    def _note(self) -> QLabel:
        note = QLabel(self)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        return note

    def _add(self, name: str, text: str, widget: QWidget) -> None:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        self.errors[name] = FieldError(widget, holder)
        column.addWidget(self.errors[name])
        # Narrower than this, the field goes under its label (the row wraps).
        holder.setMinimumWidth(max(holder.minimumSizeHint().width(),
                                   self.fontMetrics().averageCharWidth() * FIELD_CHARS))
        self._spoken[name] = text
        self.form.addRow(text, holder)
        self._holders[name] = holder

    def set_country(self, country: str) -> None:
        """Make the row the one of ``country`` (rows are reused from vendor to vendor)."""
        self.country = country
        self.setTitle(f"{country_name(country, self.language)} ({country})")
        self.setObjectName(f"safeguard_{country}")
        for name, text in self._spoken.items():
            widget = getattr(self, name)
            spoken = f"{text} ({country})"
            if isinstance(widget, OptionalDateEdit):
                widget.set_label(spoken)
            else:
                widget.setAccessibleName(spoken)

    # The value.

    def mechanism_value(self) -> Mechanism | None:
        value = self.mechanism.currentData()
        return Mechanism(value) if value is not None else None

    def value(self) -> SafeguardForm | None:
        """The safeguard as shown (fields that do not apply are left out); None if none."""
        mechanism = self.mechanism_value()
        if mechanism is None:
            return None
        shown = self._applicable(mechanism)
        return SafeguardForm(
            country=self.country,
            mechanism=mechanism,
            scc_module=self.scc_module.currentData() if "scc_module" in shown else None,
            derogation=self.derogation.currentData() if "derogation" in shown else None,
            dpf_certified="dpf_certified" in shown and self.dpf_certified.isChecked(),
            dpf_checked=self.dpf_checked.value() if "dpf_checked" in shown else None,
            tia_date=self.tia_date.value() if "tia_date" in shown else None,
            tia_outcome=self.tia_outcome.currentData() if "tia_outcome" in shown else None,
            supplementary_measures=(self.supplementary_measures.toPlainText()
                                    if "supplementary_measures" in shown else ""),
            documents=self.documents.text(),
        )

    def set_value(self, sg: SafeguardForm | None) -> None:
        """Show a recorded safeguard, or no mechanism (None)."""
        mechanism = sg.mechanism if sg is not None else None
        sg = sg or SafeguardForm(self.country)
        widgets: list[QWidget] = [self.mechanism, self.scc_module, self.derogation,
                                  self.dpf_certified, self.tia_outcome,
                                  self.supplementary_measures, self.documents,
                                  self.dpf_checked, self.tia_date]
        blocked = [w.blockSignals(True) for w in widgets]
        _set_data(self.mechanism, mechanism)
        _set_data(self.scc_module, sg.scc_module)
        _set_data(self.derogation, sg.derogation)
        self.dpf_certified.setChecked(sg.dpf_certified)
        _set_data(self.tia_outcome, sg.tia_outcome)
        self.supplementary_measures.setPlainText(sg.supplementary_measures)
        self.documents.setText(sg.documents)
        self.dpf_checked.setValue(sg.dpf_checked)
        self.tia_date.setValue(sg.tia_date)
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self._mechanism_before = mechanism
        self._show_fields()

    # What is shown.

    def _applicable(self, mechanism: Mechanism | None) -> set[str]:
        if mechanism is None:
            return {"mechanism"}
        shown = {"mechanism", "documents"}
        if mechanism == Mechanism.SCC_2021:
            shown.add("scc_module")
        if mechanism == Mechanism.DEROGATION:
            shown.add("derogation")
        if dpf_applies(mechanism, self.country):
            shown |= {"dpf_certified", "dpf_checked"}
        if self.facts.mechanism(mechanism.value).needs_tia:
            shown |= {"tia_date", "tia_outcome", "supplementary_measures"}
        return shown

    def inputs(self) -> list[QWidget]:
        """Every control of the row, in tab order."""
        return [self.mechanism, self.scc_module, self.derogation, self.dpf_certified,
                self.dpf_checked.check, self.dpf_checked.date_edit, self.tia_date.check,
                self.tia_date.date_edit, self.tia_outcome, self.supplementary_measures,
                self.documents]

    def is_shown(self, name: str) -> bool:
        """Whether the field ``name`` applies to the chosen mechanism (and is shown)."""
        return name in self._applicable(self.mechanism_value())

    def _show_fields(self) -> None:
        shown = self._applicable(self.mechanism_value())
        for name, holder in self._holders.items():
            if self.form.isRowVisible(holder) != (name in shown):  # else the panel lays out again
                self.form.setRowVisible(holder, name in shown)

    def _changed(self) -> None:
        self._show_fields()
        self.edited.emit()

    def _mechanism_changed(self) -> None:
        """Documents the app filled in for the mechanism chosen before (or none) make way for
        those of the new one; what the user typed stays."""
        before, now = self._mechanism_before, self.mechanism_value()
        self._mechanism_before = now
        text = self.documents.text()
        if text.strip() and not (before is not None and dpf_applies(before, self.country)
                                 and _is_dpf_entry(text)):
            return
        filled = (tr(DPF_ENTRY).format(self.vendor_name)
                  if now is not None and dpf_applies(now, self.country) and self.vendor_name
                  else "")
        if text != filled:
            self.documents.setText(filled)

    def set_reach(self, via: Sequence[str] | None, in_eea: bool) -> None:
        if in_eea:
            text = tr("Inside the EU/EEA: no transfer, no mechanism needed.")
        elif via:
            text = _via_text(via)
        else:
            text = tr("No location of the vendor is here any more: remove the mechanism, or "
                      "add the location.")
        self.reach.setText(text)

    def set_verdict(self, verdict: str, text: str) -> None:
        if (verdict, text) == self._verdict_shown:  # a style sheet set again polishes again
            return
        self._verdict_shown = (verdict, text)
        self._show_verdict_in(self.verdict_icon, self.verdict, verdict, text)

    def set_preview(self, verdict: str, text: str) -> None:
        """The verdict with the unsaved changes; hidden while it is the saved one ("")."""
        shown = bool(text) and (verdict, text) != self._verdict_shown
        if self.form.isRowVisible(self._preview_row) != shown:
            self.form.setRowVisible(self._preview_row, shown)
        if shown and (verdict, text) != self._preview_shown:
            self._preview_shown = (verdict, text)
            self._show_verdict_in(self.preview_icon, self.preview, verdict, text)

    def _show_verdict_in(self, icon: QLabel, label_: QLabel, verdict: str, text: str) -> None:
        size = self.fontMetrics().height()
        icon.setPixmap(verdict_icon(verdict).pixmap(size, size))
        label_.setText(text)
        label_.setStyleSheet(f"color: {text_colour(verdict).name()};" if verdict else "")

    def show_errors(self, errors: Mapping[str, str]) -> None:
        for name, label_ in self.errors.items():
            label_.set_message(errors.get(name))

    def set_read_only(self, read_only: bool) -> None:
        for name in self.FIELDS:
            widget = getattr(self, name)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            elif isinstance(widget, OptionalDateEdit):
                widget.set_read_only(read_only)
            else:
                widget.setEnabled(not read_only)


class SafeguardsPanel(QWidget):
    """A :class:`SafeguardRow` per third-country destination of the vendor.

    The destinations follow the vendor's country and locations as they are typed; a row
    whose country is no longer a destination stays while it has a mechanism, with a note.
    The value is the list of recorded safeguards by country.

    Signals:
        edited: a safeguard changed.
    """

    edited = Signal()

    def __init__(self, facts: Facts, language: str, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = facts
        self.language = language
        self.today = today
        self.rows: dict[str, SafeguardRow] = {}
        self._spare: list[SafeguardRow] = []
        self._destinations: dict[str, tuple[str, ...]] = {}
        self._verdicts: dict[str, Transfer] = {}
        self._assessed = False
        self._read_only = False
        self._vendor_name = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(tr("No third-country destination: every location and the vendor "
                               "itself are in the EU/EEA."), self)
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)

    def value(self) -> list[SafeguardForm]:
        found = (row.value() for row in self.rows.values())
        return sorted((sg for sg in found if sg is not None), key=lambda sg: sg.country)

    def setValue(self, safeguards: Sequence[SafeguardForm]) -> None:  # noqa: N802
        for row in self.rows.values():
            row.set_value(None)
        for sg in safeguards:
            self._row(sg.country).set_value(sg)
        self._arrange()

    def set_destinations(self, destinations: Mapping[str, tuple[str, ...]]) -> None:
        """Where the vendor's data goes (country → how), as the form now says."""
        self._destinations = dict(destinations)
        for country in destinations:
            if not self._in_eea(country):
                self._row(country)
        self._arrange()

    def set_previews(self, transfers: Sequence[Transfer] | None) -> None:
        """The verdicts the transfers would get with the form as it is now (None: the form is
        the saved record; nothing to preview)."""
        by_country = {t.country: t for t in transfers or ()}
        for country, row in self.rows.items():
            transfer = by_country.get(country)
            row.set_preview(*(self._verdict_text(transfer) if transfer is not None
                              else ("", "")))

    def set_verdicts(self, transfers: Sequence[Transfer] | None) -> None:
        """The saved verdicts of the vendor's transfers; None when not assessed (a new one)."""
        self._assessed = transfers is not None
        self._verdicts = {t.country: t for t in transfers or ()}
        for row in self.rows.values():
            self._show_verdict(row)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Problems keyed ``[i].field`` by the index in :meth:`value`."""
        by_country: dict[str, dict[str, str]] = defaultdict(dict)
        recorded = self.value()
        for key, message in errors.items():
            index, _, field = key.partition("].")
            try:
                country = recorded[int(index.lstrip("["))].country
            except (ValueError, IndexError):
                continue
            by_country[country][field] = message
        for country, row in self.rows.items():
            row.show_errors(by_country.get(country, {}))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in [*self.rows.values(), *self._spare]:
            row.set_read_only(read_only)

    def set_vendor_name(self, name: str) -> None:
        """The vendor's legal name (else its name) as the form now has it."""
        self._vendor_name = name
        for row in [*self.rows.values(), *self._spare]:
            row.vendor_name = name

    def _in_eea(self, country: str) -> bool:
        return self.facts.in_eea(country, self.today())

    def _row(self, country: str) -> SafeguardRow:
        row = self.rows.get(country)
        if row is None and self._spare:
            row = self._spare.pop()
            row.set_country(country)
            row.set_value(None)
            row.show_errors({})
            self.rows[country] = row
            self._show_verdict(row)
        elif row is None:
            row = SafeguardRow(country, self.language, self.facts, self)
            row.vendor_name = self._vendor_name
            row.edited.connect(self.edited)
            row.set_read_only(self._read_only)
            self.rows[country] = row
            self._show_verdict(row)
        return row

    def _arrange(self) -> None:
        """Drop rows that are neither destinations nor recorded; order the rest by name."""
        for country in list(self.rows):
            row = self.rows[country]
            wanted = country in self._destinations and not self._in_eea(country)
            if not wanted and row.mechanism_value() is None:
                self._layout.removeWidget(row)
                row.hide()
                self._spare.append(row)
                del self.rows[country]
        ordered = sorted(self.rows.values(), key=lambda r: country_name(r.country,
                                                                        self.language))
        for index, row in enumerate(ordered):
            self._layout.insertWidget(index, row)
            row.show()  # now, not after the event loop comes round (a new row is hidden)
            row.set_reach(self._destinations.get(row.country), self._in_eea(row.country))
        self.empty.setVisible(not self.rows)
        # Rows are made after the rest of the window: put them here in the tab order, after
        # the last control before the panel (tab order ignores controls without focus).
        anchor = self.previousInFocusChain()
        while anchor is not None and anchor.focusPolicy() == Qt.FocusPolicy.NoFocus:
            anchor = anchor.previousInFocusChain()
        chain: list[QWidget] = [anchor] if anchor is not None else []
        for row in ordered:
            chain.extend(row.inputs())
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _show_verdict(self, row: SafeguardRow) -> None:
        transfer = self._verdicts.get(row.country)
        if transfer is not None:
            row.set_verdict(*self._verdict_text(transfer))
        elif self._in_eea(row.country):
            row.set_verdict("eea", tr("No transfer."))
        elif self._assessed:
            row.set_verdict("", tr("Not assessed: the saved vendor has no transfer here, or is "
                                   "not in use."))
        else:
            row.set_verdict("", tr("Not assessed yet: save the vendor to see the verdict."))


    def _verdict_text(self, transfer: Transfer) -> tuple[str, str]:
        text = f"{label(transfer.verdict)}: {transfer.message_in(self.language)}"
        if transfer.note_text:
            text += f" {transfer.note_in(self.language)}"
        return transfer.verdict, text


class DescriptionTabs(QTabWidget):
    """The public description in each language of the sub-processor list.

    Signals:
        edited: a text changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, QPlainTextEdit] = {}
        for code in LANGUAGES:
            editor = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            editor.setPlaceholderText(tr("What the vendor does for you, as customers read it"))
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 14)
            name = LANGUAGE_NAMES.get(code, code)  # Babel's locale data would take 60 ms
            editor.setAccessibleName(tr("Public description, {0}").format(name))
            index = self.addTab(editor, code.upper())
            self.setTabToolTip(index, name)
            editor.textChanged.connect(self.edited)
            self.editors[code] = editor
        # As tall as one page: a tab widget otherwise asks for the room of a full text editor.
        self.setFixedHeight(self.tabBar().sizeHint().height()
                            + next(iter(self.editors.values())).height() + 8)

    def value(self) -> dict[str, str]:
        return {code: e.toPlainText() for code, e in self.editors.items()
                if e.toPlainText().strip()}

    def setValue(self, texts: Mapping[str, str] | None) -> None:  # noqa: N802
        for code, editor in self.editors.items():
            editor.setPlainText((texts or {}).get(code, ""))

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.setReadOnly(read_only)


class ChainTree(QTreeWidget):
    """The vendor's place in its sub-processor chain: parents above, sub-processors below."""

    MAX_ITEMS = 300

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName(tr("Sub-processor chain"))
        self.setFixedHeight(self.fontMetrics().height() * 7)
        self._children: dict[int | None, list[int]] = {}
        self._snapshot: Snapshot | None = None
        self._shown: tuple[Any, ...] | None = None

    def show_chain(self, snapshot: Snapshot, vendor_id: int | None, name: str,
                   parent_id: int | None) -> None:
        """Show the chain of a vendor named ``name`` under ``parent_id`` (as typed)."""
        self.set_snapshot(snapshot)
        key = (vendor_id, name, parent_id)
        if key == self._shown:
            return
        self._shown = key
        self.clear()
        ancestors: list[int] = []
        current = parent_id
        while current is not None and current in snapshot.vendors and current not in ancestors \
                and current != vendor_id:
            ancestors.append(current)
            current = snapshot.vendors[current].parent_id
        parent_item: QTreeWidget | QTreeWidgetItem = self
        for ancestor in reversed(ancestors):
            parent_item = QTreeWidgetItem(parent_item, [snapshot.vendors[ancestor].name])
        own = QTreeWidgetItem(parent_item, [name or tr("(this vendor)")])
        font = QFont(own.font(0))
        font.setBold(True)
        own.setFont(0, font)
        if vendor_id is not None:
            self._add_children(own, vendor_id, {vendor_id}, [0])
        self.expandAll()
        self.scrollToItem(own)

    def _add_children(self, item: QTreeWidgetItem, vendor_id: int, seen: set[int],
                      count: list[int]) -> None:
        assert self._snapshot is not None
        for child in self._children.get(vendor_id, []):
            if child in seen or count[0] >= self.MAX_ITEMS:
                continue
            seen.add(child)
            count[0] += 1
            child_item = QTreeWidgetItem(item, [self._snapshot.vendors[child].name])
            self._add_children(child_item, child, seen, count)

    def descendants(self, vendor_id: int) -> set[int]:
        """Every vendor below ``vendor_id`` in the shown snapshot."""
        found: set[int] = set()
        stack = [vendor_id]
        while stack:
            for child in self._children.get(stack.pop(), []):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        return found

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Read the chains from ``snapshot`` (once per snapshot)."""
        if snapshot is not self._snapshot:
            self._snapshot = snapshot
            children: dict[int | None, list[int]] = defaultdict(list)
            for v in snapshot.vendors.values():
                children[v.parent_id].append(v.id)
            self._children = dict(children)
            self._shown = None
