"""What every PDF report shares (reportlab): fonts, styles, page decoration, escaping.

- Fonts: DejaVu Sans, bundled in ``resources/fonts`` and embedded, so every name renders
  (æøå, ł, ş, ğ, ß, Cyrillic) on a machine without system fonts. Registered as a family, so
  ``<b>`` and ``<i>`` in *our* markup pick the bold and oblique faces. What DejaVu has no
  glyph for (Chinese, Japanese, Korean, emoji) is set in a fallback font, run by run:
  Droid Sans Fallback, then Noto Emoji (monochrome), also bundled, and loaded only for a
  report that needs them. Text DejaVu covers costs one check per string.
- Escaping: user text goes through :func:`para` or :func:`cell`, which escape it before it
  can reach reportlab's paragraph parser; nothing a user typed is ever read as markup.
- Tables of text: :func:`text_table` cuts a row of more lines than a page can hold into
  rows of a few lines, joined without padding or rule, so that any amount of text flows over
  pages; :func:`cell` breaks a word wider than its column.
- :class:`NumberedCanvas` keeps every page until the end, then draws the "Page X of Y"
  footer and the page numbers of the contents. That gives a contents with page numbers in a
  single layout pass (no ``multiBuild``), which keeps big registers fast.
- Reproducible output: ``invariant`` mode (no random document id) and the creation date
  pinned to the as-of date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from registry.resources import RESOURCES
from reports.common import Job

FONT_DIR = RESOURCES / "fonts"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FACES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
FALLBACK_FACES = {
    "DroidSansFallback": "DroidSansFallback-CJK.ttf",  # CJK ideographs, kana, Hangul
    "NotoEmoji": "NotoEmoji-Regular.ttf",  # emoji, monochrome
}
"""Fonts for what DejaVu has no glyph for, in the order they are tried."""
_font_lock = threading.Lock()
_fonts_ready = False
_dejavu: frozenset[str] = frozenset()
"""The characters every DejaVu face has a glyph for, and the control characters (line
breaks, tabs), which are never drawn."""
_fallbacks: tuple[tuple[str, frozenset[str]], ...] | None = None
"""(font name, the characters it has) of each fallback font, once loaded."""

INK = colors.HexColor("#1f2937")
MUTED = colors.HexColor("#5b6472")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#c9d1dc")
SHADE = colors.HexColor("#eef2f7")

PAGE = A4
MARGIN = 18 * mm
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class WideTTFont(TTFont):
    """A TrueType font whose characters beyond U+FFFF (emoji) read back from the PDF.

    Reportlab writes each entry of a subset's ToUnicode map as at least four hex digits, so
    U+1F680 becomes ``<1F680>``, which readers reject: the character is drawn but copies and
    searches as nothing. The map wants UTF-16 code units, ``<D83DDE80>``; the entries are
    rewritten so once reportlab has made them.
    """

    _ENTRY = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.MULTILINE)

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab hook
        # The subsets are known until reportlab has made their objects, and then forgotten.
        state = self.state.get(doc)
        wide = [] if state is None else [
            self.getSubsetInternalName(number, doc)[1:]
            for number, subset in enumerate(state.subsets) if max(subset) > 0xFFFF
        ]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for name in wide:
            cmap = doc.idToObject[fonts[name].ToUnicode.name]
            cmap.content = self._ENTRY.sub(self._utf16, cmap.content)

    @staticmethod
    def _utf16(entry: re.Match[str]) -> str:
        units = chr(int(entry.group(2), 16)).encode("utf-16-be").hex().upper()
        return f"{entry.group(1)}<{units}>"


def register_fonts() -> None:
    """Set reportlab up for the reports once (thread-safe): the bundled fonts, and binary
    streams (ASCII85 text encoding of compressed streams makes files a quarter bigger and
    costs a tenth of the time of a large report, for 7-bit channels nobody uses now)."""
    global _fonts_ready, _dejavu
    with _font_lock:
        if _fonts_ready:
            return
        rl_config.useA85 = 0
        covered: set[str] | None = None
        for name, filename in _FACES.items():
            font = TTFont(name, str(FONT_DIR / filename))
            pdfmetrics.registerFont(font)
            chars = set(map(chr, font.face.charToGlyph))
            covered = chars if covered is None else covered & chars
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _dejavu = frozenset((covered or set()) | {chr(code) for code in range(32)} | {"\x7f"})
        _fonts_ready = True


def fallback_fonts() -> tuple[tuple[str, frozenset[str]], ...]:
    """The fallback fonts, registered on first use (thread-safe): (name, characters)."""
    global _fallbacks
    found = _fallbacks
    if found is not None:
        return found
    register_fonts()
    with _font_lock:
        if _fallbacks is None:
            loaded = []
            for name, filename in FALLBACK_FACES.items():
                font = WideTTFont(name, str(FONT_DIR / filename))
                pdfmetrics.registerFont(font)
                # One face each: <b> and <i> around a run keep the same glyphs.
                pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name,
                                              boldItalic=name)
                loaded.append((name, frozenset(map(chr, font.face.charToGlyph))))
            _fallbacks = tuple(loaded)
        return _fallbacks


def needs_fallback(text: str) -> bool:
    """Whether ``text`` has a character DejaVu has no glyph for (cheap for most text)."""
    if text.isascii():
        return False
    if not _fonts_ready:
        register_fonts()
    return not _dejavu.issuperset(text)


def runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` cut into runs of one font: None for DejaVu (the style's own face), else the
    first fallback font with the glyph. A character no font has stays with DejaVu."""
    fallbacks = fallback_fonts()
    out: list[tuple[str | None, str]] = []
    current: str | None = None
    start = 0
    for i, ch in enumerate(text):
        font = None
        if ch not in _dejavu:
            font = next((name for name, chars in fallbacks if ch in chars), None)
        if font != current:
            if i > start:
                out.append((current, text[start:i]))
            current, start = font, i
    if len(text) > start:
        out.append((current, text[start:]))
    return out


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` as drawn: its runs in the fallback fonts measured in those."""
    if not needs_fallback(text):
        return pdfmetrics.stringWidth(text, font, size)
    return sum(pdfmetrics.stringWidth(run, face or font, size) for face, run in runs(text))


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float,
              right: bool = False) -> None:
    """Draw one line of ``text`` at (x, y), from its left or (``right``) its right end."""
    if not needs_fallback(text):
        canvas.setFont(font, size)
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)
        return
    if right:
        x -= text_width(text, font, size)
    # One text object, so that a reader reads the runs as one line.
    line = canvas.beginText(x, y)
    for face, run in runs(text):
        line.setFont(face or font, size)
        line.textOut(run)
    canvas.drawText(line)
    canvas.setFont(font, size)


def markup(text: str) -> str:
    """User text as paragraph markup: escaped, line breaks kept, and what DejaVu has no
    glyph for in a fallback font."""
    text = CONTROL_CHARS.sub("", text)
    if not needs_fallback(text):
        return escape(text).replace("\n", "<br/>")
    return "".join(
        escape(run) if face is None else f'<font name="{face}">{escape(run)}</font>'
        for face, run in runs(text)
    ).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text (escaped; never parsed as markup)."""
    return Paragraph(markup(text), style)


def _break_word(word: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """A word wider than ``width`` (a URL, a long number) cut into pieces that fit."""
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and measure(current + ch) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


@functools.lru_cache(maxsize=64)
def _word_widths(font: str, size: float) -> dict[str, float]:
    """Widths of words already measured in a font and size.

    A register repeats the same words thousands of times, and measuring a word is far
    slower than looking it up. (A dict is safe to share between threads for this.)
    """
    return {}


def wrap_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (words kept whole where they fit).

    Explicit line breaks are kept. This is the cheap alternative to a Paragraph for table
    cells of plain text: reportlab draws a string cell line by line without parsing it.
    """
    known = _word_widths(font, size)
    space = pdfmetrics.stringWidth(" ", font, size)
    measure: Callable[[str], float] = (
        functools.partial(text_width, font=font, size=size) if needs_fallback(text)
        else functools.partial(pdfmetrics.stringWidth, fontName=font, fontSize=size)
    )
    out: list[str] = []
    for line in CONTROL_CHARS.sub("", text).split("\n"):
        words: list[str] = []
        used = -space
        for word in line.split():
            w = known.get(word)
            if w is None:
                w = known[word] = measure(word)
            if w > width:
                if words:
                    out.append(" ".join(words))
                pieces = _break_word(word, width, measure)
                out.extend(pieces[:-1])
                words = [pieces[-1]]
                used = measure(pieces[-1])
            elif used + space + w <= width or not words:
                words.append(word)
                used += space + w
            else:
                out.append(" ".join(words))
                words, used = [word], w
        out.append(" ".join(words))
    return out


class TextLines(Paragraph):
    """A table cell of lines already broken to fit, some of them in a fallback font.

    A plain string cell is drawn in one font, so text DejaVu has no glyph for becomes a
    paragraph of font runs, one line per line. :func:`text_table` cuts it into pieces as it
    cuts a string. Made by :meth:`of` (reportlab makes the parts of a split paragraph with
    the paragraph's own constructor).
    """

    lines: tuple[str, ...] = ()

    @classmethod
    def of(cls, lines: Sequence[str], style: ParagraphStyle) -> TextLines:
        cell = cls("<br/>".join(map(cls._markup, lines)), style)
        cell.lines = tuple(lines)
        return cell

    @staticmethod
    def _markup(line: str) -> str:
        # A paragraph drops leading spaces; the indent of a bullet's next lines is kept.
        text = line.lstrip(" ")
        return "\u00a0" * (len(line) - len(text)) + markup(text)


Cell = str | TextLines
"""What :func:`cell` and :func:`bullets` give: a string, or lines with fallback fonts."""


def _cell_of(lines: list[str], text: str, style: ParagraphStyle) -> Cell:
    return TextLines.of(lines, style) if needs_fallback(text) else "\n".join(lines)


def bullets(text: str, width: float, style: ParagraphStyle) -> Cell:
    """A cell of several entries (one per line of ``text``) as a bulleted list.

    Continuation lines are indented under the entry's first word, so where one entry ends
    and the next begins stays clear when entries wrap.
    """
    entries = [e for e in text.split("\n") if e.strip()]
    if len(entries) < 2:
        return cell(text, width, style)
    font, size = style.fontName, style.fontSize
    mark = "• "
    indent = " " * round(pdfmetrics.stringWidth(mark, font, size)
                         / pdfmetrics.stringWidth(" ", font, size))
    room = width - pdfmetrics.stringWidth(mark, font, size)
    out = []
    for entry in entries:
        first, *rest = wrap_lines(entry, room, font, size)
        out.append(mark + first)
        out.extend(indent + line for line in rest)
    return _cell_of(out, text, style)


def cell(text: str, width: float, style: ParagraphStyle) -> Cell:
    """A table cell of user text: a plain string with its line breaks already made.

    Plain string cells are drawn as they are, never parsed as markup, so they need no
    escaping, and they cost far less than a Paragraph. The table must draw the column in
    ``style``'s font and size. Text with characters DejaVu has no glyph for is
    :class:`TextLines` instead.
    """
    return _cell_of(wrap_lines(text, width, style.fontName, style.fontSize), text, style)


ROW_LINES = 30
"""A table row of more lines than this is cut into rows of :data:`PIECE_LINES` lines.

Reportlab cannot lay out a row taller than a page, and when it splits a row of text cells
itself it counts 1.2 times the font size per line, not the leading, so the text of a long
row runs past the page's foot and the rest fails to fit. Rows cut here are plain rows that
break between pages like any other; shorter rows stay whole, as they always were.
"""
PIECE_LINES = 5
"""Lines in each piece of a cut row: the most a page can leave blank at its foot."""


def flowing_rows(rows: Sequence[Sequence[Any]]) -> tuple[list[list[Any]], list[int]]:
    """``rows`` with every row of more than :data:`ROW_LINES` lines cut into pieces.

    Each text cell (a string or :class:`TextLines`, its lines already made) gives each
    piece its next :data:`PIECE_LINES` lines; any other cell stays in the first piece.

    Returns:
        The rows, and the indexes of the rows that go on in the next row.
    """
    out: list[list[Any]] = []
    continued: list[int] = []
    for row in rows:
        tallest = max((value.count("\n") + 1 if isinstance(value, str)
                       else len(value.lines) if isinstance(value, TextLines) else 1
                       for value in row), default=1)
        if tallest <= ROW_LINES:
            out.append(list(row))
            continue
        lines = [value.split("\n") if isinstance(value, str)
                 else value.lines if isinstance(value, TextLines) else None for value in row]
        for start in range(0, tallest, PIECE_LINES):
            if start:
                continued.append(len(out) - 1)
            out.append([_piece(value, cut, start)
                        for value, cut in zip(row, lines, strict=True)])
    return out, continued


def _piece(value: Any, lines: Sequence[str] | None, start: int) -> Any:
    """What a cell holds in the piece of its row that begins at line ``start``."""
    if lines is None:
        return "" if start else value
    if isinstance(value, TextLines):
        return TextLines.of(lines[start:start + PIECE_LINES], value.style)
    return "\n".join(lines[start:start + PIECE_LINES])


def _runs_of(numbers: Sequence[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers in a sorted sequence."""
    first = last = None
    for n in numbers:
        if last is not None and n == last + 1:
            last = n
            continue
        if first is not None and last is not None:
            yield first, last
        first = last = n
    if first is not None and last is not None:
        yield first, last


def text_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    style: TableStyle,
    *,
    rule: tuple[float, Any] | None = None,
    long: bool = False,
    **kw: Any,
) -> Table:
    """A table of text cells (see :func:`cell`) whose rows may be taller than a page.

    A table that repeats its heading should not let reportlab split rows (``splitInRow``):
    it puts the rest of a split row, under the repeated heading, into the space left at the
    foot of the same page.

    Args:
        rows: the cells.
        widths: the column widths.
        style: the table's style, without rules between rows.
        rule: (width, colour) of a line under each row, drawn under the last piece of a
            cut row only.
        long: a :class:`LongTable` (for tables of many rows).
        **kw: further arguments of the table (``repeatRows``, ``hAlign``, ...).
    """
    data, continued = flowing_rows(rows)
    table = (LongTable if long else Table)(data, colWidths=list(widths), style=style, **kw)
    extra: list[tuple[Any, ...]] = []
    if rule is not None:
        start = 0
        for first, last in _runs_of(continued):
            if first > start:
                extra.append(("LINEBELOW", (0, start), (-1, first - 1), *rule))
            start = last + 1
        extra.append(("LINEBELOW", (0, start), (-1, -1), *rule))
    for first, last in _runs_of(continued):
        # The pieces of a row read as one cell: no padding between them.
        extra.append(("BOTTOMPADDING", (0, first), (-1, last), 0))
        extra.append(("TOPPADDING", (0, first + 1), (-1, last + 1), 0))
    if extra:
        table.setStyle(extra)
    return table


class CellTexts:
    """:func:`cell` and :func:`bullets` with memory: registers repeat the same values."""

    def __init__(self) -> None:
        self._done: dict[tuple[str, float, str, bool], Cell] = {}

    def __call__(self, text: str, width: float, style: ParagraphStyle,
                 as_list: bool = False) -> Cell:
        key = (text, width, style.name, as_list)
        done = self._done.get(key)
        if done is None:
            done = self._done[key] = (bullets if as_list else cell)(text, width, style)
        if isinstance(done, TextLines):
            # A flowable is laid out where it stands: each table gets its own.
            return TextLines.of(done.lines, done.style)
        return done


def stylesheet() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every PDF report."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, textColor=INK,
                          alignment=TA_LEFT)
    return {
        "body": base,
        "intro": ParagraphStyle("intro", parent=base, fontSize=9.5, leading=13,
                                spaceAfter=6),
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "label": ParagraphStyle("label", parent=base, fontName=FONT_BOLD, fontSize=8,
                                leading=10),
        "label9": ParagraphStyle("label9", parent=base, fontName=FONT_BOLD, fontSize=9,
                                 leading=12),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.5),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=FONT_BOLD, fontSize=7.5,
                                   leading=9.5),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=24,
                                leading=30, textColor=ACCENT, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17,
                                   textColor=MUTED, spaceAfter=18),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19,
                             textColor=ACCENT, spaceBefore=6, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11.5,
                             leading=15, textColor=INK, spaceBefore=12, spaceAfter=5,
                             keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13,
                             textColor=ACCENT, spaceBefore=8, spaceAfter=3,
                             keepWithNext=1),
        "toc0": ParagraphStyle("toc0", parent=base, fontName=FONT_BOLD, fontSize=9.5,
                               leading=15),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=8.5, leading=12),
    }


class Heading(Paragraph):
    """A heading that becomes a PDF bookmark and an outline entry where it is drawn.

    Args:
        text: the heading as the user sees it (escaped here).
        style: its paragraph style.
        key: a unique bookmark name, also used by the contents.
        level: the outline level (0 for sections, 1 for records).
    """

    def __init__(self, text: str, style: ParagraphStyle, key: str, level: int) -> None:
        super().__init__(markup(text), style)
        self.key = key
        self.level = level
        self.title = CONTROL_CHARS.sub("", text)

    def draw(self) -> None:
        canv = self.canv
        if isinstance(canv, NumberedCanvas) and self.key not in canv.anchors:
            canv.anchors[self.key] = canv.getPageNumber()
            canv.page_anchors.append((self.key, self.title, self.level))
        super().draw()


class TocLine(Flowable):
    """One line of the contents: the title, dot leaders, and the page number drawn later.

    The page number is unknown until the section is laid out; the line records where the
    number goes and :class:`NumberedCanvas` writes it when the document is saved.
    """

    def __init__(self, text: str, key: str, style: ParagraphStyle, indent: float) -> None:
        super().__init__()
        self.text = CONTROL_CHARS.sub("", " ".join(text.split()))
        self.key = key
        self.style = style
        self.indent = indent
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.style.leading

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        style = self.style
        base = y + (style.leading - style.fontSize) / 2 + 1
        number_room = 28.0
        room = self.width - self.indent - number_room - 6
        text = self.text
        width = text_width(text, style.fontName, style.fontSize)
        if width > room:
            while text and text_width(text + "…", style.fontName, style.fontSize) > room:
                text = text[:-1]
            text += "…"
            width = text_width(text, style.fontName, style.fontSize)
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        draw_text(canvas, x + self.indent, base, text, style.fontName, style.fontSize)
        dots_from = x + self.indent + width + 4
        dots_to = x + self.width - number_room
        if dots_to > dots_from:
            canvas.setFillColor(RULE)
            dot = pdfmetrics.stringWidth(". ", style.fontName, style.fontSize)
            count = int((dots_to - dots_from) / dot)
            canvas.drawRightString(dots_to, base, ". " * count)
        canvas.restoreState()
        if isinstance(canvas, NumberedCanvas):
            canvas.toc_marks.append((self.key, x + self.width, base, style.fontName,
                                     style.fontSize))
            canvas.linkRect("", self.key, (x, y, x + self.width, y + style.leading),
                            relative=0, thickness=0)


Decorate = Callable[["NumberedCanvas", int, int], None]


class NumberedCanvas(Canvas):
    """A canvas that keeps its pages and decorates them once the page count is known.

    ``decorate(canvas, page, pages)`` draws the header and footer of each page; contents
    lines get their page numbers from the headings drawn later in the document.
    """

    decorate: Decorate | None = None
    as_of: dt.date | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["invariant"] = 1
        super().__init__(*args, **kwargs)
        self._kept: list[dict[str, Any]] = []
        self.toc_marks: list[tuple[str, float, float, str, float]] = []
        self.page_anchors: list[tuple[str, str, int]] = []
        self.anchors: dict[str, int] = {}
        if self.as_of is not None:
            day = self.as_of
            self.setDateFormatter(
                lambda *_: f"D:{day.year:04d}{day.month:02d}{day.day:02d}000000+00'00'"
            )

    def showPage(self) -> None:
        self._kept.append(dict(self.__dict__))
        self.toc_marks = []
        self.page_anchors = []
        Canvas._startPage(self)  # type: ignore[attr-defined]

    def save(self) -> None:
        pages = len(self._kept)
        for number, state in enumerate(self._kept, 1):
            self.__dict__.update(state)
            # Bookmarks point at the page being written, so they are made here, in order.
            for key, title, level in self.page_anchors:
                self.bookmarkPage(key)
                self.addOutlineEntry(title, key, level, closed=level > 0)
            if self.decorate is not None:
                self.decorate(self, number, pages)
            for key, x, y, font, size in self.toc_marks:
                page = self.anchors.get(key)
                if page is not None:
                    self.setFont(font, size)
                    self.setFillColor(INK)
                    self.drawRightString(x, y, str(page))
            super().showPage()
        super().save()


def canvas_maker(decorate: Decorate, as_of: dt.date) -> type[NumberedCanvas]:
    """A canvas class bound to one document's decoration and date."""
    return type("DocumentCanvas", (NumberedCanvas,),
                {"decorate": staticmethod(decorate), "as_of": as_of})


class ProgressDoc(BaseDocTemplate):
    """A one-frame document that reports progress (and checks cancel) as it lays out."""

    def __init__(self, path: Path, job: Job, *, title: str, subject: str, **kw: Any) -> None:
        org = job.snapshot.organisation.name
        super().__init__(
            str(path), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN + 4 * mm, title=title,
            author=org, subject=subject, creator="Subprocessor Registry",
            lang=job.lang, invariant=1, initialFontName=FONT, initialFontSize=9, **kw,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.job = job
        self._every = 1
        self._count = 0

    def run(self, story: Sequence[Flowable], decorate: Decorate) -> None:
        """Lay out ``story``; progress runs over its flowables."""
        self.job.plan(len(story))
        self._every = max(1, len(story) // 200)
        self.build(list(story), canvasmaker=canvas_maker(decorate, self.job.as_of))
        self.job.finish()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab hook
        self._count += 1
        if self._count % self._every == 0:
            self.job.step(self._every)


def header_footer(job: Job, right: str, skip_first: bool = True) -> Decorate:
    """Page decoration: organisation and ``right`` on top, "Page X of Y" and version below."""
    from reports.common import app_version

    org = CONTROL_CHARS.sub("", job.snapshot.organisation.name)
    right = CONTROL_CHARS.sub("", right)
    generated = job.t("generated", version=app_version())

    def decorate(canvas: NumberedCanvas, page: int, pages: int) -> None:
        width, height = PAGE
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        if not (skip_first and page == 1):
            top = height - MARGIN + 2
            draw_text(canvas, MARGIN, top, org, FONT, 7.5)
            draw_text(canvas, width - MARGIN, top, right, FONT, 7.5, right=True)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
        bottom = MARGIN - 2
        canvas.drawString(MARGIN, bottom, generated)
        canvas.drawRightString(width - MARGIN, bottom,
                               job.t("page", page=page, pages=pages))
        canvas.restoreState()

    return decorate
