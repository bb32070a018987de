"""Small builders for in-memory snapshots (the assessment is a pure function of a Snapshot) and
for forms.

Every builder returns a "clean" record by default (an EEA processor with a signed DPA and a
hosting location, a complete organisation, a complete controller record), so that a test
changes only what it is about and can assert the exact findings that follow.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterable
from typing import Any

from registry import forms
from registry.assessment import Assessment, Finding
from registry.enums import (
    ActivityRole,
    Art9Condition,
    Derogation,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Mechanism,
    Severity,
    TiaOutcome,
    VendorRole,
    VendorStatus,
)
from registry.snapshot import (
    ActivityRow,
    DpaRow,
    LocationRow,
    OrganisationRow,
    SafeguardRow,
    Snapshot,
    VendorRow,
)

AS_OF = dt.date(2026, 11, 1)
"""The date the shipped legal facts are stated on (docs/law.md#the-facts-file)."""

_ids = itertools.count(1000)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def organisation(**overrides: Any) -> OrganisationRow:
    """A complete controller organisation: no organisation findings."""
    values: dict[str, Any] = dict(
        name="Fjordlys AS",
        address="Storgata 1, 0155 Oslo",
        country="NO",
        email="personvern@fjordlys.example",
        phone="+47 22 00 00 00",
        dpo_name="Kari Nordmann",
        dpo_email="dpo@fjordlys.example",
    )
    values.update(overrides)
    return OrganisationRow(**values)


def loc(country: str, kind: LocationKind | str = LocationKind.HOSTING, detail: str = "") -> tuple:
    """A location spec for :func:`vendor` (ids are assigned there)."""
    return (country, LocationKind(kind), detail)


def safeguard(
    country: str,
    mechanism: Mechanism | str,
    *,
    scc_module: int | None = None,
    derogation: Derogation | str | None = None,
    dpf_certified: bool = False,
    dpf_checked: dt.date | None = None,
    tia_date: dt.date | None = None,
    tia_outcome: TiaOutcome | str | None = None,
    vendor_id: int = 0,
) -> SafeguardRow:
    """A safeguard for a destination; :func:`vendor` sets the vendor id."""
    return SafeguardRow(
        id=next(_ids),
        vendor_id=vendor_id,
        country=country,
        mechanism=Mechanism(mechanism),
        scc_module=scc_module,
        derogation=Derogation(derogation) if derogation else None,
        dpf_certified=dpf_certified,
        dpf_checked=dpf_checked,
        tia_date=tia_date,
        tia_outcome=TiaOutcome(tia_outcome) if tia_outcome else None,
        supplementary_measures="",
        documents="",
    )


def dpa(
    signed_date: dt.date | None = dt.date(2020, 1, 1),
    review_date: dt.date | None = None,
    vendor_id: int = 0,
) -> DpaRow:
    return DpaRow(next(_ids), vendor_id, signed_date, "1.0", "", review_date, None)


_DEFAULT = object()


def vendor(
    id: int = 1,
    name: str | None = None,
    *,
    country: str = "NO",
    locations: Iterable[tuple | str] | None = None,
    safeguards: Iterable[SafeguardRow] = (),
    dpa_row: DpaRow | None | object = _DEFAULT,
    role: VendorRole | str = VendorRole.PROCESSOR,
    status: VendorStatus | str = VendorStatus.ACTIVE,
    parent_id: int | None = None,
    legal_name: str | None = None,
    address: str = "Somewhere 1",
    contact_email: str = "privacy@vendor.example",
    website: str = "https://vendor.example",
    registration_number: str = "",
    start_date: dt.date | None = None,
    end_date: dt.date | None = None,
    last_reviewed: dt.date | None = None,
    next_review: dt.date | None = None,
) -> VendorRow:
    """A vendor; by default hosted in its own country, with a signed DPA.

    ``locations`` takes country codes (hosting) or :func:`loc` specs.
    """
    name = name or f"Vendor {id}"
    specs = [loc(country)] if locations is None else [
        loc(spec) if isinstance(spec, str) else spec for spec in locations
    ]
    location_rows = tuple(
        LocationRow(next(_ids), id, c, kind, detail) for c, kind, detail in specs
    )
    safeguard_rows = tuple(dataclasses.replace(s, vendor_id=id) for s in safeguards)
    if dpa_row is _DEFAULT:
        dpa_row = dpa()
    if isinstance(dpa_row, DpaRow):
        dpa_row = dataclasses.replace(dpa_row, vendor_id=id)
    return VendorRow(
        id=id,
        name=name,
        legal_name=name if legal_name is None else legal_name,
        former_names=[],
        registration_number=registration_number,
        address=address,
        country=country,
        website=website,
        privacy_url="",
        dpa_url="",
        contact_email=contact_email,
        role=VendorRole(role),
        status=VendorStatus(status),
        start_date=start_date,
        end_date=end_date,
        parent_id=parent_id,
        descriptions={"en": f"{name} service"},
        internal_notes="",
        certifications=[],
        last_reviewed=last_reviewed,
        next_review=next_review,
        row_version=1,
        locations=location_rows,
        safeguards=safeguard_rows,
        dpa=dpa_row if isinstance(dpa_row, DpaRow) else None,
    )


def activity(id: int = 1, name: str | None = None, **overrides: Any) -> ActivityRow:
    """A complete controller record (Art. 30(1) (b) to (g), legal basis, no DPIA)."""
    values: dict[str, Any] = dict(
        id=id,
        name=name or f"Activity {id}",
        role=ActivityRole.CONTROLLER,
        business_function="Customer service",
        purposes="Answering customer enquiries",
        legal_basis=LegalBasis.CONTRACT,
        legal_basis_detail="",
        legitimate_interests="",
        art9_condition=Art9Condition.NONE,
        data_subjects=["customers"],
        data_categories=["contact details", "enquiries"],
        recipients=["support vendors"],
        retention=[{"category": "enquiries", "period": "3 years"}],
        security_measures="Encryption in transit and at rest; access control.",
        source="the data subject",
        rights="access, rectification, erasure",
        automated_decisions="",
        transfer_notes="",
        dpia_status=DpiaStatus.NOT_REQUIRED,
        dpia_link="",
        controllers=[],
        joint_controllers="",
        last_reviewed=None,
        next_review=None,
        row_version=1,
        vendor_ids=(),
        service_ids=(),
    )
    values.update(overrides)
    return ActivityRow(**values)


def processor_activity(id: int = 1, **overrides: Any) -> ActivityRow:
    """A complete processor record (Art. 30(2))."""
    values: dict[str, Any] = dict(
        role=ActivityRole.PROCESSOR,
        legal_basis=None,
        controllers=[{"name": "Customers (SaaS)", "contact": "via the customer portal"}],
    )
    values.update(overrides)
    return activity(id, **values)


def snapshot(
    *vendors: VendorRow,
    activities: Iterable[ActivityRow] = (),
    org: OrganisationRow | None = None,
) -> Snapshot:
    return Snapshot(
        organisation=org or organisation(),
        vendors={v.id: v for v in vendors},
        services={},
        activities={a.id: a for a in activities},
    )


# --- reading an assessment ----------------------------------------------------------------


ADVISORY_NOTES = frozenset({"transfer.entity-access"})
"""Info notes that accompany a verdict without changing it (the entity-access note on an
EEA-hosted vendor established in a third country). The verdict tables leave them out; they
never change a transfer's severity or rule."""


def vendor_findings(result: Assessment, vendor_id: int = 1, prefix: str = "") -> list[Finding]:
    """The vendor's findings whose rule starts with ``prefix``, without advisory notes."""
    found = [f for f in result.for_record("vendor", vendor_id) if f.rule.startswith(prefix)]
    assert all(f.severity == Severity.INFO for f in found if f.rule in ADVISORY_NOTES)
    return [f for f in found if f.rule not in ADVISORY_NOTES]


def transfer_findings(result: Assessment, vendor_id: int = 1) -> list[Finding]:
    return vendor_findings(result, vendor_id, "transfer.")


def rules(findings: Iterable[Finding]) -> list[tuple[Severity, str, str | None]]:
    """``(severity, rule, country)`` of each finding, in order."""
    return [(f.severity, f.rule, f.country) for f in findings]


def activity_rules(result: Assessment, activity_id: int = 1) -> list[tuple[Severity, str]]:
    return sorted(
        ((f.severity, f.rule) for f in result.for_record("activity", activity_id)),
        key=lambda pair: pair[1],
    )


# --- forms ---------------------------------------------------------------------------------


def zendesk_form(**changes: object) -> forms.VendorForm:
    """A complete, valid vendor form (Zendesk, a US processor under the DPF), with ``changes``."""
    form = forms.VendorForm(
        name="Zendesk, Inc.",
        legal_name="Zendesk, Inc.",
        former_names=["Zendesk ApS"],
        address="989 Market Street, San Francisco, CA 94103",
        country="US",
        website="https://www.zendesk.com",
        privacy_url="https://www.zendesk.com/company/privacy",
        contact_email="privacy@zendesk.com",
        role=VendorRole.PROCESSOR,
        start_date=dt.date(2020, 1, 1),
        descriptions={"en": "Helpdesk", "nb": "Kundestøtte"},
        internal_notes="Contract in the blue folder.",
        certifications=["ISO 27001", "SOC 2"],
        last_reviewed=dt.date(2025, 5, 1),
        next_review=dt.date(2027, 5, 1),
        locations=[
            forms.LocationForm("IE", LocationKind.HOSTING, "AWS eu-west-1, Dublin"),
            forms.LocationForm("US", LocationKind.SUPPORT, "Follow-the-sun support"),
        ],
        safeguards=[forms.SafeguardForm("US", Mechanism.EU_US_DPF, dpf_certified=True,
                                        dpf_checked=dt.date(2025, 10, 1))],
        dpa=forms.DpaForm(dt.date(2023, 3, 1), "2023-03", "DPA-17", dt.date(2026, 3, 1), 30),
    )
    return dataclasses.replace(form, **changes)  # type: ignore[arg-type]
