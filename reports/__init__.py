"""Reports: the Article 30 register (Excel, PDF) and the customer-facing sub-processor list.

The command line and the app call :func:`render_report` with a report key from
:data:`REPORTS`. Reports never import Qt: the UI runs them on a worker thread and passes a
progress callback and a cancel check.

This module is what the command line reads to offer the reports, so it loads neither the
database layer nor a report writer: :func:`render_report` imports them when a report is made.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from registry.files import atomic_output, check_output

if TYPE_CHECKING:
    from registry.facts import Facts
    from registry.snapshot import Snapshot
    from reports.common import Job

__all__ = ["REPORTS", "Cancelled", "ReportKind", "render_report"]


class Cancelled(Exception):  # noqa: N818 - the name the UI and CLI catch
    """The user cancelled the report; no file was written."""


@dataclasses.dataclass(frozen=True)
class ReportKind:
    """One report the app can produce.

    Attributes:
        key: the name on the command line (``ropa-xlsx``).
        title: what the menu calls it.
        suffix: the file suffix, with its dot.
        file_filter: the file dialog's filter.
        customer_facing: True for the published sub-processor list (public fields only).
    """

    key: str
    title: str
    suffix: str
    file_filter: str
    customer_facing: bool


REPORTS: dict[str, ReportKind] = {report.key: report for report in (
    ReportKind("ropa-xlsx", "Article 30 register (Excel)", ".xlsx", "Excel workbook (*.xlsx)",
               False),
    ReportKind("ropa-pdf", "Records of processing (PDF)", ".pdf", "PDF document (*.pdf)", False),
    ReportKind("subprocessors-pdf", "Sub-processor list (PDF)", ".pdf", "PDF document (*.pdf)",
               True),
    ReportKind("subprocessors-html", "Sub-processor list (web page)", ".html",
               "Web page (*.html)", True),
)}
"""Every report, by its key: the command line's choices, the window's Reports menu."""


def render_report(
    kind: str,
    snapshot: Snapshot,
    out: Path,
    *,
    lang: str = "en",
    service: str | None = None,
    as_of: dt.date | None = None,
    facts: Facts | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write one report to ``out``.

    The report is written to a temporary file next to ``out`` and renamed at the end, so a
    failed or cancelled run leaves ``out`` as it was.

    Args:
        kind: a key of :data:`REPORTS`.
        snapshot: the registry.
        out: the file to write.
        lang: en, nb, da, sv or fi.
        service: a service name to limit the report to, or None for all services.
        as_of: the date the report is made for (today by default); pinned into the file so
            the same registry and date give the same bytes.
        facts: the legal facts; the shipped file when None.
        progress: called with (steps done, steps in all) as the work goes on.
        cancelled: polled during the work; when it returns True the run stops.

    Raises:
        UserError: unknown report, language or service, or an output that can't be written.
        Cancelled: ``cancelled`` returned True.
    """
    from registry.errors import UserError
    from registry.messages import sentence
    from registry.snapshot import cyclic_gc_paused
    from reports.common import Job, check_language, find_service

    report = REPORTS.get(kind)
    if report is None:
        raise UserError(sentence("error.report.unknown", kind=kind,
                                 reports=", ".join(REPORTS)))
    check_language(lang)
    chosen = find_service(snapshot, service)
    out = Path(out)
    check_output(out)
    job = Job(
        snapshot,
        lang=lang,
        as_of=as_of or dt.date.today(),
        service=chosen,
        facts=facts,
        progress=progress,
        cancelled=cancelled,
    )
    # A report is tens of thousands of cells or flowables that form no cycles to collect:
    # the cycle collector waits (a tenth of a large PDF's time, and no more memory).
    with atomic_output(out) as tmp, cyclic_gc_paused():
        _renderer(kind)(job, tmp)


def _renderer(kind: str) -> Callable[[Job, Path], None]:
    if kind == "ropa-xlsx":
        from reports.xlsx import RopaWorkbook

        return lambda job, path: RopaWorkbook(job).render(path)
    if kind == "ropa-pdf":
        from reports.ropa_pdf import RopaPdf

        return lambda job, path: RopaPdf(job).render(path)
    if kind == "subprocessors-pdf":
        from reports.subprocessors import SubprocessorPdf

        return lambda job, path: SubprocessorPdf(job).render(path)
    from reports.subprocessors import SubprocessorHtml

    return lambda job, path: SubprocessorHtml(job).render(path)
