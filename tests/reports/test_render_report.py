"""render_report: the entry point the command line and the app call, and the problems it
stops with, in English and in the user's language."""

from __future__ import annotations

import dataclasses
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from registry.catalogues import translations
from registry.error_texts import EN as ERRORS_EN
from registry.errors import UserError
from registry.messages import LANGUAGES
from registry.snapshot import Snapshot
from reports import REPORTS, Cancelled, render_report
from reports.i18n import EN

from tests.registry.test_error_texts import worded_keys
from tests.reports.conftest import AS_OF


def test_the_four_reports() -> None:
    assert list(REPORTS) == ["ropa-xlsx", "ropa-pdf", "subprocessors-pdf", "subprocessors-html"]
    assert [r.suffix for r in REPORTS.values()] == [".xlsx", ".pdf", ".pdf", ".html"]
    assert all(r.title for r in REPORTS.values())


def test_every_language_has_every_string() -> None:
    for lang in [lang for lang in LANGUAGES if lang != "en"]:
        table = translations("reports", lang)
        assert set(table) == set(EN), lang
        forms = [text for value in table.values()
                 for text in ((value,) if isinstance(value, str) else value)]
        assert all(text.strip() for text in forms), lang


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
    """Reports run in the command line and on worker threads: no Qt below the UI, in any
    module of the registry or the reports."""
    import subprocess
    import sys

    code = (
        "import importlib, pkgutil, sys, registry, reports\n"
        "for package in (registry, reports):\n"
        "    for module in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        if not module.name.startswith('registry.migrations.'):\n"
        "            importlib.import_module(module.name)\n"
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


# --- the problems in the user's language ----------------------------------------------------


def report_errors(snapshot: Snapshot, tmp_path: Path,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[UserError]:
    """Every problem a report can stop with, each made to happen."""
    def refused(work: Callable[[], object]) -> UserError:
        with pytest.raises(UserError) as caught:
            work()
        return caught.value

    def report(out: Path, **options: Any) -> Callable[[], None]:
        return lambda: render_report("subprocessors-html", snapshot, out, **options)

    out = tmp_path / "list.html"
    yield refused(lambda: render_report("ropa-docx", snapshot, out))
    yield refused(report(out, lang="de"))
    yield refused(report(out, service="Fax"))
    empty = dataclasses.replace(snapshot, services={})
    yield refused(lambda: render_report("subprocessors-html", empty, out, service="Fax"))
    yield refused(report(tmp_path / "nowhere" / "list.html"))
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    yield refused(report(a_file / "list.html"))
    yield refused(report(tmp_path))
    out.write_text("the old list")
    with monkeypatch.context() as patch:
        patch.setattr(os, "access", lambda *_args, **_kwargs: False)
        yield refused(report(out))

    def failing(number: int) -> Callable[..., None]:
        def fail(*_args: object, **_kwargs: object) -> None:
            raise OSError(number, os.strerror(number))
        return fail

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", failing(errno.EACCES))
        yield refused(report(out))
    for number in (errno.EACCES, errno.ENOSPC, errno.EBUSY, errno.EIO):
        with monkeypatch.context() as patch:
            patch.setattr(tempfile, "mkstemp", failing(number))
            yield refused(report(out))


def test_every_problem_of_a_report_is_worded(
    snapshot: Snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = worded_keys(report_errors(snapshot, tmp_path, monkeypatch))
    assert sorted(key for key in ERRORS_EN if key.startswith("error.report.")
                  and key not in seen) == []


def test_a_missing_folder_in_norwegian(snapshot: Snapshot, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "underleverandorer.pdf"
    with pytest.raises(UserError) as caught:
        render_report("subprocessors-pdf", snapshot, out, lang="nb")

    assert caught.value.message == (
        f"{out} cannot be written: the folder {out.parent} does not exist.")
    assert caught.value.message_in("nb") == (
        f"{out} kan ikke skrives: mappen {out.parent} finnes ikke.")
    assert caught.value.message_in("fi") == (
        f"Tiedostoon {out} ei voi kirjoittaa: kansiota {out.parent} ei ole olemassa.")


def test_an_unknown_service_in_norwegian(snapshot: Snapshot, tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        render_report("ropa-pdf", snapshot, tmp_path / "x.pdf", service="Fax")

    assert caught.value.message_in("nb") == (
        "Det finnes ingen tjeneste som heter «Fax». Tjenester som finnes: Helpdesk, SMS gateway.")
    empty = dataclasses.replace(snapshot, services={})
    with pytest.raises(UserError) as caught:
        render_report("ropa-pdf", empty, tmp_path / "x.pdf", service="Fax")
    assert caught.value.message == 'There is no service called "Fax". Known services: none.'
    assert caught.value.message_in("nb").endswith("Tjenester som finnes: ingen.")
