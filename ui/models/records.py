"""The base of the list models: record ids, a cache of rows, verdicts, sorting.

One :class:`RecordTableModel` per list (Anki ``browser/table/model.py``): it holds the record
ids and a row cache built in one pass over :meth:`AppContext.snapshot`. Each cached
:class:`Row` has the cell texts, the sort keys of some columns, the filter tags and *one*
folded search string (read by :mod:`ui.models.search`). The verdict of each record (its
worst finding) arrives separately with :meth:`RecordTableModel.apply_assessment`, so that
the lists can be shown before the assessment has run.

Sorting happens here, on the cached keys (Python's sort, not a ``lessThan`` call per
comparison); the filter proxy forwards ``sort`` to the model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import (
    Callable,
    Collection,
    Hashable,
    Iterable,
    Iterator,
    Mapping,
    MutableSequence,
    Sequence,
)
from typing import Any, ClassVar, TypeVar, cast, overload

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from registry.assessment import Assessment
from registry.country_names import quick_fold
from registry.snapshot import Snapshot, VendorRow, outside_cyclic_gc, places

from ui.context import AppContext
from ui.icons import text_colour, verdict_icon
from ui.models.labels import label

ModelIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record id of a row (an ``int``)."""
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The verdict key of a row: ``error``, ``warning``, ``info``, ``ok`` or ``""`` (not known)."""

_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
INCREMENTAL_ROWS = 200
"""Above this many changed rows, a list is rebuilt at once rather than row by row."""
R = TypeVar("R")
VERDICT = "verdict"
"""The key of the column that shows each row's verdict as an icon (every list has one)."""
_VERDICT_RANK = {"error": 0, "warning": 1, "info": 2, "ok": 3, "": 4}


@dataclasses.dataclass(slots=True)
class Row:
    """One cached row of a list.

    Attributes:
        cells: the text of each column, in the order of the list's columns (the verdict
            column's text is empty).
        search: every searchable text of the record, folded, in one string.
        tags: filter values by filter key (``role`` -> ``{"processor"}``).
        keys: sort keys of the columns whose ``sort`` is ``raw``, by column key.
        tooltips: tooltips that are not just the cell's text, by column key.
        alerts: cells to show in a verdict's colour, by column key (``dpa`` -> ``error``).
    """

    cells: tuple[str, ...]
    search: str
    tags: dict[str, frozenset[str]]
    keys: dict[str, Any] | None = None
    tooltips: dict[str, str] | None = None
    alerts: dict[str, str] | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Column:
    """One column of a list.

    Attributes:
        key: what the column shows (``name``, ``country``), for code and tests.
        title: the header.
        sort: how it sorts: ``text`` (the folded cell), ``number``, ``date`` (empty last)
            or ``raw`` (the row's own key).
        tip: the header's tooltip, where the header says it short ("DPIA"); the header
            itself otherwise.
    """

    key: str
    title: str
    sort: str = "text"
    tip: str = ""

    @property
    def numeric(self) -> bool:
        return self.sort == "number"


class LazyRows(MutableSequence[Row]):
    """The rows of a list, each built when first read.

    A window on 5,000 vendors shows some thirty rows: building only those (and the names,
    to sort on) makes the first screen quicker. Reading every row (iterating, sorting on
    another column, the first search) builds the rest; :meth:`built` gives a plain list.
    """

    __slots__ = ("_rows", "_sources", "_build", "_names", "_name_column")

    def __init__(self, sources: Sequence[Any], build: Callable[[Any], Row],
                 names: Sequence[str], name_column: int) -> None:
        self._rows: list[Row | None] = [None] * len(sources)
        self._sources: list[Any] = list(sources)
        self._build = build
        self._names = list(names)
        self._name_column = name_column

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Row: ...
    @overload
    def __getitem__(self, index: slice) -> MutableSequence[Row]: ...
    def __getitem__(self, index: int | slice) -> Row | MutableSequence[Row]:
        if isinstance(index, slice):
            return self.built()[index]
        row = self._rows[index]
        if row is None:
            row = self._rows[index] = self._build(self._sources[index])
        return row

    @overload
    def __setitem__(self, index: int, value: Row) -> None: ...
    @overload
    def __setitem__(self, index: slice, value: Iterable[Row]) -> None: ...
    def __setitem__(self, index: int | slice, value: Row | Iterable[Row]) -> None:
        if isinstance(index, slice):
            raise TypeError("rows are set one at a time")
        assert isinstance(value, Row)
        self._rows[index] = value
        self._names[index] = value.cells[self._name_column]

    def __delitem__(self, index: int | slice) -> None:
        if isinstance(index, slice):
            raise TypeError("rows are removed one at a time")
        del self._rows[index], self._sources[index], self._names[index]

    def insert(self, index: int, value: Row) -> None:
        self._rows.insert(index, value)
        self._sources.insert(index, None)
        self._names.insert(index, value.cells[self._name_column])

    def __iter__(self) -> Iterator[Row]:
        return iter(self.built())

    def built(self) -> list[Row]:
        """Every row (building those not built yet), as a plain list."""
        rows, sources, build = self._rows, self._sources, self._build
        for i, row in enumerate(rows):
            if row is None:
                rows[i] = build(sources[i])
        return cast(list[Row], rows)

    def names(self) -> list[str]:
        """The name of every row, without building the rows."""
        return self._names

    def peek(self, index: int) -> tuple[Row | None, Any]:
        """The row at ``index`` if it is built (else None), and what it is built from."""
        return self._rows[index], self._sources[index]

    def permuted(self, order: Sequence[int]) -> LazyRows:
        """The rows in ``order`` (positions of this list), still unbuilt where they were."""
        other = LazyRows((), self._build, (), self._name_column)
        rows, sources, names = self._rows, self._sources, self._names
        other._rows = [rows[i] for i in order]
        other._sources = [sources[i] for i in order]
        other._names = [names[i] for i in order]
        return other


def places_of(vendor: VendorRow) -> list[str]:
    """The vendor's destination countries (:func:`registry.snapshot.places`)."""
    return places(vendor.country, [loc.country for loc in vendor.locations])


class RecordTableModel(QAbstractTableModel):
    """A list of records: ids and a row cache (subclasses build the rows).

    Signals:
        assessed: verdicts arrived (after :meth:`apply_assessment`).
    """

    assessed = Signal()

    kind: ClassVar[str] = ""
    """The record kind: ``vendor``, ``service``, ``activity`` (or ``transfer``)."""
    needs_assessment: ClassVar[bool] = False
    """True when the rows themselves come from the assessment (transfers)."""
    name_key: ClassVar[str] = "name"
    """The column that names the record (in confirmations; ties of a sort are broken by it)."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.columns: list[Column] = self._columns()
        self._verdict_column = self.column_of(VERDICT)
        self._name_column = self.column_of(self.name_key)
        self._keys: list[Hashable] = []
        self._rows: MutableSequence[Row] = []
        self._record_ids: list[int] = []
        self._position: dict[Hashable, int] = {}
        self._verdicts: dict[Hashable, str] = {}
        self._assessed = False
        self._sort_column = self._name_column
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._snapshot: Snapshot | None = None
        self._today: dt.date | None = None

    # Subclass hooks.

    def _columns(self) -> list[Column]:
        """The list's columns, in order: one keyed :data:`VERDICT`, one :attr:`name_key`.

        Every row's cells come in this order; code finds a column by its key
        (:meth:`column_of`).
        """
        raise NotImplementedError

    def _load(self, snapshot: Snapshot, only: Collection[int] | None = None
              ) -> Iterable[tuple[Hashable, int, Row]]:
        """``(key, record id, row)`` for every record (or only the records ``only``)."""
        raise NotImplementedError

    def _records(self, snapshot: Snapshot) -> Mapping[int, object]:
        """The snapshot's records of this list, by id (to tell which rows changed)."""
        raise NotImplementedError

    @staticmethod
    def _chosen(records: Mapping[int, R], only: Collection[int] | None) -> Iterable[R]:
        """Every record, or those of ``only`` that exist."""
        if only is None:
            return records.values()
        return [records[i] for i in only if i in records]

    def _load_verdicts(self, assessment: Assessment) -> dict[Hashable, str]:
        worst = assessment.worst()
        return {
            record_id: worst[(self.kind, record_id)].value
            if (self.kind, record_id) in worst else "ok"
            for record_id in self._record_ids
        }

    # Loading.

    def refresh(self) -> None:
        """Bring the rows up to date with the context's snapshot.

        When the snapshot was refreshed from the one the rows show (it shares the rows of
        the records that did not change), only the changed rows are rebuilt, inserted or
        removed, and moved to their sorted place; the verdicts stay until the next
        :meth:`apply_assessment`. Otherwise every row is rebuilt.
        """
        snapshot, today = self.context.snapshot(), self.context.today()
        differences = self._differences(snapshot) if today == self._today else None
        self._snapshot, self._today = snapshot, today
        self._assessed = False
        if differences is not None and self._update(*differences, snapshot):
            return
        self._reset(self._load(snapshot))

    def _differences(self, new: Snapshot) -> tuple[list[int], list[int]] | None:
        """The ids of the records changed or added, and of those removed, from what the rows
        show to ``new`` (None: not known, every row is built again).

        A row object shared by the two snapshots did not change.
        """
        if self._snapshot is None:
            return None
        before, after = self._records(self._snapshot), self._records(new)
        changed = [i for i, record in after.items() if before.get(i) is not record]
        removed = [i for i in before if i not in after]
        return changed, removed

    def _reset(self, items: Iterable[tuple[Hashable, int, Row]]) -> None:
        """Show the rows ``items`` (sorted as the list is), without verdicts yet."""
        self.beginResetModel()
        with outside_cyclic_gc():
            self._fill(items)
        self._verdicts = {}
        self._sort_rows()
        self.endResetModel()

    def _fill(self, items: Iterable[tuple[Hashable, int, Row]]) -> None:
        keys: list[Hashable] = []
        ids: list[int] = []
        rows: list[Row] = []
        for key, record_id, row in items:
            keys.append(key)
            ids.append(record_id)
            rows.append(row)
        self._set_rows(keys, ids, rows)

    def _set_rows(self, keys: list[Hashable], ids: list[int], rows: MutableSequence[Row]
                  ) -> None:
        self._keys, self._record_ids, self._rows = keys, ids, rows
        self._position = {k: i for i, k in enumerate(keys)}

    def build_rows(self) -> None:
        """Build every row not built yet (in idle time, before a search or a save needs
        them)."""
        if isinstance(self._rows, LazyRows):
            with outside_cyclic_gc():
                self._rows = self._rows.built()

    def _update(self, changed: Collection[int], removed: Collection[int], new: Snapshot
                ) -> bool:
        """Rebuild the rows of the records ``changed`` in ``new``, drop those ``removed``.

        Returns:
            False when too many changed: the caller rebuilds every row instead.
        """
        if len(changed) + len(removed) > INCREMENTAL_ROWS:
            return False
        for record_id in removed:
            self._remove_row(record_id)
        added: list[tuple[Hashable, int, Row]] = []
        rebuilt: list[Hashable] = []
        for key, record_id, row in self._load(new, changed):
            rebuilt.append(key)
            if key in self._position:
                self._replace_row(key, row)
            else:
                added.append((key, record_id, row))
        self._append_rows(added)
        order = self._order_moving({self._position[key] for key in rebuilt})
        if any(i != n for i, n in enumerate(order)):
            self._reorder(order)
        return True

    def _remove_row(self, key: Hashable) -> None:
        position = self._position.get(key)
        if position is None:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        for values in (self._keys, self._rows, self._record_ids):
            del values[position]
        self._verdicts.pop(key, None)
        self._position = {k: i for i, k in enumerate(self._keys)}
        self.endRemoveRows()

    def _replace_row(self, key: Hashable, row: Row) -> None:
        position = self._position[key]
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0),
                              self.index(position, len(self.columns) - 1))

    def _append_rows(self, items: Sequence[tuple[Hashable, int, Row]]) -> None:
        if not items:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        for key, record_id, row in items:
            self._position[key] = len(self._keys)
            self._keys.append(key)
            self._record_ids.append(record_id)
            self._rows.append(row)
        self.endInsertRows()

    def apply_assessment(self, assessment: Assessment) -> None:
        """Take the verdicts of every record from ``assessment``."""
        before, self._verdicts = self._verdicts, self._load_verdicts(assessment)
        self._assessed = True
        if self._rows:
            if self._sort_column == self._verdict_column:
                self.sort(self._sort_column, self._sort_order)
            self._verdicts_changed(before)
        self.assessed.emit()

    def _verdicts_changed(self, before: Mapping[Hashable, str]) -> None:
        """Tell the views of the rows whose verdict differs from ``before``: after a save,
        a row or two, so that a proxy does not filter 5,000 rows again (all when the rows
        had no verdicts yet)."""
        roles = [_DECORATION, _TOOLTIP, VERDICT_ROLE, _ACCESSIBLE]
        verdicts = self._verdicts
        changed = [i for i, key in enumerate(self._keys) if before.get(key) != verdicts.get(key)]
        if len(changed) > INCREMENTAL_ROWS:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0), roles)
            return
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0), roles)

    @property
    def is_assessed(self) -> bool:
        return self._assessed

    # Access by row.

    def record_id(self, row: int) -> int:
        """The id of the record shown in source ``row``."""
        return self._record_ids[row]

    def key(self, row: int) -> Hashable:
        return self._keys[row]

    def row_of(self, record_id: int) -> int | None:
        """The source row of a record, or None when it is not in the list."""
        for key in self.keys_of(record_id):
            return self._position[key]
        return None

    def keys_of(self, record_id: int) -> list[Hashable]:
        """The keys of the rows showing a record (one, except for transfers)."""
        if record_id in self._position:
            return [record_id]
        return []

    def row_of_key(self, key: Hashable) -> int:
        return self._position[key]

    def verdict(self, row: int) -> str:
        """The verdict key of source ``row`` (``""`` before the assessment)."""
        return self._verdicts.get(self._keys[row], "")

    def verdicts(self) -> list[str]:
        """The verdict key of every source row, in row order."""
        verdicts = self._verdicts
        return [verdicts.get(k, "") for k in self._keys]

    def seen_versions(self, record_ids: Iterable[int]) -> dict[int, int]:
        """The row version each record had when the list read it, by id.

        A deletion expects the records still to be at these versions: a record somebody
        changed since, or that is another record under a reused id, is refused.
        """
        records = self._shown_records()
        versions: dict[int, int] = {}
        for record_id in record_ids:
            record = records.get(record_id)
            version = getattr(record, "row_version", None)
            if version is not None:
                versions[record_id] = version
        return versions

    def _shown_records(self) -> Mapping[int, object]:
        """The records the rows were built from, by id."""
        return self._records(self._snapshot) if self._snapshot is not None else {}

    def name(self, row: int) -> str:
        """The record's name as people read it (for confirmations)."""
        rows = self._rows
        return rows.names()[row] if isinstance(rows, LazyRows) else \
            rows[row].cells[self._name_column]

    def keys(self) -> Sequence[Hashable]:
        """The key of every row, in row order."""
        return self._keys

    def rows(self) -> Sequence[Row]:
        return self._rows

    def names(self) -> list[str]:
        """The name of every row, in row order (without building rows not built yet)."""
        rows = self._rows
        if isinstance(rows, LazyRows):
            return rows.names()
        column = self._name_column
        return [row.cells[column] for row in rows]

    def column_of(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    # Qt interface.

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int = _DISPLAY) -> Any:
        """The data of one cell (what :meth:`data` returns, without a model index)."""
        if role == _DISPLAY:
            return self._rows[row].cells[column]
        if column == self._verdict_column:
            if role == _DECORATION:
                verdict = self._verdicts.get(self._keys[row])
                return verdict_icon(verdict) if verdict else None
            if role in (_TOOLTIP, _ACCESSIBLE):
                verdict = self._verdicts.get(self._keys[row])
                return label(verdict) if verdict else None
        if role == _TOOLTIP:
            cached = self._rows[row]
            if cached.tooltips:
                tooltip = cached.tooltips.get(self.columns[column].key)
                if tooltip is not None:
                    return tooltip
            return cached.cells[column] or None
        if role == _ALIGN:
            return _RIGHT if self.columns[column].numeric else None
        if role == _FOREGROUND:
            alerts = self._rows[row].alerts
            alert = alerts.get(self.columns[column].key) if alerts else None
            return text_colour(alert) if alert else None
        if role == ID_ROLE:
            return self._record_ids[row]
        if role == VERDICT_ROLE:
            return self._verdicts.get(self._keys[row], "")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == _DISPLAY:
            return column.title
        if role in (_TOOLTIP, _ACCESSIBLE):
            if section == self._verdict_column:
                return self.tr("Verdict: the most serious finding")
            return column.tip or column.title
        if role == _ALIGN and column.numeric:
            return _RIGHT
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | (
            Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on the cached keys (ties broken by the name)."""
        if not 0 <= column < len(self.columns):
            return
        self._sort_column, self._sort_order = column, order
        self._reorder(self._sorted_order())

    def _reorder(self, order: list[int] | None = None) -> None:
        """Put the rows in ``order`` (by default their sorted order), as a layout change
        that moves selections along; nothing is emitted when the order stays."""
        if order is None:
            order = self._sorted_order()
            if all(i == n for i, n in enumerate(order)):
                return
        self.layoutAboutToBeChanged.emit()
        old_keys = list(self._keys)
        self._apply_order(order)
        new_position = self._position
        persistent = self.persistentIndexList()
        if persistent:
            self.changePersistentIndexList(
                persistent,
                [self.index(new_position[old_keys[i.row()]], i.column()) for i in persistent],
            )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        self._apply_order(self._sorted_order())

    def _sorted_order(self) -> list[int]:
        """The row numbers in the order of the sort column (ties broken by the name)."""
        key = self._sort_key()
        keys = [key(i) for i in range(len(self._rows))]
        return sorted(range(len(keys)), key=keys.__getitem__,
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _sort_key(self) -> Callable[[int], tuple[Any, str]]:
        """How a row sorts in the sort column: its position -> (its key, its folded name).

        A verdict sorts by its rank (errors first), a ``number`` column by its value, a
        ``date`` column by its text with empty ones last, a ``raw`` column by the row's own
        key, any other by its folded text. The rows are only read when the column needs them:
        sorting on the name reads no row that is not built yet.
        """
        column = self._sort_column
        key, kind = self.columns[column].key, self.columns[column].sort
        rows, names, fold = self._rows, self.names(), quick_fold
        if column == self._name_column:
            def by_name(i: int) -> tuple[Any, str]:
                name = fold(names[i])
                return name, name

            return by_name
        if column == self._verdict_column:
            ranks, verdicts, record_keys = _VERDICT_RANK, self._verdicts, self._keys

            def value(i: int) -> Any:
                return ranks[verdicts.get(record_keys[i], "")]
        elif kind == "number":
            def value(i: int) -> Any:
                return int(rows[i].cells[column] or 0)
        elif kind == "date":
            def value(i: int) -> Any:
                return rows[i].cells[column] or "9999"
        elif kind == "raw":
            def value(i: int) -> Any:
                own = rows[i].keys
                return own[key] if own else ""
        else:
            def value(i: int) -> Any:
                return fold(rows[i].cells[column])

        return lambda i: (value(i), fold(names[i]))

    def _order_moving(self, moved: Collection[int]) -> list[int]:
        """The sorted order of the rows when only the rows at ``moved`` may be out of place:
        each is put where a binary search among the others says, so that a save in a list of
        5,000 computes a few dozen sort keys instead of every one."""
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        sort_key = self._sort_key()
        moved = set(moved)
        order = [i for i in range(len(self._rows)) if i not in moved]
        for position in sorted(moved):
            wanted = sort_key(position)
            low, high = 0, len(order)
            while low < high:  # after the rows it ties with, as a stable sort leaves it
                middle = (low + high) // 2
                key = sort_key(order[middle])
                if (key < wanted) if descending else (wanted < key):
                    high = middle
                else:
                    low = middle + 1
            order.insert(low, position)
        return order

    def _apply_order(self, order: list[int]) -> None:
        rows = self._rows
        self._keys = [self._keys[i] for i in order]
        self._rows = rows.permuted(order) if isinstance(rows, LazyRows) else \
            [rows[i] for i in order]
        self._record_ids = [self._record_ids[i] for i in order]
        self._position = {k: i for i, k in enumerate(self._keys)}

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def name_column(self) -> int:
        """The column that names the records."""
        return self._name_column

    @property
    def verdict_column(self) -> int:
        """The column that shows the verdicts."""
        return self._verdict_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order
