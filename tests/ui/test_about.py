"""Help ▸ About names the release and the day the legal facts were stated as of, in the
window's language."""

from __future__ import annotations

import datetime as dt
import json
from importlib import metadata
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication

from registry.messages import date_text

from ui.app import install_translations
from ui.context import AppContext
from ui.dialogs import AboutDialog
from ui.mainwindow import MainWindow
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
VERSION = metadata.version("subprocessor-registry")
STATED = dt.date.fromisoformat(json.loads(
    (ROOT / "resources" / "legal_facts.json").read_text("utf-8"))["stated_as_of"])


def shown_text(box: AboutDialog) -> str:
    """What the dialog says, as a person reads it (no markup)."""
    parts = (box.text(), box.informativeText())
    return "\n".join(QTextDocumentFragment.fromHtml(part).toPlainText() for part in parts)


def test_help_about_names_the_version_and_the_legal_facts_date(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda box: shown.append(shown_text(box)) or 0)
    window = MainWindow(context, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    about = [a for a in window.help_menu.actions() if a.text() == "&About Subprocessor Registry"]
    about[0].trigger()
    assert len(shown) == 1
    lines = shown[0].splitlines()
    assert lines[:3] == ["Subprocessor Registry", f"Version {VERSION}",
                         f"Legal facts as of {STATED.day} {STATED:%b} {STATED.year}"]


@pytest.mark.parametrize(("language", "version", "facts"), [
    ("nb", "Versjon {0}", "Juridiske fakta per {0}"),
    ("da", "Version {0}", "Juridiske fakta pr. {0}"),
    ("sv", "Version {0}", "Rättsliga fakta per den {0}"),
    ("fi", "Versio {0}", "Oikeudellisten tietojen tilanne {0}"),
])
def test_about_speaks_the_windows_language(
    qapp: QApplication, qtbot: QtBot, language: str, version: str, facts: str
) -> None:
    installed = install_translations(qapp, language)
    try:
        box = AboutDialog(None)
        qtbot.addWidget(box)
        lines = shown_text(box).splitlines()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert lines[1:3] == [version.format(VERSION), facts.format(date_text(STATED, language))]
    assert box.windowTitle() != "About Subprocessor Registry"
