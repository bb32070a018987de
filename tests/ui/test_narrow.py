"""Large fonts and narrow windows (200 % scaling on a laptop screen): the record editors
reflow instead of scrolling sideways, and a list page puts its editor under the list when the
two do not fit side by side."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QFormLayout, QWidget

from registry.storage import Registry

from ui.app import install_translations
from ui.context import AppContext
from ui.editors import ActivityEditor, ServiceEditor, VendorEditor
from ui.editors.base import RecordEditor
from ui.mainwindow import MainWindow
from ui.settings import Settings

from tests.ui.models.test_lists import fill_registry

# The offscreen platform cannot pass a window's size limits on; it says so on every change.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

EDITORS: list[tuple[type[RecordEditor], str]] = [
    (VendorEditor, "Zendesk"), (ServiceEditor, "Helpdesk"), (ActivityEditor, "Customer support"),
]

NARROWEST = 66
"""The widest an editor may insist on being, in average characters of its font: beside a list
of 30 characters, that fits a 1920×1080 screen at 200 % (960 pixels across)."""


@pytest.fixture(params=["en", "nb"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """English, and Norwegian with its longer texts."""
    installed = install_translations(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def doubled_font(qapp: QApplication) -> Iterator[QFont]:
    """The application's font at twice its size, for the widgets made from now on."""
    original = QFont(qapp.font())
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(font)
    yield font
    qapp.setFont(original)


@pytest.fixture
def filled(registry: Registry, context: AppContext) -> dict[str, int]:
    ids = fill_registry(registry)
    context.invalidate()
    return ids


def _editor(qtbot: QtBot, cls: type[RecordEditor], context: AppContext, record_id: int,
            width: int) -> RecordEditor:
    editor = cls(context)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.history.loaded):  # the record's history comes a moment later
        editor.load(record_id)
    editor.resize(max(width, editor.minimumSizeHint().width()), 900)
    editor.show()
    qtbot.waitExposed(editor)
    QApplication.processEvents()
    return editor


def _fits_without_scrolling_sideways(editor: RecordEditor) -> bool:
    return editor.content.width() <= editor.scroll_area.viewport().width()


@pytest.mark.parametrize(("cls", "name"), EDITORS)
def test_an_editor_at_a_doubled_font_is_never_wider_than_its_bound(
    qtbot: QtBot, context: AppContext, filled: dict[str, int], language: str,
    doubled_font: QFont, cls: type[RecordEditor], name: str
) -> None:
    editor = _editor(qtbot, cls, context, filled[name], 0)
    char = QFontMetrics(doubled_font).averageCharWidth()
    assert editor.fontMetrics().averageCharWidth() == char
    assert editor.width() <= NARROWEST * char
    assert _fits_without_scrolling_sideways(editor)
    assert editor.scroll_area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def _label_of(field: QWidget) -> QWidget:
    holder = field.parentWidget()
    assert holder is not None
    box = holder.parentWidget()
    assert box is not None
    form = box.layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(holder)
    assert label is not None
    return label


def test_a_narrow_editor_puts_its_labels_above_the_fields(
    qtbot: QtBot, context: AppContext, filled: dict[str, int], language: str
) -> None:
    wide = _editor(qtbot, VendorEditor, context, filled["Zendesk"], 1000)
    field = wide.name_edit  # type: ignore[attr-defined]
    label = _label_of(field)
    assert label.geometry().right() < field.parentWidget().geometry().left()

    narrow = _editor(qtbot, VendorEditor, context, filled["Zendesk"], 0)
    field = narrow.name_edit  # type: ignore[attr-defined]
    label = _label_of(field)
    assert label.geometry().bottom() < field.parentWidget().geometry().top()
    assert _fits_without_scrolling_sideways(narrow)


def test_the_editor_goes_under_the_list_when_the_window_is_narrow(
    qtbot: QtBot, context: AppContext, filled: dict[str, int], tmp_path: Path
) -> None:
    window = MainWindow(context, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("vendors")
    page = window.vendors
    assert page.select_record(filled["Zendesk"])
    editor = page.editor()
    assert isinstance(editor, VendorEditor)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Horizontal)
    assert _fits_without_scrolling_sideways(editor)

    window.resize(700, 860)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: _fits_without_scrolling_sideways(editor))
    assert page.view.height() > 0 and editor.height() > 0

    window.resize(1400, 860)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: _fits_without_scrolling_sideways(editor))
    assert editor.width() >= editor.minimumSizeHint().width()
