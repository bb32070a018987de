"""Messages for people, kept as a key and parameters and worded in their language on demand.

The assessment says what is wrong as a :class:`Message`: a key of the message tables in
:mod:`registry.message_texts` (the findings), :mod:`registry.form_texts` (the checks of
forms) or :mod:`registry.error_texts` (the problems that stop an action: a file that cannot
be opened, a refused deletion) and the parameters the sentence needs (names, country codes,
dates, other messages). :func:`render` words it in one of :data:`LANGUAGES`, so the same
finding reads in Norwegian in a Norwegian window or workbook and in English on the command
line. The tables hold the English; the other languages' words are in the gettext catalogue
``registry`` (:mod:`registry.catalogues`).

Where a caller wants a plain English ``str`` (the command line, the JSON import, code written
before messages were translatable), a :class:`Sentence` is that English text and keeps its
message, so that the app can word it in the user's language (:func:`in_language`): the
problems of a form, a refused save, a registry file that cannot be opened.

In a text, ``{name}`` is replaced by the parameter, worded for the language:

- a ``str`` or ``int`` as given (vendor and activity names are never translated);
- a date in the language's form (16 Jul 2020, 16. juli 2020, 16.7.2020);
- a :class:`Country` by its name in the language; ``{name:phrase}`` is the name as it reads
  inside an English sentence ("the United States"), the plain name in the other languages;
- a :class:`Message` or :class:`Term` worded in the same language;
- a :class:`Join` as a list (``and`` joins as the language does: "A, B and C", "A, B og C");
- a :class:`~registry.citations.Citation` as the language cites an article ("Art. 30(1)(b)",
  "art. 30 nr. 1 bokstav b"), so that a text holds the words and never the citation's pattern.

``{name:lower}`` lower-cases a parameter's text, ``{name:cap}`` capitalises its first letter
(a mechanism's name is written in lower case to read well inside a sentence, and shown
capitalised on its own), ``{name:uncap}`` lower-cases its first letter only (a sentence
quoted inside another after a colon).

Messages are values: they compare and hash by their contents, and are never changed after
they are made (they are not frozen dataclasses only because those are three times slower to
make, and an assessment makes tens of thousands).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import string
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypeAlias

from babel.dates import format_date
from babel.lists import format_list

from registry.catalogues import Source, count_of, text, translation
from registry.citations import Citation
from registry.countries import country_name, country_phrase, sort_key
from registry.enums import LANGUAGES
from registry.error_texts import EN as ERROR_TEXTS
from registry.form_texts import EN as FORM_TEXTS
from registry.history_texts import EN as HISTORY_TEXTS
from registry.message_texts import EN as FINDING_TEXTS

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_DATE_FORMS = {"nb": "long", "da": "long", "sv": "long", "fi": "medium"}
"""Babel's form of a date inside a sentence: 16. juli 2020 (nb, da, sv), 16.7.2020 (fi)."""


def fmt_date(day: dt.date) -> str:
    """A date as people read it in English messages: 16 Jul 2020."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


@functools.lru_cache(maxsize=4096)
def date_text(day: dt.date, lang: str) -> str:
    """A date as it reads inside a sentence in ``lang``."""
    form = _DATE_FORMS.get(lang)
    if form is None:
        return fmt_date(day)
    return format_date(day, format=form, locale=lang)


@dataclasses.dataclass(slots=True, unsafe_hash=True)
class Country:
    """A country, by its ISO 3166-1 alpha-2 code, to be named in the reader's language."""

    code: str


@dataclasses.dataclass(slots=True, unsafe_hash=True)
class Message:
    """A sentence (or part of one): a key of the message tables and its parameters."""

    key: str
    params: tuple[tuple[str, Param], ...] = ()

    def param(self, name: str) -> Param | None:
        """The parameter called ``name``, or None."""
        for key, value in self.params:
            if key == name:
                return value
        return None


@dataclasses.dataclass(slots=True, unsafe_hash=True)
class Term:
    """A text that comes in English from elsewhere: the legal facts file, a validator.

    ``en`` is the text as its source states it, and is what English readers see (an edited
    facts file shows as edited). The other languages word it from the catalogue (``key``,
    with ``params`` filled in), or fall back to ``en`` for a text the catalogue does not know
    (a decision added to the facts file later).
    """

    key: str
    en: str
    params: tuple[tuple[str, Param], ...] = ()


JoinStyle = Literal["and", "comma", "semicolon", "arrow"]


@dataclasses.dataclass(slots=True, unsafe_hash=True)
class Join:
    """Several parameters as one list: ``and`` (A, B and C), ``comma``, ``semicolon`` or
    ``arrow`` (a vendor chain: Zendesk → Amazon Web Services)."""

    items: tuple[Param, ...]
    style: JoinStyle = "comma"


Param: TypeAlias = "str | int | dt.date | Country | Message | Term | Join | Citation"


def msg(key: str, **params: Param) -> Message:
    """A :class:`Message` with named parameters: ``msg("review.due", date=day)``."""
    if not params:
        return _plain(key)
    return Message(key, tuple(params.items()))


@functools.cache
def _plain(key: str) -> Message:
    return Message(key)


def term(key: str, en: str, **params: Param) -> Term:
    """A :class:`Term` with named parameters."""
    return Term(key, en, tuple(params.items()))


def names(items: Iterable[str], style: JoinStyle = "comma") -> Join:
    """Names (vendors, a chain) joined as given."""
    return Join(tuple(items), style)


def countries(codes: Iterable[str]) -> Join:
    """Countries as a list ("Germany and Ireland"), each named in the reader's language."""
    return Join(tuple(Country(c) for c in codes), "and")


class _Formatter(string.Formatter):
    """``str.format`` whose fields are worded for one language."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        text = _word(value, format_spec, self.lang)
        if format_spec == "lower":
            return text.lower()
        if format_spec == "cap":
            return capitalised(text)
        if format_spec == "uncap":
            return text[:1].lower() + text[1:]
        return text


def capitalised(text: str) -> str:
    """``text`` with its first letter capitalised: a clause of a sentence shown on its own
    ("it relies on …" as an assessment of its own), a mechanism's name as a title."""
    return text[:1].upper() + text[1:]


def worded(value: Param, lang: str) -> str:
    """A parameter as it reads in ``lang`` on its own: a term, a country, a date, a list."""
    return _word(value, "", lang)


def _word(value: Param, spec: str, lang: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Message):
        return render(value, lang)
    if isinstance(value, Country):
        if spec == "phrase" and lang == "en":
            return country_phrase(value.code)
        return country_name(value.code, lang)
    if isinstance(value, Term):
        return _term(value, lang)
    if isinstance(value, Join):
        return _join(value, lang)
    if isinstance(value, dt.date):
        return date_text(value, lang)
    if isinstance(value, Citation):
        return value.in_(lang)
    return str(value)


def _join(join: Join, lang: str) -> str:
    words = [_word(item, "", lang) for item in join.items]
    if join.style == "and":
        if all(isinstance(item, Country) for item in join.items):
            words.sort(key=lambda w: sort_key(w, lang))
        return format_list(words, locale=lang) if words else ""
    separator = {"comma": ", ", "semicolon": "; ", "arrow": " → "}[join.style]
    return separator.join(words)


ENGLISH: Mapping[str, Source] = {**FINDING_TEXTS, **FORM_TEXTS, **ERROR_TEXTS, **HISTORY_TEXTS}
"""Every message in English: the findings', the forms', the errors' and the history's (their
keys never overlap). The catalogue ``registry`` has them in the other languages, under the same
keys."""

DOMAIN = "registry"


def _term(t: Term, lang: str) -> str:
    if lang == "en":
        return t.en
    found = translation(DOMAIN, t.key, lang)
    if not isinstance(found, str):
        return t.en
    return _Formatter(lang).vformat(found, (), dict(t.params)) if t.params else found


def _template(message: Message, lang: str) -> str:
    english = ENGLISH[message.key]
    if isinstance(english, str):
        return text(DOMAIN, message.key, english, lang)
    n = count_of(message.key, (value for _, value in message.params))
    return text(DOMAIN, message.key, english, lang, n)


@functools.lru_cache(maxsize=65536)
def render(message: Message, lang: str = "en") -> str:
    """``message`` worded in ``lang`` (English for a language without a catalogue); a message
    about a number of things (a pair of texts in the table) in the singular or the plural, as
    its one whole-number parameter asks."""
    template = _template(message, lang)
    if not message.params:
        return template
    return _Formatter(lang if lang in LANGUAGES else "en").vformat(
        template, (), dict(message.params))


class Sentence(str):
    """A message as its English text, a plain ``str``, that keeps the :class:`Message`.

    It compares, hashes and prints as the English text, so callers that know only strings
    (the command line, the JSON import, tests) read English; :meth:`in_` words it in another
    language.
    """

    text: Message

    def __new__(cls, text: Message) -> Sentence:
        sentence = super().__new__(cls, render(text, "en"))
        sentence.text = text
        return sentence

    def __reduce__(self) -> tuple[type[Sentence], tuple[Message]]:
        # Copies and pickles are made again from the message, not from the English text.
        return Sentence, (self.text,)

    @property
    def message(self) -> str:
        """The sentence in English, as a plain ``str``."""
        return str(self)

    def in_(self, lang: str) -> str:
        """The sentence in ``lang``."""
        return render(self.text, lang)


def sentence(key: str, **params: Param) -> Sentence:
    """A :class:`Sentence` of the message ``key``: ``sentence("error.file.missing", path=p)``."""
    return Sentence(msg(key, **params))


def in_language(text: str, lang: str) -> str:
    """``text`` in ``lang`` when it is a :class:`Sentence`, else as it is (a text that has
    only one wording: typed by the user, or already translated)."""
    return text.in_(lang) if isinstance(text, Sentence) else text


def placeholders(template: str | tuple[str, ...]) -> set[str]:
    """The parameter names a template uses (``{name}``, ``{name:spec}``); those of either form
    of a text in the singular and the plural."""
    forms = (template,) if isinstance(template, str) else template
    return {field for form in forms for _, field, _, _ in string.Formatter().parse(form) if field}
