"""Every change the app makes to the registry: forms, validation, create, update, delete, restore.

The UI never writes to the database itself. It reads a record into a plain, editable *form*
(:class:`VendorForm`, :class:`ServiceForm`, :class:`ActivityForm`, :class:`OrganisationForm`),
lets the user change it, asks :func:`validate_vendor` and friends what is wrong (a sentence per
field, keyed like ``"name"`` or ``"locations[2].country"`` so that an editor can show it next
to the field), and hands the form back to :func:`create_vendor` or :func:`update_vendor`.
Those validate again and raise :class:`~registry.errors.UserError` rather than write anything
invalid; the schema's constraints back this up.

The sentences are :class:`~registry.messages.Sentence` s: English as plain strings, and worded
in the user's language by the editors (the words are in :mod:`registry.form_texts`).

Every function takes the :class:`~sqlalchemy.orm.Session` of one user action and never
commits: :meth:`registry.storage.Registry.session` does that at the end of the action.

Every change is recorded as :class:`~registry.model.Change` rows: one for a create, delete or
restore, and one per changed field for an update.

Deleting returns a :class:`DeletedRecords` that holds everything needed to put the records
back exactly, links included; :func:`restore` does so, under the old ids where they are free.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import getpass
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import Any, Literal, TypeAlias, TypeVar

from sqlalchemy import LargeBinary, Select, String, cast, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from registry import model
from registry.enums import (
    LANGUAGES,
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
from registry.errors import ConflictError, UserError
from registry.form_texts import FORM_TABLES
from registry.messages import Country, Join, Message, Sentence, msg, names, render, sentence
from registry.snapshot import DpaRow, LocationRow, SafeguardRow, VendorRow
from registry.validation import (
    check_country,
    check_email,
    check_name,
    check_registration,
    check_url,
)

Kind: TypeAlias = Literal["vendor", "service", "activity"]
"""The kinds of record that can be created, deleted and restored."""

Problems: TypeAlias = dict[str, Sentence]
"""Field key (``"name"``, ``"locations[2].country"``) to a sentence saying what is wrong."""

ORGANISATION_ID = 1


# --- forms ---------------------------------------------------------------------------------


@dataclasses.dataclass
class LocationForm:
    """Where a vendor processes, stores or can access the data."""

    country: str = ""
    kind: LocationKind = LocationKind.HOSTING
    detail: str = ""


@dataclasses.dataclass
class SafeguardForm:
    """How one third-country destination of a vendor is covered."""

    country: str = ""
    mechanism: Mechanism = Mechanism.SCC_2021
    scc_module: int | None = None
    derogation: Derogation | None = None
    dpf_certified: bool = False
    dpf_checked: dt.date | None = None
    tia_date: dt.date | None = None
    tia_outcome: TiaOutcome | None = None
    supplementary_measures: str = ""
    documents: str = ""


@dataclasses.dataclass
class DpaForm:
    """The data processing agreement with a vendor."""

    signed_date: dt.date | None = None
    version: str = ""
    reference: str = ""
    review_date: dt.date | None = None
    notice_days: int | None = None


@dataclasses.dataclass
class VendorForm:
    """Every editable field of a vendor, with its locations, safeguards, DPA and services.

    ``row_version`` is the version the form was loaded at (None for a new vendor); it is not
    compared, so two forms with the same content are equal.
    """

    name: str = ""
    legal_name: str = ""
    former_names: list[str] = dataclasses.field(default_factory=list)
    registration_number: str = ""
    address: str = ""
    country: str = ""
    website: str = ""
    privacy_url: str = ""
    dpa_url: str = ""
    contact_email: str = ""
    role: VendorRole = VendorRole.PROCESSOR
    status: VendorStatus = VendorStatus.ACTIVE
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    parent_id: int | None = None
    descriptions: dict[str, str] = dataclasses.field(default_factory=dict)
    internal_notes: str = ""
    certifications: list[str] = dataclasses.field(default_factory=list)
    last_reviewed: dt.date | None = None
    next_review: dt.date | None = None
    locations: list[LocationForm] = dataclasses.field(default_factory=list)
    safeguards: list[SafeguardForm] = dataclasses.field(default_factory=list)
    dpa: DpaForm | None = None
    services: list[tuple[int, str]] = dataclasses.field(default_factory=list)
    """``(service_id, purpose)``: the services that use this vendor, and for what."""
    row_version: int | None = dataclasses.field(default=None, compare=False)


@dataclasses.dataclass
class ServiceForm:
    """A service of the organisation and the vendors it uses, each with a purpose."""

    name: str = ""
    description: str = ""
    vendors: list[tuple[int, str]] = dataclasses.field(default_factory=list)
    """``(vendor_id, purpose)``."""
    row_version: int | None = dataclasses.field(default=None, compare=False)


@dataclasses.dataclass
class ActivityForm:
    """Every Article 30 field of a processing activity, with its vendors and services."""

    name: str = ""
    role: ActivityRole = ActivityRole.CONTROLLER
    business_function: str = ""
    purposes: str = ""
    legal_basis: LegalBasis | None = None
    legal_basis_detail: str = ""
    legitimate_interests: str = ""
    art9_condition: Art9Condition = Art9Condition.NONE
    data_subjects: list[str] = dataclasses.field(default_factory=list)
    data_categories: list[str] = dataclasses.field(default_factory=list)
    recipients: list[str] = dataclasses.field(default_factory=list)
    retention: list[dict[str, str]] = dataclasses.field(default_factory=list)
    """``[{"category": ..., "period": ...}]``."""
    security_measures: str = ""
    source: str = ""
    rights: str = ""
    automated_decisions: str = ""
    transfer_notes: str = ""
    dpia_status: DpiaStatus = DpiaStatus.NOT_REQUIRED
    dpia_link: str = ""
    controllers: list[dict[str, str]] = dataclasses.field(default_factory=list)
    """``[{"name": ..., "contact": ...}]`` for processor activities."""
    joint_controllers: str = ""
    last_reviewed: dt.date | None = None
    next_review: dt.date | None = None
    vendor_ids: list[int] = dataclasses.field(default_factory=list)
    service_ids: list[int] = dataclasses.field(default_factory=list)
    row_version: int | None = dataclasses.field(default=None, compare=False)


@dataclasses.dataclass
class OrganisationForm:
    """The organisation keeping the registry."""

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


RecordForm: TypeAlias = VendorForm | ServiceForm | ActivityForm
AnyForm: TypeAlias = VendorForm | ServiceForm | ActivityForm | OrganisationForm
F = TypeVar("F", bound=AnyForm)

_VENDOR_NESTED = frozenset({"locations", "safeguards", "dpa", "services", "row_version"})
VENDOR_COLUMNS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(VendorForm) if f.name not in _VENDOR_NESTED
)
ACTIVITY_COLUMNS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(ActivityForm)
    if f.name not in ("vendor_ids", "service_ids", "row_version")
)
ORGANISATION_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(OrganisationForm))
SAFEGUARD_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(SafeguardForm))
DPA_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(DpaForm))


def copy_form(form: F) -> F:
    """A deep copy of a form (forms are mutable; commands keep their own copies)."""
    return copy.deepcopy(form)


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
            _log(session, entity, entity_id, record, "update", field.name, _text(old), _text(new))


def history(session: Session, entity: str, entity_id: int) -> list[model.Change]:
    """The recorded changes of one record, oldest first."""
    return list(session.scalars(
        select(model.Change)
        .where(model.Change.entity == entity, model.Change.entity_id == entity_id)
        .order_by(model.Change.id)
    ))


# --- cleaning and checking -----------------------------------------------------------------


def _strip_list(values: Iterable[str]) -> list[str]:
    return [v.strip() for v in values if v.strip()]


def _clean_country(code: str) -> str:
    return code.strip().upper()


def clean_vendor(form: VendorForm) -> VendorForm:
    """The form as it would be stored: names trimmed, codes upper case, empty lines gone."""
    return dataclasses.replace(
        form,
        name=form.name.strip(),
        legal_name=form.legal_name.strip(),
        former_names=_strip_list(form.former_names),
        registration_number=form.registration_number.strip(),
        country=_clean_country(form.country),
        website=form.website.strip(),
        privacy_url=form.privacy_url.strip(),
        dpa_url=form.dpa_url.strip(),
        contact_email=form.contact_email.strip(),
        descriptions={k: v for k, v in form.descriptions.items() if v.strip()},
        certifications=_strip_list(form.certifications),
        locations=[
            dataclasses.replace(loc, country=_clean_country(loc.country), detail=loc.detail.strip())
            for loc in form.locations
        ],
        safeguards=[
            dataclasses.replace(sg, country=_clean_country(sg.country)) for sg in form.safeguards
        ],
        dpa=dataclasses.replace(form.dpa, version=form.dpa.version.strip()) if form.dpa else None,
        services=[(sid, purpose.strip()) for sid, purpose in form.services],
    )


def vendor_as_saved(form: VendorForm, vendor_id: int = 0) -> VendorRow:
    """The vendor as a snapshot would read it once ``form`` is saved (for the assessment of
    a form not saved yet; its own rows are numbered 0)."""
    form = clean_vendor(form)
    columns = {name: copy.deepcopy(getattr(form, name)) for name in VENDOR_COLUMNS}
    return VendorRow(
        id=vendor_id,
        **columns,
        row_version=form.row_version or 0,
        locations=tuple(LocationRow(0, vendor_id, loc.country, loc.kind, loc.detail)
                        for loc in form.locations),
        safeguards=tuple(
            SafeguardRow(0, vendor_id, **{name: getattr(sg, name) for name in SAFEGUARD_COLUMNS})
            for sg in form.safeguards),
        dpa=DpaRow(0, vendor_id, **{name: getattr(form.dpa, name) for name in DPA_COLUMNS})
        if form.dpa is not None else None,
    )


def clean_service(form: ServiceForm) -> ServiceForm:
    """The form as it would be stored."""
    return dataclasses.replace(
        form, name=form.name.strip(),
        vendors=[(vid, purpose.strip()) for vid, purpose in form.vendors],
    )


def _clean_rows(rows: Iterable[Mapping[str, str]], keys: Sequence[str]) -> list[dict[str, str]]:
    cleaned = [{k: str(row.get(k, "")).strip() for k in keys} for row in rows]
    return [row for row in cleaned if any(row.values())]


def clean_activity(form: ActivityForm) -> ActivityForm:
    """The form as it would be stored."""
    return dataclasses.replace(
        form,
        name=form.name.strip(),
        business_function=form.business_function.strip(),
        data_subjects=_strip_list(form.data_subjects),
        data_categories=_strip_list(form.data_categories),
        recipients=_strip_list(form.recipients),
        retention=_clean_rows(form.retention, ("category", "period")),
        controllers=_clean_rows(form.controllers, ("name", "contact")),
        dpia_link=form.dpia_link.strip(),
        vendor_ids=sorted(dict.fromkeys(form.vendor_ids)),
        service_ids=sorted(dict.fromkeys(form.service_ids)),
    )


def clean_organisation(form: OrganisationForm) -> OrganisationForm:
    """The form as it would be stored."""
    return dataclasses.replace(
        form,
        name=form.name.strip(),
        registration_number=form.registration_number.strip(),
        country=_clean_country(form.country),
        email=form.email.strip(),
        dpo_email=form.dpo_email.strip(),
        website=form.website.strip(),
    )


class _Checker:
    """Collects one sentence per field key; the first problem of a field wins."""

    def __init__(self) -> None:
        self.problems: Problems = {}

    def add(self, key: str, problem: Sentence | Message | None) -> None:
        if problem and key not in self.problems:
            self.problems[key] = problem if isinstance(problem, Sentence) else Sentence(problem)

    def length(self, cls: type[model.Base], column: str, value: str, key: str = "") -> None:
        col_type = cls.__table__.c[column].type
        limit = col_type.length if isinstance(col_type, String) else None
        if limit is not None and len(value) > limit:
            self.add(key or column, msg("form.too_long", limit=limit, length=len(value)))

    def lengths(self, cls: type[model.Base], form: Any, columns: Iterable[str],
                prefix: str = "") -> None:
        for column in columns:
            value = getattr(form, column)
            if isinstance(value, str):
                self.length(cls, column, value, prefix + column)

    def dates_in_order(self, first: dt.date | None, then: dt.date | None, key: str,
                       problem: Message) -> None:
        if first is not None and then is not None and then < first:
            self.add(key, problem)

    def not_future(self, day: dt.date | None, key: str) -> None:
        if day is not None and day > dt.date.today():
            self.add(key, msg("form.future"))


def _name_problem(session: Session, cls: type[model.Vendor | model.Service | model.Activity],
                  name: str, record_id: int | None, kind: Kind) -> Sentence | None:
    """Required, not too long, and unique regardless of case."""
    problem = check_name(name)
    if problem:
        return problem
    folded = name.strip().casefold()
    for other in session.scalars(_same_name_candidates(cls, folded, record_id)):
        if other.casefold() == folded:
            return Sentence(msg(f"form.name.taken.{kind}", name=other))
    return None


def _same_name_candidates(cls: type[model.Vendor | model.Service | model.Activity],
                          folded: str, record_id: int | None) -> Select[str]:
    """The names of other records that may equal ``folded`` regardless of case: a superset,
    compared with :meth:`str.casefold` by the caller.

    SQLite's ``lower()`` folds ASCII letters only, so an ASCII name is compared in SQL and
    names with other characters (``Ørsted``, ``Straße``) are all candidates. One pass over
    the table inside SQLite, instead of every name loaded into Python.
    """
    query = select(cls.name).where(or_(
        func.lower(cls.name) == folded,
        func.length(cast(cls.name, LargeBinary)) != func.length(cls.name),
    ))
    if record_id is not None:
        query = query.where(cls.id != record_id)
    return query


def _existing(session: Session, cls: type[model.Vendor | model.Service | model.Activity],
              ids: Iterable[int]) -> set[int]:
    wanted = set(ids)
    if not wanted:
        return set()
    return set(session.scalars(select(cls.id).where(cls.id.in_(wanted))))


def _ancestors(session: Session, vendor_id: int) -> list[int]:
    """``vendor_id`` and every vendor above it, nearest first."""
    chain: list[int] = []
    current: int | None = vendor_id
    while current is not None and current not in chain:
        chain.append(current)
        current = session.scalar(select(model.Vendor.parent_id).where(model.Vendor.id == current))
    return chain


def _check_links(
    check: _Checker, session: Session, cls: type[model.Vendor | model.Service],
    ids: Sequence[int], key: str, kind: Literal["vendor", "service"],
) -> None:
    present = _existing(session, cls, ids)
    seen: set[int] = set()
    for index, link_id in enumerate(ids):
        if link_id not in present:
            check.add(f"{key}[{index}]", msg(f"form.link.gone.{kind}"))
        elif link_id in seen:
            check.add(f"{key}[{index}]", msg(f"form.link.twice.{kind}"))
        seen.add(link_id)


def dpf_applies(mechanism: Mechanism, country: str) -> bool:
    """Whether DPF certification is relevant: the DPF, or adequacy for the United States."""
    return mechanism == Mechanism.EU_US_DPF or (
        mechanism == Mechanism.ADEQUACY and country == "US"
    )


def _check_safeguard(check: _Checker, sg: SafeguardForm, prefix: str) -> None:
    check.add(prefix + "country", check_country(sg.country))
    if sg.mechanism == Mechanism.SCC_2021:
        if sg.scc_module is not None and not 1 <= sg.scc_module <= 4:
            check.add(prefix + "scc_module", msg("form.scc_module.range"))
    elif sg.scc_module is not None:
        check.add(prefix + "scc_module", msg("form.scc_module.not_scc"))
    if sg.mechanism == Mechanism.DEROGATION:
        if sg.derogation is None:
            check.add(prefix + "derogation", msg("form.derogation.missing"))
    elif sg.derogation is not None:
        check.add(prefix + "derogation", msg("form.derogation.not_derogation"))
    if sg.mechanism == Mechanism.EU_US_DPF and sg.country and sg.country != "US":
        check.add(prefix + "mechanism", msg("form.dpf.not_us", country=Country(sg.country)))
    if not dpf_applies(sg.mechanism, sg.country) and (sg.dpf_certified or sg.dpf_checked):
        check.add(prefix + "dpf_certified", msg("form.dpf.not_dpf"))
    check.not_future(sg.dpf_checked, prefix + "dpf_checked")
    check.not_future(sg.tia_date, prefix + "tia_date")
    if sg.tia_outcome is not None and sg.tia_date is None:
        check.add(prefix + "tia_date", msg("form.tia.date_missing"))


def validate_vendor(session: Session, form: VendorForm, vendor_id: int | None = None) -> Problems:
    """What is wrong with a vendor form, by field.

    Args:
        session: the session of the action.
        form: the vendor as typed.
        vendor_id: the vendor being edited, or None for a new one.

    Returns:
        Field key to a sentence; empty when the form can be saved.
    """
    form = clean_vendor(form)
    check = _Checker()
    check.add("name", _name_problem(session, model.Vendor, form.name, vendor_id, "vendor"))
    check.lengths(model.Vendor, form, VENDOR_COLUMNS)
    check.add("country", check_country(form.country))
    if "country" not in check.problems:
        check.add("registration_number",
                  check_registration(form.country, form.registration_number))
    for link in ("website", "privacy_url", "dpa_url"):
        check.add(link, check_url(getattr(form, link)))
    check.add("contact_email", check_email(form.contact_email))
    check.dates_in_order(form.start_date, form.end_date, "end_date",
                         msg("form.end_before_start"))
    check.dates_in_order(form.last_reviewed, form.next_review, "next_review",
                         msg("form.review_before_last"))
    check.not_future(form.last_reviewed, "last_reviewed")
    for index, former in enumerate(form.former_names):
        if len(former) > 300:
            check.add("former_names", msg("form.former_name.too_long", number=index + 1))
    unknown = sorted(set(form.descriptions) - set(LANGUAGES))
    if unknown:
        check.add("descriptions", msg("form.descriptions.languages", kept=names(LANGUAGES),
                                      unknown=names(unknown)))
    _check_parent(check, session, form.parent_id, vendor_id)

    seen_locations: set[tuple[str, LocationKind, str]] = set()
    for index, loc in enumerate(form.locations):
        prefix = f"locations[{index}]."
        check.add(prefix + "country", check_country(loc.country))
        check.length(model.Location, "detail", loc.detail, prefix + "detail")
        place = (loc.country, loc.kind, loc.detail)
        if place in seen_locations:
            check.add(prefix + "detail", msg("form.location.twice"))
        seen_locations.add(place)

    seen_countries: set[str] = set()
    for index, sg in enumerate(form.safeguards):
        prefix = f"safeguards[{index}]."
        _check_safeguard(check, sg, prefix)
        if sg.country in seen_countries:
            check.add(prefix + "country", msg("form.safeguard.twice", country=Country(sg.country)))
        seen_countries.add(sg.country)

    if form.dpa is not None:
        check.lengths(model.Dpa, form.dpa, ("version",), "dpa.")
        check.not_future(form.dpa.signed_date, "dpa.signed_date")
        if form.dpa.notice_days is not None and form.dpa.notice_days < 0:
            check.add("dpa.notice_days", msg("form.notice.negative"))
    _check_links(check, session, model.Service, [sid for sid, _ in form.services], "services",
                 "service")
    return check.problems


def _check_parent(check: _Checker, session: Session, parent_id: int | None,
                  vendor_id: int | None) -> None:
    if parent_id is None:
        return
    if parent_id == vendor_id:
        check.add("parent_id", msg("form.parent.self"))
        return
    if not _existing(session, model.Vendor, [parent_id]):
        check.add("parent_id", msg("form.parent.gone"))
    elif vendor_id is not None and vendor_id in _ancestors(session, parent_id):
        check.add("parent_id", msg("form.parent.circle"))


def validate_service(session: Session, form: ServiceForm,
                     service_id: int | None = None) -> Problems:
    """What is wrong with a service form, by field (see :func:`validate_vendor`)."""
    form = clean_service(form)
    check = _Checker()
    check.add("name", _name_problem(session, model.Service, form.name, service_id, "service"))
    _check_links(check, session, model.Vendor, [vid for vid, _ in form.vendors], "vendors",
                 "vendor")
    return check.problems


def validate_activity(session: Session, form: ActivityForm,
                      activity_id: int | None = None) -> Problems:
    """What is wrong with a processing activity form, by field (see :func:`validate_vendor`)."""
    form = clean_activity(form)
    check = _Checker()
    check.add("name", _name_problem(session, model.Activity, form.name, activity_id,
                                    "activity"))
    check.lengths(model.Activity, form, ACTIVITY_COLUMNS)
    check.add("dpia_link", check_url(form.dpia_link))
    for index, row in enumerate(form.retention):
        if not row["category"]:
            check.add(f"retention[{index}].category", msg("form.retention.category"))
    for index, row in enumerate(form.controllers):
        if not row["name"]:
            check.add(f"controllers[{index}].name", msg("form.controller.name"))
    check.dates_in_order(form.last_reviewed, form.next_review, "next_review",
                         msg("form.review_before_last"))
    check.not_future(form.last_reviewed, "last_reviewed")
    _check_links(check, session, model.Vendor, form.vendor_ids, "vendor_ids", "vendor")
    _check_links(check, session, model.Service, form.service_ids, "service_ids", "service")
    return check.problems


def validate_organisation(form: OrganisationForm) -> Problems:
    """What is wrong with the organisation's details, by field."""
    form = clean_organisation(form)
    check = _Checker()
    check.add("name", check_name(form.name, "organisation"))
    check.lengths(model.Organisation, form, ORGANISATION_COLUMNS)
    if form.country:
        check.add("country", check_country(form.country))
        if "country" not in check.problems:
            check.add("registration_number",
                      check_registration(form.country, form.registration_number))
    check.add("email", check_email(form.email))
    check.add("dpo_email", check_email(form.dpo_email))
    check.add("website", check_url(form.website))
    if not (form.is_controller or form.is_processor):
        check.add("is_controller", msg("form.org.role"))
    if form.notice_days < 0:
        check.add("notice_days", msg("form.notice.negative"))
    if not 1 <= form.review_interval_months <= 120:
        check.add("review_interval_months", msg("form.org.review_interval"))
    return check.problems


_LABELLED = frozenset(
    key.removeprefix("form.label.") for key in FORM_TABLES["en"] if key.startswith("form.label.")
)
"""The fields with a label of their own in the form tables."""


def field_text(key: str) -> Message:
    """A field key as words for a list of problems: ``locations[2].country`` → Location 3."""
    match = re.match(r"^(\w+)(?:\[(\d+)\])?", key)
    if match is None:
        return msg("form.unlabelled", name=key)
    field = match.group(1)
    label = (msg(f"form.label.{field}") if field in _LABELLED
             else msg("form.unlabelled", name=field.replace("_", " ").capitalize()))
    if match.group(2) is not None:
        return msg("form.row", label=label, number=int(match.group(2)) + 1)
    return label


def describe_field(key: str, lang: str = "en") -> str:
    """:func:`field_text` in ``lang``."""
    return render(field_text(key), lang)


def field_problem(key: str, problem: Sentence) -> Sentence:
    """A problem in a list of problems: the field's name, then the sentence."""
    return Sentence(msg("form.field_problem", field=field_text(key), problem=problem.text))


def _refuse(refusal: Message, problems: Problems) -> UserError:
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
        problem = _name_problem(session, cls, record.name, None, deleted.kind)
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
        return new if _existing(session, _MODELS[kind], [new]) else None

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


def validate(session: Session, kind: Kind, form: RecordForm,
             record_id: int | None = None) -> Problems:
    """What is wrong with a form of ``kind``, by field."""
    if isinstance(form, VendorForm):
        return validate_vendor(session, form, record_id)
    if isinstance(form, ServiceForm):
        return validate_service(session, form, record_id)
    return validate_activity(session, form, record_id)


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
