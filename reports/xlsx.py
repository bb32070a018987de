"""The Article 30 register as an Excel workbook (openpyxl, write-only for speed).

Sheets: a cover, the controller record (Art. 30(1)) under an organisation block, the processor
record (Art. 30(2)), vendors, third-country transfers and a services x vendors matrix. Each
register is a real Excel table (filters, banded rows) with a frozen header, readable widths,
wrapped text, dates as dates and a landscape print setup that repeats the header.

No text ever becomes a formula: values starting with ``=``, ``+``, ``-`` or ``@`` are stored
as strings with Excel's quote prefix, so even editing the cell does not evaluate it. The file
is byte-for-byte the same for the same registry and as-of date: document properties and zip
entry times are pinned to the as-of date.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from registry.citations import Citation
from reports.common import Job, app_version
from reports.records import (
    CONTROLLER_COLUMNS,
    PROCESSOR_COLUMNS,
    TRANSFER_COLUMNS,
    VENDOR_COLUMNS,
    Column,
    Register,
    Value,
    organisation_block,
)

FORMULA_STARTS = ("=", "+", "-", "@")
MAX_CELL_TEXT = 32767
MAX_WIDTH = 255
DATE_FORMAT = "yyyy-mm-dd"
STEP = 250
"""Rows between progress reports (and cancel checks)."""

Sheet = Any
"""A write-only worksheet. openpyxl's type stubs miss the page setup, dimensions and views
such a sheet has at run time (``Worksheet._setup``), so it is typed loosely."""


def clean_text(text: str) -> str:
    """Text as Excel can store it: no control characters, within the cell limit."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text[:MAX_CELL_TEXT]


ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)
"""The time every entry of the archive carries: the earliest a zip file can hold. The same
for every workbook, whatever date the register is made as of (a zip timestamp holds only
the years 1980 to 2107), so that the same registry and date give the same bytes."""


class _PinnedZip(zipfile.ZipFile):
    """A zip archive whose entries all carry one timestamp, so the file is reproducible."""

    def __init__(self, path: Path) -> None:
        # Level 1 compresses a register's XML nearly as well as the default level 6, in a
        # fraction of the time.
        super().__init__(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=1)
        self._when = ZIP_TIMESTAMP

    def _info(self, arcname: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(arcname, date_time=self._when)
        info.compress_type = zipfile.ZIP_DEFLATED
        # The attribute is "compress_level" from Python 3.13, "_compresslevel" before.
        name = "compress_level" if hasattr(info, "compress_level") else "_compresslevel"
        setattr(info, name, 1)
        info.external_attr = 0o600 << 16
        return info

    def writestr(
        self, zinfo_or_arcname: str | zipfile.ZipInfo, data: Any, *args: Any, **kwargs: Any
    ) -> None:
        name = (
            zinfo_or_arcname.filename
            if isinstance(zinfo_or_arcname, zipfile.ZipInfo)
            else zinfo_or_arcname
        )
        super().writestr(self._info(name), data)

    def write(
        self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any
    ) -> None:
        with self._info_open(str(arcname or filename)) as dest, open(filename, "rb") as src:
            while chunk := src.read(1 << 20):
                dest.write(chunk)

    def _info_open(self, arcname: str) -> Any:
        return self.open(self._info(arcname), "w", force_zip64=True)


def wrap_by_default(wb: Workbook) -> None:
    """Make the workbook's default cell format wrap text and align it to the top.

    Most cells of a register are plain text. Giving each its own style costs more than the
    rest of the export together; a cell without a style uses the default format (index 0),
    so changing that one format lays out every plain cell at no cost per cell.
    """
    raw: Any = wb
    alignment = Alignment(wrap_text=True, vertical="top")
    alignment_id = raw._alignments.add(alignment)
    default = StyleArray()
    default.alignmentId = alignment_id
    raw._cell_styles = IndexedList([default])
    # LibreOffice lays out unstyled cells with the "Normal" cell style rather than format 0,
    # so the style gets the same alignment.
    for style in raw._named_styles:
        if style.name == "Normal":
            style.alignment = alignment


class _Cells:
    """Cell factory for one write-only sheet: styles are made once and copied per cell."""

    def __init__(self, ws: Sheet) -> None:
        self.ws = ws
        self._wrap = self._template(alignment=Alignment(wrap_text=True, vertical="top"))
        self._date = self._template(alignment=Alignment(vertical="top"),
                                    number_format=DATE_FORMAT)
        self._wrapped_class = styled_cell_class(ws, self._wrap)
        self._date_class = styled_cell_class(ws, self._date)
        self._plain_class = styled_cell_class(ws, None)
        self._cover_date = self._template(alignment=Alignment(horizontal="left", vertical="top"),
                                          number_format=DATE_FORMAT)
        self._cover_number = self._template(
            alignment=Alignment(horizontal="left", vertical="top"))
        self._text_quoted = self._template(alignment=Alignment(wrap_text=True, vertical="top"),
                                           quote_prefix=True)
        self._head = self._template(
            alignment=Alignment(wrap_text=True, vertical="top"),
            font=Font(name="Calibri", bold=True, size=11),
        )
        self._title = self._template(font=Font(name="Calibri", bold=True, size=16))
        self._label = self._template(alignment=Alignment(vertical="top"),
                                     font=Font(name="Calibri", bold=True, size=11),
                                     fill=PatternFill("solid", fgColor="EDF1F7"))

    def _template(
        self,
        *,
        alignment: Alignment | None = None,
        font: Font | None = None,
        fill: PatternFill | None = None,
        number_format: str | None = None,
        quote_prefix: bool = False,
    ) -> Cell:
        cell = WriteOnlyCell(self.ws)
        if alignment is not None:
            cell.alignment = alignment
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if number_format is not None:
            cell.number_format = number_format
        if quote_prefix:
            cell.quotePrefix = True
        return cell

    def _make(self, value: Value | int, template: Cell) -> Cell:
        # The cell copies the template's style array: one object per cell, no lookups.
        return Cell(self.ws, row=1, column=1, value=value,
                    style_array=cast(Any, template)._style)

    def text(self, value: str, template: Cell | None = None) -> Cell:
        """A text cell that can never be a formula."""
        value = clean_text(value)
        if value.startswith(FORMULA_STARTS):
            cell: Any = self._make(None, self._text_quoted)
            # Assigning the value would make it a formula; store it as a string instead.
            cell._value = value
            cell.data_type = "s"
            return cast(Cell, cell)
        return self._make(value, template or self._wrap)

    def value(self, value: Value) -> Cell | str | None:
        """A single value: plain text in the default format, or a styled cell."""
        cells, _ = self.row([value], (MAX_WIDTH,))
        return cells[0]

    def row(self, values: Sequence[Value], widths: Sequence[int]
            ) -> tuple[list[Cell | None], int]:
        """The cells of one row, and how many lines of text its tallest cell needs.

        In a row taller than one line every cell gets the explicit top-aligned wrapping
        style: LibreOffice ignores the default format, and would otherwise wrap nothing and
        put short cells at the bottom of the row, level with the next record.
        """
        out: list[Cell | None] = []
        texts: list[Any] = []
        tallest = 1
        ready, plain = self.ready, self._plain_class
        for value, width in zip(values, widths, strict=True):
            if value is None or value == "":
                out.append(None)
                continue
            if isinstance(value, dt.date):
                out.append(ready(self._date_class, value, "d"))
                continue
            clean = clean_text(value)
            if clean.startswith(FORMULA_STARTS):
                out.append(self.text(clean))
            else:
                cell = ready(plain, clean, "s")
                out.append(cell)
                texts.append(cell)
            if len(clean) > width or "\n" in clean:
                tallest = max(tallest, line_count(clean, width))
        if tallest > 1:
            # Both classes are Cell with no slots of their own: only the style differs.
            wrapped = self._wrapped_class
            for cell in texts:
                cell.__class__ = wrapped
        return out, tallest

    def ready(self, cls: type[Cell], value: str | dt.date, data_type: str) -> Cell:
        """A cell of ``cls`` holding ``value``, made without openpyxl's per-cell work.

        Text was cleaned (see :func:`clean_text`) and checked not to look like a formula;
        the class carries its style, so writing the cell needs no style lookup either.
        """
        cell: Any = cls.__new__(cls)
        cell.parent = self.ws
        cell.row = cell.column = 1
        cell._value = value
        cell.data_type = data_type
        cell._hyperlink = cell._comment = cell._style = None
        return cast(Cell, cell)

    def cover_date(self, day: dt.date) -> Cell:
        return self._make(day, self._cover_date)

    def cover_number(self, number: int) -> Cell:
        return self._make(number, self._cover_number)

    def head(self, text: str) -> Cell:
        return self.text(text, self._head)

    def title(self, text: str) -> Cell:
        return self.text(text, self._title)

    def label(self, text: str) -> Cell:
        return self.text(text, self._label)


def styled_cell_class(ws: Sheet, template: Cell | None) -> type[Cell]:
    """A cell class whose cells all have the style of ``template`` (None: the default).

    openpyxl binds every value and looks every cell's style up in the workbook as it
    writes; for the ~150,000 cells of a large register that is a good part of the export.
    Cells of this class are made ready (see :meth:`_Cells.ready`) and answer with the style
    id registered here.
    """
    if template is None:
        return type("PlainCell", (Cell,), {"__slots__": (), "style_id": 0,
                                           "has_style": False})
    style_id = ws.parent._cell_styles.add(cast(Any, template)._style)
    return type("StyledCell", (Cell,), {"__slots__": (), "style_id": style_id,
                                        "has_style": True})


def fast_rows(ws: Sheet) -> None:
    """Let ``ws.append`` take ready-made styled cells without openpyxl's detour.

    A write-only sheet tries to assign each appended value to a reusable cell and only
    takes a ready cell after that fails with a ValueError whose message formats the cell;
    for a register with many styled cells that detour costs more than writing them. This
    does the same conversion, trying the ready cell first.
    """
    def values_to_row(values: Iterable[Any], row_idx: int) -> Iterator[Cell]:
        plain = WriteOnlyCell(ws)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                plain.value = value
                cell = plain
            cell.column = col_idx
            cell.row = row_idx
            yield cell
            if cell is plain and cell.has_style:
                plain = WriteOnlyCell(ws)

    ws._values_to_row = values_to_row


def line_count(text: str, width: int) -> int:
    """About how many lines ``text`` takes in a column ``width`` characters wide."""
    # A column is ``width`` digits wide; text of proportional letters fits a little more.
    room = max(int(width * 1.1), 1)
    if "\n" not in text:
        return max(1, -(-len(text) // room))
    return sum(max(1, -(-len(line) // room)) for line in text.split("\n"))


def set_height(ws: Sheet, row: int, lines: int) -> None:
    """Give ``row`` the height of ``lines`` lines of text (Calibri 11), within Excel's limit.

    Neither Excel nor LibreOffice sizes rows to wrapped text when opening a file, so the
    height is written. Must be called before the row is appended. A write-only sheet only
    reads a row's dimension as XML attributes when it writes the row, so they are stored as
    such: a RowDimension object per row costs more than the rest of the row.
    """
    height = min(409.0, 15.0 * lines)
    ws.row_dimensions[row] = {"ht": f"{height:g}", "customHeight": "1"}


def unique_headings(names: Iterable[str]) -> list[str]:
    """Table column names: non-empty, one line, unique regardless of case (as Excel wants)."""
    seen: set[str] = set()
    out = []
    for i, name in enumerate(names, 1):
        base = " ".join(clean_text(name).split())[:250] or f"Column {i}"
        candidate, n = base, 2
        while candidate.casefold() in seen:
            candidate = f"{base} ({n})"
            n += 1
        seen.add(candidate.casefold())
        out.append(candidate)
    return out


class RopaWorkbook:
    """Renders the Article 30 register of a job as an .xlsx file.

    Args:
        job: the run (registry, as-of date, language, scope, progress).
    """

    def __init__(self, job: Job) -> None:
        self.job = job
        self.t = job.t
        self.register = Register(job)
        self.wb = Workbook(write_only=True)
        wrap_by_default(self.wb)

    # --- hooks --------------------------------------------------------------------------

    def render(self, path: Path) -> None:
        """Write the workbook to ``path``."""
        try:
            self._render(path)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        """Close the half-written sheets of a failed or cancelled run and drop their files."""
        for sheet in self.wb.worksheets:
            ws: Any = sheet
            with contextlib.suppress(Exception):
                if not ws.closed:
                    ws.close()
            with contextlib.suppress(Exception):
                if ws._writer is not None:
                    ws._writer.cleanup()

    def _render(self, path: Path) -> None:
        job = self.job
        activities = job.activities()
        controller = [a for a in activities if a.role.value == "controller"]
        processor_rows = [row for a in activities if a.role.value == "processor"
                          for row in self.register.processor_rows(a)]
        vendors = job.vendors()
        transfers = self.register.scoped_transfers()
        job.plan(len(controller) + len(processor_rows) + 2 * len(vendors) + len(transfers) + 1)
        self.properties()
        self.cover(len(activities), len(vendors), len(transfers))
        self.org_table("sheet.controller", "Controller", CONTROLLER_COLUMNS,
                       (self.register.controller_row(a) for a in controller), len(controller))
        self.org_table("sheet.processor", "Processor", PROCESSOR_COLUMNS,
                       iter(processor_rows), len(processor_rows))
        self.table("sheet.vendors", "Vendors", VENDOR_COLUMNS,
                   (self.register.vendor_row(v) for v in vendors), len(vendors), 0)
        self.table("sheet.transfers", "Transfers", TRANSFER_COLUMNS,
                   (self.register.transfer_row(tr) for tr in transfers), len(transfers), 0)
        self.matrix(vendors)
        self.save(path)
        job.finish()

    def properties(self) -> None:
        t = self.t
        when = dt.datetime.combine(self.job.as_of, dt.time())
        props = self.wb.properties
        org = self.job.snapshot.organisation.name
        props.title = f"{t('ropa.title')} – {org}" if org else t("ropa.title")
        props.subject = t("ropa.subtitle")
        props.creator = f"Subprocessor Registry {app_version()}"
        props.lastModifiedBy = props.creator
        props.keywords = "GDPR; Article 30"
        props.language = self.job.lang
        props.created = when
        props.modified = when
        if self.job.service is not None:
            props.description = self.job.service.name

    def save(self, path: Path) -> None:
        with _PinnedZip(path) as archive:
            ExcelWriter(self.wb, archive).write_data()

    # --- sheets -------------------------------------------------------------------------

    def sheet(self, title_key: str, widths: Sequence[int]
              ) -> tuple[Sheet, _Cells]:
        ws: Sheet = self.wb.create_sheet(self.t(title_key)[:31])
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        ws.oddFooter.center.text = "&P / &N"
        ws.oddHeader.left.text = clean_text(self.job.snapshot.organisation.name).replace("&", "&&")
        ws.oddHeader.right.text = f"{self.t(title_key)} – {self.t.date(self.job.as_of)}"
        fast_rows(ws)
        return ws, _Cells(ws)

    def cover(self, activities: int, vendors: int, transfers: int) -> None:
        t = self.t
        ws, cells = self.sheet("sheet.cover", (34, 80))
        ws.page_setup.orientation = "portrait"
        # Row dimensions are written with their rows, so heights are set before appending.
        org = self.job.snapshot.organisation
        ws.append([cells.title(t("ropa.title"))])
        ws.append([cells.text(t("ropa.subtitle"))])
        if self.job.service is not None:
            ws.append([cells.label(t("col.services")), cells.text(self.job.service.name)])
        ws.append([])
        first = 4 if self.job.service is None else 5
        for number, (label, value) in enumerate(organisation_block(self.job, org), first):
            out, lines = cells.row([value], (80,))
            if lines > 1:
                set_height(ws, number, lines)
            ws.append([cells.label(label), *out])
        ws.append([])
        ws.append([cells.label(t("report_date")), cells.cover_date(self.job.as_of)])
        ws.append([cells.label(t("version")),
                   cells.text(t("generated", version=app_version()))])
        ws.append([cells.label(t("count.activities")), cells.cover_number(activities)])
        ws.append([cells.label(t("count.vendors")), cells.cover_number(vendors)])
        ws.append([cells.label(t("count.transfers")), cells.cover_number(transfers)])
        self.job.step()

    def org_table(self, title_key: str, name: str, columns: Sequence[Column],
                  rows: Iterable[list[Value]], count: int) -> None:
        """A register under the organisation block (the Art. 30 (a) item)."""
        block = organisation_block(self.job, self.job.snapshot.organisation)
        prefix = [(label, value) for label, value in block if value]
        self.table(title_key, name, columns, rows, count, len(prefix) + 1, prefix)

    def table(
        self,
        title_key: str,
        name: str,
        columns: Sequence[Column],
        rows: Iterable[list[Value]],
        count: int,
        skip: int,
        prefix: Sequence[tuple[str, str]] = (),
    ) -> None:
        """One register as an Excel table, header frozen and repeated on every page."""
        ws, cells = self.sheet(title_key, [c.width for c in columns])
        header_row = skip + 1
        # A write-only sheet writes its view with the first row: freeze before appending.
        ws.freeze_panes = f"B{header_row + 1}"
        ws.print_title_rows = f"{header_row}:{header_row}"
        # The organisation block's values span a few columns, so they read as one line.
        span = min(4, len(columns) - 1)
        span_width = sum(c.width for c in columns[1:1 + span])
        for number, (label, value) in enumerate(prefix, 1):
            out, lines = cells.row([value], (span_width,))
            if lines > 1:
                set_height(ws, number, lines)
            if span > 1:
                ws.merged_cells.add(f"B{number}:{get_column_letter(1 + span)}{number}")
            ws.append([cells.label(label), *out])
        if prefix:
            ws.append([])
        headings = unique_headings(self.heading(c) for c in columns)
        self.header(ws, cells, header_row, headings, [c.width for c in columns])
        widths = [c.width for c in columns]
        to_cells = cells.row
        written = 0
        for row in rows:
            out, lines = to_cells(row, widths)
            if lines > 1:
                # Neither Excel nor LibreOffice sizes rows to wrapped text on opening.
                set_height(ws, header_row + written + 1, lines)
            ws.append(out)
            written += 1
            if written % STEP == 0:
                self.job.step(STEP)
        self.job.step(written % STEP)
        self.add_table(ws, name, headings, header_row, written)

    @staticmethod
    def header(ws: Sheet, cells: _Cells, row: int, headings: Sequence[str],
               widths: Sequence[int]) -> None:
        """The header row, tall enough for its longest heading (bold runs wider)."""
        lines = max(line_count(h, int(w * 0.9)) for h, w in zip(headings, widths, strict=True))
        if lines > 1:
            set_height(ws, row, lines)
        ws.append([cells.head(h) for h in headings])

    def heading(self, column: Column) -> str:
        text = self.t(column.key)
        if not column.item:
            return text
        return f"{text} [{Citation.parse(column.item).in_(self.t.lang)}]"

    @staticmethod
    def add_table(ws: Sheet, name: str, headings: list[str], header_row: int,
                  rows: int) -> None:
        last = get_column_letter(len(headings))
        if rows == 0:
            ws.auto_filter.ref = f"A{header_row}:{last}{header_row}"
            return
        table = Table(displayName=name, ref=f"A{header_row}:{last}{header_row + rows}")
        table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headings, 1)]
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        # Worksheet.add_table warns in write-only mode even when the columns are given, as
        # they are here; the names are fixed and unique, so add it directly.
        ws.tables.add(table)

    def matrix(self, vendors: Sequence[Any]) -> None:
        """Services across, vendors down, the purpose where a service uses a vendor."""
        services = self.job.services()
        columns = [Column("col.vendor", width=26, kind="name")] + [
            Column("col.services", width=22) for _ in services
        ]
        ws, cells = self.sheet("sheet.matrix", [c.width for c in columns])
        ws.freeze_panes = "B2"
        ws.print_title_rows = "1:1"
        headings = unique_headings([self.t("col.vendor"), *(s.name for s in services)])
        self.header(ws, cells, 1, headings, [c.width for c in columns])
        index = {s.id: i for i, s in enumerate(services, 1)}
        purposes: dict[int, dict[int, str]] = {}
        for s in services:
            for vid, purpose in s.vendors:
                purposes.setdefault(vid, {})[index[s.id]] = purpose.strip() or "✓"
        width = len(headings)
        widths = [c.width for c in columns]
        written = 0
        for v in vendors:
            # The matrix is sparse: only the used cells are made, the rest stay empty.
            used = sorted(purposes.get(v.id, {}).items())
            made, lines = cells.row([v.name, *(p for _, p in used)],
                                    [widths[0], *(widths[c] for c, _ in used)])
            row: list[Cell | None] = [None] * width
            row[0] = made[0]
            for (col, _), cell in zip(used, made[1:], strict=True):
                row[col] = cell
            if lines > 1:
                set_height(ws, written + 2, lines)
            ws.append(row)
            written += 1
            if written % STEP == 0:
                self.job.step(STEP)
        self.job.step(written % STEP)
        self.add_table(ws, "Matrix", headings, 1, written)
