"""Every finding reads in every language: the tables are complete, and every message the
checks can give (on the demo registry, a synthetic one, and a gallery of every rule) is worded
in en, nb, da, sv and fi with all its parameters filled in."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
from collections.abc import Iterator

import pytest
import stdnum.exceptions

from registry.assessment import Assessment, art30_items, assess
from registry.catalogues import Text, translations
from registry.demo import DEMO_AS_OF
from registry.enums import (
    LANGUAGES,
    Derogation,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Mechanism,
    TiaOutcome,
    VendorStatus,
)
from registry.facts import load_facts
from registry.message_texts import EN
from registry.messages import (
    ENGLISH,
    Country,
    Join,
    Message,
    Param,
    Term,
    msg,
    placeholders,
    render,
)
from registry.snapshot import Snapshot, load_snapshot
from registry.storage import Registry
from registry.synthetic import SYNTHETIC_AS_OF, build_synthetic
from registry.validation import check_registration, registration_problem

from tests.registry.builders import (
    AS_OF,
    activity,
    d,
    dpa,
    loc,
    organisation,
    processor_activity,
    safeguard,
    snapshot,
    vendor,
)

OTHERS = tuple(lang for lang in LANGUAGES if lang != "en")


def table(lang: str) -> dict[str, Text]:
    """The catalogue's texts in ``lang`` (the findings', the forms', the errors', the terms'):
    a string, or the forms of a text about a number of things."""
    return dict(translations("registry", lang))


TERM_TABLES = {lang: {key: str(text) for key, text in table(lang).items() if key not in ENGLISH}
               for lang in OTHERS}
"""The translations of the texts of the facts file and python-stdnum, by language: what the
catalogue has beside the source's messages."""


# --- the tables --------------------------------------------------------------------------


def test_languages_have_tables() -> None:
    assert all(table(lang) for lang in OTHERS)
    assert tuple(TERM_TABLES) == OTHERS and all(TERM_TABLES.values())


@pytest.mark.parametrize("lang", OTHERS)
def test_every_table_has_the_english_keys(lang: str) -> None:
    assert sorted(set(EN) - set(table(lang))) == [], "missing"


@pytest.mark.parametrize("lang", OTHERS)
def test_every_message_takes_the_english_parameters(lang: str) -> None:
    for key, english in EN.items():
        assert placeholders(table(lang)[key]) == placeholders(english), key


def test_term_tables_have_the_same_keys_and_parameters() -> None:
    first = TERM_TABLES["nb"]
    for lang in OTHERS:
        terms = TERM_TABLES[lang]
        assert set(terms) == set(first), lang
        for key, text in terms.items():
            assert placeholders(text) == placeholders(first[key]), (lang, key)


def test_term_tables_word_every_text_of_the_facts_file() -> None:
    facts = load_facts()
    needed = {"decision.title"}
    for m in facts.mechanisms.values():
        needed.add(f"mechanism.{m.id}")
        if m.judgment:
            needed.add(f"judgment.{m.id}")
        if m.replace_with:
            needed.add(f"replace_with.{m.id}")
    for dec in facts.decisions:
        if dec.scope:
            needed.add(f"decision.{dec.id}.scope")
        if dec.country is None or dec.requires_certification:
            needed.add(f"decision.{dec.id}.title")
    assert sorted(needed - set(TERM_TABLES["nb"])) == []
    for m in facts.mechanisms.values():
        dates = {name for name in ("valid_from", "no_new_contracts_from", "invalid_from")
                 if getattr(m, name) is not None}
        if m.judgment:
            for lang in OTHERS:
                assert placeholders(TERM_TABLES[lang][f"judgment.{m.id}"]) <= dates, m.id


def test_term_tables_word_every_registration_number_problem() -> None:
    errors = {name for name, cls in inspect.getmembers(stdnum.exceptions, inspect.isclass)
              if issubclass(cls, stdnum.exceptions.ValidationError)}
    assert {f"stdnum.{name}" for name in errors} <= set(TERM_TABLES["nb"])


SAMPLES: dict[str, Param] = {
    "country": Country("US"),
    "only": Country("US"),
    "code": "US",
    "date": dt.date(2020, 7, 16),
    "months": 12,
    "module": 3,
    "letter": "b",
    "paragraph": "1",
    "number": "123456789",
    "reference": "(EU) 2019/419",
    "chain": Join(("Zendesk", "Amazon Web Services"), "arrow"),
    "names": Join(("Old CRM", "Old Mail")),
    "hosted": Join((Country("DE"), Country("IE")), "and"),
}


def sample(name: str) -> Param:
    return SAMPLES.get(name, msg("via.hosting"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_key_renders_with_its_parameters(lang: str) -> None:
    for key, english in EN.items():
        text = render(msg(key, **{p: sample(p) for p in placeholders(english)}), lang)
        assert text.strip() and "{" not in text and "}" not in text, key


# --- what the checks say -------------------------------------------------------------------


def keys_of(value: Param) -> Iterator[str]:
    """Every message and term key inside a message."""
    if isinstance(value, Message):
        yield value.key
        for _, param in value.params:
            yield from keys_of(param)
    elif isinstance(value, Term):
        yield value.key
        for _, param in value.params:
            yield from keys_of(param)
    elif isinstance(value, Join):
        for item in value.items:
            yield from keys_of(item)


def texts(result: Assessment) -> Iterator[Message]:
    for f in result.findings:
        yield f.text
    for t in result.transfers:
        yield t.text
        yield t.basis_text
        if t.note_text:
            yield t.note_text


def assert_worded(message: Message) -> None:
    english = render(message, "en")
    for lang in LANGUAGES:
        text = render(message, lang)
        assert text.strip(), (message.key, lang)
        assert "{" not in text and "}" not in text, (lang, text)
        if lang != "en" and message.key not in ("basis.mechanism", "basis.none"):
            assert text != english, (lang, text)


def gallery() -> Snapshot:
    """A registry that gives every message the checks have (with the shipped facts)."""
    scc = Mechanism.SCC_2021
    recent, stale = d("2026-06-01"), d("2025-01-01")
    return snapshot(
        # transfers
        vendor(1, country="IN"),
        vendor(2, country="US"),
        vendor(3, country="CA", safeguards=[safeguard("CA", Mechanism.PRIVACY_SHIELD)]),
        vendor(4, country="IN", safeguards=[safeguard("IN", Mechanism.EU_US_DPF)]),
        vendor(5, country="US", safeguards=[safeguard("US", Mechanism.EU_US_DPF)]),
        vendor(6, country="US", safeguards=[
            safeguard("US", Mechanism.EU_US_DPF, dpf_certified=True)]),
        vendor(7, country="JP", safeguards=[
            safeguard("JP", scc, scc_module=2, tia_date=recent)]),
        vendor(8, country="IN", safeguards=[safeguard("IN", Mechanism.ADEQUACY)]),
        vendor(9, country="IN", safeguards=[safeguard("IN", Mechanism.DEROGATION)]),
        vendor(10, country="IN", safeguards=[
            safeguard("IN", Mechanism.DEROGATION, derogation=Derogation.A)]),
        vendor(11, country="IN", safeguards=[
            safeguard("IN", Mechanism.DEROGATION, derogation=Derogation.COMPELLING)]),
        vendor(12, country="IN", safeguards=[safeguard("IN", scc)]),
        vendor(13, country="IN", safeguards=[safeguard("IN", scc, scc_module=2)]),
        vendor(14, country="IN", safeguards=[
            safeguard("IN", scc, scc_module=2, tia_date=recent,
                      tia_outcome=TiaOutcome.NOT_ADEQUATE)]),
        vendor(15, country="IN", safeguards=[
            safeguard("IN", scc, scc_module=2, tia_date=stale)]),
        vendor(16, country="IN", safeguards=[safeguard("IN", Mechanism.SCC_2010_87)]),
        vendor(17, country="NO", safeguards=[safeguard("IN", scc)]),
        vendor(18, country="NO", locations=["NO", "DE"], safeguards=[safeguard("DE", scc)]),
        vendor(19, country="GB"),
        vendor(20, country="NO", locations=["NO", loc("CA", LocationKind.SUPPORT),
                                            loc("IN", LocationKind.BACKUP),
                                            loc("IN", LocationKind.PROCESSING)]),
        # vendors
        vendor(21, country="NO", dpa_row=None),
        vendor(22, country="NO", dpa_row=dpa(review_date=d("2026-01-01"))),
        vendor(23, country="NO"),
        vendor(24, country="NO", parent_id=23, legal_name="", address="", contact_email="",
               website=""),
        vendor(25, country="NO", locations=[]),
        vendor(26, country="NO", status=VendorStatus.PLANNED),
        vendor(27, country="NO", last_reviewed=d("2020-01-01")),
        vendor(28, country="NO", next_review=d("2026-01-01")),
        vendor(29, country="NO", next_review=AS_OF + dt.timedelta(days=10)),
        vendor(30, country="NO", status=VendorStatus.RETIRED, end_date=d("2025-01-01")),
        *(vendor(31 + i, country=country, registration_number=number)
          for i, (country, number) in enumerate((
              ("NO", "123456789"), ("DK", "37509133"), ("SE", "5560000000"),
              ("FI", "0112038-8"), ("IS", "1234567890"), ("FR", "123"),
              ("DE", "DE123456789")))),
        activities=[
            activity(1, purposes="", data_subjects=[], recipients=[], retention=[],
                     security_measures="", legal_basis=None, vendor_ids=(3,)),
            activity(2, legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
                     dpia_status=DpiaStatus.REQUIRED, vendor_ids=(11, 30),
                     last_reviewed=d("2020-01-01")),
            activity(3, next_review=AS_OF + dt.timedelta(days=10)),
            activity(4, next_review=d("2026-01-01"), recipients=[]),
            processor_activity(5, purposes="", controllers=[], security_measures="",
                               vendor_ids=(3,)),
        ],
        org=organisation(name="", email="", phone="", address="", dpo_name="",
                         is_processor=True),
    )


def test_every_message_of_the_checks_is_given_and_worded(demo_snapshot: Snapshot) -> None:
    facts = load_facts()
    no_tia = dataclasses.replace(facts, mechanisms={
        k: dataclasses.replace(m, needs_tia=False) for k, m in facts.mechanisms.items()})
    runs = [
        assess(demo_snapshot, DEMO_AS_OF),
        assess(demo_snapshot, DEMO_AS_OF, revoke=["us-dpf"]),
        assess(gallery(), AS_OF),
        assess(gallery(), d("2032-01-01")),
        assess(gallery(), d("2021-10-01")),
        assess(gallery(), d("2020-01-01")),
        assess(gallery(), AS_OF, facts=no_tia),
    ]
    seen: set[str] = set()
    for result in runs:
        for message in texts(result):
            assert_worded(message)
            seen.update(keys_of(message))
    for a in gallery().activities.values():
        for item in art30_items(a, organisation()):
            seen.update(keys_of(item.title_text))
    assert not set(EN) - seen, " ".join(sorted(set(EN) - seen))
    assert sorted(seen - set(EN) - set(TERM_TABLES["nb"])) == []


def test_synthetic_findings_read_in_every_language(registry: Registry) -> None:
    with registry.session() as session:
        build_synthetic(session, 300)
    with registry.read() as session:
        synthetic = load_snapshot(session)
    for day in (SYNTHETIC_AS_OF, d("2021-03-01")):
        for message in texts(assess(synthetic, day)):
            assert_worded(message)


# --- what a reader sees ----------------------------------------------------------------------


def test_privacy_shield_in_each_language(demo_snapshot: Snapshot) -> None:
    result = assess(demo_snapshot, DEMO_AS_OF)
    [shield] = [f for f in result.findings
                if f.record_name == "Mailchimp" and f.rule == "transfer.dead-mechanism"]
    assert shield.message_in("nb") == (
        "Overføring til USA (US, selskapets sete, lagring): overføringen bygger på EU-US "
        "Privacy Shield, som EU-domstolen kjente ugyldig 16. juli 2020 (C-311/18, Schrems II). "
        "Erstatt grunnlaget med EU-US Data Privacy Framework (hvis mottakeren er sertifisert) "
        "eller de standard personvernbestemmelsene fra 2021."
    )
    assert "16. juli 2020 (C-311/18, Schrems II)" in shield.message_in("da")
    assert "EU-Domstolen erklærede ugyldig" in shield.message_in("da")
    assert "ogiltigförklarade 16 juli 2020 (C-311/18" in shield.message_in("sv")
    assert "pätemättömäksi 16.7.2020 (C-311/18, Schrems II)" in shield.message_in("fi")
    assert shield.message.startswith("Transfer to United States (US, entity, hosting): it "
                                     "relies on EU-US Privacy Shield, invalidated by the CJEU "
                                     "on 16 Jul 2020 (C-311/18, Schrems II).")


def test_names_are_never_translated() -> None:
    chain = vendor(2, name="Amazon Web Services", country="US", parent_id=1,
                   locations=["US"])
    zendesk = vendor(1, name="Zendesk", country="US", locations=["IE"])
    result = assess(snapshot(zendesk, chain), AS_OF)
    onward = next(f for f in result.findings if f.chain == ("Zendesk", "Amazon Web Services"))
    for lang in LANGUAGES:
        assert "Zendesk → Amazon Web Services" in onward.message_in(lang)
    assert onward.message_in("nb").startswith(
        "Videreoverføring Zendesk → Amazon Web Services til USA (US, ")


def test_countries_and_lists_in_the_readers_language() -> None:
    zendesk = vendor(1, name="Zendesk", country="US",
                     locations=["IE", "DE", loc("US", LocationKind.SUPPORT)],
                     safeguards=[safeguard("US", Mechanism.EU_US_DPF, dpf_certified=True,
                                           dpf_checked=d("2026-06-01"))])
    [note] = [f for f in assess(snapshot(zendesk), AS_OF).findings
              if f.rule == "transfer.entity-access"]
    assert "hosted in Germany and Ireland" in note.message
    assert "lagres i Irland og Tyskland" in note.message_in("nb")
    assert "opbevares i Irland og Tyskland" in note.message_in("da")
    assert "lagras i Irland och Tyskland" in note.message_in("sv")
    assert "(Irlanti ja Saksa)" in note.message_in("fi")


def test_article_30_items_cited_as_each_language_does() -> None:
    result = assess(snapshot(vendor(), activities=[activity(purposes="")]), AS_OF)
    [item] = result.for_record("activity", 1)
    assert item.message_in("nb").startswith("Art. 30 nr. 1 bokstav b (formål) er ufullstendig.")
    assert item.message_in("da").startswith("Artikel 30, stk. 1, litra b (formål)")
    assert item.message_in("sv").startswith("Artikel 30.1 b (ändamål)")
    assert item.message_in("fi").startswith(
        "Puutteellinen: 30 artiklan 1 kohdan b alakohta (käsittelyn tarkoitukset).")


def test_registration_problem_in_each_language() -> None:
    problem = registration_problem("NO", "123456789")
    assert problem is not None
    assert render(problem) == check_registration("NO", "123456789")
    assert render(problem, "nb") == (
        "«123456789» er ikke gyldig som organisasjonsnummer for Norge (kontrollsifferet "
        "stemmer ikke).")
    assert "Norja" in render(problem, "fi")


def test_an_unknown_language_reads_english() -> None:
    message = msg("review.due", date=dt.date(2026, 12, 1))
    assert render(message, "de") == render(message) == "The review is due on 1 Dec 2026."


@pytest.mark.parametrize(("lang", "one", "twelve"), [
    ("en", "more than 1 month ago", "more than 12 months ago"),
    ("nb", "for mer enn 1 måned siden", "for mer enn 12 måneder siden"),
    ("da", "for mere end 1 måned siden", "for mere end 12 måneder siden"),
    ("sv", "för mer än 1 månad sedan", "för mer än 12 månader sedan"),
    ("fi", "yli 1 kuukausi sitten", "yli 12 kuukautta sitten"),
])
def test_a_count_of_months_reads_in_the_singular_or_the_plural(lang: str, one: str,
                                                                twelve: str) -> None:
    for key in ("tia_stale", "dpf_check_stale", "review.overdue_interval"):
        assert one in render(msg(key, date=dt.date(2025, 10, 1), months=1), lang), key
        assert twelve in render(msg(key, date=dt.date(2025, 10, 1), months=12), lang), key
