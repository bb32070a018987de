"""The overview: counts as tiles, the findings by severity, and where the data goes.

The picture of where the data goes is a bar per destination country (the number of vendors
that host, process or can access data there), stacked by verdict: green when the transfer is
covered, amber with a warning, red with an error, blue-grey inside the EU/EEA (no transfer).
It is painted with ``QPainter``, can be used with the keyboard (arrows, Enter) and opens the
transfers to the chosen country.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections import defaultdict
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from registry.assessment import Assessment
from registry.country_names import CountryNames
from registry.enums import Severity
from registry.facts import Facts
from registry.messages import date_text
from registry.snapshot import Snapshot

from ui.context import AppContext
from ui.icons import colour, text_colour
from ui.models import FindingsModel, ModelIndex, label
from ui.settings import OVERVIEW_HEADER, OVERVIEW_SPLITTER, Settings

STACK = ("error", "warning", "ok", "eea")
"""The order of the segments in a bar."""


@dataclasses.dataclass(frozen=True, slots=True)
class Destination:
    """One country in the chart: vendors with data there, by verdict."""

    code: str
    name: str
    counts: dict[str, int]
    eea: bool

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def destination_summary(snapshot: Snapshot, assessment: Assessment, facts: Facts,
                        language: str) -> list[Destination]:
    """Every destination country with the number of vendors there, by verdict.

    EU/EEA destinations count as ``eea``; third-country ones take the verdict of the
    vendor's transfer there. Countries with the most vendors come first.
    """
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    eea: dict[str, bool] = {}
    on = assessment.as_of
    for vendor in snapshot.vendors.values():
        if not vendor.in_use(on):
            continue
        # The countries of destinations(vendor), without building its ways there.
        codes = {location.country for location in vendor.locations}
        if vendor.country:
            codes.add(vendor.country)
        for code in codes:
            inside = eea.get(code)
            if inside is None:
                inside = eea[code] = facts.in_eea(code, on)
            if inside:
                counts[code]["eea"] += 1
    for transfer in assessment.transfers:
        verdict = transfer.verdict if transfer.verdict in ("error", "warning") else "ok"
        counts[transfer.country][verdict] += 1
        eea.setdefault(transfer.country, False)
    names = CountryNames(language)
    result = [
        Destination(code, names.name(code), dict(by_verdict), eea.get(code, False))
        for code, by_verdict in counts.items()
    ]
    result.sort(key=lambda d: (-d.total, d.name))
    return result


def reviews_due(snapshot: Snapshot, on: dt.date, days: int = 30) -> int:
    """Vendors in use and processing activities whose next review is within ``days``
    (overdue ones included)."""
    limit = on + dt.timedelta(days=days)
    due = sum(1 for v in snapshot.vendors.values()
              if v.in_use(on) and v.next_review is not None and v.next_review <= limit)
    due += sum(1 for a in snapshot.activities.values()
               if a.next_review is not None and a.next_review <= limit)
    return due


# --- findings -------------------------------------------------------------------------------

_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FINDING_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemNeverHasChildren


class GrowingFindingsModel(FindingsModel):
    """The findings tree with each group's first rows at once and the rest a moment later.

    A tree view lays out every row of an expanded group, calling into the model for each
    (some microseconds a row from Python), so thousands of findings would hold the window up
    for a noticeable time whenever the assessment changes. Here each group shows its first
    ``first`` rows when the assessment is set, enough to fill the view, and the rest are
    appended in the next pass of the event loop: painting and input go on in between, and
    no single event lays out more than the tree once. The group headings count every
    finding from the start.

    Signals:
        complete(): every finding of the assessment is in the tree.
    """

    FIRST = 200

    complete = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None, *,
                 first: int | None = None) -> None:
        super().__init__(context, parent)
        self._first = max(1, self.FIRST if first is None else first)
        self._limits = [self._first] * super().rowCount()
        """Per group, the number of its findings in the tree at most."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fill)

    def set_assessment(self, assessment: Assessment | None) -> None:
        self._timer.stop()
        # Set before the reset, so that the views asking during it see the limits already.
        self._limits = [self._first] * len(self._limits)
        super().set_assessment(assessment)
        if self.is_complete():
            self.complete.emit()
        else:
            self._timer.start()

    def is_complete(self) -> bool:
        """Whether every finding is in the tree."""
        return all(len(findings) <= limit
                   for findings, limit in zip(self._groups, self._limits, strict=True))

    def fill(self) -> None:
        """Put every finding that is still missing in the tree now."""
        self._timer.stop()
        if self.is_complete():
            return
        for group, findings in enumerate(self._groups):
            shown = min(len(findings), self._limits[group])
            if shown < len(findings):
                self.beginInsertRows(self.index(group, 0), shown, len(findings) - 1)
                self._limits[group] = len(findings)
                self.endInsertRows()
        self.complete.emit()

    # The view calls these for every row it lays out: kept short.

    def index(self, row: int, column: int,
              parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid():
            return super().index(row, column, parent)
        group = parent.row()
        if parent.internalId() != 0 or not 0 <= column < 3 or row < 0 or \
                row >= self._limits[group] or row >= len(self._groups[group]):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        count = super().rowCount(parent)
        if parent.isValid() and count:
            return min(count, self._limits[parent.row()])
        return count

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FINDING_FLAGS if index.internalId() else _GROUP_FLAGS


# --- tiles ----------------------------------------------------------------------------------


class Tile(QAbstractButton):
    """A count with a caption, painted as a card with an accent bar; a button.

    The caption wraps onto more lines when the tile is narrow (large fonts, 200 % scaling, a
    long translation), and the tile grows taller for them: it is never cut short.
    """

    PADDING = 26
    """The caption's room is the tile's width less this (the accent bar and margins)."""

    def __init__(self, caption: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self._value = "–"
        self._accent = accent
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._update_accessible()

    def set_value(self, value: str, accent: str | None = None) -> None:
        self._value = value
        if accent is not None:
            self._accent = accent
        self._update_accessible()
        self.updateGeometry()
        self.update()

    def value(self) -> str:
        return self._value

    def caption(self) -> str:
        return self._caption

    def _update_accessible(self) -> None:
        self.setText(f"{self._value} {self._caption}")
        self.setAccessibleName(f"{self._caption}: {self._value}")
        self.setToolTip(f"{self._caption}: {self._value}")

    def _value_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        return font

    def caption_lines(self, width: int | None = None) -> list[str]:
        """The caption as it is painted in a tile ``width`` wide (the current width if None),
        broken into lines between words."""
        room = max(1, (self.width() if width is None else width) - self.PADDING)
        layout = QTextLayout(self._caption, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        lines: list[str] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(room)
            start = line.textStart()
            lines.append(self._caption[start:start + line.textLength()].strip())
        layout.endLayout()
        return [text for text in lines if text] or [""]

    def _height(self, lines: int) -> int:
        big = QFontMetrics(self._value_font())
        return big.height() + lines * self.fontMetrics().height() + 30

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        fm = self.fontMetrics()
        big = QFontMetrics(self._value_font())
        width = max(fm.horizontalAdvance(self._caption), big.horizontalAdvance(self._value))
        return QSize(width + 40, self._height(1))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # Never narrower than the longest word: a caption wraps between words only.
        fm = self.fontMetrics()
        big = QFontMetrics(self._value_font())
        words = max((fm.horizontalAdvance(word) for word in self._caption.split()), default=0)
        width = max(fm.averageCharWidth() * 10, words, big.horizontalAdvance(self._value))
        return QSize(width + self.PADDING + 4, self._height(1))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._height(len(self.caption_lines(width)))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        base = palette.color(QPalette.ColorRole.Base)
        if self.underMouse() or self.isDown():
            base = palette.color(QPalette.ColorRole.AlternateBase)
        border = palette.color(QPalette.ColorRole.Mid)
        if self.hasFocus():
            border = palette.color(QPalette.ColorRole.Highlight)
        p.setPen(QPen(border, 2 if self.hasFocus() else 1))
        p.setBrush(base)
        p.drawRoundedRect(rect, 6, 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour(self._accent))
        p.drawRoundedRect(QRectF(rect.left() + 1, rect.top() + 1, 5, rect.height() - 2), 2, 2)
        fm = self.fontMetrics()
        big_font = self._value_font()
        big = QFontMetrics(big_font)
        left = int(rect.left()) + 18
        width = self.width() - self.PADDING
        p.setFont(big_font)
        p.setPen(text_colour(self._accent) if self._accent in ("error", "warning")
                 else palette.color(QPalette.ColorRole.Text))
        p.drawText(QRect(left, int(rect.top()) + 10, width, big.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._value)
        p.setFont(self.font())
        p.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        top = int(rect.top()) + 12 + big.height()
        for line in self.caption_lines():
            p.drawText(QRect(left, top, width, fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            top += fm.height()
        p.end()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Enter, QEvent.Type.Leave):
            self.update()
        return super().event(event)


# --- the chart ------------------------------------------------------------------------------


class DestinationChart(QWidget):
    """Horizontal bars: vendors per destination country, stacked by verdict.

    Signals:
        countryActivated(str, bool): a bar was clicked or Enter pressed on it
            (country code, whether it is in the EU/EEA).
    """

    countryActivated = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Destination] = []
        self._current = -1
        self._hover = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(self.tr("Where the data goes"))

    def set_destinations(self, rows: list[Destination]) -> None:
        self._rows = rows
        self._current = 0 if rows and self._current >= len(rows) else min(self._current,
                                                                             len(rows) - 1)
        self._hover = -1
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    def destinations(self) -> list[Destination]:
        return list(self._rows)

    def _describe(self) -> str:
        parts = [self._row_text(d) for d in self._rows[:10]]
        return "; ".join(parts)

    def _row_text(self, d: Destination) -> str:
        if d.eea:
            return self.tr("{0}: %n vendor(s), in the EU/EEA", "", d.total).format(d.name)
        segments = [f"{label(k)} {d.counts[k]}" for k in STACK if d.counts.get(k)]
        return self.tr("{0}: %n vendor(s) ({1})", "", d.total).format(d.name,
                                                                       ", ".join(segments))

    # Geometry.

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.7)

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(d.name) for d in self._rows), default=0)
        return min(widest + 12, fm.averageCharWidth() * 24)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.fontMetrics().averageCharWidth() * 60,
                     max(1, len(self._rows)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.fontMetrics().averageCharWidth() * 24,
                     max(1, len(self._rows)) * self._row_height() + 8)

    def _row_at(self, pos: QPoint) -> int:
        row = (pos.y() - 4) // self._row_height()
        return row if 0 <= row < len(self._rows) else -1

    def row_rect(self, row: int) -> QRect:
        return QRect(0, 4 + row * self._row_height(), self.width(), self._row_height())

    # Painting.

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fm = self.fontMetrics()
        if not self._rows:
            p.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No vendor locations are recorded yet."))
            p.end()
            return
        row_h = self._row_height()
        bar_h = max(8, int(fm.height() * 0.85))
        label_w = self._label_width()
        count_w = fm.horizontalAdvance("0000") + 8
        bar_left = label_w + 8
        bar_space = max(10, self.width() - bar_left - count_w - 8)
        largest = max(d.total for d in self._rows)
        text = palette.color(QPalette.ColorRole.Text)
        for i, d in enumerate(self._rows):
            top = 4 + i * row_h
            rect = QRect(0, top, self.width(), row_h)
            if i == self._current and self.hasFocus():
                highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
                highlight.setAlpha(40)
                p.fillRect(rect, highlight)
            elif i == self._hover:
                p.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            p.setPen(text)
            name = fm.elidedText(d.name, Qt.TextElideMode.ElideRight, label_w - 6)
            p.drawText(QRect(4, top, label_w - 6, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x = float(bar_left)
            y = top + (row_h - bar_h) / 2
            for key in STACK:
                n = d.counts.get(key, 0)
                if not n:
                    continue
                w = max(2.0, bar_space * n / largest)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colour(key))
                p.drawRect(QRectF(x, y, w, bar_h))
                x += w
            p.setPen(text)
            p.drawText(QRect(int(x) + 6, top, count_w, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(d.total))
        p.end()

    # Interaction.

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        row = self._row_at(event.position().toPoint())
        if row != self._hover:
            self._hover = row
            self.update()
        if row >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self._row_text(self._rows[row]),
                              self, self.row_rect(row))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        row = self._row_at(event.position().toPoint())
        if row >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._current = row
            self.update()
            self.activate(row)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if not self._rows:
            super().keyPressEvent(event)
            return
        moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10,
                 Qt.Key.Key_PageDown: 10}
        if key in moves:
            self._set_current(self._current + moves[Qt.Key(key)])
        elif key == Qt.Key.Key_Home:
            self._set_current(0)
        elif key == Qt.Key.Key_End:
            self._set_current(len(self._rows) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate(max(self._current, 0))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _set_current(self, row: int) -> None:
        self._current = max(0, min(row, len(self._rows) - 1))
        self.setAccessibleDescription(self._row_text(self._rows[self._current]))
        self.update()
        parent = self.parentWidget()
        scroll = parent.parentWidget() if parent is not None else None
        if isinstance(scroll, QScrollArea):
            rect = self.row_rect(self._current)
            scroll.ensureVisible(rect.center().x(), rect.center().y(), 0, rect.height())

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if self._current < 0 and self._rows:
            self._current = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self.update()
        super().focusOutEvent(event)

    def activate(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            d = self._rows[row]
            self.countryActivated.emit(d.code, d.eea)


class ChartLegend(QLabel):
    """Colour swatches with what they mean (wraps when the panel is narrow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        entries = (
            ("ok", self.tr("Covered")),
            ("warning", self.tr("Warning")),
            ("error", self.tr("Error")),
            ("eea", self.tr("EU/EEA: no transfer")),
        )
        parts = [
            f'<span style="color:{colour(key).name()}; font-size:large">&#9632;</span>'
            f"&nbsp;{html.escape(text)}"
            for key, text in entries
        ]
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(" &nbsp;&nbsp; ".join(parts))
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Legend"))
        self.setAccessibleDescription(", ".join(
            f"{label(key)}: {text}" for key, text in entries))


# --- the page -------------------------------------------------------------------------------


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
    """

    openRecord = Signal(str, int)
    showPage = Signal(str)
    showCountry = Signal(str, bool)

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

        self.tiles = {
            "vendors": Tile(self.tr("Vendors in use"), "eea", self),
            "destinations": Tile(self.tr("Third countries"), "info", self),
            "errors": Tile(self.tr("Errors"), "error", self),
            "warnings": Tile(self.tr("Warnings"), "warning", self),
            "reviews": Tile(self.tr("Reviews due within 30 days"), "info", self),
        }
        self.tiles["vendors"].clicked.connect(lambda: self.showPage.emit("vendors"))
        self.tiles["destinations"].clicked.connect(lambda: self.showPage.emit("transfers"))
        self.tiles["errors"].clicked.connect(lambda: self.focus_group(Severity.ERROR))
        self.tiles["warnings"].clicked.connect(lambda: self.focus_group(Severity.WARNING))
        self.tiles["reviews"].clicked.connect(lambda: self.showPage.emit("vendors"))
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
        for tile in self.tiles.values():
            layout.removeWidget(tile)
        for column in range(5):
            layout.setColumnStretch(column, 1 if column < columns else 0)
        for i, tile in enumerate(self.tiles.values()):
            layout.addWidget(tile, i // columns, i % columns)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        width = self.width() - 32
        tile = max(t.sizeHint().width() for t in self.tiles.values())
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
        context.changed.connect(self.mark_stale)
        self._stale = True
        self.findings_model.set_assessment(None)
        self._show_waiting()

    def set_assessment(self, assessment: Assessment) -> None:
        """Show the findings, counts and destinations of ``assessment``."""
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
        in_use = sum(1 for v in snapshot.vendors.values() if v.in_use(assessment.as_of))
        third = {t.country for t in assessment.transfers}
        errors = assessment.count(Severity.ERROR)
        warnings = assessment.count(Severity.WARNING)
        self.tiles["vendors"].set_value(f"{in_use}")
        self.tiles["destinations"].set_value(f"{len(third)}")
        self.tiles["errors"].set_value(f"{errors}", "error" if errors else "ok")
        self.tiles["warnings"].set_value(f"{warnings}", "warning" if warnings else "ok")
        self.tiles["reviews"].set_value(f"{reviews_due(snapshot, assessment.as_of)}")
        self.chart.set_destinations(
            destination_summary(snapshot, assessment, context.facts, context.language))

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
