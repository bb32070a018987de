"""Item models of the lists and the findings tree.

One :class:`RecordTableModel` per list, holding the record ids and a row cache built in one
pass over :meth:`AppContext.snapshot` (Anki ``browser/table/model.py``): each cached
:class:`Row` has the cell texts, a sort key per column, the filter tags and *one* folded
search string, so that a keystroke in the search box is a single pass of ``in`` over
strings. The verdict of each record (its worst finding) arrives separately with
:meth:`RecordTableModel.apply_assessment`, so the lists can be shown before the assessment
has run.

Sorting happens in the source model on the cached sort keys (Python's sort, not a
``lessThan`` call per comparison); :class:`RecordFilterProxy` forwards ``sort`` there. It
filters in C++: its source model is a :class:`SearchIndex`, a ``QStandardItemModel`` holding
each row's search string and filter tags in the same row order, so that a keystroke calls no
Python per row. Views always map proxy rows with ``mapToSource`` before asking for ids.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
import unicodedata
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
from pathlib import Path
from typing import Any, ClassVar, TypeVar, cast, overload

import platformdirs

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QStandardItemModel

from registry import labels
from registry.assessment import ENTITY, Assessment, Finding, Transfer
from registry.countries import country_codes, country_name, search_text
from registry.enums import (
    ActivityRole,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Severity,
    VendorRole,
    VendorStatus,
)
from registry.messages import capitalised
from registry.snapshot import Snapshot, VendorListing, VendorRow, outside_cyclic_gc, places

from ui.context import AppContext
from ui.i18n import language
from ui.icons import text_colour, verdict_icon
from ui.settings import QT_TRANSLATE_NOOP

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
_VERDICT_RANK = {"error": 0, "warning": 1, "info": 2, "ok": 3, "": 4}


# --- labels ---------------------------------------------------------------------------------


_VOCABULARIES: dict[str, str] = {
    **{role.value: "role" for role in VendorRole},
    **{status.value: "status" for status in VendorStatus},
    ActivityRole.CONTROLLER.value: "activity_role",
    **{basis.value: "basis" for basis in LegalBasis},
    **{status.value: "dpia" for status in DpiaStatus},
    **{verdict: "verdict" for verdict in ("error", "warning", "info", "ok", "eea")},
    **{via: "via" for via in (ENTITY, *(kind.value for kind in LocationKind))},
    **{kind: "record" for kind in ("vendor", "service", "activity", "organisation")},
}
"""The vocabulary of each value the lists label (the labels: :mod:`registry.labels`)."""


def label(value: str) -> str:
    """The label of a vocabulary value (a StrEnum member or a verdict key), in the window's
    language."""
    vocabulary = _VOCABULARIES.get(value)
    return labels.label(vocabulary, value, language()) if vocabulary else str(value)


def activity_role_label(role: ActivityRole) -> str:
    return labels.label("activity_role", role, language())


def verdict_of(severity: Severity | None) -> str:
    """The verdict key of a severity: its value, or ``ok`` for None."""
    return severity.value if severity is not None else "ok"


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


# --- rows -----------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class Row:
    """One cached row of a list.

    Attributes:
        cells: the text of each column (the verdict column's text is empty).
        search: every searchable text of the record, folded, in one string.
        tags: filter values by filter key (``role`` -> ``{"processor"}``).
        keys: sort keys of the columns whose ``sort`` is ``raw`` (by column number).
        tooltips: tooltips that are not just the cell's text (by column number).
        alerts: cells to show in a verdict's colour (column number -> ``error``, ...).
    """

    cells: tuple[str, ...]
    search: str
    tags: dict[str, frozenset[str]]
    keys: dict[int, Any] | None = None
    tooltips: dict[int, str] | None = None
    alerts: dict[int, str] | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Column:
    """One column of a list.

    Attributes:
        key: what the column shows (``name``, ``country``), for code and tests.
        title: the header.
        sort: how it sorts: ``text`` (the folded cell), ``number``, ``date`` (empty last)
            or ``raw`` (the row's own key).
    """

    key: str
    title: str
    sort: str = "text"

    @property
    def numeric(self) -> bool:
        return self.sort == "number"


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def quick_fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` (fast for plain ASCII)."""
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKD", text.casefold())
    return folded if folded.isascii() else _COMBINING.sub("", folded)


CACHE_VERSION = 1


def _cache_file(language: str) -> Path:
    import babel
    import pycountry

    from registry.storage import APP_NAME

    tag = f"{CACHE_VERSION}-{babel.__version__}-{getattr(pycountry, '__version__', '')}"
    folder = platformdirs.user_cache_path(APP_NAME, appauthor=False)
    return folder / f"countries-{language}-{quick_fold(tag)}.json"


@functools.cache
def country_table(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """Every country's name in ``language`` and its search text, by code.

    Computing them loads Babel's locale data (a tenth of a second); the result is kept in
    the user's cache folder, so that the lists appear sooner at the next start.
    """
    path = _cache_file(language)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        names, searches = data["names"], data["search"]
        if isinstance(names, dict) and isinstance(searches, dict) and names:
            return names, searches
    except (OSError, ValueError, KeyError, TypeError):
        pass
    codes = sorted(country_codes())
    names = {code: country_name(code, language) for code in codes}
    searches = {code: search_text(code, language) for code in codes}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"names": names, "search": searches}), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # Only a cache: the next start computes the names again.
    return names, searches


class CountryNames:
    """Country names and search texts in one language (from :func:`country_table`)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._names, self._search = country_table(language)

    def name(self, code: str) -> str:
        name = self._names.get(code)
        if name is None:
            name = country_name(code, self.language)
        return name

    def search(self, code: str) -> str:
        text = self._search.get(code)
        if text is None:
            text = search_text(code, self.language)
        return text

    def names(self, codes: Iterable[str]) -> str:
        return ", ".join([self.name(c) for c in codes])


def country_options(codes: Iterable[str], language: str) -> list[tuple[str, str]]:
    """``(code, name)`` of some countries, sorted by name in ``language``."""
    names = CountryNames(language)
    pairs = [(code, names.name(code)) for code in set(codes)]
    pairs.sort(key=lambda pair: quick_fold(pair[1]))
    return pairs


# --- the table models -----------------------------------------------------------------------


class LazyRows(MutableSequence[Row]):
    """The rows of a list, each built when first read.

    A window on 5,000 vendors shows some thirty rows: building only those (and the names,
    to sort on) makes the first screen quicker. Reading every row (iterating, sorting on
    another column, the first search) builds the rest; :meth:`built` gives a plain list.
    """

    __slots__ = ("_rows", "_sources", "_build", "_names")

    def __init__(self, sources: Sequence[Any], build: Callable[[Any], Row],
                 names: Sequence[str]) -> None:
        self._rows: list[Row | None] = [None] * len(sources)
        self._sources: list[Any] = list(sources)
        self._build = build
        self._names = list(names)

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
        self._names[index] = value.cells[1]

    def __delitem__(self, index: int | slice) -> None:
        if isinstance(index, slice):
            raise TypeError("rows are removed one at a time")
        del self._rows[index], self._sources[index], self._names[index]

    def insert(self, index: int, value: Row) -> None:
        self._rows.insert(index, value)
        self._sources.insert(index, None)
        self._names.insert(index, value.cells[1])

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
        """The name (second cell) of every row, without building the rows."""
        return self._names

    def peek(self, index: int) -> tuple[Row | None, Any]:
        """The row at ``index`` if it is built (else None), and what it is built from."""
        return self._rows[index], self._sources[index]

    def permuted(self, order: Sequence[int]) -> LazyRows:
        """The rows in ``order`` (positions of this list), still unbuilt where they were."""
        other = LazyRows((), self._build, ())
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

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.columns: list[Column] = self._columns()
        self._keys: list[Hashable] = []
        self._rows: MutableSequence[Row] = []
        self._record_ids: list[int] = []
        self._position: dict[Hashable, int] = {}
        self._verdicts: dict[Hashable, str] = {}
        self._assessed = False
        self._sort_column = 1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._snapshot: Snapshot | None = None
        self._today: dt.date | None = None

    # Subclass hooks.

    def _columns(self) -> list[Column]:
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
            if self._sort_column == 0:
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

    def cached_row(self, row: int) -> Row:
        return self._rows[row]

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
        return rows.names()[row] if isinstance(rows, LazyRows) else rows[row].cells[1]

    def keys(self) -> Sequence[Hashable]:
        """The key of every row, in row order."""
        return self._keys

    def rows(self) -> Sequence[Row]:
        return self._rows

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
        if column == 0:
            if role == _DECORATION:
                verdict = self._verdicts.get(self._keys[row])
                return verdict_icon(verdict) if verdict else None
            if role in (_TOOLTIP, _ACCESSIBLE):
                verdict = self._verdicts.get(self._keys[row])
                return label(verdict) if verdict else None
        if role == _TOOLTIP:
            cached = self._rows[row]
            if cached.tooltips and column in cached.tooltips:
                return cached.tooltips[column]
            return cached.cells[column] or None
        if role == _ALIGN:
            return _RIGHT if self.columns[column].numeric else None
        if role == _FOREGROUND:
            alerts = self._rows[row].alerts
            if alerts and column in alerts:
                return text_colour(alerts[column])
            return None
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
        if role in (_TOOLTIP, _ACCESSIBLE) and section == 0:
            return self.tr("Verdict: the most serious finding")
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
        column = self._sort_column
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        rows = self._rows
        names = [quick_fold(name) for name in (
            rows.names() if isinstance(rows, LazyRows) else [r.cells[1] for r in rows])]
        kind = self.columns[column].sort
        keys: list[Any]
        if column == 0:
            verdicts = self._verdicts
            keys = [_VERDICT_RANK[verdicts.get(k, "")] for k in self._keys]
        elif kind == "number":
            keys = [int(r.cells[column] or 0) for r in rows]
        elif kind == "date":
            keys = [r.cells[column] or "9999" for r in rows]
        elif kind == "raw":
            keys = [r.keys[column] if r.keys else "" for r in rows]
        elif column == 1:
            keys = names
        else:
            keys = [quick_fold(r.cells[column]) for r in rows]
        return sorted(range(len(rows)), key=lambda i: (keys[i], names[i]), reverse=reverse)

    def _sort_key(self, position: int) -> tuple[Any, str]:
        """The key of one row in :meth:`_sorted_order` (computed alone)."""
        column, row = self._sort_column, self._rows[position]
        kind = self.columns[column].sort
        key: Any
        if column == 0:
            key = _VERDICT_RANK[self._verdicts.get(self._keys[position], "")]
        elif kind == "number":
            key = int(row.cells[column] or 0)
        elif kind == "date":
            key = row.cells[column] or "9999"
        elif kind == "raw":
            key = row.keys[column] if row.keys else ""
        else:
            key = quick_fold(row.cells[column])
        return key, quick_fold(row.cells[1])

    def _order_moving(self, moved: Collection[int]) -> list[int]:
        """The sorted order of the rows when only the rows at ``moved`` may be out of place:
        each is put where a binary search among the others says, so that a save in a list of
        5,000 computes a few dozen sort keys instead of every one."""
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        moved = set(moved)
        order = [i for i in range(len(self._rows)) if i not in moved]
        for position in sorted(moved):
            wanted = self._sort_key(position)
            low, high = 0, len(order)
            while low < high:  # after the rows it ties with, as a stable sort leaves it
                middle = (low + high) // 2
                key = self._sort_key(order[middle])
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
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order


class VendorTableModel(RecordTableModel):
    """Every vendor: verdict, name, legal entity, country, role, status, hosting countries,
    third countries, DPA and next review."""

    kind = "vendor"

    def _columns(self) -> list[Column]:
        return [
            Column("verdict", ""),
            Column("name", self.tr("Name")),
            Column("legal_name", self.tr("Legal entity")),
            Column("country", self.tr("Country")),
            Column("role", self.tr("Role")),
            Column("status", self.tr("Status")),
            Column("hosting", self.tr("Hosted in")),
            Column("third", self.tr("Third countries"), sort="raw"),
            Column("dpa", self.tr("DPA signed"), sort="raw"),
            Column("review", self.tr("Next review"), sort="date"),
        ]

    _listing: Mapping[int, VendorListing] | None = None
    """The listing the rows show, while the snapshot is not loaded yet."""

    def refresh(self) -> None:
        """Bring the rows up to date; before the snapshot is loaded, from the vendors'
        listing alone.

        A large registry's first screen thus waits for a fraction of a snapshot. When the
        snapshot has come (read in the background with the first assessment), only the rows
        of the vendors that differ from the listing are built again: none, unless somebody
        changed them in between.
        """
        context = self.context
        if not context.has_snapshot():
            listing = context.vendor_listing()
            self._snapshot, self._today, self._assessed = None, context.today(), False
            vendors = list(listing.values())
            ids = [v.id for v in vendors]
            rows = LazyRows(vendors, self._row_builder(), [v.name for v in vendors])
            self.beginResetModel()
            self._set_rows(list[Hashable](ids), ids, rows)
            self._verdicts = {}
            self._sort_rows()
            self.endResetModel()
            self._listing = listing
            return
        super().refresh()
        self._listing = None

    def countries(self) -> set[str]:
        """The countries of every vendor (the country filter's choices), from the rows, or
        from the listing where a row is not built yet."""
        rows = self._rows
        if not isinstance(rows, LazyRows):
            return {code for row in rows for code in row.tags["country"]}
        codes: set[str] = set()
        for position in range(len(rows)):
            row, vendor = rows.peek(position)
            if row is not None:
                codes.update(row.tags["country"])
            else:
                codes.add(vendor.country)
                codes.update([country for _kind, country in vendor.locations])
        codes.discard("")
        return codes

    def _differences(self, new: Snapshot) -> tuple[list[int], list[int]] | None:
        listing = self._listing
        if listing is None or self._snapshot is not None:
            return super()._differences(new)
        after = {i: VendorListing.of(v) for i, v in new.vendors.items()}
        changed = [i for i, row in after.items() if listing.get(i) != row]
        removed = [i for i in listing if i not in after]
        return changed, removed

    def _records(self, snapshot: Snapshot) -> Mapping[int, object]:
        return snapshot.vendors

    def _shown_records(self) -> Mapping[int, object]:
        if self._snapshot is None and self._listing is not None:
            return self._listing
        return super()._shown_records()

    def _load(self, snapshot: Snapshot, only: Collection[int] | None = None
              ) -> Iterable[tuple[Hashable, int, Row]]:
        return self._rows_of(VendorListing.of(v) for v in self._chosen(snapshot.vendors, only))

    def _rows_of(self, vendors: Iterable[VendorListing]) -> Iterator[tuple[Hashable, int, Row]]:
        build = self._row_builder()
        return ((vendor.id, vendor.id, build(vendor)) for vendor in vendors)

    def _row_builder(self) -> Callable[[VendorListing], Row]:
        """How a vendor's row is built (the words and caches shared by every row set up)."""
        context = self.context
        countries = CountryNames(context.language)
        today = context.today()
        in_eea = context.facts.in_eea
        missing = self.tr("missing")
        not_needed = self.tr("not needed")
        formerly = self.tr("Formerly: {0}")
        role_labels = {r: label(r) for r in VendorRole}
        status_labels = {s: label(s) for s in VendorStatus}
        role_search = {r: quick_fold(t) for r, t in role_labels.items()}
        status_search = {s: quick_fold(t) for s, t in status_labels.items()}
        role_tags = {r: frozenset((r.value,)) for r in VendorRole}
        status_tags = {s: frozenset((s.value,)) for s in VendorStatus}
        region_tags = {True: frozenset(("third",)), False: frozenset(("eea",))}
        third_column, dpa_column, review_column = 7, 8, 9

        Places = tuple[str, frozenset[str], str, str, tuple[int, str], str, frozenset[str]]

        def where(vendor: VendorListing) -> Places:
            """The country's name, the country tags, the hosting and third countries (and
            their sort key), the countries' search text and the region tag: the same for
            every vendor in the same places."""
            codes = vendor.places()
            hosting: list[str] = []
            for kind, country in vendor.locations:
                if kind.value in ("hosting", "backup") and country not in hosting:
                    hosting.append(country)
            third = [code for code in codes if not in_eea(code, today)]
            third_text = countries.names(third)
            return (countries.name(vendor.country), frozenset(codes),
                    countries.names(hosting), third_text, (-len(third), third_text),
                    " | ".join([countries.search(c) for c in codes]),
                    region_tags[bool(third)])

        by_place: dict[tuple[str, tuple[tuple[LocationKind, str], ...]], Places] = {}
        def build(vendor: VendorListing) -> Row:
            key = (vendor.country, vendor.locations)
            found = by_place.get(key)
            if found is None:
                found = by_place[key] = where(vendor)
            (country_name, country_tags, hosting_text, third_text, third_key, country_search,
             region) = found
            if vendor.dpa_signed is not None:
                dpa = dpa_key = vendor.dpa_signed.isoformat()
            elif vendor.role.needs_dpa:
                dpa, dpa_key = missing, "0"
            else:
                dpa, dpa_key = not_needed, "1"
            parts = [vendor.name, vendor.legal_name, vendor.registration_number, vendor.website]
            parts.extend(vendor.former_names)
            search = " | ".join((
                quick_fold(" | ".join(parts)), role_search[vendor.role],
                status_search[vendor.status], country_search,
            ))
            alerts: dict[int, str] | None = None
            if dpa is missing:
                alerts = {dpa_column: "error"}
            if vendor.next_review is not None and vendor.next_review < today:
                alerts = (alerts or {}) | {review_column: "warning"}
            tooltips = None
            if vendor.former_names:
                tooltips = {2: vendor.legal_name + "\n" +
                            formerly.format(", ".join(vendor.former_names))}
            return Row(
                cells=("", vendor.name, vendor.legal_name, country_name,
                       role_labels[vendor.role], status_labels[vendor.status],
                       hosting_text, third_text, dpa, _date(vendor.next_review)),
                search=search,
                tags={
                    "role": role_tags[vendor.role],
                    "status": status_tags[vendor.status],
                    "country": country_tags,
                    "region": region,
                },
                keys={third_column: third_key, dpa_column: dpa_key},
                tooltips=tooltips,
                alerts=alerts,
            )

        return build


class ServiceTableModel(RecordTableModel):
    """Every service: verdict (the worst of its vendors), name, vendors, description."""

    kind = "service"

    def _columns(self) -> list[Column]:
        return [
            Column("verdict", ""),
            Column("name", self.tr("Name")),
            Column("vendors", self.tr("Vendors"), sort="number"),
            Column("third", self.tr("Third-country vendors"), sort="number"),
            Column("description", self.tr("Description")),
        ]

    def _records(self, snapshot: Snapshot) -> Mapping[int, object]:
        return snapshot.services

    def _load(self, snapshot: Snapshot, only: Collection[int] | None = None
              ) -> Iterable[tuple[Hashable, int, Row]]:
        context = self.context
        today = context.today()
        third_vendors: set[int] = set()
        eea: dict[str, bool] = {}
        for vendor in snapshot.vendors.values():
            for code in places_of(vendor):
                inside = eea.get(code)
                if inside is None:
                    inside = eea[code] = context.facts.in_eea(code, today)
                if not inside:
                    third_vendors.add(vendor.id)
                    break
        vendors = snapshot.vendors
        for service in self._chosen(snapshot.services, only):
            count = len(service.vendors)
            third_count = sum(1 for vid, _ in service.vendors if vid in third_vendors)
            description = service.description.strip()
            first_line = description.splitlines()[0] if description else ""
            names = " | ".join(vendors[vid].name for vid, _ in service.vendors if vid in vendors)
            yield service.id, service.id, Row(
                cells=("", service.name, str(count), str(third_count), first_line),
                search=quick_fold(f"{service.name} | {description} | {names}"),
                tags={},
                tooltips={4: description} if description != first_line else None,
            )

    def _load_verdicts(self, assessment: Assessment) -> dict[Hashable, str]:
        worst = assessment.worst()
        verdicts: dict[Hashable, str] = {}
        snapshot = self.context.snapshot()
        for service_id in self._record_ids:
            best = 3
            own = worst.get(("service", service_id))
            if own is not None:
                best = own.rank
            service = snapshot.services.get(service_id)
            for vid, _ in service.vendors if service else ():
                severity = worst.get(("vendor", vid))
                if severity is not None and severity.rank < best:
                    best = severity.rank
            verdicts[service_id] = ("error", "warning", "info", "ok")[best]
        return verdicts


class ActivityTableModel(RecordTableModel):
    """Every processing activity (Art. 30 record)."""

    kind = "activity"

    def _columns(self) -> list[Column]:
        return [
            Column("verdict", ""),
            Column("name", self.tr("Name")),
            Column("role", self.tr("Role")),
            Column("function", self.tr("Business function")),
            Column("basis", self.tr("Legal basis")),
            Column("vendors", self.tr("Vendors"), sort="number"),
            Column("dpia", self.tr("DPIA")),
            Column("review", self.tr("Next review"), sort="date"),
        ]

    def _records(self, snapshot: Snapshot) -> Mapping[int, object]:
        return snapshot.activities

    def _load(self, snapshot: Snapshot, only: Collection[int] | None = None
              ) -> Iterable[tuple[Hashable, int, Row]]:
        vendors = snapshot.vendors
        services = snapshot.services
        roles = {r: activity_role_label(r) for r in ActivityRole}
        today = self.context.today()
        overdue = {7: "warning"}
        role_tags = {r: frozenset((r.value,)) for r in ActivityRole}
        for activity in self._chosen(snapshot.activities, only):
            role = roles[activity.role]
            basis = label(activity.legal_basis) if activity.legal_basis else ""
            vendor_names = [vendors[v].name for v in activity.vendor_ids if v in vendors]
            service_names = [services[s].name for s in activity.service_ids if s in services]
            search = " | ".join((
                activity.name, activity.business_function, activity.purposes, role, basis,
                *activity.data_subjects, *activity.data_categories, *vendor_names,
                *service_names,
            ))
            yield activity.id, activity.id, Row(
                cells=("", activity.name, role, activity.business_function, basis,
                       str(len(activity.vendor_ids)), label(activity.dpia_status),
                       _date(activity.next_review)),
                search=quick_fold(search),
                tags={
                    "role": role_tags[activity.role],
                    "dpia": frozenset((activity.dpia_status.value,)),
                },
                tooltips={5: ", ".join(vendor_names)} if vendor_names else None,
                alerts=overdue if activity.next_review is not None
                and activity.next_review < today else None,
            )


class TransferTableModel(RecordTableModel):
    """Every third-country transfer of the assessment: one row per vendor and destination.

    The record id of a row is the vendor's id.
    """

    kind = "transfer"
    needs_assessment = True
    _shown: Assessment | None = None

    def _columns(self) -> list[Column]:
        return [
            Column("verdict", ""),
            Column("vendor", self.tr("Vendor")),
            Column("chain", self.tr("Chain")),
            Column("country", self.tr("Country")),
            Column("via", self.tr("Via")),
            Column("basis", self.tr("Mechanism / basis")),
            Column("message", self.tr("Assessment")),
        ]

    def refresh(self) -> None:
        """Rebuild from the context's assessment (computed now if needed)."""
        assessment = self._shown = self.context.assessment()
        self.beginResetModel()
        self._fill(self._load_transfers(assessment.transfers))
        self._verdicts = {
            key: verdict_of(assessment.transfers[cast(int, key)].severity)
            for key in self._keys
        }
        self._assessed = assessment is self.context.current_assessment()
        self._sort_rows()
        self.endResetModel()
        self.assessed.emit()

    def apply_assessment(self, assessment: Assessment) -> None:
        """Show the transfers of ``assessment`` (the rows come from it)."""
        if assessment is not self._shown:
            self.refresh()

    def _records(self, snapshot: Snapshot) -> Mapping[int, object]:
        return snapshot.vendors

    def _load(self, snapshot: Snapshot, only: Collection[int] | None = None
              ) -> Iterable[tuple[Hashable, int, Row]]:
        return self._load_transfers(self.context.assessment().transfers)

    def _load_transfers(self, transfers: Sequence[Transfer]
                        ) -> Iterable[tuple[Hashable, int, Row]]:
        countries = CountryNames(self.context.language)
        arrow = " → "
        for i, t in enumerate(transfers):
            chain = arrow.join(t.chain)
            via = ", ".join(label(v) for v in t.via)
            basis = t.basis_in(countries.language)
            message = capitalised(t.message_in(countries.language))
            search = quick_fold(f"{chain} | {basis} | {via} | {message}") + " | " + \
                countries.search(t.country)
            yield i, t.vendor_id, Row(
                cells=("", t.vendor_name, chain, countries.name(t.country), via, basis,
                       message),
                search=search,
                tags={"country": frozenset((t.country,))},
            )

    def keys_of(self, record_id: int) -> list[Hashable]:
        return [k for k, rid in zip(self._keys, self._record_ids, strict=True)
                if rid == record_id]


# --- filtering ------------------------------------------------------------------------------


_TAG_SEP = "\x1f"
_TAG_DIGITS = "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\x1c\x1d\x1e"
_tag_codes: dict[tuple[str, str], str] = {}
_ATTENTION = frozenset(("error", "warning"))


def tag_code(key: str, value: str) -> str:
    """The code of one filter value (``role`` = ``processor``) in the texts of a
    :class:`SearchIndex`.

    A code is a short run of whitespace characters, numbered in order of first use: a search
    word never holds whitespace (it comes from ``str.split``), so it can never match inside
    the tags of a row, and the tags cost a search no more than a few characters.
    """
    code = _tag_codes.get((key, value))
    if code is None:
        number, digits = len(_tag_codes) + 1, []
        while number:
            number, digit = divmod(number - 1, len(_TAG_DIGITS))
            digits.append(_TAG_DIGITS[digit])
        code = _tag_codes[key, value] = "".join(digits)
    return code


@functools.cache
def _verdict_tags(verdict: str) -> str:
    if not verdict:
        return ""
    text = _TAG_SEP + tag_code("verdict", verdict)
    if verdict in _ATTENTION:
        text += _TAG_SEP + tag_code("verdict", "attention")
    return text


def filter_pattern(words: Sequence[str], tags: Iterable[tuple[str, str]]) -> str:
    """A regular expression that finds, in a :class:`SearchIndex` text, every word and every
    tag (``(key, value)``), in any order.

    A single word leads, unanchored, so that the regex engine looks for it as fast as for a
    fixed string; the tags come after the words in every text.
    """
    escape = QRegularExpression.escape
    need_tags = "".join(f"(?=.*{escape(_TAG_SEP + tag_code(k, v) + _TAG_SEP)})"
                        for k, v in tags)
    if len(words) == 1:
        return escape(words[0]) + need_tags
    return "^" + "".join(f"(?=.*?{escape(w)})" for w in words) + need_tags


class SearchIndex(QStandardItemModel):
    """The filter text of every row of a :class:`RecordTableModel`, in the same row order, kept
    in C++ so that a ``QSortFilterProxyModel`` filters it without calling Python per row.

    A row's text is its folded search string followed by the codes of its tags (see
    :func:`tag_code`), its verdict included (``verdict`` = ``error``, ..., and ``attention``
    for errors and warnings). The index has the records' rows and columns, but only column 0
    holds text, and only once a search or filter needs it (:meth:`fill`): until then, keeping
    in step with the records costs next to nothing, so a list fills as fast as without it.

    It follows the records' signals: a reset, rows inserted or removed, changed rows (search
    text or verdict), and a new order, as a layout change that carries its persistent indexes
    (those of the proxy's selection) along.
    """

    def __init__(self, records: RecordTableModel, parent: QObject | None = None) -> None:
        super().__init__(records.rowCount(), records.columnCount(), parent)
        self.records = records
        self.wanted = False
        """Whether a search or filter is on (then a reset writes the texts at once)."""
        self._texts: list[str] | None = None
        self._tag_texts: dict[tuple[tuple[str, frozenset[str]], ...], str] = {}
        self._old_keys: list[Hashable] = []
        self._connections: list[tuple[Any, Any]] = [
            (records.modelAboutToBeReset, self._about_to_reset),
            (records.modelReset, self._reset),
            (records.rowsInserted, self._inserted),
            (records.rowsAboutToBeRemoved, self._removing),
            (records.dataChanged, self._data_changed),
            (records.layoutAboutToBeChanged, self._layout_about_to_change),
            (records.layoutChanged, self._layout_changed),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)

    def detach(self) -> None:
        """Stop following the records."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []

    @property
    def filled(self) -> bool:
        return self._texts is not None

    def fill(self) -> None:
        """Write the text of every row (once: from then on they are kept up to date)."""
        if self._texts is None:
            self._write_all()

    # Texts.

    def _text(self, row: Row, verdict: str) -> str:
        search = row.search
        if _TAG_SEP in search:
            search = search.replace(_TAG_SEP, " ")
        items = tuple(row.tags.items())
        tags = self._tag_texts.get(items)
        if tags is None:
            tags = self._tag_texts[items] = "".join(
                [_TAG_SEP + tag_code(key, value) for key, values in items
                 for value in sorted(values)])
        return "".join((search, tags, _verdict_tags(verdict), _TAG_SEP))

    def _texts_of(self, first: int, last: int) -> list[str]:
        records = self.records
        rows = records.rows()
        return [self._text(rows[i], records.verdict(i)) for i in range(first, last + 1)]

    def _write_all(self) -> None:
        """Write every row's text without telling the proxy, which is about to filter every
        row again (a new filter, a reset)."""
        records = self.records
        text = self._text
        texts = [text(row, verdict) for row, verdict in zip(records.rows(), records.verdicts(),
                                                               strict=True)]
        blocked = self.blockSignals(True)
        try:
            index, set_data = self.index, self.setData
            for row, value in enumerate(texts):
                set_data(index(row, 0), value)
        finally:
            self.blockSignals(blocked)
        self._texts = texts

    # Following the records.

    def _about_to_reset(self) -> None:
        self.beginResetModel()

    def _reset(self) -> None:
        records = self.records
        blocked = self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            if self.columnCount() != records.columnCount():
                self.setColumnCount(records.columnCount())
            self.insertRows(0, records.rowCount())
        finally:
            self.blockSignals(blocked)
        self._texts = None
        if self.wanted:
            self._write_all()
        self.endResetModel()

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        # The records hold the rows by now: the proxy finds their cells when it shows them.
        self.insertRows(first, last - first + 1)
        texts = self._texts
        if texts is not None:
            # The proxy has seen the rows empty; it filters each again as its text arrives.
            new = self._texts_of(first, last)
            texts[first:first] = new
            for row, text in enumerate(new, first):
                self.setData(self.index(row, 0), text)

    def _removing(self, _parent: QModelIndex, first: int, last: int) -> None:
        # Before the records remove them: the proxy takes them away at once, and whoever
        # hears of it from the proxy must still find every row in the records.
        self.removeRows(first, last - first + 1)
        if self._texts is not None:
            del self._texts[first:last + 1]

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                      _roles: Sequence[int] = ()) -> None:
        texts = self._texts
        if texts is None:
            return
        first = top_left.row()
        for row, text in enumerate(self._texts_of(first, bottom_right.row()), first):
            if text != texts[row]:
                texts[row] = text
                self.setData(self.index(row, 0), text)  # the proxy filters the row again

    def _layout_about_to_change(self, *_args: object) -> None:
        self._old_keys = list(self.records.keys())
        self.layoutAboutToBeChanged.emit()

    def _layout_changed(self, *_args: object) -> None:
        records = self.records
        old_keys, self._old_keys = self._old_keys, []
        texts = self._texts
        if texts is not None:
            # The same rows in a new order: each text goes with its row's key. The proxy
            # filters every row again on layoutChanged, so it need not hear of each.
            by_key = dict(zip(old_keys, texts, strict=True))
            moved = [by_key[key] for key in records.keys()]
            blocked = self.blockSignals(True)
            try:
                for row, (old, new) in enumerate(zip(texts, moved, strict=True)):
                    if new is not old:
                        self.setData(self.index(row, 0), new)
            finally:
                self.blockSignals(blocked)
            self._texts = moved
        persistent = self.persistentIndexList()
        if persistent:
            position = records.row_of_key
            self.changePersistentIndexList(
                persistent,
                [self.index(position(old_keys[i.row()]), i.column()) for i in persistent],
            )
        self.layoutChanged.emit()


class RecordFilterProxy(QSortFilterProxyModel):
    """Instant search and filters over a :class:`RecordTableModel`.

    The search text is folded (case and accents) and split into words; a row matches when
    every word occurs in its cached search string and every filter's value is among its
    tags. The proxy's source model is the records' :class:`SearchIndex`, and Qt's own filter
    decides on its texts (a fixed string for one word, else a regular expression), so that a
    keystroke calls no Python per row. Cells, headers and flags come from the records, at
    the same row (the index keeps the records' row order). ``sort`` is forwarded to the
    records, which reorder their rows; the index follows.

    Signals:
        filtered: the rows shown changed (after a new search text or filter, or after an
            assessment while a verdict filter is on).
    """

    filtered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._filters: dict[str, str] = {}
        self._source_model: RecordTableModel
        self._index: SearchIndex

    def source(self) -> RecordTableModel:
        return self._source_model

    def search_index(self) -> SearchIndex:
        """The model this proxy filters (``sourceModel()``): the records' filter texts."""
        return self._index

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt API
        """Show ``model`` (a :class:`RecordTableModel`), filtered through a new
        :class:`SearchIndex` of it."""
        if not isinstance(model, RecordTableModel):
            raise TypeError("RecordFilterProxy needs a RecordTableModel")
        old = self.sourceModel()
        if isinstance(old, SearchIndex):
            records = old.records
            records.dataChanged.disconnect(self._records_data_changed)
            records.headerDataChanged.disconnect(self._records_header_changed)
            records.assessed.disconnect(self._on_assessed)
            old.detach()
        self._source_model = model
        index = self._index = SearchIndex(model, self)
        index.wanted = bool(self._terms or self._filters)
        if index.wanted:
            index.fill()
        super().setSourceModel(index)
        if isinstance(old, SearchIndex):
            old.deleteLater()
        # After the index's own connection: it has the new texts when the views hear of it.
        model.dataChanged.connect(self._records_data_changed)
        model.headerDataChanged.connect(self._records_header_changed)
        model.assessed.connect(self._on_assessed)

    # Criteria.

    def search_text(self) -> str:
        return " ".join(self._terms)

    def set_search(self, text: str) -> None:
        """Show only rows containing every word of ``text`` (case and accents ignored)."""
        terms = quick_fold(text).split()
        if terms == self._terms:
            return
        self._terms = terms
        self._refilter()

    def set_filter(self, key: str, value: str | None) -> None:
        """Show only rows whose tag ``key`` holds ``value`` (None: no filter on ``key``).

        ``verdict`` filters on the row's verdict; ``attention`` on errors and warnings.
        """
        if value is None or value == "":
            if key not in self._filters:
                return
            del self._filters[key]
        else:
            if self._filters.get(key) == value:
                return
            self._filters[key] = value
        self._refilter()

    def filters(self) -> dict[str, str]:
        return dict(self._filters)

    def _on_assessed(self) -> None:
        # The index has the new verdicts by now, and the proxy has filtered their rows again:
        # only the count of the rows shown is left to tell.
        if "verdict" in self._filters:
            self.filtered.emit()

    def _refilter(self) -> None:
        terms, filters = self._terms, self._filters
        index = self.sourceModel()
        if isinstance(index, SearchIndex):
            index.wanted = bool(terms or filters)
            if index.wanted:
                index.fill()
        if not filters and len(terms) <= 1:
            self.setFilterFixedString(terms[0] if terms else "")
        else:
            self.setFilterRegularExpression(QRegularExpression(
                filter_pattern(terms, filters.items()),
                QRegularExpression.PatternOption.DotMatchesEverythingOption,
            ))
        self.filtered.emit()

    # The records' cells.

    def _record_index(self, index: ModelIndex) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        return self._source_model.index(self.mapToSource(index).row(), index.column())

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self._source_model.cell(self.mapToSource(index).row(), index.column(), role)

    def itemData(self, index: ModelIndex) -> dict[int, Any]:  # noqa: N802 - Qt API
        return self._source_model.itemData(self._record_index(index))

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return self._source_model.flags(self._record_index(index))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        return self._source_model.headerData(section, orientation, role)

    def _records_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                              roles: Sequence[int] = ()) -> None:
        shown = self._shown_rows(top_left.row(), bottom_right.row())
        if shown is not None:
            self.dataChanged.emit(self.index(shown[0], top_left.column()),
                                  self.index(shown[1], bottom_right.column()), list(roles))

    def _records_header_changed(self, orientation: Qt.Orientation, first: int, last: int
                                ) -> None:
        self.headerDataChanged.emit(orientation, first, last)

    def _shown_rows(self, first: int, last: int) -> tuple[int, int] | None:
        """The first and last proxy rows among the records' rows ``first`` to ``last`` (the
        proxy keeps their order), or None when none is shown."""
        if last - first > INCREMENTAL_ROWS:
            count = self.rowCount()
            return (0, count - 1) if count else None
        index = self._index
        low = high = -1
        for row in range(first, last + 1):
            low = self.mapFromSource(index.index(row, 0)).row()
            if low >= 0:
                break
        if low < 0:
            return None
        for row in range(last, first - 1, -1):
            high = self.mapFromSource(index.index(row, 0)).row()
            if high >= 0:
                break
        return low, high

    # The rows belong to the records: nothing changes them through the proxy.

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole  # noqa: N802
                ) -> bool:
        return False

    def setItemData(self, index: ModelIndex, roles: dict[int, Any]) -> bool:  # noqa: N802
        return False

    def clearItemData(self, index: ModelIndex) -> bool:  # noqa: N802
        return False

    def insertRows(self, row: int, count: int, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return False

    def removeRows(self, row: int, count: int, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return False

    def insertColumns(self, column: int, count: int, parent: ModelIndex = QModelIndex()  # noqa: N802, B008
                      ) -> bool:
        return False

    def removeColumns(self, column: int, count: int, parent: ModelIndex = QModelIndex()  # noqa: N802, B008
                      ) -> bool:
        return False

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: ModelIndex) -> bool:
        return False

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: ModelIndex) -> bool:
        return False

    # Order.

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the records (on their cached keys); this proxy keeps their order."""
        self.source().sort(column, order)

    # Mapping helpers.

    def record_id(self, proxy_row: int) -> int:
        """The record id of a proxy row (mapped to the source first)."""
        return self.source().record_id(self.mapToSource(self.index(proxy_row, 0)).row())

    def proxy_row_of(self, record_id: int) -> int | None:
        """The proxy row of a record, or None when it is filtered out or absent."""
        source = self.source()
        index = self._index
        for key in source.keys_of(record_id):
            proxy = self.mapFromSource(index.index(source.row_of_key(key), 0))
            if proxy.isValid():
                return proxy.row()
        return None


# --- findings -------------------------------------------------------------------------------


_GROUPS: tuple[tuple[Severity, str], ...] = (
    (Severity.ERROR, QT_TRANSLATE_NOOP("FindingsModel", "Errors")),
    (Severity.WARNING, QT_TRANSLATE_NOOP("FindingsModel", "Warnings")),
    (Severity.INFO, QT_TRANSLATE_NOOP("FindingsModel", "Notes")),
)


class FindingsModel(QAbstractItemModel):
    """The assessment's findings as a tree: Errors / Warnings / Notes, then one row each.

    Columns: record, country, message. A group row's internal id is 0, a finding's is its
    group's number plus one.
    """

    RECORD, COUNTRY, MESSAGE = range(3)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._groups: list[list[Finding]] = [[] for _ in _GROUPS]
        self._country_names: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_assessment(self, assessment: Assessment | None) -> None:
        """Show the findings of ``assessment`` (nothing when None)."""
        self.beginResetModel()
        groups: list[list[Finding]] = [[] for _ in _GROUPS]
        if assessment is not None:
            slot = {severity: i for i, (severity, _) in enumerate(_GROUPS)}
            for finding in assessment.findings:
                groups[slot[finding.severity]].append(finding)
        self._groups = groups
        self._country_names = {}
        self.endResetModel()

    def finding(self, index: ModelIndex) -> Finding | None:
        """The finding of a row, or None for a group row."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][index.row()]

    def group_count(self, severity: Severity) -> int:
        for i, (s, _) in enumerate(_GROUPS):
            if s == severity:
                return len(self._groups[i])
        return 0

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= 3 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(_GROUPS):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(_GROUPS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        titles = (self.tr("Record"), self.tr("Country"), self.tr("Finding"))
        return titles[section] if 0 <= section < 3 else None

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == 0:
            severity, title = _GROUPS[index.row()]
            if column != 0:
                return None
            if role == _DISPLAY:
                return self.tr("{0} ({1})").format(
                    QCoreApplication.translate("FindingsModel", title),
                    len(self._groups[index.row()]))
            if role == _DECORATION:
                return verdict_icon(severity.value)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole:
                return text_colour(severity.value)
            return None
        finding = self._groups[index.internalId() - 1][index.row()]
        if role == _DISPLAY:
            if column == self.RECORD:
                return finding.record_name_in(self.context.language)
            if column == self.COUNTRY:
                return self._country(finding.country) if finding.country else ""
            return finding.message_in(self.context.language)
        if role == _DECORATION and column == self.RECORD:
            return verdict_icon(finding.severity.value)
        if role == _TOOLTIP:
            if column == self.MESSAGE:
                return finding.message_in(self.context.language)
            if column == self.RECORD:
                return (f"{label(finding.record_kind)}: "
                        f"{finding.record_name_in(self.context.language)}")
        if role == _ACCESSIBLE and column == self.RECORD:
            return (f"{label(finding.severity.value)}: "
                    f"{finding.record_name_in(self.context.language)}")
        return None

    def country_text(self, finding: Finding) -> str:
        """The finding's country, named in the user's language."""
        return self._country(finding.country) if finding.country else ""

    def _country(self, code: str) -> str:
        name = self._country_names.get(code)
        if name is None:
            name = self._country_names[code] = CountryNames(self.context.language).name(code)
        return name
