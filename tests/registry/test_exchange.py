"""The exchange format: export, validation, files and import, on a real registry file."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from registry import exchange, model
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
from registry.errors import UserError
from registry.exchange import (
    export_registry,
    import_document,
    read_document,
    validate_document,
    write_document,
)
from registry.storage import Registry, open_registry

DOCS = Path(__file__).resolve().parents[2] / "docs" / "exchange-format.md"

FORMULA = '=HYPERLINK("http://x","y")'
MARKUP = "<b>bold</b>"
NORDIC = "Øresund & Ålborg ApS"

TABLES = (
    "vendor",
    "location",
    "safeguard",
    "dpa",
    "service",
    "service_vendor",
    "activity",
    "activity_vendor",
    "activity_service",
    "organisation",
    "change",
)


# --- helpers ------------------------------------------------------------------------------


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def fill_rich_registry(session: Session) -> None:
    """A registry in which every field of every record is filled somewhere."""
    session.add(
        model.Organisation(
            id=1,
            name="Nordisk SMS AS",
            registration_number="923 609 016",
            address="Storgata 1\n0155 Oslo",
            country="NO",
            email="post@nordisk-sms.example",
            phone="+47 22 00 00 00",
            website="https://nordisk-sms.example",
            dpo_name="Kari Nordmann",
            dpo_email="dpo@nordisk-sms.example",
            dpo_phone="+47 22 00 00 01",
            representative="None needed: established in the EEA.",
            supervisory_authority="Datatilsynet",
            is_controller=True,
            is_processor=True,
            objection_contact="privacy@nordisk-sms.example",
            notice_days=45,
            review_interval_months=6,
        )
    )
    zendesk = model.Vendor(
        name="Zendesk",
        legal_name="Zendesk, Inc.",
        former_names=["Zendesk ApS"],
        registration_number="12-3456789",
        address="989 Market St, San Francisco",
        country="US",
        website="https://www.zendesk.com",
        privacy_url="https://www.zendesk.com/company/privacy",
        dpa_url="https://www.zendesk.com/company/dpa",
        contact_email="privacy@zendesk.example",
        role=VendorRole.PROCESSOR,
        status=VendorStatus.ACTIVE,
        start_date=d("2019-03-01"),
        descriptions={"nb": "Kundestøtte", "en": "Customer support desk"},
        internal_notes="Contract owner: support lead.",
        certifications=["ISO 27001", "SOC 2 Type II"],
        last_reviewed=d("2025-01-15"),
        next_review=d("2026-01-15"),
    )
    zendesk.locations = [
        model.Location(country="IE", kind=LocationKind.HOSTING, detail="AWS eu-west-1, Dublin"),
        model.Location(country="US", kind=LocationKind.SUPPORT, detail="Follow-the-sun support"),
        model.Location(country="DE", kind=LocationKind.BACKUP, detail=""),
    ]
    zendesk.safeguards = [
        model.Safeguard(
            country="US",
            mechanism=Mechanism.EU_US_DPF,
            dpf_certified=True,
            dpf_checked=d("2025-02-01"),
            supplementary_measures="Encryption at rest",
            documents="DPA annex 3",
        ),
        model.Safeguard(
            country="PH",
            mechanism=Mechanism.SCC_2021,
            scc_module=3,
            tia_date=d("2024-11-30"),
            tia_outcome=TiaOutcome.ADEQUATE_WITH_MEASURES,
        ),
    ]
    zendesk.dpa = model.Dpa(
        signed_date=d("2019-02-20"),
        version="2.1",
        reference="contracts/zendesk-dpa.pdf",
        review_date=d("2026-02-20"),
        notice_days=30,
    )
    aws = model.Vendor(name="AWS", legal_name="Amazon Web Services EMEA SARL", country="LU")
    aws.parent = zendesk
    aws.role = VendorRole.SUB_PROCESSOR
    aws.locations = [model.Location(country="IE", kind=LocationKind.PROCESSING)]
    aws.safeguards = [
        model.Safeguard(country="IN", mechanism=Mechanism.DEROGATION, derogation=Derogation.B)
    ]
    tricky = [
        model.Vendor(name=FORMULA, country="NO", registration_number="923609016"),
        model.Vendor(name=MARKUP, country="SE", status=VendorStatus.PLANNED),
        model.Vendor(
            name=NORDIC,
            legal_name=NORDIC,
            country="DK",
            registration_number="DK13585628",
            status=VendorStatus.RETIRED,
            start_date=d("2020-01-01"),
            end_date=d("2023-06-30"),
            role=VendorRole.INDEPENDENT_CONTROLLER,
        ),
        model.Vendor(name="acme", country="FI"),
        model.Vendor(name="Acme", country="FI", role=VendorRole.JOINT_CONTROLLER),
    ]
    tricky[3].parent = aws
    session.add_all([zendesk, aws, *tricky])
    helpdesk = model.Service(name="Helpdesk", description="Customer support")
    helpdesk.vendor_links = [
        model.ServiceVendor(vendor=zendesk, purpose="Ticketing"),
        model.ServiceVendor(vendor=aws, purpose="Hosting of the ticket database"),
    ]
    sms = model.Service(name="SMS gateway", description="")
    sms.vendor_links = [model.ServiceVendor(vendor=tricky[2], purpose=MARKUP)]
    session.add_all([helpdesk, sms])
    support = model.Activity(
        name="Customer support",
        role=ActivityRole.PROCESSOR,
        business_function="Support",
        purposes="Answering customers' questions",
        legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
        legal_basis_detail="Art. 6(1)(f)",
        legitimate_interests="Helping customers",
        art9_condition=Art9Condition.H,
        data_subjects=["Customers", "End users"],
        data_categories=["Contact details", "Ticket text"],
        recipients=["Zendesk"],
        retention=[{"category": "Tickets", "period": "3 years"}],
        security_measures="Access control, MFA",
        source="The data subjects",
        rights="privacy@nordisk-sms.example",
        automated_decisions="None",
        transfer_notes="No Art. 49 transfers",
        dpia_status=DpiaStatus.DONE,
        dpia_link="https://intranet.example/dpia/support",
        controllers=[{"name": "Customer A", "contact": "dpo@a.example"}],
        joint_controllers="None",
        last_reviewed=d("2025-03-01"),
        next_review=d("2026-03-01"),
    )
    support.vendor_links = [
        model.ActivityVendor(vendor=zendesk),
        model.ActivityVendor(vendor=aws),
    ]
    support.service_links = [model.ActivityService(service=helpdesk)]
    session.add_all([support, model.Activity(name="alerts"), model.Activity(name="Alerts")])


def valid_doc() -> dict[str, Any]:
    """A small document without problems: two vendors in a chain, a service, an activity."""
    return {
        "format": "subprocessor-registry",
        "version": 1,
        "organisation": {"name": "Nordisk SMS AS", "country": "NO"},
        "vendors": [
            {
                "name": "Zendesk",
                "country": "US",
                "start_date": "2020-01-01",
                "locations": [{"country": "IE", "kind": "hosting"}],
                "safeguards": [{"country": "US", "mechanism": "scc_2021", "scc_module": 2}],
                "dpa": {"signed_date": "2020-01-01"},
            },
            {"name": "AWS", "country": "LU", "parent": "Zendesk"},
        ],
        "services": [{"name": "Helpdesk", "vendors": [{"vendor": "Zendesk", "purpose": "x"}]}],
        "activities": [{"name": "Support", "vendors": ["Zendesk"], "services": ["Helpdesk"]}],
    }


def counts(session: Session) -> dict[str, int]:
    return {t: session.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in TABLES}


def vendor_row(session: Session, name: str) -> dict[str, Any]:
    row = session.execute(text("SELECT * FROM vendor WHERE name = :n"), {"n": name}).mappings()
    return dict(row.one())


def vendor_names(session: Session) -> list[str]:
    return list(session.scalars(text("SELECT name FROM vendor ORDER BY name")))


def paths(value: object, prefix: str = "") -> Iterator[tuple[str, object]]:
    """Every (key path, value) of a document, list indices replaced by ``[]``."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, f"{prefix}.{key}")
    elif isinstance(value, list):
        for item in value:
            yield from paths(item, f"{prefix}[]")
    yield prefix, value


def import_into(registry: Registry, doc: dict[str, Any], **kwargs: bool) -> exchange.ImportSummary:
    with registry.session() as session:
        return import_document(session, doc, **kwargs)


def export_from(registry: Registry) -> dict[str, Any]:
    with registry.read() as session:
        return export_registry(session)


@pytest.fixture
def rich(registry: Registry) -> Registry:
    with registry.session() as session:
        fill_rich_registry(session)
    return registry


@pytest.fixture
def imported(registry: Registry) -> Registry:
    """A registry holding ``valid_doc()``."""
    import_into(registry, valid_doc())
    return registry


# --- export and round trips ---------------------------------------------------------------


def test_rich_registry_round_trips_to_the_identical_document(
    rich: Registry, tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    write_document(export_from(rich), first)

    summary = import_into(rich, read_document(first), replace=True)
    write_document(export_from(rich), second)

    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    assert summary == exchange.ImportSummary(
        vendors=7, services=2, activities=3, locations=4, safeguards=3, dpas=1, links=6
    )


def test_round_trip_into_a_new_registry_gives_the_identical_document(
    rich: Registry, tmp_path: Path
) -> None:
    doc = export_from(rich)
    other = open_registry(tmp_path / "other.sqlite3")
    try:
        import_into(other, copy.deepcopy(doc))
        assert export_from(other) == doc
    finally:
        other.close()


def test_rich_document_fills_every_field_and_holds_no_database_ids(rich: Registry) -> None:
    doc = export_from(rich)

    filled: dict[str, bool] = {}
    for path, value in paths(doc):
        filled[path] = filled.get(path, False) or value not in (None, "", [], {})
    assert [path for path, ok in filled.items() if not ok] == []
    assert not any(re.search(r"(^|\.)(id|\w+_id)$", path) for path in filled)


def test_export_is_sorted_by_name_and_refers_by_name(rich: Registry) -> None:
    doc = export_from(rich)

    assert [v["name"] for v in doc["vendors"]] == [
        MARKUP,
        FORMULA,
        "Acme",
        "acme",
        "AWS",
        "Zendesk",
        NORDIC,
    ]
    assert [a["name"] for a in doc["activities"]] == ["Alerts", "alerts", "Customer support"]
    vendors = {v["name"]: v for v in doc["vendors"]}
    assert vendors["AWS"]["parent"] == "Zendesk"
    assert vendors["acme"]["parent"] == "AWS"
    assert [s["country"] for s in vendors["Zendesk"]["safeguards"]] == ["PH", "US"]
    assert [loc["country"] for loc in vendors["Zendesk"]["locations"]] == ["IE", "US", "DE"]
    assert list(vendors["Zendesk"]["descriptions"].items()) == [
        ("en", "Customer support desk"),
        ("nb", "Kundestøtte"),
    ]
    assert vendors["Zendesk"]["dpa"]["signed_date"] == "2019-02-20"
    assert vendors["AWS"]["dpa"] is None
    assert vendors["AWS"]["role"] == "sub_processor"
    assert doc["services"][0]["vendors"] == [
        {"vendor": "AWS", "purpose": "Hosting of the ticket database"},
        {"vendor": "Zendesk", "purpose": "Ticketing"},
    ]
    assert doc["activities"][2]["vendors"] == ["AWS", "Zendesk"]
    assert doc["activities"][2]["services"] == ["Helpdesk"]


def test_user_text_is_kept_exactly_in_the_file_and_the_database(
    rich: Registry, tmp_path: Path
) -> None:
    path = tmp_path / "registry.json"
    write_document(export_from(rich), path)
    import_into(rich, read_document(path), replace=True)

    content = path.read_text(encoding="utf-8")
    assert json.dumps(FORMULA) in content
    assert f'"{MARKUP}"' in content
    assert f'"{NORDIC}"' in content
    with rich.read() as session:
        names = vendor_names(session)
        assert {FORMULA, MARKUP, NORDIC} <= set(names)
        assert vendor_row(session, NORDIC)["legal_name"] == NORDIC
        purpose = session.execute(text("SELECT purpose FROM service_vendor")).scalars().all()
        assert MARKUP in purpose


def test_empty_registry_round_trips(registry: Registry, tmp_path: Path) -> None:
    doc = export_from(registry)
    assert doc == {
        "format": "subprocessor-registry",
        "version": 1,
        "organisation": {
            "name": "",
            "registration_number": "",
            "address": "",
            "country": "",
            "email": "",
            "phone": "",
            "website": "",
            "dpo_name": "",
            "dpo_email": "",
            "dpo_phone": "",
            "representative": "",
            "supervisory_authority": "",
            "is_controller": True,
            "is_processor": False,
            "objection_contact": "",
            "notice_days": 30,
            "review_interval_months": 12,
        },
        "vendors": [],
        "services": [],
        "activities": [],
    }
    path = tmp_path / "empty.json"
    write_document(doc, path)

    summary = import_into(registry, read_document(path))

    assert summary == exchange.ImportSummary()
    assert export_from(registry) == doc


def test_import_fills_left_out_fields_with_their_defaults(registry: Registry) -> None:
    import_into(registry, valid_doc())

    doc = export_from(registry)
    aws = next(v for v in doc["vendors"] if v["name"] == "AWS")
    assert aws["role"] == "processor"
    assert aws["status"] == "active"
    assert aws["locations"] == [] and aws["dpa"] is None and aws["former_names"] == []
    assert doc["organisation"]["notice_days"] == 30
    assert doc["activities"][0]["art9_condition"] == "none"


def test_import_records_a_change_for_each_record_and_one_for_the_registry(
        registry: Registry) -> None:
    with registry.session() as session:
        import_document(session, valid_doc(), source="nordisk.json")

    with registry.read() as session:
        rows = session.execute(text(
            "SELECT entity, entity_id, record, action, old, new FROM change ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [
        ("organisation", 1, "Nordisk SMS AS", "import", None, "nordisk.json"),
        ("vendor", 1, "Zendesk", "import", None, "nordisk.json"),
        ("vendor", 2, "AWS", "import", None, "nordisk.json"),
        ("service", 1, "Helpdesk", "import", None, "nordisk.json"),
        ("activity", 1, "Support", "import", None, "nordisk.json"),
        ("registry", None, "nordisk.json", "import", None,
         '{"vendors": 2, "services": 1, "activities": 1}'),
    ]


def test_records_added_after_an_import_get_new_ids(imported: Registry) -> None:
    with imported.session() as session:
        vendor = model.Vendor(name="Later", country="NO")
        vendor.locations = [model.Location(country="NO", kind=LocationKind.HOSTING)]
        session.add(vendor)
        session.add(model.Service(name="Later service"))
    with imported.read() as session:
        assert len(vendor_names(session)) == 3
        assert counts(session)["location"] == 2


def test_records_loaded_before_an_import_show_the_imported_values(imported: Registry) -> None:
    other = valid_doc()
    other["vendors"] = [{"name": "Newcomer", "country": "SE"}]
    other["services"] = other["activities"] = []
    with imported.session() as session:
        before = session.scalars(select(model.Vendor).order_by(model.Vendor.id)).first()
        assert before is not None and before.name == "Zendesk"

        import_document(session, other, replace=True)

        after = session.scalars(select(model.Vendor)).all()
        assert [v.name for v in after] == ["Newcomer"]
        assert after[0].country == "SE"


# --- replace ------------------------------------------------------------------------------


def test_import_into_a_filled_registry_is_refused_without_replace(imported: Registry) -> None:
    with imported.read() as session:
        before = counts(session)
    other = valid_doc()
    other["vendors"] = [{"name": "Newcomer", "country": "SE"}]
    other["services"] = other["activities"] = []

    with pytest.raises(UserError) as caught:
        import_into(imported, other)

    assert str(caught.value) == (
        "The registry already holds 2 vendors, 1 service and 1 processing activity, so the "
        "file was not imported. Import with --replace to replace the whole registry with "
        "the file."
    )
    with imported.read() as session:
        assert counts(session) == before
        assert vendor_names(session) == ["AWS", "Zendesk"]


def test_replace_deletes_the_registry_then_imports_the_file(imported: Registry) -> None:
    other = valid_doc()
    other["organisation"] = {"name": "New owner AB", "country": "SE", "is_processor": True}
    other["vendors"] = [{"name": "Newcomer", "country": "SE"}]
    other["services"] = [{"name": "Mail", "vendors": [{"vendor": "Newcomer"}]}]
    other["activities"] = []

    summary = import_into(imported, other, replace=True)

    assert summary == exchange.ImportSummary(vendors=1, services=1, links=1)
    with imported.read() as session:
        assert vendor_names(session) == ["Newcomer"]
        after = counts(session)
        org = session.execute(text("SELECT name, country, is_processor FROM organisation"))
        assert [tuple(r) for r in org] == [("New owner AB", "SE", True)]
        changes = session.execute(text("SELECT old, new FROM change ORDER BY id")).all()
    assert after == {
        "vendor": 1,
        "location": 0,
        "safeguard": 0,
        "dpa": 0,
        "service": 1,
        "service_vendor": 1,
        "activity": 0,
        "activity_vendor": 0,
        "activity_service": 0,
        "organisation": 1,
        "change": 6 + 8,
    }
    assert tuple(changes[-1]) == ('{"vendors": 2, "services": 1, "activities": 1}',
                                  '{"vendors": 1, "services": 1, "activities": 0}')


# --- validation ---------------------------------------------------------------------------


def broken_doc() -> dict[str, Any]:
    doc = valid_doc()
    zendesk, aws = doc["vendors"]
    zendesk["locations"][0]["country"] = "XX"
    zendesk["role"] = "boss"
    zendesk["start_date"] = "2024-02-30"
    aws["website"] = "javascript:alert(1)"
    aws["parent"] = "Nobody"
    doc["vendors"] += [
        {"name": "Zendesk", "country": "US"},
        {"name": "Loop A", "country": "NO", "parent": "Loop B"},
        {"name": "Loop B", "country": "NO", "parent": "Loop A"},
    ]
    return doc


def test_a_broken_document_lists_every_problem_and_changes_nothing(imported: Registry) -> None:
    with imported.read() as session:
        before = counts(session)
        zendesk_before = vendor_row(session, "Zendesk")

    with pytest.raises(UserError) as caught:
        import_into(imported, broken_doc(), replace=True)

    assert caught.value.message == "The file was not imported: 7 problems were found."
    assert caught.value.problems == [
        'vendors[0].role: "boss" is not allowed; use one of: processor, sub_processor, '
        "independent_controller, joint_controller.",
        'vendors[0].start_date: "2024-02-30" is not a date; write it as YYYY-MM-DD ("2024-05-31").',
        'vendors[0].locations[0].country: "XX" is not a country code (ISO 3166-1 alpha-2, '
        "such as NO or DE).",
        'vendors[1].website: "javascript:alert(1)" is not a web address: it must start with '
        "https:// or http://.",
        'vendors[2].name: "Zendesk" is already the name of vendors[0]; names must be unique.',
        'vendors[1].parent: There is no vendor named "Nobody".',
        'vendors[3].parent: The parents form a cycle: "Loop A" → "Loop B" → "Loop A". '
        "A vendor cannot be its own sub-processor, directly or through others.",
    ]
    assert str(caught.value).splitlines()[1] == "  " + caught.value.problems[0]
    with imported.read() as session:
        assert counts(session) == before
        assert vendor_row(session, "Zendesk") == zendesk_before


def test_a_single_problem_is_counted_in_the_singular(registry: Registry) -> None:
    doc = valid_doc()
    doc["vendors"][1]["country"] = "XX"
    with pytest.raises(UserError, match=r"^The file was not imported: 1 problem was found\."):
        import_into(registry, doc)
    with registry.read() as session:
        assert counts(session)["vendor"] == 0


def at(*keys: str | int) -> Callable[[dict[str, Any], object], None]:
    """A change that sets the value at ``keys`` (the last key may be new)."""

    def change(doc: dict[str, Any], value: object) -> None:
        target: Any = doc
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return change


def drop(*keys: str | int) -> Callable[[dict[str, Any], object], None]:
    def change(doc: dict[str, Any], _value: object) -> None:
        target: Any = doc
        for key in keys[:-1]:
            target = target[key]
        del target[keys[-1]]

    return change


def append(*keys: str | int) -> Callable[[dict[str, Any], object], None]:
    def change(doc: dict[str, Any], value: object) -> None:
        target: Any = doc
        for key in keys:
            target = target[key]
        target.append(value)

    return change


CASES: list[tuple[str, Callable[[dict[str, Any], object], None], object, str]] = [
    (
        "unknown kind",
        at("vendors", 0, "locations", 0, "kind"),
        "cloud",
        'vendors[0].locations[0].kind: "cloud" is not allowed; use one of: hosting, support, '
        "processing, backup.",
    ),
    (
        "nullable enum",
        at("vendors", 0, "safeguards", 0, "tia_outcome"),
        "fine",
        'vendors[0].safeguards[0].tia_outcome: "fine" is not allowed; use one of: adequate, '
        "adequate_with_measures, not_adequate or null.",
    ),
    (
        "date in another format",
        at("vendors", 0, "dpa", "signed_date"),
        "01.02.2024",
        'vendors[0].dpa.signed_date: "01.02.2024" is not a date; write it as YYYY-MM-DD '
        '("2024-05-31").',
    ),
    (
        "e-mail",
        at("vendors", 1, "contact_email"),
        "privacy at aws",
        'vendors[1].contact_email: "privacy at aws" is not an e-mail address.',
    ),
    (
        "registration number",
        at("vendors", 1, "registration_number"),
        "LU123",
        'vendors[1].registration_number: "LU123" is not a valid EU VAT number.',
    ),
    (
        "organisation registration number",
        at("organisation", "registration_number"),
        "987 654 321",
        'organisation.registration_number: "987 654 321" is not a valid organisation number '
        "for Norway (the number's checksum or check digit is invalid).",
    ),
    (
        "scc module without scc_2021",
        at("vendors", 0, "safeguards", 0, "mechanism"),
        "bcr",
        'vendors[0].safeguards[0].scc_module: An SCC module goes with mechanism "scc_2021" '
        'only, not "bcr"; use null.',
    ),
    (
        "scc module out of range",
        at("vendors", 0, "safeguards", 0, "scc_module"),
        5,
        "vendors[0].safeguards[0].scc_module: Must be a whole number from 1 to 4 or null; found 5.",
    ),
    (
        "derogation without mechanism derogation",
        at("vendors", 0, "safeguards", 0, "derogation"),
        "a",
        'vendors[0].safeguards[0].derogation: A derogation goes with mechanism "derogation" '
        'only, not "scc_2021"; use null.',
    ),
    (
        "two safeguards for one country",
        append("vendors", 0, "safeguards"),
        {"country": "US", "mechanism": "eu_us_dpf"},
        'vendors[0].safeguards[1].country: "US" already has a safeguard (safeguards[0]); '
        "a vendor has one safeguard per country.",
    ),
    (
        "the same location twice",
        append("vendors", 0, "locations"),
        {"country": "IE", "kind": "hosting", "detail": ""},
        "vendors[0].locations[1]: Repeats locations[0] (same country, kind and detail).",
    ),
    (
        "dates out of order",
        at("vendors", 0, "end_date"),
        "2019-12-31",
        "vendors[0].end_date: 2019-12-31 is before the start date 2020-01-01.",
    ),
    (
        "text too long",
        at("vendors", 1, "legal_name"),
        "x" * 301,
        "vendors[1].legal_name: Is 301 characters long; at most 300 fit.",
    ),
    (
        "name too long",
        at("activities", 0, "name"),
        "x" * 201,
        "activities[0].name: The processing activity name is longer than 200 characters.",
    ),
    (
        "blank name",
        at("activities", 0, "name"),
        " ",
        "activities[0].name: A processing activity name is required.",
    ),
    (
        "NUL character",
        at("vendors", 1, "internal_notes"),
        "a\x00b",
        "vendors[1].internal_notes: Contains a NUL character, which cannot be stored.",
    ),
    (
        "own parent",
        at("vendors", 1, "parent"),
        "AWS",
        "vendors[1].parent: A vendor cannot be its own parent.",
    ),
    (
        "unknown service",
        at("activities", 0, "services"),
        ["Helpdesk", "Billing"],
        'activities[0].services[1]: There is no service named "Billing".',
    ),
    (
        "unknown vendor of a service",
        at("services", 0, "vendors", 0, "vendor"),
        "Zendesk Inc",
        'services[0].vendors[0].vendor: There is no vendor named "Zendesk Inc".',
    ),
    (
        "a vendor twice in a service",
        append("services", 0, "vendors"),
        {"vendor": "Zendesk", "purpose": "again"},
        'services[0].vendors[1].vendor: "Zendesk" is already listed at '
        "services[0].vendors[0].vendor.",
    ),
    (
        "a vendor twice in an activity",
        at("activities", 0, "vendors"),
        ["Zendesk", "Zendesk"],
        'activities[0].vendors[1]: "Zendesk" is already listed at activities[0].vendors[0].',
    ),
    (
        "duplicate service",
        append("services"),
        {"name": "Helpdesk"},
        'services[1].name: "Helpdesk" is already the name of services[0]; names must be unique.',
    ),
    (
        "misspelt field",
        at("vendors", 1, "nmae"),
        "AWS",
        'vendors[1]: "nmae" is not a field of a vendor.',
    ),
    (
        "missing required field",
        drop("vendors", 1, "country"),
        None,
        "vendors[1].country: Is required.",
    ),
    (
        "language",
        at("vendors", 1, "descriptions"),
        {"de": "Rechenzentren"},
        'vendors[1].descriptions: "de" is not a language; use en, nb, da, sv, fi.',
    ),
    (
        "unknown key with a lone surrogate",
        at("organisation", "na\udc00me"),
        "x",
        'organisation: "na\\udc00me" is not a field of the organisation.',
    ),
    (
        "language with a lone surrogate",
        at("vendors", 1, "descriptions"),
        {"e\ud800": "x"},
        'vendors[1].descriptions: "e\\ud800" is not a language; use en, nb, da, sv, fi.',
    ),
    (
        "unknown key over lines",
        at("comment\nsecond line"),
        "x",
        '"comment\\nsecond line" is not a key of an exchange document.',
    ),
    (
        "unknown key of 10,000 characters",
        at("activities", 0, "retention"),
        [{"category": "Tickets", "period": "1 year", "x" * 10_000: ""}],
        'activities[0].retention[0]: "' + "x" * 56 + '... is not one of its keys (category, '
        "period).",
    ),
    (
        "country of 5,000 characters",
        at("vendors", 0, "locations", 0, "country"),
        "x" * 5000,
        'vendors[0].locations[0].country: "' + "x" * 57 + '..." is not a country code '
        "(ISO 3166-1 alpha-2, such as NO or DE).",
    ),
    (
        "retention entry",
        at("activities", 0, "retention"),
        [{"category": "Tickets"}],
        "activities[0].retention[0].period: Is required.",
    ),
    (
        "list item type",
        at("activities", 0, "data_subjects"),
        ["Customers", 7],
        "activities[0].data_subjects[1]: Must be text; found 7.",
    ),
    (
        "negative notice",
        at("vendors", 0, "dpa", "notice_days"),
        -1,
        "vendors[0].dpa.notice_days: Must be a whole number from 0 to 2147483647 or null; "
        "found -1.",
    ),
    (
        "true is not a number",
        at("organisation", "notice_days"),
        True,
        "organisation.notice_days: Must be a whole number from 0 to 2147483647; found true.",
    ),
    (
        "text is not a flag",
        at("vendors", 0, "safeguards", 0, "dpf_certified"),
        "yes",
        'vendors[0].safeguards[0].dpf_certified: Must be true or false; found "yes".',
    ),
    (
        "no role",
        at("organisation", "is_controller"),
        False,
        "organisation: The organisation must be a controller, a processor or both: "
        "is_controller and is_processor cannot both be false.",
    ),
    (
        "dpa not an object",
        at("vendors", 0, "dpa"),
        "signed",
        'vendors[0].dpa: Must be an object (a DPA); found "signed".',
    ),
    ("vendors not a list", at("vendors"), {}, "vendors: Must be a list; found {}."),
    ("missing list", drop("activities"), None, "activities: Is required."),
    (
        "unknown top-level key",
        at("comment"),
        "hi",
        '"comment" is not a key of an exchange document.',
    ),
]


@pytest.mark.parametrize(
    ("change", "value", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_each_rule_reports_one_problem_at_its_place(
    change: Callable[[dict[str, Any], object], None], value: object, expected: str
) -> None:
    doc = valid_doc()
    assert validate_document(doc) == []
    change(doc, value)

    assert [str(p) for p in validate_document(doc)] == [expected]


def test_a_value_that_would_break_the_line_is_shown_as_json_writes_it() -> None:
    """A carriage return, a line break, a terminal's escape or a line separator in a value
    would split a listed problem over lines, or rewrite what the terminal shows."""
    doc = valid_doc()
    doc["organisation"].update(website="\x1b[2Jhttps://x", registration_number="12\n34")
    doc["vendors"][1].update(country="\r", contact_email="a\u2028b\x85c")

    assert [str(p) for p in validate_document(doc)] == [
        'organisation.website: "\\u001b[2Jhttps://x" is not a web address: it must start with '
        "https:// or http://.",
        'organisation.registration_number: "12\\n34" is not a valid organisation number for '
        "Norway (the number has an invalid format).",
        'vendors[1].country: "\\r" is not a country code (ISO 3166-1 alpha-2, such as NO or DE).',
        'vendors[1].contact_email: "a\\u2028b\\u0085c" is not an e-mail address.',
    ]
    assert [str(p) for p in validate_document({"format": "\u2029", "version": 1})] == [
        'format: The document is not a Subprocessor Registry exchange document (its "format" '
        'is "\\u2029", not "subprocessor-registry").'
    ]


def test_parent_cycles_of_any_length_are_reported_once(registry: Registry) -> None:
    doc = valid_doc()
    doc["vendors"] += [
        {"name": "C", "country": "NO", "parent": "E"},
        {"name": "D", "country": "NO", "parent": "C"},
        {"name": "E", "country": "NO", "parent": "D"},
        {"name": "Below the cycle", "country": "NO", "parent": "E"},
    ]
    assert [str(p) for p in validate_document(doc)] == [
        'vendors[2].parent: The parents form a cycle: "C" → "E" → "D" → "C". '
        "A vendor cannot be its own sub-processor, directly or through others."
    ]


def test_the_document_must_be_an_exchange_document_of_a_known_version() -> None:
    assert [str(p) for p in validate_document([])] == [
        "The document holds a list, not an exchange document (a JSON object)."
    ]
    assert [str(p) for p in validate_document({"format": "other", "version": 1})] == [
        'format: The document is not a Subprocessor Registry exchange document (its "format" '
        'is "other", not "subprocessor-registry").'
    ]
    assert [str(p) for p in validate_document({"format": "subprocessor-registry"})] == [
        'version: The document has no valid "version" (it is missing; it must be a whole '
        "number, 1 or more)."
    ]


def test_sub_processors_deeper_than_their_parents_import_in_any_order(
    registry: Registry,
) -> None:
    doc = valid_doc()
    doc["vendors"] = [
        {"name": "Level 3", "country": "NO", "parent": "Level 2"},
        {"name": "Level 2", "country": "NO", "parent": "Level 1"},
        {"name": "Level 1", "country": "NO"},
    ]
    doc["services"] = doc["activities"] = []

    import_into(registry, doc)

    with registry.read() as session:
        chain = session.execute(
            text(
                "SELECT v.name, p.name FROM vendor v LEFT JOIN vendor p ON p.id = v.parent_id "
                "ORDER BY v.name"
            )
        ).all()
    assert [tuple(r) for r in chain] == [
        ("Level 1", None),
        ("Level 2", "Level 1"),
        ("Level 3", "Level 2"),
    ]


# --- files --------------------------------------------------------------------------------


def test_a_file_that_is_not_json_gives_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    path.write_text('{"format": "subprocessor-registry",\n  "version": 1,\n  oops}\n')

    with pytest.raises(UserError) as caught:
        read_document(path)

    assert str(caught.value) == (
        f"{path} is not valid JSON: expecting property name enclosed in double quotes "
        "at line 3, column 3."
    )


def test_a_newer_version_is_refused_naming_the_version(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    write_document({**valid_doc(), "version": 2}, path)

    with pytest.raises(UserError) as caught:
        read_document(path)

    assert str(caught.value) == (
        f"{path} was written by a newer version of Subprocessor Registry (format version 2; "
        "this version reads format version 1 and older). Update the app to import it."
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "{path} is empty."),
        (
            '{"name": "Øresund"}'.encode("latin-1"),
            "{path} is not UTF-8 text (byte 11 is not valid UTF-8), so it is not an exchange file.",
        ),
        (b"[1, 2]", "{path} holds a list, not an exchange document (a JSON object)."),
        (
            b'{"format": "spreadsheet", "version": 1}',
            '{path} is not a Subprocessor Registry exchange document (its "format" is '
            '"spreadsheet", not "subprocessor-registry").',
        ),
        (
            b'{"vendors": []}',
            '{path} is not a Subprocessor Registry exchange document (it has no "format").',
        ),
        (
            b'{"format": "subprocessor-registry", "version": "one"}',
            '{path} has no valid "version" (it is "one"; it must be a whole number, 1 or more).',
        ),
    ],
    ids=["empty", "latin-1", "list", "other format", "no format", "bad version"],
)
def test_unreadable_files_are_refused_with_a_sentence(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "registry.json"
    path.write_bytes(content)

    with pytest.raises(UserError) as caught:
        read_document(path)

    assert str(caught.value) == message.format(path=path)


HEADER = '{"format": "subprocessor-registry", "version": 1,\n'


@pytest.mark.parametrize(
    ("prefix", "brackets", "deepest"),
    [
        ('"vendors": ', "[" * 995 + "]" * 995 + "}", 32),
        ('"vendors": ', "[" * 100_000, 32),
        ('"vendors": [{"name": "[[{{\\"[", "descriptions": {"en": ', "[" * 40 + "]" * 40 + "}}]}",
         29),
    ],
    ids=["995 levels", "100,000 levels, never closed", "40 levels inside a valid key"],
)
def test_a_document_nested_too_deeply_is_refused_naming_where(
    tmp_path: Path, prefix: str, brackets: str, deepest: int
) -> None:
    """JSON's parser gives up past some 990 levels; the format needs 5, so anything past 32
    is refused where it goes too deep (brackets inside texts do not count)."""
    path = tmp_path / "registry.json"
    path.write_text(HEADER + prefix + brackets, encoding="utf-8")

    with pytest.raises(UserError) as caught:
        read_document(path)

    assert str(caught.value) == (
        f"{path} nests lists and objects more than 32 levels deep (at line 2, column "
        f"{len(prefix) + deepest}), so it is not an exchange file."
    )


def test_32_levels_are_read_and_33_are_not(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    path.write_text(HEADER + '"x": ' + "[" * 31 + "]" * 31 + "}", encoding="utf-8")
    nested: list[Any] = []
    for _ in range(30):
        nested = [nested]
    assert read_document(path)["x"] == nested

    path.write_text(HEADER + '"x": ' + "[" * 32 + "]" * 32 + "}", encoding="utf-8")
    with pytest.raises(UserError, match="more than 32 levels deep"):
        read_document(path)


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("9" * 5000, "{path} holds a number too large to read at line 2, column {column}."),
        ("-" + "9" * 101, "{path} holds a number too large to read at line 2, column {column}."),
        ("1e400", "{path} holds a number too large to read at line 2, column {column}."),
        ("-1.5E400", "{path} holds a number too large to read at line 2, column {column}."),
        ("NaN", "{path} is not valid JSON: NaN is not a JSON number at line 2, column {column}."),
        ("Infinity",
         "{path} is not valid JSON: Infinity is not a JSON number at line 2, column {column}."),
        ("-Infinity",
         "{path} is not valid JSON: -Infinity is not a JSON number at line 2, column {column}."),
    ],
    ids=["5,000 digits", "101 digits", "1e400", "-1.5E400", "NaN", "Infinity", "-Infinity"],
)
def test_a_number_json_cannot_hold_is_refused_naming_where(
    tmp_path: Path, number: str, message: str
) -> None:
    prefix = '"organisation": {"name": "NaN 1e400 9999", "notice_days": '
    path = tmp_path / "registry.json"
    path.write_text(HEADER + prefix + number + "}}", encoding="utf-8")

    with pytest.raises(UserError) as caught:
        read_document(path)

    assert str(caught.value) == message.format(path=path, column=len(prefix) + 1)


def test_a_whole_number_of_100_digits_is_a_problem_at_its_place(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    doc = valid_doc()
    doc["organisation"]["notice_days"] = 10**99
    write_document(doc, path)

    assert [str(p) for p in validate_document(read_document(path))] == [
        "organisation.notice_days: Must be a whole number from 0 to 2147483647; found "
        + "1" + "0" * 56 + "...."
    ]


GIVEN_TWICE = "Is given twice in the same object; which value is meant is not clear, so give " \
    "the key once."


def test_a_key_given_twice_is_a_problem_at_its_place(registry: Registry, tmp_path: Path) -> None:
    """JSON's parser keeps the last of the values; the file's author may have meant either.
    Reading the file lists every problem of the document, as an import does."""
    path = tmp_path / "registry.json"
    path.write_text(
        '{"format": "subprocessor-registry", "version": 1, "version": 1,\n'
        '"organisation": {"name": "Nordisk SMS AS"},\n'
        '"vendors": [{"name": "Zendesk", "country": "US"},\n'
        '  {"name": "AWS", "country": "LU", "name": "Amazon", "name": "AWS",\n'
        '   "descriptions": {"en": "Hosting", "en": "Cloud"}, "country": "LU"}],\n'
        '"services": [],\n'
        '"activities": [{"name": "Support",\n'
        '  "retention": [{"category": "Tickets", "period": "1 year", "period": "2 years"}]}]}\n',
        encoding="utf-8",
    )

    with pytest.raises(UserError) as caught:
        import_into(registry, read_document(path))

    assert caught.value.message == "The file was not imported: 5 problems were found."
    assert caught.value.problems == [
        f"version: {GIVEN_TWICE}",
        "vendors[1].name: Is given 3 times in the same object; which value is meant is not "
        "clear, so give the key once.",
        f"vendors[1].country: {GIVEN_TWICE}",
        f"vendors[1].descriptions.en: {GIVEN_TWICE}",
        f"activities[0].retention[0].period: {GIVEN_TWICE}",
    ]
    with registry.read() as session:
        assert counts(session)["vendor"] == 0


def test_a_key_given_twice_is_named_as_the_file_writes_it(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    doc = json.dumps(valid_doc()).replace(
        '"organisation": {', '"organisation": {"dpo name": "Kari", "dpo name": "Ola", ', 1
    )
    path.write_text(doc, encoding="utf-8")

    with pytest.raises(UserError) as caught:
        read_document(path)

    assert caught.value.problems == [
        f'organisation["dpo name"]: {GIVEN_TWICE}',
        'organisation: "dpo name" is not a field of the organisation.',
    ]


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"missing\.json does not exist\.$"):
        read_document(tmp_path / "missing.json")
    with pytest.raises(UserError, match=r"is a folder, not an exchange file\.$"):
        read_document(tmp_path)


def test_a_document_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(valid_doc()).encode())
    assert read_document(path) == valid_doc()


def test_writing_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "registry.json"
    with pytest.raises(UserError) as caught:
        write_document(valid_doc(), target)
    assert str(caught.value) == (
        f"{target} cannot be written: the folder {target.parent} does not exist.")


def test_written_file_is_readable_utf8_json(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    doc = valid_doc()
    doc["organisation"]["name"] = NORDIC

    write_document(doc, path)

    content = path.read_text(encoding="utf-8")
    assert NORDIC in content
    assert content.startswith('{\n  "format": "subprocessor-registry",\n  "version": 1,')
    assert json.loads(content) == doc
    assert [p.name for p in tmp_path.iterdir()] == ["registry.json"]


# --- documentation ------------------------------------------------------------------------


def test_the_reference_documents_every_field() -> None:
    content = DOCS.read_text(encoding="utf-8")
    for record in (
        exchange.ORGANISATION,
        exchange.VENDOR,
        exchange.LOCATION,
        exchange.SAFEGUARD,
        exchange.DPA,
        exchange.SERVICE,
        exchange.SERVICE_VENDOR,
        exchange.ACTIVITY,
    ):
        assert record.reference() in content, f"the table of {record.what} is out of date"


def test_the_example_of_the_reference_imports_and_round_trips(registry: Registry) -> None:
    content = DOCS.read_text(encoding="utf-8")
    example = json.loads(re.findall(r"```json\n(.*?)```", content, re.S)[0])

    assert validate_document(example) == []
    import_into(registry, example)
    assert export_from(registry) == example


# --- speed --------------------------------------------------------------------------------


def large_doc(vendors: int = 5000) -> dict[str, Any]:
    """5,000 vendors, 15,000 locations, 1,000 services and 2,000 activities: 50,000 links."""
    records = []
    for i in range(vendors):
        records.append(
            {
                "name": f"Vendor {i:05d}",
                "legal_name": f"Vendor {i} AS",
                "country": ("NO", "US", "IE", "DE", "SE")[i % 5],
                "website": f"https://vendor{i}.example",
                "contact_email": f"privacy@vendor{i}.example",
                "start_date": "2020-01-01",
                "parent": f"Vendor {i - i % 10:05d}" if i % 10 else None,
                "descriptions": {"en": "Hosting"},
                "locations": [
                    {"country": c, "kind": k, "detail": ""}
                    for c, k in (("IE", "hosting"), ("US", "support"), ("DE", "backup"))
                ],
                "safeguards": [{"country": "US", "mechanism": "scc_2021", "scc_module": 3}],
                "dpa": {"signed_date": "2020-01-01", "notice_days": 30},
            }
        )
    services = [
        {
            "name": f"Service {s:04d}",
            "vendors": [{"vendor": f"Vendor {(s * 7 + j) % vendors:05d}"} for j in range(30)],
        }
        for s in range(1000)
    ]
    activities = [
        {
            "name": f"Activity {a:04d}",
            "vendors": [f"Vendor {(a * 3 + j) % vendors:05d}" for j in range(8)],
            "services": [f"Service {(a + j) % 1000:04d}" for j in range(2)],
        }
        for a in range(2000)
    ]
    return {
        "format": "subprocessor-registry",
        "version": 1,
        "organisation": {"name": "Large AS"},
        "vendors": records,
        "services": services,
        "activities": activities,
    }


def test_import_of_5000_vendors_writes_every_row(registry: Registry) -> None:
    """The size is the point (two seconds): a registry far larger than any other test makes,
    each table's rows written with one executemany, arrives whole."""
    summary = import_into(registry, large_doc())

    assert str(summary) == (
        "5000 vendors, 1000 services, 2000 activities, 15000 locations, 5000 safeguards, "
        "5000 DPAs, 50000 links"
    )
    with registry.read() as session:
        found = counts(session)
        assert session.scalar(select(func.count()).select_from(exchange.VENDORS)) == 5000
    assert found["location"] == 15_000
    assert found["service_vendor"] + found["activity_vendor"] + found["activity_service"] == 50_000
