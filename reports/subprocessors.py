"""The customer-facing sub-processor list, as PDF and as a standalone web page.

Both read only :class:`reports.public.PublicList`, the public view of the registry, so
nothing internal can reach them. The web page escapes everything, links only http(s)
addresses, has no script, and reflows to one column of cards on a phone.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
    TableStyle,
)

from reports.common import Job, app_version
from reports.i18n import Strings
from reports.pdf import (
    FONT,
    FONT_BOLD,
    RULE,
    Heading,
    ProgressDoc,
    cell,
    header_footer,
    markup,
    para,
    stylesheet,
    text_table,
)
from reports.public import PublicGroup, PublicVendor, PublicView


def vendor_facts(t: Strings, v: PublicVendor) -> list[tuple[str, str]]:
    """The labelled facts of one vendor card, in order, without empty ones."""
    rows = [
        (t("pub.legal_entity"), v.legal_name),
        (t("pub.formerly"), ", ".join(v.former_names)),
        (t("pub.address"), ", ".join(p for p in (v.address, v.country) if p.strip())),
        (t("pub.registration"), v.registration),
        (t("pub.what"), v.description),
        (t("pub.hosted"), "\n".join(v.hosted)),
        (t("pub.accessed"), "\n".join(v.accessed)),
        (t("pub.protection"), "\n".join(v.protection) or t("pub.no_transfer")),
    ]
    return [(label, value) for label, value in rows if value.strip()]


def sections(t: Strings, group: PublicGroup) -> Iterator[tuple[str, str, tuple[PublicVendor, ...]]]:
    """(css class, heading, vendors) for the inside and outside parts of a group."""
    if group.inside:
        yield "inside", t("pub.inside"), group.inside
    if group.outside:
        yield "outside", t("pub.outside"), group.outside


# --- PDF ---------------------------------------------------------------------------------


class SubprocessorPdf:
    """Renders the sub-processor list of a job as a PDF.

    Args:
        job: the run (registry, as-of date, language, chosen service).
    """

    def __init__(self, job: Job) -> None:
        self.job = job
        self.t = job.t
        self.styles = stylesheet()
        self.public = PublicView(job).build()

    def render(self, path: Path) -> None:
        """Write the PDF to ``path``."""
        doc = ProgressDoc(path, self.job, title=self.public.title,
                          subject=self.public.organisation)
        self.width = doc.width
        doc.run(self.story(), header_footer(self.job, self.public.title))

    def story(self) -> list[Flowable]:
        s, pub = self.styles, self.public
        out: list[Flowable] = [
            Heading(pub.title, s["title"], "top", 0),
            para(pub.organisation, s["subtitle"]),
        ]
        out.extend(para(p, s["intro"]) for p in pub.intro)
        out.append(Spacer(1, 6))
        if not pub.groups:
            out.append(Paragraph(self.t("pub.empty"), s["body"]))
        lead = ParagraphStyle("lead", parent=s["muted"], keepWithNext=1)
        for n, group in enumerate(pub.groups, 1):
            out.append(CondPageBreak(120))
            out.append(Heading(group.title, s["h1"], f"g{n}", 0))
            if group.description.strip():
                out.append(para(group.description, lead))
            for kind, heading, vendors in sections(self.t, group):
                out.append(Heading(heading, s["h2"], f"g{n}-{kind}", 1))
                for v in vendors:
                    out.extend(self.card(v))
        return out

    def card(self, v: PublicVendor) -> list[Flowable]:
        """The vendor's name and facts; the name's style keeps the two on one page."""
        s, t = self.styles, self.t
        title = f"<b>{markup(v.name)}</b>"
        notes = [t("pub.sub_of", parent=v.parent) if v.parent else "", v.starts or ""]
        note = " · ".join(n for n in notes if n)
        if note:
            title += f' <font color="#5b6472" size="8">{markup(note)}</font>'
        label_width = 150.0
        value_width = self.width - label_width
        rows: list[list[str | Paragraph]] = [
            [cell(label, label_width - 8, s["label"]), cell(value, value_width - 8, s["body"])]
            for label, value in vendor_facts(t, v)
        ]
        if v.link:
            link = html.escape(v.link, quote=True)
            rows.append([
                cell(t("pub.website"), label_width - 8, s["label"]),
                Paragraph(f'<a href="{link}" color="#1d4e89">{markup(v.link)}</a>', s["body"]),
            ])
        table = text_table(rows, [label_width, value_width], TableStyle([
            ("FONT", (0, 0), (0, -1), FONT_BOLD, 8, 10),
            ("FONT", (1, 0), (1, -1), FONT, 9, 12),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        ]), hAlign="LEFT")
        return [Paragraph(title, s["h3"]), table]


# --- HTML --------------------------------------------------------------------------------

CSS = """
:root { color-scheme: light; --ink: #1f2937; --muted: #5b6472; --accent: #1d4e89;
  --rule: #d5dbe4; --card: #ffffff; --page: #f4f6f9; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
main { max-width: 72rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
header h1 { color: var(--accent); font-size: 1.75rem; line-height: 1.2; margin: .5rem 0 .25rem; }
header .org { color: var(--muted); font-size: 1.1rem; margin: 0 0 1rem; }
.intro p { max-width: 46rem; margin: 0 0 .75rem; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
nav a { display: inline-block; padding: .25rem .75rem; border: 1px solid var(--rule);
  border-radius: 1rem; background: var(--card); color: var(--accent); text-decoration: none; }
section.service { margin-top: 2rem; }
section.service > h2 { font-size: 1.4rem; border-bottom: 2px solid var(--accent);
  padding-bottom: .25rem; margin-bottom: .25rem; }
.service-description { color: var(--muted); margin: 0 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
h3.outside { color: #8a4b08; }
.cards { display: grid; gap: .75rem;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 26rem), 1fr)); }
article.vendor { background: var(--card); border: 1px solid var(--rule); border-radius: .5rem;
  padding: .75rem 1rem; overflow-wrap: anywhere; }
article.vendor h4 { margin: 0 0 .5rem; font-size: 1.05rem; }
.note { display: block; color: var(--muted); font-weight: normal; font-size: .85rem; }
dl { margin: 0; display: grid; grid-template-columns: minmax(7rem, 38%) 1fr; gap: .2rem .75rem; }
dt { color: var(--muted); font-size: .85rem; }
dd { margin: 0; white-space: pre-line; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
a { color: var(--accent); }
@media (max-width: 30rem) {
  dl { grid-template-columns: 1fr; }
  dt { margin-top: .35rem; }
  header h1 { font-size: 1.45rem; }
}
@media print { body { background: #fff; } nav { display: none; }
  article.vendor { break-inside: avoid; } }
"""


def esc(text: str) -> str:
    """Text for HTML element content or attribute values."""
    return html.escape(text, quote=True)


class SubprocessorHtml:
    """Renders the sub-processor list of a job as one standalone HTML file.

    Args:
        job: the run (registry, as-of date, language, chosen service).
    """

    def __init__(self, job: Job) -> None:
        self.job = job
        self.t = job.t
        self.public = PublicView(job).build()

    def render(self, path: Path) -> None:
        """Write the page to ``path`` (UTF-8)."""
        groups = self.public.groups
        self.job.plan(len(groups) + 1)
        parts = [self.head(), self.header()]
        for n, group in enumerate(groups, 1):
            parts.append(self.group(n, group))
            self.job.step()
        parts.append(self.footer())
        path.write_text("\n".join(parts), encoding="utf-8", newline="\n")
        self.job.finish()

    def head(self) -> str:
        pub = self.public
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{esc(pub.lang)}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="Subprocessor Registry {esc(app_version())}">\n'
            f"<title>{esc(pub.title)} – {esc(pub.organisation)}</title>\n"
            f"<style>{CSS}</style>\n</head>\n<body>\n<main>"
        )

    def header(self) -> str:
        pub, t = self.public, self.t
        intro = "\n".join(f"<p>{esc(p)}</p>" for p in pub.intro)
        out = [
            f"<header>\n<h1>{esc(pub.title)}</h1>\n"
            f'<p class="org">{esc(pub.organisation)}</p>\n</header>',
            f'<div class="intro">\n{intro}\n</div>',
        ]
        if len(pub.groups) > 1:
            links = "".join(f'<li><a href="#service-{n}">{esc(g.title)}</a></li>'
                            for n, g in enumerate(pub.groups, 1))
            out.append(f'<nav aria-label="{esc(t("pub.services"))}"><ul>{links}</ul></nav>')
        if not pub.groups:
            out.append(f"<p>{esc(t('pub.empty'))}</p>")
        return "\n".join(out)

    def group(self, n: int, group: PublicGroup) -> str:
        out = [f'<section class="service" id="service-{n}">\n<h2>{esc(group.title)}</h2>']
        if group.description.strip():
            out.append(f'<p class="service-description">{esc(group.description)}</p>')
        for kind, heading, vendors in sections(self.t, group):
            out.append(f'<h3 class="{kind}">{esc(heading)}</h3>\n<div class="cards">')
            out.extend(self.card(v) for v in vendors)
            out.append("</div>")
        out.append("</section>")
        return "\n".join(out)

    def card(self, v: PublicVendor) -> str:
        t = self.t
        notes = [t("pub.sub_of", parent=v.parent) if v.parent else "", v.starts or ""]
        note = "".join(f'<span class="note">{esc(n)}</span>' for n in notes if n)
        facts = "".join(f"<dt>{esc(label)}</dt><dd>{esc(value)}</dd>"
                        for label, value in vendor_facts(t, v))
        if v.link:
            facts += (f"<dt>{esc(t('pub.website'))}</dt><dd>"
                      f'<a href="{esc(v.link)}" rel="noopener noreferrer">{esc(v.link)}</a></dd>')
        return (f'<article class="vendor">\n<h4>{esc(v.name)}{note}</h4>\n'
                f"<dl>{facts}</dl>\n</article>")

    def footer(self) -> str:
        t, pub = self.t, self.public
        contact = f"{t('pub.contact')}: {pub.contact}" if pub.contact else ""
        lines = [pub.title, contact, t("generated", version=app_version())]
        text = " · ".join(esc(x) for x in lines if x)
        return f"<footer><p>{text}</p></footer>\n</main>\n</body>\n</html>\n"
