"""The History page: every recorded change of the registry, newest first, with filters.

Above the table: a search (records' names, fields and values, in the window's language), the
kind of record, who, the kind of change, and a range of days; a record's History panel
(:mod:`ui.editors.history_panel`) opens the page on that record alone. A double-click (or
Enter) on a row opens its record; Export CSV… writes the rows the filters keep, as the table
shows them (:func:`registry.history.write_history_csv`).

The page reads the history through :mod:`registry.history` (a page of rows at a time, as the
table scrolls), never with SQL of its own, and again after every change of the registry.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from registry import labels
from registry.errors import UserError
from registry.history import (
    ACTIONS,
    KINDS,
    HistoryFilter,
    history_people,
    iter_history,
    write_history_csv,
)

from ui.context import AppContext
from ui.dialogs import ChooseFileDialog
from ui.editors.history_panel import history_table
from ui.errors import show_user_error
from ui.i18n import language
from ui.models.history import ALL_COLUMNS, HistoryTableModel
from ui.pages.following import FollowingPage
from ui.pages.list_page import refill_choices
from ui.pages.list_widgets import FlowLayout
from ui.settings import LIST_HEADERS, Settings
from ui.widgets import OptionalDateEdit

SEARCH_DELAY_MS = 300
"""How long the search waits after a key before it reads the history again."""

WIDEST = {"when": 0, "who": 18, "kind": 22, "record": 32, "what": 34}
"""The widest each column grows to fit its texts at first, in average characters (0: as wide
as its texts); before and after share the room left."""


class HistoryPage(FollowingPage):
    """Every recorded change, newest first, with filters, a CSV export, and the record of a
    row a double-click away.

    Signals:
        openRecord(str, int): show a record (its kind and id).
    """

    openRecord = Signal(str, int)

    page_key = "history"

    def __init__(self, context: AppContext, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.settings = settings
        self._fitted = False
        self._record: tuple[str, int] | None = None

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search records, fields and values (Ctrl+F)"))
        self.search.setToolTip(self.tr(
            "Finds the changes whose record's name, field or value (before or after) holds "
            "the text, in English or your language: a vendor's name, a country, a role."))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        lang = language()
        self.filters = QWidget(self)
        filters_layout = FlowLayout(self.filters)
        self.filter_combos: dict[str, QComboBox] = {}
        for key, text, options in (
            ("kind", self.tr("Kind"), [(k, labels.label("record", k, lang)) for k in KINDS]),
            ("who", self.tr("Who"), []),
            ("action", self.tr("Change"),
             [(a, labels.label("action", a, lang)) for a in ACTIONS]),
        ):
            combo = QComboBox(self.filters)
            combo.setAccessibleName(text)
            combo.setToolTip(text)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem(self.tr("{0}: all").format(text), "")
            for value, option in options:
                combo.addItem(option, value)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            self.filter_combos[key] = combo
            filters_layout.addWidget(combo)
        self.filters.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.since = OptionalDateEdit(self)
        self.since.set_label(self.tr("From"))
        self.until = OptionalDateEdit(self)
        self.until.set_label(self.tr("To"))
        for edit in (self.since, self.until):
            edit.edited.connect(self.apply_filters)
        self.record_filter = QLabel(self)
        self.record_filter.setObjectName("recordFilter")
        self.record_filter.setTextFormat(Qt.TextFormat.PlainText)
        self.record_filter.setStyleSheet(
            "QLabel#recordFilter { background: #e3eefa; color: #0b3a66; padding: 2px 8px; "
            "border-radius: 3px; }")
        self.clear_record = QToolButton(self)
        self.clear_record.setText("×")
        self.clear_record.setToolTip(self.tr("Show the changes of every record"))
        self.clear_record.setAccessibleName(self.tr("Show the changes of every record"))
        self.clear_record.clicked.connect(self.clear_record_filter)
        self.count_label = QLabel(self)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setToolTip(self.tr(
            "Write the changes the filters keep to a CSV file, as the table shows them"))
        self.export_button.clicked.connect(self.export_csv)

        self.model = HistoryTableModel(context, self)
        self.view = history_table(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("History"))
        self.view.activated.connect(self._open)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        for column, key in enumerate(ALL_COLUMNS):
            if key in ("old", "new"):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        first = QHBoxLayout()
        first.setSpacing(8)
        first.addWidget(self.search, 1)
        first.addWidget(self.filters)
        self._first_row = first
        self._filters_row = QHBoxLayout()
        self._filters_below = False
        second = QHBoxLayout()
        second.setSpacing(8)
        second.addWidget(QLabel(self.tr("From"), self))
        second.addWidget(self.since)
        second.addWidget(QLabel(self.tr("To"), self))
        second.addWidget(self.until)
        second.addSpacing(8)
        second.addWidget(self.record_filter)
        second.addWidget(self.clear_record)
        second.addStretch(1)
        second.addWidget(self.count_label)
        second.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(first)
        layout.addLayout(self._filters_row)
        layout.addLayout(second)
        layout.addWidget(self.view, 1)

        self._show_record_filter("")
        self.model.loaded.connect(self._update_count)
        self.model.loaded.connect(self._fit_columns)
        self.model.rowsInserted.connect(lambda *_: self._update_count())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_filters()

    def _place_filters(self) -> None:
        """The filters beside the search box when both fit, else on a row of their own (a
        narrow window, 200 %), so that the search box keeps room for what is typed."""
        char = self.fontMetrics().averageCharWidth()
        below = self.width() < char * 44 + self.filters.sizeHint().width()
        if below == self._filters_below:
            return
        self._filters_below = below
        if below:
            self._first_row.removeWidget(self.filters)
            self._filters_row.addWidget(self.filters)
        else:
            self._filters_row.removeWidget(self.filters)
            self._first_row.addWidget(self.filters)

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again (and the people it names, for the filter)."""
        people = self.context.read(history_people)
        combo = self.filter_combos["who"]
        combo.blockSignals(True)
        try:
            refill_choices(combo, [(who, who) for who in people])
        finally:
            combo.blockSignals(False)
        self.apply_filters()

    def set_context(self, context: AppContext) -> None:
        """Show another registry's history (after File > Open)."""
        self.follow(context)
        self.model.context = context
        self._record = None
        self._show_record_filter("")
        self.clear_filters()

    # --- filters ----------------------------------------------------------------------------

    def current_filter(self) -> HistoryFilter:
        """The rows the filters keep."""
        def chosen(key: str) -> str | None:
            return self.filter_combos[key].currentData() or None

        kind, record_id = self._record if self._record else (chosen("kind"), None)
        return HistoryFilter(kind=kind, record_id=record_id, who=chosen("who"),
                             since=self.since.value(), until=self.until.value(),
                             action=chosen("action"), text=self.search.text().strip())

    def apply_filters(self) -> None:
        """Read the rows the filters keep (at once: a search waits for the typing to pause)."""
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        """Every filter back to "all", the search empty."""
        for widget in (self.search, *self.filter_combos.values(), self.since, self.until):
            widget.blockSignals(True)
        try:
            self.search.clear()
            for combo in self.filter_combos.values():
                combo.setCurrentIndex(0)
            self.since.setValue(None)
            self.until.setValue(None)
        finally:
            for widget in (self.search, *self.filter_combos.values(), self.since, self.until):
                widget.blockSignals(False)

    def show_record(self, kind: str, record_id: int, name: str) -> None:
        """Show the changes of one record alone (the other filters cleared)."""
        self.clear_filters()
        self._record = (kind, record_id)
        self._show_record_filter(f"{labels.label('record', kind, language())}: {name}")
        self.filter_combos["kind"].setEnabled(False)
        self._stale = True
        self.ensure_fresh()

    def clear_record_filter(self) -> None:
        """Show the changes of every record again."""
        self._record = None
        self._show_record_filter("")
        self.apply_filters()

    def _show_record_filter(self, text: str) -> None:
        self.record_filter.setText(text)
        self.record_filter.setVisible(bool(text))
        self.clear_record.setVisible(bool(text))
        self.filter_combos["kind"].setEnabled(not text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("%n change(s)", "", total) if total
                                 else self.tr("No changes"))
        self.export_button.setEnabled(total > 0)

    # --- rows -------------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry.record_id is not None and entry.kind in ("vendor", "service", "activity",
                                                           "organisation"):
            self.openRecord.emit(entry.kind, entry.record_id)

    def export_csv(self) -> None:
        """Write the rows the filters keep to a CSV file the user names (on the worker
        thread: a long history takes seconds)."""
        path = ChooseFileDialog.ask(self, "history", self._directory())
        if path is None:
            return
        where, lang, registry = self.model.filter(), language(), self.context.registry
        self.export_button.setEnabled(False)
        self._status(self.tr("Writing {0}…").format(path))

        def work() -> tuple[int, UserError | None]:
            try:
                with registry.read() as session:
                    return write_history_csv(iter_history(session, where, lang), path,
                                             lang), None
            except UserError as exc:
                return 0, exc

        self.context.tasks.start(work, lambda result: self._exported(path, *result))

    def _exported(self, path: Path, count: int, error: UserError | None) -> None:
        self._update_count()
        if error is not None:
            self._status("")
            show_user_error(self, error, self.tr("Export CSV"))
            return
        self._status(self.tr("Wrote %n change(s) to {0}.", "", count).format(path))

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000 if text else 0)

    def _directory(self) -> str:
        path = self.context.registry.path
        return str(path.parent) if path is not None else ""

    # --- state ------------------------------------------------------------------------------

    def save_state(self) -> None:
        self.settings.set(LIST_HEADERS[self.page_key],
                          self.view.horizontalHeader().saveState())

    def restore_state(self) -> None:
        """The columns as the user left them; else they are fitted to the first rows."""
        state = self.settings.get(LIST_HEADERS[self.page_key])
        self._fitted = not state.isEmpty() and self.view.horizontalHeader().restoreState(state)

    def _fit_columns(self) -> None:
        """Each column as wide as its header and texts, up to its widest (:data:`WIDEST`)."""
        if self._fitted or not self.model.rowCount():
            return
        self._fitted = True
        header = self.view.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for column, key in enumerate(ALL_COLUMNS):
            if key not in WIDEST:
                continue
            self.view.resizeColumnToContents(column)
            header.resizeSection(column, header.sectionSize(column) + char)
            if WIDEST[key] and header.sectionSize(column) > char * WIDEST[key]:
                header.resizeSection(column, max(char * WIDEST[key],
                                                 header.sectionSizeHint(column)))
