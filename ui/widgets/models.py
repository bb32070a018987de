"""Small list models over ``(id, name)`` rows: pickers of records and checkable lists."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

ModelIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record id of a row (an ``int``, or None for the "none" row)."""

_ENABLED = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren)
_DISABLED = Qt.ItemFlag.ItemNeverHasChildren
_CHECKABLE = _ENABLED | Qt.ItemFlag.ItemIsUserCheckable
_DISPLAY = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)


class RecordListModel(QAbstractListModel):
    """Records by name, optionally with a first row meaning "none".

    Holding plain tuples keeps a list of 5,000 vendors cheap to build and to show (a combo
    box over it never creates an item per row). Records that cannot be chosen in the current
    context (a vendor cannot be its own parent) stay in the list, greyed out, so that
    changing them never resets the model.
    """

    def __init__(self, none_text: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._rows: list[tuple[int | None, str]] = []
        self._by_id: dict[int | None, int] | None = None
        self._by_name: dict[str, int] | None = None
        self._disabled: frozenset[int] = frozenset()
        self.set_records([])

    def set_records(self, records: Iterable[tuple[int, str]]) -> None:
        """Show these ``(id, name)`` records, in this order.

        A change of a few rows (one added, removed, renamed or moved, as after a save) is
        told to the views as just that, so that a combo box or completer over 5,000 names
        keeps its state instead of starting again; anything else resets the model.
        """
        rows: list[tuple[int | None, str]] = []
        if self._none_text is not None:
            rows.append((None, self._none_text))
        rows.extend(records)
        if rows == self._rows:
            return
        if not self._change_in_place(rows):
            self.beginResetModel()
            self._install(rows)
            self.endResetModel()

    def _install(self, rows: list[tuple[int | None, str]]) -> None:
        self._rows = rows
        self._by_id = None
        self._by_name = None

    def _index(self) -> dict[int | None, int]:
        """Rows by record id (built on first use after a change)."""
        if self._by_id is None:
            self._by_id = {record_id: row for row, (record_id, _) in enumerate(self._rows)}
        return self._by_id

    def _names(self) -> dict[str, int]:
        """Rows by folded name (built on first use after a change: a completer's own list
        never needs it)."""
        if self._by_name is None:
            self._by_name = {name.casefold(): row for row, (_, name) in enumerate(self._rows)}
        return self._by_name

    def _change_in_place(self, rows: list[tuple[int | None, str]]) -> bool:
        """Apply ``rows`` as one insertion, removal, move or run of renamed rows; False
        when the change is none of these."""
        old = self._rows
        first, old_end, new_end = _differing_window(old, rows)
        old_part, new_part = old[first:old_end], rows[first:new_end]
        if not old_part:
            self.beginInsertRows(QModelIndex(), first, new_end - 1)
            self._install(rows)
            self.endInsertRows()
        elif not new_part:
            self.beginRemoveRows(QModelIndex(), first, old_end - 1)
            self._install(rows)
            self.endRemoveRows()
        elif [r[0] for r in old_part] == [r[0] for r in new_part]:
            self._install(rows)
            self.dataChanged.emit(self.index(first), self.index(new_end - 1))
        elif old_part[1:] == new_part[:-1] and old_part[0][0] == new_part[-1][0]:
            self._move(rows, first, new_end - 1)  # the first row went down to the end
        elif old_part[:-1] == new_part[1:] and old_part[-1][0] == new_part[0][0]:
            self._move(rows, old_end - 1, first)  # the last row went up to the start
        else:
            return False
        return True

    def _move(self, rows: list[tuple[int | None, str]], source: int, target: int) -> None:
        """Row ``source`` of the old rows is row ``target`` of ``rows`` (maybe renamed)."""
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self._install(rows)
        self.endMoveRows()
        self.dataChanged.emit(self.index(target), self.index(target))

    def set_disabled(self, ids: Iterable[int]) -> None:
        """Grey these records out: they cannot be picked (a vendor's own sub-processors)."""
        disabled = frozenset(ids)
        changed = disabled ^ self._disabled
        self._disabled = disabled
        for record_id in changed:
            row = self._index().get(record_id)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def is_disabled(self, record_id: int | None) -> bool:
        return record_id in self._disabled

    def row_of(self, record_id: int | None) -> int:
        """The row of a record, or -1 when it is not listed."""
        return self._index().get(record_id, -1)

    def row_named(self, name: str) -> int:
        """The row whose name is ``name`` regardless of case, or -1."""
        return self._names().get(name.strip().casefold(), -1)

    def id_at(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _DISABLED if self._rows[index.row()][0] in self._disabled else _ENABLED

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record_id, name = self._rows[index.row()]
        if role in _DISPLAY:
            return name
        if role == ID_ROLE:
            return record_id
        return None


class CheckListModel(QAbstractListModel):
    """Records by name, each with a check box; :meth:`checked` are the ticked ids.

    Signals:
        checkedChanged: a box was ticked or cleared.
    """

    checkedChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str]] = []
        self._checked: set[int] = set()

    def set_records(self, records: Iterable[tuple[int, str]]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def checked(self) -> list[int]:
        """The ticked ids, in ascending order."""
        return sorted(self._checked)

    def set_checked(self, ids: Sequence[int]) -> None:
        self._checked = set(ids)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CHECKABLE

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record_id, name = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return name
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if record_id in self._checked
                    else Qt.CheckState.Unchecked)
        if role == ID_ROLE:
            return record_id
        return None

    def setData(self, index: ModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        record_id = self._rows[index.row()][0]
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        if ticked == (record_id in self._checked):
            return True
        if ticked:
            self._checked.add(record_id)
        else:
            self._checked.discard(record_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()
        return True


def _differing_window(old: Sequence[object], new: Sequence[object]) -> tuple[int, int, int]:
    """Where ``old`` and ``new`` differ, once their common start and end are left out:
    ``(first, old_end, new_end)``, so that ``old[first:old_end]`` became
    ``new[first:new_end]``."""
    shorter = min(len(old), len(new))
    first = 0
    while first < shorter and old[first] == new[first]:
        first += 1
    old_end, new_end = len(old), len(new)
    while old_end > first and new_end > first and old[old_end - 1] == new[new_end - 1]:
        old_end -= 1
        new_end -= 1
    return first, old_end, new_end
