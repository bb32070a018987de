"""No two mnemonics (Alt+letter) in one menu or one form, in any language: each menu's
actions, the menu bar's menus and each editor's labels, boxes and buttons have letters of
their own (the Norwegian File and Edit menus and vendor form had two each)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)

from ui.app import install_translations
from ui.context import AppContext
from ui.editors import ActivityEditor, OrganisationEditor, ServiceEditor, VendorEditor
from ui.mainwindow import MainWindow
from ui.settings import Settings

from tests.ui.test_editors import show

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

LANGUAGES = ["en", "nb", "da", "sv", "fi"]
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_MNEMONIC = re.compile(r"(?<!&)&(?!&)(.)")


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&``, in lower case (``&&`` is an ampersand)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def duplicates(texts: Iterable[str]) -> dict[str, list[str]]:
    """The mnemonic letters used more than once, with the texts that use them."""
    texts = [t for t in texts if mnemonic(t)]
    counts = Counter(mnemonic(t) for t in texts)
    return {letter: [t for t in texts if mnemonic(t) == letter]
            for letter, n in counts.items() if letter and n > 1}


@pytest.fixture
def speaking(qapp: QApplication, request: pytest.FixtureRequest,
             context: AppContext) -> Iterator[str]:
    installed = install_translations(qapp, request.param)
    context.language = request.param
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


def _menus(window: MainWindow) -> Iterator[tuple[str, list[str]]]:
    bar = window.menuBar()
    yield "menu bar", [a.text() for a in bar.actions()]
    for menu in window.findChildren(QMenu):
        menu.aboutToShow.emit()  # the menus that fill themselves when opened
        yield menu.title(), [a.text() for a in menu.actions() if not a.isSeparator()]


@pytest.mark.parametrize("speaking", LANGUAGES, indirect=True)
def test_each_menu_has_a_letter_for_each_action(
    speaking: str, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(context, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    found = {title: dup for title, texts in _menus(window) if (dup := duplicates(texts))}
    assert not found, f"{speaking}: {found}"


def _form_texts(editor: QWidget) -> list[str]:
    """What a form offers Alt+letter to: the labels of its fields (their buddies), its boxes
    and its buttons."""
    texts = [label.text() for label in editor.findChildren(QLabel) if label.buddy()]
    texts += [box.title() for box in editor.findChildren(QGroupBox) if box.isCheckable()]
    texts += [button.text() for button in editor.findChildren(QAbstractButton)]
    return texts


@pytest.mark.parametrize("speaking", LANGUAGES, indirect=True)
def test_each_form_has_a_letter_for_each_field(
    speaking: str, context: AppContext, qtbot: QtBot
) -> None:
    found = {}
    for kind in (VendorEditor, ActivityEditor, ServiceEditor, OrganisationEditor):
        editor = kind(context)
        show(qtbot, editor)
        editor.load(None)
        if dup := duplicates(_form_texts(editor)):
            found[kind.__name__] = dup
    assert not found, f"{speaking}: {found}"


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.stem[-2:])
def test_each_translated_mnemonic_marks_a_letter_of_its_text(ts: Path) -> None:
    """One ``&`` before a letter or digit of the text, where the English has one."""
    wrong = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") in ("obsolete", "vanished") or not mnemonic(
                message.findtext("source") or ""):
            continue
        letter = mnemonic(text)
        if letter is None or not letter.isalnum() or text.replace("&&", "").count("&") != 1:
            wrong.append(text)
    assert not wrong
