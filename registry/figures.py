"""The Overview's figures: where the data goes, by verdict, and the reviews coming up."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

from registry.assessment import REVIEW_SOON_DAYS, Assessment
from registry.country_names import CountryNames
from registry.facts import Facts
from registry.snapshot import Snapshot


@dataclasses.dataclass(frozen=True, slots=True)
class Destination:
    """One country in the chart: vendors with data there, by verdict."""

    code: str
    name: str
    counts: dict[str, int]
    eea: bool

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def destination_summary(snapshot: Snapshot, assessment: Assessment, facts: Facts,
                        language: str) -> list[Destination]:
    """Every destination country with the number of vendors there, by verdict.

    EU/EEA destinations count as ``eea``; third-country ones take the verdict of the
    vendor's transfer there. Countries with the most vendors come first.
    """
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    eea: dict[str, bool] = {}
    on = assessment.as_of
    for vendor in snapshot.vendors.values():
        if not vendor.in_use(on):
            continue
        # The countries of destinations(vendor), without building its ways there.
        codes = {location.country for location in vendor.locations}
        if vendor.country:
            codes.add(vendor.country)
        for code in codes:
            inside = eea.get(code)
            if inside is None:
                inside = eea[code] = facts.in_eea(code, on)
            if inside:
                counts[code]["eea"] += 1
    for transfer in assessment.transfers:
        verdict = transfer.verdict if transfer.verdict in ("error", "warning") else "ok"
        counts[transfer.country][verdict] += 1
        eea.setdefault(transfer.country, False)
    names = CountryNames(language)
    result = [
        Destination(code, names.name(code), dict(by_verdict), eea.get(code, False))
        for code, by_verdict in counts.items()
    ]
    result.sort(key=lambda d: (-d.total, d.name))
    return result


def review_due(next_review: dt.date | None, on: dt.date, days: int = REVIEW_SOON_DAYS
               ) -> str | None:
    """``overdue`` (the review date has passed), ``soon`` (it is within ``days``) or None."""
    if next_review is None:
        return None
    if next_review < on:
        return "overdue"
    return "soon" if (next_review - on).days <= days else None


@dataclasses.dataclass(frozen=True, slots=True)
class ReviewsDue:
    """How many vendors in use are due for review: overdue, and within the days."""

    overdue: int
    soon: int

    @property
    def total(self) -> int:
        return self.overdue + self.soon


def vendor_reviews_due(snapshot: Snapshot, on: dt.date, days: int = REVIEW_SOON_DAYS
                       ) -> ReviewsDue:
    """The vendors in use whose review is overdue, and those whose review is within
    ``days`` (:func:`review_due`)."""
    found = [review_due(v.next_review, on, days) for v in snapshot.vendors.values()
             if v.in_use(on)]
    return ReviewsDue(found.count("overdue"), found.count("soon"))
