"""Shared UI test set-up: an AppContext on a fresh registry, and no modal dialog ever."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from registry.storage import Registry

from ui import context as context_module
from ui.app import install_translations
from ui.context import AppContext, ImmediateTasks
from ui.errors import CrashDialog, ErrorDialog


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
