"""Every value of every closed vocabulary has a label in every language, one for the window
and, where the reports word it otherwise, one for the reports."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest

from registry.assessment import VIAS
from registry.enums import (
    ActivityRole,
    Art9Condition,
    Derogation,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Mechanism,
    Severity,
    TiaOutcome,
    VendorRole,
    VendorStatus,
)
from registry.facts import load_facts
from registry.labels import EN, label, mechanism_name
from registry.messages import LANGUAGES

VOCABULARIES: dict[str, Iterable[object]] = {
    "role": VendorRole,
    "status": VendorStatus,
    "activity_role": ActivityRole,
    "basis": LegalBasis,
    "art9": Art9Condition,
    "dpia": DpiaStatus,
    "kind": LocationKind,
    "derogation": Derogation,
    "tia": TiaOutcome,
    "scc_module": (1, 2, 3, 4),
    "verdict": (*Severity, "ok", "eea"),
    "via": VIAS,
    "record": ("vendor", "service", "activity", "organisation"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_value_has_a_label_for_the_window_and_the_reports(lang: str) -> None:
    for vocabulary, values in VOCABULARIES.items():
        for value in values:
            raw = str(getattr(value, "value", value))
            assert f"label.{vocabulary}.{raw}" in EN, (vocabulary, raw)
            for form in ("name", "report"):
                text = label(vocabulary, value, lang, form)
                assert text.strip() and "{" not in text, (vocabulary, raw)
    for mechanism in Mechanism:
        assert f"label.mech.{mechanism.value}.report" in EN, mechanism
        assert label("mech", mechanism, lang, "report").strip()


def test_every_label_is_of_a_vocabulary() -> None:
    known = {*VOCABULARIES, "mech", "action", "field"}
    assert {key.split(".")[1] for key in EN} == known


def test_a_report_cites_a_letter_of_art_9_and_art_49() -> None:
    assert label("art9", Art9Condition.C, "en", "report") == "Art. 9(2)(c)"
    assert label("art9", Art9Condition.C, "nb", "report") == "art. 9 nr. 2 bokstav c"
    assert label("derogation", Derogation.A, "sv", "report") == "artikel 49.1 a"
    assert label("derogation", Derogation.COMPELLING, "da", "report") == (
        "tvingende legitime interesser (artikel 49, stk. 1, 2. afsnit)")


@pytest.mark.parametrize(("lang", "condition", "derogation", "basis", "role"), [
    ("en", "Vital interests (Art. 9(2)(c))",
     "Compelling legitimate interests (Art. 49(1) second subparagraph)",
     "Contract (Art. 6(1)(b))", "Controller (Art. 30(1))"),
    ("nb", "Vitale interesser (art. 9 nr. 2 bokstav c)",
     "Tvingende berettigede interesser (art. 49 nr. 1 annet ledd)",
     "Avtale (art. 6 nr. 1 bokstav b)", "Behandlingsansvarlig (art. 30 nr. 1)"),
    ("da", "Vitale interesser (artikel 9, stk. 2, litra c)",
     "Tvingende legitime interesser (artikel 49, stk. 1, 2. afsnit)",
     "Kontrakt (artikel 6, stk. 1, litra b)", "Dataansvarlig (artikel 30, stk. 1)"),
    ("sv", "Grundläggande intressen (artikel 9.2 c)",
     "Tvingande berättigade intressen (artikel 49.1 andra stycket)",
     "Avtal (artikel 6.1 b)", "Personuppgiftsansvarig (artikel 30.1)"),
    ("fi", "Elintärkeät edut (9 artiklan 2 kohdan c alakohta)",
     "Pakottavat oikeutetut edut (49 artiklan 1 kohdan toinen alakohta)",
     "Sopimus (6 artiklan 1 kohdan b alakohta)", "Rekisterinpitäjä (30 artiklan 1 kohta)"),
])
def test_labels_cite_their_article_as_the_language_does(
        lang: str, condition: str, derogation: str, basis: str, role: str) -> None:
    """The pick-lists of Art. 9 conditions and Art. 49 derogations, the reports' legal
    bases and the lists' roles of a record: the words, then the citation in the language's
    style."""
    assert label("art9", Art9Condition.C, lang) == condition
    assert label("derogation", Derogation.COMPELLING, lang) == derogation
    assert label("basis", LegalBasis.CONTRACT, lang, "report") == basis
    assert label("activity_role", ActivityRole.CONTROLLER, lang) == role
    if lang != "en":
        assert not re.search(r"\d\(\d\)", " ".join((condition, derogation, basis, role)))


def test_no_value_reads_as_nothing_and_an_unknown_one_as_it_is() -> None:
    assert label("role", None, "nb") == ""
    assert label("role", "reseller", "nb") == "reseller"


def test_a_mechanism_is_named_as_the_facts_file_names_it() -> None:
    facts = load_facts()
    scc = facts.mechanism("scc_2021")
    assert mechanism_name(scc) == "Standard Contractual Clauses (EU) 2021/914"
    assert mechanism_name(scc, "nb") == "Standard personvernbestemmelser (EU) 2021/914"
    assert mechanism_name(facts.mechanism("adequacy"), "da") == "Tilstrækkelighedsafgørelse"
