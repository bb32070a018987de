"""The Overview's tiles: a count with a caption, as a card that is a button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from ui.icons import colour, text_colour


class Tile(QAbstractButton):
    """A count with a caption (and a detail under it), painted as a card with an accent bar;
    a button.

    The caption wraps onto more lines when the tile is narrow (large fonts, 200 % scaling, a
    long translation), and the tile grows taller for them: it is never cut short.
    """

    PADDING = 26
    """The caption's room is the tile's width less this (the accent bar and margins)."""

    def __init__(self, caption: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self._value = "–"
        self._detail = ""
        self._accent = accent
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._update_accessible()

    def set_value(self, value: str, accent: str | None = None, detail: str | None = None
                  ) -> None:
        self._value = value
        if accent is not None:
            self._accent = accent
        if detail is not None:
            self._detail = detail
        self._update_accessible()
        self.updateGeometry()
        self.update()

    def value(self) -> str:
        return self._value

    def caption(self) -> str:
        return self._caption

    def detail(self) -> str:
        return self._detail

    def _update_accessible(self) -> None:
        said = f"{self._caption}: {self._value}"
        if self._detail:
            said += f" ({self._detail})"
        self.setText(f"{self._value} {self._caption}")
        self.setAccessibleName(said)
        self.setToolTip(said)

    def _value_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        return font

    def caption_lines(self, width: int | None = None) -> list[str]:
        """The caption as it is painted in a tile ``width`` wide (the current width if None),
        broken into lines between words."""
        return self._lines(self._caption, width)

    def detail_lines(self, width: int | None = None) -> list[str]:
        """The detail as it is painted (none without one)."""
        return self._lines(self._detail, width) if self._detail else []

    def _lines(self, text: str, width: int | None) -> list[str]:
        room = max(1, (self.width() if width is None else width) - self.PADDING)
        layout = QTextLayout(text, self.font())
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
            lines.append(text[start:start + line.textLength()].strip())
        layout.endLayout()
        return [text for text in lines if text] or [""]

    def _height(self, lines: int) -> int:
        big = QFontMetrics(self._value_font())
        return big.height() + lines * self.fontMetrics().height() + 30

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        fm = self.fontMetrics()
        big = QFontMetrics(self._value_font())
        width = max(fm.horizontalAdvance(self._caption), fm.horizontalAdvance(self._detail),
                    big.horizontalAdvance(self._value))
        return QSize(width + 40, self._height(1 + bool(self._detail)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # Never narrower than the longest word: a caption wraps between words only.
        fm = self.fontMetrics()
        big = QFontMetrics(self._value_font())
        words = max((fm.horizontalAdvance(word)
                     for word in f"{self._caption} {self._detail}".split()), default=0)
        width = max(fm.averageCharWidth() * 10, words, big.horizontalAdvance(self._value))
        return QSize(width + self.PADDING + 4, self._height(1 + bool(self._detail)))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._height(len(self.caption_lines(width)) + len(self.detail_lines(width)))

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
        if self._accent in ("error", "warning"):
            p.setPen(text_colour(self._accent))
        for line in self.detail_lines():
            p.drawText(QRect(left, top, width, fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            top += fm.height()
        p.end()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Enter, QEvent.Type.Leave):
            self.update()
        return super().event(event)
