"""The main window: navigation on the left, a page on the right, menus for everything.

Pages: Overview, Vendors, Services, Processing activities, Transfers, History (Ctrl+1 …
Ctrl+6).
The lists are loaded when first shown; the assessment (findings, verdicts, transfers) runs
right after the window is on screen (``QTimer.singleShot(0)``), so that the window and the
list appear first on a large registry.

Every change goes through the :class:`ui.context.AppContext`, whose ``changed`` signal marks
each page stale; the visible page reloads at once, the others when next shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from registry.assessment import Assessment
from registry.creation import create_registry
from registry.enums import LANGUAGE_NAMES, LANGUAGES
from registry.errors import UserError
from registry.storage import Registry, open_registry

from ui.context import AppContext, system_language
from ui.dialogs import (
    AboutDialog,
    ChooseFileDialog,
    ConfirmDeleteDialog,
    ConfirmImportDialog,
    EditorDialog,
    OrganisationNameDialog,
)
from ui.errors import show_user_error
from ui.icons import app_icon, page_icon
from ui.language import switch_translations, system_ui_language
from ui.pages import (
    ActivitiesPage,
    HistoryPage,
    ListPage,
    OverviewPage,
    ServicesPage,
    TransfersPage,
    VendorsPage,
)
from ui.settings import (
    LANGUAGE,
    LAST_DATABASE,
    LAST_PAGE,
    NAVIGATION_SPLITTER,
    PAGES,
    RECENT_FILES,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)

log = logging.getLogger(__name__)

KIND_PAGES = {"vendor": "vendors", "service": "services", "activity": "activities"}
"""The page that lists each record kind."""



class MainWindow(QMainWindow):
    """The app's window over one open registry.

    Signals:
        pageChanged(str): another page is shown (its key, see ``ui.settings.PAGES``).
        assessed: the overview and the verdicts show the current assessment.
        firstPainted: the window is on screen for the first time, with its page filled.
        replaced(MainWindow): another window (in another language) took this one's place.
    """

    pageChanged = Signal(str)
    assessed = Signal()
    firstPainted = Signal()
    replaced = Signal(object)

    def __init__(self, context: AppContext, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings or Settings()
        self._nav_guard = False
        self._assessment_pending = False
        self._assessment_wanted = False
        self._painted = False
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")

        self.overview = OverviewPage(context, self.settings, self)
        self.vendors = VendorsPage(context, self.settings, self)
        self.services = ServicesPage(context, self.settings, self)
        self.activities = ActivitiesPage(context, self.settings, self)
        self.transfers = TransfersPage(context, self.settings, self)
        self.history = HistoryPage(context, self.settings, self)
        self.pages: dict[str, QWidget] = {
            "overview": self.overview,
            "vendors": self.vendors,
            "services": self.services,
            "activities": self.activities,
            "transfers": self.transfers,
            "history": self.history,
        }
        self.list_pages: dict[str, ListPage] = {
            "vendors": self.vendors,
            "services": self.services,
            "activities": self.activities,
            "transfers": self.transfers,
        }

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(2)
        self.navigation.setUniformItemSizes(True)
        self.stack = QStackedWidget(self)
        for key in PAGES:
            item = QListWidgetItem(page_icon(key), self.page_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 4))
            self.navigation.addItem(item)
            self.stack.addWidget(self.pages[key])
        width = max(self.navigation.fontMetrics().horizontalAdvance(self.page_title(k))
                    for k in PAGES)
        self.navigation.setMinimumWidth(width + 60)

        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#readOnlyBanner { background: #fff3cd; color: #5c4400; "
            "border-bottom: 1px solid #e0c36c; padding: 8px 12px; }")
        self.banner.setAccessibleName(self.tr("Notice"))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("navigationSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self._create_actions()
        self._create_menus()
        self._connect_pages()
        self.navigation.currentRowChanged.connect(self._on_navigation)
        self._bind_context()
        self.restore_state()
        # The assessment waits until the window has been painted once, so that the list
        # appears first on a large registry.
        self.navigation.viewport().installEventFilter(self)
        self.firstPainted.connect(self._on_first_paint)

    # --- texts ----------------------------------------------------------------------------

    def page_title(self, key: str) -> str:
        titles = {
            "overview": self.tr("Overview"),
            "vendors": self.tr("Vendors"),
            "services": self.tr("Services"),
            "activities": self.tr("Processing activities"),
            "transfers": self.tr("Transfers"),
            "history": self.tr("History"),
        }
        return titles[key]

    def _update_title(self) -> None:
        name = self.context.organisation().name or self.tr("Unnamed registry")
        where = self.context.registry.name
        path = self.context.registry.path
        if path is not None:
            where = path.name
            self.setWindowFilePath(str(path))
        title = self.tr("{0} — {1}").format(name, where)
        if self.context.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title + "[*]")

    # --- actions and menus ----------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_registry_action = self._action(
            self.tr("&New Registry…"), self.new_registry, "Ctrl+Shift+N",
            self.tr("Create a new, empty registry file"))
        self.open_action = self._action(self.tr("&Open Registry…"), self.open_registry_dialog,
                                        keys.Open, self.tr("Open another registry file"))
        self.import_action = self._action(
            self.tr("&Import JSON…"), self.import_json, "Ctrl+I",
            self.tr("Replace this registry with the contents of a JSON document"))
        self.export_action = self._action(
            self.tr("&Export JSON…"), self.export_json, "Ctrl+E",
            self.tr("Write the whole registry to a JSON document"))
        self.save_action = self._action(self.tr("&Save"), self.save_record, keys.Save,
                                        self.tr("Save the changes in the editor"))
        self.revert_action = self._action(self.tr("Re&vert"), self.revert_record, None,
                                          self.tr("Throw away the changes since the last save"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, keys.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        self.undo_action = self._undo_action()
        self.redo_action = self._redo_action()
        self.new_record_action = self._action(self.tr("&New Vendor"), self.new_record,
                                              keys.New)
        self.delete_action = self._action(self.tr("&Delete"), self.delete_selected,
                                          QKeySequence(Qt.Key.Key_Delete),
                                          self.tr("Delete the selected records"))
        # Only while a list has the focus: Delete in a text field deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action = self._action(self.tr("&Find"), self.focus_search, keys.Find,
                                        self.tr("Search the current list"))
        self.organisation_action = self._action(
            self.tr("&Organisation Details…"), self.edit_organisation, "Ctrl+Shift+O",
            self.tr("Your organisation's name, contacts and DPO"))
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, keys.Refresh,
                                           self.tr("Read the registry again"))

        self.go_actions: dict[str, QAction] = {}
        self.go_group = QActionGroup(self)
        for number, key in enumerate(PAGES, start=1):
            action = self._action(self.page_title(key), partial(self.show_page, key),
                                  f"Ctrl+{number}")
            action.setCheckable(True)
            self.go_group.addAction(action)
            self.go_actions[key] = action

        self.about_action = self._action(self.tr("&About Subprocessor Registry"),
                                         lambda: AboutDialog.ask(self))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = self.settings.get(LANGUAGE)
        for code in ("", *LANGUAGES):
            # Each language by its name in that language.
            text = LANGUAGE_NAMES[code] if code else self.tr("System default")
            action = self._action(text, partial(self.set_language, code))
            action.setCheckable(True)
            action.setChecked(code == current)
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _undo_action(self) -> QAction:
        action = self.context.undo_stack.createUndoAction(self, self.tr("&Undo"))
        action.setShortcut(QKeySequence.StandardKey.Undo)
        return action

    def _redo_action(self) -> QAction:
        action = self.context.undo_stack.createRedoAction(self, self.tr("&Redo"))
        action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        return action

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_registry_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_action)
        self.file_menu.addAction(self.revert_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self._undo_anchor = self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.new_record_action)
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.organisation_action)
        self.language_menu = self.edit_menu.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            self.language_menu.addAction(action)

        self.go_menu = bar.addMenu(self.tr("&Go"))
        for action in self.go_actions.values():
            self.go_menu.addAction(action)
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.refresh_action)

        self.reports_menu = bar.addMenu(self.tr("&Reports"))
        # Filled when first opened, or in idle time after start-up (it imports the reports).
        self._reports_ready = False
        self.reports_menu.aboutToShow.connect(self._populate_reports_menu)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)

        # The Delete shortcut works where the lists are; the menu entry works everywhere.
        for page in self.list_pages.values():
            page.view.addAction(self.delete_action)

    def _populate_reports_menu(self) -> None:
        if self._reports_ready:
            return
        self._reports_ready = True
        from ui.reports_menu import populate_reports_menu

        populate_reports_menu(self.reports_menu, self, self.context)

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self.settings.get(RECENT_FILES)
        for number, path in enumerate(files, start=1):
            text = f"&{number} {Path(path).name}" if number < 10 else Path(path).name
            action = menu.addAction(text)
            action.setStatusTip(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(Path(p)))
        if files:
            menu.addSeparator()
            clear = menu.addAction(self.tr("&Clear Menu"))
            clear.triggered.connect(self._clear_recent)
        else:
            empty = menu.addAction(self.tr("No recent registries"))
            empty.setEnabled(False)

    def _clear_recent(self) -> None:
        self.settings.set(RECENT_FILES, [])

    def _connect_pages(self) -> None:
        self.overview.openRecord.connect(self.open_record)
        self.overview.showPage.connect(self.show_page)
        self.overview.showCountry.connect(self.show_country)
        self.overview.showReviewsDue.connect(self.show_reviews_due)
        self.history.openRecord.connect(self.open_changed_record)
        self.overview.what_if.showChanges.connect(self.show_transfer_changes)
        for page in self.list_pages.values():
            page.selectionChanged.connect(self._update_actions)
            page.openRecord.connect(self.open_record)
            page.historyRequested.connect(self.show_record_history)
            page.dirtyChanged.connect(self._update_modified)
            page.dirtyChanged.connect(self._update_actions)

    def _unbind_context(self) -> None:
        """Stop following the context (another window shows it now)."""
        self.context.changed.disconnect(self._on_changed)
        self.context.loaded.disconnect(self._on_loaded)
        self.context.assessed.disconnect(self._on_assessed)
        self.context.supposition_changed.disconnect(self._on_supposition_changed)
        self.context.supposed.disconnect(self._on_supposed)
        self.context.undo_stack.cleanChanged.disconnect(self._update_actions)

    def _bind_context(self) -> None:
        """Show the state of the (new) context: title, banner, actions."""
        self.context.changed.connect(self._on_changed)
        self.context.loaded.connect(self._on_loaded)
        self.context.assessed.connect(self._on_assessed)
        self.context.supposition_changed.connect(self._on_supposition_changed)
        self.context.supposed.connect(self._on_supposed)
        self.context.undo_stack.cleanChanged.connect(self._update_actions)
        read_only = self.context.read_only
        self.banner.setText(self.tr(
            "This registry is open read-only: changes cannot be saved."))
        self.banner.setVisible(read_only)
        for page in self.list_pages.values():
            page.set_read_only(read_only)
        self._update_title()
        self._update_actions()

    # --- pages ----------------------------------------------------------------------------

    def current_page_key(self) -> str:
        widget = self.stack.currentWidget()
        for key, page in self.pages.items():
            if page is widget:
                return key
        return "overview"

    def current_list_page(self) -> ListPage | None:
        return self.list_pages.get(self.current_page_key())

    def show_page(self, key: str) -> bool:
        """Show a page (after the editor of the current one is saved or discarded).

        Returns:
            False when the user chose to stay.
        """
        if key not in self.pages:
            return False
        self.navigation.setCurrentRow(PAGES.index(key))
        return self.current_page_key() == key

    def _on_navigation(self, row: int) -> None:
        if self._nav_guard or row < 0:
            return
        key = PAGES[row]
        current = self.current_list_page()
        if current is not None and self.stack.currentWidget() is not self.pages[key] and \
                not current.confirm_leave():
            self._nav_guard = True
            try:
                self.navigation.setCurrentRow(PAGES.index(self.current_page_key()))
            finally:
                self._nav_guard = False
            return
        self.stack.setCurrentWidget(self.pages[key])
        self.go_actions[key].setChecked(True)
        self._load_page(key)
        page = self.list_pages.get(key)
        if page is not None and self._painted:
            QTimer.singleShot(0, page, page.prepare_editor)  # in idle time, before the first click
        self._update_actions()
        self.pageChanged.emit(key)

    def _load_page(self, key: str) -> None:
        page = self.pages[key]
        if isinstance(page, HistoryPage):
            page.ensure_fresh()
        elif isinstance(page, ListPage):
            page.ensure_fresh()
            if not page.model.is_assessed:
                current = self.context.current_assessment()
                if current is None:
                    self.schedule_assessment()
                else:
                    page.apply_assessment(current)
        elif self.overview.is_stale():
            self._show_overview()

    def open_record(self, kind: str, record_id: int) -> bool:
        """Show a record: its page, its row selected, its editor open."""
        if kind == "organisation":
            self.edit_organisation()
            return True
        key = KIND_PAGES.get(kind)
        if key is None or not self.show_page(key):
            return False
        page = self.list_pages[key]
        return page.select_record(record_id)

    def open_changed_record(self, kind: str, record_id: int) -> None:
        """A record from the History page: shown, or why not (deleted since)."""
        if kind in KIND_PAGES:
            from registry.forms import Kind
            from registry.usecases import record_names

            known = cast(Kind, kind)
            if not self.context.read(lambda s: record_names(s, known, [record_id])):
                self.statusBar().showMessage(
                    self.tr("That record is no longer in the registry."), 8000)
                return
        self.open_record(kind, record_id)

    def show_record_history(self, kind: str, record_id: int, name: str) -> None:
        """The History page, showing one record's changes alone."""
        if self.show_page("history"):
            self.history.show_record(kind, record_id, name)

    def show_country(self, code: str, eea: bool) -> None:
        """The transfers to a country (or, inside the EU/EEA, the vendors there)."""
        if eea:
            if self.show_page("vendors"):
                self.vendors.clear_search()
                combo = self.vendors.filter_combos["country"]
                combo.setCurrentIndex(max(0, combo.findData(code)))
        elif self.show_page("transfers"):
            self.transfers.show_country(code)

    def show_transfer_changes(self, kind: str) -> None:
        """The transfers that a supposition changes against today (``fails``, ...)."""
        if self.show_page("transfers"):
            self.transfers.show_changes(kind)

    def show_reviews_due(self) -> None:
        """The vendors whose review is overdue or due within 30 days."""
        if self.show_page("vendors"):
            self.vendors.clear_search()
            combo = self.vendors.filter_combos["review"]
            combo.setCurrentIndex(max(0, combo.findData("due")))

    # --- the assessment -------------------------------------------------------------------

    def schedule_assessment(self) -> None:
        """Run the assessment once the events now waiting are handled (and the window has
        been painted once)."""
        if not self._painted:
            if not self._assessment_wanted:
                self._assessment_wanted = True
                # In case the window is never painted (hidden), do not wait forever.
                QTimer.singleShot(1000, self, self._on_first_paint)
            return
        if not self._assessment_pending:
            self._assessment_pending = True
            QTimer.singleShot(0, self, self._assess)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)
            # Emitted once this paint is done and on screen.
            QTimer.singleShot(0, self, self.firstPainted.emit)
        return super().eventFilter(watched, event)

    def _on_first_paint(self) -> None:
        QTimer.singleShot(0, self, self._populate_reports_menu)
        if self._assessment_wanted:
            self._assessment_wanted = False
            self._painted = True
            self.schedule_assessment()

    def has_painted(self) -> bool:
        return self._painted

    def _assess(self) -> None:
        self._assessment_pending = False
        self.context.request_assessment()

    def _on_loaded(self) -> None:
        """The snapshot came: the lists shown from the vendors' listing take it."""
        for page in self.list_pages.values():
            page.mark_stale()

    def _on_assessed(self, assessment: Assessment) -> None:
        """The assessment of the registry as it is now landed: show it everywhere (the
        Overview and Transfers under a supposition: the supposition, which follows it)."""
        # A hidden overview takes its (costly) update when next shown.
        if self.overview.is_stale() and self.stack.currentWidget() is self.overview:
            self._show_overview()
        for page in self.list_pages.values():
            if not page.is_stale() and not page.model.is_assessed:
                page.apply_assessment(assessment)
        self.assessed.emit()
        current = self.current_list_page()
        if current is not None:
            # In idle time: the rows not built for the first screen, then the editor.
            QTimer.singleShot(0, current.model, current.model.build_rows)
            QTimer.singleShot(0, current, current.prepare_editor)

    def _show_overview(self) -> None:
        """Show today's assessment on the Overview, or the supposition's; one still to be
        worked out is asked for (it comes with ``assessed`` or ``supposed``)."""
        context = self.context
        if context.supposition() is None:
            current = context.current_assessment()
            if current is None:
                self.schedule_assessment()
            else:
                self.overview.set_assessment(current)
            return
        result = context.what_if()
        if result is None:
            context.request_what_if()
        else:
            self.overview.set_assessment(result.supposed, result)

    def _on_supposition_changed(self) -> None:
        """Another supposition, or none: back to today shows today at once; a supposition
        shows when it is worked out (``supposed``)."""
        if self.context.supposition() is not None:
            return
        self.overview.mark_stale()
        if self.stack.currentWidget() is self.overview:
            self._show_overview()
        self.transfers.mark_stale()  # reloaded now if shown

    def _on_supposed(self, _result: object) -> None:
        """The supposition is worked out: the Overview and Transfers show it."""
        self.overview.mark_stale()
        if self.stack.currentWidget() is self.overview:
            self._show_overview()
        self.transfers.mark_stale()

    def _on_changed(self) -> None:
        self._update_title()
        self._load_page(self.current_page_key())
        self.schedule_assessment()
        self._update_actions()

    def refresh(self) -> None:
        """Read the registry again (what colleagues saved meanwhile)."""
        self.context.invalidate()

    # --- editing --------------------------------------------------------------------------

    def _update_actions(self) -> None:
        page = self.current_list_page()
        writable = not self.context.read_only
        kind = page.kind if page is not None else ""
        titles = {
            "vendor": self.tr("&New Vendor"),
            "service": self.tr("&New Service"),
            "activity": self.tr("&New Processing Activity"),
        }
        self.new_record_action.setText(titles.get(kind, self.tr("&New Record")))
        self.new_record_action.setEnabled(writable and bool(kind))
        self.delete_action.setEnabled(
            writable and page is not None and page.deletable and bool(page.selected_ids()))
        self.find_action.setEnabled(page is not None or self.current_page_key() == "history")
        dirty = page is not None and page.editor_visible() and page.is_dirty()
        self.save_action.setEnabled(writable and dirty)
        self.revert_action.setEnabled(dirty)
        self.import_action.setEnabled(writable)
        self.organisation_action.setEnabled(True)

    def _update_modified(self) -> None:
        """The title's modified mark: some editor holds unsaved changes."""
        self.setWindowModified(any(page.is_dirty() for page in self.list_pages.values()))

    def save_record(self) -> None:
        """Save the changes in the editor of the current page."""
        page = self.current_list_page()
        if page is not None and page.editor_visible():
            page.editor().save()

    def revert_record(self) -> None:
        """Throw away the changes in the editor of the current page."""
        page = self.current_list_page()
        if page is not None and page.editor_visible():
            page.editor().revert()

    def focus_search(self) -> None:
        page = self.current_list_page()
        if page is not None:
            page.focus_search()
        elif self.current_page_key() == "history":
            self.history.focus_search()

    def new_record(self) -> None:
        page = self.current_list_page()
        if page is not None:
            page.new_record()

    def delete_selected(self) -> None:
        """Delete the selected records after confirmation; Undo brings them back."""
        page = self.current_list_page()
        if page is None or not page.deletable or self.context.read_only:
            return
        ids = page.selected_ids()
        if not ids:
            return
        if not ConfirmDeleteDialog.ask(self, page.selected_names()):
            return
        from registry.forms import Kind

        from ui.undo import DeleteRecordsCommand, push

        editor = page.editor() if page.shown_record_id() in ids else None
        if editor is not None and editor.is_dirty():
            editor.revert()
        try:
            kind = cast(Kind, page.kind)
            versions, names = page.selected_records()
            push(self.context.undo_stack,
                 DeleteRecordsCommand(self.context, kind, ids, versions, names))
        except UserError as exc:
            show_user_error(self, exc)

    def edit_organisation(self) -> None:
        """The organisation's details in a dialog, in the organisation editor."""
        from ui.editors.organisation import OrganisationEditor  # loaded when first needed

        editor = OrganisationEditor(self.context)
        wanted: list[tuple[str, int, str]] = []

        def show_all(kind: str, record_id: int, name: str) -> None:
            dialog = editor.window()
            dialog.close()  # asks to save unsaved changes first; may stay open
            if not dialog.isVisible():
                wanted.append((kind, record_id, name))

        editor.history.showAll.connect(show_all)
        EditorDialog.ask(self, editor, self.tr("Organisation"))
        if wanted:
            self.show_record_history(*wanted[-1])

    def confirm_leave_all(self) -> bool:
        """Ask every page's editor to save or discard; False when the user cancels."""
        current = self.current_list_page()
        order = ([current] if current is not None else []) + [
            p for p in self.list_pages.values() if p is not current]
        return all(page.confirm_leave() for page in order)

    def set_language(self, code: str) -> MainWindow:
        """Speak ``code`` ("": the system's language) from now on, at once: after unsaved
        changes are dealt with, a window in the new language takes this one's place, on the
        same page and record.

        Returns:
            The window now shown (this one when the user cancelled, or nothing changes).
        """
        language = code or system_ui_language()
        if language == self.context.ui_language or not self.confirm_leave_all():
            if language == self.context.ui_language:
                self.settings.set(LANGUAGE, code)
            chosen = self.language_actions.get(self.settings.get(LANGUAGE))
            if chosen is not None:
                chosen.setChecked(True)
            return self
        self.settings.set(LANGUAGE, code)
        app = QApplication.instance()
        assert app is not None
        switch_translations(app, language)
        self.context.language = language if language in LANGUAGES else system_language()
        self.save_state()
        page = self.current_list_page()
        shown = page.shown_record_id() if page is not None else None
        successor = MainWindow(self.context, self.settings)
        if self.context.parent() is self:
            self.context.setParent(successor)
        self._unbind_context()
        successor.show()
        if page is not None and shown is not None:
            successor.list_pages[self.current_page_key()].select_record(shown)
        successor.schedule_assessment()
        self.replaced.emit(successor)
        self.close()
        self.deleteLater()
        return successor

    # --- files ----------------------------------------------------------------------------

    def open_registry_dialog(self) -> None:
        path = ChooseFileDialog.ask(self, "open", self._directory())
        if path is not None:
            self.open_file(path)

    def _directory(self) -> str:
        path = self.context.registry.path
        return str(path.parent) if path is not None else ""

    def open_file(self, path: Path, *, create: bool = False) -> bool:
        """Open another registry in this window (after unsaved changes are dealt with)."""
        if not self.confirm_leave_all():
            return False
        try:
            registry = open_registry(path, create=create)
        except UserError as exc:
            show_user_error(self, exc, self.tr("The registry cannot be opened"))
            return False
        self.switch_registry(registry)
        return True

    def switch_registry(self, registry: Registry) -> None:
        """Show ``registry`` instead of the one open now (which is closed)."""
        old = self.context
        context = AppContext(registry, self)
        context.language = old.language
        self._unbind_context()
        self.edit_menu.removeAction(self.undo_action)
        self.edit_menu.removeAction(self.redo_action)
        self.undo_action.deleteLater()
        self.redo_action.deleteLater()
        self.context = context
        self.undo_action = self._undo_action()
        self.redo_action = self._redo_action()
        self.edit_menu.insertAction(self._undo_anchor, self.undo_action)
        self.edit_menu.insertAction(self._undo_anchor, self.redo_action)
        self.overview.set_context(context)
        self.history.set_context(context)
        for page in self.list_pages.values():
            page.set_context(context)
        self.reports_menu.clear()
        self._reports_ready = False
        old.registry.close()
        old.deleteLater()
        self.remember_file()
        self._bind_context()
        self._load_page(self.current_page_key())
        self.schedule_assessment()

    def remember_file(self) -> None:
        """Put the open registry first in File ▸ Open Recent."""
        path = self.context.registry.path
        if path is not None:
            self.settings.add_recent_file(str(path))
            self.settings.set(LAST_DATABASE, str(path))

    def new_registry(self) -> None:
        """Create a registry file (asking for the organisation's name) and open it."""
        path = ChooseFileDialog.ask(self, "new", self._directory())
        if path is None:
            return
        current = self.context.registry.path
        if current is not None and path.resolve() == current.resolve():
            show_user_error(self, UserError(self.tr(
                "That is the registry open now. Choose another file name.")))
            return
        name = OrganisationNameDialog.ask(self)
        if name is None:
            return
        if not self.confirm_leave_all():
            return
        try:
            registry = create_registry(path, name=name, replace=True)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.switch_registry(registry)

    def import_json(self) -> None:
        """Replace the registry with a JSON document (after confirmation)."""
        if self.context.read_only:
            return
        path = ChooseFileDialog.ask(self, "import", self._directory())
        if path is None:
            return
        from registry.exchange import import_document, read_document

        try:
            doc = read_document(path)
        except UserError as exc:
            show_user_error(self, exc, self.tr("Import"))
            return
        if not ConfirmImportDialog.ask(self, path):
            return
        if not self.confirm_leave_all():
            return
        try:
            self.context.run(lambda session: import_document(session, doc, replace=True,
                                                             source=path.name))
        except UserError as exc:
            show_user_error(self, exc, self.tr("Import"))
            return
        self.context.undo_stack.clear()
        self.statusBar().showMessage(self.tr("Imported {0}.").format(path.name), 8000)

    def export_json(self) -> None:
        """Write the whole registry to a JSON document."""
        path = ChooseFileDialog.ask(self, "export", self._directory())
        if path is None:
            return
        from registry.exchange import export_registry, write_document

        try:
            doc = self.context.read(export_registry)
            write_document(doc, path)
        except UserError as exc:
            show_user_error(self, exc, self.tr("Export"))
            return
        except OSError as exc:
            show_user_error(self, UserError(self.tr("{0} cannot be written: {1}.").format(
                path, exc.strerror or exc)), self.tr("Export"))
            return
        self.statusBar().showMessage(self.tr("Exported the registry to {0}.").format(path),
                                     8000)

    # --- state ----------------------------------------------------------------------------

    def restore_state(self) -> None:
        """Geometry, splitters, column widths and the last page, from the settings."""
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen is not None else None
            if available is not None:
                self.resize(min(1400, int(available.width() * 0.9)),
                            min(860, int(available.height() * 0.9)))
            else:
                self.resize(1200, 800)
        state = self.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get(NAVIGATION_SPLITTER)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([self.navigation.minimumWidth(), 1000])
        self.overview.restore_state()
        self.history.restore_state()
        for page in self.list_pages.values():
            page.restore_state()
        last = self.settings.get(LAST_PAGE)
        self.show_page(last if last in self.pages else "overview")

    def save_state(self) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(NAVIGATION_SPLITTER, self.splitter.saveState())
        self.settings.set(LAST_PAGE, self.current_page_key())
        self.overview.save_state()
        self.history.save_state()
        for page in self.list_pages.values():
            page.save_state()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.confirm_leave_all():
            event.ignore()
            return
        self.save_state()
        event.accept()

