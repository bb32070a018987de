"""The writes on a real SQLite file: round trips, refusals, conflicts, restore and history."""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass

import pytest
from sqlalchemy import func, select

from registry import checks_of_records as checks
from registry import forms, model
from registry import usecases as uc
from registry.enums import (
    ActivityRole,
    LegalBasis,
    LocationKind,
    Mechanism,
    TiaOutcome,
    VendorRole,
)
from registry.errors import ConflictError, UserError
from registry.history import history
from registry.snapshot import load_snapshot
from registry.storage import Registry

from tests.registry.builders import zendesk_form

VALID_NO_ORGNR = "974760673"


def run(registry: Registry, work):  # type: ignore[no-untyped-def]
    with registry.session() as session:
        return work(session)


def test_create_and_load_round_trip(registry: Registry) -> None:
    service_id = run(registry, lambda s: uc.create_service(s, forms.ServiceForm("Helpdesk")))
    form = zendesk_form(services=[(service_id, "Ticketing")])
    vendor_id = run(registry, lambda s: uc.create_vendor(s, form))

    loaded = run(registry, lambda s: uc.load_vendor_form(s, vendor_id))

    assert loaded == form
    assert loaded.row_version is not None
    service = run(registry, lambda s: uc.load_service_form(s, service_id))
    assert service.vendors == [(vendor_id, "Ticketing")]


def test_create_cleans_what_is_typed(registry: Registry) -> None:
    form = zendesk_form(name="  Zendesk, Inc. ", country="us", former_names=["", " Old name "])
    vendor_id = run(registry, lambda s: uc.create_vendor(s, form))

    loaded = run(registry, lambda s: uc.load_vendor_form(s, vendor_id))

    assert (loaded.name, loaded.country, loaded.former_names) == ("Zendesk, Inc.", "US",
                                                                  ["Old name"])


def test_a_form_as_saved_is_the_vendor_the_snapshot_reads_and_is_assessed_alike(
    registry: Registry
) -> None:
    from registry.assessment import assess, vendor_transfers
    from registry.facts import load_facts

    form = zendesk_form(country=" us", locations=[
        uc.LocationForm("in", LocationKind.SUPPORT, " Pune "),
        uc.LocationForm("US", LocationKind.HOSTING)])
    vendor_id = run(registry, lambda s: uc.create_vendor(s, form))
    with registry.read() as session:
        snapshot = load_snapshot(session)
    stored = snapshot.vendors[vendor_id]

    unsaved = forms.vendor_as_saved(form, vendor_id)

    assert [(loc.country, loc.kind, loc.detail) for loc in unsaved.locations] == [
        (loc.country, loc.kind, loc.detail) for loc in stored.locations]
    assert [dataclasses.replace(sg, id=0) for sg in unsaved.safeguards] == [
        dataclasses.replace(sg, id=0) for sg in stored.safeguards]
    assert dataclasses.replace(unsaved, locations=(), safeguards=(), dpa=None) == \
        dataclasses.replace(stored, locations=(), safeguards=(), dpa=None)
    facts, day = load_facts(), dt.date(2026, 6, 1)
    alone = vendor_transfers(unsaved, ("Zendesk, Inc.",), day, facts)
    assert [(t.country, t.verdict, t.message) for t in alone] == [
        (t.country, t.verdict, t.message) for t in assess(snapshot, day, facts).transfers]
    assert [t.verdict for t in alone] == ["error", "ok"]  # India: no mechanism
    assert vendor_transfers(dataclasses.replace(unsaved, end_date=dt.date(2026, 1, 1)),
                            ("Zendesk, Inc.",), day, facts) == []  # no longer in use


def test_update_changes_fields_and_children(registry: Registry) -> None:
    vendor_id = run(registry, lambda s: uc.create_vendor(s, zendesk_form()))
    before = run(registry, lambda s: uc.load_vendor_form(s, vendor_id))
    after = dataclasses.replace(
        before,
        legal_name="Zendesk International Ltd",
        locations=[forms.LocationForm("US", LocationKind.SUPPORT, "Follow-the-sun support"),
                   forms.LocationForm("IE", LocationKind.HOSTING, "AWS eu-west-1, Dublin")],
        safeguards=[forms.SafeguardForm("US", Mechanism.SCC_2021, scc_module=2,
                                        tia_date=dt.date(2025, 1, 1),
                                        tia_outcome=TiaOutcome.ADEQUATE)],
        dpa=None,
    )

    run(registry, lambda s: uc.update_vendor(s, vendor_id, after, before.row_version))

    loaded = run(registry, lambda s: uc.load_vendor_form(s, vendor_id))
    assert loaded == after
    assert before.row_version is not None and loaded.row_version == before.row_version + 1
    with registry.read() as session:
        assert session.scalar(select(func.count()).select_from(model.Dpa)) == 0


def test_a_location_change_alone_bumps_the_version(registry: Registry) -> None:
    vendor_id = run(registry, lambda s: uc.create_vendor(s, zendesk_form()))
    before = run(registry, lambda s: uc.load_vendor_form(s, vendor_id))
    after = dataclasses.replace(before, locations=before.locations[:1])

    run(registry, lambda s: uc.update_vendor(s, vendor_id, after, before.row_version))

    with pytest.raises(ConflictError):
        run(registry, lambda s: uc.update_vendor(s, vendor_id, before, before.row_version))


def test_update_detects_that_somebody_else_saved_first(registry: Registry) -> None:
    vendor_id = run(registry, lambda s: uc.create_vendor(s, zendesk_form()))
    mine = run(registry, lambda s: uc.load_vendor_form(s, vendor_id))
    theirs = run(registry, lambda s: uc.load_vendor_form(s, vendor_id))
    run(registry, lambda s: uc.update_vendor(
        s, vendor_id, dataclasses.replace(theirs, address="Theirs"), theirs.row_version))

    with pytest.raises(ConflictError, match="Somebody else changed"):
        run(registry, lambda s: uc.update_vendor(
            s, vendor_id, dataclasses.replace(mine, address="Mine"), mine.row_version))

    assert run(registry, lambda s: uc.load_vendor_form(s, vendor_id)).address == "Theirs"


def test_concurrent_sessions_conflict_at_commit(registry: Registry) -> None:
    """Both read the same version; the one that commits second is refused, not lost."""
    vendor_id = run(registry, lambda s: uc.create_vendor(s, zendesk_form()))
    form = run(registry, lambda s: uc.load_vendor_form(s, vendor_id))

    with pytest.raises(ConflictError):
        with registry.session() as first:
            loaded = first.get(model.Vendor, vendor_id)  # read at the form's version, kept
            assert loaded is not None
            # A write transaction holds the registry until it ends (on SQLite the second
            # would wait for the first): the first's reading one ends, what it read stays.
            first.commit()
            with registry.session() as second:
                uc.update_vendor(second, vendor_id, dataclasses.replace(form, address="B"),
                                  form.row_version)
            uc.update_vendor(first, vendor_id, dataclasses.replace(form, address="A"), None)

    assert run(registry, lambda s: uc.load_vendor_form(s, vendor_id)).address == "B"


def test_update_of_a_deleted_vendor_is_a_conflict(registry: Registry) -> None:
    vendor_id = run(registry, lambda s: uc.create_vendor(s, zendesk_form()))
    run(registry, lambda s: uc.delete_vendors(s, [vendor_id]))

    with pytest.raises(ConflictError, match="no longer exists"):
        run(registry, lambda s: uc.update_vendor(s, vendor_id, zendesk_form(), None))


def test_create_refuses_an_invalid_form_and_writes_nothing(registry: Registry) -> None:
    with pytest.raises(UserError) as caught:
        run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="", website="ftp://x")))

    assert caught.value.problems == [
        "Name: A name is required.",
        'Website: "ftp://x" is not a web address: it must start with https:// or http://.',
    ]
    with registry.read() as session:
        assert session.scalar(select(func.count()).select_from(model.Vendor)) == 0
        assert session.scalar(select(func.count()).select_from(model.Change)) == 0


# --- delete and restore --------------------------------------------------------------------


@dataclasses.dataclass
class Chain:
    top: int
    child: int
    grandchild: int
    other: int
    service: int
    activity: int


@pytest.fixture
def chain(registry: Registry) -> Chain:
    """Zendesk → AWS → Annapurna, plus an unrelated vendor, a service and an activity."""
    def build(s):  # type: ignore[no-untyped-def]
        service = uc.create_service(s, forms.ServiceForm("Helpdesk", "Customer support"))
        top = uc.create_vendor(s, zendesk_form(services=[(service, "Ticketing")]))
        child = uc.create_vendor(s, zendesk_form(
            name="Amazon Web Services EMEA SARL", country="LU", parent_id=top,
            locations=[forms.LocationForm("IE", LocationKind.HOSTING, "eu-west-1")],
            safeguards=[], role=VendorRole.SUB_PROCESSOR))
        grandchild = uc.create_vendor(s, zendesk_form(
            name="Annapurna Labs", country="IL", parent_id=child, safeguards=[],
            locations=[], dpa=None, role=VendorRole.SUB_PROCESSOR))
        other = uc.create_vendor(s, zendesk_form(name="Link Mobility", country="NO",
                                            safeguards=[], locations=[]))
        activity = uc.create_activity(s, forms.ActivityForm(
            name="Customer support", purposes="Answer customers",
            legal_basis=LegalBasis.CONTRACT, data_subjects=["Customers"],
            vendor_ids=[top, child, other], service_ids=[service]))
        return Chain(top, child, grandchild, other, service, activity)
    result: Chain = run(registry, build)
    return result


def everything(registry: Registry) -> tuple[object, ...]:
    """The whole registry without row ids of locations, safeguards and DPAs."""
    with registry.read() as session:
        snap = load_snapshot(session)
    vendors = {
        vid: dataclasses.replace(
            v, locations=tuple((x.country, x.kind, x.detail) for x in v.locations),  # type: ignore[arg-type]
            safeguards=tuple(dataclasses.replace(x, id=0) for x in v.safeguards),
            dpa=dataclasses.replace(v.dpa, id=0) if v.dpa else None,
        )
        for vid, v in snap.vendors.items()
    }
    return (vendors, snap.services, snap.activities)


def test_delete_and_restore_give_back_identical_data(registry: Registry, chain: Chain) -> None:
    before = everything(registry)

    deleted = run(registry, lambda s: uc.delete_vendors(s, [chain.top, chain.child,
                                                            chain.grandchild]))
    with registry.read() as session:
        assert session.get(model.Vendor, chain.top) is None
        assert uc.load_activity_form(session, chain.activity).vendor_ids == [chain.other]
        assert uc.load_service_form(session, chain.service).vendors == []
    ids = run(registry, lambda s: uc.restore(s, deleted))

    assert ids == {chain.top: chain.top, chain.child: chain.child,
                   chain.grandchild: chain.grandchild}
    assert everything(registry) == before


def test_delete_refuses_to_orphan_sub_processors(registry: Registry, chain: Chain) -> None:
    with pytest.raises(UserError, match='"Zendesk, Inc." cannot be deleted: its sub-processors '
                                        '"Amazon Web Services EMEA SARL" would be left'):
        run(registry, lambda s: uc.delete_vendors(s, [chain.top]))


@pytest.mark.sqlite_only
def test_restore_under_new_ids_when_the_old_ones_are_taken(registry: Registry) -> None:
    def build(s):  # type: ignore[no-untyped-def]
        parent = uc.create_vendor(s, zendesk_form(name="Parent"))
        child = uc.create_vendor(s, zendesk_form(name="Child", parent_id=parent))
        return parent, child
    parent, child = run(registry, build)
    deleted = run(registry, lambda s: uc.delete_vendors(s, [child, parent]))
    # SQLite hands the freed ids out again.
    taken = run(registry, lambda s: [uc.create_vendor(s, zendesk_form(name=n)) for n in "AB"])
    assert taken == [parent, child]

    ids = run(registry, lambda s: uc.restore(s, deleted))

    assert set(ids) == {parent, child} and not set(ids.values()) & {parent, child}
    with registry.read() as session:
        assert uc.load_vendor_form(session, ids[child]).parent_id == ids[parent]


def test_restore_follows_linked_records_to_their_new_ids(registry: Registry, chain: Chain
                                                         ) -> None:
    deleted = run(registry, lambda s: uc.delete_activities(s, [chain.activity]))

    ids = run(registry, lambda s: uc.restore(
        s, deleted, lambda kind, old: 12345 if kind == "service" else old))

    with registry.read() as session:
        form = uc.load_activity_form(session, ids[chain.activity])
    assert form.vendor_ids == sorted([chain.top, chain.child, chain.other])
    assert form.service_ids == []  # service 12345 does not exist: the link is left out


def test_restore_refuses_when_the_name_is_taken_again(registry: Registry) -> None:
    vendor_id = run(registry, lambda s: uc.create_vendor(s, zendesk_form()))
    deleted = run(registry, lambda s: uc.delete_vendors(s, [vendor_id]))
    run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="ZENDESK, INC.")))

    with pytest.raises(UserError, match='"Zendesk, Inc." cannot be restored: there is already'):
        run(registry, lambda s: uc.restore(s, deleted))


def test_delete_and_restore_services_and_activities(registry: Registry, chain: Chain) -> None:
    before = everything(registry)

    services = run(registry, lambda s: uc.delete_services(s, [chain.service]))
    activities = run(registry, lambda s: uc.delete_activities(s, [chain.activity]))
    run(registry, lambda s: uc.restore(s, activities))
    run(registry, lambda s: uc.restore(s, services))

    assert everything(registry) == before
    assert services.names == ["Helpdesk"]
    assert services.references() == {("vendor", chain.top), ("activity", chain.activity)}


def test_delete_checks_the_expected_version(registry: Registry) -> None:
    vendor_id = run(registry, lambda s: uc.create_vendor(s, zendesk_form()))

    with pytest.raises(ConflictError):
        run(registry, lambda s: uc.delete_vendors(s, [vendor_id], {vendor_id: 7}))


# --- services, activities, organisation ----------------------------------------------------


def test_service_round_trip_and_update(registry: Registry, chain: Chain) -> None:
    form = run(registry, lambda s: uc.load_service_form(s, chain.service))
    assert form == forms.ServiceForm("Helpdesk", "Customer support", [(chain.top, "Ticketing")])

    changed = dataclasses.replace(form, vendors=[(chain.other, "SMS")])
    run(registry, lambda s: uc.update_service(s, chain.service, changed, form.row_version))

    assert run(registry, lambda s: uc.load_service_form(s, chain.service)) == changed
    assert run(registry, lambda s: uc.load_vendor_form(s, chain.top)).services == []


def test_activity_round_trip(registry: Registry, chain: Chain) -> None:
    form = forms.ActivityForm(
        name="Payroll", role=ActivityRole.PROCESSOR, business_function="HR",
        purposes="Pay salaries", legal_basis=LegalBasis.LEGAL_OBLIGATION,
        data_subjects=["Employees"], data_categories=["Bank account", "Salary"],
        recipients=["Tax authority"],
        retention=[{"category": "Salary", "period": "5 years"}],
        security_measures="Encryption", controllers=[{"name": "Acme", "contact": "a@b.no"}],
        last_reviewed=dt.date(2025, 1, 1), vendor_ids=[chain.other], service_ids=[chain.service],
    )
    activity_id = run(registry, lambda s: uc.create_activity(s, form))

    loaded = run(registry, lambda s: uc.load_activity_form(s, activity_id))
    assert loaded == form
    changed = dataclasses.replace(loaded, vendor_ids=[chain.top], purposes="Pay people")
    run(registry, lambda s: uc.update_activity(s, activity_id, changed, loaded.row_version))
    assert run(registry, lambda s: uc.load_activity_form(s, activity_id)) == changed


def test_organisation_save_and_conflict(registry: Registry) -> None:
    empty = run(registry, uc.load_organisation_form)
    assert empty == forms.OrganisationForm()
    mine = dataclasses.replace(empty, name="Nordic SMS AS", country="NO",
                               registration_number=VALID_NO_ORGNR, email="privacy@sms.no")

    run(registry, lambda s: uc.save_organisation(s, mine, empty))

    assert run(registry, uc.load_organisation_form) == mine
    with pytest.raises(ConflictError):
        run(registry, lambda s: uc.save_organisation(s, mine, empty))
    with pytest.raises(UserError):
        run(registry, lambda s: uc.save_organisation(
            s, dataclasses.replace(mine, is_controller=False, is_processor=False)))
    assert "is_controller" in checks.validate_organisation(
        dataclasses.replace(mine, is_controller=False))


def test_every_detail_of_the_organisation_saved_is_what_reports_and_checks_read(
    registry: Registry,
) -> None:
    details = forms.OrganisationForm(
        name="Nordic SMS AS", registration_number=VALID_NO_ORGNR, address="Storgata 1, Oslo",
        country="NO", email="privacy@sms.no", phone="+47 22 00 00 00",
        website="https://sms.no", dpo_name="Kari Nordmann", dpo_email="dpo@sms.no",
        dpo_phone="+47 22 00 00 01", representative="Nordic SMS GmbH, Berlin",
        supervisory_authority="Datatilsynet", is_controller=False, is_processor=True,
        objection_contact="innsigelse@sms.no", notice_days=45, review_interval_months=6,
    )
    defaults = forms.OrganisationForm()
    assert all(getattr(details, f.name) != getattr(defaults, f.name)
               for f in dataclasses.fields(details))

    run(registry, lambda s: uc.save_organisation(s, details))

    with registry.read() as session:
        read = load_snapshot(session).organisation
    assert dataclasses.asdict(read) == dataclasses.asdict(details)


# --- history -------------------------------------------------------------------------------


def test_every_change_is_recorded(registry: Registry) -> None:
    vendor_id = run(registry, lambda s: uc.create_vendor(s, zendesk_form()))
    form = run(registry, lambda s: uc.load_vendor_form(s, vendor_id))
    changed = dataclasses.replace(form, legal_name="Zendesk Intl", country="GB",
                                  locations=form.locations[:1])
    run(registry, lambda s: uc.update_vendor(s, vendor_id, changed, form.row_version))
    deleted = run(registry, lambda s: uc.delete_vendors(s, [vendor_id]))
    run(registry, lambda s: uc.restore(s, deleted))

    with registry.read() as session:
        rows = [(c.who, c.entity, c.entity_id, c.record, c.action, c.field, c.old, c.new)
                for c in history(session, "vendor", vendor_id)]
    who = getpass.getuser()
    assert rows[0] == (who, "vendor", vendor_id, "Zendesk, Inc.", "create", "", None, None)
    updates = {row[5]: (row[6], row[7]) for row in rows if row[4] == "update"}
    assert updates.keys() == {"legal_name", "country", "locations"}
    assert updates["country"] == ("US", "GB")
    assert updates["legal_name"] == ("Zendesk, Inc.", "Zendesk Intl")
    assert '"AWS eu-west-1, Dublin"' in (updates["locations"][1] or "")
    assert [row[4] for row in rows[-2:]] == ["delete", "restore"]


def test_an_update_without_changes_records_nothing(registry: Registry) -> None:
    vendor_id = run(registry, lambda s: uc.create_vendor(s, zendesk_form()))
    form = run(registry, lambda s: uc.load_vendor_form(s, vendor_id))

    run(registry, lambda s: uc.update_vendor(s, vendor_id, form, form.row_version))

    with registry.read() as session:
        assert [c.action for c in history(session, "vendor", vendor_id)] == ["create"]


# --- a stale save or delete, however the id came back ---------------------------------------


@pytest.mark.sqlite_only
def test_a_stale_save_is_refused_when_sqlite_gave_the_id_to_a_new_vendor(
        registry: Registry) -> None:
    """A opens vendor 22; B deletes it and adds another, which SQLite gives id 22 again."""
    first = run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="Zendesk")))
    mine = run(registry, lambda s: uc.load_vendor_form(s, first))
    run(registry, lambda s: uc.delete_vendors(s, [first]))
    theirs = run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="Freshdesk")))
    assert theirs == first  # the id came back

    with pytest.raises(ConflictError) as refused:
        run(registry, lambda s: uc.update_vendor(
            s, first, dataclasses.replace(mine, address="Mine"), mine.row_version))

    assert '"Zendesk"' in str(refused.value) and "Freshdesk" not in str(refused.value)
    kept = run(registry, lambda s: uc.load_vendor_form(s, theirs))
    assert (kept.name, kept.address) == ("Freshdesk", zendesk_form().address)


@pytest.mark.sqlite_only
def test_a_stale_delete_is_refused_when_the_id_came_back(registry: Registry) -> None:
    first = run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="Zendesk")))
    seen = run(registry, lambda s: uc.load_vendor_form(s, first)).row_version
    run(registry, lambda s: uc.delete_vendors(s, [first]))
    theirs = run(registry, lambda s: uc.create_vendor(s, zendesk_form(name="Freshdesk")))
    assert seen is not None and theirs == first

    with pytest.raises(ConflictError) as refused:
        run(registry, lambda s: uc.delete_vendors(s, [first], {first: seen},
                                                  names={first: "Zendesk"}))

    assert '"Zendesk"' in str(refused.value) and "Freshdesk" not in str(refused.value)
    assert run(registry, lambda s: uc.record_names(s, "vendor", [theirs])) == {
        theirs: "Freshdesk"}


@pytest.mark.parametrize("kind", ["vendor", "service", "activity"])
def test_a_stale_save_is_refused_after_the_registry_was_replaced(
        registry: Registry, chain: Chain, kind: forms.Kind) -> None:
    """An import --replace writes every record anew: a form opened before it is stale,
    even when the record it opened has the same id and the same name again."""
    from registry.exchange import export_registry, import_document

    record_id = {"vendor": chain.other, "service": chain.service,
                 "activity": chain.activity}[kind]
    mine = run(registry, lambda s: uc.load_form(s, kind, record_id))
    with registry.read() as session:
        document = export_registry(session)
    run(registry, lambda s: import_document(s, document, replace=True))
    assert run(registry, lambda s: uc.record_names(s, kind, [record_id]))  # the id is back

    with pytest.raises(ConflictError):
        run(registry, lambda s: uc.update(s, kind, record_id, mine, mine.row_version))
    with pytest.raises(ConflictError):
        run(registry, lambda s: uc.delete(s, kind, [record_id], {record_id: mine.row_version}))
