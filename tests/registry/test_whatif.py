"""What if: the registry supposed on another date or with decisions revoked, against today.

The comparison is a pure function of two assessments of one snapshot: which transfers would
fail (an error in the supposition, not today), which would no longer fail, and the vendors
of each.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from registry.assessment import assess
from registry.demo import DEMO_AS_OF
from registry.enums import Mechanism, Severity, VendorStatus
from registry.facts import load_facts
from registry.snapshot import SafeguardRow, Snapshot, VendorRow
from registry.whatif import Change, Supposition, TransferChange, lost_basis, what_if

from tests.registry.builders import AS_OF, d, safeguard, snapshot, vendor

ERROR = Severity.ERROR
RECENT = d("2026-06-01")


def third(country: str, *safeguards: SafeguardRow, **kw: Any) -> VendorRow:
    """A vendor established and hosting in ``country``, with the given safeguards."""
    kw.setdefault("locations", [country])
    return vendor(country=country, safeguards=safeguards, **kw)


def dpf(**kw: Any) -> SafeguardRow:
    """A DPF safeguard to the US, certified and checked recently."""
    kw.setdefault("dpf_certified", True)
    kw.setdefault("dpf_checked", RECENT)
    return safeguard("US", Mechanism.EU_US_DPF, **kw)


def places(changes: list[TransferChange]) -> list[tuple[str, str]]:
    """Each change as ``("Chain → Vendor", "CC")``."""
    return [(" → ".join(c.transfer.chain), c.transfer.country) for c in changes]


def test_revoking_the_dpf_fails_exactly_the_demo_s_dpf_transfers(
        demo_snapshot: Snapshot) -> None:
    today = assess(demo_snapshot, DEMO_AS_OF)

    result = what_if(demo_snapshot, Supposition(DEMO_AS_OF, ("us-dpf",)), today)

    assert places(result.failing) == [
        ("Google Ireland → Google LLC", "US"),
        ("LinkedIn", "US"),
        ("Meta (Facebook)", "US"),
        ("Microsoft Ireland → Microsoft Corporation", "US"),
        ("Zendesk", "US"),
    ]
    assert all(c.supposed is not None and c.supposed.severity == ERROR for c in result.failing)
    assert [c.today.verdict for c in result.failing if c.today] == [
        "ok", "warning", "ok", "ok", "ok"]
    assert [name for _, name in result.vendors(Change.FAILS)] == [
        "Google LLC", "LinkedIn", "Meta (Facebook)", "Microsoft Corporation", "Zendesk"]
    assert result.recovering == []
    assert result.supposed.revoked == ("us-dpf",)
    assert result.today is today


def test_a_date_after_a_decision_s_end_fails_the_transfers_it_covered() -> None:
    uk = load_facts().decision("gb")
    assert uk is not None and uk.valid_until is not None
    snap = snapshot(third("GB", id=1, name="Brighton Mail"), third("JP", id=2, name="Kyoto"),
                    third("US", dpf(), id=3, name="Seattle"))
    after_the_end = uk.valid_until + dt.timedelta(days=1)

    result = what_if(snap, Supposition(after_the_end), assess(snap, AS_OF))

    assert places(result.failing) == [("Brighton Mail", "GB")]
    assert result.vendors(Change.FAILS) == [(1, "Brighton Mail")]
    assert "expired on 27 Dec 2031" in result.failing[0].transfer.message


def test_a_date_before_privacy_shield_fell_brings_its_transfer_back_and_fails_the_dpf() -> None:
    snap = snapshot(
        third("US", safeguard("US", Mechanism.PRIVACY_SHIELD), id=1, name="Old Shield"),
        third("US", dpf(), id=2, name="New Framework"),
    )
    before_schrems_ii = d("2019-06-01")

    result = what_if(snap, Supposition(before_schrems_ii), assess(snap, AS_OF))

    assert places(result.recovering) == [("Old Shield", "US")]
    assert result.recovering[0].today is not None
    assert result.recovering[0].today.severity == ERROR
    assert result.recovering[0].supposed is not None
    assert result.recovering[0].supposed.severity is None
    assert places(result.failing) == [("New Framework", "US")]
    assert result.vendors(Change.RECOVERS) == [(1, "Old Shield")]


def test_today_supposed_changes_nothing() -> None:
    snap = snapshot(third("US", dpf(), id=1), third("IN", id=2))
    today = assess(snap, AS_OF)

    result = what_if(snap, Supposition(AS_OF), today)

    assert result.changes == ()
    assert result.failing == [] and result.recovering == []
    assert Supposition(AS_OF).is_today(AS_OF)
    assert not Supposition(AS_OF, ("us-dpf",)).is_today(AS_OF)
    assert not Supposition(d("2027-01-01")).is_today(AS_OF)


def test_a_transfer_that_ends_before_the_date_neither_fails_nor_recovers() -> None:
    snap = snapshot(
        third("IN", id=1, name="Ends soon", status=VendorStatus.RETIRED,
              end_date=d("2026-12-31")),
    )
    today = assess(snap, AS_OF)
    assert today.transfers[0].severity == ERROR

    result = what_if(snap, Supposition(d("2027-06-01")), today)

    assert [c.kind for c in result.changes] == [Change.OTHER]
    assert result.changes[0].supposed is None
    assert result.failing == [] and result.recovering == []


def test_a_warning_that_turns_into_another_warning_is_no_change() -> None:
    snap = snapshot(third("US", dpf(dpf_checked=None), id=1))
    today = assess(snap, AS_OF)
    assert today.transfers[0].severity == Severity.WARNING

    assert what_if(snap, Supposition(d("2027-03-01")), today).changes == ()


def test_lost_basis_lists_exactly_the_dpf_transfers() -> None:
    vendors = (
        third("US", dpf(), id=1, name="DPF certified"),
        third("US", dpf(dpf_checked=d("2025-10-01")), id=2, name="DPF stale check"),
        third("US", safeguard("US", Mechanism.ADEQUACY, dpf_certified=True,
                              dpf_checked=RECENT), id=3, name="DPF as adequacy"),
        third("US", safeguard("US", Mechanism.SCC_2021, scc_module=2, tia_date=RECENT),
              id=4, name="SCC"),
        third("US", id=5, name="Already broken"),
        third("JP", id=6, name="Japan"),
        vendor(7, "Zendesk, Inc.", country="US", locations=["IE"], safeguards=[dpf()]),
    )
    snap = snapshot(*vendors)
    before = assess(snap, AS_OF)
    after = assess(snap, AS_OF, revoke=["us-dpf"])
    lost = lost_basis(before, after)
    assert sorted((t.vendor_id, t.country) for t in lost) == [
        (1, "US"), (2, "US"), (3, "US"), (7, "US")]
    assert all(t.severity == ERROR and "would lose its basis" in t.message for t in lost)
    assert lost_basis(before, before) == []
    assert after.revoked == ("us-dpf",)
