"""Starting the app: first start, registries that cannot be opened, language, start options."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from registry.enums import VendorRole
from registry.storage import Registry, open_registry

from ui import app as app_module
from ui.app import install_translations, open_startup_registry, start, ui_language
from ui.dialogs import (
    ChooseFileDialog,
    FirstStartDialog,
    OpenProblemDialog,
    OrganisationNameDialog,
)
from ui.mainwindow import MainWindow
from ui.models import label
from ui.settings import LANGUAGE, Settings

from tests.restricted import ROOT, read_only_medium
from tests.ui.models.test_lists import fill_registry

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Answers:
    """Replaces every start-up question with a scripted answer, and records the questions."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.problems: list[str] = []
        self.problem_answers: list[str] = []
        self.files: list[Path | None] = []
        self.file_purposes: list[str] = []
        self.first_start: list[str | None] = []
        self.first_start_asked = 0
        self.names: list[str | None] = []

        def problem(_cls: object, _parent: object, message: str) -> str:
            self.problems.append(message)
            return self.problem_answers.pop(0)

        def choose(_cls: object, _parent: object, purpose: str, _directory: str = ""
                   ) -> Path | None:
            self.file_purposes.append(purpose)
            return self.files.pop(0)

        def first(_cls: object, _parent: object) -> str | None:
            self.first_start_asked += 1
            return self.first_start.pop(0)

        def name(_cls: object, _parent: object) -> str | None:
            return self.names.pop(0)

        monkeypatch.setattr(OpenProblemDialog, "ask", classmethod(problem))
        monkeypatch.setattr(ChooseFileDialog, "ask", classmethod(choose))
        monkeypatch.setattr(FirstStartDialog, "ask", classmethod(first))
        monkeypatch.setattr(OrganisationNameDialog, "ask", classmethod(name))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def own_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's own registry file (not there yet)."""
    path = tmp_path / "own" / "registry.sqlite3"
    path.parent.mkdir()
    monkeypatch.setenv("SPR_DATABASE", str(path))
    return path


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.sqlite3"
    registry = open_registry(path)
    fill_registry(registry)
    registry.close()
    return path


@pytest.fixture
def opened() -> Iterator[list[Registry]]:
    """Registries a test opened, closed at its end."""
    registries: list[Registry] = []
    yield registries
    for registry in registries:
        registry.close()


def test_a_corrupt_file_says_why_and_offers_another(
    tmp_path: Path, answers: Answers, good_file: Path, opened: list[Registry]
) -> None:
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\x13" * 2000)
    answers.problem_answers = ["open_other"]
    answers.files = [good_file]
    registry = open_startup_registry(str(corrupt))
    assert registry is not None
    opened.append(registry)
    assert answers.problems == [
        f"{corrupt} is damaged and cannot be read (the file is corrupt)."]
    assert answers.file_purposes == ["open"]
    assert registry.path == good_file


def test_a_file_that_is_not_a_registry_says_so(tmp_path: Path, answers: Answers) -> None:
    other = tmp_path / "notes.sqlite3"
    other.write_text("shopping list")
    answers.problem_answers = ["quit"]
    assert open_startup_registry(str(other)) is None
    assert answers.problems == [
        f"{other} is not a registry database (it is not an SQLite file)."]


def test_a_registry_from_a_newer_version_says_so(tmp_path: Path, answers: Answers) -> None:
    newer = tmp_path / "newer.sqlite3"
    open_registry(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    answers.problem_answers = ["quit"]
    assert open_startup_registry(str(newer)) is None
    assert answers.problems[0].startswith(f"{newer} was saved by a newer version")


def test_a_missing_file_can_be_replaced_by_a_new_registry(
    tmp_path: Path, answers: Answers, opened: list[Registry]
) -> None:
    missing = tmp_path / "missing.sqlite3"
    new = tmp_path / "new.sqlite3"
    answers.problem_answers = ["open_other", "new"]
    answers.files = [None, new]
    answers.names = ["Nordlys AS"]
    registry = open_startup_registry(str(missing))
    assert registry is not None
    opened.append(registry)
    assert answers.problems == [f"{missing} does not exist.", f"{missing} does not exist."]
    assert registry.path == new
    with registry.read() as session:
        from registry.snapshot import load_snapshot

        assert load_snapshot(session).organisation.name == "Nordlys AS"


def test_first_start_offers_the_demo_and_loads_it(
    qapp: QApplication, qtbot: QtBot, own_database: Path, answers: Answers, tmp_path: Path
) -> None:
    answers.first_start = ["demo"]
    window = start(None, Settings(tmp_path / "settings.ini"))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert answers.first_start_asked == 1
    assert own_database.exists()
    assert window.windowTitle() == "Smart Solution AS — registry.sqlite3[*]"
    window.show_page("vendors")
    assert "Zendesk" in window.vendors.row_texts()
    window.context.registry.close()


def test_first_start_with_an_empty_registry_asks_the_name(
    qapp: QApplication, qtbot: QtBot, own_database: Path, answers: Answers, tmp_path: Path
) -> None:
    answers.first_start = ["empty", "empty"]
    answers.names = [None, "Fjellnett AS"]
    window = start(None, Settings(tmp_path / "settings.ini"))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert answers.first_start_asked == 2
    assert window.windowTitle() == "Fjellnett AS — registry.sqlite3[*]"
    window.show_page("vendors")
    assert window.vendors.row_count() == 0
    window.context.registry.close()


def test_first_start_can_open_an_existing_file(
    own_database: Path, answers: Answers, good_file: Path, opened: list[Registry]
) -> None:
    answers.first_start = ["open"]
    answers.files = [good_file]
    registry = open_startup_registry(None)
    assert registry is not None
    opened.append(registry)
    assert registry.path == good_file
    assert not own_database.exists()


def test_quitting_at_first_start_opens_nothing(
    qapp: QApplication, own_database: Path, answers: Answers, tmp_path: Path
) -> None:
    answers.first_start = [None]
    assert start(None, Settings(tmp_path / "settings.ini")) is None
    assert not own_database.exists()


def test_an_existing_own_registry_opens_without_questions(
    own_database: Path, answers: Answers, opened: list[Registry]
) -> None:
    open_registry(own_database).close()
    registry = open_startup_registry(None)
    assert registry is not None
    opened.append(registry)
    assert answers.first_start_asked == 0
    assert registry.path == own_database


def test_start_options_pick_the_page_and_the_record(
    qapp: QApplication, qtbot: QtBot, good_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPR_START_PAGE", "vendors")
    monkeypatch.setenv("SPR_SELECT", "zendesk")
    window = start(str(good_file), Settings(tmp_path / "settings.ini"))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.current_page_key() == "vendors"
    assert window.vendors.selected_names() == ["Zendesk"]
    window.context.registry.close()


def test_start_options_make_a_supposition(
    qapp: QApplication, qtbot: QtBot, good_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPR_WHAT_IF_AS_OF", "2031-12-28")
    monkeypatch.setenv("SPR_WHAT_IF_REVOKE", "us-dpf,jp")
    window = start(str(good_file), Settings(tmp_path / "settings.ini"))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    supposition = window.context.supposition()
    assert supposition is not None
    assert (supposition.as_of, supposition.revoked) == (dt.date(2031, 12, 28), ("jp", "us-dpf"))
    assert window.overview.what_if.banner.isVisibleTo(window)
    window.context.registry.close()


def test_the_language_comes_from_the_setting_or_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.set(LANGUAGE, "nb")
    assert ui_language(settings) == "nb"
    monkeypatch.setenv("SPR_LANGUAGE", "en")
    assert ui_language(settings) == "en"


def test_the_norwegian_translation_loads(qapp: QApplication) -> None:
    installed = install_translations(qapp, "nb")
    try:
        assert installed
        translate = QCoreApplication.translate
        assert translate("MainWindow", "Vendors") == "Leverandører"
        assert translate("MainWindow", "Transfers") == "Overføringer"
        assert translate("VendorsPage", "%n vendor(s)", None, 2) == "2 leverandører"
        assert translate("VendorsPage", "%n vendor(s)", None, 1) == "1 leverandør"
        assert label(VendorRole.SUB_PROCESSOR) == "Underdatabehandler"
        assert translate("errors", "Something went wrong") == "Noe gikk galt"
        assert translate("undo", "Undo") == "Angre"
        assert translate("ReportsMenu", "Sub-processor list (PDF)…") == (
            "Liste over underdatabehandlere (PDF) …")
        from ui.widgets.labels import art9_conditions, derogations

        assert art9_conditions()[1][1] == "Uttrykkelig samtykke (art. 9 nr. 2 bokstav a)"
        assert derogations()[-1][1] == (
            "Tvingende berettigede interesser (art. 49 nr. 1 annet ledd)")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_english_has_its_plural_forms(qapp: QApplication) -> None:
    installed = install_translations(qapp, "en")
    try:
        translate = QCoreApplication.translate
        assert translate("VendorsPage", "%n vendor(s)", None, 1) == "1 vendor"
        assert translate("VendorsPage", "%n vendor(s)", None, 3) == "3 vendors"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_translations_are_shipped() -> None:
    for language in ("nb", "en"):
        assert (app_module.TRANSLATIONS / f"subprocessor_registry_{language}.qm").exists()
        assert (app_module.TRANSLATIONS / f"subprocessor_registry_{language}.ts").exists()


WINDOW_ON = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ui import context as context_module
from ui.app import install_translations, open_startup_registry
from ui.context import AppContext, ImmediateTasks
from ui.dialogs import OpenProblemDialog
from ui.mainwindow import MainWindow
from ui.models import label
from ui.settings import Settings

def problem(cls, parent, message):
    print(json.dumps({"problem": message}))
    sys.exit(0)

OpenProblemDialog.ask = classmethod(problem)
context_module.default_tasks = ImmediateTasks
app = QApplication([])
install_translations(app, "en")
registry = open_startup_registry(sys.argv[1])
context = AppContext(registry)
context.language = "en"
window = MainWindow(context, Settings(Path(sys.argv[2])))
window.show()
app.processEvents()
print(json.dumps({"banner": window.banner.isVisible() and window.banner.text(),
                  "vendors": len(context.snapshot().vendors)}))
"""
"""Opens the window on a registry as the app does at start, and tells what it shows."""


def test_a_registry_on_a_read_only_medium_opens_with_the_read_only_banner(
    tmp_path: Path,
) -> None:
    media = tmp_path / "media"
    media.mkdir()
    path = media / "registry.sqlite3"
    registry = open_registry(path)
    fill_registry(registry)
    registry.close()

    shown = subprocess.run(
        [*read_only_medium(media), sys.executable, "-c", WINDOW_ON, str(path),
         str(tmp_path / "settings.ini")],
        capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )

    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == {
        "banner": "This registry is open read-only: changes cannot be saved.", "vendors": 5}
