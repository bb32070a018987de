"""Single values a user types: registration numbers, links, e-mail, countries."""

from __future__ import annotations

import pytest

from registry.countries import all_countries, country_name, find_countries, is_country
from registry.validation import (
    check_country,
    check_email,
    check_registration,
    check_url,
    normalise_registration,
)


@pytest.mark.parametrize(
    ("country", "number"),
    [
        ("NO", "986901051"),  # Smart Solution AS
        ("NO", "993 555 002"),  # Make AS, with spaces
        ("DK", "37509132"),  # Smart-SMS ApS
        ("DK", "26080711"),  # Mobitech
        ("DK", "DK37509132"),  # as an EU VAT number
        ("FI", "0112038-9"),
        ("US", "94-3373036"),  # no validator: accepted as typed
        ("NO", ""),
    ],
)
def test_valid_registration_numbers(country: str, number: str) -> None:
    assert check_registration(country, number) is None


@pytest.mark.parametrize(
    ("country", "number", "expected"),
    [
        ("NO", "986901052", "not a valid organisation number for Norway"),
        ("DK", "37509133", "not a valid CVR number for Denmark"),
        ("SE", "556136-1466", "not a valid organisation number for Sweden"),
        ("FI", "0112038-8", "not a valid business ID"),
        ("DE", "DE123456789", "not a valid EU VAT number"),
        ("NO", "=HYPERLINK(1)", "not a valid organisation number"),
    ],
)
def test_invalid_registration_numbers_say_why(country: str, number: str, expected: str) -> None:
    message = check_registration(country, number)
    assert message is not None and expected in message
    assert number in message


def test_registration_number_printed_form() -> None:
    assert normalise_registration("NO", "986901051") == "986 901 051"
    assert normalise_registration("NO", "nonsense") == "nonsense"


@pytest.mark.parametrize(
    "url", ["https://www.zendesk.com/company/privacy", "http://example.no", ""]
)
def test_web_links_accepted(url: str) -> None:
    assert check_url(url) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("javascript:alert(1)", "must start with https://"),
        ("ftp://files.example.com", "must start with https://"),
        ("www.example.com", "must start with https://"),
        ("https://", "not a complete web address"),
    ],
)
def test_other_links_refused(url: str, expected: str) -> None:
    message = check_url(url)
    assert message is not None and expected in message


def test_email() -> None:
    assert check_email("personvern@smartsolution.no") is None
    assert check_email("") is None
    message = check_email("personvern(at)smartsolution.no")
    assert message is not None and "is not an e-mail address" in message


def test_country_codes() -> None:
    assert is_country("NO") and is_country("AX") and not is_country("XX")
    assert not is_country("no")
    assert check_country("XX") == (
        '"XX" is not a country code (ISO 3166-1 alpha-2, such as NO or DE).'
    )
    assert check_country("") == "A country is required."


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [("DE", "nb", "Tyskland"), ("US", "fi", "Yhdysvallat"), ("SE", "da", "Sverige"),
     ("AX", "sv", "Åland"), ("GB", "en", "United Kingdom")],
)
def test_country_names_in_each_language(code: str, lang: str, name: str) -> None:
    assert country_name(code, lang) == name


def test_find_countries_by_local_name_code_and_accents() -> None:
    assert find_countries("Tyskland", "nb") == ["DE"]
    assert find_countries("de", "en")[0] == "DE"
    assert "AX" in find_countries("aland", "en")
    assert find_countries("", "en") == []


def test_all_countries_sorted_by_local_name() -> None:
    names = [name for _, name in all_countries("nb")]
    assert len(names) == 249
    assert names.index("Østerrike") > names.index("Zimbabwe")
    assert names.index("Åland") > names.index("Østerrike")
    swedish = [name for _, name in all_countries("sv")]
    assert swedish.index("Österrike") > swedish.index("Åland")
    english = [name for _, name in all_countries("en")]
    assert english.index("Åland Islands") < english.index("Albania")
