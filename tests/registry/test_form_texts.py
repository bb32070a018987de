"""The checks of forms read in every language: the tables are complete (the errors' tables
too, checked alike here), every sentence the checks and saves can give is worded in en, nb,
da, sv and fi with its parameters filled in, and English readers (the command line, the
import, older callers) still get plain English."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import pickle
import string
from collections.abc import Callable, Iterator, Mapping

import pytest

from registry import checks_of_records as checks
from registry import error_texts, forms, message_texts
from registry import usecases as uc
from registry.assessment import assess_organisation
from registry.catalogues import Source, translations
from registry.enums import LANGUAGES, Derogation, LocationKind, Mechanism, TiaOutcome
from registry.errors import ConflictError, UserError
from registry.form_texts import EN
from registry.messages import (
    Join,
    Message,
    Param,
    Sentence,
    in_language,
    msg,
    placeholders,
    render,
)
from registry.storage import Registry
from registry.validation import NameWhat, check_country, check_email, check_name, check_url

from tests.registry.builders import organisation

OTHERS = tuple(lang for lang in LANGUAGES if lang != "en")


# --- the tables --------------------------------------------------------------------------


TABLE_GROUPS: dict[str, Mapping[str, Source]] = {"form": EN, "error": error_texts.EN}
"""The English tables of the forms' words and of the errors', checked alike."""

FORMAT_SPECS = {"", "lower", "cap", "uncap", "phrase"}
"""What may follow a parameter's name in a template (``{name:cap}``)."""


def translated(group: str, lang: str) -> dict[str, tuple[str, ...]]:
    """The catalogue's texts of a group's keys in ``lang``, each as its forms (one, or those
    of a text about a number of things)."""
    catalogue = translations("registry", lang)
    return {key: (text,) if isinstance(text, str) else text
            for key, text in catalogue.items() if key in TABLE_GROUPS[group]}


@pytest.mark.parametrize("group", TABLE_GROUPS)
def test_every_language_has_a_table(group: str) -> None:
    assert all(translated(group, lang) for lang in OTHERS)


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("group", TABLE_GROUPS)
def test_every_table_has_the_english_keys_and_parameters(group: str, lang: str) -> None:
    english_table = TABLE_GROUPS[group]
    table = translated(group, lang)
    assert sorted(set(english_table) - set(table)) == [], "missing"
    for key, english in english_table.items():
        assert placeholders(table[key]) == placeholders(english), key


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("group", TABLE_GROUPS)
def test_every_table_quotes_as_its_language_does(group: str, lang: str) -> None:
    for key, worded in translated(group, lang).items():
        for text in worded:
            assert '"' not in text, key
            specs = {spec for _, field, spec, _ in string.Formatter().parse(text) if field}
            assert specs <= FORMAT_SPECS, key


def test_the_tables_never_share_a_key() -> None:
    findings, forms, errors = set(message_texts.EN), set(EN), set(error_texts.EN)
    assert not findings & forms and not findings & errors and not forms & errors
    assert all(key.startswith(("form.", "record.")) for key in forms)
    assert all(key.startswith("error.") for key in errors)


SAMPLES: dict[str, Param] = {
    "code": "XX",
    "url": "ftp://example.com",
    "email": "privacy at example.com",
    "what": msg("form.name.what.vendor"),
    "limit": 200,
    "length": 250,
    "name": "Zendesk, Inc.",
    "number": 3,
    "kept": Join(LANGUAGES),
    "unknown": Join(("de",)),
    "country": msg("form.label.country"),
    "field": msg("form.label.website"),
    "problem": msg("form.url.incomplete", url="https://"),
    "label": msg("form.label.locations"),
}


def assert_every_key_renders(english_table: Mapping[str, Source], samples: Mapping[str, Param],
                             lang: str) -> None:
    """Every message of a table worded in ``lang``, with ``samples`` for its parameters."""
    for key, english in english_table.items():
        assert placeholders(english) <= set(samples), key
        text = render(msg(key, **{p: samples[p] for p in placeholders(english)}), lang)
        assert text.strip() and "{" not in text and "}" not in text, (lang, key)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_form_key_renders_with_its_parameters(lang: str) -> None:
    assert_every_key_renders(EN, SAMPLES, lang)


# --- every sentence the checks and saves give --------------------------------------------


def keys_of(value: Param) -> Iterator[str]:
    if isinstance(value, Message):
        yield value.key
        for _, param in value.params:
            yield from keys_of(param)
    elif isinstance(value, Join):
        for item in value.items:
            yield from keys_of(item)


def run(registry: Registry, work: Callable[..., object]) -> object:
    with registry.session() as session:
        return work(session)


def refused(registry: Registry, work: Callable[..., object]) -> UserError:
    with pytest.raises(UserError) as caught:
        run(registry, work)
    return caught.value


def bad_vendor(**changes: object) -> forms.VendorForm:
    form = forms.VendorForm(
        name="Zendesk, Inc.", legal_name="x" * 301, country="US",
        website="ftp://zendesk.com", privacy_url="https://", contact_email="privacy at zendesk",
        start_date=dt.date(2020, 1, 1), end_date=dt.date(2019, 1, 1),
        last_reviewed=dt.date.today() + dt.timedelta(days=3),
        next_review=dt.date(2020, 1, 1), former_names=["y" * 301],
        descriptions={"de": "Beschreibung"},
        locations=[forms.LocationForm("IE", LocationKind.HOSTING, "Dublin")] * 2
        + [forms.LocationForm("XX", LocationKind.HOSTING)],
        safeguards=[
            forms.SafeguardForm("US", Mechanism.SCC_2021, scc_module=7,
                                tia_outcome=TiaOutcome.ADEQUATE),
            forms.SafeguardForm("US", Mechanism.BCR, scc_module=2, derogation=Derogation.A,
                                dpf_certified=True),
            forms.SafeguardForm("IN", Mechanism.EU_US_DPF),
            forms.SafeguardForm("", Mechanism.DEROGATION,
                                tia_date=dt.date.today() + dt.timedelta(days=3)),
        ],
        dpa=forms.DpaForm(notice_days=-1),
        services=[(999, ""), (999, "")],
    )
    return dataclasses.replace(form, **changes)  # type: ignore[arg-type]


def given_sentences(registry: Registry) -> Iterator[str]:
    """Every sentence the checks of forms, the saves and the assessment's names give."""
    vendor_id = run(registry, lambda s: uc.create_vendor(s, forms.VendorForm("Zendesk, Inc.",
                                                                             country="US")))
    assert isinstance(vendor_id, int)
    child = run(registry, lambda s: uc.create_vendor(s, forms.VendorForm(
        "Sunshine", country="US", parent_id=vendor_id)))
    service_id = run(registry, lambda s: uc.create_service(s, forms.ServiceForm("Helpdesk")))
    activity_id = run(registry, lambda s: uc.create_activity(s, forms.ActivityForm("Support")))
    assert isinstance(service_id, int) and isinstance(activity_id, int)
    with registry.read() as session:
        found: list[checks.Problems] = [
            checks.validate_vendor(session, bad_vendor()),
            checks.validate_vendor(session, bad_vendor(name="", parent_id=999)),
            checks.validate_vendor(session, bad_vendor(name="z" * 201, country="",
                                                       parent_id=vendor_id), vendor_id),
            checks.validate_vendor(session, bad_vendor(parent_id=child), vendor_id),
            checks.validate_vendor(session, bad_vendor(services=[(service_id, "Tickets"),
                                                                 (service_id, "Chat")])),
            checks.validate_service(session, forms.ServiceForm("HELPDESK", vendors=[(999, ""),
                                                                                    (999, "")])),
            checks.validate_service(session, forms.ServiceForm(
                "Other", vendors=[(vendor_id, ""), (vendor_id, "")])),
            checks.validate_activity(session, forms.ActivityForm(
                "support", retention=[{"category": "", "period": "1 year"}],
                controllers=[{"name": "", "contact": "x"}], service_ids=[999])),
            checks.validate_organisation(forms.OrganisationForm(
                name="o" * 201, is_controller=False, notice_days=-1,
                review_interval_months=0)),
        ]
    for problems in found:
        for key, problem in problems.items():
            yield problem
            yield checks.field_problem(key, problem)
    whats: tuple[NameWhat, ...] = ("name", "organisation", "vendor", "service", "activity")
    for value in ("", "o" * 201):
        for what in whats:
            yield from filter(None, [check_name(value, what)])
    yield from filter(None, [check_country("XX"), check_url("https://"), check_email("x")])

    errors = [
        refused(registry, lambda s: uc.create_vendor(s, bad_vendor(name=""))),
        refused(registry, lambda s: uc.create_vendor(s, bad_vendor(name="Other"))),
        refused(registry, lambda s: uc.update_vendor(s, vendor_id, bad_vendor(), None)),
        refused(registry, lambda s: uc.update_vendor(s, vendor_id, bad_vendor(), 99)),
        refused(registry, lambda s: uc.update_vendor(s, 999, bad_vendor(), None)),
        refused(registry, lambda s: uc.create_service(s, forms.ServiceForm(""))),
        refused(registry, lambda s: uc.create_service(s, forms.ServiceForm("helpdesk"))),
        refused(registry, lambda s: uc.update_service(s, service_id, forms.ServiceForm(""), 99)),
        refused(registry, lambda s: uc.update_service(s, 999, forms.ServiceForm("x"), None)),
        refused(registry, lambda s: uc.create_activity(s, forms.ActivityForm(""))),
        refused(registry, lambda s: uc.create_activity(s, forms.ActivityForm("support"))),
        refused(registry, lambda s: uc.update_activity(s, activity_id, forms.ActivityForm(""),
                                                       99)),
        refused(registry, lambda s: uc.update_activity(s, 999, forms.ActivityForm("x"), None)),
        refused(registry, lambda s: uc.save_organisation(s, forms.OrganisationForm(
            name="", country="NO"))),
        refused(registry, lambda s: uc.save_organisation(
            s, forms.OrganisationForm(name="Acme"), expected=forms.OrganisationForm(name="Old"))),
    ]
    for error in errors:
        yield error.message
        yield from error.problems
    for key in EN:
        if key.startswith("form.label."):
            yield Sentence(checks.field_text(key.removeprefix("form.label.") + "[0]"))
    yield Sentence(checks.field_text("some_new_field"))
    for finding in assess_organisation(organisation(name="")):
        yield finding.record_name


def test_every_sentence_of_the_checks_is_given_and_worded(registry: Registry) -> None:
    seen: set[str] = set()
    for sentence in given_sentences(registry):
        assert isinstance(sentence, Sentence), sentence
        english = render(sentence.text)
        assert sentence == english
        for lang in LANGUAGES:
            text = sentence.in_(lang)
            assert text.strip(), (sentence.text.key, lang)
            assert "{" not in text and "}" not in text, (lang, text)
        seen.update(keys_of(sentence.text))
    assert sorted(set(EN) - seen) == []
    assert sorted(seen - set(EN) - set(message_texts.EN)) == []


# --- what a reader sees ------------------------------------------------------------------


def test_a_problem_reads_in_english_as_a_plain_string() -> None:
    problem = check_url("ftp://example.com")
    assert problem == '"ftp://example.com" is not a web address: it must start with https:// or ' \
        "http://."
    assert problem is not None and problem.message == problem
    assert type(problem.message) is str
    assert problem.in_("nb") == (
        "«ftp://example.com» er ikke en nettadresse: den må begynne med https:// eller http://.")
    assert in_language(problem, "sv").startswith("”ftp://example.com” är inte en webbadress")
    assert in_language("Typed by the user", "nb") == "Typed by the user"


def test_a_sentence_keeps_its_message_when_copied() -> None:
    problem = check_country("XX")
    assert problem is not None
    for again in (copy.deepcopy(problem), pickle.loads(pickle.dumps(problem))):
        assert isinstance(again, Sentence)
        assert again == problem and again.text == problem.text


def test_names_in_norwegian() -> None:
    assert render(msg("form.name.required", what=msg("form.name.what.name")), "nb") == (
        "Navn må fylles ut.")
    assert render(msg("form.name.required", what=msg("form.name.what.organisation")),
                  "nb") == "Virksomhetens navn må fylles ut."
    assert render(msg("form.name.required", what=msg("form.name.what.name")), "fi") == (
        "Nimi on pakollinen.")


def test_safeguard_problems_name_the_country_in_the_readers_language(
    registry: Registry,
) -> None:
    with registry.read() as session:
        problems = checks.validate_vendor(session, forms.VendorForm(
            "Zendesk", country="US", safeguards=[forms.SafeguardForm("IN", Mechanism.EU_US_DPF)]))
    problem = problems["safeguards[0].mechanism"]
    assert problem == ("The EU-US Data Privacy Framework covers only transfers to the United "
                       "States, not India.")
    assert problem.in_("nb") == (
        "EU-US Data Privacy Framework gjelder bare overføringer til USA, ikke til India.")
    assert problem.in_("fi").endswith("ei maahan Intia.")


def test_a_refused_save_lists_the_fields_in_the_readers_language(registry: Registry) -> None:
    with pytest.raises(UserError) as caught:
        run(registry, lambda s: uc.create_vendor(s, forms.VendorForm(
            "", country="NO", registration_number="986901052",
            locations=[forms.LocationForm("XX", LocationKind.HOSTING)])))
    error = caught.value

    assert error.message == "The vendor cannot be saved: fix the marked fields first."
    assert error.message_in("nb") == "Leverandøren kan ikke lagres: rett de merkede feltene først."
    assert error.problems_in("nb") == [
        "Navn: Navn må fylles ut.",
        "Organisasjonsnummer: «986901052» er ikke gyldig som organisasjonsnummer for Norge "
        "(kontrollsifferet stemmer ikke).",
        "Lokasjon 1: «XX» er ikke en landkode (ISO 3166-1 alpha-2, for eksempel NO eller DE).",
    ]
    assert error.problems[0] == "Name: A name is required."
    assert str(error).startswith("The vendor cannot be saved")


def test_a_conflict_in_the_readers_language(registry: Registry) -> None:
    vendor_id = run(registry, lambda s: uc.create_vendor(s, forms.VendorForm("Zendesk",
                                                                             country="US")))
    assert isinstance(vendor_id, int)
    with pytest.raises(ConflictError) as caught:
        run(registry, lambda s: uc.update_vendor(s, vendor_id, forms.VendorForm(
            "Zendesk", country="US"), 7))

    assert caught.value.message.startswith('Somebody else changed the vendor "Zendesk"')
    assert caught.value.message_in("nb").startswith(
        "Noen andre har endret leverandøren «Zendesk» etter at du åpnet den.")


def test_the_organisation_without_a_name_is_named_in_the_readers_language() -> None:
    [finding, *_] = assess_organisation(organisation(name=""))

    assert finding.record_name == "Organisation"
    assert finding.record_name_in("nb") == "Virksomhet"
    assert finding.record_name_in("da") == "Virksomhed"
    named = assess_organisation(organisation(name="Acme AS", email=""))
    assert [f.record_name_in("nb") for f in named] == ["Acme AS"] * len(named)


def test_describe_field_in_each_language() -> None:
    assert checks.describe_field("locations[2].country", "nb") == "Lokasjon 3"
    assert checks.describe_field("safeguards[0].tia_date", "sv") == "Överföringsgrund 1"
    assert checks.describe_field("some_new_field", "nb") == "Some new field"
