"""The widgets a list page is made of: its table, and the layout that wraps its filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLayout,
    QLayoutItem,
    QTableView,
    QWidget,
)


def compact_rows(view: QTableView) -> None:
    """A table of whole rows, one line each, read-only: a list page's, the history's."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setHighlightSections(False)


class RecordTable(QTableView):
    """The table of a list page: whole rows, several at once, sortable, compact.

    One column (the name) takes the room the others leave: it is never narrower than it was
    made (:meth:`set_fill_column`) or than the user dragged it, and grows with the window.

    Signals:
        deleteRequested: the Delete key was pressed.
    """

    deleteRequested = Signal()

    FIT_ROWS = 200
    """How many rows, around those on screen, a column is made as wide as."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill_column = -1
        self._fill_minimum = 0
        self._filling = False
        compact_rows(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.verticalHeader().setResizeContentsPrecision(self.FIT_ROWS)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.sectionResized.connect(self._section_resized)

    def set_fill_column(self, column: int, minimum: int) -> None:
        """Let ``column`` take the room left, and be at least ``minimum`` wide."""
        self._fill_column, self._fill_minimum = column, minimum
        self._fill()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fill()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if self._filling:
            return
        if column == self._fill_column:
            self._fill_minimum = new  # the user's width, or one restored
        else:
            self._fill()

    def _fill(self) -> None:
        column = self._fill_column
        header = self.horizontalHeader()
        if column < 0 or column >= header.count():
            return
        others = header.length() - header.sectionSize(column)
        width = max(self._fill_minimum, self.viewport().width() - others)
        if width != header.sectionSize(column):
            self._filling = True
            try:
                header.resizeSection(column, width)
            finally:
                self._filling = False

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            self.deleteRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto more rows when narrow
    (the Qt "Flow Layout" example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Everything on one row."""
        items = self._shown()
        width = sum(i.sizeHint().width() for i in items)
        width += self._spacing * max(0, len(items) - 1)
        height = max((i.sizeHint().height() for i in items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        width = max((i.minimumSize().width() for i in self._shown()), default=0)
        height = max((i.minimumSize().height() for i in self._shown()), default=0)
        return QSize(width, height)

    def _shown(self) -> list[QLayoutItem]:
        """The items to lay out: a hidden widget takes no room, nor spacing."""
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and row_height > 0:
                x = rect.x()
                y += row_height + self._spacing
                row_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()
