"""The Reports menu: one action per report, a dialog for its options, and a run off the GUI
thread with progress, cancel, and "open the file" at the end.

The reports themselves are :func:`reports.render_report`; this module only asks, runs and
tells. The work runs on a :class:`QThreadPool` worker and talks back by signals; the window
never freezes. Every dialog has a replaceable ``ask()`` classmethod for tests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registry.enums import LANGUAGE_NAMES
from registry.errors import UserError
from registry.facts import Facts
from registry.snapshot import Snapshot
from reports import REPORTS, Cancelled, render_report

from ui.context import AppContext
from ui.errors import show_user_error
from ui.i18n import translator
from ui.widgets.dates import date_format

# Marked for lupdate; translated where shown.
TITLES: dict[str, str] = cast(dict[str, str], {
    "ropa-xlsx": QT_TRANSLATE_NOOP("ReportsMenu", "Article 30 register (Excel)…"),
    "ropa-pdf": QT_TRANSLATE_NOOP("ReportsMenu", "Records of processing (PDF)…"),
    "subprocessors-pdf": QT_TRANSLATE_NOOP("ReportsMenu", "Sub-processor list (PDF)…"),
    "subprocessors-html": QT_TRANSLATE_NOOP("ReportsMenu", "Sub-processor list (web page)…"),
})
FILTERS: dict[str, str] = cast(dict[str, str], {
    ".xlsx": QT_TRANSLATE_NOOP("ReportsMenu", "Excel workbook (*.xlsx)"),
    ".pdf": QT_TRANSLATE_NOOP("ReportsMenu", "PDF document (*.pdf)"),
    ".html": QT_TRANSLATE_NOOP("ReportsMenu", "Web page (*.html)"),
})


tr = translator("ReportsMenu")


@dataclasses.dataclass(frozen=True)
class ReportRequest:
    """What the user asked for: which report, where, in which language, for what."""

    kind: str
    out: Path
    lang: str
    service: str | None
    as_of: dt.date


def default_output(kind: str, as_of: dt.date, service: str | None = None,
                   lang: str = "en", folder: Path | None = None) -> Path:
    """A file name named after the report, its language, service and date."""
    stem = f"{kind}-{lang}" if REPORTS[kind].customer_facing else kind
    if service is not None:
        stem = f"{stem}-{service}"
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in stem)
    return (folder or Path.home()) / f"{safe}-{as_of.isoformat()}{REPORTS[kind].suffix}"


OUTPUT_CHARS = 64
"""How wide the Save-as field is, in average characters: a path in a folder of the home folder
fits whole, and a longer one shows its end, the file name, whole (the tooltip has it all)."""


class ReportDialog(QDialog):
    """Language, service, as-of date and output file of one report.

    Args:
        parent: the window.
        context: the open registry.
        kind: a key of :data:`reports.REPORTS`.
    """

    def __init__(self, parent: QWidget | None, context: AppContext, kind: str) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(tr(TITLES[kind]).rstrip("…"))
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        self.service = QComboBox(self)
        self.service.addItem(tr("All services"), None)
        for service in context.snapshot().services.values():
            self.service.addItem(service.name, service.name)
        self.as_of = QDateEdit(self)
        self.as_of.setCalendarPopup(True)
        language = context.ui_language
        self.as_of.setLocale(QLocale(language))
        self.as_of.setDisplayFormat(date_format(language))
        today = context.today()
        self.as_of.setDate(QDate(today.year, today.month, today.day))
        self.output = QLineEdit(self)
        self.output.setMinimumWidth(self.output.fontMetrics().averageCharWidth() * OUTPUT_CHARS)
        self.output.textChanged.connect(self.output.setToolTip)
        self.output.setText(str(default_output(kind, today, lang=context.language)))
        # The suggested name follows the options until the user types a name of their own.
        self._suggesting = True
        self.output.textEdited.connect(self._stop_suggesting)
        self.language.currentIndexChanged.connect(self._suggest)
        self.service.currentIndexChanged.connect(self._suggest)
        self.as_of.dateChanged.connect(self._suggest)
        choose = QPushButton(tr("Choose…"), self)
        choose.clicked.connect(self.choose_file)
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(tr("Language:"), self.language)
        form.addRow(tr("Service:"), self.service)
        form.addRow(tr("As of:"), self.as_of)
        form.addRow(tr("Save as:"), where)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Create report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _stop_suggesting(self) -> None:
        self._suggesting = False

    def _suggest(self) -> None:
        if self._suggesting:
            r = self.request()
            folder = r.out.parent if r.out.parent != Path() else None
            self.output.setText(str(default_output(r.kind, r.as_of, r.service, r.lang, folder)))

    def choose_file(self) -> None:
        suffix = REPORTS[self.kind].suffix
        name, _ = QFileDialog.getSaveFileName(self, tr("Save report as"), self.output.text(),
                                              tr(FILTERS[suffix]))
        if name:
            if not name.lower().endswith(suffix):
                name += suffix
            self.output.setText(name)

    def request(self) -> ReportRequest:
        """The options as they are in the dialog."""
        day = self.as_of.date()
        return ReportRequest(
            kind=self.kind,
            out=Path(self.output.text().strip()).expanduser(),
            lang=str(self.language.currentData()),
            service=self.service.currentData(),
            as_of=dt.date(day.year(), day.month(), day.day()),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, kind: str) -> ReportRequest | None:
        """Show the dialog; the request, or None when the user cancels."""
        dialog = cls(parent, context, kind)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.request()
        finally:
            dialog.deleteLater()


class OpenReportDialog:
    """Offers to open the finished report."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> bool:
        answer = QMessageBox.question(
            parent, tr("Report ready"),
            tr("The report was saved as {0}.\n\nOpen it now?").format(path),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        return answer == QMessageBox.StandardButton.Open


class NoViewerDialog:
    """Says where a report is when no program opens it, and offers to show its folder or
    copy its path."""

    @classmethod
    def box(cls, parent: QWidget | None, path: Path, folder: bool = True) -> QMessageBox:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Report ready"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr("No program on this computer opens the report. It is saved as:\n{0}")
                    .format(path))
        if folder:
            box.addButton(tr("Show Folder"), QMessageBox.ButtonRole.ActionRole
                          ).setObjectName("folder")
        box.addButton(tr("Copy Path"), QMessageBox.ButtonRole.ActionRole).setObjectName("copy")
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Close))
        return box

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, folder: bool = True) -> str:
        """``"folder"``, ``"copy"`` or ``"close"``; ``folder``: offer to show the folder."""
        box = cls.box(parent, path, folder)
        try:
            box.exec()
            clicked = box.clickedButton()
            return clicked.objectName() if clicked is not None and clicked.objectName() \
                else "close"
        finally:
            box.deleteLater()


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal()
    failed = Signal(object)


class ReportTask(QRunnable):
    """Renders one report on a worker thread; talks back only through its signals."""

    def __init__(self, request: ReportRequest, snapshot: Snapshot, facts: Facts) -> None:
        super().__init__()
        self.request = request
        self.snapshot = snapshot
        self.facts = facts
        self.signals = _Signals()
        self.stop = threading.Event()
        self.setAutoDelete(False)

    def run(self) -> None:
        r = self.request
        try:
            render_report(
                r.kind, self.snapshot, r.out, lang=r.lang, service=r.service, as_of=r.as_of,
                facts=self.facts, progress=self.signals.progress.emit,
                cancelled=self.stop.is_set,
            )
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to present
            self.signals.failed.emit(exc)
            return
        self.signals.succeeded.emit()


class ReportRunner(QObject):
    """Runs one report with a progress dialog, then offers to open the file.

    Signals:
        finished: the report was written (its path).
        ended: the run is over, whatever the outcome.
    """

    finished = Signal(object)
    ended = Signal()

    def __init__(self, parent: QWidget, context: AppContext, request: ReportRequest,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.window = parent
        self.request = request
        self.pool = pool or QThreadPool.globalInstance()
        self.task = ReportTask(request, context.snapshot(), context.facts)
        self.progress = QProgressDialog(tr("Creating the report…"), tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(tr(TITLES[request.kind]).rstrip("…"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        signals = self.task.signals
        signals.progress.connect(self.on_progress)
        signals.succeeded.connect(self.on_succeeded)
        signals.failed.connect(self.on_failed)

    def start(self) -> None:
        self.pool.start(self.task)

    def cancel(self) -> None:
        """Ask the worker to stop; it stops at its next step and leaves no file."""
        self.task.stop.set()
        self.progress.setLabelText(tr("Cancelling…"))

    def on_progress(self, done: int, total: int) -> None:
        if self.task.stop.is_set():
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def on_succeeded(self) -> None:
        self._close()
        path = self.request.out
        self.finished.emit(path)
        if OpenReportDialog.ask(self.window, path) and \
                not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._tell_where(path)
        self._end()

    def _tell_where(self, path: Path) -> None:
        """No program opens the report: say where it is, and show its folder or copy its
        path if the user wants to."""
        choice = NoViewerDialog.ask(self.window, path)
        if choice == "folder" and \
                not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
            choice = NoViewerDialog.ask(self.window, path, folder=False)
        if choice == "copy":
            clipboard = QGuiApplication.clipboard()
            if clipboard is not None:
                clipboard.setText(str(path))

    def on_failed(self, error: BaseException) -> None:
        self._close()
        try:
            if isinstance(error, Cancelled):
                return
            if isinstance(error, UserError):
                show_user_error(self.window, error, tr("The report was not created"))
                return
            raise error
        finally:
            self._end()

    def _close(self) -> None:
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.deleteLater()

    def _end(self) -> None:
        self.ended.emit()
        self.deleteLater()


def run_report(parent: QWidget, context: AppContext, kind: str,
               pool: QThreadPool | None = None) -> ReportRunner | None:
    """Ask for the options of ``kind`` and start it; None when the user cancelled."""
    try:
        request = ReportDialog.ask(parent, context, kind)
    except UserError as exc:
        show_user_error(parent, exc)
        return None
    if request is None:
        return None
    runner = ReportRunner(parent, context, request, pool)
    runner.start()
    return runner


def populate_reports_menu(menu: QMenu, parent: QWidget, context: AppContext) -> None:
    """Add one action per report to ``menu``.

    Args:
        menu: the window's Reports menu.
        parent: the window (dialogs and the running reports belong to it).
        context: the open registry.
    """
    for kind in REPORTS:
        action = menu.addAction(tr(TITLES[kind]))
        action.setObjectName(f"report-{kind}")
        action.triggered.connect(
            lambda _checked=False, k=kind: run_report(parent, context, k))
