"""The legal facts file against docs/law.md (the EEA, adequacy decisions, transfer mechanisms),
and the questions asked of it."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from registry.countries import is_country
from registry.enums import Mechanism
from registry.errors import UserError
from registry.facts import FACTS_FILE, Facts, load_facts, parse_facts

EU_27 = set(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)
EEA_EFTA = {"IS", "LI", "NO"}
EU_TERRITORIES = {"AX", "GF", "GP", "MQ", "YT", "RE", "MF"}
OUTSIDE_TERRITORIES = {"GL", "NC", "PF", "AW", "CW", "BL", "SJ", "FO"}


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.fixture(scope="module")
def facts() -> Facts:
    return load_facts()


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(FACTS_FILE.read_text(encoding="utf-8"))


# --- the file ----------------------------------------------------------------------------


def test_facts_file_parses_and_states_its_date(facts: Facts, raw: dict) -> None:
    assert raw["format"] == "subprocessor-registry/legal-facts"
    assert facts.stated_as_of == d("2026-11-01")
    assert facts.dpf_check_months == 12
    assert facts.tia_months == 12
    assert load_facts(FACTS_FILE) == facts
    assert parse_facts(raw) == facts


def test_unreadable_facts_file_is_a_user_error(tmp_path) -> None:
    missing = tmp_path / "missing.json"
    with pytest.raises(UserError, match="cannot be read"):
        load_facts(missing)
    broken = tmp_path / "broken.json"
    broken.write_text('{"eea": ', encoding="utf-8")
    with pytest.raises(UserError, match="broken.json cannot be read"):
        load_facts(broken)
    incomplete = tmp_path / "incomplete.json"
    incomplete.write_text('{"stated_as_of": "2026-11-01"}', encoding="utf-8")
    with pytest.raises(UserError, match="cannot be read"):
        load_facts(incomplete)


def facts_file(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "facts.json"
    text = content if isinstance(content, str) else json.dumps(content)
    path.write_text(text, encoding="utf-8")
    return path


def changed(raw: dict, where: str, value: object = ...) -> dict:
    """The facts document with the value at ``where`` (``eea.members.0.country``) replaced,
    or removed when no value is given."""
    doc = copy.deepcopy(raw)
    *parents, last = where.split(".")
    holder = doc
    for key in parents:
        holder = holder[int(key)] if isinstance(holder, list) else holder[key]
    index = int(last) if isinstance(holder, list) else last
    if value is ...:
        del holder[index]
    else:
        holder[index] = value
    return doc


@pytest.mark.parametrize(("change", "problem"), [
    pytest.param(lambda raw: {}, '"stated_as_of" is missing', id="empty-object"),
    pytest.param(lambda raw: [], "it holds a list, not a JSON object", id="list"),
    pytest.param(lambda raw: '"2026-11-01"', "it holds a text, not a JSON object", id="text"),
    pytest.param(lambda raw: changed(raw, "eea"), '"eea" is missing', id="no-eea"),
    pytest.param(lambda raw: changed(raw, "eea", []), '"eea" must be an object, not a list',
                 id="eea-list"),
    pytest.param(lambda raw: changed(raw, "decisions", {}),
                 '"decisions" must be a list, not an object', id="decisions-object"),
    pytest.param(lambda raw: changed(raw, "decisions.3", "Guernsey"),
                 '"decisions[3]" must be an object, not a text', id="decision-text"),
    pytest.param(lambda raw: changed(raw, "decisions.0.reference"),
                 '"decisions[0].reference" is missing', id="no-reference"),
    pytest.param(lambda raw: changed(raw, "decisions.1.adopted", "2023-13-45"),
                 '"decisions[1].adopted" must be a date written YYYY-MM-DD, not "2023-13-45"',
                 id="bad-date"),
    pytest.param(lambda raw: changed(raw, "decisions.1.valid_until", 2031),
                 '"decisions[1].valid_until" must be a date written YYYY-MM-DD, not 2031',
                 id="date-number"),
    pytest.param(lambda raw: changed(raw, "stated_as_of", None),
                 '"stated_as_of" must be a date written YYYY-MM-DD, not null', id="null-date"),
    pytest.param(lambda raw: changed(raw, "eea.members.0.country", 7),
                 '"eea.members[0].country" must be a text, not a number', id="country-number"),
    pytest.param(lambda raw: changed(raw, "review_intervals.tia_months", "12"),
                 '"review_intervals.tia_months" must be a whole number, not a text',
                 id="months-text"),
    pytest.param(lambda raw: changed(raw, "mechanisms.0.needs_tia", "no"),
                 '"mechanisms[0].needs_tia" must be true or false, not a text', id="flag-text"),
    pytest.param(lambda raw: changed(raw, "mechanisms.0.kind", "alive"),
                 '"mechanisms[0].kind" must be one of adequacy, dpf, safeguard, derogation, '
                 'dead, not "alive"', id="unknown-kind"),
    pytest.param(lambda raw: changed(raw, "mechanisms.2"),
                 'there is no entry for the mechanism "scc_2021" in "mechanisms"',
                 id="mechanism-missing"),
    pytest.param(lambda raw: changed(raw, "eea.territories_in_eu.0.part_of", "AX"),
                 '"eea.territories_in_eu[0].part_of" must be a country of "eea.members", '
                 'not "AX"', id="territory-of-itself"),
])
def test_what_is_wrong_with_a_facts_file_is_said_in_words(
    tmp_path: Path, raw: dict, change: Callable[[dict], object], problem: str
) -> None:
    path = facts_file(tmp_path, change(raw))
    with pytest.raises(UserError) as refused:
        load_facts(path)
    assert str(refused.value) == f"The legal facts file {path} cannot be read: {problem}."


@pytest.mark.parametrize(("content", "problem"), [
    pytest.param(b'{"eea": ', "it is not valid JSON: expecting value at line 1, column 9",
                 id="cut-short"),
    pytest.param(b'\xff{}', "it is not UTF-8 text (byte 1 is not valid UTF-8)", id="latin-1"),
])
def test_a_facts_file_that_is_not_json(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "facts.json"
    path.write_bytes(content)
    with pytest.raises(UserError) as refused:
        load_facts(path)
    assert str(refused.value) == f"The legal facts file {path} cannot be read: {problem}."


def test_no_change_to_the_facts_file_crashes_loading_it(raw: dict) -> None:
    """Every key removed, every value replaced by another kind of JSON value: the file is
    either read, or refused with a sentence."""
    doc = copy.deepcopy(raw)
    tried = 0

    def walk(holder: dict | list) -> None:
        nonlocal tried
        for key in (list(holder) if isinstance(holder, dict) else range(len(holder))):
            original = holder[key]
            for value in (..., None, 7, "x", []):
                if value is ... and isinstance(holder, list):
                    continue  # a list item removed: another list, no new kind of problem
                if value is ...:
                    del holder[key]
                else:
                    holder[key] = value
                try:
                    parse_facts(doc)
                except UserError as refused:
                    assert str(refused).startswith(
                        f"The legal facts file {FACTS_FILE} cannot be read: "), (key, value)
                tried += 1
                holder[key] = original
            if isinstance(original, dict | list):
                walk(original)

    walk(doc)
    assert doc == raw and tried > 1500


def test_every_mechanism_of_the_vocabulary_has_an_entry(facts: Facts) -> None:
    assert set(facts.mechanisms) == {m.value for m in Mechanism}


@pytest.mark.parametrize(
    ("mechanism", "kind", "needs_tia"),
    [
        pytest.param(Mechanism.ADEQUACY, "adequacy", False, id="adequacy"),
        pytest.param(Mechanism.EU_US_DPF, "dpf", False, id="dpf"),
        pytest.param(Mechanism.SCC_2021, "safeguard", True, id="scc-2021"),
        pytest.param(Mechanism.BCR, "safeguard", True, id="bcr"),
        pytest.param(Mechanism.CODE_OF_CONDUCT, "safeguard", True, id="code"),
        pytest.param(Mechanism.CERTIFICATION, "safeguard", True, id="certification"),
        pytest.param(Mechanism.AD_HOC_CLAUSES, "safeguard", True, id="ad-hoc"),
        pytest.param(Mechanism.DEROGATION, "derogation", False, id="derogation"),
        pytest.param(Mechanism.SAFE_HARBOR, "dead", False, id="safe-harbor"),
        pytest.param(Mechanism.PRIVACY_SHIELD, "dead", False, id="privacy-shield"),
        pytest.param(Mechanism.SCC_2001_497, "dead", False, id="scc-2001-497"),
        pytest.param(Mechanism.SCC_2004_915, "dead", False, id="scc-2004-915"),
        pytest.param(Mechanism.SCC_2010_87, "dead", False, id="scc-2010-87"),
    ],
)
def test_mechanism_kind_and_tia(
    facts: Facts, mechanism: Mechanism, kind: str, needs_tia: bool
) -> None:
    """A TIA for SCCs, BCR, code, certification, ad hoc; none for adequacy or the DPF
    (docs/law.md#transfer-impact-assessments)."""
    fact = facts.mechanism(mechanism.value)
    assert fact.kind == kind
    assert fact.needs_tia is needs_tia


@pytest.mark.parametrize(
    ("mechanism", "invalid_from", "no_new_from", "cites"),
    [
        pytest.param(Mechanism.SAFE_HARBOR, "2015-10-06", None, "C-362/14", id="safe-harbor"),
        pytest.param(Mechanism.PRIVACY_SHIELD, "2020-07-16", None, "C-311/18",
                     id="privacy-shield"),
        pytest.param(Mechanism.SCC_2001_497, "2022-12-27", "2021-09-27", "2021/914",
                     id="scc-2001-497"),
        pytest.param(Mechanism.SCC_2004_915, "2022-12-27", "2021-09-27", "2021/914",
                     id="scc-2004-915"),
        pytest.param(Mechanism.SCC_2010_87, "2022-12-27", "2021-09-27", "2021/914",
                     id="scc-2010-87"),
    ],
)
def test_dead_mechanisms_carry_their_dates_and_judgment(
    facts: Facts, mechanism: Mechanism, invalid_from: str, no_new_from: str | None, cites: str
) -> None:
    """Dead mechanisms, with the judgment or date to name (docs/law.md#dead-mechanisms)."""
    fact = facts.mechanism(mechanism.value)
    assert fact.is_dead_kind
    assert fact.invalid_from == d(invalid_from)
    assert fact.no_new_contracts_from == (d(no_new_from) if no_new_from else None)
    assert fact.judgment and cites in fact.judgment
    assert fact.replace_with
    day_before = d(invalid_from) - dt.timedelta(days=1)
    assert not fact.dead_on(day_before)
    assert fact.dead_on(d(invalid_from))


def test_scc_2021_starts_on_27_june_2021(facts: Facts) -> None:
    scc = facts.mechanism(Mechanism.SCC_2021.value)
    assert scc.valid_from == d("2021-06-27")
    assert scc.not_yet(d("2021-06-26"))
    assert not scc.not_yet(d("2021-06-27"))


def test_dpf_mechanism_points_at_the_us_decision(facts: Facts) -> None:
    dpf = facts.mechanism(Mechanism.EU_US_DPF.value)
    decision = facts.decision(dpf.decision or "")
    assert decision is not None
    assert decision.country == "US"
    assert decision.requires_certification
    assert [x.id for x in facts.decisions if x.requires_certification] == ["us-dpf"]


def test_every_decision_country_is_a_real_iso_code(raw: dict) -> None:
    for decision in raw["decisions"]:
        if decision.get("country") is None:
            # Only an international organisation has no country (docs/law.md#adequacy-decisions).
            assert decision["organisation"] == "European Patent Organisation", decision["id"]
        else:
            assert is_country(decision["country"]), decision


def test_every_eea_and_territory_code_is_a_real_iso_code(facts: Facts) -> None:
    codes = (
        set(facts.members) | set(facts.territories_in_eu) | set(facts.territories_outside)
        | set(facts.territories_in_eu.values())
    )
    assert [c for c in sorted(codes) if not is_country(c)] == []


def test_eea_membership_is_eu_27_plus_efta_3(facts: Facts) -> None:
    """docs/law.md#the-eea; the UK is listed only with its end date."""
    current = {c for c, m in facts.members.items() if m.until is None}
    assert current == EU_27 | EEA_EFTA
    assert facts.members["GB"].until == d("2020-12-31")
    assert set(facts.territories_in_eu) == EU_TERRITORIES
    assert all(parent in EU_27 for parent in facts.territories_in_eu.values())
    assert OUTSIDE_TERRITORIES <= set(facts.territories_outside)
    assert not set(facts.territories_outside) & (set(facts.members) | EU_TERRITORIES)


# docs/law.md#adequacy-decisions: (country, decision id, reference, adopted, valid until).
ADEQUACY_TABLE = [
    ("CH", "ch", "2000/518/EC", "2000-07-26", None),
    ("CA", "ca", "2002/2/EC", "2001-12-20", None),
    ("AR", "ar", "2003/490/EC", "2003-06-30", None),
    ("GG", "gg", "2003/821/EC", "2003-11-21", None),
    ("IM", "im", "2004/411/EC", "2004-04-28", None),
    ("JE", "je", "2008/393/EC", "2008-05-08", None),
    ("FO", "fo", "2010/146/EU", "2010-03-05", None),
    ("AD", "ad", "2010/625/EU", "2010-10-19", None),
    ("IL", "il", "2011/61/EU", "2011-01-31", None),
    ("UY", "uy", "2012/484/EU", "2012-08-21", None),
    ("NZ", "nz", "2013/65/EU", "2012-12-19", None),
    ("JP", "jp", "(EU) 2019/419", "2019-01-23", None),
    ("GB", "gb", "(EU) 2021/1772", "2021-06-28", "2031-12-27"),
    ("KR", "kr", "(EU) 2022/254", "2021-12-17", None),
    ("US", "us-dpf", "(EU) 2023/1795", "2023-07-10", None),
    ("BR", "br", "(EU) 2026/179", "2026-01-26", None),
]


@pytest.mark.parametrize(
    ("country", "decision_id", "reference", "adopted", "until"),
    [pytest.param(*row, id=row[0]) for row in ADEQUACY_TABLE],
)
def test_adequacy_decisions_match_legal_md(
    facts: Facts, country: str, decision_id: str, reference: str, adopted: str,
    until: str | None,
) -> None:
    decision = facts.decision(decision_id)
    assert decision is not None
    assert (decision.country, decision.reference) == (country, reference)
    assert decision.adopted.year == d(adopted).year
    assert decision.valid_from == d(adopted)
    assert decision.valid_until == (d(until) if until else None)
    assert facts.decisions_for(country) == [decision]


def test_epo_is_an_organisation_decision(facts: Facts) -> None:
    epo = facts.decision("epo")
    assert epo is not None
    assert epo.country is None
    assert epo.valid_from == d("2025-07-15")
    assert {x.id for x in facts.decisions} == {row[1] for row in ADEQUACY_TABLE} | {"epo"}


# --- in_eea ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "on", "inside"),
    [
        # founding and undated members
        pytest.param("DE", "1990-01-01", True, id="DE-founder"),
        pytest.param("FR", "2026-11-01", True, id="FR"),
        pytest.param("IE", "2026-11-01", True, id="IE"),
        pytest.param("SE", "2026-11-01", True, id="SE"),
        pytest.param("DK", "2026-11-01", True, id="DK"),
        pytest.param("FI", "2026-11-01", True, id="FI"),
        # enlargements, each on the day before and the day of accession
        pytest.param("AT", "1994-12-31", False, id="AT-before-1995"),
        pytest.param("AT", "1995-01-01", True, id="AT-1995"),
        pytest.param("SE", "1994-12-31", False, id="SE-before-1995"),
        pytest.param("PL", "2004-04-30", False, id="PL-before-2004"),
        pytest.param("PL", "2004-05-01", True, id="PL-2004"),
        pytest.param("BG", "2006-12-31", False, id="BG-before-2007"),
        pytest.param("RO", "2007-01-01", True, id="RO-2007"),
        pytest.param("HR", "2013-06-30", False, id="HR-before-2013"),
        pytest.param("HR", "2013-07-01", True, id="HR-2013"),
        # EEA EFTA states
        pytest.param("NO", "1993-12-31", False, id="NO-before-EEA"),
        pytest.param("NO", "1994-01-01", True, id="NO-EEA"),
        pytest.param("IS", "2026-11-01", True, id="IS"),
        pytest.param("LI", "1995-04-30", False, id="LI-before-EEA"),
        pytest.param("LI", "1995-05-01", True, id="LI-EEA"),
        # the United Kingdom: EU law until the end of the transition period
        pytest.param("GB", "2019-01-01", True, id="GB-member"),
        pytest.param("GB", "2020-07-01", True, id="GB-transition"),
        pytest.param("GB", "2020-12-31", True, id="GB-last-day"),
        pytest.param("GB", "2021-01-01", False, id="GB-after-brexit"),
        # territories that are part of the EU follow their state
        pytest.param("AX", "1994-12-31", False, id="AX-before-FI"),
        pytest.param("AX", "1995-01-01", True, id="AX"),
        pytest.param("GF", "2026-11-01", True, id="GF"),
        pytest.param("GP", "2026-11-01", True, id="GP"),
        pytest.param("MQ", "2026-11-01", True, id="MQ"),
        pytest.param("YT", "2026-11-01", True, id="YT"),
        pytest.param("RE", "2026-11-01", True, id="RE"),
        pytest.param("MF", "2026-11-01", True, id="MF"),
        # overseas countries and territories are not part of the EU
        pytest.param("GL", "2026-11-01", False, id="GL"),
        pytest.param("FO", "2026-11-01", False, id="FO"),
        pytest.param("NC", "2026-11-01", False, id="NC"),
        pytest.param("PF", "2026-11-01", False, id="PF"),
        pytest.param("BL", "2026-11-01", False, id="BL"),
        pytest.param("AW", "2026-11-01", False, id="AW"),
        pytest.param("CW", "2026-11-01", False, id="CW"),
        pytest.param("SX", "2026-11-01", False, id="SX"),
        pytest.param("SJ", "2026-11-01", False, id="SJ"),
        # third countries
        pytest.param("CH", "2026-11-01", False, id="CH"),
        pytest.param("US", "2026-11-01", False, id="US"),
        pytest.param("XX", "2026-11-01", False, id="unknown-code"),
    ],
)
def test_in_eea(facts: Facts, country: str, on: str, inside: bool) -> None:
    assert facts.in_eea(country, d(on)) is inside


def test_territory_note_explains_why_outside(facts: Facts) -> None:
    assert "not part of the EU" in (facts.territory_note("GL") or "")
    assert "EEA Agreement does not apply" in (facts.territory_note("SJ") or "")
    assert facts.territory_note("DE") is None


# --- decision_for ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "on", "expected"),
    [
        pytest.param("CH", "2000-07-25", None, id="CH-before"),
        pytest.param("CH", "2000-07-26", "ch", id="CH-adopted"),
        pytest.param("CA", "2026-11-01", "ca", id="CA"),
        pytest.param("JP", "2019-01-22", None, id="JP-before"),
        pytest.param("JP", "2019-01-23", "jp", id="JP"),
        pytest.param("KR", "2021-12-16", None, id="KR-before"),
        pytest.param("KR", "2021-12-17", "kr", id="KR"),
        pytest.param("GB", "2021-03-01", None, id="GB-gap-2021"),
        pytest.param("GB", "2021-06-28", "gb", id="GB-adopted"),
        pytest.param("GB", "2031-12-27", "gb", id="GB-last-day"),
        pytest.param("GB", "2031-12-28", None, id="GB-expired"),
        pytest.param("US", "2023-07-09", None, id="US-before-dpf"),
        pytest.param("US", "2023-07-10", "us-dpf", id="US-dpf"),
        pytest.param("BR", "2026-01-25", None, id="BR-before"),
        pytest.param("BR", "2026-01-26", "br", id="BR"),
        pytest.param("IN", "2026-11-01", None, id="IN-none"),
        pytest.param("CN", "2026-11-01", None, id="CN-none"),
        pytest.param("GL", "2026-11-01", None, id="GL-none"),
        pytest.param("FO", "2026-11-01", "fo", id="FO"),
    ],
)
def test_decision_for(facts: Facts, country: str, on: str, expected: str | None) -> None:
    decision = facts.decision_for(country, d(on))
    assert (decision.id if decision else None) == expected


# --- what-if -----------------------------------------------------------------------------


def test_with_revoked_drops_the_decision_and_leaves_the_facts_alone(facts: Facts) -> None:
    revoked = facts.with_revoked(["us-dpf"])
    assert revoked.decision_for("US", d("2026-11-01")) is None
    assert [x.id for x in revoked.revoked] == ["us-dpf"]
    assert revoked.decision_for("JP", d("2026-11-01")).id == "jp"
    assert facts.decision_for("US", d("2026-11-01")).id == "us-dpf"
    assert facts.revoked == ()
    assert facts.with_revoked([]) == facts


@pytest.mark.parametrize(
    "ids",
    [
        pytest.param(["nope"], id="unknown"),
        pytest.param(["us-dpf", "nope"], id="known-and-unknown"),
        pytest.param(["US"], id="country-code-not-id"),
    ],
)
def test_with_revoked_unknown_id_names_the_known_ids(facts: Facts, ids: list[str]) -> None:
    with pytest.raises(UserError) as caught:
        facts.with_revoked(ids)
    message = str(caught.value)
    unknown = [i for i in ids if facts.decision(i) is None]
    assert message.startswith(f"{', '.join(sorted(unknown))} is not a decision")
    for decision in facts.decisions:
        assert decision.id in message
    assert facts.revoked == ()


def test_facts_are_frozen(facts: Facts) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        facts.tia_months = 6  # type: ignore[misc]
