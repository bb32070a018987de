"""The problems that stop an action are shown in the window's language: a registry that cannot
be opened at start or from the File menu, a vendor that cannot be deleted because of its
sub-processors, a deletion that cannot be undone, a report that cannot be written. The window's
own words (titles, buttons) come from Qt's translations, the sentences from the registry's error
tables."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from registry import forms
from registry import usecases as uc
from registry.storage import Registry

from ui import app as app_module
from ui.app import start
from ui.context import AppContext
from ui.dialogs import ConfirmDeleteDialog
from ui.mainwindow import MainWindow
from ui.reports_menu import ReportDialog, ReportRequest, ReportRunner
from ui.settings import LANGUAGE, Settings

from tests.reports.conftest import AS_OF
from tests.ui.test_startup import Answers

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CORRUPT = b"SQLite format 3\x00" + b"\x13" * 2000


@pytest.fixture
def translators(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The translations the app installs while a test runs are taken away after it."""
    installed: list[QTranslator] = []
    install = app_module.install_translations

    def recorded(app: QApplication, language: str) -> list[QTranslator]:
        done = install(app, language)
        installed.extend(done)
        return done

    monkeypatch.setattr(app_module, "install_translations", recorded)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def norwegian_settings(tmp_path: Path) -> Settings:
    settings = Settings(tmp_path / "settings.ini")
    settings.set(LANGUAGE, "nb")
    return settings


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def test_a_corrupt_registry_at_start_is_explained_in_norwegian(
    qapp: QApplication, tmp_path: Path, translators: None, norwegian_settings: Settings,
    answers: Answers,
) -> None:
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(CORRUPT)
    answers.problem_answers = ["quit"]

    assert start(str(corrupt), norwegian_settings) is None

    assert answers.problems == [f"{corrupt} er skadet og kan ikke leses (filen er ødelagt)."]


def test_a_registry_at_start_is_explained_in_english_in_an_english_window(
    qapp: QApplication, tmp_path: Path, translators: None, answers: Answers,
) -> None:
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(CORRUPT)
    settings = Settings(tmp_path / "settings.ini")
    settings.set(LANGUAGE, "en")
    answers.problem_answers = ["quit"]

    assert start(str(corrupt), settings) is None

    assert answers.problems == [
        f"{corrupt} is damaged and cannot be read (the file is corrupt)."]


def test_a_new_registry_that_cannot_replace_a_folder_is_explained_in_norwegian(
    qapp: QApplication, tmp_path: Path, translators: None, norwegian_settings: Settings,
    answers: Answers, shown_errors: list[tuple[str, str]],
) -> None:
    missing = tmp_path / "missing.sqlite3"
    folder = tmp_path / "a-folder"
    folder.mkdir()
    answers.problem_answers = ["new", "quit"]
    answers.files = [folder]
    answers.names = ["Fjordlys AS"]

    assert start(str(missing), norwegian_settings) is None

    assert answers.problems == [f"{missing} finnes ikke."] * 2
    [(_title, text)] = shown_errors
    assert text.startswith(f"{folder} kan ikke erstattes: ")


def test_the_first_start_explains_in_norwegian(
    qapp: QApplication, tmp_path: Path, translators: None, norwegian_settings: Settings,
    monkeypatch: pytest.MonkeyPatch, answers: Answers, shown_errors: list[tuple[str, str]],
) -> None:
    own = tmp_path / "gone" / "registry.sqlite3"
    monkeypatch.setenv("SPR_DATABASE", str(own))
    answers.first_start = ["demo", None]

    assert start(None, norwegian_settings) is None

    assert shown_errors == [("Subprocessor Registry", (
        f"{own} kan ikke opprettes: mappen {own.parent} finnes ikke."))]


# --- in the Norwegian main window -----------------------------------------------------------


@pytest.fixture
def window(qapp: QApplication, qtbot: QtBot, context: AppContext, tmp_path: Path,
           translators: None) -> MainWindow:
    """The main window in Norwegian over a registry with Zendesk and its two sub-processors."""
    app_module.install_translations(qapp, "nb")
    context.language = "nb"
    with context.registry.session() as session:
        zendesk = uc.create_vendor(session, forms.VendorForm("Zendesk", country="US"))
        for name in ("Sunshine Conversations", "Amazon Web Services EMEA SARL"):
            uc.create_vendor(session, forms.VendorForm(name, country="US", parent_id=zendesk))
        uc.create_vendor(session, forms.VendorForm("Mailchimp", country="US"))
    context.invalidate()
    win = MainWindow(context, Settings(tmp_path / "window.ini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("vendors")
    return win


def delete(window: MainWindow, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ConfirmDeleteDialog, "ask", classmethod(lambda *_args: True))
    page = window.vendors
    [record_id] = [page.model.record_id(row) for row in range(page.model.rowCount())
                   if page.model.name(row) == name]
    page.select_record(record_id)
    window.delete_action.trigger()


def test_deleting_a_vendor_with_sub_processors_is_refused_in_norwegian(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, shown_errors: list[tuple[str, str]],
) -> None:
    delete(window, "Zendesk", monkeypatch)

    assert shown_errors == [("Subprocessor Registry", (
        "Leverandøren «Zendesk» kan ikke slettes: underdatabehandlerne «Amazon Web Services "
        "EMEA SARL» og «Sunshine Conversations» ville da stå uten overordnet leverandør. "
        "Slett dem også, eller gi dem en annen overordnet leverandør først."))]
    assert "Zendesk" in window.vendors.row_texts()


def test_undoing_a_deletion_whose_name_is_taken_is_refused_in_norwegian(
    window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[tuple[str, str]],
) -> None:
    delete(window, "Mailchimp", monkeypatch)
    assert "Mailchimp" not in window.vendors.row_texts()
    with context.registry.session() as theirs:
        uc.create_vendor(theirs, forms.VendorForm("MAILCHIMP", country="US"))

    window.undo_action.trigger()

    assert shown_errors == [("Angre", (
        "«Mailchimp» kan ikke gjenopprettes: det finnes allerede en leverandør som heter "
        "«MAILCHIMP». Gi den andre et nytt navn, eller slett den først."))]


def test_a_report_to_a_missing_folder_is_refused_in_norwegian(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[tuple[str, str]],
) -> None:
    out = tmp_path / "nowhere" / "subprocessors.pdf"
    # The report itself in English: the problem is still said in the window's language.
    request = ReportRequest("subprocessors-pdf", out, "en", None, AS_OF)
    monkeypatch.setattr(ReportDialog, "ask", classmethod(lambda *_args: request))

    window.reports_menu.aboutToShow.emit()  # the user opens the Reports menu
    action = window.findChild(QAction, "report-subprocessors-pdf")
    assert action is not None
    action.trigger()
    runner = window.findChild(ReportRunner)
    assert runner is not None
    with qtbot.waitSignal(runner.ended, timeout=30000):
        pass

    assert shown_errors == [("Rapporten ble ikke laget", (
        f"{out} kan ikke skrives: mappen {out.parent} finnes ikke."))]
    assert not out.parent.exists()


def test_opening_a_corrupt_file_from_the_menu_is_explained_in_norwegian(
    window: MainWindow, registry: Registry, tmp_path: Path,
    shown_errors: list[tuple[str, str]],
) -> None:
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(CORRUPT)

    assert not window.open_file(corrupt)

    assert shown_errors == [("Registeret kan ikke åpnes", (
        f"{corrupt} er skadet og kan ikke leses (filen er ødelagt)."))]
    assert window.context.registry is registry
