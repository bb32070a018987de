"""The shipped translations hold every text of the app, in the context Qt looks it up in,
with the placeholders, mnemonics and tags of the English text; and the compiled ``.qm``
files the app loads are those of the ``.ts`` files."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from PySide6.QtWidgets import QApplication

from registry.enums import VendorRole, VendorStatus

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"

Texts = dict[tuple[str, str], str | tuple[str, ...]]


def _update_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update",
                                                  TRANSLATIONS / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _update_module()
SHIPPED = update.ts_files()


def texts(path: Path) -> tuple[Texts, list[tuple[str, str]]]:
    """The messages in use of a ``.ts`` file, and those still to translate."""
    found: Texts = {}
    waiting: list[tuple[str, str]] = []
    for ctx in ET.parse(path).getroot().iter("context"):
        for message in ctx.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in update.GONE:
                continue
            key = (ctx.findtext("name") or "", message.findtext("source") or "")
            forms = tuple(f.text or "" for f in translation.findall("numerusform"))
            found[key] = forms or translation.text or ""
            if translation.get("type") == "unfinished":
                waiting.append(key)
    return found, waiting


def test_every_language_of_the_menu_is_shipped() -> None:
    from registry.enums import LANGUAGES

    assert {p.stem.rsplit("_", 1)[1] for p in SHIPPED} == set(LANGUAGES)


def test_every_text_of_the_app_is_translated_in_its_run_time_context(tmp_path: Path) -> None:
    """What ``make translations`` makes of the source is what is shipped: no text of the
    app is missing, none waits for a translation, none is kept for nothing."""
    (tmp_path / "resources").mkdir()
    folder = tmp_path / "resources" / "translations"
    folder.mkdir()
    (tmp_path / "ui").symlink_to(ROOT / "ui")
    copies = [Path(shutil.copy(ts, folder)) for ts in SHIPPED]

    update.update(copies, tmp_path)

    for shipped, fresh in zip(SHIPPED, copies, strict=True):
        now, waiting = texts(fresh)
        before, _ = texts(shipped)
        assert not waiting, (
            f"{shipped.name}: texts of the app without a translation (run `make "
            f"translations` and translate them): {waiting}")
        assert not [k for k in now if not k[0]], f"{shipped.name}: texts without a context"
        assert sorted(now) == sorted(before), (
            f"{shipped.name} is not up to date with the source: run `make translations`")
        assert now == before


def test_the_compiled_translations_are_those_of_the_sources(tmp_path: Path) -> None:
    update.lrelease(SHIPPED, tmp_path)
    for ts in SHIPPED:
        qm = ts.with_suffix(".qm")
        assert (tmp_path / qm.name).read_bytes() == qm.read_bytes(), (
            f"{qm.name} is older than {ts.name}: run `make translations`")


PLACEHOLDERS = re.compile(r"\{\d+\}|%n|%\d|</?[a-z]+[^>]*>")


@pytest.mark.parametrize("ts", [p for p in SHIPPED if not p.stem.endswith("_en")],
                         ids=lambda p: p.stem.rsplit("_", 1)[1])
def test_translations_keep_placeholders_mnemonics_and_tags(ts: Path) -> None:
    found, _ = texts(ts)
    for (context, source), translated in found.items():
        for text in (translated if isinstance(translated, tuple) else (translated,)):
            where = f"{context}: {source!r} -> {text!r}"
            assert text.strip(), where
            assert set(PLACEHOLDERS.findall(text)) == set(PLACEHOLDERS.findall(source)), where
            assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), where


@pytest.mark.parametrize("language", ["nb", "da", "sv", "fi"])
def test_the_window_and_the_reports_name_the_vocabulary_alike(qapp: QApplication,
                                                              language: str) -> None:
    """One label per value: a vendor's role or status reads the same in a window and in a
    report of the same language."""
    from reports.i18n import Strings

    from ui.app import install_translations
    from ui.i18n import language as window_language
    from ui.models import label

    report = Strings(language)
    installed = install_translations(qapp, language)
    try:
        for role in VendorRole:
            assert label(role) == report.label("role", role), role
        for status in VendorStatus:
            assert label(status) == report.label("status", status), status
        assert window_language() == language
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert window_language() == "en"


def test_a_new_modules_texts_go_to_the_context_its_translator_names(tmp_path: Path) -> None:
    """A module with ``tr = translator("…")`` needs no step in update.py: its texts are
    filed, and looked up, under the context it names."""
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "greeting.py").write_text(
        'from ui.i18n import translator\n\ntr = translator("greeting")\n\n\n'
        'def hello() -> str:\n    return tr("Good morning")\n', encoding="utf-8")
    (tmp_path / "ui" / "page.py").write_text(
        "class Page:\n    def words(self) -> list[str]:\n        tr = self.tr\n"
        '        return [tr("Good evening")]\n', encoding="utf-8")
    ts = tmp_path / "subprocessor_registry_nb.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  '<TS version="2.1" language="nb_NO"></TS>\n', encoding="utf-8")

    assert update.runtime_contexts(tmp_path) == {"ui/greeting.py": "greeting",
                                                 "ui/page.py": "Page"}
    update.update([ts], tmp_path)

    found, waiting = texts(ts)
    assert sorted(found) == [("Page", "Good evening"), ("greeting", "Good morning")]
    assert sorted(waiting) == sorted(found)
