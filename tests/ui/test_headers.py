"""Every list's column headers fit their columns, in every language, as the window first
shows them; each header's tooltip says in full what the column holds (a short header such
as "DPIA" or the Swedish "Biträdesavtal" too)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from registry.storage import Registry

from ui.app import install_translations
from ui.context import AppContext
from ui.mainwindow import MainWindow
from ui.settings import Settings

from tests.ui.models.test_lists import fill_registry

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

HORIZONTAL = Qt.Orientation.Horizontal


@pytest.fixture
def window(qapp: QApplication, request: pytest.FixtureRequest, registry: Registry,
           context: AppContext, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    installed = install_translations(qapp, request.param)
    context.language = request.param
    fill_registry(registry)
    context.invalidate()
    shown = MainWindow(context, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("window", ["en", "nb", "da", "sv", "fi"], indirect=True)
def test_every_header_fits_its_column_and_says_in_full_what_it_holds(
    window: MainWindow, qtbot: QtBot
) -> None:
    clipped, untold = [], []
    for key, page in window.list_pages.items():
        window.show_page(key)
        qtbot.waitUntil(lambda page=page: page.model.is_assessed)
        header = page.view.horizontalHeader()
        metrics = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column in range(header.count()):
            title = page.model.headerData(column, HORIZONTAL)
            if metrics.horizontalAdvance(title) + 2 * margin > header.sectionSize(column):
                clipped.append((key, title, header.sectionSize(column)))
            tip = page.model.headerData(column, HORIZONTAL, Qt.ItemDataRole.ToolTipRole)
            if not tip or len(tip) < len(title):
                untold.append((key, title))
    assert not clipped
    assert not untold


@pytest.mark.parametrize("window", ["sv"], indirect=True)
def test_the_swedish_dpa_column_is_no_wider_than_a_date_needs(window: MainWindow) -> None:
    page = window.list_pages["vendors"]
    model = page.model
    column = model.column_of("dpa")
    title = model.headerData(column, HORIZONTAL)
    assert title == "Biträdesavtal"
    assert model.headerData(column, HORIZONTAL, Qt.ItemDataRole.ToolTipRole) == (
        "Datum då biträdesavtalet undertecknades")
    activities = window.list_pages["activities"].model
    assert activities.headerData(activities.column_of("dpia"), HORIZONTAL,
                                 Qt.ItemDataRole.ToolTipRole) == (
        "Konsekvensbedömning avseende dataskydd (DPIA)")
