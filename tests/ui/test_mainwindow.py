"""The main window driven as a user would: pages, search, filters, findings, delete and undo,
unsaved changes, read-only registries, files, and the window's state across restarts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from registry.storage import Registry, open_registry

from ui.app import install_translations
from ui.context import AppContext
from ui.dialogs import (
    ChooseFileDialog,
    ConfirmDeleteDialog,
    ConfirmImportDialog,
    OrganisationNameDialog,
)
from ui.mainwindow import MainWindow
from ui.pages import ListPage, VendorsPage
from ui.settings import LANGUAGE, RECENT_FILES, Settings

from tests.ui.models.test_lists import fill_registry

# The offscreen platform cannot pass a window's size limits on; it says so on every change.
pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.usefixtures("english")]

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot: QtBot, settings_path: Path) -> WindowFactory:
    """Builds a shown main window over a context, with its own settings file."""

    def make(context: AppContext) -> MainWindow:
        window = MainWindow(context, Settings(settings_path))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def filled(registry: Registry, context: AppContext) -> dict[str, int]:
    ids = fill_registry(registry)
    context.invalidate()
    return ids


@pytest.fixture
def window(make_window: WindowFactory, context: AppContext, filled: dict[str, int],
           qtbot: QtBot) -> MainWindow:
    win = make_window(context)
    qtbot.waitUntil(lambda: not win.overview.is_stale())
    return win


def trigger(window: MainWindow, shortcut: str) -> None:
    """Trigger the window's enabled action with this shortcut (as the key press would)."""
    wanted = QKeySequence(shortcut)
    for action in window.findChildren(type(window.find_action)):
        if action.isEnabled() and any(s == wanted for s in action.shortcuts()):
            action.trigger()
            return
    raise AssertionError(f"no enabled action has the shortcut {shortcut}")


@pytest.mark.sqlite_only
def test_title_shows_the_organisation_and_the_file(window: MainWindow,
                                                   registry: Registry) -> None:
    assert registry.path is not None
    assert window.windowTitle() == f"Fjordlys AS — {registry.path.name}[*]"
    assert not window.banner.isVisible()


@pytest.mark.parametrize("key", ["vendors", "services", "activities", "transfers"])
def test_every_list_opens_the_selected_record_in_its_editor(window: MainWindow,
                                                           key: str) -> None:
    window.show_page(key)
    page = window.list_pages[key]
    record_id = page.proxy.record_id(0)

    assert page.select_record(record_id)

    assert page.editor_visible()
    editor = page.editor()
    assert editor is not None and editor.record_id() == record_id


def test_a_list_shown_builds_its_editor_in_idle_time_before_the_first_click(
        window: MainWindow, qtbot: QtBot) -> None:
    """The editor is built, and has read the first record, while the window waits; the list
    still shows no editor (each test's window closes before idle time comes)."""
    for key, page in window.list_pages.items():
        window.show_page(key)
        assert not page.editor_ready(), key
        first = page.model.record_id(0)

        qtbot.waitUntil(lambda page=page, first=first: page.editor_ready()
                        and page.editor().record_id() == first)

        assert not page.editor_visible() and page.shown_record_id() is None, key


def test_an_editor_still_to_prepare_when_its_page_goes_is_left_alone(
        qapp: QApplication, context: AppContext, filled: dict[str, int],
        settings_path: Path) -> None:
    page = VendorsPage(context, Settings(settings_path))
    page.ensure_fresh()
    page.prepare_editor()  # its steps wait for idle time
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    for _ in range(4):  # the steps' turns come: nothing is left to build an editor for
        qapp.processEvents()


def test_navigation_shows_every_page(window: MainWindow, qtbot: QtBot) -> None:
    texts = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert texts == ["Overview", "Vendors", "Services", "Processing activities", "Transfers",
                     "History"]
    for number, key in enumerate(["overview", "vendors", "services", "activities",
                                  "transfers", "history"], start=1):
        trigger(window, f"Ctrl+{number}")
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.pages[key]
    window.navigation.setCurrentRow(1)
    assert window.current_page_key() == "vendors"
    assert window.vendors.row_texts() == ["Advania", "Hetzner", "Mailchimp", "Zendesk",
                                          "Økonomi Partner"]
    assert window.vendors.count_label.text() == "5 vendors"
    window.show_page("services")
    assert window.services.row_texts() == ["Helpdesk", "Newsletter"]
    window.show_page("activities")
    assert window.activities.row_texts() == ["Customer support"]
    window.show_page("transfers")
    assert window.transfers.row_texts("vendor") == ["Mailchimp", "Zendesk"]


def test_every_menu_action_has_a_mnemonic_and_the_main_ones_a_shortcut(
    window: MainWindow
) -> None:
    for menu in (window.file_menu, window.edit_menu, window.go_menu, window.help_menu):
        assert "&" in menu.title()
    shortcuts = {
        window.new_registry_action: "Ctrl+Shift+N",
        window.open_action: "Ctrl+O",
        window.import_action: "Ctrl+I",
        window.export_action: "Ctrl+E",
        window.save_action: "Ctrl+S",
        window.quit_action: "Ctrl+Q",
        window.undo_action: "Ctrl+Z",
        window.redo_action: "Ctrl+Shift+Z",
        window.new_record_action: "Ctrl+N",
        window.delete_action: "Del",
        window.find_action: "Ctrl+F",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut().toString() == keys, action.text()
    assert window.reports_menu.title() == "&Reports"
    window.reports_menu.aboutToShow.emit()
    assert [a.text() for a in window.reports_menu.actions() if not a.isSeparator()]


def test_find_focuses_the_search_and_typing_filters_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_page("vendors")
    window.activateWindow()
    trigger(window, "Ctrl+F")
    assert window.vendors.search.hasFocus()
    qtbot.keyClicks(window.vendors.search, "zen")
    assert window.vendors.row_texts() == ["Zendesk"]
    assert window.vendors.count_label.text() == "1 of 5 vendors"
    window.vendors.search.clear()
    assert window.vendors.row_count() == 5


def test_tyskland_finds_the_german_vendor_in_norwegian(
    make_window: WindowFactory, context: AppContext, filled: dict[str, int], qtbot: QtBot
) -> None:
    context.language = "nb"
    window = make_window(context)
    window.show_page("vendors")
    qtbot.keyClicks(window.vendors.search, "Tyskland")
    assert window.vendors.row_texts() == ["Hetzner"]
    assert window.vendors.row_texts("country") == ["Tyskland"]


def test_filter_combos_narrow_the_list(window: MainWindow, qtbot: QtBot) -> None:
    page = window.vendors
    window.show_page("vendors")
    region = page.filter_combos["region"]
    region.setCurrentIndex(region.findData("third"))
    assert page.row_texts() == ["Mailchimp", "Zendesk"]
    verdict = page.filter_combos["verdict"]
    verdict.setCurrentIndex(verdict.findData("error"))
    assert page.row_texts() == ["Mailchimp"]
    country = page.filter_combos["country"]
    assert country.itemText(country.findData("DE")) == "Germany"
    page.clear_search()
    assert page.row_count() == 5


def test_a_finding_opens_its_record(window: MainWindow, filled: dict[str, int],
                                    qtbot: QtBot) -> None:
    overview = window.overview
    model = overview.findings_model
    errors = model.index(0, 0)
    mailchimp = next(model.index(r, 0, errors) for r in range(model.rowCount(errors))
                     if model.index(r, 0, errors).data() == "Mailchimp")
    overview.findings.setFocus()
    overview.findings.setCurrentIndex(mailchimp)
    qtbot.keyClick(overview.findings, Qt.Key.Key_Return)
    assert window.current_page_key() == "vendors"
    assert window.vendors.current_record_id() == filled["Mailchimp"]
    assert window.vendors.selected_names() == ["Mailchimp"]


def test_a_finding_clears_a_search_that_hides_its_record(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    window.show_page("vendors")
    qtbot.keyClicks(window.vendors.search, "hetzner")
    assert window.open_record("vendor", filled["Mailchimp"]) or \
        window.vendors.current_record_id() == filled["Mailchimp"]
    assert window.vendors.search.text() == ""
    assert window.vendors.selected_names() == ["Mailchimp"]


def test_the_reviews_tile_lists_exactly_the_vendors_whose_review_is_due(
    window: MainWindow, filled: dict[str, int], context: AppContext, qtbot: QtBot
) -> None:
    from registry import usecases

    today = context.today()
    due = {"Hetzner": today - dt.timedelta(days=548), "Advania": today + dt.timedelta(days=10),
           "Zendesk": today + dt.timedelta(days=60)}
    for name, day in due.items():
        def change(session: Any, vendor_id: int = filled[name], day: dt.date = day) -> None:
            form = usecases.load_vendor_form(session, vendor_id)
            form.next_review = day
            usecases.update_vendor(session, vendor_id, form, form.row_version)

        context.run(change)
    window.show_page("overview")
    qtbot.waitUntil(lambda: window.overview.tiles["reviews"].value() == "2")

    qtbot.mouseClick(window.overview.tiles["reviews"], Qt.MouseButton.LeftButton)

    assert window.current_page_key() == "vendors"
    assert window.vendors.row_texts() == ["Advania", "Hetzner"]
    review = window.vendors.filter_combos["review"]
    assert review.currentText() == "Overdue or due within 30 days"
    review.setCurrentIndex(review.findData("overdue"))
    assert window.vendors.row_texts() == ["Hetzner"]


def test_a_country_in_the_chart_shows_its_transfers(window: MainWindow) -> None:
    window.overview.chart.activate(
        [d.code for d in window.overview.chart.destinations()].index("US"))
    assert window.current_page_key() == "transfers"
    assert window.transfers.row_texts("country") == ["United States", "United States"]
    window.show_country("NO", True)
    assert window.current_page_key() == "vendors"
    assert window.vendors.row_texts() == ["Advania", "Økonomi Partner"]


def test_delete_asks_first_and_undo_brings_the_record_back(
    window: MainWindow, filled: dict[str, int], monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot
) -> None:
    asked: list[list[str]] = []
    answer = [False]

    def ask(_cls: object, _parent: object, names: list[str]) -> bool:
        asked.append(names)
        return answer[0]

    monkeypatch.setattr(ConfirmDeleteDialog, "ask", classmethod(ask))
    page = window.vendors
    window.show_page("vendors")
    assert not window.delete_action.isEnabled()
    page.select_record(filled["Mailchimp"])
    assert window.delete_action.isEnabled()
    window.delete_action.trigger()
    assert asked == [["Mailchimp"]]
    assert "Mailchimp" in page.row_texts()

    answer[0] = True
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert asked[-1] == ["Mailchimp"]
    assert page.row_texts() == ["Advania", "Hetzner", "Zendesk", "Økonomi Partner"]
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Delete vendor Mailchimp"

    window.undo_action.trigger()
    assert "Mailchimp" in page.row_texts()
    window.redo_action.trigger()
    assert "Mailchimp" not in page.row_texts()


def test_delete_removes_every_selected_record(
    window: MainWindow, filled: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ConfirmDeleteDialog, "ask", classmethod(lambda _c, _p, _n: True))
    page = window.vendors
    window.show_page("vendors")
    page.view.selectAll()
    assert page.selected_names() == ["Advania", "Hetzner", "Mailchimp", "Zendesk",
                                     "Økonomi Partner"]
    window.delete_action.trigger()
    assert page.row_count() == 0
    window.undo_action.trigger()
    assert page.row_count() == 5


def test_delete_is_refused_when_somebody_changed_the_record_since_the_list_showed_it(
    window: MainWindow, filled: dict[str, int], registry: Registry,
    monkeypatch: pytest.MonkeyPatch, shown_errors: list[tuple[str, str]]
) -> None:
    """Another program (a colleague's window) changes Mailchimp after this window showed it:
    deleting what the list shows must not delete what the colleague saved."""
    from registry import forms, usecases

    monkeypatch.setattr(ConfirmDeleteDialog, "ask", classmethod(lambda _c, _p, _n: True))
    page = window.vendors
    window.show_page("vendors")
    page.select_record(filled["Mailchimp"])
    with registry.session() as session:  # the colleague, behind this window's back
        form = usecases.load_vendor_form(session, filled["Mailchimp"])
        usecases.update_vendor(session, filled["Mailchimp"],
                               forms.copy_form(form), form.row_version)

    window.delete_action.trigger()

    assert shown_errors and 'Somebody else changed the vendor "Mailchimp"' in shown_errors[-1][1]
    with registry.read() as session:
        assert usecases.record_names(session, "vendor", [filled["Mailchimp"]])
    assert not window.undo_action.isEnabled()


@pytest.mark.sqlite_only
def test_delete_is_refused_when_the_id_now_belongs_to_another_vendor(
    window: MainWindow, filled: dict[str, int], registry: Registry,
    monkeypatch: pytest.MonkeyPatch, shown_errors: list[tuple[str, str]]
) -> None:
    """SQLite gives a deleted vendor's id to the next one: the colleague deleted the vendor
    this window shows and added another, which got its id."""
    from registry import forms, usecases

    monkeypatch.setattr(ConfirmDeleteDialog, "ask", classmethod(lambda _c, _p, _n: True))
    gone = filled["Økonomi Partner"]  # the newest vendor: SQLite hands its id out again
    page = window.vendors
    window.show_page("vendors")
    assert page.select_record(gone)
    with registry.session() as session:
        usecases.delete_vendors(session, [gone])
    with registry.session() as session:
        again = usecases.create_vendor(session, forms.VendorForm(name="Nordic Payroll AS",
                                                                 country="NO"))
    assert again == gone

    window.delete_action.trigger()

    assert shown_errors and \
        'Somebody else changed the vendor "Økonomi Partner"' in shown_errors[-1][1]
    with registry.read() as session:
        assert usecases.record_names(session, "vendor", [gone]) == {gone: "Nordic Payroll AS"}


@pytest.mark.sqlite_only
def test_read_only_registry_shows_a_banner_and_disables_editing(
    make_window: WindowFactory, registry: Registry, filled: dict[str, int], qtbot: QtBot
) -> None:
    assert registry.path is not None
    read_only = open_registry(registry.path, read_only=True)
    context = AppContext(read_only)
    context.language = "en"
    try:
        window = make_window(context)
        assert window.banner.isVisible()
        assert window.banner.text() == \
            "This registry is open read-only: changes cannot be saved."
        assert window.windowTitle().endswith(f" — {registry.path.name} (read-only)[*]")
        window.remember_file()
        assert window.settings.get(RECENT_FILES)[0] == str(registry.path)
        window.show_page("vendors")
        window.vendors.select_record(filled["Mailchimp"])
        assert not window.new_record_action.isEnabled()
        assert not window.delete_action.isEnabled()
        assert not window.import_action.isEnabled()
    finally:
        read_only.close()


def test_window_state_is_restored(make_window: WindowFactory, context: AppContext,
                                  filled: dict[str, int], qtbot: QtBot) -> None:
    first = make_window(context)
    first.resize(760, 520)
    first.show_page("transfers")
    header = first.vendors.view.horizontalHeader()
    header.resizeSection(1, 333)
    first.vendors.splitter.setSizes([500, 300])
    first.close()

    second = make_window(context)
    assert second.current_page_key() == "transfers"
    assert second.vendors.view.horizontalHeader().sectionSize(1) == 333
    assert second.size().width() == 760
    assert second.navigation.currentRow() == 4


@pytest.mark.sqlite_only
def test_open_recent_lists_opened_registries(window: MainWindow, tmp_path: Path,
                                             registry: Registry) -> None:
    other = tmp_path / "other.sqlite3"
    open_registry(other).close()
    assert window.open_file(other)
    assert window.windowTitle() == "Unnamed registry — other.sqlite3[*]"
    assert window.vendors.row_count() == 0 or window.current_page_key() != "vendors"
    window.show_page("vendors")
    assert window.vendors.row_count() == 0
    window.recent_menu.aboutToShow.emit()
    entries = [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]
    assert entries[0] == "&1 other.sqlite3"
    assert registry.path is not None
    next(a for a in window.recent_menu.actions() if a.toolTip() == str(registry.path)) \
        if len(entries) > 2 else None
    assert window.open_file(registry.path)
    assert window.vendors.row_count() == 5
    assert window.windowTitle().startswith("Fjordlys AS")


def test_opening_a_broken_file_keeps_the_open_registry(
    window: MainWindow, tmp_path: Path, shown_errors: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 10)
    monkeypatch.setattr(ChooseFileDialog, "ask", classmethod(lambda _c, _p, _w, _d="": broken))
    window.open_action.trigger()
    assert shown_errors == [("The registry cannot be opened",
                             f"{broken} is not a registry database (it is not an SQLite "
                             "file).")]
    assert window.windowTitle().startswith("Fjordlys AS")


def test_a_new_registry_opens_in_the_window_in_place_of_the_old_one(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    target = tmp_path / "nordlys.sqlite3"
    monkeypatch.setattr(ChooseFileDialog, "ask", classmethod(lambda _c, _p, _w, _d="": target))
    monkeypatch.setattr(OrganisationNameDialog, "ask", classmethod(lambda _c, _p: "Nordlys AS"))

    window.new_registry_action.trigger()

    assert window.windowTitle() == "Nordlys AS — nordlys.sqlite3[*]"
    window.show_page("vendors")
    assert window.vendors.row_texts() == []
    window.context.registry.close()


def test_export_then_import_json(window: MainWindow, tmp_path: Path, filled: dict[str, int],
                                 monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    target = tmp_path / "registry.json"
    monkeypatch.setattr(ChooseFileDialog, "ask", classmethod(lambda _c, _p, _w, _d="": target))
    window.export_action.trigger()
    assert target.exists()
    assert "Exported" in window.statusBar().currentMessage()

    window.show_page("vendors")
    window.context.run(lambda s: __import__("registry.usecases").usecases.delete(
        s, "vendor", [filled["Hetzner"]]))
    assert "Hetzner" not in window.vendors.row_texts()
    confirmations: list[Path] = []

    def confirm(_cls: object, _parent: object, path: Path) -> bool:
        confirmations.append(path)
        return True

    monkeypatch.setattr(ConfirmImportDialog, "ask", classmethod(confirm))
    window.import_action.trigger()
    assert confirmations == [target]
    assert "Hetzner" in window.vendors.row_texts()


@pytest.mark.sqlite_only
def test_an_export_chosen_onto_the_open_registry_is_refused_and_the_registry_kept(
    window: MainWindow, registry: Registry, monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[tuple[str, str]]
) -> None:
    assert registry.path is not None
    target = registry.path
    before = target.read_bytes()
    monkeypatch.setattr(ChooseFileDialog, "ask", classmethod(lambda _c, _p, _w, _d="": target))

    window.export_action.trigger()

    assert shown_errors == [("Export", f"{target} is the registry that is open. A report or an "
                             "export never replaces it: choose another file name.")]
    assert target.read_bytes() == before
    window.show_page("vendors")
    assert "Hetzner" in window.vendors.row_texts()


def test_navigation_texts_are_translated(qtbot: QtBot, context: AppContext,
                                         make_window: WindowFactory) -> None:
    from PySide6.QtCore import QTranslator

    from ui.app import TRANSLATIONS

    translator = QTranslator()
    assert translator.load("subprocessor_registry_nb", str(TRANSLATIONS))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        window = make_window(context)
        texts = [window.navigation.item(r).text() for r in range(window.navigation.count())]
        assert texts[1] == "Leverandører"
        assert texts[0] == "Oversikt"
        assert window.file_menu.title() == "&Fil"
    finally:
        app.removeTranslator(translator)


@pytest.mark.parametrize(("language", "overview", "vendors", "file_menu", "cancel"), [
    ("da", "Oversigt", "Leverandører", "&Filer", "Annuller"),
    ("sv", "Översikt", "Leverantörer", "&Arkiv", "Avbryt"),
    ("fi", "Yleiskatsaus", "Toimittajat", "&Tiedosto", "Peru"),
])
def test_the_window_speaks_danish_swedish_and_finnish(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, language: str,
    overview: str, vendors: str, file_menu: str, cancel: str,
) -> None:
    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translations(app, language)
    try:
        assert len(installed) == 2  # ours, and Qt's own (its dialogs' buttons)
        context.language = language
        window = make_window(context)
        texts = [window.navigation.item(r).text() for r in range(window.navigation.count())]
        assert texts[:2] == [overview, vendors]
        assert window.file_menu.title() == file_menu
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        languages = [a.text() for a in window.language_menu.actions()]
        assert languages[1:] == ["English", "Norsk bokmål", "Dansk", "Svenska", "Suomi"]
    finally:
        for translator in installed:
            app.removeTranslator(translator)


@pytest.mark.parametrize("language", ["en", "nb", "da", "sv", "fi"])
def test_list_columns_fit_their_headers_and_texts_and_the_name_takes_the_room_left(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, filled: dict[str, int],
    language: str,
) -> None:
    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translations(app, language)
    try:
        context.language = language
        window = make_window(context)
        for key in ("vendors", "activities", "transfers"):
            window.show_page(key)
            page = window.list_pages[key]
            qtbot.waitUntil(lambda page=page: page.model.is_assessed)
            _check_columns(page, fill="message" if key == "transfers" else "name")
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def _check_columns(page: ListPage, fill: str) -> None:
    """Every header whole, every text whole but in the column that takes the room left
    (sentences there), no column wider than its texts but that one, and no gap at the right."""
    view, header = page.view, page.view.horizontalHeader()
    filling = page.model.column_of(fill)
    for column in range(header.count()):
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), title
        if column in (filling, page.model.verdict_column):
            continue
        widths = [view.sizeHintForIndex(page.proxy.index(row, column)).width()
                  for row in range(page.row_count())]
        assert max(widths) <= header.sectionSize(column), title
        assert header.sectionSize(column) <= max(header.sectionSizeHint(column), *widths), title
    assert header.length() >= view.viewport().width()


@pytest.fixture
def switched_back(qapp: QApplication) -> Iterator[None]:
    """The translations a language chosen in the menu installed are taken away after."""
    from ui import language

    yield
    for translator in language._in_use:
        qapp.removeTranslator(translator)
    language.in_use([])


def _shown_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


def test_a_language_chosen_in_the_menu_speaks_at_once(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot, unsaved_answers: Unsaved,
    settings_path: Path, switched_back: None,
) -> None:
    window.show_page("vendors")
    click_row(window.vendors, "Zendesk", qtbot)
    qtbot.keyClicks(name_field(window.vendors), " Support")
    unsaved_answers.append("discard")

    window.language_actions["nb"].trigger()

    assert unsaved_answers.asked == ["Zendesk Support"]
    [now] = _shown_windows()
    qtbot.addWidget(now)
    assert now is not window
    assert now.file_menu.title() == "&Fil"
    assert now.navigation.item(1).text() == "Leverandører"
    assert now.current_page_key() == "vendors"
    assert now.vendors.shown_record_id() == filled["Zendesk"]
    assert now.vendors.selected_names() == ["Zendesk"]
    assert now.vendors.count_label.text() == "5 leverandører"
    assert now.language_actions["nb"].isChecked()
    assert Settings(settings_path).get(LANGUAGE) == "nb"
    assert now.context.language == "nb"


def test_a_language_change_waits_for_unsaved_changes(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot, unsaved_answers: Unsaved,
    settings_path: Path, switched_back: None,
) -> None:
    window.show_page("vendors")
    click_row(window.vendors, "Zendesk", qtbot)
    qtbot.keyClicks(name_field(window.vendors), " Support")
    unsaved_answers.append("cancel")

    window.language_actions["da"].trigger()

    assert _shown_windows() == [window]
    assert window.file_menu.title() == "&File"
    assert name_field(window.vendors).text() == "Zendesk Support"
    assert window.language_actions[""].isChecked()
    assert Settings(settings_path).get(LANGUAGE) == ""
    unsaved_answers.append("discard")  # when the window closes at the end


# --- the editor beside the list ----------------------------------------------------------


class Unsaved:
    """Scripted answers to the unsaved-changes question, and the names it was asked about."""

    def __init__(self) -> None:
        self.answers: list[str] = []
        self.asked: list[str] = []

    def append(self, answer: str) -> None:
        self.answers.append(answer)


@pytest.fixture
def unsaved_answers(monkeypatch: pytest.MonkeyPatch) -> Unsaved:
    from ui.editors import UnsavedChangesDialog

    unsaved = Unsaved()

    def ask(_cls: object, _parent: object, name: str) -> str:
        unsaved.asked.append(name)
        return unsaved.answers.pop(0)

    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(ask))
    return unsaved


def click_row(page: ListPage, name: str, qtbot: QtBot) -> None:
    """Click the row showing ``name``, as a user would."""
    row = page.row_texts().index(name)
    index = page.proxy.index(row, page.model.name_column)
    page.view.scrollTo(index)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def name_field(page: ListPage) -> QLineEdit:
    editor = page.editor()
    assert editor is not None
    field = editor.name_edit  # type: ignore[attr-defined]
    assert isinstance(field, QLineEdit)
    return field


def test_selecting_a_row_shows_its_editor(window: MainWindow, filled: dict[str, int],
                                          qtbot: QtBot) -> None:
    window.show_page("vendors")
    page = window.vendors
    assert not page.editor_visible()
    assert page.editor_stack.isHidden()
    click_row(page, "Zendesk", qtbot)
    assert page.editor_visible()
    assert name_field(page).text() == "Zendesk"
    editor = page.editor()
    assert editor is not None and editor.record_id() == filled["Zendesk"]


def test_a_finding_opens_the_editor_of_its_record(window: MainWindow, filled: dict[str, int],
                                                  qtbot: QtBot) -> None:
    model = window.overview.findings_model
    errors = model.index(0, 0)
    mailchimp = next(model.index(r, 0, errors) for r in range(model.rowCount(errors))
                     if model.index(r, 0, errors).data() == "Mailchimp")
    window.overview.findings.activated.emit(mailchimp)
    assert window.current_page_key() == "vendors"
    assert window.vendors.editor_visible()
    assert name_field(window.vendors).text() == "Mailchimp"


def test_unsaved_changes_are_asked_about_before_another_row(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot, unsaved_answers: Unsaved
) -> None:
    window.show_page("vendors")
    page = window.vendors
    click_row(page, "Hetzner", qtbot)
    field = name_field(page)
    field.selectAll()
    qtbot.keyClicks(field, "Hetzner Online")
    editor = page.editor()
    assert editor is not None and editor.is_dirty()
    assert window.isWindowModified()

    unsaved_answers.append("cancel")
    click_row(page, "Zendesk", qtbot)
    assert unsaved_answers.asked == ["Hetzner Online"]
    qtbot.waitUntil(lambda: page.selected_names() == ["Hetzner"])
    assert page.current_record_id() == filled["Hetzner"]
    assert field.text() == "Hetzner Online"

    unsaved_answers.append("discard")
    click_row(page, "Zendesk", qtbot)
    assert page.selected_names() == ["Zendesk"]
    assert field.text() == "Zendesk"
    assert "Hetzner" in page.row_texts()


def test_saving_when_leaving_a_row_keeps_the_change(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot, unsaved_answers: Unsaved
) -> None:
    window.show_page("vendors")
    page = window.vendors
    click_row(page, "Hetzner", qtbot)
    field = name_field(page)
    field.selectAll()
    qtbot.keyClicks(field, "Hetzner Online")
    unsaved_answers.append("save")
    click_row(page, "Zendesk", qtbot)
    assert page.selected_names() == ["Zendesk"]
    assert "Hetzner Online" in page.row_texts()
    assert window.undo_action.isEnabled()


def test_unsaved_changes_keep_the_page(window: MainWindow, filled: dict[str, int],
                                       qtbot: QtBot, unsaved_answers: Unsaved) -> None:
    window.show_page("vendors")
    page = window.vendors
    click_row(page, "Hetzner", qtbot)
    field = name_field(page)
    qtbot.keyClicks(field, " GmbH")
    unsaved_answers.append("cancel")
    trigger(window, "Ctrl+4")
    assert window.current_page_key() == "vendors"
    assert window.navigation.currentRow() == 1
    unsaved_answers.append("discard")
    trigger(window, "Ctrl+4")
    assert window.current_page_key() == "activities"


def _highlighted(page: ListPage) -> list[str]:
    """The names of the rows shown selected."""
    return page.selected_names()


@pytest.mark.parametrize("unsaved", [False, True], ids=["saved", "with unsaved changes"])
def test_a_search_that_hides_the_record_being_edited_keeps_it_in_the_editor(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot, unsaved_answers: Unsaved,
    unsaved: bool,
) -> None:
    unsaved_answers.answers.append("discard")  # when the window closes at the end
    window.show_page("vendors")
    page = window.vendors
    click_row(page, "Zendesk", qtbot)
    editor = page.editor()
    if unsaved:
        qtbot.keyClicks(name_field(page), " Support")
    shown = name_field(page).text()

    qtbot.keyClicks(page.search, "Hetz")  # hides Zendesk at the first letter

    assert page.row_texts() == ["Hetzner"]
    assert unsaved_answers.asked == []  # no question in the middle of a word
    assert editor.record_id() == filled["Zendesk"]
    assert name_field(page).text() == shown
    assert editor.is_dirty() is unsaved
    assert _highlighted(page) == []  # the row that is left is not the one being edited
    assert page.current_record_id() is None

    page.search.clear()

    assert _highlighted(page) == ["Zendesk"]
    assert page.current_record_id() == filled["Zendesk"]
    assert editor.record_id() == filled["Zendesk"] and name_field(page).text() == shown
    assert unsaved_answers.asked == []


def test_after_a_search_hid_the_record_a_click_on_a_row_opens_it(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot, unsaved_answers: Unsaved,
) -> None:
    window.show_page("vendors")
    page = window.vendors
    click_row(page, "Zendesk", qtbot)
    qtbot.keyClicks(name_field(page), " Support")
    region = page.filter_combos["region"]
    region.setCurrentIndex(region.findData("eea"))  # Zendesk is in the US
    assert unsaved_answers.asked == []
    assert page.editor().record_id() == filled["Zendesk"]

    unsaved_answers.append("discard")
    unsaved_answers.append("discard")  # when the window closes before the test is done
    click_row(page, "Hetzner", qtbot)

    assert unsaved_answers.asked == ["Zendesk Support"]
    assert page.editor().record_id() == filled["Hetzner"]
    assert _highlighted(page) == ["Hetzner"]


def test_closing_with_unsaved_changes_asks_first(window: MainWindow, filled: dict[str, int],
                                                 qtbot: QtBot,
                                                 unsaved_answers: Unsaved) -> None:
    window.show_page("vendors")
    page = window.vendors
    click_row(page, "Hetzner", qtbot)
    qtbot.keyClicks(name_field(page), " GmbH")
    unsaved_answers.append("cancel")
    assert not window.close()
    assert window.isVisible()
    unsaved_answers.append("discard")
    assert window.close()


def test_new_record_opens_an_empty_editor_and_selects_the_saved_row(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot
) -> None:
    window.show_page("vendors")
    page = window.vendors
    assert window.new_record_action.text() == "&New Vendor"
    trigger(window, "Ctrl+N")
    assert page.editor_visible()
    assert page.shown_record_id() is None
    field = name_field(page)
    assert field.text() == ""
    qtbot.keyClicks(field, "Acme Mail")
    editor = page.editor()
    assert editor is not None
    editor.country.setCode("NO")  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    assert "Acme Mail" in page.row_texts()
    assert page.selected_names() == ["Acme Mail"]
    assert page.shown_record_id() == page.current_record_id()


@pytest.mark.parametrize("scrolled", [False, True], ids=["as opened", "scrolled down"])
def test_a_new_record_opens_at_its_top_with_the_name_to_type(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot, scrolled: bool
) -> None:
    window.show_page("vendors")
    page = window.vendors
    window.activateWindow()
    qtbot.waitActive(window)
    click_row(page, "Zendesk", qtbot)
    editor = page.editor()
    bar = editor.scroll_area.verticalScrollBar()
    if scrolled:
        bar.setValue(bar.maximum() // 2)

    trigger(window, "Ctrl+N")

    assert page.shown_record_id() is None
    qtbot.waitUntil(lambda: name_field(page).hasFocus())
    assert bar.value() == 0
    area = editor.scroll_area

    def top() -> int:
        return name_field(page).mapTo(area.viewport(), name_field(page).rect().topLeft()).y()

    qtbot.waitUntil(lambda: 0 <= top() < area.viewport().height() // 3)  # laid out
    assert bar.value() == 0


def test_save_and_revert_are_in_the_file_menu_while_there_is_something_to_save(
    window: MainWindow, filled: dict[str, int], qtbot: QtBot, registry: Registry
) -> None:
    from registry import usecases

    entries = {a.text(): a for a in window.file_menu.actions()}
    save, revert = entries["&Save"], entries["Re&vert"]
    assert save.shortcut().toString() == "Ctrl+S"
    window.show_page("vendors")
    page = window.vendors
    window.activateWindow()
    qtbot.waitActive(window)
    click_row(page, "Hetzner", qtbot)
    assert not save.isEnabled() and not revert.isEnabled()

    qtbot.keyClicks(name_field(page), " Online")
    assert save.isEnabled() and revert.isEnabled()
    revert.trigger()
    assert name_field(page).text() == "Hetzner"
    assert not save.isEnabled() and not revert.isEnabled()

    qtbot.keyClicks(name_field(page), " Online")
    qtbot.keyClick(name_field(page), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    with registry.read() as session:
        assert usecases.load_vendor_form(session, filled["Hetzner"]).name == "Hetzner Online"
    assert not save.isEnabled()
    window.show_page("overview")
    assert not save.isEnabled()


def test_organisation_details_open_in_a_dialog(window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.dialogs import EditorDialog

    shown: list[tuple[QWidget, str]] = []

    def ask(_cls: object, _parent: object, editor: QWidget, title: str) -> None:
        shown.append((editor, title))

    monkeypatch.setattr(EditorDialog, "ask", classmethod(ask))
    trigger(window, "Ctrl+Shift+O")
    assert len(shown) == 1
    editor, title = shown[0]
    assert title == "Organisation"
    assert editor.form().name == "Fjordlys AS"  # type: ignore[attr-defined]
    editor.deleteLater()


def test_a_transfer_shows_its_vendor_in_the_editor(window: MainWindow, filled: dict[str, int],
                                                   qtbot: QtBot) -> None:
    window.show_page("transfers")
    page = window.transfers
    assert not window.new_record_action.isEnabled()
    row = page.row_texts("vendor").index("Mailchimp")
    index = page.proxy.index(row, page.model.column_of("vendor"))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.view.visualRect(index).center())
    assert page.editor_visible()
    assert name_field(page).text() == "Mailchimp"
    assert not window.delete_action.isEnabled()
