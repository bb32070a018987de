"""Country names and search texts in the user's language, kept in the user's cache folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from registry.country_names import CountryNames, country_options, country_table, quick_fold
from registry.storage import APP_NAME


@pytest.fixture(autouse=True)
def computed_afresh() -> Iterator[None]:
    """Each test starts as the app does: nothing in memory, the cache folder as it is."""
    country_table.cache_clear()
    yield
    country_table.cache_clear()


def cache_files(language: str) -> list[Path]:
    folder = platformdirs.user_cache_path(APP_NAME, appauthor=False)
    return sorted(folder.glob(f"countries-{language}-*.json"))


def test_names_and_search_texts_are_in_the_language_asked_for() -> None:
    names = CountryNames("nb")

    assert names.name("DE") == "Tyskland"
    assert names.names(["DE", "US"]) == "Tyskland, USA"
    assert "tyskland" in names.search("DE") and "germany" in names.search("DE")


def test_options_come_once_each_sorted_by_their_name_in_the_language() -> None:
    assert country_options(["US", "DE", "DE", "NO"], "nb") == [
        ("NO", "Norge"), ("DE", "Tyskland"), ("US", "USA")]


def test_the_names_are_kept_for_the_next_start_and_read_back() -> None:
    assert cache_files("sv") == []
    first = country_table("sv")
    [cache] = cache_files("sv")

    country_table.cache_clear()  # the next start
    cache.write_text(cache.read_text(encoding="utf-8").replace("Tyskland", "Deutschland"),
                     encoding="utf-8")

    assert country_table("sv")[0]["DE"] == "Deutschland"  # read back, not computed
    assert first[0]["DE"] == "Tyskland"


@pytest.mark.parametrize("broken", ["", "{not json", '{"names": [], "search": {}}', "[1, 2]"])
def test_a_broken_cache_is_computed_again_and_replaced(broken: str) -> None:
    country_table("da")
    [cache] = cache_files("da")
    cache.write_text(broken, encoding="utf-8")
    country_table.cache_clear()

    assert CountryNames("da").name("DE") == "Tyskland"
    assert "Tyskland" in cache.read_text(encoding="utf-8")


def test_folding_ignores_case_and_accents_but_keeps_letters_of_their_own() -> None:
    assert quick_fold("Café") == "cafe"
    assert quick_fold("ZENDESK") == "zendesk"
    assert quick_fold("Økonomi Ærlig Åse") == "økonomi ærlig ase"
