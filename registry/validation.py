"""Checks of single values: registration numbers, URLs, e-mail addresses, country codes.

Each returns a sentence that says what is wrong, or None when the value is acceptable. The
sentence is a :class:`~registry.messages.Sentence`: English where a plain ``str`` is read (the
JSON import, the command line), and worded in the user's language by the editors.
"""

from __future__ import annotations

import functools
import re
from types import ModuleType
from typing import Literal
from urllib.parse import urlsplit

import stdnum.dk.cvr
import stdnum.eu.vat
import stdnum.fi.ytunnus
import stdnum.is_.kennitala
import stdnum.no.orgnr
import stdnum.se.orgnr
from stdnum import get_cc_module
from stdnum.exceptions import ValidationError

from registry.countries import is_country
from registry.messages import Country, Message, Sentence, msg, term

# The national company-register number where python-stdnum has a validator for it;
# other countries fall back to the country's VAT number format.
COMPANY_NUMBER: dict[str, ModuleType] = {
    "NO": stdnum.no.orgnr,
    "DK": stdnum.dk.cvr,
    "SE": stdnum.se.orgnr,
    "FI": stdnum.fi.ytunnus,
    "IS": stdnum.is_.kennitala,
}

EU_VAT_PREFIXES = frozenset(s.upper() for s in stdnum.eu.vat.MEMBER_STATES) | {"EL", "XI"}


def _vat_module(country: str) -> ModuleType | None:
    try:
        module: ModuleType | None = get_cc_module(country.lower(), "vat")  # type: ignore[assignment]
        return module
    except (ImportError, ValueError):
        return None


def check_country(code: str) -> Sentence | None:
    if not code:
        return Sentence(msg("form.country.required"))
    if not is_country(code):
        return Sentence(msg("form.country.invalid", code=code))
    return None


@functools.lru_cache(maxsize=65536)
def registration_problem(country: str, number: str) -> Message | None:
    """What is wrong with a registration or VAT number for a country (python-stdnum).

    An empty number, or one for a country without a validator, is accepted (None).
    """
    number = number.strip()
    if not number:
        return None
    compact = re.sub(r"[\s.\-/]", "", number).upper()
    prefix = compact[:2]
    if prefix.isalpha() and prefix in EU_VAT_PREFIXES and len(compact) > 4:
        if stdnum.eu.vat.is_valid(compact):
            return None
        return msg("registration.eu_vat", number=number)
    modules = [m for m in (COMPANY_NUMBER.get(country), _vat_module(country)) if m is not None]
    if not modules:
        return None
    errors: list[ValidationError] = []
    for module in modules:
        try:
            module.validate(number)
            return None
        except ValidationError as exc:
            errors.append(exc)
    first = errors[0]
    detail = str(first).rstrip(".")
    what = country if country in COMPANY_NUMBER else "other"
    return msg(
        "registration.invalid", number=number, what=msg(f"registration.what.{what}"),
        country=Country(country),
        detail=term(f"stdnum.{type(first).__name__}", f"{detail[:1].lower()}{detail[1:]}"),
    )


@functools.lru_cache(maxsize=65536)
def check_registration(country: str, number: str) -> Sentence | None:
    """Validate a registration or VAT number for a country: what is wrong.

    An empty number, or one for a country without a validator, is accepted.
    """
    problem = registration_problem(country, number)
    return Sentence(problem) if problem else None


def normalise_registration(country: str, number: str) -> str:
    """The number in its usual printed form when a validator knows it, else as typed."""
    number = number.strip()
    module = COMPANY_NUMBER.get(country)
    if module is not None and hasattr(module, "format"):
        try:
            module.validate(number)
            return str(module.format(number))
        except ValidationError:
            return number
    return number


def check_url(url: str) -> Sentence | None:
    """Only http(s) links with a host are accepted; empty is fine."""
    url = url.strip()
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return Sentence(msg("form.url.scheme", url=url))
    if not parts.netloc or " " in url:
        return Sentence(msg("form.url.incomplete", url=url))
    return None


EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def check_email(email: str) -> Sentence | None:
    email = email.strip()
    if email and not EMAIL.match(email):
        return Sentence(msg("form.email.invalid", email=email))
    return None


NameWhat = Literal["name", "organisation", "vendor", "service", "activity"]
"""Which name is checked, as the sentence calls it: "name", "name of the organisation",
"vendor name" ..."""


def check_name(name: str, what: NameWhat = "name") -> Sentence | None:
    """Required, and at most 200 characters."""
    if not name.strip():
        return Sentence(msg("form.name.required", what=msg(f"form.name.what.{what}")))
    if len(name) > 200:
        return Sentence(msg("form.name.too_long", what=msg(f"form.name.what.{what}")))
    return None
