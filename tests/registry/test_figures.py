"""The Overview's figures: vendors per destination country by verdict, reviews coming up."""

from __future__ import annotations

import datetime as dt

from registry.assessment import assess
from registry.enums import LocationKind, VendorStatus
from registry.facts import load_facts
from registry.figures import destination_summary, reviews_due

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


def test_reviews_due_count_vendors_in_use_and_activities_within_the_days() -> None:
    soon, later = AS_OF + dt.timedelta(days=10), AS_OF + dt.timedelta(days=60)
    overdue = AS_OF - dt.timedelta(days=1)
    snap = snapshot(
        vendor(1, next_review=soon),
        vendor(2, next_review=later),
        vendor(3, next_review=overdue),
        vendor(4, next_review=soon, status=VendorStatus.RETIRED),
        vendor(5, dpa_row=dpa(review_date=soon)),
        activities=[activity(1, next_review=soon), activity(2, next_review=later)],
    )
    assert reviews_due(snap, AS_OF) == 3
    assert reviews_due(snap, AS_OF, days=90) == 5
