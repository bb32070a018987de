"""Every change the app makes to the registry: create, update, delete, restore, and the history
they record (read as people read it by :mod:`registry.history`).

The UI never writes to the database itself. It reads a record into a plain, editable form
(:mod:`registry.forms`) with :func:`load_vendor_form` and friends, lets the user change it,
asks :mod:`registry.checks_of_records` what is wrong with it, and hands the form back to
:func:`create_vendor` or :func:`update_vendor`. Those check again and raise
:class:`~registry.errors.UserError` rather than write anything invalid; the schema's
constraints back this up.

Every function takes the :class:`~sqlalchemy.orm.Session` of one user action and never
commits: :meth:`registry.storage.Registry.session` does that at the end of the action.

Every change is recorded as :class:`~registry.model.Change` rows: one for a create, delete or
restore, and one per changed field for an update (a link to another record with that record's
name, so that it reads the same when the record is renamed or gone).

Deleting returns a :class:`DeletedRecords` that holds everything needed to put the records
back exactly, links included; :func:`restore` does so, under the old ids where they are free.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import getpass
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import Any, TypeAlias

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from registry import model
from registry.checks_of_records import (
    Problems,
    existing_ids,
    field_problem,
    name_problem,
    validate_activity,
    validate_organisation,
    validate_service,
    validate_vendor,
)
from registry.errors import ConflictError, UserError
from registry.forms import (
    ACTIVITY_COLUMNS,
    DPA_COLUMNS,
    ORGANISATION_COLUMNS,
    SAFEGUARD_COLUMNS,
    VENDOR_COLUMNS,
    ActivityForm,
    DpaForm,
    Kind,
    LocationForm,
    OrganisationForm,
    RecordForm,
    SafeguardForm,
    ServiceForm,
    VendorForm,
    clean_activity,
    clean_organisation,
    clean_service,
    clean_vendor,
)
from registry.messages import Join, Message, Sentence, msg, sentence

ORGANISATION_ID = 1


# --- deleted records -----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class DeletedRecord:
    """One deleted record with everything needed to put it back."""

    id: int
    form: RecordForm
    activity_ids: tuple[int, ...] = ()
    """For vendors and services: the activities that named it."""
    created_at: dt.datetime | None = None

    @property
    def name(self) -> str:
        return self.form.name


@dataclasses.dataclass(frozen=True)
class DeletedRecords:
    """What :func:`delete_vendors` (and friends) removed, for :func:`restore`."""

    kind: Kind
    records: tuple[DeletedRecord, ...]

    @property
    def ids(self) -> list[int]:
        return [r.id for r in self.records]

    @property
    def names(self) -> list[str]:
        return [r.name for r in self.records]

    def references(self) -> set[tuple[Kind, int]]:
        """The other records these link to: they must exist again when restoring."""
        own = {(self.kind, r.id) for r in self.records}
        found: set[tuple[Kind, int]] = set()
        for record in self.records:
            found.update(("activity", a) for a in record.activity_ids)
            form = record.form
            if isinstance(form, VendorForm):
                if form.parent_id is not None:
                    found.add(("vendor", form.parent_id))
                found.update(("service", sid) for sid, _ in form.services)
            elif isinstance(form, ServiceForm):
                found.update(("vendor", vid) for vid, _ in form.vendors)
            else:
                found.update(("vendor", vid) for vid in form.vendor_ids)
                found.update(("service", sid) for sid in form.service_ids)
        return found - own


Resolve: TypeAlias = Callable[[Kind, int], int]
"""Maps the id a linked record had when deleting to its id now."""


def _same_id(_kind: Kind, record_id: int) -> int:
    return record_id


# --- history -------------------------------------------------------------------------------


def current_user() -> str:
    """Who is making the change, for the history."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _text(value: Any) -> str | None:
    """A field value as stored in the history: plain text for scalars, JSON for the rest."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False, default=_json_default, sort_keys=True)


def _json_default(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot record {type(value).__name__} in the history")


def _log(
    session: Session, entity: str, entity_id: int | None, record: str, action: str,
    field: str = "", old: str | None = None, new: str | None = None,
) -> None:
    session.add(model.Change(
        who=current_user()[:100], entity=entity, entity_id=entity_id, record=record[:300],
        action=action, field=field, old=old, new=new,
    ))


def _log_update(
    session: Session, entity: str, entity_id: int, record: str, before: Any, after: Any
) -> None:
    for field in dataclasses.fields(after):
        if not field.compare:
            continue
        old, new = getattr(before, field.name), getattr(after, field.name)
        if old != new:
            link = _LINKS.get((entity, field.name))
            if link is not None:
                old, new = _named(session, link, old), _named(session, link, new)
            _log(session, entity, entity_id, record, "update", field.name, _text(old), _text(new))


_LINKS: dict[tuple[str, str], Kind] = {
    ("vendor", "parent_id"): "vendor",
    ("vendor", "services"): "service",
    ("service", "vendors"): "vendor",
    ("activity", "vendor_ids"): "vendor",
    ("activity", "service_ids"): "service",
}
"""The fields of forms that link to other records by id, and the kind of those records."""


def _named(session: Session, kind: Kind, value: Any) -> Any:
    """A link as the history keeps it: each record's id with its name now, so that the
    history reads as it was when the record is renamed or deleted later (``{"id": 7,
    "name": "AWS"}``; with a purpose, ``{"id": 3, "name": "Helpdesk", "purpose": "…"}``)."""
    if value is None:
        return None
    links = value if isinstance(value, list) else [value]
    ids = [link[0] if isinstance(link, tuple | list) else link for link in links]
    names = record_names(session, kind, ids)
    named: list[dict[str, Any]] = []
    for link, record_id in zip(links, ids, strict=True):
        item: dict[str, Any] = {"id": record_id, "name": names.get(record_id, "")}
        if isinstance(link, tuple | list):
            item["purpose"] = link[1]
        named.append(item)
    return named if isinstance(value, list) else named[0]


def _refuse(refusal: Message, problems: Problems) -> UserError:
    """The error that refuses a write: the refusal, then each problem with its field's name."""
    return UserError(
        Sentence(refusal),
        problems=[field_problem(key, problem) for key, problem in problems.items()],
    )


# --- vendors -------------------------------------------------------------------------------


def _vendor_form(vendor: model.Vendor) -> VendorForm:
    values = {name: getattr(vendor, name) for name in VENDOR_COLUMNS}
    values["former_names"] = list(vendor.former_names or [])
    values["certifications"] = list(vendor.certifications or [])
    values["descriptions"] = {str(k): str(v) for k, v in (vendor.descriptions or {}).items()}
    return VendorForm(
        **values,
        locations=[LocationForm(loc.country, loc.kind, loc.detail) for loc in vendor.locations],
        safeguards=[
            SafeguardForm(**{name: getattr(sg, name) for name in SAFEGUARD_COLUMNS})
            for sg in sorted(vendor.safeguards, key=lambda s: s.country)
        ],
        dpa=DpaForm(**{name: getattr(vendor.dpa, name) for name in DPA_COLUMNS})
        if vendor.dpa is not None else None,
        services=sorted((link.service_id, link.purpose) for link in vendor.service_links),
        row_version=vendor.row_version,
    )


def _get(session: Session, cls: type[Any], record_id: int, kind: Kind) -> Any:
    record = session.get(cls, record_id)
    if record is None:
        raise ConflictError(Sentence(msg(f"form.gone.{kind}")))
    return record


def _check_version(record: Any, expected: int | None, kind: Kind, known_as: str = "") -> None:
    """Refuse a save or delete of a record that changed since it was read at ``expected``.

    The refusal names the record as the person knows it (``known_as``: the name in their
    form or list): the record now under that id may be another one, with another name.
    """
    if expected is not None and record.row_version != expected:
        name = known_as.strip() or record.name
        raise ConflictError(Sentence(msg(f"form.changed.{kind}", name=name)))


def _refusal(kind: Kind, name: str) -> Message:
    """That a record cannot be saved, named when it has a name."""
    return msg(f"form.refused.{kind}_named", name=name) if name else msg(f"form.refused.{kind}")


def load_vendor_form(session: Session, vendor_id: int) -> VendorForm:
    """The vendor as an editable form, with the version it was read at.

    Raises:
        ConflictError: the vendor does not exist (any more).
    """
    return _vendor_form(_get(session, model.Vendor, vendor_id, "vendor"))


def _write_vendor(session: Session, vendor: model.Vendor, form: VendorForm) -> None:
    """Make ``vendor`` and its children match ``form`` (already cleaned and valid)."""
    if vendor.locations:
        # Rewritten whole: rows have no identity of their own, and deleting first keeps the
        # unique constraint on (vendor, country, kind, detail) happy when rows swap.
        vendor.locations.clear()
        session.flush()
    for name in VENDOR_COLUMNS:
        value = getattr(form, name)
        if isinstance(value, list | dict):
            value = copy.deepcopy(value)
        setattr(vendor, name, value)
    vendor.locations.extend(
        model.Location(country=loc.country, kind=loc.kind, detail=loc.detail)
        for loc in form.locations
    )
    existing = {sg.country: sg for sg in vendor.safeguards}
    wanted = {sg.country: sg for sg in form.safeguards}
    for country, row in existing.items():
        if country not in wanted:
            vendor.safeguards.remove(row)
    for country, sg in wanted.items():
        row = existing.get(country) or model.Safeguard(country=country)
        for name in SAFEGUARD_COLUMNS:
            setattr(row, name, getattr(sg, name))
        if country not in existing:
            vendor.safeguards.append(row)
    if form.dpa is None:
        vendor.dpa = None
    else:
        dpa = vendor.dpa or model.Dpa()
        for name in DPA_COLUMNS:
            setattr(dpa, name, getattr(form.dpa, name))
        vendor.dpa = dpa
    links = {link.service_id: link for link in vendor.service_links}
    purposes = dict(form.services)
    for service_id, link in links.items():
        if service_id not in purposes:
            vendor.service_links.remove(link)
    for service_id, purpose in purposes.items():
        if service_id in links:
            links[service_id].purpose = purpose
        else:
            vendor.service_links.append(model.ServiceVendor(service_id=service_id,
                                                            purpose=purpose))


def create_vendor(session: Session, form: VendorForm) -> int:
    """Add a vendor; its id.

    Raises:
        UserError: the form has problems (listed); nothing was written.
    """
    form = clean_vendor(form)
    problems = validate_vendor(session, form)
    if problems:
        raise _refuse(_refusal("vendor", form.name), problems)
    vendor = model.Vendor(name=form.name, country=form.country)
    session.add(vendor)
    _write_vendor(session, vendor, form)
    session.flush()
    _log(session, "vendor", vendor.id, vendor.name, "create")
    return vendor.id


def update_vendor(session: Session, vendor_id: int, form: VendorForm,
                  expected_version: int | None) -> None:
    """Save an edited vendor.

    Args:
        session: the session of the action.
        vendor_id: the vendor.
        form: its new state.
        expected_version: the ``row_version`` it was loaded at; None skips the check.

    Raises:
        ConflictError: somebody else changed or deleted the vendor since it was loaded.
        UserError: the form has problems; nothing was written.
    """
    vendor: model.Vendor = _get(session, model.Vendor, vendor_id, "vendor")
    _check_version(vendor, expected_version, "vendor", form.name)
    form = clean_vendor(form)
    problems = validate_vendor(session, form, vendor_id)
    if problems:
        raise _refuse(_refusal("vendor", vendor.name), problems)
    before = _vendor_form(vendor)
    _write_vendor(session, vendor, form)
    flag_modified(vendor, "name")  # a changed location alone must bump the version too
    session.flush()
    _log_update(session, "vendor", vendor.id, vendor.name, before, _vendor_form(vendor))


def delete_vendors(session: Session, ids: Iterable[int],
                   expected_versions: Mapping[int, int] | None = None,
                   names: Mapping[int, str] | None = None) -> DeletedRecords:
    """Delete vendors with their locations, safeguards, DPA and links.

    Args:
        session: the session of the action.
        ids: the vendors.
        expected_versions: vendor id to the version it must still have, where known.
        names: vendor id to the name the person knows it by (what their list showed), to
            name it in a refusal.

    Returns:
        Everything needed to :func:`restore` them.

    Raises:
        UserError: a vendor has sub-processors that are not deleted with it.
        ConflictError: a vendor is gone, or changed since the expected version.
    """
    vendors: list[model.Vendor] = [
        _get(session, model.Vendor, i, "vendor") for i in dict.fromkeys(ids)
    ]
    for vendor in vendors:
        _check_version(vendor, (expected_versions or {}).get(vendor.id), "vendor",
                       (names or {}).get(vendor.id, ""))
    doomed = {v.id for v in vendors}
    for vendor in vendors:
        kept = sorted((c.name for c in vendor.children if c.id not in doomed), key=str.casefold)
        if kept:
            key = "error.delete.sub_processor" if len(kept) == 1 else "error.delete.sub_processors"
            raise UserError(sentence(key, name=vendor.name, names=_quoted(kept)))
    records = tuple(
        DeletedRecord(v.id, _vendor_form(v), _activities_of(session, model.ActivityVendor,
                                                             "vendor_id", v.id), v.created_at)
        for v in vendors
    )
    for vendor in vendors:
        if vendor.parent_id in doomed:
            vendor.parent = None
    session.flush()
    for vendor in vendors:
        _log(session, "vendor", vendor.id, vendor.name, "delete")
        session.delete(vendor)
    session.flush()
    return DeletedRecords("vendor", records)


def _quoted(items: Sequence[str]) -> Message:
    """Names in quotation marks, as a list: "A", "B" and "C" (each language its own)."""
    quoted = [msg("error.quoted", name=item) for item in items]
    if len(quoted) == 1:
        return quoted[0]
    return msg("error.and", first=Join(tuple(quoted[:-1]), "comma"), last=quoted[-1])


def _activities_of(session: Session, link: type[model.ActivityVendor | model.ActivityService],
                   column: str, record_id: int) -> tuple[int, ...]:
    col = getattr(link, column)
    return tuple(sorted(session.scalars(select(link.activity_id).where(col == record_id))))


# --- services ------------------------------------------------------------------------------


def _service_form(service: model.Service) -> ServiceForm:
    return ServiceForm(
        name=service.name, description=service.description,
        vendors=sorted((link.vendor_id, link.purpose) for link in service.vendor_links),
        row_version=service.row_version,
    )


def load_service_form(session: Session, service_id: int) -> ServiceForm:
    """The service as an editable form (see :func:`load_vendor_form`)."""
    return _service_form(_get(session, model.Service, service_id, "service"))


def _write_service(service: model.Service, form: ServiceForm) -> None:
    service.name = form.name
    service.description = form.description
    links = {link.vendor_id: link for link in service.vendor_links}
    purposes = dict(form.vendors)
    for vendor_id, link in links.items():
        if vendor_id not in purposes:
            service.vendor_links.remove(link)
    for vendor_id, purpose in purposes.items():
        if vendor_id in links:
            links[vendor_id].purpose = purpose
        else:
            service.vendor_links.append(model.ServiceVendor(vendor_id=vendor_id, purpose=purpose))


def create_service(session: Session, form: ServiceForm) -> int:
    """Add a service; its id (see :func:`create_vendor`)."""
    form = clean_service(form)
    problems = validate_service(session, form)
    if problems:
        raise _refuse(_refusal("service", form.name), problems)
    service = model.Service(name=form.name)
    session.add(service)
    _write_service(service, form)
    session.flush()
    _log(session, "service", service.id, service.name, "create")
    return service.id


def update_service(session: Session, service_id: int, form: ServiceForm,
                   expected_version: int | None) -> None:
    """Save an edited service (see :func:`update_vendor`)."""
    service: model.Service = _get(session, model.Service, service_id, "service")
    _check_version(service, expected_version, "service", form.name)
    form = clean_service(form)
    problems = validate_service(session, form, service_id)
    if problems:
        raise _refuse(_refusal("service", service.name), problems)
    before = _service_form(service)
    _write_service(service, form)
    flag_modified(service, "name")
    session.flush()
    _log_update(session, "service", service.id, service.name, before, _service_form(service))


def delete_services(session: Session, ids: Iterable[int],
                    expected_versions: Mapping[int, int] | None = None,
                    names: Mapping[int, str] | None = None) -> DeletedRecords:
    """Delete services with their vendor and activity links (see :func:`delete_vendors`)."""
    services: list[model.Service] = [
        _get(session, model.Service, i, "service") for i in dict.fromkeys(ids)
    ]
    records = []
    for service in services:
        _check_version(service, (expected_versions or {}).get(service.id), "service",
                       (names or {}).get(service.id, ""))
        records.append(DeletedRecord(
            service.id, _service_form(service),
            _activities_of(session, model.ActivityService, "service_id", service.id),
        ))
    for service in services:
        _log(session, "service", service.id, service.name, "delete")
        session.delete(service)
    session.flush()
    return DeletedRecords("service", tuple(records))


# --- activities ----------------------------------------------------------------------------


def _activity_form(activity: model.Activity) -> ActivityForm:
    values = {name: copy.deepcopy(getattr(activity, name)) for name in ACTIVITY_COLUMNS}
    return ActivityForm(
        **values,
        vendor_ids=sorted(link.vendor_id for link in activity.vendor_links),
        service_ids=sorted(link.service_id for link in activity.service_links),
        row_version=activity.row_version,
    )


def load_activity_form(session: Session, activity_id: int) -> ActivityForm:
    """The processing activity as an editable form (see :func:`load_vendor_form`)."""
    return _activity_form(_get(session, model.Activity, activity_id, "activity"))


def _write_activity(activity: model.Activity, form: ActivityForm) -> None:
    for name in ACTIVITY_COLUMNS:
        setattr(activity, name, copy.deepcopy(getattr(form, name)))
    vendors = {link.vendor_id: link for link in activity.vendor_links}
    for vendor_id, vendor_link in vendors.items():
        if vendor_id not in form.vendor_ids:
            activity.vendor_links.remove(vendor_link)
    activity.vendor_links.extend(
        model.ActivityVendor(vendor_id=v) for v in form.vendor_ids if v not in vendors
    )
    services = {link.service_id: link for link in activity.service_links}
    for service_id, service_link in services.items():
        if service_id not in form.service_ids:
            activity.service_links.remove(service_link)
    activity.service_links.extend(
        model.ActivityService(service_id=s) for s in form.service_ids if s not in services
    )


def create_activity(session: Session, form: ActivityForm) -> int:
    """Add a processing activity; its id (see :func:`create_vendor`)."""
    form = clean_activity(form)
    problems = validate_activity(session, form)
    if problems:
        raise _refuse(_refusal("activity", form.name), problems)
    activity = model.Activity(name=form.name)
    session.add(activity)
    _write_activity(activity, form)
    session.flush()
    _log(session, "activity", activity.id, activity.name, "create")
    return activity.id


def update_activity(session: Session, activity_id: int, form: ActivityForm,
                    expected_version: int | None) -> None:
    """Save an edited processing activity (see :func:`update_vendor`)."""
    activity: model.Activity = _get(session, model.Activity, activity_id, "activity")
    _check_version(activity, expected_version, "activity", form.name)
    form = clean_activity(form)
    problems = validate_activity(session, form, activity_id)
    if problems:
        raise _refuse(_refusal("activity", activity.name), problems)
    before = _activity_form(activity)
    _write_activity(activity, form)
    flag_modified(activity, "name")
    session.flush()
    _log_update(session, "activity", activity.id, activity.name, before,
                _activity_form(activity))


def delete_activities(session: Session, ids: Iterable[int],
                      expected_versions: Mapping[int, int] | None = None,
                      names: Mapping[int, str] | None = None) -> DeletedRecords:
    """Delete processing activities with their links (see :func:`delete_vendors`)."""
    activities: list[model.Activity] = [
        _get(session, model.Activity, i, "activity") for i in dict.fromkeys(ids)
    ]
    records = []
    for activity in activities:
        _check_version(activity, (expected_versions or {}).get(activity.id),
                       "activity", (names or {}).get(activity.id, ""))
        records.append(DeletedRecord(activity.id, _activity_form(activity)))
    for activity in activities:
        _log(session, "activity", activity.id, activity.name, "delete")
        session.delete(activity)
    session.flush()
    return DeletedRecords("activity", tuple(records))


# --- restore -------------------------------------------------------------------------------


def restore(session: Session, deleted: DeletedRecords,
            resolve: Resolve | None = None) -> dict[int, int]:
    """Put deleted records back exactly as they were, with all their links.

    Each record gets its old id back when that id is still free, else a new one. Links to
    records that no longer exist (somebody else deleted them since) are left out.

    Args:
        session: the session of the action.
        deleted: what a ``delete_*`` function returned.
        resolve: maps the ids of linked records at deletion time to their ids now, when
            they were themselves deleted and restored under new ids in between.

    Returns:
        Old id to new id of every restored record.

    Raises:
        UserError: a record of the same name exists again.
    """
    resolve = resolve or _same_id
    cls = _MODELS[deleted.kind]
    for record in deleted.records:
        problem = name_problem(session, cls, record.name, None, deleted.kind)
        if problem:
            raise UserError(sentence("error.restore.refused", name=record.name,
                                     problem=problem.text))
    ids: dict[int, int] = {}
    for record in _parents_first(deleted.records):
        row = cls(name=record.name)
        if isinstance(row, model.Vendor) and isinstance(record.form, VendorForm):
            row.country = record.form.country
        if session.get(cls, record.id) is None:
            row.id = record.id
        if record.created_at is not None and isinstance(row, model.Vendor):
            row.created_at = record.created_at
        session.add(row)
        session.flush()
        ids[record.id] = row.id

    def now(kind: Kind, old: int) -> int | None:
        """The id of a linked record now, or None when it is gone."""
        if kind == deleted.kind and old in ids:
            return ids[old]
        new = resolve(kind, old)
        return new if existing_ids(session, _MODELS[kind], [new]) else None

    for record in deleted.records:
        _restore_one(session, deleted.kind, ids[record.id], record, now)
        _log(session, deleted.kind, ids[record.id], record.name, "restore")
    session.flush()
    return ids


def _parents_first(records: Sequence[DeletedRecord]) -> list[DeletedRecord]:
    by_id = {r.id: r for r in records}

    def depth(record: DeletedRecord) -> int:
        seen: set[int] = set()
        parent = record.form.parent_id if isinstance(record.form, VendorForm) else None
        while parent in by_id and parent not in seen:
            seen.add(parent)
            form = by_id[parent].form
            parent = form.parent_id if isinstance(form, VendorForm) else None
        return len(seen)

    return sorted(records, key=depth)


def _restore_one(session: Session, kind: Kind, new_id: int, record: DeletedRecord,
                 now: Callable[[Kind, int], int | None]) -> None:
    def present(link_kind: Kind, old_ids: Iterable[int]) -> list[int]:
        found = (now(link_kind, i) for i in old_ids)
        return [i for i in found if i is not None]

    form = record.form
    if isinstance(form, VendorForm):
        vendor = session.get(model.Vendor, new_id)
        assert vendor is not None
        services = [(now("service", sid), purpose) for sid, purpose in form.services]
        parent = now("vendor", form.parent_id) if form.parent_id is not None else None
        _write_vendor(session, vendor, dataclasses.replace(
            form, parent_id=parent,
            services=[(sid, purpose) for sid, purpose in services if sid is not None],
        ))
        session.add_all(model.ActivityVendor(activity_id=a, vendor_id=new_id)
                        for a in present("activity", record.activity_ids))
    elif isinstance(form, ServiceForm):
        service = session.get(model.Service, new_id)
        assert service is not None
        vendors = [(now("vendor", vid), purpose) for vid, purpose in form.vendors]
        _write_service(service, dataclasses.replace(
            form, vendors=[(vid, purpose) for vid, purpose in vendors if vid is not None]
        ))
        session.add_all(model.ActivityService(activity_id=a, service_id=new_id)
                        for a in present("activity", record.activity_ids))
    else:
        activity = session.get(model.Activity, new_id)
        assert activity is not None
        _write_activity(activity, dataclasses.replace(
            form, vendor_ids=present("vendor", form.vendor_ids),
            service_ids=present("service", form.service_ids),
        ))


# --- the organisation ----------------------------------------------------------------------


def _organisation_form(org: model.Organisation | None) -> OrganisationForm:
    if org is None:
        return OrganisationForm()
    return OrganisationForm(**{name: getattr(org, name) for name in ORGANISATION_COLUMNS})


def load_organisation_form(session: Session) -> OrganisationForm:
    """The organisation's details; defaults when none are recorded yet."""
    return _organisation_form(session.get(model.Organisation, ORGANISATION_ID))


def save_organisation(session: Session, form: OrganisationForm,
                      expected: OrganisationForm | None = None) -> None:
    """Save the organisation's details.

    Saving the empty defaults (:class:`OrganisationForm` as constructed) removes the details,
    as before anything was recorded.

    Args:
        session: the session of the action.
        form: the new details.
        expected: the details as they were loaded; when given and the stored details differ,
            somebody else saved first.

    Raises:
        ConflictError: the details changed since ``expected``.
        UserError: the form has problems; nothing was written.
    """
    org = session.get(model.Organisation, ORGANISATION_ID)
    before = _organisation_form(org)
    if expected is not None and before != clean_organisation(expected):
        raise ConflictError(Sentence(msg("form.changed.organisation")))
    form = clean_organisation(form)
    if form == OrganisationForm():
        # Back to "nothing recorded yet" (undoing the first save), which is not an error.
        if org is not None:
            session.delete(org)
            session.flush()
            _log_update(session, "organisation", ORGANISATION_ID, before.name, before, form)
        return
    problems = validate_organisation(form)
    if problems:
        raise _refuse(msg("form.refused.organisation"), problems)
    if org is None:
        org = model.Organisation(id=ORGANISATION_ID)
        session.add(org)
    for name in ORGANISATION_COLUMNS:
        setattr(org, name, getattr(form, name))
    session.flush()
    _log_update(session, "organisation", ORGANISATION_ID, org.name, before, form)


# --- by kind -------------------------------------------------------------------------------

_MODELS: dict[Kind, type[model.Vendor | model.Service | model.Activity]] = {
    "vendor": model.Vendor, "service": model.Service, "activity": model.Activity,
}


def load_form(session: Session, kind: Kind, record_id: int) -> RecordForm:
    """The record of ``kind`` as an editable form."""
    loaders: dict[Kind, Callable[[Session, int], RecordForm]] = {
        "vendor": load_vendor_form, "service": load_service_form,
        "activity": load_activity_form,
    }
    return loaders[kind](session, record_id)


def create(session: Session, kind: Kind, form: RecordForm) -> int:
    """Add a record of ``kind``; its id."""
    _check_kind(kind, form)
    if isinstance(form, VendorForm):
        return create_vendor(session, form)
    if isinstance(form, ServiceForm):
        return create_service(session, form)
    return create_activity(session, form)


def update(session: Session, kind: Kind, record_id: int, form: RecordForm,
           expected_version: int | None) -> None:
    """Save an edited record of ``kind``."""
    _check_kind(kind, form)
    if isinstance(form, VendorForm):
        update_vendor(session, record_id, form, expected_version)
    elif isinstance(form, ServiceForm):
        update_service(session, record_id, form, expected_version)
    else:
        update_activity(session, record_id, form, expected_version)


def delete(session: Session, kind: Kind, ids: Iterable[int],
           expected_versions: Mapping[int, int] | None = None,
           names: Mapping[int, str] | None = None) -> DeletedRecords:
    """Delete records of ``kind`` (see :func:`delete_vendors`)."""
    deleters: dict[Kind, Callable[..., DeletedRecords]] = {
        "vendor": delete_vendors, "service": delete_services, "activity": delete_activities,
    }
    return deleters[kind](session, ids, expected_versions, names)


def record_version(session: Session, kind: Kind, record_id: int) -> int | None:
    """The stored ``row_version`` of a record (after pending changes), None when it is gone."""
    session.flush()
    cls = _MODELS[kind]
    version: int | None = session.scalar(select(cls.row_version).where(cls.id == record_id))
    return version


def record_names(session: Session, kind: Kind, ids: Iterable[int]) -> dict[int, str]:
    """The names of records of ``kind`` by id (missing ids are left out)."""
    cls = _MODELS[kind]
    wanted = list(ids)
    return {i: n for i, n in session.execute(select(cls.id, cls.name).where(cls.id.in_(wanted)))}


def _check_kind(kind: Kind, form: RecordForm) -> None:
    expected = {"vendor": VendorForm, "service": ServiceForm, "activity": ActivityForm}[kind]
    if not isinstance(form, expected):
        raise TypeError(f"a {kind} needs a {expected.__name__}, not {type(form).__name__}")
