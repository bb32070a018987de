"""Importing a document: the whole registry, written only when the document has no problem.

Records refer to each other by name; the rows are built with ids assigned here and written
with Core ``executemany`` inserts. The history keeps a row for every record the import removes
(``replace``) and writes (``import``), each with the file it came from, and one for the whole
registry with what it held before and after (:mod:`registry.history` reads them).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from registry import model
from registry.errors import UserError
from registry.exchange.fields import (
    ACTIVITY,
    DPA,
    LOCATION,
    ORGANISATION,
    SAFEGUARD,
    SERVICE,
    SERVICE_VENDOR,
    VENDOR,
)
from registry.exchange.problems import refusal
from registry.exchange.validation import validate_document
from registry.history import holdings
from registry.maintenance import clear_records
from registry.snapshot import cyclic_gc_paused
from registry.storage import advance_id_sequences, take_turns
from registry.usecases import current_user


def _table(entity: type[model.Base]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


VENDORS = _table(model.Vendor)
LOCATIONS = _table(model.Location)
SAFEGUARDS = _table(model.Safeguard)
DPAS = _table(model.Dpa)
SERVICES = _table(model.Service)
SERVICE_VENDORS = _table(model.ServiceVendor)
ACTIVITIES = _table(model.Activity)
ACTIVITY_VENDORS = _table(model.ActivityVendor)
ACTIVITY_SERVICES = _table(model.ActivityService)
ORGANISATIONS = _table(model.Organisation)
CHANGES = _table(model.Change)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@dataclasses.dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import wrote: the number of rows of each kind."""

    vendors: int = 0
    services: int = 0
    activities: int = 0
    locations: int = 0
    safeguards: int = 0
    dpas: int = 0
    links: int = 0
    """Service-vendor, activity-vendor and activity-service links together."""

    def __str__(self) -> str:
        return ", ".join(
            (
                _count(self.vendors, "vendor", "vendors"),
                _count(self.services, "service", "services"),
                _count(self.activities, "activity", "activities"),
                _count(self.locations, "location", "locations"),
                _count(self.safeguards, "safeguard", "safeguards"),
                _count(self.dpas, "DPA", "DPAs"),
                _count(self.links, "link", "links"),
            )
        )


@dataclasses.dataclass
class _Rows:
    """The rows of a checked document, with ids assigned, ready for executemany."""

    vendors: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    locations: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    safeguards: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    dpas: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    services: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    service_vendors: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    activities: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    activity_vendors: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    activity_services: list[dict[str, Any]] = dataclasses.field(default_factory=list)

    def in_insert_order(self) -> list[tuple[Table, list[dict[str, Any]]]]:
        return [
            (VENDORS, _parents_first(self.vendors)),
            (LOCATIONS, self.locations),
            (SAFEGUARDS, self.safeguards),
            (DPAS, self.dpas),
            (SERVICES, self.services),
            (SERVICE_VENDORS, self.service_vendors),
            (ACTIVITIES, self.activities),
            (ACTIVITY_VENDORS, self.activity_vendors),
            (ACTIVITY_SERVICES, self.activity_services),
        ]

    def summary(self) -> ImportSummary:
        links = len(self.service_vendors) + len(self.activity_vendors)
        return ImportSummary(
            vendors=len(self.vendors),
            services=len(self.services),
            activities=len(self.activities),
            locations=len(self.locations),
            safeguards=len(self.safeguards),
            dpas=len(self.dpas),
            links=links + len(self.activity_services),
        )


def _parents_first(vendors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Vendor rows ordered so that a parent is inserted before its sub-processors."""
    parent_of = {row["id"]: row["parent_id"] for row in vendors}
    depth: dict[int, int] = {}
    for vid in parent_of:
        chain: list[int] = []
        current: int | None = vid
        while current is not None and current not in depth:
            chain.append(current)
            current = parent_of[current]
        level = -1 if current is None else depth[current]
        for member in reversed(chain):
            level += 1
            depth[member] = level
    return sorted(vendors, key=lambda row: depth[row["id"]])


def _ids(records: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    return {record["name"]: i for i, record in enumerate(records, 1)}


def _build_vendors(rows: _Rows, vendors: list[dict[str, Any]], now: dt.datetime) -> dict[str, int]:
    ids = _ids(vendors)
    for vid, vendor in enumerate(vendors, 1):
        row = VENDOR.to_db(vendor)
        parent = vendor.get("parent")
        row.update(
            id=vid,
            parent_id=None if parent is None else ids[parent],
            created_at=now,
            updated_at=now,
            row_version=model.new_row_version(),
        )
        rows.vendors.append(row)
        for loc in vendor.get("locations", ()):
            rows.locations.append(
                {"id": len(rows.locations) + 1, "vendor_id": vid, **LOCATION.to_db(loc)}
            )
        for safeguard in vendor.get("safeguards", ()):
            rows.safeguards.append(
                {"id": len(rows.safeguards) + 1, "vendor_id": vid, **SAFEGUARD.to_db(safeguard)}
            )
        if vendor.get("dpa") is not None:
            rows.dpas.append(
                {"id": len(rows.dpas) + 1, "vendor_id": vid, **DPA.to_db(vendor["dpa"])}
            )
    return ids


def _rows(doc: Mapping[str, Any], now: dt.datetime) -> _Rows:
    """The rows of a document that ``validate_document`` accepted."""
    rows = _Rows()
    vendor_ids = _build_vendors(rows, doc["vendors"], now)
    service_ids = _ids(doc["services"])
    for sid, service in enumerate(doc["services"], 1):
        rows.services.append({"id": sid, **SERVICE.to_db(service),
                              "row_version": model.new_row_version()})
        rows.service_vendors.extend(
            {
                "service_id": sid,
                "vendor_id": vendor_ids[link["vendor"]],
                **SERVICE_VENDOR.to_db(link),
            }
            for link in service.get("vendors", ())
        )
    for aid, activity in enumerate(doc["activities"], 1):
        rows.activities.append({"id": aid, **ACTIVITY.to_db(activity),
                                "row_version": model.new_row_version()})
        rows.activity_vendors.extend(
            {"activity_id": aid, "vendor_id": vendor_ids[name]}
            for name in activity.get("vendors", ())
        )
        rows.activity_services.extend(
            {"activity_id": aid, "service_id": service_ids[name]}
            for name in activity.get("services", ())
        )
    return rows


def _existing(session: Session) -> tuple[int, int, int]:
    """How many vendors, services and activities the registry holds."""
    count = select(func.count())
    return (
        session.scalar(count.select_from(VENDORS)) or 0,
        session.scalar(count.select_from(SERVICES)) or 0,
        session.scalar(count.select_from(ACTIVITIES)) or 0,
    )


def _describe_existing(counts: tuple[int, int, int]) -> str:
    vendors, services, activities = counts
    return (
        f"{_count(vendors, 'vendor', 'vendors')}, {_count(services, 'service', 'services')} "
        f"and {_count(activities, 'processing activity', 'processing activities')}"
    )


def _upsert_organisation(session: Session, organisation: Mapping[str, Any]) -> None:
    values = ORGANISATION.to_db(organisation)
    if session.scalar(select(ORGANISATIONS.c.id).where(ORGANISATIONS.c.id == 1)) is None:
        session.execute(insert(ORGANISATIONS).values(id=1, **values))
    else:
        session.execute(update(ORGANISATIONS).where(ORGANISATIONS.c.id == 1).values(**values))


def _removed(session: Session, source: str, who: str, now: dt.datetime
             ) -> list[dict[str, Any]]:
    """A row of history for every record an import that replaces the registry removes."""
    return [
        {"at": now, "who": who, "entity": kind, "entity_id": record_id, "record": name[:300],
         "action": "replace", "field": "", "new": source}
        for kind, table in (("vendor", VENDORS), ("service", SERVICES),
                            ("activity", ACTIVITIES))
        for record_id, name in session.execute(select(table.c.id, table.c.name)
                                               .order_by(table.c.id))
    ]


def _imported(rows: _Rows, organisation: str, source: str, who: str, now: dt.datetime
              ) -> list[dict[str, Any]]:
    """A row of history for every record an import writes."""
    made = [("organisation", 1, organisation)] + [
        (kind, row["id"], row["name"])
        for kind, records in (("vendor", rows.vendors), ("service", rows.services),
                              ("activity", rows.activities))
        for row in records
    ]
    return [
        {"at": now, "who": who, "entity": kind, "entity_id": record_id, "record": name[:300],
         "action": "import", "field": "", "new": source}
        for kind, record_id, name in made
    ]


def import_document(
    session: Session, doc: Mapping[str, Any], *, replace: bool = False, source: str = ""
) -> ImportSummary:
    """Import a whole registry from an exchange document, in the caller's transaction.

    The document is checked first; nothing is written unless it has no problem at all.

    Args:
        session: the session of the use case; it is not committed here.
        doc: the document, as ``read_document`` returns it.
        replace: delete the vendors, services and activities the registry already holds.
            Without it, a registry that holds any is left alone.
        source: where the document came from (a file's name), for the history.

    Returns:
        How many records of each kind were written.

    Raises:
        UserError: when the document has problems (listed in ``problems``), or when the
            registry is not empty and ``replace`` is false.
    """
    with cyclic_gc_paused():  # tens of thousands of rows, none of them in a cycle
        problems = validate_document(doc)
    if problems:
        raise refusal(problems)
    take_turns(session)  # another program's import into the same empty registry waits
    existing = _existing(session)
    if any(existing) and not replace:
        raise UserError(
            f"The registry already holds {_describe_existing(existing)}, so the file was "
            "not imported. Import with --replace to replace the whole registry with the file."
        )
    now = model.utcnow()
    who = current_user()[:100]
    history: list[dict[str, Any]] = []
    if any(existing):
        history = _removed(session, source, who, now)
        clear_records(session)
    _upsert_organisation(session, doc["organisation"])
    with cyclic_gc_paused():
        rows = _rows(doc, now)
        for table, table_rows in rows.in_insert_order():
            if table_rows:
                session.execute(insert(table), table_rows)
        history += _imported(rows, str(doc["organisation"].get("name", "")), source, who, now)
        session.execute(insert(CHANGES), history)
    advance_id_sequences(session, (VENDORS, LOCATIONS, SAFEGUARDS, DPAS, SERVICES, ACTIVITIES))
    summary = rows.summary()
    session.execute(
        insert(CHANGES).values(
            at=now,
            who=who,
            entity="registry",
            record=source[:300],
            action="import",
            old=holdings(*existing) if any(existing) else None,
            new=holdings(summary.vendors, summary.services, summary.activities),
        )
    )
    session.expire_all()
    return summary
