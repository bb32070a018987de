"""The history of changes as a table: the History page's and a record's History panel.

One :class:`HistoryTableModel` holds the rows a :class:`registry.history.HistoryFilter` keeps,
newest first, as the registry words them (:func:`registry.history.read_history`) in the
window's language. It reads them a page at a time, as the view scrolls down
(``canFetchMore``/``fetchMore``): a log of 100,000 rows never loads at once. Its rows are in
the order they were written; it does not sort.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from registry.history import COLUMNS, HistoryEntry, HistoryFilter, count_history, read_history

from ui.context import AppContext
from ui.i18n import language
from ui.models.records import ID_ROLE, ModelIndex

ALL_COLUMNS: tuple[str, ...] = tuple(COLUMNS)
"""The columns of the History page, by key: when, who, kind, record, what, old, new."""
RECORD_COLUMNS: tuple[str, ...] = ("when", "who", "what", "old", "new")
"""The columns of a record's History panel (the record is the one in the editor)."""

PAGE = 200
"""Rows read at a time."""

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_CELL_TIP = 40
"""A cell with more characters than this (or more than one line) has its text as a tooltip."""


def one_line(text: str) -> str:
    """A text as a row shows it: its lines joined, its spaces single."""
    return " ".join(text.split())


class HistoryTableModel(QAbstractTableModel):
    """The rows of the history a filter keeps, newest first, a page at a time.

    Signals:
        loaded: the rows were read again from the start (a new filter, a change).
    """

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None, *,
                 columns: Sequence[str] = ALL_COLUMNS, page: int = PAGE) -> None:
        super().__init__(parent)
        self.context = context
        self.columns = tuple(columns)
        self._cells = [ALL_COLUMNS.index(key) for key in self.columns]
        self._page = page
        self._filter = HistoryFilter()
        self._entries: list[HistoryEntry] = []
        self._more = False
        self._total = 0
        self._language = language()

    # --- what it shows ----------------------------------------------------------------------

    def filter(self) -> HistoryFilter:
        return self._filter

    def set_filter(self, where: HistoryFilter) -> None:
        """Show the rows ``where`` keeps (read now)."""
        self._filter = where
        self.reload()

    def clear(self) -> None:
        """Show no rows (a record not saved yet)."""
        self.beginResetModel()
        self._entries, self._more, self._total = [], False, 0
        self.endResetModel()
        self.loaded.emit()

    def reload(self) -> None:
        """Read the first page again (after a change of the registry, or of the filter)."""
        where, lang, page = self._filter, language(), self._page

        def first_page(session: Session) -> tuple[list[HistoryEntry], int]:
            entries = read_history(session, where, lang, page)
            total = len(entries) if len(entries) < page else count_history(session, where, lang)
            return entries, total

        entries, total = self.context.read(first_page)
        self.beginResetModel()
        self._language = lang
        self._entries, self._total = entries, total
        self._more = len(entries) < total
        self.endResetModel()
        self.loaded.emit()

    def total(self) -> int:
        """How many rows the filter keeps (read or not yet)."""
        return self._total

    def entry(self, row: int) -> HistoryEntry:
        return self._entries[row]

    def entries(self) -> list[HistoryEntry]:
        """The rows read so far."""
        return list(self._entries)

    # --- Qt's interface ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex | None = None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex | None = None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries) or \
                not 0 <= index.column() < len(self.columns):
            return None
        entry = self._entries[index.row()]
        if role == ID_ROLE:
            return entry.id
        text = entry.cells()[self._cells[index.column()]]
        if role in (_DISPLAY, _ACCESSIBLE):
            return one_line(text)
        if role == _TOOLTIP and (len(text) > _CELL_TIP or "\n" in text):
            return text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = _DISPLAY) -> object:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY or \
                not 0 <= section < len(self.columns):
            return None
        return COLUMNS[self.columns[section]].in_(self._language)

    def canFetchMore(self, parent: ModelIndex | None = None) -> bool:  # noqa: N802 - Qt API
        return not (parent is not None and parent.isValid()) and self._more

    def fetchMore(self, parent: ModelIndex | None = None) -> None:  # noqa: N802 - Qt API
        if not self.canFetchMore(parent):
            return
        where, lang, page = self._filter, self._language, self._page
        before = self._entries[-1].id if self._entries else None
        more = self.context.read(lambda s: read_history(s, where, lang, page, before))
        if more:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._entries.extend(more)
            self.endInsertRows()
        self._more = len(more) == page and len(self._entries) < self._total
