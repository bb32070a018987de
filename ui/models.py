"""Item models of the lists and the findings tree.

One :class:`RecordTableModel` per list, holding the record ids and a row cache built in one
pass over :meth:`AppContext.snapshot` (Anki ``browser/table/model.py``): each cached
:class:`Row` has the cell texts, a sort key per column, the filter tags and *one* folded
search string, so that a keystroke in the search box is a single pass of ``in`` over
strings. The verdict of each record (its worst finding) arrives separately with
:meth:`RecordTableModel.apply_assessment`, so the lists can be shown before the assessment
has run.

Sorting happens in the source model on the cached sort keys (Python's sort, not a
``lessThan`` call per comparison); :class:`RecordFilterProxy` forwards ``sort`` there and
filters with a precomputed mask. Views always map proxy rows with ``mapToSource`` before
asking for ids.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
import unicodedata
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar, TypeVar, cast

import platformdirs

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from registry.assessment import ENTITY, Assessment, Finding, Transfer
from registry.countries import country_codes, country_name, search_text
from registry.enums import (
    ActivityRole,
    DpiaStatus,
    LegalBasis,
    Severity,
    VendorRole,
    VendorStatus,
)
from registry.snapshot import Snapshot, VendorRow

from ui.context import AppContext
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


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate in the ``labels`` context (where the vocabulary labels live)."""
    return QCoreApplication.translate("labels", text, disambiguation, n)


_LABELS: dict[str, str] = {
    VendorRole.PROCESSOR: QT_TRANSLATE_NOOP("labels", "Processor"),
    VendorRole.SUB_PROCESSOR: QT_TRANSLATE_NOOP("labels", "Sub-processor"),
    VendorRole.INDEPENDENT_CONTROLLER: QT_TRANSLATE_NOOP("labels", "Independent controller"),
    VendorRole.JOINT_CONTROLLER: QT_TRANSLATE_NOOP("labels", "Joint controller"),
    VendorStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
    VendorStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "Active"),
    VendorStatus.RETIRED: QT_TRANSLATE_NOOP("labels", "Retired"),
    ActivityRole.CONTROLLER: QT_TRANSLATE_NOOP("labels", "Controller (Art. 30(1))"),
    "activity-processor": QT_TRANSLATE_NOOP("labels", "Processor (Art. 30(2))"),
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("labels", "Consent"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("labels", "Contract"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("labels", "Legal obligation"),
    LegalBasis.VITAL_INTERESTS: QT_TRANSLATE_NOOP("labels", "Vital interests"),
    LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("labels", "Public task"),
    LegalBasis.LEGITIMATE_INTERESTS: QT_TRANSLATE_NOOP("labels", "Legitimate interests"),
    DpiaStatus.NOT_REQUIRED: QT_TRANSLATE_NOOP("labels", "Not required"),
    DpiaStatus.REQUIRED: QT_TRANSLATE_NOOP("labels", "Required"),
    DpiaStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "In progress"),
    DpiaStatus.DONE: QT_TRANSLATE_NOOP("labels", "Done"),
    "error": QT_TRANSLATE_NOOP("labels", "Error"),
    "warning": QT_TRANSLATE_NOOP("labels", "Warning"),
    "info": QT_TRANSLATE_NOOP("labels", "Note"),
    "ok": QT_TRANSLATE_NOOP("labels", "OK"),
    "eea": QT_TRANSLATE_NOOP("labels", "EU/EEA"),
    ENTITY: QT_TRANSLATE_NOOP("labels", "entity"),
    "hosting": QT_TRANSLATE_NOOP("labels", "hosting"),
    "support": QT_TRANSLATE_NOOP("labels", "access"),
    "processing": QT_TRANSLATE_NOOP("labels", "processing"),
    "backup": QT_TRANSLATE_NOOP("labels", "backup"),
    "vendor": QT_TRANSLATE_NOOP("labels", "Vendor"),
    "service": QT_TRANSLATE_NOOP("labels", "Service"),
    "activity": QT_TRANSLATE_NOOP("labels", "Processing activity"),
    "organisation": QT_TRANSLATE_NOOP("labels", "Organisation"),
}


def label(value: str) -> str:
    """The translated label of a vocabulary value (a StrEnum member or a verdict key)."""
    text = _LABELS.get(value)
    return tr(text) if text else str(value)


def activity_role_label(role: ActivityRole) -> str:
    return label("activity-processor" if role == ActivityRole.PROCESSOR else role)


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


def places_of(vendor: VendorRow) -> list[str]:
    """The vendor's destination countries, in the order of
    :func:`registry.assessment.destinations` (its own country, then its locations).

    The same countries without the ``via`` details, built without a dictionary of lists:
    a list of 5,000 vendors loads noticeably faster.
    """
    codes = [vendor.country] if vendor.country else []
    for loc in vendor.locations:
        if loc.country not in codes:
            codes.append(loc.country)
    return codes


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
        self._rows: list[Row] = []
        self._searches: list[str] = []
        self._record_ids: list[int] = []
        self._position: dict[Hashable, int] = {}
        self._verdicts: dict[Hashable, str] = {}
        self._assessed = False
        self._sort_column = 1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.stamp = 0
        """Changes whenever rows are added, removed, changed or reordered (for the filter
        mask)."""
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
        old, old_today = self._snapshot, self._today
        self._snapshot, self._today = snapshot, today
        self._assessed = False
        if old is not None and today == old_today and self._update(old, snapshot):
            return
        self.beginResetModel()
        self._fill(self._load(snapshot))
        self._verdicts = {}
        self._sort_rows()
        self.stamp += 1
        self.endResetModel()

    def _update(self, old: Snapshot, new: Snapshot) -> bool:
        """Rebuild the rows of the records that changed from ``old`` to ``new``.

        Returns:
            False when too many changed: the caller rebuilds every row instead.
        """
        before, after = self._records(old), self._records(new)
        changed = [i for i, record in after.items() if before.get(i) is not record]
        removed = [i for i in before if i not in after]
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
        for values in (self._keys, self._rows, self._searches, self._record_ids):
            del values[position]
        self._verdicts.pop(key, None)
        self._position = {k: i for i, k in enumerate(self._keys)}
        self.stamp += 1
        self.endRemoveRows()

    def _replace_row(self, key: Hashable, row: Row) -> None:
        position = self._position[key]
        self._rows[position] = row
        self._searches[position] = row.search
        self.stamp += 1
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
            self._searches.append(row.search)
        self.stamp += 1
        self.endInsertRows()

    def _fill(self, items: Iterable[tuple[Hashable, int, Row]]) -> None:
        keys: list[Hashable] = []
        ids: list[int] = []
        rows: list[Row] = []
        for key, record_id, row in items:
            keys.append(key)
            ids.append(record_id)
            rows.append(row)
        self._keys, self._record_ids, self._rows = keys, ids, rows
        self._searches = [row.search for row in rows]
        self._position = {k: i for i, k in enumerate(keys)}

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

    def name(self, row: int) -> str:
        """The record's name as people read it (for confirmations)."""
        return self._rows[row].cells[1]

    def searches(self) -> list[str]:
        """The search string of every row, in row order (for the filter's one pass)."""
        return self._searches

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
        row, column = index.row(), index.column()
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
        self.stamp += 1
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        self._apply_order(self._sorted_order())

    def _sorted_order(self) -> list[int]:
        """The row numbers in the order of the sort column (ties broken by the name)."""
        column = self._sort_column
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        rows = self._rows
        names = [quick_fold(r.cells[1]) for r in rows]
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
        self._rows = [rows[i] for i in order]
        self._searches = [row.search for row in self._rows]
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

    def _records(self, snapshot: Snapshot) -> Mapping[int, object]:
        return snapshot.vendors

    def _load(self, snapshot: Snapshot, only: Collection[int] | None = None
              ) -> Iterable[tuple[Hashable, int, Row]]:
        context = self.context
        countries = CountryNames(context.language)
        today = context.today()
        in_eea = context.facts.in_eea
        eea: dict[str, bool] = {}
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
        for vendor in self._chosen(snapshot.vendors, only):
            places = places_of(vendor)
            hosting: list[str] = []
            for loc in vendor.locations:
                if loc.kind.value in ("hosting", "backup") and loc.country not in hosting:
                    hosting.append(loc.country)
            third: list[str] = []
            for code in places:
                inside = eea.get(code)
                if inside is None:
                    inside = eea[code] = in_eea(code, today)
                if not inside:
                    third.append(code)
            dpa_row = vendor.dpa
            if dpa_row is not None and dpa_row.signed_date is not None:
                dpa = dpa_key = dpa_row.signed_date.isoformat()
            elif vendor.role.needs_dpa:
                dpa, dpa_key = missing, "0"
            else:
                dpa, dpa_key = not_needed, "1"
            third_text = countries.names(third)
            parts = [vendor.name, vendor.legal_name, vendor.registration_number, vendor.website]
            parts.extend(vendor.former_names)
            search = " | ".join((
                quick_fold(" | ".join(parts)), role_search[vendor.role],
                status_search[vendor.status], *[countries.search(c) for c in places],
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
            yield vendor.id, vendor.id, Row(
                cells=("", vendor.name, vendor.legal_name, countries.name(vendor.country),
                       role_labels[vendor.role], status_labels[vendor.status],
                       countries.names(hosting), third_text, dpa, _date(vendor.next_review)),
                search=search,
                tags={
                    "role": role_tags[vendor.role],
                    "status": status_tags[vendor.status],
                    "country": frozenset(places),
                    "region": region_tags[bool(third)],
                },
                keys={third_column: (-len(third), third_text), dpa_column: dpa_key},
                tooltips=tooltips,
                alerts=alerts,
            )


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
        self.stamp += 1
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
            basis, message = t.basis_in(countries.language), t.message_in(countries.language)
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


class RecordFilterProxy(QSortFilterProxyModel):
    """Instant search and filters over a :class:`RecordTableModel`.

    The search text is folded (case and accents) and split into words; a row matches when
    every word occurs in its cached search string and every filter's value is among its
    tags. The decision for every row is computed in one pass into a mask, which
    ``filterAcceptsRow`` only looks up. ``sort`` is forwarded to the source model.

    Signals:
        filtered: the rows shown changed (after a new search text or filter).
    """

    filtered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._filters: dict[str, str] = {}
        self._mask: list[bool] | None = None
        self._mask_stamp = -1
        self._source_model: RecordTableModel

    def source(self) -> RecordTableModel:
        return self._source_model

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt API
        if not isinstance(model, RecordTableModel):
            raise TypeError("RecordFilterProxy needs a RecordTableModel")
        old = self.sourceModel()
        if isinstance(old, RecordTableModel):
            old.assessed.disconnect(self._on_assessed)
        self._source_model = model
        self._mask = None
        super().setSourceModel(model)
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
        if "verdict" in self._filters:
            self._refilter()

    def _refilter(self) -> None:
        self.beginFilterChange()
        self._mask = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filtered.emit()

    # Mask.

    def _compute_mask(self) -> list[bool] | None:
        source = self.source()
        self._mask_stamp = source.stamp
        terms = self._terms
        filters = self._filters
        if not terms and not filters:
            return None
        rows = source.rows()
        searches = source.searches()
        if len(terms) == 1 and not filters:
            needle = terms[0]
            return [needle in text for text in searches]
        mask = [True] * len(rows)
        if terms:
            mask = [all(t in text for t in terms) for text in searches]
        for key, value in filters.items():
            if key == "verdict":
                verdicts = source.verdicts()
                if value == "attention":
                    wanted = {"error", "warning"}
                    mask = [m and v in wanted for m, v in zip(mask, verdicts, strict=True)]
                else:
                    mask = [m and v == value for m, v in zip(mask, verdicts, strict=True)]
                continue
            empty: frozenset[str] = frozenset()
            mask = [m and value in row.tags.get(key, empty)
                    for m, row in zip(mask, rows, strict=True)]
        return mask

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        # Called once per source row on every keystroke: keep it to a list lookup.
        mask = self._mask
        if mask is None or self._mask_stamp != self._source_model.stamp:
            if not self._terms and not self._filters:
                return True
            mask = self._mask = self._compute_mask()
            if mask is None:
                return True
        return mask[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source model (on its cached keys); this proxy keeps its order."""
        self.source().sort(column, order)

    # Mapping helpers.

    def record_id(self, proxy_row: int) -> int:
        """The record id of a proxy row (mapped to the source first)."""
        source_row = self.mapToSource(self.index(proxy_row, 0)).row()
        return self.source().record_id(source_row)

    def proxy_row_of(self, record_id: int) -> int | None:
        """The proxy row of a record, or None when it is filtered out or absent."""
        source = self.source()
        for key in source.keys_of(record_id):
            source_row = source.row_of_key(key)
            proxy = self.mapFromSource(source.index(source_row, 0))
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
                return finding.record_name
            if column == self.COUNTRY:
                return self._country(finding.country) if finding.country else ""
            return finding.message_in(self.context.language)
        if role == _DECORATION and column == self.RECORD:
            return verdict_icon(finding.severity.value)
        if role == _TOOLTIP:
            if column == self.MESSAGE:
                return finding.message_in(self.context.language)
            if column == self.RECORD:
                return f"{label(finding.record_kind)}: {finding.record_name}"
        if role == _ACCESSIBLE and column == self.RECORD:
            return f"{label(finding.severity.value)}: {finding.record_name}"
        return None

    def country_text(self, finding: Finding) -> str:
        """The finding's country, named in the user's language."""
        return self._country(finding.country) if finding.country else ""

    def _country(self, code: str) -> str:
        name = self._country_names.get(code)
        if name is None:
            name = self._country_names[code] = CountryNames(self.context.language).name(code)
        return name
