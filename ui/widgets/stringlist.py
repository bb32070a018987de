"""An editable list of short texts, with suggestions of typical values."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QWidget,
)

from ui.i18n import translator

tr = translator("widgets")


class StringListEdit(QWidget):
    """A list of texts: type one and press Enter (suggestions pop up), edit with F2,
    remove with the minus button or the Delete key.

    Signals:
        edited: an entry was added, changed or removed.
    """

    edited = Signal()

    def __init__(self, suggestions: Sequence[str] = (), placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(placeholder or tr("Type and press Enter to add"))
        if suggestions:
            completer = QCompleter(list(suggestions), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.entry.setCompleter(completer)
        self.add_button = QToolButton(self)
        self.add_button.setText("+")
        self.add_button.setAccessibleName(tr("Add"))
        self.add_button.setToolTip(tr("Add the typed entry"))
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("−")
        self.remove_button.setAccessibleName(tr("Remove selected"))
        self.remove_button.setToolTip(tr("Remove the selected entries"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.entry, 0, 0)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.list, 1, 0)
        layout.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        self.setFocusProxy(self.entry)
        self.entry.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemChanged.connect(lambda _item: self.edited.emit())

    def value(self) -> list[str]:
        texts = (self.list.item(row).text().strip() for row in range(self.list.count()))
        return [t for t in texts if t]

    def setValue(self, values: Sequence[str]) -> None:  # noqa: N802
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for text in values:
            self._append(text)
        self.list.blockSignals(blocked)
        self.edited.emit()

    def add_typed(self) -> None:
        """Add what is typed in the entry line (unless empty or already listed)."""
        text = self.entry.text().strip()
        if text and text not in self.value():
            blocked = self.list.blockSignals(True)
            self._append(text)
            self.list.blockSignals(blocked)
            self.edited.emit()
        self.entry.clear()

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.edited.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.entry.setReadOnly(read_only)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                  else QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self.remove_selected()
            return
        super().keyPressEvent(event)

    def _append(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
