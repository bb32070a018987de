"""The Overview's figures: vendors per destination country by verdict, reviews coming up."""

from __future__ import annotations

import datetime as dt

import pytest

from registry.assessment import assess
from registry.enums import LocationKind, VendorStatus
from registry.facts import load_facts
from registry.figures import ReviewsDue, destination_summary, review_due, vendor_reviews_due
from registry.snapshot import VendorListing

from tests.registry.builders import AS_OF, activity, dpa, loc, snapshot, vendor


def test_each_destination_counts_its_vendors_by_the_verdict_of_their_transfer() -> None:
    snap = snapshot(
        vendor(1, "Local", country="NO"),
        vendor(2, "Hosted abroad", country="NO", locations=["US"], dpa_row=None),
        vendor(3, "Support from India", country="DE",
               locations=["DE", loc("IN", LocationKind.SUPPORT)]),
        vendor(4, "Retired", country="US", status=VendorStatus.RETIRED),
    )
    facts = load_facts()
    rows = destination_summary(snap, assess(snap, AS_OF, facts), facts, "en")

    by_code = {row.code: row for row in rows}
    assert set(by_code) == {"NO", "DE", "US", "IN"}  # the retired vendor's is gone
    assert by_code["NO"].counts == {"eea": 2} and by_code["NO"].eea
    assert by_code["DE"].counts == {"eea": 1} and by_code["DE"].name == "Germany"
    assert not by_code["US"].eea and set(by_code["US"].counts) <= {"error", "warning"}
    assert by_code["US"].total == 1
    assert rows[0].code == "NO"  # the most vendors first


def test_destinations_are_named_in_the_language_asked_for() -> None:
    snap = snapshot(vendor(1, country="DE"))
    facts = load_facts()
    [row] = destination_summary(snap, assess(snap, AS_OF, facts), facts, "nb")
    assert row.name == "Tyskland"


def test_reviews_due_count_vendors_in_use_overdue_apart_from_those_within_the_days() -> None:
    soon, later = AS_OF + dt.timedelta(days=10), AS_OF + dt.timedelta(days=60)
    overdue, long_overdue = AS_OF - dt.timedelta(days=1), AS_OF - dt.timedelta(days=548)
    snap = snapshot(
        vendor(1, next_review=soon),
        vendor(2, next_review=later),
        vendor(3, next_review=overdue),
        vendor(4, next_review=soon, status=VendorStatus.RETIRED),
        vendor(5, dpa_row=dpa(review_date=soon)),
        vendor(6, next_review=long_overdue),
        vendor(7, next_review=soon, status=VendorStatus.PLANNED),  # reviewed before it starts
        activities=[activity(1, next_review=soon), activity(2, next_review=later)],
    )
    assert vendor_reviews_due(snap, AS_OF) == ReviewsDue(overdue=2, soon=2)
    assert vendor_reviews_due(snap, AS_OF, days=90) == ReviewsDue(overdue=2, soon=3)
    assert review_due(AS_OF, AS_OF) == "soon" and review_due(None, AS_OF) is None


@pytest.mark.parametrize(("status", "start", "end", "used", "serving"), [
    (VendorStatus.ACTIVE, None, None, True, True),
    (VendorStatus.ACTIVE, AS_OF + dt.timedelta(days=1), None, False, False),
    (VendorStatus.ACTIVE, None, AS_OF, False, False),
    (VendorStatus.PLANNED, None, None, True, False),  # its transfers are checked already
    (VendorStatus.PLANNED, AS_OF + dt.timedelta(days=30), None, True, False),
    (VendorStatus.RETIRED, None, None, False, False),
    (VendorStatus.RETIRED, None, AS_OF + dt.timedelta(days=5), True, True),  # until it ends
])
def test_a_vendor_in_service_receives_data_and_a_planned_one_does_not_yet(
    status: VendorStatus, start: dt.date | None, end: dt.date | None, used: bool,
    serving: bool
) -> None:
    row = vendor(1, status=status, start_date=start, end_date=end)
    assert (row.in_use(AS_OF), row.in_service(AS_OF)) == (used, serving)
    assert VendorListing.of(row).in_use(AS_OF) == used
