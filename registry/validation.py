"""Checks of single values: registration numbers, URLs, e-mail addresses, country codes.

Each returns a sentence that says what is wrong, or None when the value is acceptable.
"""

from __future__ import annotations

import functools
import re
from types import ModuleType
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
from registry.messages import Country, Message, msg, render, term

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


def check_country(code: str) -> str | None:
    if not code:
        return "A country is required."
    if not is_country(code):
        return f'"{code}" is not a country code (ISO 3166-1 alpha-2, such as NO or DE).'
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
def check_registration(country: str, number: str) -> str | None:
    """Validate a registration or VAT number for a country: what is wrong, in English.

    An empty number, or one for a country without a validator, is accepted.
    """
    problem = registration_problem(country, number)
    return render(problem) if problem else None


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


def check_url(url: str) -> str | None:
    """Only http(s) links with a host are accepted; empty is fine."""
    url = url.strip()
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return f'"{url}" is not a web address: it must start with https:// or http://.'
    if not parts.netloc or " " in url:
        return f'"{url}" is not a complete web address.'
    return None


EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def check_email(email: str) -> str | None:
    email = email.strip()
    if email and not EMAIL.match(email):
        return f'"{email}" is not an e-mail address.'
    return None


def check_name(name: str, what: str = "name") -> str | None:
    if not name.strip():
        return f"A {what} is required."
    if len(name) > 200:
        return f"The {what} is longer than 200 characters."
    return None
