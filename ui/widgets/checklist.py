"""A long list of records to tick, with a filter box: the vendors of an activity."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from ui.i18n import translator
from ui.widgets.models import CheckListModel

tr = translator("widgets")


class CheckList(QWidget):
    """Tick records in a filtered list; the ticked ones are named under it.

    The value is the list of ticked ids, ascending.

    Signals:
        edited: a record was ticked or cleared.
    """

    edited = Signal()

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(tr("Filter {0}…").format(what))
        self.filter.setAccessibleName(tr("Filter {0}").format(what))
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.view.setAccessibleName(what)
        self.view.setFixedHeight(self.fontMetrics().height() * 9)
        self.chosen = QLabel(self)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.model.checkedChanged.connect(self._changed)
        self._names: dict[int, str] = {}

    def set_records(self, records: Sequence[tuple[int, str]]) -> None:
        """The records to choose from, ``(id, name)`` in display order."""
        ticked = self.model.checked()
        self._names = dict(records)
        self.model.set_records(records)
        blocked = self.model.blockSignals(True)
        self.model.set_checked(ticked)
        self.model.blockSignals(blocked)
        self._describe()

    def value(self) -> list[int]:
        return self.model.checked()

    def setValue(self, ids: Sequence[int] | None) -> None:  # noqa: N802
        self.model.set_checked(list(ids or []))

    def set_read_only(self, read_only: bool) -> None:
        self.view.setEnabled(not read_only)

    def _changed(self) -> None:
        self._describe()
        self.edited.emit()

    def _describe(self) -> None:
        ticked = self.model.checked()
        names = sorted((self._names.get(i, tr("(deleted)")) for i in ticked), key=str.casefold)
        self.chosen.setText(tr("Linked: {0}").format(", ".join(names)) if names
                            else tr("None linked."))
