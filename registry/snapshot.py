"""A read-only, in-memory picture of the whole registry.

The row classes are plain slotted dataclasses, not frozen ones (a frozen dataclass is several
times slower to build, and a snapshot builds tens of thousands); nothing changes them after
:func:`load_snapshot`.

Assessment, export and reports all read the registry the same way: a handful of plain
SELECTs (one per table, no ORM identity map) into plain dataclasses. That keeps them pure
functions of a snapshot and an as-of date, and keeps them close to the speed of raw SQL.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import gc
import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import JSON, Boolean, Date, Enum, FromClause, Text, cast, select
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from registry import model
from registry.enums import (
    ActivityRole,
    Art9Condition,
    Derogation,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Mechanism,
    TiaOutcome,
    VendorRole,
    VendorStatus,
)


@dataclasses.dataclass(slots=True)
class OrganisationRow:
    """The organisation keeping the registry; its editor's form has the same fields
    (:class:`registry.forms.OrganisationForm`), one per column of its table."""

    name: str = ""
    registration_number: str = ""
    address: str = ""
    country: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    dpo_name: str = ""
    dpo_email: str = ""
    dpo_phone: str = ""
    representative: str = ""
    supervisory_authority: str = ""
    is_controller: bool = True
    is_processor: bool = False
    objection_contact: str = ""
    notice_days: int = 30
    review_interval_months: int = 12


@dataclasses.dataclass(slots=True)
class LocationRow:
    id: int
    vendor_id: int
    country: str
    kind: LocationKind
    detail: str


@dataclasses.dataclass(slots=True)
class SafeguardRow:
    id: int
    vendor_id: int
    country: str
    mechanism: Mechanism
    scc_module: int | None
    derogation: Derogation | None
    dpf_certified: bool
    dpf_checked: dt.date | None
    tia_date: dt.date | None
    tia_outcome: TiaOutcome | None
    supplementary_measures: str
    documents: str


@dataclasses.dataclass(slots=True)
class DpaRow:
    id: int
    vendor_id: int
    signed_date: dt.date | None
    version: str
    reference: str
    review_date: dt.date | None
    notice_days: int | None


def in_use(status: VendorStatus, start_date: dt.date | None, end_date: dt.date | None,
           on: dt.date) -> bool:
    """Whether a vendor is in use on ``on``, for its checks and reviews.

    Planned vendors count, so that their transfers are checked before they start; a vendor
    that started after ``on``, or ended on or before it, does not.
    """
    if end_date is not None and end_date <= on:
        return False
    if status == VendorStatus.RETIRED and end_date is None:
        return False
    if status == VendorStatus.PLANNED:
        return True
    return start_date is None or start_date <= on


def in_service(status: VendorStatus, start_date: dt.date | None, end_date: dt.date | None,
               on: dt.date) -> bool:
    """Whether a vendor receives data on ``on``: :func:`in_use`, but not while planned (it
    starts when its status says so)."""
    return status != VendorStatus.PLANNED and in_use(status, start_date, end_date, on)


@dataclasses.dataclass(slots=True)
class VendorRow:
    id: int
    name: str
    legal_name: str
    former_names: list[str]
    registration_number: str
    address: str
    country: str
    website: str
    privacy_url: str
    dpa_url: str
    contact_email: str
    role: VendorRole
    status: VendorStatus
    start_date: dt.date | None
    end_date: dt.date | None
    parent_id: int | None
    descriptions: dict[str, str]
    internal_notes: str
    certifications: list[str]
    last_reviewed: dt.date | None
    next_review: dt.date | None
    row_version: int = dataclasses.field(compare=False)
    """The version the record had when it was read: a deletion from a list expects it still.
    Not compared: two snapshots that show the same record alike are equal."""
    locations: tuple[LocationRow, ...] = ()
    safeguards: tuple[SafeguardRow, ...] = ()
    dpa: DpaRow | None = None

    def in_use(self, on: dt.date) -> bool:
        """Whether the vendor is checked as in use on ``on`` (:func:`in_use`)."""
        return in_use(self.status, self.start_date, self.end_date, on)

    def in_service(self, on: dt.date) -> bool:
        """Whether the vendor receives data on ``on`` (:func:`in_service`)."""
        return in_service(self.status, self.start_date, self.end_date, on)

    def safeguard_for(self, country: str) -> SafeguardRow | None:
        for s in self.safeguards:
            if s.country == country:
                return s
        return None

    def description(self, lang: str) -> str:
        """The public description in ``lang``, else English, else any."""
        text = self.descriptions.get(lang) or self.descriptions.get("en")
        if text:
            return text
        return next(iter(self.descriptions.values()), "")


@dataclasses.dataclass(slots=True)
class VendorListing:
    """What a list of vendors shows of one vendor.

    Taken from a snapshot's row (:meth:`of`), or read on its own for the first screen of a
    large registry (:func:`read_vendor_listing`), at a fraction of a whole snapshot's cost.
    """

    id: int
    name: str
    legal_name: str
    former_names: list[str]
    registration_number: str
    website: str
    country: str
    role: VendorRole
    status: VendorStatus
    start_date: dt.date | None
    end_date: dt.date | None
    next_review: dt.date | None
    row_version: int
    locations: tuple[tuple[LocationKind, str], ...]
    """``(kind, country)`` of every location, in the order of the snapshot's."""
    dpa_signed: dt.date | None

    @classmethod
    def of(cls, vendor: VendorRow) -> VendorListing:
        dpa = vendor.dpa
        return cls(vendor.id, vendor.name, vendor.legal_name, vendor.former_names,
                   vendor.registration_number, vendor.website, vendor.country, vendor.role,
                   vendor.status, vendor.start_date, vendor.end_date, vendor.next_review,
                   vendor.row_version,
                   tuple([(loc.kind, loc.country) for loc in vendor.locations]),
                   dpa.signed_date if dpa is not None else None)

    def in_use(self, on: dt.date) -> bool:
        """:func:`in_use` of this vendor."""
        return in_use(self.status, self.start_date, self.end_date, on)

    def places(self) -> list[str]:
        """:func:`places` of this vendor."""
        return places(self.country, [country for _kind, country in self.locations])


def places(country: str, location_countries: Iterable[str]) -> list[str]:
    """A vendor's own country, then its locations' countries, each once: the countries of
    :func:`registry.assessment.destinations` in its order, without the ``via`` details."""
    codes = [country] if country else []
    for code in location_countries:
        if code not in codes:
            codes.append(code)
    return codes


@dataclasses.dataclass(slots=True)
class ServiceRow:
    id: int
    name: str
    description: str
    row_version: int = dataclasses.field(compare=False)
    """The version the record had when it was read: a deletion from a list expects it still.
    Not compared: two snapshots that show the same record alike are equal."""
    vendors: tuple[tuple[int, str], ...] = ()
    """``(vendor_id, purpose)`` pairs, ordered by vendor name."""


@dataclasses.dataclass(slots=True)
class ActivityRow:
    id: int
    name: str
    role: ActivityRole
    business_function: str
    purposes: str
    legal_basis: LegalBasis | None
    legal_basis_detail: str
    legitimate_interests: str
    art9_condition: Art9Condition
    data_subjects: list[str]
    data_categories: list[str]
    recipients: list[str]
    retention: list[dict[str, str]]
    security_measures: str
    source: str
    rights: str
    automated_decisions: str
    transfer_notes: str
    dpia_status: DpiaStatus
    dpia_link: str
    controllers: list[dict[str, str]]
    joint_controllers: str
    last_reviewed: dt.date | None
    next_review: dt.date | None
    row_version: int = dataclasses.field(compare=False)
    """The version the record had when it was read: a deletion from a list expects it still.
    Not compared: two snapshots that show the same record alike are equal."""
    vendor_ids: tuple[int, ...] = ()
    service_ids: tuple[int, ...] = ()


def _fields(cls: type[Any]) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """The whole registry at one moment, ordered by name for stable output."""

    organisation: OrganisationRow
    vendors: dict[int, VendorRow]
    services: dict[int, ServiceRow]
    activities: dict[int, ActivityRow]

    def children(self, vendor_id: int) -> list[VendorRow]:
        return [v for v in self.vendors.values() if v.parent_id == vendor_id]

    def chain(self, vendor_id: int) -> tuple[str, ...]:
        """Vendor names from the top of the chain down to this vendor."""
        names: list[str] = []
        seen: set[int] = set()
        current: int | None = vendor_id
        while current is not None and current not in seen and current in self.vendors:
            seen.add(current)
            vendor = self.vendors[current]
            names.append(vendor.name)
            current = vendor.parent_id
        return tuple(reversed(names))

    def chains(self) -> dict[int, tuple[str, ...]]:
        """:meth:`chain` of every vendor, each parent's chain computed once."""
        done: dict[int, tuple[str, ...]] = {}
        for vendor_id in self.vendors:
            path: list[int] = []
            current: int | None = vendor_id
            while current is not None and current not in done and current in self.vendors:
                if current in path:  # a cycle: cut it here
                    break
                path.append(current)
                current = self.vendors[current].parent_id
            above = done.get(current, ()) if current is not None else ()
            for vid in reversed(path):
                above = done[vid] = above + (self.vendors[vid].name,)
        return done

    def service_by_name(self, name: str) -> ServiceRow | None:
        for s in self.services.values():
            if s.name == name:
                return s
        return None


T = TypeVar("T")


def _row(cls: Callable[..., T], values: Sequence[Any], **extra: Any) -> T:
    """A row object from values in the order of its fields (plus keyword extras)."""
    return cls(*values, **extra)


def _to_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _converter(column: Any) -> Callable[[Any], Any] | None:
    """How to turn a raw driver value of ``column`` into the snapshot's Python value."""
    kind = column.type
    if isinstance(kind, Enum) and kind.enum_class is not None:
        members = kind.enum_class._value2member_map_
        return lambda v: None if v is None else members[v]
    if isinstance(kind, Date):
        return _to_date
    if isinstance(kind, Boolean):
        return bool
    return None


@functools.lru_cache(maxsize=256)
def _statement(dialect: Dialect, table: FromClause, names: tuple[str, ...],
               order_by: tuple[str, ...], where: str | None) -> tuple[str, str, str]:
    """The SQL of :func:`_select`, compiled once per shape: the SELECT up to its FROM, the
    column ``where`` (to filter on), and the ORDER BY.

    SQLAlchemy's statements hold reference cycles; made anew on every read, they were left
    for the cycle collector, and :func:`outside_cyclic_gc` would freeze them for good.
    """
    selected = [cast(table.c[n], Text) if isinstance(table.c[n].type, JSON) else table.c[n]
                for n in names]
    statement = select(*selected)

    def sql(element: Any) -> str:
        return str(element.compile(dialect=dialect))

    head = sql(statement)
    ordered = sql(statement.order_by(*(table.c[n] for n in order_by)))
    if not ordered.startswith(head):
        raise AssertionError(f"unexpected SQL for the order of {table}: {ordered}")
    return head, sql(table.c[where]) if where is not None else "", ordered[len(head):]


def _select(
    session: Session, table: FromClause, names: Sequence[str], *order_by: str,
    where: tuple[str, Collection[int]] | None = None,
) -> list[tuple[Any, ...]]:
    """Rows of ``table`` with the named columns, as plain tuples of Python values.

    The rows are fetched without per-value result processing (the cost of a snapshot would
    otherwise be several times that of reading it), then converted column by column: enums
    and dates by lookup, and JSON columns, read as text, decoded as one JSON array each.

    Args:
        session: the session to read in.
        table: the table.
        names: the columns, in the order of the tuples.
        order_by: the columns to sort on.
        where: ``(column, ids)``: only the rows whose integer column is one of ``ids``.
    """
    json_at = [i for i, n in enumerate(names) if isinstance(table.c[n].type, JSON)]
    connection = session.connection()
    head, where_column, order = _statement(connection.dialect, table, tuple(names), order_by,
                                           where[0] if where is not None else None)
    sql = head
    if where is not None:
        ids = where[1]
        if not ids:
            return []
        # Integer ids only, so they can be written into the statement as literals.
        sql += f" WHERE {where_column} IN ({', '.join(str(int(i)) for i in sorted(ids))})"
    sql += order
    rows = _fetch(connection, sql)
    if not rows:
        return []
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
    changed = False
    for i, name in enumerate(names):
        if i in json_at:
            columns[i] = json.loads("[" + ",".join(v or "null" for v in columns[i]) + "]")
            changed = True
            continue
        convert = _converter(table.c[name])
        if convert is not None:
            columns[i] = [convert(v) for v in columns[i]]
            changed = True
    if not changed:
        return [tuple(row) for row in rows]
    return list(zip(*columns, strict=True))


def _fetch(connection: Connection, sql: str) -> Sequence[Sequence[Any]]:
    """The rows of ``sql``, as the driver's own tuples.

    The driver's cursor, in the session's transaction: half the time of SQLAlchemy's result
    rows on a large registry. Its errors are raised as SQLAlchemy's, as a statement run
    through SQLAlchemy would raise them.
    """
    dbapi = connection.dialect.loaded_dbapi
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        rows: Sequence[Sequence[Any]] = cursor.fetchall()
        return rows
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dbapi.Error,
                                  dialect=connection.dialect) from exc
    finally:
        cursor.close()


@contextlib.contextmanager
def outside_cyclic_gc() -> Iterator[None]:
    """Build many long-lived objects that form no cycles, then keep the collector off them.

    A snapshot is hundreds of thousands of small objects. Built with the cycle collector
    running, it is walked again and again while it grows; built with it paused, the first
    collections after it walk it all the same. ``gc.freeze()`` moves what exists to the
    permanent generation instead: the collector never walks the snapshot, and reference
    counting still frees it when it is dropped (its objects hold no cycles).
    """
    enabled = gc.isenabled()
    if enabled:
        # The cycles of the last minutes (a save's ORM objects) are in the young generations:
        # collect them now (under a millisecond) rather than freeze them.
        gc.collect(1)
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextlib.contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Build many short-lived objects that form no cycles with the cycle collector paused:
    reference counting frees them when they are dropped, without the collector walking
    them while they are built."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_snapshot(session: Session) -> Snapshot:
    """Read the whole registry in one SELECT per table."""
    with outside_cyclic_gc():
        organisation = read_organisation(session)
        vendors = _read_vendors(session, None)
        vendor_key = _vendor_keys(vendors)
        services = _read_services(session, None, vendor_key)
        activities = _read_activities(session, None, vendor_key, services)
        return Snapshot(organisation, vendors, services, activities)


@dataclasses.dataclass(frozen=True)
class Touched:
    """The records a change wrote (created, updated, deleted or restored), by kind.

    Links are counted on both sides' behalf by :func:`refresh_snapshot`: a touched vendor
    also refreshes the services and activities that name it.
    """

    vendors: frozenset[int] = frozenset()
    services: frozenset[int] = frozenset()
    activities: frozenset[int] = frozenset()

    @classmethod
    def of(cls, kind: str, ids: Iterable[int]) -> Touched:
        """The records ``ids`` of ``kind`` (``vendor``, ``service``, ``activity``; any other
        kind, such as ``organisation``, touches no record)."""
        field = {"vendor": "vendors", "service": "services", "activity": "activities"}.get(kind)
        return cls(**{field: frozenset(ids)}) if field else cls()

    def __or__(self, other: Touched) -> Touched:
        return Touched(self.vendors | other.vendors, self.services | other.services,
                       self.activities | other.activities)

    def __len__(self) -> int:
        return len(self.vendors) + len(self.services) + len(self.activities)


def refresh_snapshot(session: Session, old: Snapshot, touched: Touched) -> Snapshot:
    """``old`` brought up to date after a change that wrote only the ``touched`` records.

    Reads the touched records again (with their locations, safeguards, DPA and links), the
    services and activities linked to them before or after the change (their vendor lists
    and order may change), and the organisation. Every other row is shared with ``old``:
    a row object that is the same in both snapshots did not change.

    Returns:
        A snapshot equal to what :func:`load_snapshot` would read now.
    """
    with outside_cyclic_gc():
        vendors = _merge(old.vendors, touched.vendors,
                         _read_vendors(session, touched.vendors))
        vendor_key = _vendor_keys(vendors)
        service_ids = touched.services | _linked(
            session, model.ServiceVendor.__table__, "service_id", "vendor_id", touched.vendors,
            (s.id for s in old.services.values()
             if any(vid in touched.vendors for vid, _ in s.vendors)))
        services = _merge(old.services, service_ids,
                          _read_services(session, service_ids, vendor_key))
        activity_ids = touched.activities | _linked(
            session, model.ActivityVendor.__table__, "activity_id", "vendor_id",
            touched.vendors,
            (a.id for a in old.activities.values()
             if any(vid in touched.vendors for vid in a.vendor_ids))) | _linked(
            session, model.ActivityService.__table__, "activity_id", "service_id",
            touched.services,
            (a.id for a in old.activities.values()
             if any(sid in touched.services for sid in a.service_ids)))
        activities = _merge(old.activities, activity_ids,
                            _read_activities(session, activity_ids, vendor_key, services))
        return Snapshot(read_organisation(session), vendors, services, activities)


class _Named(Protocol):
    @property
    def name(self) -> str: ...


N = TypeVar("N", bound=_Named)


def _merge(old: dict[int, N], ids: Collection[int], fresh: dict[int, N]) -> dict[int, N]:
    """``old`` with the rows ``ids`` replaced by those of ``fresh`` (absent: deleted), in
    the order of the names (as ``ORDER BY name`` returns them)."""
    if not ids:
        return old
    same_names = len(fresh) == len(ids) and all(
        i in old and old[i].name == row.name for i, row in fresh.items())
    if same_names:
        return {i: fresh.get(i, row) for i, row in old.items()}
    merged = {i: row for i, row in old.items() if i not in ids}
    merged.update(fresh)
    return dict(sorted(merged.items(), key=lambda item: item[1].name))


def _linked(session: Session, table: FromClause, wanted: str, by: str,
            ids: Collection[int], before: Iterable[int]) -> frozenset[int]:
    """The ``wanted`` ends of the links of ``table`` whose ``by`` end is one of ``ids``, now
    and (``before``) in the old snapshot."""
    if not ids:
        return frozenset()
    now = _select(session, table, (wanted,), where=(by, ids))
    return frozenset(row[0] for row in now) | frozenset(before)


def _vendor_keys(vendors: dict[int, VendorRow]) -> dict[int, str]:
    """How vendors sort in link lists: by their folded name."""
    return {vid: v.name.casefold() for vid, v in vendors.items()}


def read_organisation(session: Session) -> OrganisationRow:
    """The organisation alone (its defaults when none is saved yet)."""
    names = [f.name for f in dataclasses.fields(OrganisationRow)]
    rows = _select(session, model.Organisation.__table__, names)
    return _row(OrganisationRow, rows[0]) if rows else OrganisationRow()


def _read_vendors(session: Session, ids: Collection[int] | None) -> dict[int, VendorRow]:
    """The vendors ``ids`` (None: all) by name, with their locations, safeguards and DPA."""
    by_vendor = None if ids is None else ("vendor_id", ids)
    locations: dict[int, list[LocationRow]] = defaultdict(list)
    for row in _select(session, model.Location.__table__, _fields(LocationRow), "vendor_id",
                       "id", where=by_vendor):
        locations[row[1]].append(_row(LocationRow, row))

    safeguards: dict[int, list[SafeguardRow]] = defaultdict(list)
    for row in _select(session, model.Safeguard.__table__, _fields(SafeguardRow),
                       "vendor_id", "country", where=by_vendor):
        safeguards[row[1]].append(_row(SafeguardRow, row))

    dpas = {row[1]: _row(DpaRow, row)
            for row in _select(session, model.Dpa.__table__, _fields(DpaRow),
                               where=by_vendor)}

    no_rows: tuple[Any, ...] = ()
    return {
        row[0]: _row(
            VendorRow,
            row,
            locations=tuple(locations.get(row[0], no_rows)),
            safeguards=tuple(safeguards.get(row[0], no_rows)),
            dpa=dpas.get(row[0]),
        )
        for row in _select(session, model.Vendor.__table__, _fields(VendorRow), "name",
                           where=None if ids is None else ("id", ids))
    }


def read_vendor_listing(session: Session) -> dict[int, VendorListing]:
    """Every vendor as a list shows it, by name: what :meth:`VendorListing.of` gives for
    each vendor of :func:`load_snapshot`, read from only the columns it needs."""
    with outside_cyclic_gc():
        locations: dict[int, list[tuple[LocationKind, str]]] = defaultdict(list)
        for vendor_id, kind, country in _select(
                session, model.Location.__table__, ("vendor_id", "kind", "country"),
                "vendor_id", "id"):
            locations[vendor_id].append((kind, country))
        signed = dict(_select(session, model.Dpa.__table__, ("vendor_id", "signed_date")))
        names = [f.name for f in dataclasses.fields(VendorListing)][:-2]
        no_rows: tuple[Any, ...] = ()
        return {
            row[0]: _row(VendorListing, row, locations=tuple(locations.get(row[0], no_rows)),
                         dpa_signed=signed.get(row[0]))
            for row in _select(session, model.Vendor.__table__, names, "name")
        }


def _read_services(session: Session, ids: Collection[int] | None,
                   vendor_key: dict[int, str]) -> dict[int, ServiceRow]:
    """The services ``ids`` (None: all) by name, with their vendors."""
    links: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for service_id, vendor_id, purpose in _select(
        session, model.ServiceVendor.__table__, ("service_id", "vendor_id", "purpose"),
        where=None if ids is None else ("service_id", ids),
    ):
        links[service_id].append((vendor_id, purpose))
    services: dict[int, ServiceRow] = {}
    for sid, name, description, version in _select(
        session, model.Service.__table__, ("id", "name", "description", "row_version"), "name",
        where=None if ids is None else ("id", ids),
    ):
        pairs = sorted(links.get(sid, ()), key=lambda p: vendor_key[p[0]])
        services[sid] = ServiceRow(sid, name, description, version, tuple(pairs))
    return services


def _read_activities(session: Session, ids: Collection[int] | None,
                     vendor_key: dict[int, str], services: dict[int, ServiceRow]
                     ) -> dict[int, ActivityRow]:
    """The activities ``ids`` (None: all) by name, with their vendors and services."""
    by_activity = None if ids is None else ("activity_id", ids)
    av: dict[int, list[int]] = defaultdict(list)
    for activity_id, vendor_id in _select(
        session, model.ActivityVendor.__table__, ("activity_id", "vendor_id"),
        where=by_activity,
    ):
        av[activity_id].append(vendor_id)
    asv: dict[int, list[int]] = defaultdict(list)
    for activity_id, service_id in _select(
        session, model.ActivityService.__table__, ("activity_id", "service_id"),
        where=by_activity,
    ):
        asv[activity_id].append(service_id)
    return {
        row[0]: _row(
            ActivityRow,
            row,
            vendor_ids=tuple(sorted(av.get(row[0], ()), key=vendor_key.__getitem__)),
            service_ids=tuple(sorted(asv.get(row[0], ()), key=lambda i: services[i].name)),
        )
        for row in _select(session, model.Activity.__table__, _fields(ActivityRow), "name",
                           where=None if ids is None else ("id", ids))
    }
