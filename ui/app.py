"""Starting the app: crash handler, logging, translations, the registry, the main window.

``run(db)`` is what ``main.py`` calls without a subcommand:

1. install the crash handler (:func:`ui.errors.install_excepthook`) and file logging;
2. create the ``QApplication`` and load the translations (the language setting, else the
   system's), Qt's own ``qtbase`` ones too when Qt ships them;
3. open the registry: ``db`` when given, else the user's own file; on first start (no file
   yet) offer the demo registry, an empty one or an existing file; when it cannot be opened,
   say why and offer another (:class:`ui.dialogs.OpenProblemDialog`);
4. show the main window; the lists appear first, the assessment right after; once the
   window is on screen, turn the cycle collector back on (``main.py`` pauses it while the
   modules load), with every object made so far left out of its walks (``gc.freeze``).

Environment variables (for screenshots, benchmarks and support; see ``docs/app.md``):
``SPR_START_PAGE`` (overview, vendors, services, activities, transfers) and ``SPR_SELECT``
(a record name on that page) choose what is shown first; ``SPR_LANGUAGE`` forces the UI
language; ``SPR_WHAT_IF_AS_OF`` (a date, ``2031-12-28``) and ``SPR_WHAT_IF_REVOKE`` (decision
ids, ``us-dpf,jp``) start with that supposition on the Overview and Transfers pages;
``SPR_QUIT_WHEN_READY=1`` prints ``SPR-READY`` and quits as soon as the window is shown with
its list filled.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from registry.creation import create_registry
from registry.desktop import APP_ID
from registry.enums import LANGUAGES
from registry.errors import DatabaseError, UserError
from registry.storage import Registry, default_database, open_registry
from registry.whatif import Supposition

from ui.context import AppContext
from ui.dialogs import ChooseFileDialog, FirstStartDialog, OpenProblemDialog, OrganisationNameDialog
from ui.errors import install_excepthook, setup_logging, show_user_error
from ui.icons import app_icon
from ui.language import TRANSLATIONS as TRANSLATIONS
from ui.language import in_use, install_translations, ui_language
from ui.mainwindow import MainWindow
from ui.settings import PAGES, Settings

READY_MARKER = "SPR-READY"


def open_startup_registry(db: str | None, language: str = "en") -> Registry | None:
    """The registry to show at start, asking the user where needed; None to quit.

    Without ``db`` the user's own registry file is used; when it does not exist yet
    (first start) the user chooses the demo registry, an empty one, or a file of theirs.

    Args:
        db: the registry given on the command line (a path or URL), or None.
        language: the language of the app's own words (en, nb): that of the problems shown.
    """
    target: str | Path
    if db is None:
        target = default_database()
        if not target.exists():
            first = _first_start(target, language)
            if first is None or isinstance(first, Registry):
                return first
            target = first
    else:
        target = db
    while True:
        try:
            return open_registry(target, create=False)
        except DatabaseError as exc:
            choice = OpenProblemDialog.ask(None, exc.message_in(language))
        if choice == "quit":
            return None
        if choice == "open_other":
            path = ChooseFileDialog.ask(None, "open")
            if path is not None:
                target = path
            continue
        path = ChooseFileDialog.ask(None, "new")
        if path is None:
            continue
        name = OrganisationNameDialog.ask(None)
        if name is None:
            continue
        try:
            return create_registry(path, name=name, replace=True)
        except UserError as error:
            show_user_error(None, error, language=language)


def _first_start(default: Path, language: str) -> Registry | Path | None:
    """Ask how to start; a new registry, a file to open, or None to quit."""
    while True:
        choice = FirstStartDialog.ask(None)
        if choice is None:
            return None
        try:
            if choice == "demo":
                return create_registry(default, demo=True)
            if choice == "empty":
                name = OrganisationNameDialog.ask(None)
                if name is not None:
                    return create_registry(default, name=name)
                continue
        except UserError as exc:
            show_user_error(None, exc, language=language)
            continue
        path = ChooseFileDialog.ask(None, "open")
        if path is not None:
            return path


def apply_start_options(window: MainWindow) -> None:
    """``SPR_START_PAGE`` and ``SPR_SELECT``: what to show first; ``SPR_WHAT_IF_AS_OF`` and
    ``SPR_WHAT_IF_REVOKE``: a supposition to start with (a date that is none, or a decision
    the legal facts do not have, is left out)."""
    context = window.context
    as_of = os.environ.get("SPR_WHAT_IF_AS_OF", "").strip()
    revoke = {d.strip() for d in os.environ.get("SPR_WHAT_IF_REVOKE", "").split(",")}
    if as_of or revoke - {""}:
        try:
            day = dt.date.fromisoformat(as_of) if as_of else context.today()
        except ValueError:
            day = context.today()
        context.suppose(Supposition(
            day, tuple(d.id for d in context.facts.decisions if d.id in revoke)))
    page = os.environ.get("SPR_START_PAGE", "")
    if page in PAGES:
        window.show_page(page)
    name = os.environ.get("SPR_SELECT", "").strip().casefold()
    list_page = window.current_list_page()
    if name and list_page is not None:
        list_page.ensure_fresh()
        model = list_page.model
        for row in range(model.rowCount()):
            if model.name(row).casefold() == name:
                list_page.select_record(model.record_id(row))
                break


def start(db: str | None, settings: Settings | None = None) -> MainWindow | None:
    """Everything up to the shown main window (``run`` without the event loop).

    Returns:
        The main window, or None when the user chose to quit before it opened.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = settings or Settings()
    language = ui_language(settings)
    in_use(install_translations(app, language))
    known = language if language in LANGUAGES else None
    # What goes wrong before the window opens is said in the window's own language.
    registry = open_startup_registry(db, known or "en")
    if registry is None:
        return None
    context = AppContext(registry)
    if known:
        context.language = known
    window = MainWindow(context, settings)
    window.remember_file()
    apply_start_options(window)
    window.show()
    window.schedule_assessment()
    return window


def _resume_collector() -> None:
    """Turn the cycle collector on (``main.py`` pauses it while the app loads), leaving
    every object that exists now (the modules, the window) out of its walks for good."""
    gc.freeze()
    gc.enable()


def run(db: str | None) -> int:
    """Start the app on ``db`` (a path or URL; None: the user's own registry).

    Returns:
        The exit status.
    """
    setup_logging()
    install_excepthook()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Subprocessor Registry")
    app.setApplicationDisplayName("Subprocessor Registry")
    app.setOrganizationName("SubprocessorRegistry")
    app.setDesktopFileName(APP_ID)  # the desktop entry install-desktop puts in place
    app.setWindowIcon(app_icon())
    window = start(db)
    if window is None:
        _resume_collector()
        return 0
    if window.has_painted():
        _resume_collector()
    else:
        window.firstPainted.connect(_resume_collector)
    if os.environ.get("SPR_QUIT_WHEN_READY"):
        def ready() -> None:
            print(READY_MARKER, flush=True)
            app.quit()

        if window.has_painted():
            QTimer.singleShot(0, ready)
        else:
            window.firstPainted.connect(ready)
    shown = [window]

    def follow(successor: MainWindow) -> None:  # Edit > Language made the window again
        shown[0] = successor
        successor.replaced.connect(follow)

    window.replaced.connect(follow)
    status = app.exec()
    shown[0].context.registry.close()
    return status
