"""A record's History panel, at the foot of its editor: who changed what, when, from what to
what, newest first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registry.history import HistoryFilter

from ui.context import AppContext
from ui.models.history import RECORD_COLUMNS, HistoryTableModel
from ui.pages.list_widgets import compact_rows

ROWS = 6
"""How many one-line rows the panel is tall at the most; more rows (or taller ones) scroll."""
PAGE = 50
"""Rows read at a time (the panel is short; the History page shows the rest)."""


class _Spaced(QStyledItemDelegate):
    """Rows as tall as their wrapped texts, with the room around them a one-line row has."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


def history_table(parent: QWidget, wrap: bool = False) -> QTableView:
    """A table of history rows: whole rows, newest first (no sorting); one line each, or
    (``wrap``) each as tall as its texts wrapped."""
    view = QTableView(parent)
    compact_rows(view)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    if wrap:
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setItemDelegate(_Spaced(view))
    return view


class HistoryPanel(QWidget):
    """The changes of the record in an editor, read again whenever the editor shows the record
    anew: after it is opened, saved, undone or changed elsewhere.

    Signals:
        loaded: the rows were read (none for a record not saved yet).
        showAll(str, int, str): show the record's whole history on the History page (its
            kind, id and name).
    """

    loaded = Signal()
    showAll = Signal(str, int, str)

    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._record_id: int | None = None
        self._name = ""
        self._queued = False
        self.model = HistoryTableModel(context, self, columns=RECORD_COLUMNS, page=PAGE)
        self.view = history_table(self, wrap=True)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("History"))
        header = self.view.horizontalHeader()
        for column in range(len(RECORD_COLUMNS)):
            stretch = RECORD_COLUMNS[column] in ("old", "new")
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if stretch
                else QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(
            self.tr("No changes yet: the record's history starts when it is saved."), self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("historyEmpty")
        self.show_all = QPushButton(self.tr("Show All in History"), self)
        self.show_all.setToolTip(self.tr("Every change of this record on the History page, "
                                         "to filter and export"))
        self.show_all.clicked.connect(self._show_all)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.model.loaded.connect(self._after_load)
        # Rows wrap anew when the panel gets wider or narrower: its height follows them.
        self._fit_queued = False
        self.view.verticalHeader().sectionResized.connect(lambda *_: self._fit_later())
        self._after_load()

    def show_record(self, record_id: int | None, name: str = "") -> None:
        """Show the changes of a record (None: a new one, which has none yet).

        The rows are read once the event that showed the record is done, so that the record
        is on screen first.
        """
        self._record_id, self._name = record_id, name
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self, self._load)

    def _load(self) -> None:
        self._queued = False
        if self._record_id is None:
            self.model.clear()
        else:
            self.model.set_filter(HistoryFilter(kind=self.kind, record_id=self._record_id))

    def _after_load(self) -> None:
        rows = self.model.rowCount() > 0
        self.view.setVisible(rows)
        self.empty.setVisible(not rows)
        self.show_all.setVisible(rows)
        if rows:
            self._fit_height()
        self.loaded.emit()

    def _fit_later(self) -> None:
        if not self._fit_queued:
            self._fit_queued = True
            QTimer.singleShot(0, self, self._fit_height)

    def _fit_height(self) -> None:
        """As tall as the rows, up to :data:`ROWS` one-line rows (a few rows leave no gap)."""
        self._fit_queued = False
        vertical = self.view.verticalHeader()
        vertical.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        line = vertical.defaultSectionSize()
        frame = self.view.frameWidth() * 2
        header = self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(header + frame + min(vertical.length(), line * ROWS))

    def _show_all(self) -> None:
        if self._record_id is not None:
            self.showAll.emit(self.kind, self._record_id, self._name)
