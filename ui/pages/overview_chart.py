"""The Overview's chart of where the data goes, and its legend.

A bar per destination country (the number of vendors that host, process or can access data
there), stacked by verdict: green when the transfer is covered, amber with a warning, red
with an error, blue-grey inside the EU/EEA (no transfer). It is painted with ``QPainter``,
can be used with the keyboard (arrows, Enter) and opens the transfers to the chosen country.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QToolTip, QWidget

from registry.figures import Destination

from ui.icons import colour
from ui.models import label

STACK = ("error", "warning", "ok", "eea")
"""The order of the segments in a bar."""


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
