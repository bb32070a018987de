"""The checks of docs/law.md, Article 30 completeness and reviews, table by table.

The assessment is a pure function of a Snapshot and a date, so almost every test builds the
snapshot in memory (tests/registry/builders.py); one goes through a real registry database.
Each row asserts the exact severity, rule id and country, and that the message names the fix
or the judgment.
"""

from __future__ import annotations

import datetime as dt

import pytest

from registry import model
from registry.assessment import (
    Assessment,
    add_months,
    art30_items,
    assess,
    destinations,
)
from registry.enums import (
    ActivityRole,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Mechanism,
    Severity,
    TiaOutcome,
    VendorRole,
    VendorStatus,
)
from registry.errors import UserError
from registry.snapshot import VendorRow, load_snapshot
from registry.storage import Registry

from tests.registry.builders import (
    ADVISORY_NOTES,
    AS_OF,
    activity,
    activity_rules,
    d,
    dpa,
    loc,
    organisation,
    processor_activity,
    rules,
    safeguard,
    snapshot,
    transfer_findings,
    vendor,
    vendor_findings,
)

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
NO_TRANSFER = "no transfer"
"""Expected rule meaning: the destination is not a transfer at all."""

RECENT = d("2026-06-01")
"""A DPF check or TIA five months before AS_OF."""
STALE = d("2025-10-01")
"""Thirteen months before AS_OF."""


def third(country: str, *safeguards, **kw) -> VendorRow:
    """A vendor established and hosting in ``country``, with the given safeguards."""
    kw.setdefault("locations", [country])
    return vendor(country=country, safeguards=safeguards, **kw)


def check(
    result: Assessment,
    country: str,
    severity: Severity | None,
    rule: str | None,
    says: tuple[str, ...] = (),
    vendor_id: int = 1,
) -> None:
    """The one destination's transfer verdict, its exact findings and their wording.

    ``severity`` is the transfer's verdict (None: covered); ``rule`` the one finding
    expected for the destination (None: none; NO_TRANSFER: not a transfer at all).
    """
    transfers = {t.country: t for t in result.transfers_of(vendor_id)}
    found = [f for f in transfer_findings(result, vendor_id) if f.country == country]
    if rule == NO_TRANSFER:
        assert country not in transfers
        assert found == []
        return
    assert country in transfers, f"no transfer to {country}: {list(transfers)}"
    transfer = transfers[country]
    assert transfer.severity == severity
    expected = [] if rule is None else [(severity or INFO, rule, country)]
    assert rules(found) == expected
    text = found[0].message if found else f"{transfer.basis} | {transfer.message}"
    if found:
        assert text.startswith("Transfer to "), text
        assert f"({country}, " in text
    for fragment in says:
        assert fragment in text, f"{fragment!r} not in {text!r}"


def run(*vendors: VendorRow, as_of: dt.date = AS_OF, **kw) -> Assessment:
    return assess(snapshot(*vendors, **{k: v for k, v in kw.items() if k != "revoke"}),
                  as_of, revoke=kw.get("revoke", ()))


# --- 4.2 EEA destinations ------------------------------------------------------------------


@pytest.mark.parametrize(
    "country",
    [
        # EU members (founders with no date, later accessions)
        pytest.param("DE", id="EU-DE"),
        pytest.param("FR", id="EU-FR"),
        pytest.param("IE", id="EU-IE"),
        pytest.param("DK", id="EU-DK"),
        pytest.param("SE", id="EU-SE"),
        pytest.param("FI", id="EU-FI"),
        pytest.param("PL", id="EU-PL"),
        pytest.param("HR", id="EU-HR"),
        # EEA EFTA states
        pytest.param("NO", id="EEA-NO"),
        pytest.param("IS", id="EEA-IS"),
        pytest.param("LI", id="EEA-LI"),
        # EU territories with their own ISO code
        pytest.param("AX", id="territory-AX-Aland"),
        pytest.param("GF", id="territory-GF"),
        pytest.param("GP", id="territory-GP"),
        pytest.param("MQ", id="territory-MQ"),
        pytest.param("YT", id="territory-YT"),
        pytest.param("RE", id="territory-RE"),
        pytest.param("MF", id="territory-MF"),
    ],
)
def test_eea_destination_is_no_transfer(country: str) -> None:
    result = run(third(country, locations=[country, loc(country, "support")]))
    assert result.transfers == ()
    assert vendor_findings(result) == []


@pytest.mark.parametrize(
    "country",
    [
        pytest.param("GL", id="GL-Greenland"),
        pytest.param("NC", id="NC-New-Caledonia"),
        pytest.param("PF", id="PF-French-Polynesia"),
        pytest.param("AW", id="AW-Aruba"),
        pytest.param("CW", id="CW-Curacao"),
        pytest.param("BL", id="BL-Saint-Barthelemy"),
        pytest.param("SJ", id="SJ-Svalbard"),
    ],
)
def test_overseas_territory_is_a_transfer(country: str) -> None:
    """Overseas countries and territories are not part of the EU (docs/law.md#territories)."""
    no_mechanism = run(vendor(country="DK", locations=["DK", country]))
    check(no_mechanism, country, ERROR, "transfer.no-mechanism",
          ("no transfer mechanism is recorded", "there is no adequacy decision for",
           "Record SCCs"))
    covered = run(vendor(country="DK", locations=["DK", country], safeguards=[
        safeguard(country, Mechanism.SCC_2021, scc_module=2, tia_date=RECENT)]))
    check(covered, country, None, None, ("module 2",))


@pytest.mark.parametrize(
    ("country", "as_of", "severity", "rule", "says"),
    [
        pytest.param("CH", AS_OF, None, None, ("2000/518/EC",), id="CH-adequacy"),
        pytest.param("FO", AS_OF, None, None, ("2010/146/EU",), id="FO-adequacy"),
        pytest.param("GB", d("2020-07-01"), None, NO_TRANSFER, (), id="GB-2020-inside"),
        pytest.param("GB", d("2020-12-31"), None, NO_TRANSFER, (), id="GB-transition-end"),
        pytest.param("GB", d("2021-03-01"), None, NO_TRANSFER, (), id="GB-2021-bridge"),
        pytest.param("GB", d("2021-06-28"), None, None, ("(EU) 2021/1772",),
                     id="GB-adequacy-day"),
        pytest.param("GB", d("2021-07-01"), None, None, ("(EU) 2021/1772",),
                     id="GB-2021-adequacy"),
        pytest.param("GB", AS_OF, None, None, ("(EU) 2021/1772",), id="GB-renewed"),
        pytest.param("GB", d("2032-01-01"), ERROR, "transfer.no-mechanism",
                     ("expired on 27 Dec 2031",), id="GB-2032-expired"),
        pytest.param("BR", d("2026-01-25"), ERROR, "transfer.no-mechanism",
                     ("applies only from 26 Jan 2026", "Record SCCs"), id="BR-before"),
        pytest.param("BR", d("2026-01-26"), None, None, ("(EU) 2026/179",), id="BR-adopted"),
        pytest.param("HR", d("2013-06-30"), ERROR, "transfer.no-mechanism",
                     ("there is no adequacy decision for Croatia",), id="HR-before-accession"),
        pytest.param("HR", d("2013-07-01"), None, NO_TRANSFER, (), id="HR-accession"),
        pytest.param("KR", d("2021-12-16"), ERROR, "transfer.no-mechanism",
                     ("applies only from 17 Dec 2021",), id="KR-before"),
    ],
)
def test_destination_on_a_date(
    country: str, as_of: dt.date, severity: Severity | None, rule: str | None,
    says: tuple[str, ...],
) -> None:
    result = run(third(country), as_of=as_of)
    check(result, country, severity, rule, says)
    if rule is None:
        assert vendor_findings(result) == []


# --- 4.3 adequacy ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "decision_id", "reference", "note"),
    [
        pytest.param("CH", "ch", "2000/518/EC", None, id="CH"),
        pytest.param("AR", "ar", "2003/490/EC", None, id="AR"),
        pytest.param("GG", "gg", "2003/821/EC", None, id="GG"),
        pytest.param("IM", "im", "2004/411/EC", None, id="IM"),
        pytest.param("JE", "je", "2008/393/EC", None, id="JE"),
        pytest.param("AD", "ad", "2010/625/EU", None, id="AD"),
        pytest.param("IL", "il", "2011/61/EU", None, id="IL"),
        pytest.param("UY", "uy", "2012/484/EU", None, id="UY"),
        pytest.param("NZ", "nz", "2013/65/EU", None, id="NZ"),
        pytest.param("KR", "kr", "(EU) 2022/254", None, id="KR"),
        pytest.param("GB", "gb", "(EU) 2021/1772", None, id="GB"),
        pytest.param("BR", "br", "(EU) 2026/179", None, id="BR"),
        pytest.param("CA", "ca", "2002/2/EC", "PIPEDA", id="CA-partial"),
        pytest.param("JP", "jp", "(EU) 2019/419", "APPI", id="JP-partial"),
    ],
)
@pytest.mark.parametrize("recorded", [False, True], ids=["auto", "recorded"])
def test_adequacy_applies_with_or_without_a_safeguard(
    country: str, decision_id: str, reference: str, note: str | None, recorded: bool
) -> None:
    safeguards = [safeguard(country, Mechanism.ADEQUACY)] if recorded else []
    result = run(third(country, *safeguards))
    [transfer] = result.transfers
    assert transfer.severity is None
    assert transfer.decision_id == decision_id
    assert reference in transfer.basis
    if note is None:
        check(result, country, None, None, (reference,))
        assert transfer.note is None
    else:
        check(result, country, None, "transfer.partial-adequacy",
              (reference, note, "confirm the vendor is within it"))
        assert note in (transfer.note or "")


@pytest.mark.parametrize(
    ("country", "as_of", "says"),
    [
        pytest.param("IN", AS_OF, "there is no adequacy decision for India", id="IN"),
        pytest.param("CN", AS_OF, "there is no adequacy decision for China", id="CN"),
        pytest.param("GL", AS_OF, "there is no adequacy decision for Greenland", id="GL"),
        pytest.param("BR", d("2025-12-01"), "applies only from 26 Jan 2026", id="BR-before"),
    ],
)
def test_adequacy_recorded_without_a_decision_is_an_error(
    country: str, as_of: dt.date, says: str
) -> None:
    result = run(third(country, safeguard(country, Mechanism.ADEQUACY)), as_of=as_of)
    check(result, country, ERROR, "transfer.adequacy-missing",
          ("adequacy is recorded but", says, "Record SCCs with a transfer impact assessment"))


# --- 4.4 and 4.9 the United States and the DPF ---------------------------------------------


def dpf(country: str = "US", **kw) -> object:
    kw.setdefault("dpf_certified", True)
    return safeguard(country, Mechanism.EU_US_DPF, **kw)


@pytest.mark.parametrize(
    ("safeguards", "as_of", "revoke", "severity", "rule", "says"),
    [
        pytest.param((), AS_OF, (), ERROR, "transfer.no-mechanism",
                     ("covers only certified organisations", "check the DPF List",
                      "record SCCs"), id="no-safeguard"),
        pytest.param((dpf(dpf_checked=RECENT),), AS_OF, (), None, None,
                     ("(EU) 2023/1795", "checked 1 Jun 2026"), id="dpf-certified-checked"),
        pytest.param((dpf(dpf_checked=d("2025-11-01")),), AS_OF, (), None, None,
                     ("(EU) 2023/1795",), id="dpf-checked-exactly-12-months"),
        pytest.param((dpf(dpf_checked=STALE),), AS_OF, (), WARNING,
                     "transfer.dpf-check-stale",
                     ("last checked on 1 Oct 2025", "more than 12 months",
                      "Check the DPF List again"), id="dpf-checked-13-months-ago"),
        pytest.param((dpf(),), AS_OF, (), WARNING, "transfer.dpf-unchecked",
                     ("never been checked", "record the date"), id="dpf-never-checked"),
        pytest.param((dpf(dpf_checked=d("2027-01-01")),), AS_OF, (), WARNING,
                     "transfer.dpf-unchecked", ("never been checked",),
                     id="dpf-checked-after-as-of"),
        pytest.param((dpf(dpf_certified=False, dpf_checked=RECENT),), AS_OF, (), ERROR,
                     "transfer.dpf-not-certified",
                     ("not recorded as certified", "Check the DPF List", "SCCs"),
                     id="dpf-not-certified"),
        pytest.param((dpf(dpf_checked=d("2022-12-01")),), d("2023-01-01"), (), ERROR,
                     "transfer.adequacy-missing",
                     ("applies only from 10 Jul 2023", "Record SCCs"),
                     id="dpf-before-decision"),
        pytest.param((dpf(dpf_checked=d("2023-07-10")),), d("2023-07-10"), (), None, None,
                     ("(EU) 2023/1795",), id="dpf-on-decision-day"),
        pytest.param((safeguard("US", Mechanism.ADEQUACY, dpf_certified=True,
                                dpf_checked=RECENT),), AS_OF, (), None, None,
                     ("(EU) 2023/1795",), id="adequacy-recorded-certified"),
        pytest.param((safeguard("US", Mechanism.ADEQUACY),), AS_OF, (), ERROR,
                     "transfer.dpf-not-certified", ("not recorded as certified",),
                     id="adequacy-recorded-not-certified"),
        pytest.param((dpf(dpf_checked=RECENT),), AS_OF, ("us-dpf",), ERROR,
                     "transfer.adequacy-missing",
                     ("would lose its basis if (EU) 2023/1795", "SCCs"), id="what-if-dpf-falls"),
        pytest.param((), AS_OF, ("us-dpf",), ERROR, "transfer.no-mechanism",
                     ("would lose its basis",), id="what-if-no-safeguard"),
        pytest.param((safeguard("US", Mechanism.SCC_2021, scc_module=2, tia_date=RECENT),),
                     AS_OF, ("us-dpf",), None, None, ("module 2",), id="what-if-scc-survives"),
    ],
)
def test_us_destination(
    safeguards: tuple, as_of: dt.date, revoke: tuple[str, ...], severity: Severity | None,
    rule: str | None, says: tuple[str, ...],
) -> None:
    result = run(third("US", *safeguards), as_of=as_of, revoke=revoke)
    check(result, "US", severity, rule, says)
    assert result.revoked == revoke


@pytest.mark.parametrize(
    ("country", "name"),
    [
        pytest.param("IN", "India", id="IN"),
        pytest.param("GB", "United Kingdom", id="GB-adequate"),
        pytest.param("CA", "Canada", id="CA-adequate"),
    ],
)
def test_dpf_recorded_for_a_destination_other_than_the_us(country: str, name: str) -> None:
    result = run(third(country, dpf(country, dpf_checked=RECENT)))
    check(result, country, ERROR, "transfer.dpf-not-us",
          ("covers only transfers to the United States", f"not {name}",
           "Record the mechanism that applies"))


def test_revoking_an_unknown_decision_is_a_user_error() -> None:
    with pytest.raises(UserError, match="us-dpf"):
        run(third("US"), revoke=["privacy-shield"])


# --- 4.8 dead mechanisms -------------------------------------------------------------------


def _dead_rows() -> list:
    rows = [
        pytest.param(Mechanism.SAFE_HARBOR, d("1999-01-01"), ERROR, "transfer.not-yet-valid",
                     ("applies only from 26 Jul 2000",), id="safe-harbor-1999-not-yet"),
        pytest.param(Mechanism.SAFE_HARBOR, d("2014-01-01"), None, None,
                     ("valid on this date",), id="safe-harbor-2014-valid"),
        pytest.param(Mechanism.SAFE_HARBOR, d("2015-10-06"), ERROR, "transfer.dead-mechanism",
                     ("C-362/14", "Schrems I", "Replace it with"), id="safe-harbor-judgment-day"),
        pytest.param(Mechanism.SAFE_HARBOR, d("2016-01-01"), ERROR, "transfer.dead-mechanism",
                     ("Safe Harbor", "C-362/14", "6 Oct 2015", "Data Privacy Framework"),
                     id="safe-harbor-2016-dead"),
        pytest.param(Mechanism.PRIVACY_SHIELD, d("2016-07-01"), ERROR,
                     "transfer.not-yet-valid", ("applies only from 1 Aug 2016",),
                     id="privacy-shield-2016-not-yet"),
        pytest.param(Mechanism.PRIVACY_SHIELD, d("2020-07-01"), None, None,
                     ("valid on this date",), id="privacy-shield-2020-07-01-valid"),
        pytest.param(Mechanism.PRIVACY_SHIELD, d("2020-07-15"), None, None, (),
                     id="privacy-shield-day-before-judgment"),
        pytest.param(Mechanism.PRIVACY_SHIELD, d("2020-07-16"), ERROR,
                     "transfer.dead-mechanism", ("C-311/18", "Schrems II"),
                     id="privacy-shield-judgment-day"),
        pytest.param(Mechanism.PRIVACY_SHIELD, d("2020-07-17"), ERROR,
                     "transfer.dead-mechanism",
                     ("EU-US Privacy Shield", "C-311/18", "Schrems II", "16 Jul 2020",
                      "Replace it with"), id="privacy-shield-2020-07-17-dead"),
        pytest.param(Mechanism.PRIVACY_SHIELD, AS_OF, ERROR, "transfer.dead-mechanism",
                     ("Schrems II", "Data Privacy Framework"), id="privacy-shield-today"),
    ]
    for mech, replace in (
        (Mechanism.SCC_2001_497, "module 1"),
        (Mechanism.SCC_2004_915, "module 1"),
        (Mechanism.SCC_2010_87, "module 2 or 3"),
    ):
        name = mech.value.replace("_", "-")
        rows += [
            pytest.param(mech, d("2021-01-01"), None, None, ("valid on this date",),
                         id=f"{name}-2021-valid"),
            pytest.param(mech, d("2021-09-26"), None, None, (), id=f"{name}-last-day-new"),
            pytest.param(mech, d("2021-09-27"), WARNING, "transfer.old-scc",
                         ("may not be used for new contracts", "27 Dec 2022"),
                         id=f"{name}-no-new-contracts"),
            pytest.param(mech, d("2022-01-01"), WARNING, "transfer.old-scc",
                         ("must be replaced by 27 Dec 2022", replace),
                         id=f"{name}-2022-warning"),
            pytest.param(mech, d("2022-12-27"), ERROR, "transfer.dead-mechanism",
                         ("2021/914",), id=f"{name}-replacement-deadline"),
            pytest.param(mech, d("2023-01-01"), ERROR, "transfer.dead-mechanism",
                         ("repealed by Decision (EU) 2021/914", "27 Dec 2022", replace),
                         id=f"{name}-2023-dead"),
        ]
    return rows


@pytest.mark.parametrize(("mechanism", "as_of", "severity", "rule", "says"), _dead_rows())
def test_dead_mechanism(
    mechanism: Mechanism, as_of: dt.date, severity: Severity | None, rule: str | None,
    says: tuple[str, ...],
) -> None:
    result = run(third("US", safeguard("US", mechanism)), as_of=as_of)
    check(result, "US", severity, rule, says)
    assert result.transfers[0].mechanism == mechanism


# --- 4.5 SCC 2021/914, BCR, code, certification, ad hoc clauses ----------------------------


TIA_MECHANISMS = [
    (Mechanism.SCC_2021, "Standard Contractual Clauses (EU) 2021/914, module 2"),
    (Mechanism.BCR, "Binding Corporate Rules"),
    (Mechanism.CODE_OF_CONDUCT, "Approved code of conduct"),
    (Mechanism.CERTIFICATION, "Approved certification"),
    (Mechanism.AD_HOC_CLAUSES, "Ad hoc clauses authorised by a supervisory authority"),
]
TIA_STATES = [
    # (id, tia_date, outcome, severity, rule, says)
    ("tia-missing", None, None, WARNING, "transfer.tia-missing",
     ("without a transfer impact assessment", "EDPB Recommendations 01/2020",
      "record the TIA")),
    ("tia-recent", RECENT, TiaOutcome.ADEQUATE, None, None, ("TIA of 1 Jun 2026",)),
    ("tia-recent-no-outcome", RECENT, None, None, None, ("TIA of 1 Jun 2026",)),
    ("tia-with-measures", RECENT, TiaOutcome.ADEQUATE_WITH_MEASURES, None, None, ()),
    ("tia-exactly-12-months", d("2025-11-01"), TiaOutcome.ADEQUATE, None, None, ()),
    ("tia-stale", STALE, TiaOutcome.ADEQUATE, WARNING, "transfer.tia-stale",
     ("dates from 1 Oct 2025", "more than 12 months", "Review it")),
    ("tia-negative", RECENT, TiaOutcome.NOT_ADEQUATE, ERROR, "transfer.tia-negative",
     ("found the protection not adequate", "supplementary measures", "stop the transfer")),
    ("tia-in-future", d("2027-01-01"), TiaOutcome.ADEQUATE, WARNING, "transfer.tia-missing",
     ("without a transfer impact assessment",)),
]


@pytest.mark.parametrize(
    ("mechanism", "label", "tia_date", "outcome", "severity", "rule", "says"),
    [
        pytest.param(mech, label, tia, outcome, severity, rule, says,
                     id=f"{mech.value}-{state}")
        for mech, label in TIA_MECHANISMS
        for state, tia, outcome, severity, rule, says in TIA_STATES
    ],
)
def test_safeguard_needs_a_current_tia(
    mechanism: Mechanism, label: str, tia_date: dt.date | None, outcome: TiaOutcome | None,
    severity: Severity | None, rule: str | None, says: tuple[str, ...],
) -> None:
    sg = safeguard("IN", mechanism, scc_module=2 if mechanism == Mechanism.SCC_2021 else None,
                   tia_date=tia_date, tia_outcome=outcome)
    result = run(third("IN", sg))
    check(result, "IN", severity, rule, says)
    assert result.transfers[0].basis == label


@pytest.mark.parametrize(
    ("sg", "as_of", "severity", "rule", "says"),
    [
        pytest.param(safeguard("US", Mechanism.SCC_2021, scc_module=2, tia_date=d("2021-06-01")),
                     d("2021-06-26"), ERROR, "transfer.not-yet-valid",
                     ("applies only from 27 Jun 2021",), id="scc-before-2021-06-27"),
        pytest.param(safeguard("US", Mechanism.SCC_2021, scc_module=2, tia_date=d("2021-06-01")),
                     d("2021-06-27"), None, None, ("module 2",), id="scc-on-2021-06-27"),
        pytest.param(safeguard("US", Mechanism.SCC_2021, tia_date=RECENT), AS_OF, WARNING,
                     "transfer.scc-module-missing",
                     ("module is not recorded", "Record module 2", "3 (to a sub-processor)"),
                     id="scc-without-module"),
        pytest.param(safeguard("US", Mechanism.SCC_2021), AS_OF, WARNING,
                     "transfer.scc-module-missing", ("module is not recorded",),
                     id="scc-without-module-or-tia"),
        pytest.param(safeguard("US", Mechanism.SCC_2021, scc_module=3, tia_date=RECENT), AS_OF,
                     None, None, ("module 3", "TIA of 1 Jun 2026"), id="scc-module-3"),
        pytest.param(safeguard("US", Mechanism.SCC_2021, scc_module=4, tia_date=STALE), AS_OF,
                     WARNING, "transfer.tia-stale", ("Review it",), id="scc-module-4-stale"),
    ],
)
def test_scc_2021(
    sg, as_of: dt.date, severity: Severity | None, rule: str | None, says: tuple[str, ...]
) -> None:
    check(run(third("US", sg), as_of=as_of), "US", severity, rule, says)


# --- 4.6 Art. 49 derogations ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("derogation", "which"),
    [pytest.param(x, f"Art. 49(1)({x})", id=f"49-1-{x}") for x in "abcdefg"]
    + [
        pytest.param("compelling", "second subparagraph (compelling legitimate interests)",
                     id="49-1-compelling"),
        pytest.param(None, "(Art. 49)", id="49-unspecified"),
    ],
)
def test_derogation_is_a_warning(derogation: str | None, which: str) -> None:
    result = run(third("IN", safeguard("IN", Mechanism.DEROGATION, derogation=derogation)))
    check(result, "IN", WARNING, "transfer.derogation",
          (which, "occasional, non-repetitive", "Use SCCs for regular transfers"))


# --- 4.1 destinations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("v", "expected"),
    [
        pytest.param(vendor(country="US", locations=["IE"]), {"US": ("entity",)},
                     id="zendesk-us-entity-hosting-in-ie"),
        pytest.param(vendor(country="NO", locations=["NO", loc("IN", "support")]),
                     {"IN": ("support",)}, id="support-access-from-in"),
        pytest.param(vendor(country="IE", locations=["IE", "DE", loc("SE", "backup")]), {},
                     id="eea-only"),
        pytest.param(vendor(country="US", locations=["US", loc("US", "support")]),
                     {"US": ("entity", "hosting", "support")}, id="us-entity-and-hosting"),
        pytest.param(vendor(country="DE", locations=[loc("CN", "processing"),
                                                     loc("CH", "backup")]),
                     {"CN": ("processing",), "CH": ("backup",)}, id="processing-and-backup"),
        pytest.param(vendor(country="GB", locations=["IE"]), {"GB": ("entity",)},
                     id="uk-entity-hosting-in-ie"),
        pytest.param(vendor(country="NO", locations=[]), {}, id="no-locations"),
    ],
)
def test_destinations(v: VendorRow, expected: dict[str, tuple[str, ...]]) -> None:
    result = run(v)
    assert {t.country: t.via for t in result.transfers} == expected
    assert {c: via for c, via in destinations(v).items() if c in expected} == expected


@pytest.mark.parametrize(
    ("v", "country", "prefix"),
    [
        pytest.param(vendor(name="Zendesk, Inc.", country="US", locations=["IE"]), "US",
                     "Transfer to United States (US, entity): no transfer mechanism",
                     id="zendesk-entity"),
        pytest.param(vendor(country="NO", locations=["NO", loc("IN", "support")]), "IN",
                     "Transfer to India (IN, access): no transfer mechanism",
                     id="support-is-access"),
        pytest.param(vendor(country="US", locations=["US", loc("US", "backup")]), "US",
                     "Transfer to United States (US, entity, hosting, backup): ",
                     id="several-ways"),
    ],
)
def test_destination_is_named_with_how_it_is_reached(
    v: VendorRow, country: str, prefix: str
) -> None:
    result = run(v)
    [finding] = transfer_findings(result)
    assert (finding.severity, finding.rule, finding.country) == (
        ERROR, "transfer.no-mechanism", country)
    assert finding.message.startswith(prefix), finding.message
    assert finding.chain == (v.name,)
    assert not finding.is_onward


def test_zendesk_with_dpf_is_covered_although_it_hosts_in_ireland() -> None:
    zendesk = vendor(name="Zendesk, Inc.", country="US", locations=["IE"],
                     safeguards=[dpf(dpf_checked=RECENT)])
    result = run(zendesk)
    check(result, "US", None, None, ("(EU) 2023/1795",))
    assert vendor_findings(result) == []


@pytest.mark.parametrize(
    ("sg", "says"),
    [
        pytest.param(safeguard("IE", Mechanism.SCC_2021, scc_module=2),
                     "is in the EU/EEA: no transfer mechanism is needed", id="eea-country"),
        pytest.param(safeguard("IN", Mechanism.SCC_2021, scc_module=2),
                     "no location of the vendor is there", id="no-location-there"),
    ],
)
def test_unused_safeguard_is_an_info(sg, says: str) -> None:
    result = run(vendor(country="IE", locations=["IE"], safeguards=[sg]))
    found = transfer_findings(result)
    assert rules(found) == [(INFO, "transfer.safeguard-unused", sg.country)]
    assert says in found[0].message
    assert result.transfers == ()


# --- 4.10 onward transfers ------------------------------------------------------------------

ZENDESK = "Zendesk, Inc."
AWS = "Amazon Web Services, Inc."


def zendesk() -> VendorRow:
    return vendor(1, ZENDESK, country="US", locations=["IE"],
                  safeguards=[dpf(dpf_checked=RECENT)])


def aws(*safeguards, id: int = 2, parent_id: int = 1, **kw) -> VendorRow:
    return vendor(id, AWS, country="US", locations=["US"], safeguards=safeguards,
                  role=VendorRole.SUB_PROCESSOR, parent_id=parent_id, **kw)


@pytest.mark.parametrize(
    ("safeguards", "severity", "rule"),
    [
        pytest.param((), ERROR, "transfer.no-mechanism", id="none"),
        pytest.param((dpf(dpf_checked=RECENT),), None, None, id="dpf"),
        pytest.param((dpf(dpf_checked=STALE),), WARNING, "transfer.dpf-check-stale",
                     id="dpf-stale"),
        pytest.param((safeguard("US", Mechanism.SCC_2021, scc_module=3, tia_date=RECENT),),
                     None, None, id="scc-module-3"),
        pytest.param((safeguard("US", Mechanism.SCC_2021, scc_module=3),), WARNING,
                     "transfer.tia-missing", id="scc-no-tia"),
        pytest.param((safeguard("US", Mechanism.PRIVACY_SHIELD),), ERROR,
                     "transfer.dead-mechanism", id="privacy-shield"),
        pytest.param((safeguard("US", Mechanism.DEROGATION, derogation="b"),), WARNING,
                     "transfer.derogation", id="derogation"),
    ],
)
def test_onward_transfer_is_assessed_the_same_way(
    safeguards: tuple, severity: Severity | None, rule: str | None
) -> None:
    """Zendesk -> AWS: the sub-processor's transfer gets the verdict it would get alone."""
    alone = run(aws(*safeguards, id=1, parent_id=None))
    chained = run(zendesk(), aws(*safeguards))
    check(alone, "US", severity, rule)
    [transfer] = chained.transfers_of(2)
    assert transfer.chain == (ZENDESK, AWS)
    assert transfer.severity == severity
    assert rules(transfer_findings(chained, 2)) == rules(transfer_findings(alone, 1))
    for finding in transfer_findings(chained, 2):
        assert finding.chain == (ZENDESK, AWS)
        assert finding.is_onward
        assert finding.message.startswith(
            f"Onward transfer {ZENDESK} → {AWS} to United States (US, entity, hosting): ")
    # The parent's own transfer is unaffected.
    check(chained, "US", None, None, ("(EU) 2023/1795",), vendor_id=1)


def test_onward_chain_of_three_levels() -> None:
    third_level = vendor(3, "Tiny Analytics Pvt Ltd", country="IN", locations=["IN"],
                         role=VendorRole.SUB_PROCESSOR, parent_id=2)
    result = run(zendesk(), aws(dpf(dpf_checked=RECENT)), third_level)
    [finding] = transfer_findings(result, 3)
    assert (finding.severity, finding.rule, finding.country) == (
        ERROR, "transfer.no-mechanism", "IN")
    assert finding.chain == (ZENDESK, AWS, "Tiny Analytics Pvt Ltd")
    assert finding.message.startswith(
        f"Onward transfer {ZENDESK} → {AWS} → Tiny Analytics Pvt Ltd to India (IN, ")


@pytest.mark.parametrize(
    ("kw", "missing"),
    [
        pytest.param({}, None, id="complete"),
        pytest.param({"address": ""}, "address", id="no-address"),
        pytest.param({"address": "   "}, "address", id="blank-address"),
        pytest.param({"contact_email": "", "website": ""}, "contact", id="no-contact"),
        pytest.param({"contact_email": ""}, None, id="website-is-a-contact"),
        pytest.param({"legal_name": ""}, "legal name", id="no-legal-name"),
        pytest.param({"address": "", "contact_email": "", "website": ""}, "address, contact",
                     id="no-address-no-contact"),
    ],
)
def test_sub_processor_chain_must_be_known(kw: dict, missing: str | None) -> None:
    result = run(zendesk(), aws(dpf(dpf_checked=RECENT), **kw))
    found = vendor_findings(result, 2, "vendor.chain")
    if missing is None:
        assert found == []
        return
    assert [(f.severity, f.rule) for f in found] == [(WARNING, "vendor.chain-incomplete")]
    assert f"sub-processor's {missing} is not recorded" in found[0].message
    assert "EDPB Opinion 22/2024" in found[0].message
    assert found[0].chain == (ZENDESK, AWS)


def test_top_level_vendor_without_address_is_not_a_chain_problem() -> None:
    result = run(vendor(address="", contact_email="", website=""))
    assert vendor_findings(result, 1, "vendor.chain") == []


# --- 4.11 DPA --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "dpa_row", "expected", "says"),
    [
        pytest.param(VendorRole.PROCESSOR, None, (ERROR, "vendor.dpa-missing"),
                     ("Art. 28(3)", "Sign a DPA"), id="processor-no-dpa"),
        pytest.param(VendorRole.SUB_PROCESSOR, None, (ERROR, "vendor.dpa-missing"),
                     ("Art. 28(3)",), id="sub-processor-no-dpa"),
        pytest.param(VendorRole.PROCESSOR, dpa(signed_date=None),
                     (ERROR, "vendor.dpa-missing"), ("record its date",),
                     id="processor-dpa-unsigned"),
        pytest.param(VendorRole.PROCESSOR, dpa(), None, (), id="processor-dpa-signed"),
        pytest.param(VendorRole.INDEPENDENT_CONTROLLER, None, None, (),
                     id="independent-controller-no-dpa"),
        pytest.param(VendorRole.JOINT_CONTROLLER, None, None, (), id="joint-controller-no-dpa"),
        pytest.param(VendorRole.PROCESSOR, dpa(review_date=d("2026-10-31")),
                     (WARNING, "vendor.dpa-review-overdue"),
                     ("due on 31 Oct 2026", "Review the agreement"), id="dpa-review-overdue"),
        pytest.param(VendorRole.PROCESSOR, dpa(review_date=AS_OF), None, (),
                     id="dpa-review-today"),
        pytest.param(VendorRole.PROCESSOR, dpa(review_date=d("2027-06-01")), None, (),
                     id="dpa-review-ahead"),
    ],
)
def test_dpa(role: VendorRole, dpa_row, expected, says: tuple[str, ...]) -> None:
    result = run(vendor(role=role, dpa_row=dpa_row))
    found = vendor_findings(result, 1, "vendor.dpa")
    assert [(f.severity, f.rule) for f in found] == ([expected] if expected else [])
    for fragment in says:
        assert fragment in found[0].message


# --- vendor status and dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kw", "assessed", "planned"),
    [
        pytest.param({"status": VendorStatus.RETIRED}, False, False, id="retired"),
        pytest.param({"status": VendorStatus.RETIRED, "end_date": d("2026-01-01")}, False,
                     False, id="retired-with-end-date"),
        pytest.param({"status": VendorStatus.RETIRED, "end_date": d("2027-01-01")}, True,
                     False, id="retiring-after-as-of"),
        pytest.param({"end_date": AS_OF}, False, False, id="ends-on-as-of"),
        pytest.param({"end_date": d("2026-11-02")}, True, False, id="ends-tomorrow"),
        pytest.param({"start_date": d("2026-11-02")}, False, False, id="starts-after-as-of"),
        pytest.param({"start_date": AS_OF}, True, False, id="starts-on-as-of"),
        pytest.param({"status": VendorStatus.PLANNED}, True, True, id="planned"),
        pytest.param({"status": VendorStatus.PLANNED, "start_date": d("2027-03-01")}, True,
                     True, id="planned-starting-later"),
        pytest.param({}, True, False, id="active"),
    ],
)
def test_vendor_status_and_dates(kw: dict, assessed: bool, planned: bool) -> None:
    """Retired and not-yet-started vendors are ignored; planned ones are checked."""
    result = run(third("US", dpa_row=None, **kw))
    found = vendor_findings(result)
    if not assessed:
        assert result.transfers == ()
        assert found == []
        return
    check(result, "US", ERROR, "transfer.no-mechanism")
    expected = [(ERROR, "transfer.no-mechanism"), (ERROR, "vendor.dpa-missing")]
    if planned:
        expected.append((INFO, "vendor.planned"))
    assert sorted((f.severity.rank, f.rule) for f in found) == sorted(
        (s.rank, r) for s, r in expected)
    if planned:
        [info] = vendor_findings(result, 1, "vendor.planned")
        assert "checked before it starts" in info.message


# --- reviews ---------------------------------------------------------------------------------


REVIEW_ROWS = [
    pytest.param(d("2026-10-31"), None, 12, (WARNING, "review-overdue"),
                 ("due on 31 Oct 2026", "set the next review date"), id="next-review-past"),
    pytest.param(AS_OF, None, 12, (INFO, "review-due"), ("due on 1 Nov 2026",),
                 id="next-review-today"),
    pytest.param(d("2026-12-01"), None, 12, (INFO, "review-due"), ("due on 1 Dec 2026",),
                 id="next-review-in-30-days"),
    pytest.param(d("2026-12-02"), None, 12, None, (), id="next-review-in-31-days"),
    pytest.param(None, d("2025-10-01"), 12, (WARNING, "review-overdue"),
                 ("Last reviewed on 1 Oct 2025", "more than 12 months"),
                 id="last-reviewed-13-months-ago"),
    pytest.param(None, d("2025-11-01"), 12, None, (), id="last-reviewed-exactly-12-months"),
    pytest.param(None, d("2026-01-01"), 12, None, (), id="last-reviewed-10-months-ago"),
    pytest.param(d("2027-06-01"), d("2024-01-01"), 12, None, (),
                 id="next-review-set-wins-over-old-last-review"),
    pytest.param(None, d("2026-03-01"), 6, (WARNING, "review-overdue"),
                 ("more than 6 months",), id="organisation-interval-6-months"),
    pytest.param(None, None, 12, None, (), id="never-reviewed-no-date"),
]


@pytest.mark.parametrize(("next_review", "last_reviewed", "interval", "expected", "says"),
                         REVIEW_ROWS)
def test_vendor_review(next_review, last_reviewed, interval, expected, says) -> None:
    v = vendor(next_review=next_review, last_reviewed=last_reviewed)
    result = assess(snapshot(v, org=organisation(review_interval_months=interval)), AS_OF)
    found = vendor_findings(result, 1, "vendor.review")
    assert [(f.severity, f.rule) for f in found] == (
        [(expected[0], f"vendor.{expected[1]}")] if expected else [])
    for fragment in says:
        assert fragment in found[0].message


@pytest.mark.parametrize(("next_review", "last_reviewed", "interval", "expected", "says"),
                         REVIEW_ROWS)
def test_activity_review(next_review, last_reviewed, interval, expected, says) -> None:
    a = activity(next_review=next_review, last_reviewed=last_reviewed)
    result = assess(snapshot(activities=[a], org=organisation(review_interval_months=interval)),
                    AS_OF)
    assert activity_rules(result) == (
        [(expected[0], f"activity.{expected[1]}")] if expected else [])
    for fragment in says:
        assert fragment in result.for_record("activity", 1)[0].message


# --- Article 30 completeness ------------------------------------------------------------------


def test_complete_controller_and_processor_records_have_no_findings() -> None:
    records = [activity(1), processor_activity(2, name="Hosting for customers")]
    result = assess(snapshot(vendor(), activities=records), AS_OF)
    assert activity_rules(result, 1) == []
    assert activity_rules(result, 2) == []
    assert all(item.complete for item in art30_items(records[0], organisation()))
    assert [i.code for i in art30_items(records[0], organisation())] == [
        "30(1)(a)", "30(1)(b)", "30(1)(c)", "30(1)(d)", "30(1)(e)", "30(1)(f)", "30(1)(g)"]
    assert [i.code for i in art30_items(records[1], organisation())] == [
        "30(2)(a)", "30(2)(b)", "30(2)(c)", "30(2)(d)"]
    assert result.findings == ()


@pytest.mark.parametrize(
    ("record", "expected", "says"),
    [
        pytest.param(activity(purposes=" "), [(WARNING, "activity.art30-1-b")],
                     "State the purposes", id="1b-purposes"),
        pytest.param(activity(data_subjects=[]), [(WARNING, "activity.art30-1-c")],
                     "categories of data subjects and of personal data", id="1c-subjects"),
        pytest.param(activity(data_categories=[]), [(WARNING, "activity.art30-1-c")],
                     "categories of data subjects", id="1c-categories"),
        pytest.param(activity(recipients=[]), [(WARNING, "activity.art30-1-d")],
                     "List the categories of recipients", id="1d-recipients"),
        pytest.param(activity(recipients=[], vendor_ids=(1,)), [], None,
                     id="1d-vendors-are-recipients"),
        pytest.param(activity(retention=[]), [(WARNING, "activity.art30-1-f")],
                     "how long each category of data is kept", id="1f-retention"),
        pytest.param(activity(retention=[{"category": "enquiries", "period": ""}]),
                     [(WARNING, "activity.art30-1-f")], "how long", id="1f-period-blank"),
        pytest.param(activity(security_measures=""), [(WARNING, "activity.art30-1-g")],
                     "security measures", id="1g-security"),
        pytest.param(activity(legal_basis=None), [(WARNING, "activity.legal-basis")],
                     "Art. 6(1)", id="legal-basis-missing"),
        pytest.param(activity(legal_basis=LegalBasis.LEGITIMATE_INTERESTS),
                     [(WARNING, "activity.legitimate-interests")], "balancing test",
                     id="legitimate-interests-undescribed"),
        pytest.param(activity(legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
                              legitimate_interests="Fraud prevention"), [], None,
                     id="legitimate-interests-described"),
        pytest.param(activity(dpia_status=DpiaStatus.REQUIRED),
                     [(WARNING, "activity.dpia-pending")], "Art. 35", id="dpia-required"),
        pytest.param(activity(dpia_status=DpiaStatus.IN_PROGRESS),
                     [(WARNING, "activity.dpia-pending")], "Complete it", id="dpia-in-progress"),
        pytest.param(activity(dpia_status=DpiaStatus.DONE), [], None, id="dpia-done"),
        pytest.param(processor_activity(controllers=[]), [(WARNING, "activity.art30-2-a")],
                     "Name each controller", id="2a-no-controllers"),
        pytest.param(processor_activity(controllers=[{"name": "Acme AS", "contact": ""}]),
                     [(WARNING, "activity.art30-2-a")], "contact details",
                     id="2a-controller-without-contact"),
        pytest.param(processor_activity(purposes=""), [(WARNING, "activity.art30-2-b")],
                     "processing carried out", id="2b-categories-of-processing"),
        pytest.param(processor_activity(security_measures=""),
                     [(WARNING, "activity.art30-2-d")], "security measures", id="2d-security"),
        pytest.param(processor_activity(legal_basis=None), [], None,
                     id="processor-needs-no-legal-basis"),
    ],
)
def test_art30_item_missing(record, expected, says: str | None) -> None:
    result = assess(snapshot(vendor(), activities=[record]), AS_OF)
    assert activity_rules(result) == expected
    if says:
        [finding] = result.for_record("activity", 1)
        assert says in finding.message


def test_organisation_without_contact_makes_30_1_a_incomplete() -> None:
    org = organisation(email="", phone="", address="")
    result = assess(snapshot(activities=[activity()], org=org), AS_OF)
    assert activity_rules(result) == [(WARNING, "activity.art30-1-a")]
    assert [(f.severity, f.rule) for f in result.for_record("organisation", 1)] == [
        (WARNING, "organisation.contact")]


@pytest.mark.parametrize(
    ("v", "role", "notes", "expected", "says"),
    [
        pytest.param(third("US"), ActivityRole.CONTROLLER, "", "activity.art30-1-e",
                     "valid safeguard", id="1e-transfer-error"),
        pytest.param(third("US"), ActivityRole.PROCESSOR, "", "activity.art30-2-c",
                     "valid safeguard", id="2c-transfer-error"),
        pytest.param(third("US", dpf(dpf_checked=STALE)), ActivityRole.CONTROLLER, "", None,
                     None, id="1e-transfer-warning-only"),
        pytest.param(third("IN", safeguard("IN", Mechanism.DEROGATION, derogation="a")),
                     ActivityRole.CONTROLLER, "", None, None, id="1e-derogation-a"),
        pytest.param(third("IN", safeguard("IN", Mechanism.DEROGATION,
                                           derogation="compelling")),
                     ActivityRole.CONTROLLER, "", "activity.art30-1-e",
                     "Document the compelling-legitimate-interests transfer",
                     id="1e-compelling-undocumented"),
        pytest.param(third("IN", safeguard("IN", Mechanism.DEROGATION,
                                           derogation="compelling")),
                     ActivityRole.CONTROLLER, "Occasional transfer, SA informed.", None, None,
                     id="1e-compelling-documented"),
        pytest.param(third("US", safeguard("US", Mechanism.PRIVACY_SHIELD)),
                     ActivityRole.CONTROLLER, "", "activity.art30-1-e", "valid safeguard",
                     id="1e-dead-mechanism"),
        pytest.param(third("JP"), ActivityRole.CONTROLLER, "", None, None,
                     id="1e-adequacy"),
    ],
)
def test_art30_transfers(v, role, notes, expected, says) -> None:
    record = (processor_activity if role == ActivityRole.PROCESSOR else activity)(
        vendor_ids=(1,), transfer_notes=notes)
    result = assess(snapshot(v, activities=[record]), AS_OF)
    assert activity_rules(result) == ([(WARNING, expected)] if expected else [])
    if says:
        assert says in result.for_record("activity", 1)[0].message


def test_retired_vendor_still_named_in_a_record() -> None:
    retired = vendor(2, "Old CRM", status=VendorStatus.RETIRED)
    result = assess(snapshot(vendor(), retired, activities=[activity(vendor_ids=(1, 2))]),
                    AS_OF)
    assert activity_rules(result) == [(WARNING, "activity.retired-vendor")]
    assert "Old CRM" in result.for_record("activity", 1)[0].message


# --- the whole assessment ---------------------------------------------------------------------


def test_findings_are_sorted_worst_first_and_counted() -> None:
    result = run(third("US", id=1, name="B"), third("JP", id=2, name="A"),
                 third("IN", safeguard("IN", Mechanism.DEROGATION, derogation="a"), id=3,
                       name="C"))
    ranks = [f.severity.rank for f in result.findings]
    assert ranks == sorted(ranks)
    assert (result.count(ERROR), result.count(WARNING), result.count(INFO)) == (1, 1, 1)
    assert result.worst() == {("vendor", 1): ERROR, ("vendor", 2): INFO, ("vendor", 3): WARNING}


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        pytest.param("2025-10-01", 12, "2026-10-01", id="year"),
        pytest.param("2024-01-31", 1, "2024-02-29", id="leap-clamp"),
        pytest.param("2025-12-15", 1, "2026-01-15", id="year-wrap"),
        pytest.param("2024-02-29", 12, "2025-02-28", id="feb-29-next-year"),
    ],
)
def test_add_months(day: str, months: int, expected: str) -> None:
    assert add_months(d(day), months) == d(expected)


# --- through a real registry ------------------------------------------------------------------


def test_loader_feeds_the_same_result_as_the_in_memory_snapshot(registry: Registry) -> None:
    """Zendesk (US, hosting in IE, DPF) -> AWS (no safeguard) and an IN support desk."""
    org = organisation()
    with registry.session() as s:
        s.add(model.Organisation(id=1, **{
            f: getattr(org, f) for f in ("name", "address", "country", "email", "phone",
                                          "dpo_name", "dpo_email")}))
        zd = model.Vendor(id=1, name=ZENDESK, legal_name=ZENDESK, country="US",
                          address="989 Market St, San Francisco", website="https://zendesk.com",
                          contact_email="privacy@zendesk.example", descriptions={"en": "x"},
                          role=VendorRole.PROCESSOR, status=VendorStatus.ACTIVE)
        zd.locations = [model.Location(id=11, country="IE", kind=LocationKind.HOSTING,
                                       detail="")]
        zd.safeguards = [model.Safeguard(id=21, country="US", mechanism=Mechanism.EU_US_DPF,
                                         dpf_certified=True, dpf_checked=RECENT)]
        zd.dpa = model.Dpa(id=31, signed_date=d("2020-01-01"), version="1.0")
        s.add(zd)
        s.flush()
        amazon = model.Vendor(id=2, name=AWS, legal_name=AWS, country="US", address="",
                              contact_email="", website="", parent_id=1,
                              role=VendorRole.SUB_PROCESSOR, status=VendorStatus.ACTIVE)
        amazon.locations = [model.Location(id=12, country="US", kind=LocationKind.HOSTING)]
        s.add(amazon)
        desk = model.Vendor(id=3, name="Support Desk", legal_name="Support Desk",
                            country="NO", address="Oslo", contact_email="a@b.example",
                            role=VendorRole.PROCESSOR, status=VendorStatus.ACTIVE,
                            last_reviewed=d("2025-01-01"))
        desk.locations = [model.Location(id=13, country="NO", kind=LocationKind.HOSTING),
                          model.Location(id=14, country="IN", kind=LocationKind.SUPPORT)]
        desk.safeguards = [model.Safeguard(id=22, country="IN", mechanism=Mechanism.SCC_2021,
                                           scc_module=2, tia_date=STALE,
                                           tia_outcome=TiaOutcome.ADEQUATE)]
        desk.dpa = model.Dpa(id=32, signed_date=d("2021-01-01"))
        s.add(desk)
        s.flush()
        record = model.Activity(id=1, name="Customer service", purposes="Support",
                                legal_basis=LegalBasis.CONTRACT, data_subjects=["customers"],
                                data_categories=["contact"], recipients=[],
                                retention=[{"category": "tickets", "period": "3 years"}],
                                security_measures="TLS", dpia_status=DpiaStatus.NOT_REQUIRED)
        record.vendor_links = [model.ActivityVendor(vendor_id=1),
                               model.ActivityVendor(vendor_id=2)]
        s.add(record)
    with registry.read() as s:
        loaded = load_snapshot(s)
    from_db = assess(loaded, AS_OF)

    in_memory = snapshot(
        vendor(2, AWS, country="US", locations=["US"], address="", contact_email="",
               website="", parent_id=1, role=VendorRole.SUB_PROCESSOR, dpa_row=None),
        vendor(3, "Support Desk", locations=["NO", loc("IN", "support")],
               safeguards=[safeguard("IN", Mechanism.SCC_2021, scc_module=2, tia_date=STALE,
                                     tia_outcome="adequate")],
               last_reviewed=d("2025-01-01")),
        zendesk(),
        activities=[activity(1, "Customer service", recipients=[], vendor_ids=(2, 1))],
    )
    expected = assess(in_memory, AS_OF)

    def key(result: Assessment) -> tuple:
        return (
            [(f.severity, f.rule, f.record_kind, f.record_id, f.country, f.chain, f.message)
             for f in result.findings],
            sorted((t.vendor_id, t.country, t.via, t.chain, t.severity, t.basis, t.message)
                   for t in result.transfers),
        )

    assert key(from_db) == key(expected)
    # And the result is the one docs/law.md#onward-transfers asks for.
    assert sorted((f.severity.rank, f.rule, f.record_id) for f in from_db.findings
                  if f.rule not in ADVISORY_NOTES) == [
        (0, "transfer.no-mechanism", 2),
        (0, "vendor.dpa-missing", 2),
        (1, "activity.art30-1-e", 1),
        (1, "transfer.tia-stale", 3),
        (1, "vendor.chain-incomplete", 2),
        (1, "vendor.review-overdue", 3),
    ]
    [onward] = [f for f in from_db.findings if f.rule == "transfer.no-mechanism"]
    assert onward.chain == (ZENDESK, AWS)
    assert onward.message.startswith("Onward transfer")


@pytest.mark.parametrize(
    ("child_safeguards", "expected"),
    [
        pytest.param((), [(WARNING, "activity.art30-1-e")], id="onward-error"),
        pytest.param((safeguard("US", Mechanism.PRIVACY_SHIELD),),
                     [(WARNING, "activity.art30-1-e")], id="onward-dead-mechanism"),
        pytest.param((dpf(dpf_checked=RECENT),), [], id="onward-covered"),
        pytest.param((safeguard("US", Mechanism.SCC_2021, scc_module=3),), [],
                     id="onward-warning-only"),
    ],
)
def test_art30_transfers_include_onward_transfers(child_safeguards, expected) -> None:
    """The record names Zendesk; Zendesk's sub-processor AWS transfers the record's data too
    (docs/law.md#onward-transfers), as the Art. 30 report lists it under the record's
    transfers."""
    result = assess(snapshot(zendesk(), aws(*child_safeguards),
                             activities=[activity(vendor_ids=(1,))]), AS_OF)
    assert activity_rules(result) == expected


# --- EU hosting by a third-country entity, US-only frameworks,
# --- adequacy covering whatever else is recorded -------------------------------------------


def test_us_entity_hosting_in_the_eu_gets_a_note_that_it_is_still_a_transfer() -> None:
    zendesk = vendor(name="Zendesk, Inc.", country="US", locations=["IE", loc("DE")],
                     safeguards=[dpf(dpf_checked=RECENT)])
    result = run(zendesk)
    notes = [f for f in result.for_record("vendor", 1) if f.rule == "transfer.entity-access"]
    assert rules(notes) == [(INFO, "transfer.entity-access", "US")]
    message = notes[0].message
    assert "hosted in Germany and Ireland" in message
    assert "still a transfer to the United States" in message
    assert "EU-only" in message


def test_no_entity_note_when_the_transfer_already_has_a_problem() -> None:
    zendesk = vendor(name="Zendesk, Inc.", country="US", locations=["IE"])
    result = run(zendesk)
    assert not [f for f in result.findings if f.rule == "transfer.entity-access"]
    check(result, "US", ERROR, "transfer.no-mechanism")


@pytest.mark.parametrize("mechanism", [Mechanism.PRIVACY_SHIELD, Mechanism.SAFE_HARBOR])
def test_eu_us_frameworks_never_covered_another_country(mechanism: Mechanism) -> None:
    result = run(third("IN", safeguard("IN", mechanism)), as_of=d("2014-01-01")
                 if mechanism == Mechanism.SAFE_HARBOR else d("2018-01-01"))
    check(result, "IN", ERROR, "transfer.wrong-country",
          ("only ever covered transfers to the United States", "not to India"))


@pytest.mark.parametrize(
    "sg",
    [
        pytest.param(safeguard("CH", Mechanism.SCC_2021, scc_module=2), id="scc-no-tia"),
        pytest.param(safeguard("JP", Mechanism.SCC_2010_87), id="old-scc"),
        pytest.param(safeguard("GB", Mechanism.DEROGATION, derogation="a"), id="derogation"),
    ],
)
def test_adequacy_covers_the_transfer_whatever_else_is_recorded(sg) -> None:
    result = run(third(sg.country, sg))
    transfer = result.transfers_of(1)[0]
    assert transfer.severity is None
    assert "is not needed" in transfer.message
    assert [f for f in transfer_findings(result) if f.severity != INFO] == []


def test_uk_bridge_of_2021_is_not_a_transfer_and_ends_with_adequacy() -> None:
    for day in ("2021-01-01", "2021-06-27"):
        assert run(third("GB"), as_of=d(day)).transfers_of(1) == []
    after = run(third("GB"), as_of=d("2021-06-28")).transfers_of(1)
    assert [t.decision_id for t in after] == ["gb"]
