"""The translations of the texts of the domain and the reports, from gettext catalogues.

Every text that the registry and the reports put before a person is written in English in
the source, under a key: the ``EN`` tables of :mod:`registry.message_texts` (the findings),
:mod:`registry.form_texts` (the checks of forms), :mod:`registry.error_texts` (the problems
that stop an action), :mod:`registry.history_texts` (the history's words),
:mod:`registry.labels` (the vocabulary labels) and
:mod:`reports.i18n` (the words of the reports). The other languages have them in gettext
catalogues, ``resources/locale/<lang>/LC_MESSAGES/<domain>.po``, one domain per package
(``registry``, ``reports``), with the key as the message context (``msgctxt``) and the English
text as the ``msgid``: the files translators open in Poedit or Weblate. ``make translations``
extracts the English into the templates, brings the ``.po`` files up to date and compiles each
to the ``.mo`` file that this module reads (resources/locale/update.py).

A text about a number of things is a pair in the source, singular and plural ("{count}
problem was found", "{count} problems were found"), and has as many forms in a catalogue as its
language has (``msgid_plural``, ``msgstr[n]``); the one whole number among the text's parameters
chooses the form (:func:`text`).

This module is the only one that reads them. A catalogue is read on first use and kept, as a
dict by key, so that wording a text is a dict lookup. The lookup is by key, not by the English
text, because some English texts are not the source's: the texts of the legal facts file are
translated from the shipped file, and a facts file given instead of it (``--facts``) may word
them otherwise.
"""

from __future__ import annotations

import functools
import gettext
from collections.abc import Callable, Iterable, Mapping

from registry.resources import RESOURCES

LOCALE_DIR = RESOURCES / "locale"
"""Where the catalogues are: ``<lang>/LC_MESSAGES/<domain>.mo``."""

Text = str | tuple[str, ...]
"""A translated text: one string, or its plural forms in the language's order."""


class _Compiled(gettext.GNUTranslations):
    """A ``.mo`` file as the standard library reads it, its texts listed by key.

    The standard library keeps a catalogue as a dict of ``msgctxt\\x04msgid`` (and of
    ``(msgctxt\\x04msgid, n)`` for plural forms) but offers no way to list it; this subclass
    reads that dict, as Django's translation classes do.
    """

    _catalog: dict[str | tuple[str, int], str]
    plural: Callable[[int], int]

    def by_key(self) -> dict[str, Text]:
        texts: dict[str, Text] = {}
        forms: dict[str, dict[int, str]] = {}
        for entry, text in self._catalog.items():
            if not text:
                continue
            if isinstance(entry, tuple):
                key, _, _ = entry[0].partition("\x04")
                forms.setdefault(key, {})[entry[1]] = text
            else:
                key, separator, _ = entry.partition("\x04")
                if separator:
                    texts[key] = text
        for key, by_number in forms.items():
            texts[key] = tuple(by_number[n] for n in sorted(by_number))
        return texts


@functools.cache
def _read(domain: str, lang: str) -> tuple[Mapping[str, Text], Callable[[int], int]]:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.mo"
    try:
        with path.open("rb") as f:
            compiled = _Compiled(f)
    except FileNotFoundError:
        return {}, _english_plural
    return compiled.by_key(), compiled.plural


def _english_plural(n: int) -> int:
    return 0 if n == 1 else 1


def translations(domain: str, lang: str) -> Mapping[str, Text]:
    """The texts of ``domain`` translated into ``lang``, by key: empty for English (the source
    is English) and for a language without a catalogue."""
    return _read(domain, lang)[0]


def translation(domain: str, key: str, lang: str) -> Text | None:
    """The text ``key`` of ``domain`` in ``lang``, or None (English: the source's text)."""
    return _read(domain, lang)[0].get(key)


Source = str | tuple[str, str]
"""A text as the source writes it in English: one string, or a text about a number of things
in the singular and in the plural ("1 problem was found", "{count} problems were found")."""


def text(domain: str, key: str, english: Source, lang: str, n: int = 1) -> str:
    """The text ``key`` of ``domain`` in ``lang``: its translation, or ``english`` (the
    source's) where the catalogue has none. A text about ``n`` things is in the form the
    language uses for that number."""
    texts, plural = _read(domain, lang)
    found = texts.get(key)
    if isinstance(english, str):
        return found if isinstance(found, str) else english
    if isinstance(found, tuple):
        return found[min(plural(n), len(found) - 1)]
    return english[_english_plural(n)]


def count_of(key: str, values: Iterable[object]) -> int:
    """The number a plural text is about: the one whole number among its parameters."""
    numbers = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    if len(numbers) != 1:
        raise ValueError(f"{key} is a text about a number of things: it needs one number among "
                         f"its parameters, not {len(numbers)}")
    return numbers[0]
