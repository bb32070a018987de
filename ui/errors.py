"""The one error presenter: expected problems as a sentence, bugs as a crash dialog.

A :class:`registry.errors.UserError` is shown as it is, in the language of the app's own words
where the registry words it in several (a refused save, a conflict, a file that cannot be
opened or written, a refused deletion). Anything else that escapes
to the event loop is a bug: :func:`install_excepthook` logs it with its traceback to a file in the
user's data directory and shows a crash dialog that names that file; nobody sees a traceback.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from registry.errors import UserError
from registry.storage import data_dir

from ui.i18n import translator

log = logging.getLogger(__name__)


tr = translator("errors")


def log_file() -> Path:
    return data_dir() / "subprocessor-registry.log"


def setup_logging() -> None:
    """Log to the user's data directory (warnings and up, with tracebacks)."""
    handler = logging.FileHandler(log_file(), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


class ErrorDialog:
    """Shows an expected problem. Tests replace :meth:`ask` to see what would be shown."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          parent)
        if details:
            box.setDetailedText(details)
        box.exec()


class CrashDialog:
    """Tells the user that something went wrong that is not their fault."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> None:
        QMessageBox.critical(parent, tr("Something went wrong"), text)


def show_user_error(parent: QWidget | None, error: UserError, title: str = "",
                    language: str | None = None) -> None:
    """Show an expected problem: its sentence, and every listed problem under Details.

    Args:
        parent: the window the dialog belongs to.
        error: the problem.
        title: the dialog's title.
        language: the language of the app's own words (``AppContext.ui_language``); None:
            that of the nearest context up from ``parent``, else English.
    """
    if language is None:
        language = _language_of(parent)
    problems = error.problems_in(language)
    details = "\n".join(problems)
    text = error.message_in(language)
    if problems and len(problems) <= 8:
        text = text + "\n\n" + details
        details = ""
    ErrorDialog.ask(parent, title or tr("Subprocessor Registry"), text, details)


def _language_of(widget: QWidget | None) -> str:
    """The language of the app's own words where ``widget`` is: that of the context of the
    nearest widget up from it that has one (an editor, the main window), else English."""
    while widget is not None:
        language = getattr(getattr(widget, "context", None), "ui_language", None)
        if isinstance(language, str):
            return language
        widget = widget.parentWidget()
    return "en"


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if isinstance(exc, UserError):
        show_user_error(QApplication.activeWindow(), exc)
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", text)
    try:
        where = str(log_file())
    except OSError:
        where = "the log"
    CrashDialog.ask(
        QApplication.activeWindow(),
        tr("An unexpected error occurred. Your saved work is safe; the last action may not "
           "have been completed.\n\nThe details were written to {0}. Please send that file "
           "with a note of what you were doing.").format(where),
    )


def install_excepthook() -> None:
    """Route every uncaught exception to the log and the crash dialog."""
    sys.excepthook = _excepthook
