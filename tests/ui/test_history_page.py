"""The history in the window: a record's History panel, the History page, its filters, a
double-click to the record, and the page's CSV file."""

from __future__ import annotations

import csv
import datetime as dt
import getpass
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox

from registry import model
from registry.enums import VendorRole
from registry.history import HistoryFilter
from registry.storage import Registry

from ui.context import AppContext
from ui.dialogs import ChooseFileDialog
from ui.editors import OrganisationEditor, VendorEditor
from ui.editors.base import RecordEditor
from ui.mainwindow import MainWindow
from ui.models.history import HistoryTableModel
from ui.pages.history import HistoryPage
from ui.settings import Settings

from tests.ui.models.test_lists import fill_registry
from tests.ui.test_editors import add_vendor, show

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ME = getpass.getuser()


def panel_rows(editor: RecordEditor) -> list[tuple[str, ...]]:
    """What the editor's History panel shows: each row's texts, top to bottom."""
    model = editor.history.view.model()
    return [tuple(model.index(row, col).data() for col in range(model.columnCount()))
            for row in range(model.rowCount())]


def headers(model: Any) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


# --- the model -----------------------------------------------------------------------------


def test_the_model_passes_the_model_tester_and_reads_a_page_at_a_time(
        qtmodeltester: Any, registry: Registry, context: AppContext) -> None:
    fill_registry(registry)
    model = HistoryTableModel(context, page=4)
    model.set_filter(HistoryFilter())

    assert model.rowCount() == 4 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total() > 4
    assert model.entry(0).record == "Customer support"


# --- a record's History panel ----------------------------------------------------------------


def test_a_save_and_its_undo_show_in_the_records_history_panel(
        english: None, context: AppContext, qtbot: QtBot) -> None:
    editor = VendorEditor(context)
    show(qtbot, editor)
    vendor_id = add_vendor(context)
    with qtbot.waitSignal(editor.history.loaded):
        editor.load(vendor_id)
    assert headers(editor.history.view.model()) == ["When", "Who", "Change", "Before", "After"]
    assert [row[1:] for row in panel_rows(editor)] == [(ME, "Created", "", "")]

    role = editor._bindings["role"].widget
    assert isinstance(role, QComboBox)
    choose(role, "Sub-processor")
    with qtbot.waitSignal(editor.history.loaded):
        assert editor.save()

    assert panel_rows(editor)[0][1:] == (ME, "Role", "Processor", "Sub-processor")
    assert panel_rows(editor)[0][0].startswith(dt.date.today().isoformat())

    with qtbot.waitSignal(editor.history.loaded):
        context.undo_stack.undo()

    assert [row[2:] for row in panel_rows(editor)] == [
        ("Role", "Sub-processor", "Processor"),
        ("Role", "Processor", "Sub-processor"),
        ("Created", "", ""),
    ]


def test_the_panel_speaks_the_windows_language(norwegian: AppContext, qtbot: QtBot) -> None:
    editor = VendorEditor(norwegian)
    show(qtbot, editor)
    vendor_id = add_vendor(norwegian, role=VendorRole.SUB_PROCESSOR)
    with qtbot.waitSignal(editor.history.loaded):
        editor.load(vendor_id)
    choose(editor._bindings["role"].widget, "Databehandler")  # type: ignore[arg-type]
    with qtbot.waitSignal(editor.history.loaded):
        editor.save()

    assert headers(editor.history.view.model()) == ["Tidspunkt", "Hvem", "Endring", "Før",
                                                    "Etter"]
    assert [row[2:] for row in panel_rows(editor)] == [
        ("Rolle", "Underdatabehandler", "Databehandler"), ("Opprettet", "", "")]


def test_a_new_record_has_no_history_yet(english: None, context: AppContext,
                                          qtbot: QtBot) -> None:
    editor = VendorEditor(context)
    show(qtbot, editor)
    editor.load(None)

    assert panel_rows(editor) == []
    assert editor.history.empty.isVisibleTo(editor)
    assert editor.history.empty.text() == "No changes yet: the record's history starts when " \
                                          "it is saved."


def test_the_organisations_details_have_their_history(english: None, registry: Registry,
                                                       context: AppContext,
                                                       qtbot: QtBot) -> None:
    fill_registry(registry)
    editor = OrganisationEditor(context)
    show(qtbot, editor)
    qtbot.waitUntil(lambda: bool(panel_rows(editor)))

    assert ("Name", "", "Fjordlys AS") in [row[2:] for row in panel_rows(editor)]


# --- the History page -------------------------------------------------------------------------


@pytest.fixture
def window(english: None, registry: Registry, context: AppContext, qtbot: QtBot,
           tmp_path: Path) -> Iterator[MainWindow]:
    ids = fill_registry(registry)
    context.invalidate()
    win = MainWindow(context, Settings(tmp_path / "settings.ini"))
    win.ids = ids  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.show_page("history")
    yield win


def page_rows(page: HistoryPage) -> list[tuple[str, ...]]:
    model = page.view.model()
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return [tuple(model.index(row, col).data() for col in range(model.columnCount()))
            for row in range(model.rowCount())]


def test_the_history_page_shows_every_change_newest_first(window: MainWindow) -> None:
    page = window.history
    rows = page_rows(page)

    assert headers(page.view.model()) == ["When", "Who", "Kind", "Record", "Change", "Before",
                                          "After"]
    assert rows[0][1:] == (ME, "Processing activity", "Customer support", "Created", "", "")
    assert ("Service", "Helpdesk", "Created", "", "") in [row[2:] for row in rows]
    assert ("Organisation", "Fjordlys AS", "Name", "", "Fjordlys AS") in [
        row[2:] for row in rows]
    assert page.count_label.text() == f"{len(rows)} changes"


def test_the_history_page_filters_by_kind_who_change_text_and_days(
        window: MainWindow, registry: Registry, context: AppContext, qtbot: QtBot) -> None:
    page = window.history
    with registry.session() as session:
        session.add(model.Change(who="kari", entity="vendor", entity_id=window.ids["Zendesk"],
                                 record="Zendesk", action="update", field="status",
                                 old="active", new="retired"))
    context.invalidate()

    choose(page.filter_combos["kind"], "Service")
    assert {row[2] for row in page_rows(page)} == {"Service"}
    choose(page.filter_combos["kind"], "Kind: all")

    choose(page.filter_combos["who"], "kari")
    assert [row[3:] for row in page_rows(page)] == [("Zendesk", "Status", "Active", "Retired")]
    choose(page.filter_combos["who"], "Who: all")

    choose(page.filter_combos["action"], "Created")
    assert {row[4] for row in page_rows(page)} == {"Created"}
    choose(page.filter_combos["action"], "Change: all")

    with qtbot.waitSignal(page.model.modelReset):
        qtbot.keyClicks(page.search, "retired")
    assert [row[3] for row in page_rows(page)] == ["Zendesk"]
    page.search.clear()

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    page.since.setValue(tomorrow)
    assert page_rows(page) == []
    assert page.count_label.text() == "No changes"
    page.since.setValue(None)
    page.until.date_edit.setDate(QDate(2000, 1, 1))
    page.until.check.setChecked(True)
    assert page_rows(page) == []
    page.until.setValue(None)
    assert len(page_rows(page)) > 10


def test_a_double_click_opens_the_record(window: MainWindow, qtbot: QtBot) -> None:
    page = window.history
    rows = page_rows(page)
    row = next(i for i, r in enumerate(rows) if r[3] == "Zendesk")
    view = page.view
    view.scrollTo(view.model().index(row, 3))
    rect = view.visualRect(view.model().index(row, 3))

    # A double-click is a click, then the second press.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.current_page_key() == "vendors"
    assert window.vendors.shown_record_id() == window.ids["Zendesk"]


def test_the_panels_show_all_opens_the_page_on_that_record(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    window.show_page("vendors")
    assert window.vendors.select_record(window.ids["Mailchimp"])
    editor = window.vendors.editor()
    qtbot.waitUntil(lambda: bool(panel_rows(editor)))

    editor.history.show_all.click()

    assert window.current_page_key() == "history"
    assert {row[3] for row in page_rows(window.history)} == {"Mailchimp"}
    assert window.history.record_filter.text() == "Vendor: Mailchimp"
    window.history.clear_record.click()
    assert len({row[3] for row in page_rows(window.history)}) > 1


def test_export_csv_writes_the_rows_the_page_shows(
        window: MainWindow, context: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    add_vendor(context, name='=HYPERLINK("x")')
    page = window.history
    choose(page.filter_combos["kind"], "Vendor")
    out = tmp_path / "history.csv"
    monkeypatch.setattr(ChooseFileDialog, "ask",
                        classmethod(lambda cls, parent, purpose, directory="": out))

    page.export_button.click()

    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    shown = page_rows(page)
    assert rows[0] == headers(page.view.model())
    assert rows[1][3] == "'=HYPERLINK(\"x\")" and shown[0][3] == '=HYPERLINK("x")'
    assert [tuple(row) for row in rows[2:]] == shown[1:]
    assert window.statusBar().currentMessage() == f"Wrote {len(shown)} changes to {out}."


def test_enter_on_a_deleted_records_row_says_it_is_gone(
        window: MainWindow, context: AppContext, qtbot: QtBot) -> None:
    from registry import usecases as uc

    context.run(lambda s: uc.delete_vendors(s, [window.ids["Mailchimp"]]))
    page = window.history
    rows = page_rows(page)
    row = next(i for i, r in enumerate(rows) if r[3] == "Mailchimp" and r[4] == "Created")
    page.view.setCurrentIndex(page.view.model().index(row, 0))

    qtbot.keyClick(page.view, Qt.Key.Key_Return)

    assert window.current_page_key() == "history"
    assert window.statusBar().currentMessage() == "That record is no longer in the registry."
    assert rows[0][3:5] == ("Mailchimp", "Deleted")


def test_an_export_that_cannot_be_written_is_one_sentence_and_writes_nothing(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shown_errors: list[tuple[str, str]]) -> None:
    out = tmp_path / "gone" / "history.csv"
    monkeypatch.setattr(ChooseFileDialog, "ask",
                        classmethod(lambda cls, parent, purpose, directory="": out))

    window.history.export_button.click()

    assert shown_errors == [("Export CSV", f"{out} cannot be written: the folder {out.parent} "
                                           "does not exist.")]
    assert not out.parent.exists()
    assert window.history.export_button.isEnabled()
