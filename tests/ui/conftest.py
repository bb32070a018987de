"""Shared UI test set-up: an AppContext on a fresh registry, and no modal dialog ever."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from pytestqt.qtbot import QtBot, _close_widgets

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog

from registry.storage import Registry

from ui import context as context_module
from ui.app import install_translations
from ui.context import AppContext, ImmediateTasks
from ui.errors import CrashDialog, ErrorDialog


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """The test's widgets are closed and deleted before pytest-qt lets the pending events
    run: what a window left for idle time (a list page builds its editor ahead of the first
    click, a tenth of a second) is not done for a window nobody looks at any more."""
    _close_widgets(item)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return (yield)


@pytest.fixture(autouse=True)
def _immediate_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Background work (the assessment) runs at once, in the test's thread."""
    monkeypatch.setattr(context_module, "default_tasks", ImmediateTasks)


@pytest.fixture(autouse=True)
def _no_modal_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody replaced fails the test instead of blocking the run."""

    def refuse(what: str) -> Callable[..., object]:
        def fail(*args: object, **kwargs: object) -> object:
            pytest.fail(f"{what} would have opened a modal dialog: {args[1:4]}")
        return fail

    monkeypatch.setattr(ErrorDialog, "ask", classmethod(refuse("ErrorDialog.ask")))
    monkeypatch.setattr(CrashDialog, "ask", classmethod(refuse("CrashDialog.ask")))
    monkeypatch.setattr(QDialog, "exec", refuse("QDialog.exec"))


@contextlib.contextmanager
def translations(app: QCoreApplication, language: str) -> Iterator[None]:
    """The app's translations into ``language`` (Qt's too), installed while the block runs."""
    installed = install_translations(app, language)
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)


@pytest.fixture
def english(qapp: QCoreApplication) -> Iterator[None]:
    """The app's English translation, as at start-up (it holds the plural forms)."""
    with translations(qapp, "en"):
        yield


@pytest.fixture
def context(registry: Registry, qtbot: QtBot) -> Iterator[AppContext]:
    """The app's context on the empty ``registry``, in English."""
    ctx = AppContext(registry)
    ctx.language = "en"
    yield ctx
    if shiboken6.isValid(ctx):  # a window that opened another registry has deleted it
        ctx.undo_stack.clear()
        ctx.deleteLater()


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (title, text) of every error the presenter would have shown, instead of a dialog."""
    shown: list[tuple[str, str]] = []

    def ask(_cls: object, _parent: object, title: str, text: str, details: str = "") -> None:
        shown.append((title, text))

    monkeypatch.setattr(ErrorDialog, "ask", classmethod(ask))
    return shown


@pytest.fixture
def norwegian(qapp: QApplication, context: AppContext) -> Iterator[AppContext]:
    """The context of a window in Norwegian, with the window's own words in Norwegian too."""
    installed = install_translations(qapp, "nb")
    context.language = "nb"
    yield context
    for translator in installed:
        qapp.removeTranslator(translator)
