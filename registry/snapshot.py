"""A read-only, in-memory picture of the whole registry.

Assessment, export and reports all read the registry the same way: a handful of plain
SELECTs (one per table, no ORM identity map) into frozen dataclasses. That keeps them pure
functions of a snapshot and an as-of date, and keeps them close to the speed of raw SQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from typing import Any, TypeVar

from sqlalchemy import select
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


@dataclasses.dataclass(frozen=True, slots=True)
class OrganisationRow:
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


@dataclasses.dataclass(frozen=True, slots=True)
class LocationRow:
    id: int
    vendor_id: int
    country: str
    kind: LocationKind
    detail: str


@dataclasses.dataclass(frozen=True, slots=True)
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


@dataclasses.dataclass(frozen=True, slots=True)
class DpaRow:
    id: int
    vendor_id: int
    signed_date: dt.date | None
    version: str
    reference: str
    review_date: dt.date | None
    notice_days: int | None


@dataclasses.dataclass(frozen=True, slots=True)
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
    locations: tuple[LocationRow, ...] = ()
    safeguards: tuple[SafeguardRow, ...] = ()
    dpa: DpaRow | None = None

    def in_use(self, on: dt.date) -> bool:
        """Whether the vendor receives data on ``on``.

        Planned vendors count, so that their transfers are checked before they start; a
        vendor that started after ``on``, or ended on or before it, does not.
        """
        if self.end_date is not None and self.end_date <= on:
            return False
        if self.status == VendorStatus.RETIRED and self.end_date is None:
            return False
        if self.status == VendorStatus.PLANNED:
            return True
        return self.start_date is None or self.start_date <= on

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


@dataclasses.dataclass(frozen=True, slots=True)
class ServiceRow:
    id: int
    name: str
    description: str
    vendors: tuple[tuple[int, str], ...] = ()
    """``(vendor_id, purpose)`` pairs, ordered by vendor name."""


@dataclasses.dataclass(frozen=True, slots=True)
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
    vendor_ids: tuple[int, ...] = ()
    service_ids: tuple[int, ...] = ()


T = TypeVar("T")


def _make(cls: type[T], values: Any, **extra: Any) -> T:
    """A row dataclass from a result row whose columns follow the dataclass fields."""
    return cls(*values, **extra)


def _fields(cls: type[Any]) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """The whole registry at one moment, ordered by name for stable output."""

    organisation: OrganisationRow
    vendors: dict[int, VendorRow]
    services: dict[int, ServiceRow]
    activities: dict[int, ActivityRow]

    def vendor_list(self) -> list[VendorRow]:
        return list(self.vendors.values())

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

    def walk(self) -> Iterator[tuple[VendorRow, int]]:
        """Every vendor with its depth, parents before their sub-processors."""
        by_parent: dict[int | None, list[VendorRow]] = defaultdict(list)
        for v in self.vendors.values():
            parent = v.parent_id if v.parent_id in self.vendors else None
            by_parent[parent].append(v)
        stack: list[tuple[VendorRow, int]] = [(v, 0) for v in reversed(by_parent[None])]
        seen: set[int] = set()
        while stack:
            vendor, depth = stack.pop()
            if vendor.id in seen:
                continue
            seen.add(vendor.id)
            yield vendor, depth
            stack.extend((c, depth + 1) for c in reversed(by_parent[vendor.id]))

    def services_of_vendor(self, vendor_id: int) -> list[tuple[ServiceRow, str]]:
        return [
            (s, purpose)
            for s in self.services.values()
            for vid, purpose in s.vendors
            if vid == vendor_id
        ]

    def service_by_name(self, name: str) -> ServiceRow | None:
        for s in self.services.values():
            if s.name == name:
                return s
        return None


def load_snapshot(session: Session) -> Snapshot:
    """Read the whole registry in one SELECT per table."""
    org_row = session.execute(select(model.Organisation.__table__)).mappings().first()
    organisation = (
        OrganisationRow(**{k: v for k, v in org_row.items() if k != "id"})
        if org_row is not None
        else OrganisationRow()
    )

    locations: dict[int, list[LocationRow]] = defaultdict(list)
    loc_cols = model.Location.__table__.c
    for row in session.execute(
        select(loc_cols.id, loc_cols.vendor_id, loc_cols.country, loc_cols.kind, loc_cols.detail)
        .order_by(loc_cols.vendor_id, loc_cols.id)
    ):
        locations[row[1]].append(_make(LocationRow, row))

    safeguards: dict[int, list[SafeguardRow]] = defaultdict(list)
    sg_table = model.Safeguard.__table__
    sg_cols = [sg_table.c[name] for name in _fields(SafeguardRow)]
    for row in session.execute(select(*sg_cols).order_by(sg_table.c.vendor_id, sg_table.c.country)):
        safeguards[row[1]].append(_make(SafeguardRow, row))

    dpas: dict[int, DpaRow] = {}
    dpa_table = model.Dpa.__table__
    for row in session.execute(select(*[dpa_table.c[n] for n in _fields(DpaRow)])):
        dpas[row[1]] = _make(DpaRow, row)

    vendor_table = model.Vendor.__table__
    vendor_cols = [vendor_table.c[name] for name in _fields(VendorRow)]
    vendors: dict[int, VendorRow] = {}
    for row in session.execute(select(*vendor_cols).order_by(vendor_table.c.name)):
        vid = row[0]
        vendors[vid] = _make(
            VendorRow,
            row,
            locations=tuple(locations.get(vid, ())),
            safeguards=tuple(safeguards.get(vid, ())),
            dpa=dpas.get(vid),
        )

    links: dict[int, list[tuple[int, str]]] = defaultdict(list)
    sv = model.ServiceVendor.__table__.c
    for service_id, vendor_id, purpose in session.execute(
        select(sv.service_id, sv.vendor_id, sv.purpose)
    ):
        links[service_id].append((vendor_id, purpose))
    services: dict[int, ServiceRow] = {}
    st = model.Service.__table__.c
    for sid, name, description in session.execute(
        select(st.id, st.name, st.description).order_by(st.name)
    ):
        pairs = sorted(links.get(sid, ()), key=lambda p: vendors[p[0]].name.casefold())
        services[sid] = ServiceRow(sid, name, description, tuple(pairs))

    av: dict[int, list[int]] = defaultdict(list)
    avc = model.ActivityVendor.__table__.c
    for activity_id, vendor_id in session.execute(select(avc.activity_id, avc.vendor_id)):
        av[activity_id].append(vendor_id)
    asv: dict[int, list[int]] = defaultdict(list)
    asc = model.ActivityService.__table__.c
    for activity_id, service_id in session.execute(select(asc.activity_id, asc.service_id)):
        asv[activity_id].append(service_id)
    at = model.Activity.__table__
    activity_cols = [at.c[name] for name in _fields(ActivityRow)]
    activities: dict[int, ActivityRow] = {}
    for row in session.execute(select(*activity_cols).order_by(at.c.name)):
        aid = row[0]
        activities[aid] = _make(
            ActivityRow,
            row,
            vendor_ids=tuple(sorted(av.get(aid, ()), key=lambda i: vendors[i].name.casefold())),
            service_ids=tuple(sorted(asv.get(aid, ()), key=lambda i: services[i].name)),
        )
    return Snapshot(organisation, vendors, services, activities)
