"""A small registry that exercises every report: awkward names, a chain, transfers of every
kind, a controller and a processor record, and internal notes that must never be published.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from registry import model
from registry.enums import (
    ActivityRole,
    Art9Condition,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Mechanism,
    TiaOutcome,
    VendorRole,
    VendorStatus,
)
from registry.snapshot import Snapshot, load_snapshot
from registry.storage import open_registry

AS_OF = dt.date(2026, 11, 21)
SECRET = "INTERNAL-NOTE-7f3a"
"""Written into every internal field; must never reach the customer-facing list."""
FORMULA = '=HYPERLINK("http://x","y")'
MARKUP = "<b>bold</b>"
NORDIC = "Øresund & Ålborg ApS"
SPECIAL_NAMES = ("Łódź Dane Sp. z o.o.", "Şişli Veri A.Ş. Ğ", "Straße GmbH", "Яндекс Облако")


def _vendor(name: str, country: str, **kw: object) -> model.Vendor:
    values: dict[str, object] = {
        "legal_name": f"{name} Ltd",
        "address": f"1 {name} Street",
        "role": VendorRole.SUB_PROCESSOR,
        "status": VendorStatus.ACTIVE,
        "internal_notes": f"{SECRET} about {name}",
        "descriptions": {"en": f"{name} does hosting", "nb": f"{name} drifter tjenesten"},
        "last_reviewed": dt.date(2019, 3, 17),
        "dpa": model.Dpa(signed_date=dt.date(2024, 1, 15), version="v2",
                         reference=f"{SECRET} contract file"),
    }
    values.update(kw)
    return model.Vendor(name=name, country=country, **values)


def build_fixture(session: object) -> None:
    """Fill an empty registry with the report fixture."""
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    session.add(model.Organisation(
        id=1, name="Smørbukk & Co AS", registration_number="986 901 051",
        address="Billingstadsletta 83, 1396 Billingstad", country="NO",
        email="personvern@smorbukk.example", phone="+47 66 85 90 00",
        website="https://smorbukk.example", dpo_name="Åse Ødegård",
        dpo_email="dpo@smorbukk.example", supervisory_authority="Datatilsynet",
        is_controller=True, is_processor=True, objection_contact="avtale@smorbukk.example",
        notice_days=30,
    ))
    advania = _vendor("Advania Norge AS", "NO", role=VendorRole.PROCESSOR,
                      former_names=["TeleComputing"], registration_number="974 581 590",
                      locations=[model.Location(country="NO", kind=LocationKind.HOSTING,
                                                detail="Oslo")])
    zendesk = _vendor(
        "Zendesk", "US", legal_name="Zendesk, Inc.", role=VendorRole.PROCESSOR,
        address="1019 Market Street, San Francisco, CA 94103",
        website="https://www.zendesk.com", privacy_url="javascript:alert(1)",
        locations=[model.Location(country="IE", kind=LocationKind.HOSTING,
                                  detail="AWS eu-west-1, Dublin"),
                   model.Location(country="US", kind=LocationKind.SUPPORT, detail="")],
        safeguards=[model.Safeguard(country="US", mechanism=Mechanism.EU_US_DPF,
                                    dpf_certified=True, dpf_checked=dt.date(2026, 6, 1),
                                    documents=f"{SECRET} dpf screenshot")],
    )
    aws = _vendor(
        "Amazon Web Services", "US", legal_name="Amazon Web Services, Inc.",
        website="https://aws.amazon.com",
        locations=[model.Location(country="IE", kind=LocationKind.HOSTING, detail="Dublin")],
        safeguards=[model.Safeguard(country="US", mechanism=Mechanism.SCC_2021, scc_module=3,
                                    tia_date=dt.date(2026, 2, 1),
                                    tia_outcome=TiaOutcome.ADEQUATE,
                                    supplementary_measures=f"{SECRET} measures")],
    )
    formula = _vendor(FORMULA, "GB", website="https://example.com/x",
                      locations=[model.Location(country="GB", kind=LocationKind.HOSTING,
                                                detail="London")])
    markup = _vendor(MARKUP, "IN", locations=[model.Location(
        country="IN", kind=LocationKind.SUPPORT, detail="Bangalore <script>")],
        safeguards=[model.Safeguard(country="IN", mechanism=Mechanism.PRIVACY_SHIELD)])
    nordic = _vendor(NORDIC, "DK", registration_number="DK13585628",
                     descriptions={"en": "E-mail <filtering> & archiving",
                                   "da": "E-mail-filtrering & arkivering",
                                   "nb": "E-postfiltrering & arkiv"},
                     website="http://oresund.example/?a=1&b=2")
    specials = [
        _vendor(n, c, locations=[model.Location(country=c, kind=LocationKind.HOSTING,
                                                detail="")])
        for n, c in zip(SPECIAL_NAMES, ("PL", "TR", "DE", "RS"), strict=True)
    ]
    planned = _vendor("Planned Mail AS", "NO", status=VendorStatus.PLANNED,
                      start_date=dt.date(2027, 1, 1))
    retired = _vendor("Retired Fax AS", "NO", status=VendorStatus.RETIRED,
                      end_date=dt.date(2025, 1, 1))
    ads = _vendor("AdNetwork Inc", "US", role=VendorRole.INDEPENDENT_CONTROLLER, dpa=None)
    session.add_all([advania, zendesk, aws, formula, markup, nordic, planned, retired, ads,
                     *specials])
    session.flush()
    aws.parent_id = zendesk.id
    helpdesk = model.Service(name="Helpdesk", description="Customer support")
    sms = model.Service(name="SMS gateway", description="Bulk SMS")
    helpdesk.vendor_links = [
        model.ServiceVendor(vendor=zendesk, purpose="Support tickets"),
        model.ServiceVendor(vendor=formula, purpose=FORMULA),
        model.ServiceVendor(vendor=markup, purpose="Remote support"),
    ]
    sms.vendor_links = [
        model.ServiceVendor(vendor=advania, purpose="Operations"),
        model.ServiceVendor(vendor=nordic, purpose="Mail filtering"),
        model.ServiceVendor(vendor=planned, purpose="Mail"),
        model.ServiceVendor(vendor=retired, purpose="Fax"),
        *[model.ServiceVendor(vendor=v, purpose="Storage") for v in specials],
    ]
    session.add_all([helpdesk, sms])
    support = model.Activity(
        name="Customer support", role=ActivityRole.CONTROLLER, business_function="Support",
        purposes="Answer customers' questions & complaints <fast>",
        legal_basis=LegalBasis.CONTRACT, art9_condition=Art9Condition.NONE,
        data_subjects=["Customers", "Users"], data_categories=["Name", "E-mail", "Tickets"],
        recipients=["Support staff"], retention=[{"category": "Tickets", "period": "3 years"}],
        security_measures="Encryption, MFA", source="The data subject",
        rights="Access, rectification, erasure", automated_decisions="None",
        dpia_status=DpiaStatus.DONE, dpia_link="https://dpia.example/support",
        last_reviewed=dt.date(2026, 3, 1), next_review=dt.date(2027, 3, 1),
        vendor_links=[model.ActivityVendor(vendor=zendesk),
                      model.ActivityVendor(vendor=formula),
                      model.ActivityVendor(vendor=markup)],
        service_links=[model.ActivityService(service=helpdesk)],
    )
    marketing = model.Activity(
        name=FORMULA + " campaign", role=ActivityRole.CONTROLLER,
        purposes="-5 % discount mail", legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
        legitimate_interests="Direct marketing", art9_condition=Art9Condition.A,
        data_subjects=["@prospects"], data_categories=["E-mail"],
        dpia_status=DpiaStatus.IN_PROGRESS,
        vendor_links=[model.ActivityVendor(vendor=nordic)],
    )
    sms_delivery = model.Activity(
        name="SMS delivery for customers", role=ActivityRole.PROCESSOR,
        purposes="Deliver SMS on behalf of customers",
        controllers=[{"name": "Kunde Ærlig AS", "contact": "post@aerlig.example"},
                     {"name": "Business customers", "contact": "Via the customer portal"}],
        security_measures="TLS, SMPP over VPN",
        data_subjects=["Recipients"], data_categories=["Phone number", "Message"],
        vendor_links=[model.ActivityVendor(vendor=advania),
                      *[model.ActivityVendor(vendor=v) for v in specials]],
        service_links=[model.ActivityService(service=sms)],
    )
    session.add_all([support, marketing, sms_delivery])


@pytest.fixture(scope="session")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Snapshot]:
    """The fixture registry, read once for the whole session (a snapshot is immutable)."""
    path: Path = tmp_path_factory.mktemp("reports") / "fixture.sqlite3"
    reg = open_registry(path)
    with reg.session() as session:
        build_fixture(session)
    with reg.read() as session:
        snap = load_snapshot(session)
    reg.close()
    yield snap
