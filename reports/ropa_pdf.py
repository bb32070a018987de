"""The records of processing as a PDF (reportlab).

A cover (organisation, DPO, as-of date, version), the contents, one section per record with
every Article 30 item labelled, the records as processor, and two annexes: the third-country
transfers with their safeguards, and the processors and sub-processors. Every page has a
header and a "Page X of Y" footer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from registry.citations import Citation
from registry.enums import ActivityRole
from registry.messages import capitalised
from registry.snapshot import ActivityRow, VendorRow
from reports.common import Job, app_version
from reports.pdf import (
    FONT,
    FONT_BOLD,
    MUTED,
    RULE,
    SHADE,
    Cell,
    CellTexts,
    Heading,
    ProgressDoc,
    TocLine,
    cell,
    header_footer,
    para,
    stylesheet,
    text_table,
)
from reports.records import (
    CONTROLLER_COLUMNS,
    HOSTING_KINDS,
    PROCESSOR_COLUMNS,
    Column,
    Register,
    Value,
    organisation_block,
)

DASH = "–"

# Few commands on purpose: a table applies each one to every cell it covers, and there is one
# table per record. Paddings are reportlab's defaults (6 across, 3 down). The rules between
# rows come from text_table, which leaves them out inside a row cut into pieces.
RECORD_STYLE = TableStyle([
    ("FONT", (0, 0), (0, -1), FONT_BOLD, 7.5, 9.5),
    ("FONT", (1, 0), (1, -1), FONT_BOLD, 6.5, 9.5),
    ("FONT", (2, 0), (2, -1), FONT, 7.5, 9.5),
    ("TEXTCOLOR", (1, 0), (1, -1), MUTED),
    ("BACKGROUND", (0, 0), (1, -1), SHADE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])
ROW_RULE = (0.4, RULE)

ANNEX_STYLE = TableStyle([
    ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7.5, 9.5),
    ("FONT", (0, 1), (-1, -1), FONT, 7.5, 9.5),
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
])

PADDING = 12.0
"""Left and right cell padding together."""


class RopaPdf:
    """Renders the records of processing of a job as a PDF.

    Args:
        job: the run (registry, as-of date, language, scope, progress).
    """

    def __init__(self, job: Job) -> None:
        self.job = job
        self.t = job.t
        self.styles = stylesheet()
        self.register = Register(job)

    # --- hooks --------------------------------------------------------------------------

    def render(self, path: Path) -> None:
        """Write the PDF to ``path``."""
        t = self.t
        doc = ProgressDoc(path, self.job, title=self.title(), subject=t("ropa.subtitle"))
        self.width = doc.width
        doc.run(self.story(),
                header_footer(self.job, f"{t('ropa.title')} · {t.date(self.job.as_of)}"))

    def title(self) -> str:
        org = self.job.snapshot.organisation.name
        return f"{self.t('ropa.title')} – {org}" if org else self.t("ropa.title")

    def story(self) -> list[Flowable]:
        activities = self.job.activities()
        controller = [a for a in activities if a.role == ActivityRole.CONTROLLER]
        processor = [a for a in activities if a.role == ActivityRole.PROCESSOR]
        transfers = self.register.scoped_transfers()
        vendors = [v for v in self.job.vendors() if v.in_use(self.job.as_of)]
        story: list[Flowable] = []
        story += self.cover(len(activities), len(vendors), len(transfers))
        story += self.contents(controller, processor)
        story += self.records("1", "section.controller", controller, CONTROLLER_COLUMNS,
                              self.register.controller_row)
        story.append(PageBreak())
        story += self.records("2", "section.processor", processor, PROCESSOR_COLUMNS,
                              self.register.processor_record)
        story.append(PageBreak())
        story += self.transfers_annex()
        story.append(PageBreak())
        story += self.vendors_annex(vendors)
        return story

    # --- parts --------------------------------------------------------------------------

    def cover(self, activities: int, vendors: int, transfers: int) -> list[Flowable]:
        t, s = self.t, self.styles
        org = self.job.snapshot.organisation
        rows: list[tuple[str, str]] = [
            (label, value) for label, value in organisation_block(self.job, org) if value
        ]
        if self.job.service is not None:
            rows.append((t("col.services"), self.job.service.name))
        rows += [
            (t("report_date"), t.long_date(self.job.as_of)),
            (t("version"), t("generated", version=app_version())),
            (t("count.activities"), str(activities)),
            (t("count.vendors"), str(vendors)),
            (t("count.transfers"), str(transfers)),
        ]
        label_width = 150.0
        value_width = self.width - label_width
        table = text_table(
            [[cell(label, label_width - PADDING, s["label9"]),
              cell(value, value_width - PADDING, s["body"])] for label, value in rows],
            [label_width, value_width],
            TableStyle([
                ("FONT", (0, 0), (0, -1), FONT_BOLD, 9, 12),
                ("FONT", (1, 0), (1, -1), FONT, 9, 12),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]),
            rule=ROW_RULE,
            hAlign="LEFT",
        )
        return [
            Spacer(1, 60),
            Paragraph(t("ropa.title"), s["title"]),
            Paragraph(t("ropa.subtitle"), s["subtitle"]),
            para(org.name, s["h1"]),
            Spacer(1, 10),
            table,
            PageBreak(),
        ]

    def contents(self, controller: Sequence[ActivityRow],
                 processor: Sequence[ActivityRow]) -> list[Flowable]:
        t, s = self.t, self.styles
        out: list[Flowable] = [Paragraph(t("contents"), s["h1"])]
        for number, key, records in (("1", "section.controller", controller),
                                     ("2", "section.processor", processor)):
            out.append(TocLine(f"{number}  {t(key)}", f"s{number}", s["toc0"], 0))
            out.extend(
                TocLine(f"{number}.{i}  {a.name}", f"a{a.id}", s["toc1"], 14)
                for i, a in enumerate(records, 1)
            )
        out.append(TocLine(t("annex.transfers"), "annex-a", s["toc0"], 0))
        out.append(TocLine(t("annex.vendors"), "annex-b", s["toc0"], 0))
        out.append(PageBreak())
        return out

    def records(
        self,
        number: str,
        title_key: str,
        records: Sequence[ActivityRow],
        columns: Sequence[Column],
        row: Callable[[ActivityRow], list[Value]],
    ) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = [Heading(f"{number}  {self.t(title_key)}", s["h1"],
                                       f"s{number}", 0)]
        if not records:
            out.append(Paragraph(self.t("no_records"), s["body"]))
        label_width, item_width = 122.0, 54.0
        value_width = self.width - label_width - item_width
        labels = [
            (cell(self.t(c.key), label_width - PADDING, s["cellhead"]), c.item, c)
            for c in columns
        ]
        items = {c.item: cell(capitalised(Citation.parse(c.item).in_(self.t.lang)),
                              item_width - PADDING, s["cell"]) for c in columns if c.item}
        record_style = ParagraphStyle("record", parent=s["h2"], keepWithNext=0)
        texts = CellTexts()
        # The record's name is its heading, so the first column is not repeated.
        skip_first = columns[0].key == "col.activity"
        for i, activity in enumerate(records, 1):
            values = row(activity)
            data = []
            for (label, item, column), value in zip(labels, values, strict=True):
                if skip_first and column is columns[0]:
                    continue
                data.append([label, items.get(item, ""),
                             texts(self.text(value), value_width - PADDING, s["cell"],
                                   column.kind == "list")])
            # A record may run over a page; the condition keeps its heading off a page's foot.
            out.append(CondPageBreak(90))
            out.append(Heading(f"{number}.{i}  {activity.name}", record_style,
                               f"a{activity.id}", 1))
            out.append(text_table(data, [label_width, item_width, value_width], RECORD_STYLE,
                                  rule=ROW_RULE, hAlign="LEFT", splitInRow=1))
        return out

    def text(self, value: Value) -> str:
        if value is None or value == "":
            return DASH
        if isinstance(value, str):
            return value
        return self.t.date(value)

    def annex(self, key: str, title_key: str, headings: Sequence[str], widths: Sequence[float],
              rows: Sequence[Sequence[str]]) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = [Heading(self.t(title_key), s["h1"], key, 0)]
        if not rows:
            out.append(Paragraph(self.t("no_records"), s["body"]))
            return out
        scale = self.width / sum(widths)
        widths = [w * scale for w in widths]
        style: ParagraphStyle = s["cell"]
        head = [cell(h, w - 6, s["cellhead"]) for h, w in zip(headings, widths, strict=True)]
        data: list[list[Cell]] = [head]
        data.extend(
            [cell(v, w - 6, style) for v, w in zip(row, widths, strict=True)] for row in rows
        )
        out.append(text_table(data, widths, ANNEX_STYLE, rule=ROW_RULE, long=True,
                              repeatRows=1, hAlign="LEFT"))
        return out

    def transfers_annex(self) -> list[Flowable]:
        t = self.t
        rows = []
        for tr in self.register.scoped_transfers():
            (vendor, chain, country, code, via, mechanism, details, _tia, verdict,
             _message) = self.register.transfer_row(tr)
            who = str(vendor)
            if len(tr.chain) > 1:
                who += f"\n({chain})"
            how = f"{mechanism}\n{details}" if details else str(mechanism)
            rows.append([who, f"{country} ({code})", str(via), how, str(verdict)])
        return self.annex(
            "annex-a", "annex.transfers",
            [t("col.vendor"), t("col.country"), t("col.via"), t("col.mechanism"),
             t("col.verdict")],
            [110, 70, 70, 190, 50], rows,
        )

    def vendors_annex(self, vendors: Sequence[VendorRow]) -> list[Flowable]:
        t = self.t
        reg = self.register
        rows = []
        for v in vendors:
            who = v.name if not v.legal_name or v.legal_name == v.name else (
                f"{v.name}\n{v.legal_name}")
            where = "\n".join(reg.places(v, HOSTING_KINDS) + [
                f"{t('col.access')}: {', '.join(reg.access_places(v))}"])
            rows.append([
                who,
                v.registration_number,
                reg.country(v.country),
                t.label("role", v.role),
                reg.dpa_text(v) if v.role.needs_dpa else DASH,
                where,
            ])
        return self.annex(
            "annex-b", "annex.vendors",
            [t("col.vendor"), t("col.registration"), t("col.country"), t("col.role"),
             t("col.dpa"), t("col.hosting")],
            [112, 62, 58, 64, 80, 120], rows,
        )

