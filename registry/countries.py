"""Countries: codes from pycountry (ISO 3166-1), names in every language from Babel (CLDR)."""

from __future__ import annotations

import functools
import unicodedata

import pycountry
from babel import Locale, UnknownLocaleError


@functools.cache
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code."""
    return frozenset(c.alpha_2 for c in pycountry.countries)


def is_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code, in upper case."""
    return code in country_codes()


@functools.cache
def _territories(lang: str) -> dict[str, str]:
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale("en")
    return dict(locale.territories)


def country_name(code: str, lang: str = "en") -> str:
    """The country's name in ``lang`` (CLDR), falling back to English, then the code."""
    if not code:
        return ""
    name = _territories(lang).get(code) or _territories("en").get(code)
    if name:
        return name
    country = pycountry.countries.get(alpha_2=code)
    return country.name if country else code


# English names that take "the" inside a sentence ("transfers to the United States").
_WITH_ARTICLE = frozenset(
    "AE BS CD CF CK DO FK FO GB IM KM KY MH MV NL PH SB TC UM US VA VG VI".split()
)


def country_phrase(code: str) -> str:
    """The English country name as it reads inside a sentence ("the United States")."""
    name = country_name(code, "en")
    return f"the {name}" if code in _WITH_ARTICLE else name


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def _search_index(lang: str) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = []
    for code in sorted(country_codes()):
        names = {code, country_name(code, "en"), country_name(code, lang)}
        country = pycountry.countries.get(alpha_2=code)
        if country is not None:
            names.add(country.name)
            names.update(
                str(getattr(country, attr))
                for attr in ("official_name", "common_name")
                if hasattr(country, attr)
            )
        rows.append((code, " | ".join(_fold(n) for n in names)))
    return tuple(rows)


@functools.cache
def _search_texts(lang: str) -> dict[str, str]:
    return dict(_search_index(lang))


def search_text(code: str, lang: str = "en") -> str:
    """Lower-case, accent-folded names of a country in English and ``lang``, for filtering."""
    return _search_texts(lang).get(code) or _fold(code)


def find_countries(text: str, lang: str = "en") -> list[str]:
    """Codes whose code or name (in English or ``lang``) contains ``text``."""
    needle = _fold(text.strip())
    if not needle:
        return []
    exact = [c for c, _ in _search_index(lang) if _fold(c) == needle]
    contains = [c for c, names in _search_index(lang) if needle in names and c not in exact]
    return exact + contains


# The letters after Z in the Nordic alphabets, in their order; other accents sort with
# their base letter.
_NORDIC_TAIL = {
    "nb": "æøå", "nn": "æøå", "da": "æøå", "no": "æøå",
    "sv": "åäö", "fi": "åäö",
}


def sort_key(text: str, lang: str = "en") -> str:
    """A key that sorts names as a reader of ``lang`` expects (Å after Z in Nordic)."""
    tail = _NORDIC_TAIL.get(lang, "")
    folded = text.casefold()
    if tail:
        folded = "".join(
            "\U0010fff0" + str(tail.index(ch)) if ch in tail else ch for ch in folded
        )
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def all_countries(lang: str = "en") -> list[tuple[str, str]]:
    """``(code, name)`` for every country, sorted by name as a reader of ``lang`` expects."""
    return sorted(
        ((c, country_name(c, lang)) for c in country_codes()),
        key=lambda pair: sort_key(pair[1], lang),
    )


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` for searching."""
    return _fold(text)
