"""Tables of small rows that the user adds and removes: locations, retention, links."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translator
from ui.widgets.models import RecordListModel
from ui.widgets.pickers import RecordPicker
from ui.widgets.wheel import guard_wheel

tr = translator("widgets")


class CellEditor(Protocol):
    """A widget in a table cell: it has a value and says when it changes."""

    edited: SignalInstance

    def value(self) -> Any: ...
    def setValue(self, value: Any) -> None: ...  # noqa: N802


class TextCell(QLineEdit):
    """A line of text in a table cell."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrame(False)
        self.textChanged.connect(lambda _t: self.edited.emit())

    def value(self) -> str:
        return self.text()

    def setValue(self, value: Any) -> None:  # noqa: N802
        self.setText(str(value or ""))
        self.setCursorPosition(0)  # a text longer than its column shows its beginning


class ChoiceCell(QComboBox):
    """A pick-list in a table cell."""

    edited = Signal()

    def __init__(self, choices: Sequence[tuple[object, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, text in choices:
            self.addItem(text, value)
        guard_wheel(self)
        self.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def value(self) -> Any:
        return self.currentData()

    def setValue(self, value: Any) -> None:  # noqa: N802
        self.setCurrentIndex(max(0, self.findData(value)))


class LabelCell(QLabel):
    """A value shown, not edited, in a table cell (plain text)."""

    edited = Signal()

    def __init__(self, describe: Callable[[Any], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._value: Any = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(4, 0, 4, 0)

    def value(self) -> Any:
        return self._value

    def setValue(self, value: Any) -> None:  # noqa: N802
        self._value = value
        self.setText(self._describe(value))


@dataclasses.dataclass(frozen=True)
class Column:
    """One column of a :class:`RowsTable`.

    Attributes:
        key: the key of the value in a row's dict.
        title: the header.
        make: creates the cell's editor (a text line when None).
        stretch: take the remaining width.
    """

    key: str
    title: str
    make: Callable[[QWidget], CellEditor] | None = None
    stretch: bool = False


class RowsTable(QWidget):
    """A table whose rows are dicts, one editor widget per cell, with Add and Remove.

    Signals:
        edited: a cell changed, or a row was added or removed.
    """

    edited = Signal()

    def __init__(self, columns: Sequence[Column], add_text: str = "",
                 parent: QWidget | None = None, with_add: bool = True) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._read_only = False
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setHorizontalHeaderLabels([c.title for c in self.columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.columns):
            mode = (QHeaderView.ResizeMode.Stretch if column.stretch
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(i, mode)
        self.add_button = QPushButton(add_text or tr("Add"), self)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("−")
        self.remove_button.setAccessibleName(tr("Remove selected rows"))
        self.remove_button.setToolTip(tr("Remove the selected rows"))
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        if with_add:
            self.buttons.addWidget(self.add_button)
        else:
            self.add_button.hide()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        self._fit_height()

    def value(self) -> list[dict[str, Any]]:
        return [
            {c.key: self.cell(row, c.key).value() for c in self.columns}
            for row in range(self.table.rowCount())
        ]

    def setValue(self, rows: Iterable[dict[str, Any]]) -> None:  # noqa: N802
        """Show these rows, reusing the cell editors already made (a missing key: empty)."""
        rows = list(rows)
        while self.table.rowCount() > len(rows):
            self.table.removeRow(self.table.rowCount() - 1)
        for index, values in enumerate(rows):
            if index < self.table.rowCount():
                for column in self.columns:
                    self.cell(index, column.key).setValue(values.get(column.key))
            else:
                self._insert(values)
        self._fit_height()
        self._order_tabs()
        self.edited.emit()

    def cell(self, row: int, key: str) -> CellEditor:
        """The editor of one cell."""
        column = next(i for i, c in enumerate(self.columns) if c.key == key)
        widget = self.table.cellWidget(row, column)
        return widget  # type: ignore[return-value]

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        """Append a row (empty, or with ``values``) and focus its first editor; its index."""
        row = self._insert(values or {})
        self._fit_height()
        self._order_tabs()
        first = self.table.cellWidget(row, 0)
        if first is not None and values is None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.scrollToBottom()
        self.edited.emit()
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()},
                      reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._fit_height()
            self.edited.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        for row in range(self.table.rowCount()):
            for column in range(len(self.columns)):
                self._set_cell_read_only(self.table.cellWidget(row, column))

    def _set_cell_read_only(self, widget: QWidget | None) -> None:
        if isinstance(widget, QComboBox):  # before QLineEdit: an editable combo has one
            widget.setEnabled(not self._read_only)
        elif isinstance(widget, QLineEdit):
            widget.setReadOnly(self._read_only)
        elif widget is not None and not isinstance(widget, QLabel):
            widget.setEnabled(not self._read_only)

    def _insert(self, values: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for i, column in enumerate(self.columns):
            editor = column.make(self.table) if column.make else TextCell(self.table)
            editor.setValue(values.get(column.key, editor.value()))
            editor.edited.connect(self.edited)
            widget: QWidget = editor  # type: ignore[assignment]
            widget.setAccessibleName(column.title)
            widget.installEventFilter(self)
            self._set_cell_read_only(widget)
            self.table.setCellWidget(row, i, widget)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """A cell editor got the focus: select its row, so that Remove knows which."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            row = self.table.indexAt(watched.mapTo(self.table.viewport(), QPoint(1, 1))).row()
            if row >= 0:
                self.table.selectRow(row)
        return False

    def tab_tail(self) -> list[QWidget]:
        """The controls that follow the cells in the tab order."""
        return [self.add_button, self.remove_button]

    def _order_tabs(self) -> None:
        """Cells are made after the rest of the window: put them back between the table and
        its buttons in the tab order, row by row."""
        cells = [self.table.cellWidget(row, column)
                 for row in range(self.table.rowCount()) for column in range(len(self.columns))]
        chain = [w for w in (self.table, *cells, *self.tab_tail())
                 if w is not None and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _fit_height(self) -> None:
        """As tall as the rows (three at least, eight at most), so the panel scrolls instead."""
        rows = min(max(self.table.rowCount(), 3), 8)
        row_height = max(self.table.verticalHeader().defaultSectionSize(),
                         self.fontMetrics().height() + 12)
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        height = self.table.horizontalHeader().sizeHint().height() + rows * row_height + 4
        self.table.setFixedHeight(height)


class LinkTable(RowsTable):
    """Links to other records, each with a purpose; add one by picking it by name.

    The value is a list of ``(record_id, purpose)``.
    """

    def __init__(self, record_title: str, purpose_title: str, add_text: str,
                 parent: QWidget | None = None) -> None:
        self._names: dict[int, str] = {}
        super().__init__([
            Column("id", record_title, lambda p: LabelCell(self._name_of, p)),
            Column("purpose", purpose_title, stretch=True),
        ], add_text, parent, with_add=False)
        self.picker_model = RecordListModel(parent=self)
        self.picker = RecordPicker(self.picker_model, self)
        self.picker.setAccessibleName(add_text)
        self.picker.line_edit().setPlaceholderText(tr("Type a name to add…"))
        self.add_link_button = QPushButton(add_text, self)
        add_row = QGridLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.picker, 0, 0)
        add_row.addWidget(self.add_link_button, 0, 1)
        self.buttons.insertLayout(0, add_row, 1)
        self.add_link_button.clicked.connect(self.add_picked)
        self.picker.line_edit().returnPressed.connect(self.add_picked)

    def tab_tail(self) -> list[QWidget]:
        return [self.picker, self.add_link_button, self.remove_button]

    def set_records(self, records: Sequence[tuple[int, str]]) -> None:
        """The records that can be linked, ``(id, name)`` by name."""
        self._names = dict(records)
        self.picker.set_records(records)
        for row in range(self.table.rowCount()):
            cell = self.cell(row, "id")
            cell.setValue(cell.value())

    def value(self) -> list[tuple[int, str]]:  # type: ignore[override]
        return [(row["id"], row["purpose"]) for row in super().value()]

    def setValue(self, links: Iterable[tuple[int, str]]) -> None:  # type: ignore[override]  # noqa: N802
        super().setValue({"id": record_id, "purpose": purpose} for record_id, purpose in links)

    def add_picked(self) -> None:
        """Link the record chosen in the picker (once)."""
        record_id = self.picker.value()
        if record_id is None:
            return
        if record_id not in (link[0] for link in self.value()):
            self.add_row({"id": record_id, "purpose": ""})
            last = self.cell(self.table.rowCount() - 1, "purpose")
            if isinstance(last, QWidget):
                last.setFocus(Qt.FocusReason.OtherFocusReason)
        self.picker.setValue(None)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.picker.setEnabled(not read_only)
        self.add_link_button.setEnabled(not read_only)

    def _name_of(self, record_id: Any) -> str:
        if record_id is None:
            return ""
        return self._names.get(record_id, tr("(deleted)"))
