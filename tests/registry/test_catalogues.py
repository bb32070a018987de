"""The gettext catalogues hold every text of the domain and the reports, translated: what
``make translations`` makes of the source is what is shipped, each translation keeps the
placeholders of its English text, and the compiled ``.mo`` files the app reads are those of
the ``.po`` files."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from registry.catalogues import LOCALE_DIR, translations
from registry.messages import LANGUAGES, placeholders


def _update_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("locale_update", LOCALE_DIR / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _update_module()
OTHERS = [lang for lang in LANGUAGES if lang != "en"]


def test_every_language_but_english_has_its_catalogues() -> None:
    assert list(update.LANGUAGES) == OTHERS
    for po in update.po_files():
        assert po.exists(), po
        assert po.with_suffix(".mo").exists(), po


def test_the_catalogues_are_those_of_the_source(tmp_path: Path) -> None:
    """Every text of the source is in every catalogue, translated, and nothing else."""
    fresh = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, fresh, ignore=shutil.ignore_patterns("*.py", "__pycache__"))

    update.update(fresh)

    for po in update.po_files(fresh):
        shipped = LOCALE_DIR / po.relative_to(fresh)
        waiting = update.waiting(update.read_catalog(po))
        assert not waiting, (
            f"{shipped.relative_to(LOCALE_DIR)}: texts without a translation, or to review "
            f"(run `make translations` and translate them): {waiting}")
        assert po.read_bytes() == shipped.read_bytes(), (
            f"{shipped.relative_to(LOCALE_DIR)} is not up to date with the source: run `make "
            f"translations`")
    for domain in update.DOMAINS:
        pot = f"{domain}.pot"
        assert (fresh / pot).read_bytes() == (LOCALE_DIR / pot).read_bytes(), (
            f"{pot} is not up to date with the source: run `make translations`")


def test_the_compiled_catalogues_are_those_of_the_sources() -> None:
    for po in update.po_files():
        assert po.with_suffix(".mo").read_bytes() == update.mo_bytes(po), (
            f"{po.with_suffix('.mo').name} of {po.parent.parent.name} is older than its .po: "
            f"run `make translations`")


@pytest.mark.parametrize("lang", OTHERS)
def test_translations_keep_the_placeholders_of_the_english(lang: str) -> None:
    for domain in update.DOMAINS:
        for message in update.read_catalog(update.po_path(LOCALE_DIR, lang, domain)):
            if not message.id or "python-brace-format" not in message.flags:
                continue
            english = message.id if isinstance(message.id, tuple) else (message.id,)
            forms = message.string if isinstance(message.string, tuple) else (message.string,)
            expected = placeholders(english[-1])
            for text in forms:
                assert text.strip(), (domain, message.context)
                assert placeholders(text) == expected, (lang, domain, message.context, text)


def test_an_unknown_language_has_no_catalogue() -> None:
    assert translations("registry", "de") == {}
    assert translations("registry", "en") == {}
