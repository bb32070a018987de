"""The checks of whole records on a real SQLite file: what is wrong, next to which field."""

from __future__ import annotations

import datetime as dt

import pytest

from registry import checks_of_records as checks
from registry import forms, model
from registry import usecases as uc
from registry.enums import Derogation, LocationKind, Mechanism, TiaOutcome
from registry.storage import Registry

from tests.registry.builders import zendesk_form

VALID_NO_ORGNR = "974760673"


def run(registry: Registry, work):  # type: ignore[no-untyped-def]
    with registry.session() as session:
        return work(session)


def problems(registry: Registry, form: forms.VendorForm, vendor_id: int | None = None
             ) -> dict[str, str]:
    with registry.read() as session:
        return checks.validate_vendor(session, form, vendor_id)


def test_a_valid_vendor_has_no_problems(registry: Registry) -> None:
    assert problems(registry, zendesk_form()) == {}


@pytest.mark.parametrize(("changes", "key", "text"), [
    ({"name": "  "}, "name", "A name is required."),
    ({"country": ""}, "country", "A country is required."),
    ({"country": "XX"}, "country", '"XX" is not a country code'),
    ({"country": "NO", "registration_number": "986901052"}, "registration_number",
     "not a valid organisation number for Norway"),
    ({"website": "ftp://zendesk.com"}, "website", "must start with https:// or http://"),
    ({"privacy_url": "javascript:alert(1)"}, "privacy_url", "must start with https://"),
    ({"contact_email": "privacy at zendesk"}, "contact_email", "is not an e-mail address"),
    ({"end_date": dt.date(2019, 1, 1)}, "end_date", "before the start date"),
    ({"next_review": dt.date(2024, 1, 1)}, "next_review", "before the last review"),
    ({"last_reviewed": dt.date.today() + dt.timedelta(days=3)}, "last_reviewed", "future"),
    ({"legal_name": "x" * 301}, "legal_name", "longer than 300 characters"),
    ({"descriptions": {"de": "Beschreibung"}}, "descriptions", "not de"),
    ({"locations": [forms.LocationForm("ZZ", LocationKind.HOSTING)]}, "locations[0].country",
     '"ZZ" is not a country code'),
    ({"locations": [forms.LocationForm("IE", LocationKind.HOSTING, "Dublin")] * 2},
     "locations[1].detail", "listed twice"),
    ({"safeguards": [forms.SafeguardForm("US", Mechanism.SCC_2021, scc_module=2),
                     forms.SafeguardForm("US", Mechanism.BCR)]},
     "safeguards[1].country", "already a safeguard for United States"),
    ({"safeguards": [forms.SafeguardForm("US", Mechanism.BCR, scc_module=2)]},
     "safeguards[0].scc_module", "applies only to the Standard Contractual Clauses"),
    ({"safeguards": [forms.SafeguardForm("US", Mechanism.SCC_2021, scc_module=7)]},
     "safeguards[0].scc_module", "1, 2, 3 or 4"),
    ({"safeguards": [forms.SafeguardForm("US", Mechanism.SCC_2021, derogation=Derogation.A)]},
     "safeguards[0].derogation", "only when the mechanism is a derogation"),
    ({"safeguards": [forms.SafeguardForm("US", Mechanism.DEROGATION)]},
     "safeguards[0].derogation", "Choose the Art. 49 derogation"),
    ({"safeguards": [forms.SafeguardForm("IN", Mechanism.EU_US_DPF)]},
     "safeguards[0].mechanism", "only transfers to the United States, not India"),
    ({"safeguards": [forms.SafeguardForm("IN", Mechanism.BCR, dpf_certified=True)]},
     "safeguards[0].dpf_certified", "only to the EU-US Data Privacy Framework"),
    ({"safeguards": [forms.SafeguardForm("IN", Mechanism.BCR, tia_outcome=TiaOutcome.ADEQUATE)]},
     "safeguards[0].tia_date", "Record the date"),
    ({"dpa": forms.DpaForm(notice_days=-1)}, "dpa.notice_days", "cannot be negative"),
    ({"services": [(999, "Ticketing")]}, "services[0]", "no longer exists"),
    ({"parent_id": 999}, "parent_id", "no longer exists"),
])
def test_validation_says_what_is_wrong_next_to_the_field(
    registry: Registry, changes: dict[str, object], key: str, text: str
) -> None:
    found = problems(registry, zendesk_form(**changes))

    assert key in found, found
    assert text in found[key]


def test_valid_registration_number_for_the_country(registry: Registry) -> None:
    assert problems(registry, zendesk_form(country="NO", registration_number=VALID_NO_ORGNR)) == {}


def test_names_are_unique_regardless_of_case(registry: Registry) -> None:
    vendor_id = run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="Ørsted Cloud AS")))

    assert problems(registry, zendesk_form(name="ØRSTED cloud as"))["name"] == (
        'There is already a vendor named "Ørsted Cloud AS".')
    assert problems(registry, zendesk_form(name="Ørsted Cloud AS"), vendor_id) == {}


@pytest.mark.parametrize(("stored", "typed"), [
    ("Zendesk", "ZENDESK"),            # ASCII only: compared by SQLite's lower()
    ("  Zendesk ", "zendesk"),         # typed with spaces around it
    ("Straße Hosting", "STRASSE hosting"),  # non-ASCII folding to ASCII
    ("STRASSE Hosting", "straße hosting"),  # ASCII stored, non-ASCII typed
])
def test_a_name_differing_only_in_case_is_refused(registry: Registry, stored: str,
                                                   typed: str) -> None:
    vendor_id = run(registry, lambda s: uc.create_vendor(s, zendesk_form(name=stored)))
    shown = run(registry, lambda s: s.get(model.Vendor, vendor_id).name)

    assert problems(registry, zendesk_form(name=typed))["name"] == (
        f'There is already a vendor named "{shown}".')
    assert problems(registry, zendesk_form(name=typed), vendor_id) == {}
    assert "name" not in problems(registry, zendesk_form(name=typed + " 2"))


def test_a_parent_cannot_be_the_vendor_itself_nor_below_it(registry: Registry) -> None:
    top = run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="Top")))
    middle = run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="Middle",
                                                                      parent_id=top)))
    bottom = run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="Bottom",
                                                                      parent_id=middle)))

    assert "own sub-processor" in problems(registry, zendesk_form(name="Top", parent_id=top),
                                           top)["parent_id"]
    assert "circle" in problems(registry, zendesk_form(name="Top", parent_id=bottom),
                                top)["parent_id"]
    assert problems(registry, zendesk_form(name="Bottom", parent_id=top), bottom) == {}


def test_describe_field_names_rows_from_one() -> None:
    assert checks.describe_field("locations[2].country") == "Location 3"
    assert checks.describe_field("registration_number") == "Registration number"


def test_service_and_activity_validation(registry: Registry) -> None:
    run(registry, lambda s: uc.create_service(s, forms.ServiceForm("SMS gateway")))
    with registry.read() as session:
        service = checks.validate_service(session, forms.ServiceForm("sms GATEWAY",
                                                                     vendors=[(5, "")]))
        activity = checks.validate_activity(session, forms.ActivityForm(
            name="", dpia_link="file:///etc/passwd",
            retention=[{"category": "", "period": "5 years"}],
            controllers=[{"name": "", "contact": "x@example.com"}],
            vendor_ids=[42],
        ))

    assert service == {"name": 'There is already a service named "SMS gateway".',
                       "vendors[0]": "This vendor no longer exists."}
    assert set(activity) == {"name", "dpia_link", "retention[0].category",
                             "controllers[0].name", "vendor_ids[0]"}
