"""The demo registry: complete, valid, and holding exactly the problems it is meant to show."""

from __future__ import annotations

import pytest

from registry import model
from registry.assessment import assess
from registry.countries import is_country
from registry.demo import DEMO_AS_OF, build_demo
from registry.enums import ActivityRole, Mechanism, Severity, VendorStatus
from registry.errors import UserError
from registry.snapshot import Snapshot, VendorRow, load_snapshot
from registry.storage import Registry
from registry.validation import check_email, check_registration, check_url

NAMED_VENDORS = (
    "Sinch", "Zendesk", "Advania", "TeamViewer", "Sentia", "Wannafind", "Vipre", "Make",
    "Heimdal Security", "Splashtop", "Microsoft Ireland", "Microsoft Corporation",
    "Google Ireland", "Google LLC", "Mailchimp", "Meta (Facebook)", "LinkedIn",
    "Amazon Web Services",
)


def vendor(snapshot: Snapshot, name: str) -> VendorRow:
    found = [v for v in snapshot.vendors.values() if v.name == name]
    assert found, f"{name} is not in the demo"
    return found[0]


def test_organisation(demo_snapshot: Snapshot) -> None:
    org = demo_snapshot.organisation
    assert org.name == "Smart Solution AS"
    assert org.registration_number == "986901051"
    assert org.country == "NO"
    assert org.is_controller and org.is_processor
    assert "Datatilsynet" in org.supervisory_authority
    assert org.dpo_name and org.objection_contact
    assert org.notice_days == 30


@pytest.mark.parametrize("name", NAMED_VENDORS)
def test_every_named_vendor_is_there(demo_snapshot: Snapshot, name: str) -> None:
    row = vendor(demo_snapshot, name)
    assert row.legal_name or name == "Wannafind"
    assert row.descriptions.get("en") and row.descriptions.get("nb")
    assert row.locations


def test_legal_entities(demo_snapshot: Snapshot) -> None:
    assert vendor(demo_snapshot, "Sinch").legal_name == "Sinch AB"
    assert vendor(demo_snapshot, "Sinch").country == "SE"
    assert vendor(demo_snapshot, "Make").registration_number == "993555002"
    assert "TeleComputing" in vendor(demo_snapshot, "Advania").former_names
    assert vendor(demo_snapshot, "Vipre").legal_name == "J2 Global Norway AS"
    assert vendor(demo_snapshot, "Zendesk").country == "US"
    assert vendor(demo_snapshot, "Mailchimp").legal_name == "The Rocket Science Group LLC"
    assert any(not v.name.isascii() for v in demo_snapshot.vendors.values())


def test_values_are_valid(demo_snapshot: Snapshot) -> None:
    org = demo_snapshot.organisation
    assert check_registration(org.country, org.registration_number) is None
    for v in demo_snapshot.vendors.values():
        assert check_registration(v.country, v.registration_number) is None, v.name
        for url in (v.website, v.privacy_url, v.dpa_url):
            assert check_url(url) is None, (v.name, url)
            assert not url or url.startswith("https://"), (v.name, url)
        assert check_email(v.contact_email) is None
        assert is_country(v.country), v.name
        for loc in v.locations:
            assert is_country(loc.country), (v.name, loc)
            assert loc.detail
        for sg in v.safeguards:
            assert is_country(sg.country), (v.name, sg)
    assert check_url(org.website) is None


def test_chains(demo_snapshot: Snapshot) -> None:
    aws = vendor(demo_snapshot, "Amazon Web Services")
    assert demo_snapshot.chain(aws.id) == ("Zendesk", "Amazon Web Services")
    assert aws.legal_name == "Amazon Web Services EMEA SARL"
    assert demo_snapshot.chain(vendor(demo_snapshot, "Microsoft Corporation").id) == (
        "Microsoft Ireland", "Microsoft Corporation")
    assert demo_snapshot.chain(vendor(demo_snapshot, "Google LLC").id) == (
        "Google Ireland", "Google LLC")


def test_transfer_records(demo_snapshot: Snapshot) -> None:
    zendesk = vendor(demo_snapshot, "Zendesk")
    assert {loc.country for loc in zendesk.locations} >= {"IE", "DE", "US"}
    us = zendesk.safeguard_for("US")
    assert us is not None and us.mechanism == Mechanism.EU_US_DPF
    assert us.dpf_certified and us.dpf_checked is not None
    assert (DEMO_AS_OF - us.dpf_checked).days < 120

    mailchimp = vendor(demo_snapshot, "Mailchimp").safeguard_for("US")
    assert mailchimp is not None and mailchimp.mechanism == Mechanism.PRIVACY_SHIELD

    splashtop = vendor(demo_snapshot, "Splashtop").safeguard_for("US")
    assert splashtop is not None and splashtop.mechanism == Mechanism.SCC_2021
    assert splashtop.scc_module == 3 and splashtop.tia_date is None


def test_services(demo_snapshot: Snapshot) -> None:
    assert 4 <= len(demo_snapshot.services) <= 6
    sms = demo_snapshot.service_by_name("SMS gateway")
    assert sms is not None
    names = {demo_snapshot.vendors[vid].name for vid, _ in sms.vendors}
    assert {"Sinch", "Sentia"} <= names
    assert all(purpose for s in demo_snapshot.services.values() for _, purpose in s.vendors)
    remote = demo_snapshot.service_by_name("Remote support")
    assert remote is not None
    assert {demo_snapshot.vendors[vid].name for vid, _ in remote.vendors} == {
        "TeamViewer", "Splashtop"}


def test_activities(demo_snapshot: Snapshot) -> None:
    assert len(demo_snapshot.activities) >= 8
    by_name = {a.name: a for a in demo_snapshot.activities.values()}
    sms_log = by_name["SMS traffic and delivery log"]
    assert sms_log.role == ActivityRole.PROCESSOR
    assert sms_log.controllers[0]["name"] == "Customers of the SMS gateway"
    assert "3 months" in sms_log.retention[0]["period"]
    assert "3 days" in by_name["E-mail to SMS: copies for troubleshooting"].retention[0][
        "period"]
    assert "5 years" in by_name["Invoicing and bookkeeping"].retention[0]["period"]
    logins = by_name["User accounts and login history"].retention
    assert any("last 10 logins" in r["period"].lower() for r in logins)
    for a in demo_snapshot.activities.values():
        assert a.vendor_ids, a.name
        if a.role == ActivityRole.CONTROLLER:
            assert a.legal_basis is not None, a.name
    incomplete = [a.name for a in demo_snapshot.activities.values()
                  if not a.retention or not a.security_measures]
    assert incomplete == ["Phone calls and call-backs"]


def test_findings_are_the_intended_ones(demo_snapshot: Snapshot) -> None:
    """The demo shows each kind of problem once, and no problem it does not mean to."""
    findings = assess(demo_snapshot, DEMO_AS_OF).findings
    problems = {(f.severity, f.rule, f.record_name) for f in findings
                if f.severity != Severity.INFO}
    assert problems == {
        (Severity.ERROR, "transfer.dead-mechanism", "Mailchimp"),
        (Severity.ERROR, "vendor.dpa-missing", "Web Norge"),
        (Severity.WARNING, "transfer.tia-missing", "Splashtop"),
        (Severity.WARNING, "transfer.dpf-check-stale", "LinkedIn"),
        (Severity.WARNING, "vendor.review-overdue", "Wannafind"),
        (Severity.WARNING, "activity.art30-1-e", "Newsletter"),
        (Severity.WARNING, "activity.art30-1-f", "Phone calls and call-backs"),
        (Severity.WARNING, "activity.art30-1-g", "Phone calls and call-backs"),
    }
    assert any(f.rule == "vendor.planned" and f.record_name == "LINK Mobility"
               for f in findings)
    assert vendor(demo_snapshot, "LINK Mobility").status == VendorStatus.PLANNED


def test_internal_notes_stay_internal(demo_snapshot: Snapshot) -> None:
    noted = [v for v in demo_snapshot.vendors.values() if v.internal_notes]
    assert len(noted) >= 3
    for v in noted:
        assert all(v.internal_notes not in text for text in v.descriptions.values())


def test_demo_is_deterministic(registry: Registry, demo_snapshot: Snapshot) -> None:
    with registry.session() as session:
        build_demo(session)
    with registry.read() as session:
        again = load_snapshot(session)
    assert [v.name for v in again.vendors.values()] == [
        v.name for v in demo_snapshot.vendors.values()]
    assert [(v.start_date, v.next_review) for v in again.vendors.values()] == [
        (v.start_date, v.next_review) for v in demo_snapshot.vendors.values()]


def test_refuses_a_registry_that_is_not_empty(registry: Registry) -> None:
    with registry.session() as session:
        session.add(model.Service(name="Existing service"))
    with pytest.raises(UserError, match="already holds services"), \
            registry.session() as session:
        build_demo(session)


def test_refuses_to_load_twice(registry: Registry, demo_snapshot: Snapshot) -> None:
    with registry.session() as session:
        build_demo(session)
    with pytest.raises(UserError, match="already holds vendors"), registry.session() as session:
        build_demo(session)
    with registry.read() as session:
        assert len(load_snapshot(session).vendors) == len(demo_snapshot.vendors)
