"""Report benchmarks on the synthetic registry (5,000 vendors, 2,000 activities).

- Excel: ``render_report("ropa-xlsx")`` (from the snapshot: transfers, rows, styles, tables,
  print setup, pinned zip) beside a bare openpyxl script writing the same cells, write-only,
  with no styles, tables or print setup.
- PDF: ``render_report("ropa-pdf")`` (from the snapshot: transfers, rows, cover, contents,
  headers, "Page X of Y", bookmarks) beside a bare reportlab script laying out the same
  table rows: the same cell strings, one heading and one table per record, and the annex
  tables, with a plain SimpleDocTemplate.

The baselines get their cells ready-made (computed before the clock starts); our side
starts from the snapshot, as the app and the command line do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import WORKDIR, Ratio, best_of, synthetic_database

AS_OF = dt.date(2026, 11, 21)
TARGET = 1.3


def _snapshot() -> Any:
    from registry.snapshot import load_snapshot
    from registry.storage import open_registry

    registry = open_registry(synthetic_database(), read_only=True)
    try:
        with registry.read() as session:
            return load_snapshot(session)
    finally:
        registry.close()


def _job(snapshot: Any) -> Any:
    from reports.common import Job

    return Job(snapshot, lang="en", as_of=AS_OF, service=None, facts=None, progress=None,
               cancelled=None)


# --- Excel -------------------------------------------------------------------------------


def excel_cells(snapshot: Any) -> list[tuple[str, list[list[Any]]]]:
    """Every sheet's cells as our workbook has them: (title, rows of values)."""
    from reports.records import (
        CONTROLLER_COLUMNS,
        PROCESSOR_COLUMNS,
        TRANSFER_COLUMNS,
        VENDOR_COLUMNS,
        Register,
        organisation_block,
    )

    job = _job(snapshot)
    reg = Register(job)
    t = job.t
    block: list[list[Any]] = [[label, value] for label, value in
                              organisation_block(job, snapshot.organisation) if value]
    acts = job.activities()
    vendors = job.vendors()
    services = job.services()
    purposes: dict[int, dict[int, str]] = {}
    for i, s in enumerate(services, 1):
        for vid, purpose in s.vendors:
            purposes.setdefault(vid, {})[i] = purpose or "✓"
    matrix = [["Vendor", *(s.name for s in services)]]
    for v in vendors:
        row: list[Any] = [None] * (len(services) + 1)
        row[0] = v.name
        for col, purpose in purposes.get(v.id, {}).items():
            row[col] = purpose
        matrix.append(row)
    return [
        ("Cover", block),
        ("Controller", [*block, [], [t(c.key) for c in CONTROLLER_COLUMNS],
                        *(reg.controller_row(a) for a in acts if a.role == "controller")]),
        ("Processor", [*block, [], [t(c.key) for c in PROCESSOR_COLUMNS],
                       *(r for a in acts if a.role == "processor"
                         for r in reg.processor_rows(a))]),
        ("Vendors", [[t(c.key) for c in VENDOR_COLUMNS], *(reg.vendor_row(v) for v in vendors)]),
        ("Transfers", [[t(c.key) for c in TRANSFER_COLUMNS],
                       *(reg.transfer_row(tr) for tr in reg.scoped_transfers())]),
        ("Matrix", matrix),
    ]


def bare_openpyxl(sheets: list[tuple[str, list[list[Any]]]], out: Path) -> None:
    """The baseline: write the cells with openpyxl and nothing else."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)


# --- PDF ---------------------------------------------------------------------------------


PdfBlock = tuple[str, list[list[str]], list[float], bool]


def pdf_rows(snapshot: Any) -> list[PdfBlock]:
    """The headings and tables of our records PDF: (heading, rows, widths, long table)."""
    from reportlab.platypus import LongTable, Table

    from reports.pdf import Heading
    from reports.ropa_pdf import RopaPdf

    renderer = RopaPdf(_job(snapshot))
    renderer.width = 493.0
    out: list[PdfBlock] = []
    heading = ""
    for flowable in renderer.story():
        if isinstance(flowable, Heading):
            heading = flowable.title
        elif isinstance(flowable, Table):
            table: Any = flowable  # reportlab keeps the cells in private attributes
            cells = [[c if isinstance(c, str) else "" for c in row]
                     for row in table._cellvalues]
            out.append((heading, cells, list(table._colWidths),
                        isinstance(flowable, LongTable)))
            heading = ""
    return out


def bare_reportlab(tables: list[PdfBlock], out: Path) -> None:
    """The baseline: a plain document with a heading and a table per block, same cells."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Table, TableStyle

    from reports.pdf import FONT, FONT_BOLD, register_fonts

    register_fonts()
    heading = ParagraphStyle("h", fontName=FONT_BOLD, fontSize=11.5, leading=15)
    style = TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7.5, 9.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#c9d1dc"),
    ])
    story: list[Any] = []
    for title, rows, widths, long in tables:
        if title:
            story.append(Paragraph(title, heading))
        kind = LongTable if long else Table
        story.append(kind(rows, colWidths=widths, style=style, repeatRows=1 if long else 0,
                          splitInRow=1))
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
    doc.build(story)


# --- run ---------------------------------------------------------------------------------


def paired_best(ours: Callable[[], object], baseline: Callable[[], object], runs: int
                ) -> tuple[float, float]:
    """Best times of ``ours`` and ``baseline``, run in turns so a busy moment hits both."""
    best_ours = best_base = float("inf")
    for _ in range(runs):
        best_ours = min(best_ours, best_of(ours, runs=1))
        best_base = min(best_base, best_of(baseline, runs=1))
    return best_ours, best_base



def run() -> list[Ratio]:
    from reports import render_report

    WORKDIR.mkdir(exist_ok=True)
    snapshot = _snapshot()
    results = []

    sheets = excel_cells(snapshot)
    ours, base = paired_best(
        lambda: render_report("ropa-xlsx", snapshot, WORKDIR / "ropa.xlsx", as_of=AS_OF),
        lambda: bare_openpyxl(sheets, WORKDIR / "bare.xlsx"),
        runs=7,
    )
    results.append(Ratio("reports: Article 30 workbook (ropa-xlsx)", ours, base, TARGET,
                         "bare openpyxl, same cells"))

    tables = pdf_rows(snapshot)
    ours, base = paired_best(
        lambda: render_report("ropa-pdf", snapshot, WORKDIR / "ropa.pdf", as_of=AS_OF),
        lambda: bare_reportlab(tables, WORKDIR / "bare.pdf"),
        runs=3,
    )
    results.append(Ratio("reports: records of processing PDF (ropa-pdf)", ours, base, TARGET,
                         "bare reportlab, same table rows"))
    return results
