"""Icons and colours, painted with ``QPainter`` (no image files to ship or scale), but for the
app's own icon, which the desktop shows too (``resources/desktop``).

Verdicts have a colour *and* a shape (round error mark, triangular warning, round note,
check mark), so they read without colour too. Every icon is painted at several sizes, so it
stays sharp at 200 % scaling.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from registry.desktop import APP_ID
from registry.resources import DESKTOP

VERDICTS = ("error", "warning", "info", "ok", "eea")
"""Verdict keys: a severity value, ``ok`` (nothing to do) or ``eea`` (no transfer)."""

COLOURS: dict[str, str] = {
    "error": "#c62828",
    "warning": "#e69500",
    "info": "#1e6fb8",
    "ok": "#2e7d32",
    "eea": "#78909c",
}
"""Fill colour of each verdict (bars, tiles, icons)."""

TEXT_COLOURS: dict[str, str] = {
    "error": "#b71c1c",
    "warning": "#8a5a00",
    "info": "#0d4f8b",
    "ok": "#1b5e20",
    "eea": "#455a64",
}
"""Darker variants, readable as text on a light background."""

_SIZES = (16, 20, 24, 32, 48, 64)


def colour(verdict: str) -> QColor:
    """The fill colour of a verdict."""
    return QColor(COLOURS.get(verdict, COLOURS["eea"]))


def text_colour(verdict: str) -> QColor:
    """The text colour of a verdict."""
    return QColor(TEXT_COLOURS.get(verdict, TEXT_COLOURS["eea"]))


def _icon(paint: Callable[[QPainter, float], None]) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, float(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _paint_error(p: QPainter, s: float) -> None:
    m = s * 0.06
    rect = QRectF(m, m, s - 2 * m, s - 2 * m)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour("error"))
    p.drawEllipse(rect)
    pen = QPen(QColor("white"), max(1.5, s * 0.13), Qt.PenStyle.SolidLine,
               Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    a, b = s * 0.32, s * 0.68
    p.drawLine(QPointF(a, a), QPointF(b, b))
    p.drawLine(QPointF(b, a), QPointF(a, b))


def _paint_warning(p: QPainter, s: float) -> None:
    path = QPainterPath()
    path.moveTo(s / 2, s * 0.05)
    path.lineTo(s * 0.97, s * 0.92)
    path.lineTo(s * 0.03, s * 0.92)
    path.closeSubpath()
    p.setPen(QPen(QColor("#a86b00"), max(1.0, s * 0.04)))
    p.setBrush(colour("warning"))
    p.drawPath(path)
    pen = QPen(QColor("white"), max(1.5, s * 0.12), Qt.PenStyle.SolidLine,
               Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.62))
    p.drawPoint(QPointF(s / 2, s * 0.78))


def _paint_info(p: QPainter, s: float) -> None:
    m = s * 0.06
    rect = QRectF(m, m, s - 2 * m, s - 2 * m)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour("info"))
    p.drawEllipse(rect)
    pen = QPen(QColor("white"), max(1.5, s * 0.12), Qt.PenStyle.SolidLine,
               Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawPoint(QPointF(s / 2, s * 0.28))
    p.drawLine(QPointF(s / 2, s * 0.45), QPointF(s / 2, s * 0.74))


def _paint_ok(p: QPainter, s: float) -> None:
    m = s * 0.06
    rect = QRectF(m, m, s - 2 * m, s - 2 * m)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour("ok"))
    p.drawEllipse(rect)
    pen = QPen(QColor("white"), max(1.5, s * 0.12), Qt.PenStyle.SolidLine,
               Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    path = QPainterPath()
    path.moveTo(s * 0.28, s * 0.52)
    path.lineTo(s * 0.44, s * 0.68)
    path.lineTo(s * 0.73, s * 0.34)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)


def _paint_eea(p: QPainter, s: float) -> None:
    m = s * 0.1
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour("eea"))
    p.drawEllipse(QRectF(m, m, s - 2 * m, s - 2 * m))


@functools.cache
def verdict_icon(verdict: str) -> QIcon:
    """The icon of a verdict key (see :data:`VERDICTS`); an empty icon for anything else."""
    painters = {
        "error": _paint_error,
        "warning": _paint_warning,
        "info": _paint_info,
        "ok": _paint_ok,
        "eea": _paint_eea,
    }
    paint = painters.get(verdict)
    return _icon(paint) if paint else QIcon()


# --- navigation ------------------------------------------------------------------------------

_NAV = "#37474f"


def _paint_overview(p: QPainter, s: float) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(_NAV))
    g = s * 0.08
    w = (s - 3 * g) / 2
    for x in (g, 2 * g + w):
        for y in (g, 2 * g + w):
            p.drawRoundedRect(QRectF(x, y, w, w), s * 0.06, s * 0.06)


def _paint_vendors(p: QPainter, s: float) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(_NAV))
    p.drawRect(QRectF(s * 0.14, s * 0.2, s * 0.42, s * 0.72))
    p.drawRect(QRectF(s * 0.6, s * 0.45, s * 0.28, s * 0.47))
    p.setBrush(QColor("white"))
    for row in range(3):
        for col in range(2):
            p.drawRect(QRectF(s * (0.21 + col * 0.17), s * (0.3 + row * 0.18), s * 0.1, s * 0.1))


def _paint_services(p: QPainter, s: float) -> None:
    pen = QPen(QColor(_NAV), max(1.5, s * 0.1))
    p.setPen(pen)
    p.setBrush(QColor("white"))
    for i in range(3):
        y = s * (0.62 - i * 0.22)
        path = QPainterPath()
        path.moveTo(s * 0.5, y - s * 0.14)
        path.lineTo(s * 0.9, y)
        path.lineTo(s * 0.5, y + s * 0.14)
        path.lineTo(s * 0.1, y)
        path.closeSubpath()
        p.drawPath(path)


def _paint_activities(p: QPainter, s: float) -> None:
    p.setPen(QPen(QColor(_NAV), max(1.2, s * 0.08)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(QRectF(s * 0.18, s * 0.08, s * 0.64, s * 0.84), s * 0.06, s * 0.06)
    for i in range(3):
        y = s * (0.32 + i * 0.2)
        p.drawLine(QPointF(s * 0.32, y), QPointF(s * 0.68, y))


def _paint_transfers(p: QPainter, s: float) -> None:
    pen = QPen(QColor(_NAV), max(1.5, s * 0.1), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(QBrush(QColor(_NAV)))
    p.drawEllipse(QPointF(s * 0.2, s * 0.5), s * 0.1, s * 0.1)
    p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.85, s * 0.5))
    p.drawLine(QPointF(s * 0.65, s * 0.3), QPointF(s * 0.87, s * 0.5))
    p.drawLine(QPointF(s * 0.65, s * 0.7), QPointF(s * 0.87, s * 0.5))


def _paint_history(p: QPainter, s: float) -> None:
    """A clock: when each change was made."""
    pen = QPen(QColor(_NAV), max(1.5, s * 0.1), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.38, s * 0.38)
    p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.26))
    p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.6))


@functools.cache
def page_icon(page: str) -> QIcon:
    """The navigation icon of a page (see :data:`ui.settings.PAGES`)."""
    painters = {
        "overview": _paint_overview,
        "vendors": _paint_vendors,
        "services": _paint_services,
        "activities": _paint_activities,
        "transfers": _paint_transfers,
        "history": _paint_history,
    }
    paint = painters.get(page)
    return _icon(paint) if paint else QIcon()


@functools.cache
def app_icon() -> QIcon:
    """The app's icon, a register with a shield: the PNGs the desktop entry's icon is made of
    (``resources/desktop``), so that the window, its dialogs and the applications menu show
    the same picture."""
    icon = QIcon()
    for png in sorted((DESKTOP / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        icon.addFile(str(png))
    return icon
