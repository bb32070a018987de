"""The overview: counts as tiles, the findings by severity, and where the data goes.

The tiles are :mod:`ui.pages.overview_tiles`, the findings :class:`ui.models.findings.
GrowingFindingsModel`, the chart :mod:`ui.pages.overview_chart`; their figures come from
:mod:`registry.figures`.
"""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from registry.assessment import Assessment
from registry.enums import Severity
from registry.figures import destination_summary, vendor_reviews_due
from registry.messages import date_text
from registry.whatif import WhatIf

from ui.context import AppContext
from ui.models.findings import GrowingFindingsModel
from ui.pages.overview_chart import ChartLegend, DestinationChart
from ui.pages.overview_tiles import Tile
from ui.pages.whatif import WhatIfBar
from ui.settings import OVERVIEW_HEADER, OVERVIEW_SPLITTER, Settings


def _heading(text: str, parent: QWidget) -> QLabel:
    heading = QLabel(text, parent)
    font = QFont(heading.font())
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    heading.setFont(font)
    return heading


class OverviewPage(QWidget):
    """Findings, counts and where the data goes.

    Signals:
        openRecord(str, int): open the record a finding is about (kind, id).
        showPage(str): go to a page (a tile was clicked).
        showCountry(str, bool): show the vendors or transfers of a country (code, EU/EEA).
        showReviewsDue: show the vendors whose review is overdue or due soon.
    """

    openRecord = Signal(str, int)
    showPage = Signal(str)
    showCountry = Signal(str, bool)
    showReviewsDue = Signal()

    def __init__(self, context: AppContext, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self._stale = True

        self.title = _heading(self.tr("Overview"), self)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.5)
        self.title.setFont(title_font)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("overviewSubtitle")
        self.what_if = WhatIfBar(context, self.tr("Show them in Transfers"), self)

        self.tiles = {
            "vendors": Tile(self.tr("Vendors in use"), "eea", self),
            "destinations": Tile(self.tr("Third countries"), "info", self),
            "errors": Tile(self.tr("Errors"), "error", self),
            "warnings": Tile(self.tr("Warnings"), "warning", self),
            "reviews": Tile(self.tr("Vendor reviews due"), "info", self),
        }
        self.tiles["vendors"].clicked.connect(lambda: self.showPage.emit("vendors"))
        self.tiles["destinations"].clicked.connect(lambda: self.showPage.emit("transfers"))
        self.tiles["errors"].clicked.connect(lambda: self.focus_group(Severity.ERROR))
        self.tiles["warnings"].clicked.connect(lambda: self.focus_group(Severity.WARNING))
        self.tiles["reviews"].clicked.connect(self.showReviewsDue)
        # Five tiles in a row, or in two rows when the page is narrow.
        tiles = QGridLayout()
        tiles.setSpacing(12)
        self._tiles_layout = tiles
        self._tile_columns = 0
        self._reflow_tiles(5)

        self.findings_model = GrowingFindingsModel(context, self)
        self.findings = QTreeView(self)
        self.findings.setModel(self.findings_model)
        self.findings.setUniformRowHeights(True)
        self.findings.setAlternatingRowColors(True)
        self.findings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings.setAllColumnsShowFocus(True)
        self.findings.setWordWrap(False)
        self.findings.header().setStretchLastSection(True)
        self.findings.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.findings.activated.connect(self._on_finding_activated)
        self.findings.selectionModel().currentChanged.connect(self._show_detail)

        findings_panel = QWidget(self)
        findings_layout = QVBoxLayout(findings_panel)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_layout.setSpacing(6)
        self.detail = QLabel(findings_panel)
        self.detail.setObjectName("findingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        self.detail.setAccessibleName(self.tr("Selected finding"))
        findings_layout.addWidget(_heading(self.tr("Findings"), findings_panel))
        findings_layout.addWidget(self.findings, 1)
        findings_layout.addWidget(self.detail)

        self.chart = DestinationChart(self)
        self.chart.countryActivated.connect(self.showCountry)
        self.chart_scroll = QScrollArea(self)
        self.chart_scroll.setWidget(self.chart)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chart_panel = QWidget(self)
        chart_layout = QVBoxLayout(chart_panel)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(6)
        chart_hint = QLabel(self.tr("Vendors per destination country. Click a country to see "
                                    "its transfers."), chart_panel)
        chart_hint.setObjectName("hint")
        chart_hint.setWordWrap(True)
        chart_layout.addWidget(_heading(self.tr("Where the data goes"), chart_panel))
        chart_layout.addWidget(chart_hint)
        chart_layout.addWidget(ChartLegend(chart_panel))
        chart_layout.addWidget(self.chart_scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(findings_panel)
        self.splitter.addWidget(chart_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        # Everything scrolls as one when the window is small (large fonts, 200 % scaling).
        content = QWidget(self)
        self._content = content
        content.setMinimumHeight(self.fontMetrics().height() * 28)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.what_if)
        layout.addSpacing(2)
        layout.addLayout(tiles)
        layout.addSpacing(4)
        layout.addWidget(self.splitter, 1)
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidget(content)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)

        for first, second in zip(list(self.tiles.values()), list(self.tiles.values())[1:],
                                 strict=False):
            self.setTabOrder(first, second)
        self.setTabOrder(list(self.tiles.values())[-1], self.findings)
        self.setTabOrder(self.findings, self.chart)
        context.changed.connect(self.mark_stale)
        self._show_waiting()

    def _reflow_tiles(self, columns: int) -> None:
        if columns == self._tile_columns:
            return
        self._tile_columns = columns
        layout = self._tiles_layout
        tiles = list(self.tiles.values())
        for tile in tiles:
            layout.removeWidget(tile)
        # Every row as wide as the page (3 + 2 tiles: a grid of 6, the first spanning 2 each,
        # the others 3), rather than a gap where a tile would be.
        rows = [tiles[i:i + columns] for i in range(0, len(tiles), columns)]
        grid = math.lcm(*(len(row) for row in rows))
        for column in range(max(grid, layout.columnCount())):
            layout.setColumnStretch(column, 1 if column < grid else 0)
        for number, row in enumerate(rows):
            span = grid // len(row)
            for place, tile in enumerate(row):
                layout.addWidget(tile, number, place * span, 1, span)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        width = self.width() - 32
        # Five in a row while each is as wide as its longest word (captions wrap).
        tile = max(t.minimumSizeHint().width() for t in self.tiles.values())
        self._reflow_tiles(5 if width >= 5 * tile + 48 else 3)
        # Findings above the chart when the page is too narrow for both side by side.
        narrow = width < self.fontMetrics().averageCharWidth() * 110
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            # Stacked, both need their height: the page scrolls instead.
            lines = 48 if narrow else 28
            self._content.setMinimumHeight(self.fontMetrics().height() * lines)
            if narrow:
                total = max(self.splitter.height(), 400)
                self.splitter.setSizes([total * 3 // 5, total - total * 3 // 5])

    def _show_waiting(self) -> None:
        self.subtitle.setText(self.tr("Assessing the registry…"))

    def mark_stale(self) -> None:
        self._stale = True

    def is_stale(self) -> bool:
        return self._stale

    def set_context(self, context: AppContext) -> None:
        self.context.changed.disconnect(self.mark_stale)
        self.context = context
        self.findings_model.context = context
        self.what_if.set_context(context)
        context.changed.connect(self.mark_stale)
        self._stale = True
        self.findings_model.set_assessment(None)
        self._show_waiting()

    def set_assessment(self, assessment: Assessment, what_if: WhatIf | None = None) -> None:
        """Show the findings, counts and destinations of ``assessment``; of a supposition,
        ``what_if`` has today's (the errors and warnings tiles say today's count)."""
        self._stale = False
        context = self.context
        snapshot = context.snapshot()
        self.findings_model.set_assessment(assessment)
        self._show_detail(QModelIndex())
        for row in range(self.findings_model.rowCount()):
            group = self.findings_model.index(row, 0)
            if self.findings_model.rowCount(group):
                # The most serious finding is current: Enter opens it, its text shows below.
                self.findings.setCurrentIndex(self.findings_model.index(0, 0, group))
                break
        for row, severity in enumerate((Severity.ERROR, Severity.WARNING)):
            if self.findings_model.group_count(severity):
                self.findings.expand(self.findings_model.index(row, 0))
        org = snapshot.organisation.name or self.tr("Unnamed organisation")
        self.subtitle.setText(self.tr("{0} — assessed as of {1}").format(
            org, date_text(assessment.as_of, context.ui_language)))
        in_use = sum(1 for v in snapshot.vendors.values() if v.in_service(assessment.as_of))
        third = {t.country for t in assessment.transfers}
        errors = assessment.count(Severity.ERROR)
        warnings = assessment.count(Severity.WARNING)
        self.tiles["vendors"].set_value(f"{in_use}")
        self.tiles["destinations"].set_value(f"{len(third)}")
        today = what_if.today if what_if is not None else None
        self.tiles["errors"].set_value(
            f"{errors}", "error" if errors else "ok",
            self._today(today.count(Severity.ERROR)) if today is not None else "")
        self.tiles["warnings"].set_value(
            f"{warnings}", "warning" if warnings else "ok",
            self._today(today.count(Severity.WARNING)) if today is not None else "")
        reviews = vendor_reviews_due(snapshot, assessment.as_of)
        self.tiles["reviews"].set_value(
            f"{reviews.total}", "warning" if reviews.overdue else "info",
            self.tr("{0} overdue, {1} due within 30 days").format(reviews.overdue, reviews.soon))
        self.chart.set_destinations(
            destination_summary(snapshot, assessment, context.facts, context.language))

    def _today(self, count: int) -> str:
        """A tile's figure today, under the figure of a supposition."""
        return self.tr("{0} today").format(count)

    def focus_group(self, severity: Severity) -> None:
        """Expand a severity group and put the keyboard focus on it."""
        row = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}[severity]
        index = self.findings_model.index(row, 0)
        self.findings.expand(index)
        self.findings.setCurrentIndex(index)
        self.findings.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self.findings.setFocus()

    def _show_detail(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """The whole text of the current finding under the list (it is cut off in it)."""
        finding = self.findings_model.finding(index)
        if finding is None:
            self.detail.setText(html.escape(self.tr(
                "Select a finding to read it in full; double-click it or press Enter to "
                "open its record.")))
            return
        where = f" — {html.escape(self.findings_model.country_text(finding))}" \
            if finding.country else ""
        self.detail.setText(
            f"<b>{html.escape(finding.record_name_in(self.context.language))}</b>{where}<br>"
            f"{html.escape(finding.message_in(self.context.language))}")

    def _on_finding_activated(self, index: QModelIndex) -> None:
        finding = self.findings_model.finding(index)
        if finding is None or finding.record_id is None:
            return
        self.openRecord.emit(finding.record_kind, finding.record_id)

    def save_state(self) -> None:
        self.settings.set(OVERVIEW_SPLITTER, self.splitter.saveState())
        self.settings.set(OVERVIEW_HEADER, self.findings.header().saveState())

    def restore_state(self) -> None:
        state = self.settings.get(OVERVIEW_SPLITTER)
        if state.isEmpty() or not self.splitter.restoreState(state):
            char = self.fontMetrics().averageCharWidth()
            self.splitter.setSizes([char * 110, char * 60])
        header = self.settings.get(OVERVIEW_HEADER)
        if header.isEmpty() or not self.findings.header().restoreState(header):
            char = self.fontMetrics().averageCharWidth()
            self.findings.header().resizeSection(0, char * 34)
            self.findings.header().resizeSection(1, char * 16)
