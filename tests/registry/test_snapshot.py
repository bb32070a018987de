"""The incremental snapshot: refreshing the records a change touched gives what a full
load gives, and shares every other row."""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from registry import forms
from registry import usecases as uc
from registry.enums import LegalBasis, LocationKind
from registry.snapshot import Snapshot, Touched, load_snapshot, refresh_snapshot
from registry.storage import Registry


@dataclasses.dataclass
class World:
    top: int
    child: int
    other: int
    helpdesk: int
    billing: int
    support: int
    payroll: int


def vendor(name: str, **changes: Any) -> forms.VendorForm:
    form = forms.VendorForm(name=name, country="NO", legal_name=name + " AS",
                            locations=[forms.LocationForm("IE", LocationKind.HOSTING, "Dublin")])
    return dataclasses.replace(form, **changes)


@pytest.fixture
def world(registry: Registry) -> World:
    """Three vendors (one a sub-processor), two services, two activities, all linked."""
    with registry.session() as s:
        helpdesk = uc.create_service(s, forms.ServiceForm("Helpdesk", "Support"))
        billing = uc.create_service(s, forms.ServiceForm("Billing", "Invoices"))
        top = uc.create_vendor(s, vendor("Mango", services=[(helpdesk, "Tickets")]))
        child = uc.create_vendor(s, vendor("Kiwi", parent_id=top,
                                           services=[(helpdesk, "Hosting")]))
        other = uc.create_vendor(s, vendor("Banana", services=[(billing, "Invoices")]))
        support = uc.create_activity(s, forms.ActivityForm(
            name="Support", purposes="Help", legal_basis=LegalBasis.CONTRACT,
            vendor_ids=[top, child, other], service_ids=[helpdesk, billing]))
        payroll = uc.create_activity(s, forms.ActivityForm(
            name="Payroll", purposes="Pay", legal_basis=LegalBasis.CONTRACT,
            vendor_ids=[other], service_ids=[billing]))
    return World(top, child, other, helpdesk, billing, support, payroll)


def loaded(registry: Registry) -> Snapshot:
    with registry.read() as session:
        return load_snapshot(session)


def change_and_refresh(registry: Registry, old: Snapshot,
                       work: Callable[[Session], Touched]) -> Snapshot:
    """Run ``work`` (which says what it touched), then refresh ``old`` with it."""
    with registry.session() as session:
        touched = work(session)
    with registry.read() as session:
        return refresh_snapshot(session, old, touched)


def assert_same(refreshed: Snapshot, registry: Registry) -> None:
    """Equal to a fresh load, in the same order (which reports and lists rely on)."""
    fresh = loaded(registry)
    assert refreshed == fresh
    assert list(refreshed.vendors) == list(fresh.vendors)
    assert list(refreshed.services) == list(fresh.services)
    assert list(refreshed.activities) == list(fresh.activities)


def test_an_update_rereads_only_that_vendor(registry: Registry, world: World) -> None:
    old = loaded(registry)

    def work(s: Session) -> Touched:
        form = uc.load_vendor_form(s, world.other)
        uc.update_vendor(s, world.other, dataclasses.replace(form, legal_name="Banana Ltd"), None)
        return Touched.of("vendor", [world.other])

    new = change_and_refresh(registry, old, work)

    assert_same(new, registry)
    assert new.vendors[world.other].legal_name == "Banana Ltd"
    assert new.vendors[world.top] is old.vendors[world.top]
    assert new.activities[world.support] is not old.activities[world.support]


def test_a_rename_moves_the_vendor_and_reorders_links(registry: Registry, world: World) -> None:
    old = loaded(registry)
    assert list(old.vendors) == [world.other, world.child, world.top]

    def work(s: Session) -> Touched:
        form = uc.load_vendor_form(s, world.top)
        uc.update_vendor(s, world.top, dataclasses.replace(form, name="Apple"), None)
        return Touched.of("vendor", [world.top])

    new = change_and_refresh(registry, old, work)

    assert_same(new, registry)
    assert list(new.vendors) == [world.top, world.other, world.child]
    assert new.chain(world.child) == ("Apple", "Kiwi")
    assert new.activities[world.support].vendor_ids == (world.top, world.other, world.child)
    assert [vid for vid, _ in new.services[world.helpdesk].vendors] == [world.top, world.child]


def test_a_vendor_linked_to_another_service(registry: Registry, world: World) -> None:
    old = loaded(registry)

    def work(s: Session) -> Touched:
        form = uc.load_vendor_form(s, world.other)
        uc.update_vendor(s, world.other, dataclasses.replace(
            form, services=[(world.helpdesk, "Chat")]), None)
        return Touched.of("vendor", [world.other])

    assert_same(change_and_refresh(registry, old, work), registry)


def test_create_and_delete_of_each_kind(registry: Registry, world: World) -> None:
    snap = loaded(registry)
    created: dict[str, int] = {}

    def create_vendor(s: Session) -> Touched:
        created["vendor"] = uc.create_vendor(s, vendor("Cherry", parent_id=world.other,
                                                       services=[(world.billing, "Cards")]))
        return Touched.of("vendor", [created["vendor"]])

    def create_service(s: Session) -> Touched:
        created["service"] = uc.create_service(s, forms.ServiceForm(
            "Archive", "", vendors=[(world.top, "Storage")]))
        return Touched.of("service", [created["service"]])

    def create_activity(s: Session) -> Touched:
        created["activity"] = uc.create_activity(s, forms.ActivityForm(
            name="Archiving", purposes="Keep", vendor_ids=[world.top],
            service_ids=[created["service"]]))
        return Touched.of("activity", [created["activity"]])

    for work in (create_vendor, create_service, create_activity):
        snap = change_and_refresh(registry, snap, work)
        assert_same(snap, registry)
    for kind in ("activity", "service", "vendor"):
        snap = change_and_refresh(
            registry, snap, lambda s, kind=kind: Touched.of(
                kind, uc.delete(s, kind, [created[kind]]).ids))
        assert_same(snap, registry)


def test_delete_and_restore_of_a_chain(registry: Registry, world: World) -> None:
    old = loaded(registry)
    deleted: list[uc.DeletedRecords] = []

    def delete(s: Session) -> Touched:
        deleted.append(uc.delete_vendors(s, [world.top, world.child]))
        return Touched.of("vendor", deleted[0].ids)

    gone = change_and_refresh(registry, old, delete)
    assert_same(gone, registry)
    assert world.top not in gone.vendors
    assert gone.activities[world.support].vendor_ids == (world.other,)

    back = change_and_refresh(
        registry, gone,
        lambda s: Touched.of("vendor", uc.restore(s, deleted[0]).values()))
    assert_same(back, registry)


def test_a_service_rename_and_delete_follow_into_activities(registry: Registry,
                                                            world: World) -> None:
    old = loaded(registry)

    def rename(s: Session) -> Touched:
        form = uc.load_service_form(s, world.billing)
        uc.update_service(s, world.billing, dataclasses.replace(form, name="Invoicing"), None)
        return Touched.of("service", [world.billing])

    renamed = change_and_refresh(registry, old, rename)
    assert_same(renamed, registry)
    assert renamed.activities[world.support].service_ids == (world.helpdesk, world.billing)

    gone = change_and_refresh(registry, renamed, lambda s: Touched.of(
        "service", uc.delete_services(s, [world.billing]).ids))
    assert_same(gone, registry)
    assert gone.activities[world.payroll].service_ids == ()


def test_the_organisation_is_always_read_again(registry: Registry, world: World) -> None:
    old = loaded(registry)

    def work(s: Session) -> Touched:
        form = uc.load_organisation_form(s)
        uc.save_organisation(s, dataclasses.replace(form, name="Fruit AS"), form)
        return Touched()

    new = change_and_refresh(registry, old, work)

    assert_same(new, registry)
    assert new.organisation.name == "Fruit AS"
    assert new.vendors is old.vendors


def test_touched_combines_kinds() -> None:
    both = Touched.of("vendor", [1]) | Touched.of("activity", [2, 3])
    assert (both.vendors, both.activities, len(both)) == ({1}, {2, 3}, 3)
    assert len(Touched.of("organisation", [1])) == 0


def test_the_vendor_listing_read_alone_is_what_the_snapshot_shows(registry: Registry) -> None:
    from registry.demo import build_demo
    from registry.snapshot import VendorListing, read_vendor_listing

    with registry.session() as s:
        build_demo(s)
    with registry.read() as s:
        snapshot = load_snapshot(s)
        listing = read_vendor_listing(s)
    assert list(listing) == list(snapshot.vendors)  # the same vendors, by name
    assert listing == {i: VendorListing.of(v) for i, v in snapshot.vendors.items()}
    zendesk = next(v for v in listing.values() if v.name == "Zendesk")
    # A US entity hosting in the EU: its own country first, then its locations'.
    assert zendesk.places()[0] == "US" and "IE" in zendesk.places()
    web_norge = next(v for v in listing.values() if v.name == "Web Norge")
    assert web_norge.dpa_signed is None


def test_a_database_error_while_reading_is_sqlalchemy_s(registry: Registry) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    with registry.session() as s:
        s.execute(text("DROP TABLE activity_service"))
    with registry.read() as s, pytest.raises(DBAPIError, match="activity_service"):
        load_snapshot(s)


def test_saves_and_refreshes_leave_no_garbage_frozen_for_good(registry: Registry,
                                                               world: World) -> None:
    """A snapshot is frozen out of the cycle collector's walks; the cycles made by a save and
    by reading must not be frozen with it, or a long session would keep them all."""

    def save_and_refresh(snapshot: Snapshot, turn: int) -> Snapshot:
        def work(s: Session) -> Touched:
            form = uc.load_vendor_form(s, world.other)
            uc.update_vendor(s, world.other,
                             dataclasses.replace(form, legal_name=f"Banana {turn}"), None)
            return Touched.of("vendor", [world.other])

        return change_and_refresh(registry, snapshot, work)

    snapshot = save_and_refresh(loaded(registry), 0)  # the statements are made once
    enabled = gc.isenabled()
    gc.enable()
    try:
        gc.unfreeze()
        gc.collect()
        for turn in range(1, 21):
            snapshot = save_and_refresh(snapshot, turn)
        gc.collect()  # what is not frozen is the collector's as usual
        gc.unfreeze()
        frozen_garbage = gc.collect()
    finally:
        if not enabled:
            gc.disable()

    assert snapshot.vendors[world.other].legal_name == "Banana 20"
    assert frozen_garbage < 20  # was 250 a save
