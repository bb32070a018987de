"""The desktop app on 5,000 vendors: start-up, a search keystroke, opening a vendor's editor.

- start: a new process started as ``make run`` starts the app (``python main.py --db
  FILE``), from its start to the main window shown with the vendor list filled (the app
  prints a marker then: ``SPR_QUIT_WHEN_READY``), beside a bare PySide6
  script launched the same way that imports the same libraries (PySide6, SQLAlchemy,
  openpyxl, reportlab, Babel, pycountry, python-stdnum, platformdirs) and shows an empty
  window;
- after start: from the window shown until the whole registry is read and assessed (on a
  worker thread), every row of the vendor list built and the editor ready: the GUI
  thread's longest single event; against 100 ms;
- search: one keystroke in the vendor list's search box (the text set, the proxy filtered
  again), beside a bare ``QSortFilterProxyModel`` over a ``QStandardItemModel`` of the same
  search strings, filtered with ``setFilterFixedString``;
- editor: the first vendor selected after start-up (the editor is built in idle time after
  the window appears), and then another vendor, until the editor shows it; against 100 ms;
- save: one vendor renamed and saved in its editor, on a copy of the registry: the GUI
  thread's own time from the click until every view is up to date and the assessment (run
  on a worker thread) has landed; against 100 ms;
- overview: the Overview page shown right after such a save (it is out of date then, and
  fills its findings, counts and chart again): the GUI thread's longest single event from
  the page switch until the page is complete, which is how long the window cannot respond;
  against 100 ms.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path
from typing import Any

from bench.common import WORKDIR, Absolute, Ratio, best_of, synthetic_database

ROOT = Path(__file__).resolve().parent.parent
MARKER = "SPR-READY"

APP = [str(ROOT / "main.py"), "--db"]

BARE_SCRIPT = """
import sys
import babel, openpyxl, platformdirs, pycountry, reportlab, sqlalchemy, sqlalchemy.orm
import stdnum.dk.cvr, stdnum.eu.vat, stdnum.fi.ytunnus, stdnum.is_.kennitala
import stdnum.no.orgnr, stdnum.se.orgnr
from babel import Locale
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()
def ready():
    print("SPR-READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # As on a user's machine, Python caches the compiled modules at the first start (the
    # libraries' came compiled with their install); a start without that cache is not the
    # start people see.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "SPR_QUIT_WHEN_READY": "1",
        "SPR_START_PAGE": "vendors",
        "SPR_SETTINGS": str(home / "settings.ini"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "PYTHONPATH": str(ROOT),
    })
    return env


def _launch(args: list[str], env: dict[str, str]) -> float:
    """Seconds from launching a process to its ready marker."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == MARKER:
            elapsed = time.perf_counter() - start
            break
    else:
        proc.wait()
        raise RuntimeError(f"{args[:2]} ended without reaching its ready marker")
    proc.wait()
    return elapsed


def bench_start(path: Path) -> Ratio:
    with tempfile.TemporaryDirectory(dir=WORKDIR) as tmp:
        env = _environment(Path(tmp))
        # Warm the file cache, write the settings and the compiled modules.
        _launch([*APP, str(path)], env)
        ours = min(_launch([*APP, str(path)], env) for _ in range(5))
        bare = min(_launch(["-c", BARE_SCRIPT], env) for _ in range(5))
    return Ratio("start: window shown with 5,000 vendors", ours, bare, 1.5,
                 "bare PySide6 window, same imports")


def bench_in_process(path: Path) -> list[Ratio | Absolute]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from registry.storage import open_registry

    from ui.context import AppContext
    from ui.mainwindow import MainWindow
    from ui.settings import Settings

    app = _application()
    results: list[Ratio | Absolute] = []
    registry = open_registry(path)
    with tempfile.TemporaryDirectory(dir=WORKDIR) as tmp:
        context = AppContext(registry)
        window = MainWindow(context, Settings(Path(tmp) / "settings.ini"))
        window.show_page("vendors")
        window.show()
        page = window.vendors
        # As after start-up: the assessment and the editor's warm-up run in idle time.
        deadline = time.perf_counter() + 30
        while not (page.model.is_assessed and page.editor_ready()) and \
                time.perf_counter() < deadline:
            app.processEvents()
        for _ in range(5):
            app.processEvents()

        # One keystroke: "ve" -> "ven" and back, as typing and Backspace do.
        texts = ["ve", "ven"]
        turn = [0]

        def ours() -> None:
            turn[0] += 1
            page.search.setText(texts[turn[0] % 2])

        strings = [row.search for row in page.model.rows()]
        source = QStandardItemModel(len(strings), 1)
        for i, text in enumerate(strings):
            source.setItem(i, 0, QStandardItem(text))
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(source)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = QTableView()
        view.setModel(proxy)
        view.show()
        app.processEvents()

        def bare() -> None:
            turn[0] += 1
            proxy.setFilterFixedString(texts[turn[0] % 2])

        results.append(Ratio("search: one keystroke, 5,000 vendors", best_of(ours, 40),
                             best_of(bare, 40), 1.5, "QSortFilterProxyModel, same strings"))
        page.search.clear()
        app.processEvents()

        ids = [page.model.record_id(r) for r in range(0, 400, 7)]
        start = time.perf_counter()
        page.select_record(ids[0])
        app.processEvents()
        first = time.perf_counter() - start
        turn[0] = 0

        def switch() -> None:
            turn[0] += 1
            page.select_record(ids[turn[0] % len(ids)])

        results.append(Absolute("editor: first vendor opened after start", first, 0.1))
        results.append(Absolute("editor: another vendor selected", best_of(switch, 15),
                                0.1))
        window.close()
        window.deleteLater()
        view.deleteLater()
        app.processEvents()
    registry.close()
    return results


def bench_save(path: Path, saves: int = 5) -> Absolute:
    """The GUI thread's time for one save of a vendor (the best of ``saves``)."""
    from registry.storage import open_registry

    from ui.context import AppContext
    from ui.mainwindow import MainWindow
    from ui.settings import Settings

    app = _application()
    with tempfile.TemporaryDirectory(dir=WORKDIR) as tmp:
        copy = Path(tmp) / path.name
        shutil.copy(path, copy)
        registry = open_registry(copy)
        context = AppContext(registry)
        window = MainWindow(context, Settings(Path(tmp) / "settings.ini"))
        window.show_page("vendors")
        window.show()
        page = window.vendors
        _settle(app, context, lambda: page.model.is_assessed and page.editor_ready())
        page.select_record(page.model.record_id(3))
        _settle(app, context)
        editor = page.editor()
        assert editor is not None
        best = float("inf")
        for turn in range(saves):
            editor.name_edit.setText(f"Benchmark vendor {turn}")  # type: ignore[attr-defined]
            start = time.thread_time()  # this (the GUI) thread only, not the worker's
            saved = editor.save()
            _settle(app, context)
            best = min(best, time.thread_time() - start)
            assert saved, "the benchmark's save was refused"
        window.close()
        window.deleteLater()
        app.processEvents()
        registry.close()
    return Absolute("editor: save one vendor (GUI blocked)", best, 0.1)


def bench_overview(path: Path, turns: int = 5) -> Absolute:
    """The longest event when the overview is shown right after a save (the best of
    ``turns``)."""
    from registry.storage import open_registry

    from ui.context import AppContext
    from ui.mainwindow import MainWindow
    from ui.settings import Settings

    app = _application()
    with tempfile.TemporaryDirectory(dir=WORKDIR) as tmp:
        copy = Path(tmp) / path.name
        shutil.copy(path, copy)
        registry = open_registry(copy)
        context = AppContext(registry)
        window = MainWindow(context, Settings(Path(tmp) / "settings.ini"))
        window.show_page("vendors")
        window.show()
        page = window.vendors
        overview = window.overview
        _settle(app, context, lambda: page.model.is_assessed and page.editor_ready())
        # Once, so that the page's first showing is not what is measured.
        window.show_page("overview")
        _settle(app, context, lambda: not overview.is_stale())
        best = float("inf")
        for turn in range(turns):
            window.show_page("vendors")
            page.select_record(page.model.record_id(3 + turn))
            _settle(app, context)
            editor = page.editor()
            assert editor is not None
            editor.name_edit.setText(f"Benchmark vendor {turn}")  # type: ignore[attr-defined]
            assert editor.save(), "the benchmark's save was refused"
            _settle(app, context)
            assert overview.is_stale()
            app.events = []
            start = time.thread_time()
            window.show_page("overview")
            longest = time.thread_time() - start
            _settle(app, context, lambda: not overview.is_stale() and
                    overview.findings_model.is_complete())
            longest = max([longest, *app.events])
            app.events = None
            best = min(best, longest)
        window.close()
        window.deleteLater()
        app.processEvents()
        registry.close()
    return Absolute("overview: shown after a save (longest event)", best, 0.1)


def bench_after_start(path: Path, turns: int = 1) -> Absolute:
    """The longest event from the window shown until the registry is read, assessed, every
    row of the vendor list built and the editor ready.

    The best of ``turns`` windows; the first is the one that counts, as a user's start
    has it: it loads the editors' module and meets every Qt class for the first time.
    """
    from registry.storage import open_registry

    from ui.context import AppContext
    from ui.mainwindow import MainWindow
    from ui.settings import Settings

    app = _application()
    best = float("inf")
    with tempfile.TemporaryDirectory(dir=WORKDIR) as tmp:
        for _turn in range(turns):
            registry = open_registry(path)
            context = AppContext(registry)
            window = MainWindow(context, Settings(Path(tmp) / "settings.ini"))
            window.show_page("vendors")
            page = window.vendors
            app.events = []
            window.show()
            _settle(app, context, partial(_loaded, page))
            best = min(best, max(app.events))
            app.events = None
            window.close()
            window.deleteLater()
            app.processEvents()
            registry.close()
    return Absolute("start: longest event until all is loaded", best, 0.1)


def _loaded(page: Any) -> bool:
    """Whether a list page has its verdicts and its editor."""
    return bool(page.model.is_assessed and page.editor_ready())


@cache
def _timing_application() -> type:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class TimingApplication(QApplication):
        """Times every event it handles at the top level, while ``events`` is a list.

        An event sent from inside another counts in that one: the time is how long the
        event loop could not take the next user input.
        """

        def __init__(self, argv: list[str]) -> None:
            super().__init__(argv)
            self.events: list[float] | None = None
            self._inside = False

        def notify(self, receiver: QObject, event: QEvent) -> bool:
            if self.events is None or self._inside:
                return super().notify(receiver, event)
            self._inside = True
            start = time.thread_time()
            try:
                return super().notify(receiver, event)
            finally:
                self._inside = False
                self.events.append(time.thread_time() - start)

    return TimingApplication


def _application() -> Any:
    """The QApplication of the in-process benchmarks (one that can time its events)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = _timing_application()(sys.argv[:1])
    elif not isinstance(app, _timing_application()):
        raise RuntimeError("a QApplication was made before the GUI benchmarks ran")
    return app


def _settle(app: Any, context: Any, ready: Callable[[], bool] = lambda: True) -> None:
    """Handle events until ``ready`` and nothing is left to do, background work included."""
    deadline = time.perf_counter() + 30
    while not ready() and time.perf_counter() < deadline:
        app.processEvents()
    for _ in range(3):
        context.tasks.wait()
        for _ in range(5):
            app.processEvents()


def run() -> list[Ratio | Absolute]:
    path = synthetic_database()
    results: list[Ratio | Absolute] = [bench_start(path), bench_after_start(path)]
    results.extend(bench_in_process(path))
    results.append(bench_save(path))
    results.append(bench_overview(path))
    return results
