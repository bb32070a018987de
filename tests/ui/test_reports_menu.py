"""The Reports menu: options asked, work off the GUI thread, progress, cancel, open."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton

from reports import REPORTS

import ui.reports_menu
from ui.context import AppContext
from ui.reports_menu import (
    OpenReportDialog,
    ReportDialog,
    ReportRequest,
    ReportRunner,
    populate_reports_menu,
)

from tests.reports.conftest import AS_OF, build_fixture


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> QMainWindow:
    context.run(build_fixture)
    win = QMainWindow()
    qtbot.addWidget(win)
    menu = win.menuBar().addMenu("&Reports")
    populate_reports_menu(menu, win, context)
    win.reports_menu = menu  # type: ignore[attr-defined]
    return win


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files the user chose to open at the end (and the URLs handed to the desktop)."""
    asked: list[Path] = []

    def ask(cls: object, parent: object, path: Path) -> bool:
        asked.append(path)
        return True

    def open_url(url: QUrl) -> bool:
        asked.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(OpenReportDialog, "ask", classmethod(ask))
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return asked


def answer(monkeypatch: pytest.MonkeyPatch, request: ReportRequest | None) -> None:
    monkeypatch.setattr(ReportDialog, "ask", classmethod(lambda cls, p, c, k: request))


def action(window: QMainWindow, kind: str) -> object:
    menu: QMenu = window.reports_menu  # type: ignore[attr-defined]
    return next(a for a in menu.actions() if a.objectName() == f"report-{kind}")


def test_one_action_per_report(window: QMainWindow) -> None:
    menu: QMenu = window.reports_menu  # type: ignore[attr-defined]
    assert [a.text() for a in menu.actions()] == [
        "Article 30 register (Excel)…", "Records of processing (PDF)…",
        "Sub-processor list (PDF)…", "Sub-processor list (web page)…"]


@pytest.mark.parametrize("kind", list(REPORTS))
def test_report_runs_and_offers_to_open(
    qtbot: QtBot, window: QMainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    opened: list[Path], kind: str
) -> None:
    out = tmp_path / f"report{REPORTS[kind].suffix}"
    answer(monkeypatch, ReportRequest(kind, out, "nb", None, AS_OF))
    action(window, kind).trigger()  # type: ignore[attr-defined]
    runner = window.findChild(ReportRunner)
    assert runner is not None
    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        pass
    assert blocker.args == [out]
    assert out.stat().st_size > 1000
    assert opened == [out, out]  # offered, then handed to the desktop


def test_workbook_from_the_menu_has_the_chosen_language(
    qtbot: QtBot, window: QMainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    opened: list[Path]
) -> None:
    out = tmp_path / "ropa.xlsx"
    answer(monkeypatch, ReportRequest("ropa-xlsx", out, "sv", "Helpdesk", AS_OF))
    action(window, "ropa-xlsx").trigger()  # type: ignore[attr-defined]
    runner = window.findChild(ReportRunner)
    with qtbot.waitSignal(runner.ended, timeout=30000):
        pass
    assert "Personuppgiftsansvarig" in openpyxl.load_workbook(out).sheetnames


def test_cancel_stops_the_run_and_leaves_no_file(
    qtbot: QtBot, window: QMainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    opened: list[Path]
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "ropa.pdf"
    answer(monkeypatch, ReportRequest("ropa-pdf", out, "en", None, AS_OF))
    real = ui.reports_menu.render_report

    def long_run(*args: Any, cancelled: Callable[[], bool], **kwargs: Any) -> None:
        # A long report: the worker is busy until the user cancels (or 30 s pass).
        deadline = time.monotonic() + 30
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.005)
        real(*args, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(ui.reports_menu, "render_report", long_run)
    action(window, "ropa-pdf").trigger()  # type: ignore[attr-defined]
    runner = window.findChild(ReportRunner)
    assert runner is not None
    runner.progress.findChild(QPushButton).click()  # the Cancel button
    with qtbot.waitSignal(runner.ended, timeout=30000):
        pass
    assert not out.exists()
    assert opened == []
    assert list(folder.iterdir()) == []


def test_a_problem_is_shown_as_a_sentence(
    qtbot: QtBot, window: QMainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    opened: list[Path], shown_errors: list[tuple[str, str]]
) -> None:
    out = tmp_path / "missing-folder" / "list.html"
    answer(monkeypatch, ReportRequest("subprocessors-html", out, "en", None, AS_OF))
    action(window, "subprocessors-html").trigger()  # type: ignore[attr-defined]
    runner = window.findChild(ReportRunner)
    with qtbot.waitSignal(runner.ended, timeout=30000):
        pass
    assert len(shown_errors) == 1
    title, text = shown_errors[0]
    assert title == "The report was not created"
    assert "does not exist" in text
    assert opened == []


@pytest.mark.sqlite_only
def test_a_report_chosen_onto_the_open_registry_is_refused(
    qtbot: QtBot, window: QMainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch,
    opened: list[Path], shown_errors: list[tuple[str, str]]
) -> None:
    out = context.registry.path
    assert out is not None
    before = out.read_bytes()
    answer(monkeypatch, ReportRequest("ropa-pdf", out, "en", None, AS_OF))
    action(window, "ropa-pdf").trigger()  # type: ignore[attr-defined]
    runner = window.findChild(ReportRunner)
    with qtbot.waitSignal(runner.ended, timeout=30000):
        pass

    assert shown_errors == [("The report was not created", f"{out} is the registry that is "
                             "open. A report or an export never replaces it: choose another "
                             "file name.")]
    assert out.read_bytes() == before and opened == []


def test_nothing_happens_when_the_dialog_is_cancelled(
    window: QMainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, None)
    action(window, "ropa-pdf").trigger()  # type: ignore[attr-defined]
    assert window.findChild(ReportRunner) is None


def test_dialog_offers_languages_services_and_date(
    qtbot: QtBot, window: QMainWindow, context: AppContext
) -> None:
    context.as_of = dt.date(2026, 11, 21)
    dialog = ReportDialog(window, context, "subprocessors-pdf")
    qtbot.addWidget(dialog)
    languages = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert languages == ["en", "nb", "da", "sv", "fi"]
    services = [dialog.service.itemText(i) for i in range(dialog.service.count())]
    assert services == ["All services", "Helpdesk", "SMS gateway"]
    dialog.language.setCurrentIndex(1)
    dialog.service.setCurrentIndex(2)
    assert Path(dialog.output.text()).name == "subprocessors-pdf-nb-SMS-gateway-2026-11-21.pdf"
    dialog.output.setText("/tmp/list.pdf")
    request = dialog.request()
    assert request == ReportRequest("subprocessors-pdf", Path("/tmp/list.pdf"), "nb",
                                    "SMS gateway", dt.date(2026, 11, 21))


def test_the_save_as_field_shows_the_file_name_from_its_start(
    qtbot: QtBot, window: QMainWindow, context: AppContext
) -> None:
    dialog = ReportDialog(window, context, "ropa-xlsx")
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.output
    deep = Path.home() / "Documents" / "Privacy" / "Registers of processing activities" / \
        "Board meeting, second quarter" / "Drafts for the data protection officer"
    field.setText(str(deep / "x.xlsx"))  # as if chosen with Choose…
    dialog.language.setCurrentIndex(1)  # the suggested name follows, in that folder

    text = field.text()
    name = Path(text).name
    start = text.rindex(name)
    metrics = field.fontMetrics()

    def name_shown_whole() -> bool:
        # Where the name starts, from the cursor (a line edit scrolls when it paints).
        cursor_x, cursor = field.cursorRect().center().x(), field.cursorPosition()
        name_x = cursor_x - metrics.horizontalAdvance(text[start:cursor]) if cursor >= start \
            else cursor_x + metrics.horizontalAdvance(text[cursor:start])
        return 0 <= name_x and name_x + metrics.horizontalAdvance(name) <= field.width()

    qtbot.waitUntil(name_shown_whole, timeout=2000)
    assert field.toolTip() == text


@pytest.mark.parametrize(("language", "shown"), [
    ("en", "2 Dec 2026"), ("nb", "02.12.2026"), ("da", "02.12.2026"), ("sv", "2026-12-02"),
    ("fi", "2.12.2026"),
])
def test_the_as_of_date_reads_as_dates_do_in_the_language_of_the_window(
    qtbot: QtBot, window: QMainWindow, context: AppContext, language: str, shown: str
) -> None:
    context.as_of = dt.date(2026, 12, 2)
    context.language = language
    dialog = ReportDialog(window, context, "ropa-pdf")
    qtbot.addWidget(dialog)

    assert dialog.as_of.text() == shown
    assert dialog.request().as_of == dt.date(2026, 12, 2)


@pytest.mark.parametrize("choice", ["folder", "copy", "close"])
def test_without_a_viewer_the_user_is_told_where_the_report_is(
    qtbot: QtBot, window: QMainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    choice: str
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.reports_menu import NoViewerDialog

    out = tmp_path / "ropa.pdf"
    answer(monkeypatch, ReportRequest("ropa-pdf", out, "en", None, AS_OF))
    monkeypatch.setattr(OpenReportDialog, "ask", classmethod(lambda cls, parent, path: True))
    handed: list[QUrl] = []

    def no_viewer(url: QUrl) -> bool:
        handed.append(url)
        return url.toLocalFile() == str(tmp_path)  # a file manager, but no PDF viewer

    monkeypatch.setattr(QDesktopServices, "openUrl", no_viewer)
    told: list[str] = []

    def ask(cls: object, parent: object, path: Path) -> str:
        told.append(str(path))
        return choice

    monkeypatch.setattr(NoViewerDialog, "ask", classmethod(ask))
    QApplication.clipboard().clear()

    action(window, "ropa-pdf").trigger()  # type: ignore[attr-defined]
    runner = window.findChild(ReportRunner)
    with qtbot.waitSignal(runner.ended, timeout=30000):
        pass

    assert told == [str(out)]
    assert [Path(url.toLocalFile()) for url in handed] == (
        [out, tmp_path] if choice == "folder" else [out])
    assert QApplication.clipboard().text() == (str(out) if choice == "copy" else "")


def test_no_viewer_dialog_says_where_the_file_is(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.reports_menu import NoViewerDialog

    box = NoViewerDialog.box(None, tmp_path / "ropa.pdf")
    qtbot.addWidget(box)

    assert str(tmp_path / "ropa.pdf") in box.text()
    assert {b.text() for b in box.buttons()} == {"Show Folder", "Copy Path", "Close"}
