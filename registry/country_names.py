"""Country names and their search texts in every language, cached in the user's cache folder.

Not in :mod:`registry.countries`: the cache lives in the app's folders (:mod:`registry.storage`),
and storage already reaches ``countries`` through :mod:`registry.messages`.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import babel
import platformdirs
import pycountry

from registry.countries import country_codes, country_name, search_text
from registry.storage import APP_NAME

_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def quick_fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` (fast for plain ASCII)."""
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKD", text.casefold())
    return folded if folded.isascii() else _COMBINING.sub("", folded)


CACHE_VERSION = 1


def _cache_file(language: str) -> Path:
    tag = f"{CACHE_VERSION}-{babel.__version__}-{getattr(pycountry, '__version__', '')}"
    folder = platformdirs.user_cache_path(APP_NAME, appauthor=False)
    return folder / f"countries-{language}-{quick_fold(tag)}.json"


@functools.cache
def country_table(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """Every country's name in ``language`` and its search text, by code.

    Computing them loads Babel's locale data (a tenth of a second); the result is kept in
    the user's cache folder, so that the lists appear sooner at the next start.
    """
    path = _cache_file(language)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        names, searches = data["names"], data["search"]
        if isinstance(names, dict) and isinstance(searches, dict) and names:
            return names, searches
    except (OSError, ValueError, KeyError, TypeError):
        pass
    codes = sorted(country_codes())
    names = {code: country_name(code, language) for code in codes}
    searches = {code: search_text(code, language) for code in codes}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"names": names, "search": searches}), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # Only a cache: the next start computes the names again.
    return names, searches


class CountryNames:
    """Country names and search texts in one language (from :func:`country_table`)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._names, self._search = country_table(language)

    def name(self, code: str) -> str:
        name = self._names.get(code)
        if name is None:
            name = country_name(code, self.language)
        return name

    def search(self, code: str) -> str:
        text = self._search.get(code)
        if text is None:
            text = search_text(code, self.language)
        return text

    def names(self, codes: Iterable[str]) -> str:
        return ", ".join([self.name(c) for c in codes])


def country_options(codes: Iterable[str], language: str) -> list[tuple[str, str]]:
    """``(code, name)`` of some countries, sorted by name in ``language``."""
    names = CountryNames(language)
    pairs = [(code, names.name(code)) for code in set(codes)]
    pairs.sort(key=lambda pair: quick_fold(pair[1]))
    return pairs
