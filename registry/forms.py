"""The forms: every editable field of a record, as plain dataclasses the editors change.

The UI reads a record into a form (:func:`registry.usecases.load_vendor_form` and friends),
lets the user change it, asks :mod:`registry.checks_of_records` what is wrong with it, and
hands it back to a write of :mod:`registry.usecases`. A form holds ids of the records it
links to, never database rows, so it can be copied, compared and kept by the undo stack.

:func:`clean_vendor` and friends give a form as it would be stored (names trimmed, codes in
upper case, empty lines gone): the checks and the writes both see the cleaned form.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal, TypeAlias, TypeVar

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
from registry.snapshot import DpaRow, LocationRow, OrganisationRow, SafeguardRow, VendorRow

Kind: TypeAlias = Literal["vendor", "service", "activity"]
"""The kinds of record that can be created, deleted and restored."""


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
class OrganisationForm(OrganisationRow):
    """The organisation keeping the registry: the fields of the snapshot's
    :class:`~registry.snapshot.OrganisationRow`, declared once there."""


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


# --- cleaning ------------------------------------------------------------------------------


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
