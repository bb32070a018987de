"""render_report: the entry point the command line and the app call."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from registry.errors import UserError
from registry.snapshot import Snapshot
from reports import REPORTS, Cancelled, render_report
from reports.i18n import EN, TABLES

from tests.reports.conftest import AS_OF


def test_the_four_reports() -> None:
    assert list(REPORTS) == ["ropa-xlsx", "ropa-pdf", "subprocessors-pdf", "subprocessors-html"]
    assert [r.suffix for r in REPORTS.values()] == [".xlsx", ".pdf", ".pdf", ".html"]
    assert all(r.title for r in REPORTS.values())


def test_every_language_has_every_string() -> None:
    for lang, table in TABLES.items():
        assert set(table) == set(EN), lang
        assert all(value.strip() for value in table.values()), lang


def test_unknown_service_names_the_known_ones(snapshot: Snapshot, tmp_path: Path) -> None:
    with pytest.raises(UserError, match='no service called "Fax".*Helpdesk, SMS gateway'):
        render_report("subprocessors-pdf", snapshot, tmp_path / "x.pdf", service="Fax")
    assert not list(tmp_path.iterdir())


def test_unsupported_language(snapshot: Snapshot, tmp_path: Path) -> None:
    with pytest.raises(UserError, match='not available in "de".*en, nb, da, sv, fi'):
        render_report("ropa-pdf", snapshot, tmp_path / "x.pdf", lang="de")


def test_unknown_report(snapshot: Snapshot, tmp_path: Path) -> None:
    with pytest.raises(UserError, match='no report "ropa-docx"'):
        render_report("ropa-docx", snapshot, tmp_path / "x.docx")


def test_missing_folder(snapshot: Snapshot, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "x.xlsx"
    with pytest.raises(UserError, match="the folder .*nowhere does not exist"):
        render_report("ropa-xlsx", snapshot, out)


def test_output_is_a_folder(snapshot: Snapshot, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="is a folder"):
        render_report("ropa-xlsx", snapshot, tmp_path)


def test_file_open_elsewhere(
    snapshot: Snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "list.html"
    out.write_text("the old list")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="open in another program"):
        render_report("subprocessors-html", snapshot, out, as_of=AS_OF)
    assert out.read_text() == "the old list"
    assert [p.name for p in tmp_path.iterdir()] == ["list.html"]


def test_folder_not_writable(
    snapshot: Snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(UserError, match="permission denied"):
        render_report("ropa-pdf", snapshot, tmp_path / "x.pdf", as_of=AS_OF)


@pytest.mark.parametrize("kind", list(REPORTS))
def test_cancel_leaves_no_file(snapshot: Snapshot, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"report{REPORTS[kind].suffix}"
    calls: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        render_report(kind, snapshot, out, as_of=AS_OF, progress=lambda d, t: calls.append((d, t)),
                      cancelled=lambda: len(calls) >= 1)
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("kind", list(REPORTS))
def test_progress_runs_to_the_end(snapshot: Snapshot, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"report{REPORTS[kind].suffix}"
    calls: list[tuple[int, int]] = []
    render_report(kind, snapshot, out, as_of=AS_OF, progress=lambda d, t: calls.append((d, t)),
                  cancelled=lambda: False)
    assert out.stat().st_size > 0
    assert calls[-1][0] == calls[-1][1]
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_a_failed_run_keeps_the_previous_file(
    snapshot: Snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "ropa.xlsx"
    render_report("ropa-xlsx", snapshot, out, as_of=AS_OF)
    before = out.read_bytes()

    def broken(*args: object) -> None:
        raise RuntimeError("disk exploded")

    import reports.xlsx

    monkeypatch.setattr(reports.xlsx.RopaWorkbook, "matrix", broken)
    with pytest.raises(RuntimeError):
        render_report("ropa-xlsx", snapshot, out, as_of=AS_OF)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["ropa.xlsx"]


def test_reports_never_import_qt() -> None:
    """Reports run in the command line and on worker threads: no Qt below the UI."""
    import subprocess
    import sys

    code = (
        "import sys, reports, reports.xlsx, reports.ropa_pdf, reports.subprocessors, "
        "reports.examples; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize("kind", list(REPORTS))
def test_an_empty_registry_gives_an_empty_report(tmp_path: Path, kind: str) -> None:
    from registry.snapshot import OrganisationRow

    empty = Snapshot(OrganisationRow(), {}, {}, {})
    out = tmp_path / f"empty{REPORTS[kind].suffix}"
    render_report(kind, empty, out, lang="sv", as_of=AS_OF)
    assert out.stat().st_size > 0
