"""The overview page: tiles, findings by severity, the destinations chart."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from registry.enums import Severity, VendorStatus
from registry.figures import destination_summary
from registry.storage import Registry

from ui.app import install_translations
from ui.context import AppContext
from ui.models.findings import GrowingFindingsModel
from ui.pages.overview import OverviewPage
from ui.pages.overview_tiles import Tile
from ui.settings import Settings

from tests.ui.models.test_lists import fill_registry

# The offscreen platform cannot pass a window's size limits on; it says so on every change.
pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.usefixtures("english")]


@pytest.fixture
def overview(qtbot: QtBot, registry: Registry, context: AppContext,
             tmp_path: Path) -> tuple[OverviewPage, dict[str, int]]:
    ids = fill_registry(registry)
    context.invalidate()
    page = OverviewPage(context, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.set_assessment(context.assessment())
    return page, ids


def test_tiles_count_vendors_destinations_errors_and_warnings(
    overview: tuple[OverviewPage, dict[str, int]], context: AppContext
) -> None:
    page, _ids = overview
    assessment = context.assessment()
    assert page.tiles["vendors"].value() == "5"
    assert page.tiles["destinations"].value() == "1"
    assert page.tiles["errors"].value() == str(assessment.count(assessment.findings[0].severity))
    assert page.tiles["errors"].accessibleName().startswith("Errors: ")
    assert "Fjordlys AS" in page.subtitle.text()


def _change_vendor(context: AppContext, vendor_id: int, **changes: object) -> None:
    from registry import usecases

    def change(session: object) -> None:
        form = usecases.load_vendor_form(session, vendor_id)  # type: ignore[arg-type]
        usecases.update_vendor(session, vendor_id,  # type: ignore[arg-type]
                               dataclasses.replace(form, **changes), form.row_version)

    context.run(change)


@pytest.mark.parametrize("start", [None, 30], ids=["no start date", "starting next month"])
def test_a_planned_vendor_is_not_counted_in_use(
    overview: tuple[OverviewPage, dict[str, int]], context: AppContext, start: int | None
) -> None:
    page, ids = overview
    starts = None if start is None else context.today() + dt.timedelta(days=start)
    _change_vendor(context, ids["Hetzner"], status=VendorStatus.PLANNED, start_date=starts)
    page.set_assessment(context.assessment())

    assert page.tiles["vendors"].value() == "4"


def test_the_reviews_tile_tells_overdue_reviews_from_those_due_soon(
    overview: tuple[OverviewPage, dict[str, int]], context: AppContext
) -> None:
    page, ids = overview
    today = context.today()
    _change_vendor(context, ids["Hetzner"], next_review=today - dt.timedelta(days=548))
    _change_vendor(context, ids["Advania"], next_review=today + dt.timedelta(days=10))
    _change_vendor(context, ids["Zendesk"], next_review=today + dt.timedelta(days=60))
    page.set_assessment(context.assessment())
    tile = page.tiles["reviews"]

    assert tile.value() == "2"
    assert tile.detail() == "1 overdue, 1 due within 30 days"
    assert tile.toolTip() == "Vendor reviews due: 2 (1 overdue, 1 due within 30 days)"


def test_five_tiles_fit_in_one_row_at_the_window_s_width_in_every_language(
    qtbot: QtBot, qapp: QApplication, registry: Registry, context: AppContext,
    tmp_path: Path
) -> None:
    for language in ("en", "nb", "da", "sv", "fi"):
        installed = install_translations(qapp, language)
        try:
            page = OverviewPage(context, Settings(tmp_path / "settings.ini"))
            qtbot.addWidget(page)
            page.resize(1200, 700)  # the page of a window of 1400 (the default) at 100 %
            page.show()
            qtbot.waitExposed(page)
            rows = {tile.y() for tile in page.tiles.values()}
            assert len(rows) == 1, f"{language}: the tiles wrap"
            for tile in page.tiles.values():  # and no caption is cut off
                assert tile.height() >= tile.heightForWidth(tile.width()), language
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)


def test_findings_are_grouped_by_severity_and_errors_are_expanded(
    overview: tuple[OverviewPage, dict[str, int]]
) -> None:
    page, _ids = overview
    model = page.findings_model
    errors = model.index(0, 0)
    assert page.findings.isExpanded(errors)
    records = {model.index(r, 0, errors).data() for r in range(model.rowCount(errors))}
    assert "Mailchimp" in records
    mailchimp = next(model.index(r, 0, errors) for r in range(model.rowCount(errors))
                     if model.index(r, 0, errors).data() == "Mailchimp")
    row = mailchimp.row()
    assert model.index(row, model.COUNTRY, errors).data() in ("", "United States")
    assert model.index(row, model.MESSAGE, errors).data()


def test_enter_on_a_finding_opens_its_record(
    qtbot: QtBot, overview: tuple[OverviewPage, dict[str, int]]
) -> None:
    page, ids = overview
    model = page.findings_model
    errors = model.index(0, 0)
    mailchimp = next(model.index(r, 0, errors) for r in range(model.rowCount(errors))
                     if model.index(r, 0, errors).data() == "Mailchimp")
    page.findings.setFocus()
    page.findings.setCurrentIndex(mailchimp)
    with qtbot.waitSignal(page.openRecord) as blocker:
        qtbot.keyClick(page.findings, Qt.Key.Key_Return)
    assert blocker.args == ["vendor", ids["Mailchimp"]]


def test_chart_shows_vendors_per_country_by_verdict(
    overview: tuple[OverviewPage, dict[str, int]], context: AppContext
) -> None:
    page, _ids = overview
    rows = {d.code: d for d in page.chart.destinations()}
    assert rows["US"].counts == {"error": 1, "ok": 1}
    assert not rows["US"].eea
    assert rows["NO"].counts == {"eea": 2}
    assert rows["NO"].eea
    assert rows["NO"].name == "Norway"
    first = page.chart.destinations()[0]
    assert first.total == max(d.total for d in rows.values())
    assert "United States" in page.chart.accessibleDescription()


def test_country_names_follow_the_language(
    overview: tuple[OverviewPage, dict[str, int]], context: AppContext
) -> None:
    context.language = "nb"
    rows = destination_summary(context.snapshot(), context.assessment(), context.facts, "nb")
    assert {d.code: d.name for d in rows}["DE"] == "Tyskland"


def test_clicking_a_bar_shows_that_country(
    qtbot: QtBot, overview: tuple[OverviewPage, dict[str, int]]
) -> None:
    page, _ids = overview
    chart = page.chart
    index = [d.code for d in chart.destinations()].index("US")
    center = chart.row_rect(index).center()
    with qtbot.waitSignal(page.showCountry) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(center.x(), center.y()))
    assert blocker.args == ["US", False]


def test_chart_works_with_the_keyboard(
    qtbot: QtBot, overview: tuple[OverviewPage, dict[str, int]]
) -> None:
    page, _ids = overview
    chart = page.chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    last = chart.destinations()[-1]
    with qtbot.waitSignal(page.showCountry) as blocker:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert blocker.args == [last.code, last.eea]


def test_tiles_lead_to_the_pages(qtbot: QtBot,
                                 overview: tuple[OverviewPage, dict[str, int]]) -> None:
    page, _ids = overview
    with qtbot.waitSignal(page.showPage) as blocker:
        qtbot.mouseClick(page.tiles["destinations"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["transfers"]
    page.tiles["warnings"].setFocus()
    qtbot.keyClick(page.tiles["warnings"], Qt.Key.Key_Space)
    assert page.findings.currentIndex() == page.findings_model.index(1, 0)


def test_an_empty_registry_shows_an_empty_chart(qtbot: QtBot, context: AppContext,
                                                tmp_path: Path) -> None:
    page = OverviewPage(context, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.show()
    page.set_assessment(context.assessment())
    assert page.chart.destinations() == []
    assert page.tiles["vendors"].value() == "0"
    page.chart.repaint()


def _findings_in(model: GrowingFindingsModel, group: int) -> list[object]:
    parent = model.index(group, 0)
    return [model.finding(model.index(row, 0, parent)) for row in range(model.rowCount(parent))]


def test_findings_come_first_rows_at_once_and_the_rest_a_moment_later(
    qtbot: QtBot, qtmodeltester: ModelTester, overview: tuple[OverviewPage, dict[str, int]],
    context: AppContext
) -> None:
    assessment = context.assessment()
    model = GrowingFindingsModel(context, first=1)
    with qtbot.waitSignal(model.complete):
        model.set_assessment(assessment)
        # The first finding of each group; the headings count them all already.
        for group, severity in enumerate((Severity.ERROR, Severity.WARNING, Severity.INFO)):
            total = assessment.count(severity)
            assert model.rowCount(model.index(group, 0)) == min(total, 1)
            assert model.index(group, 0).data().endswith(f"({total})")
        assert model.group_count(Severity.WARNING) > 1
        assert not model.is_complete()
        qtmodeltester.check(model)
    assert model.is_complete()
    for group, severity in enumerate((Severity.ERROR, Severity.WARNING, Severity.INFO)):
        assert _findings_in(model, group) == [
            f for f in assessment.findings if f.severity == severity]
    qtmodeltester.check(model)


def test_a_new_assessment_starts_again_from_the_first_rows(
    qtbot: QtBot, overview: tuple[OverviewPage, dict[str, int]], context: AppContext
) -> None:
    model = GrowingFindingsModel(context, first=1)
    model.set_assessment(context.assessment())
    model.fill()
    assert model.is_complete()
    model.set_assessment(context.assessment())
    assert model.rowCount(model.index(1, 0)) == 1
    model.set_assessment(None)
    assert model.is_complete()
    assert [model.rowCount(model.index(group, 0)) for group in range(3)] == [0, 0, 0]


def test_a_finding_that_came_later_opens_its_record(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, context: AppContext,
    overview: tuple[OverviewPage, dict[str, int]], tmp_path: Path
) -> None:
    _page, ids = overview
    monkeypatch.setattr(GrowingFindingsModel, "FIRST", 1)
    page = OverviewPage(context, Settings(tmp_path / "other.ini"))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    model = page.findings_model
    with qtbot.waitSignal(model.complete):
        page.set_assessment(context.assessment())
        errors = model.index(0, 0)
        assert model.rowCount(errors) == 1
        assert page.findings.currentIndex() == model.index(0, 0, errors)
    warnings = model.index(1, 0)
    assert page.findings.isExpanded(warnings)
    last = model.index(model.rowCount(warnings) - 1, 0, warnings)
    assert last.row() > 0
    page.findings.setFocus()
    page.findings.setCurrentIndex(last)
    with qtbot.waitSignal(page.openRecord) as blocker:
        qtbot.keyClick(page.findings, Qt.Key.Key_Return)
    assert blocker.args == ["activity", ids["Customer support"]]


def test_a_narrow_tile_wraps_its_caption_instead_of_cutting_it(qtbot: QtBot) -> None:
    tile = Tile("Reviews due within 30 days", "info")
    qtbot.addWidget(tile)
    metrics = tile.fontMetrics()
    narrow = tile.minimumSizeHint().width()
    lines = tile.caption_lines(narrow)
    assert len(lines) > 1
    assert " ".join(lines) == tile.caption()
    assert all(metrics.horizontalAdvance(line) <= narrow - Tile.PADDING for line in lines)
    assert tile.heightForWidth(narrow) >= \
        tile.sizeHint().height() + (len(lines) - 1) * metrics.height()
    assert tile.caption_lines(tile.sizeHint().width()) == [tile.caption()]
    # Never narrower than its longest word, which would have to be cut.
    assert narrow - Tile.PADDING >= metrics.horizontalAdvance("Reviews")


def test_the_tiles_of_a_narrow_overview_are_tall_enough_for_their_captions(
    qtbot: QtBot, overview: tuple[OverviewPage, dict[str, int]]
) -> None:
    page, _ids = overview
    font = QFont(page.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    page.setFont(font)
    page.resize(520, 700)
    tile = page.tiles["destinations"]
    qtbot.waitUntil(lambda: len(tile.caption_lines()) > 1)
    qtbot.waitUntil(lambda: tile.height() >= tile.heightForWidth(tile.width()))
    for each in page.tiles.values():
        assert " ".join(each.caption_lines()) == each.caption()
        assert each.height() >= each.heightForWidth(each.width())
        assert all(each.fontMetrics().horizontalAdvance(line) <= each.width() - Tile.PADDING
                   for line in each.caption_lines())
