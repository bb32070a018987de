"""One term per concept per language: no translation of the registry's, the reports' or the
window's texts uses a variant that the glossary (resources/locale/glossary.json) rejects."""

from __future__ import annotations

import functools
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
TRANSLATIONS = ROOT / "resources" / "translations"
GLOSSARY = json.loads((LOCALE / "glossary.json").read_text(encoding="utf-8"))
LANGS = ("nb", "da", "sv", "fi")


def _pattern(variant: str) -> str:
    """A glossary entry as a pattern: a whole word (or words), any case; ``*`` at its end
    stands for the endings of its inflected forms."""
    stem = variant.rstrip("*")
    words = r"\s+".join(re.escape(w) for w in stem.split())
    return rf"(?<!\w){words}" + (r"\w*" if variant.endswith("*") else r"(?!\w)")


@functools.cache
def rules(lang: str) -> tuple[re.Pattern[str] | None, list[tuple[str, str, re.Pattern[str]]]]:
    """The language's accepted terms (one pattern) and its rejected variants, each with the
    concept and the term to use instead."""
    terms, rejected = [], []
    for concept, entry in GLOSSARY["concepts"].items():
        if lang not in entry:
            continue
        term = entry[lang]["term"]
        terms.append(term)
        for variant in entry[lang]["rejected"]:
            rejected.append((concept, term, re.compile(_pattern(variant), re.IGNORECASE)))
    # An accepted term that holds a rejected variant is not counted as that variant.
    accepted = [_pattern(term + "*") for term in terms
                if any(pattern.search(term) for _, _, pattern in rejected)]
    return re.compile("|".join(accepted), re.IGNORECASE) if accepted else None, rejected


def translations(lang: str) -> Iterator[tuple[str, str]]:
    """Every translated text of ``lang``: (where, text)."""
    for domain in ("registry", "reports"):
        path = LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"
        with path.open("rb") as f:
            for message in read_po(f):
                if not message.id:
                    continue
                forms = message.string if isinstance(message.string, tuple) else (
                    message.string,)
                for text in forms:
                    yield f"{domain}.po {message.context}", text
    ts = TRANSLATIONS / f"subprocessor_registry_{lang}.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            for text in forms or [translation.text or ""]:
                yield f"{ts.name} {context.findtext('name')}: {message.findtext('source')!r}", \
                    text


def offences(lang: str, text: str) -> list[str]:
    """The rejected variants ``text`` uses, each with the term to use instead."""
    accepted, rejected = rules(lang)
    plain = accepted.sub("§", text) if accepted else text
    plain = plain.replace("&", "")  # a mnemonic's marker splits no word
    return [f"{found.group(0)!r} ({concept}: write {term!r})"
            for concept, term, pattern in rejected for found in pattern.finditer(plain)]


@pytest.mark.parametrize("lang", LANGS)
def test_no_translation_uses_a_rejected_term(lang: str) -> None:
    found = [f"{where}: {', '.join(bad)} in {text!r}"
             for where, text in translations(lang) if (bad := offences(lang, text))]
    assert not found, "\n".join(found)


def test_the_glossary_catches_inflected_forms_and_spares_the_accepted_terms() -> None:
    assert offences("fi", "Alihankkijoiden muutokset")
    assert offences("nb", "Vedlegg B: Databehandlere og underleverandører")
    assert offences("sv", "Vad leverantören gör åt er")
    assert not offences("sv", "Vad leverantören gör åt dig på alla nivåer")
    assert offences("sv", "Inget undertecknat personuppgiftsbiträdesavtal")
    assert not offences("nb", "Allmennhetens interesse eller myndighetsutøvelse")
    assert offences("nb", "Offentlig myndighet")
    assert not offences("da", "Leverandørkæde")
    assert offences("da", "Kæde")
    assert not offences("fi", "Alikäsittelijät")


def test_every_concept_has_one_term_in_each_language_it_names() -> None:
    for concept, entry in GLOSSARY["concepts"].items():
        assert "en" in entry, concept
        for lang in LANGS:
            if lang in entry:
                term = entry[lang]["term"]
                assert not offences(lang, term), (concept, lang)


ENGLISH_CITATION = re.compile(r"\b\d+\(\d+\)")
"""Art. 30(1)(a) and its kin: how English cites, never the other languages
(registry/citations.py writes each language's form)."""


@pytest.mark.parametrize("lang", LANGS)
def test_no_translation_cites_an_article_in_the_english_style(lang: str) -> None:
    found = [f"{where}: {text!r}" for where, text in translations(lang)
             if ENGLISH_CITATION.search(text)]
    assert not found, "\n".join(found)
