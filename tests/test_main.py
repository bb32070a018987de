"""The command line, run as a user runs it: exit codes, what it prints, what it writes."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from sqlalchemy import select

from registry import model
from registry.storage import open_registry

import main
from tests.conftest import database_url, demo_registry_file
from tests.restricted import main_commands, read_only_medium, unprivileged

ROOT = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path: Path) -> str:
    """What ``main.py --db demo.sqlite3 demo`` made (see tests.conftest.demo_registry_file)."""
    return str(demo_registry_file(tmp_path / "demo.sqlite3"))


def test_demo_then_check_names_the_real_problems(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check", "--db", demo_db, "--as-of", "2026-11-21")
    assert code == 0 and not err
    assert "Smart Solution AS as of 2026-11-21" in out
    assert "transfer.dead-mechanism" in out
    assert "Privacy Shield" in out and "C-311/18" in out
    zendesk = [line for line in out.splitlines() if "Zendesk" in line]
    assert zendesk, "the Zendesk US transfer is named"


def test_check_strict_exits_1_with_errors(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run(capsys, "--db", demo_db, "check", "--strict")
    assert code == 1


def test_check_json_counts_match_findings(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", demo_db, "check", "--json", "--as-of", "2026-11-21")
    data = json.loads(out)
    assert code == 0
    assert data["counts"]["error"] == sum(f["severity"] == "error" for f in data["findings"])
    rules = {f["rule"] for f in data["findings"]}
    assert "transfer.dead-mechanism" in rules


def test_transfers_json_lists_zendesk_us_transfer_via_its_entity(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", demo_db, "transfers", "--json", "--as-of", "2026-11-21")
    rows = json.loads(out)
    assert code == 0
    zendesk = [r for r in rows if r["vendor"].startswith("Zendesk") and r["country"] == "US"]
    assert zendesk and "entity" in zendesk[0]["via"]


def test_transfers_table_says_how_each_country_is_reached(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", demo_db, "transfers", "--as-of", "2026-11-21")
    assert code == 0
    rows = {line.split("  ")[0]: line for line in out.splitlines()}
    assert "  entity, hosting  " in rows["Mailchimp"]
    assert "  access  " in rows["Zendesk → Amazon Web Services"]
    assert "  processing  " in rows["LinkedIn"]


def test_revoking_the_dpf_shows_what_would_lose_its_basis(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", demo_db, "check", "--json", "--revoke", "us-dpf",
                       "--as-of", "2026-11-21")
    data = json.loads(out)
    assert code == 0 and data["revoked"] == ["us-dpf"]
    assert data["lost_basis"], "DPF transfers would lose their basis"
    assert all(t["country"] == "US" for t in data["lost_basis"])


def test_the_as_of_date_changes_the_verdict(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, before, _ = run(capsys, "--db", demo_db, "check", "--json", "--as-of", "2020-07-01")
    rules_2020 = {(f["rule"], f["record"]["name"]) for f in json.loads(before)["findings"]}
    assert not any(rule == "transfer.dead-mechanism" for rule, _ in rules_2020)


def test_unknown_decision_is_bad_input(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", demo_db, "check", "--revoke", "xx-nothing")
    assert code == 2 and not out
    assert "xx-nothing is not a decision" in err
    assert "Traceback" not in err


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main.main(["check", "--as-of", "21.11.2026"])
    assert exit_info.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_version_names_the_release_and_the_date_of_its_legal_facts() -> None:
    """``--version`` says which release this is (as the installed package's metadata says) and
    the day its legal facts were stated as of, as a person reads a date in English."""
    stated = dt.date.fromisoformat(json.loads(
        (ROOT / "resources" / "legal_facts.json").read_text("utf-8"))["stated_as_of"])
    result = main_process("--version")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (
        f"Subprocessor Registry {metadata.version('subprocessor-registry')} (legal facts as of "
        f"{stated.day} {stated:%b} {stated.year})\n")


def test_demo_refuses_to_overwrite(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", demo_db, "demo")
    assert code == 2
    assert "already holds a registry" in err and "--replace" in err


def test_export_import_round_trip(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    other_db = str(tmp_path / "other.sqlite3")
    assert run(capsys, "--db", demo_db, "export", str(first))[0] == 0
    assert run(capsys, "--db", other_db, "import", str(first))[0] == 0
    assert run(capsys, "--db", other_db, "export", str(second))[0] == 0
    assert json.loads(first.read_text("utf-8")) == json.loads(second.read_text("utf-8"))


def test_import_of_a_broken_file_names_the_problem_and_changes_nothing(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "subprocessor-registry", "version": 1, "vendors": [',
                      encoding="utf-8")
    _, before, _ = run(capsys, "--db", demo_db, "transfers", "--json")
    code, out, err = run(capsys, "--db", demo_db, "import", "--replace", str(broken))
    assert code == 2 and not out
    assert str(broken) in err or "JSON" in err
    _, after, _ = run(capsys, "--db", demo_db, "transfers", "--json")
    assert before == after


HEADER = '{"format": "subprocessor-registry", "version": 1, '
HOSTILE = {
    "nested 995 levels": HEADER + '"vendors": ' + "[" * 995 + "]" * 995 + "}",
    "a number of 5,000 digits": HEADER + '"organisation": {"notice_days": ' + "9" * 5000 + "}}",
    "a version of 5,000 digits": '{"format": "subprocessor-registry", "version": '
    + "9" * 5000 + "}",
    "NaN": HEADER + '"organisation": {"notice_days": NaN}}',
    "1e400": HEADER + '"organisation": {"notice_days": 1e400}}',
}


@pytest.mark.parametrize("content", HOSTILE.values(), ids=HOSTILE)
def test_import_of_a_file_json_cannot_hold_is_one_sentence_and_changes_nothing(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    hostile = tmp_path / "hostile.json"
    hostile.write_text(content, encoding="utf-8")
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    assert run(capsys, "--db", demo_db, "export", str(before))[0] == 0

    code, out, err = run(capsys, "--db", demo_db, "import", "--replace", str(hostile))

    assert (code, out) == (2, "")
    assert err.startswith(f"error: {hostile} ") and err.endswith(".\n")
    assert err.count("\n") == 1
    assert run(capsys, "--db", demo_db, "export", str(after))[0] == 0
    assert after.read_bytes() == before.read_bytes()


def test_import_of_a_file_that_gives_a_key_twice_names_it_and_changes_nothing(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    assert run(capsys, "--db", demo_db, "export", str(before))[0] == 0
    twice = tmp_path / "twice.json"
    twice.write_text(before.read_text("utf-8").replace('"name": ', '"name": "Acme", "name": ', 3),
                     encoding="utf-8")

    code, out, err = run(capsys, "--db", demo_db, "import", "--replace", str(twice))

    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "error: The file was not imported: 3 problems were found.",
        *(f"  {where}.name: Is given twice in the same object; which value is meant is not "
          "clear, so give the key once." for where in ("organisation", "vendors[0]",
                                                       "vendors[1]")),
    ]
    assert run(capsys, "--db", demo_db, "export", str(after))[0] == 0
    assert after.read_bytes() == before.read_bytes()


def test_a_broken_database_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(bad), "check")
    assert code == 2
    assert err.strip().count("\n") == 0
    assert "is not a registry database" in err


def test_the_command_line_says_it_in_english_whatever_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """The app words its problems in Norwegian; the command line, for scripts and logs, does
    not, even in a Norwegian session and for a Norwegian report."""
    monkeypatch.setenv("SPR_LANGUAGE", "nb")
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\x13" * 2000)

    code, _, err = run(capsys, "--db", str(corrupt), "check")
    assert code == 2
    assert err.strip().endswith(f"{corrupt} is damaged and cannot be read (the file is corrupt).")

    out = tmp_path / "nowhere" / "underleverandorer.pdf"
    code, _, err = run(capsys, "--db", str(tmp_path / "good.sqlite3"), "report",
                       "subprocessors-pdf", "--lang", "nb", "-o", str(out))
    assert code == 2
    assert err.strip().endswith(
        f"{out} cannot be written: the folder {out.parent} does not exist.")


def test_synthetic_registry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "synthetic.sqlite3")
    code, out, _ = run(capsys, "demo", "--synthetic", "50", "--db", db)
    assert code == 0 and "50 vendors" in out
    code, out, _ = run(capsys, "--db", db, "transfers", "--json")
    assert code == 0 and isinstance(json.loads(out), list)


@pytest.mark.parametrize("count", ["50001", "99999999999999999999", str(2**63)])
def test_a_synthetic_registry_beyond_the_maximum_is_refused_before_anything_is_made(
    count: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "synthetic.sqlite3"
    code, out, err = run(capsys, "--db", str(db), "demo", "--synthetic", count)
    assert (code, out) == (2, "")
    assert err == (f"error: A synthetic registry has from 1 to 50000 vendors, not {count}.\n")
    assert not db.exists()


def test_the_help_of_demo_names_the_largest_synthetic_registry(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from registry.synthetic import MAX_VENDORS

    with pytest.raises(SystemExit) as exit_info:
        main.main(["demo", "--help"])
    assert exit_info.value.code == 0
    assert f"N vendors (1 to {MAX_VENDORS})" in " ".join(capsys.readouterr().out.split())


def test_help_runs_for_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("demo", "import", "export", "check", "transfers", "report", "history"):
        with pytest.raises(SystemExit) as exit_info:
            main.main([command, "--help"])
        out, err = capsys.readouterr()
        assert exit_info.value.code == 0, err
        assert "--db" in out


def test_report_offers_every_report_and_language_without_loading_them() -> None:
    """The command line offers the reports and the languages the app has; its help (and every
    command's start) loads neither the database layer nor a report writer."""
    from registry.enums import LANGUAGES
    from reports import REPORTS

    probe = ("import sys, main\n"
             "try:\n    main.main(['report', '--help'])\n"
             "except SystemExit:\n    pass\n"
             "print([m for m in ('sqlalchemy', 'openpyxl', 'reportlab') if m in sys.modules])")
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True,
    )
    *usage, loaded = result.stdout.splitlines()
    assert "{" + ",".join(REPORTS) + "}" in "\n".join(usage)
    assert "--lang {" + ",".join(LANGUAGES) + "}" in "\n".join(usage)
    assert loaded == "[]"


def test_facts_lists_decisions_and_dead_mechanisms(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "facts")
    assert code == 0
    assert "Brazil (BR)" in out and "(EU) 2026/179" in out and "from 26 Jan 2026" in out
    assert "privacy_shield" in out and "C-311/18" in out


@pytest.mark.parametrize(("content", "problem"), [
    ("{}", '"stated_as_of" is missing'),
    ("[]", "it holds a list, not a JSON object"),
    ('{"stated_as_of": "2026-11-01", "eea": {"members": {}}}',
     '"eea.members" must be a list, not an object'),
])
@pytest.mark.parametrize("command", ["facts", "check"])
def test_a_broken_facts_file_is_one_sentence(
    command: str, content: str, problem: str, demo_db: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "facts.json"
    bad.write_text(content, encoding="utf-8")
    db = ["--db", demo_db] if command == "check" else []
    code, out, err = run(capsys, *db, command, "--facts", str(bad))
    assert (code, out) == (2, "")
    assert err == f"error: The legal facts file {bad} cannot be read: {problem}.\n"


# --- what --db names ------------------------------------------------------------------------


def main_process(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """main.py run as a person runs it, in a process of its own."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv], capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=timeout, check=False,
    )


def test_a_db_that_is_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    """A FIFO is not opened at all: reading it would wait for a writer forever."""
    fifo = tmp_path / "registry.sqlite3"
    os.mkfifo(fifo)
    try:
        result = main_process("--db", str(fifo), "check", timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("main.py waited on the FIFO")
    assert result.returncode == 2
    assert result.stderr == (
        f"error: {fifo} is not a regular file (it is a device, a pipe or a socket), so it "
        "cannot be a registry.\n")


@pytest.mark.parametrize("kind", ["device", "socket"])
def test_a_db_that_is_a_device_or_socket_is_refused(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = Path(os.devnull)
    if kind == "socket":
        target = tmp_path / "registry.sock"
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(target))
    code, out, err = run(capsys, "--db", str(target), "demo")
    assert (code, out) == (2, "")
    assert err == (f"error: {target} is not a regular file (it is a device, a pipe or a "
                   "socket), so it cannot be a registry.\n")


def test_a_db_that_is_a_symlink_loop_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    first.symlink_to(second)
    second.symlink_to(first)
    code, out, err = run(capsys, "--db", str(first), "check")
    assert (code, out) == (2, "")
    assert err == (f"error: {first} cannot be opened: it is a symbolic link that leads back "
                   "to itself.\n")


@pytest.mark.parametrize("url", ["postgresql+psycopg://:::", "postgresql+psycopg://h:port/db",
                                 "sqlite://:1:2"])
def test_a_malformed_database_url_is_one_sentence(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", url, "check")
    assert (code, out) == (2, "")
    assert err == f'error: "{url}" is not a database URL.\n'


# --- two programs at once -------------------------------------------------------------------


def started(*argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *argv], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def at_once(*argv: str) -> list[tuple[int, str, str]]:
    """Run main.py twice at the same moment; the exit codes, outputs and errors, in order."""
    both = [started(*argv) for _ in range(2)]
    return sorted((p.wait(timeout=60), *p.communicate()) for p in both)


def test_two_imports_into_one_empty_registry_take_turns(tmp_path: Path) -> None:
    """One fills it, the other is told that it is not empty any more: neither crashes, and
    the registry holds the document once."""
    document = tmp_path / "registry.json"
    vendors = [{"name": f"Vendor {i}", "country": "NO"} for i in range(100)]
    document.write_text(json.dumps({
        "format": "subprocessor-registry", "version": 1, "organisation": {"name": "Nordlys AS"},
        "vendors": vendors, "services": [], "activities": [],
    }), encoding="utf-8")
    db = database_url(tmp_path)
    open_registry(db).close()

    results = at_once("--db", db, "import", str(document))

    assert [code for code, _, _ in results] == [0, 2], results
    (_, out, _), (_, _, err) = results
    assert out.startswith(f"Imported {document} into ")
    assert err == ("error: The registry already holds 100 vendors, 0 services and 0 "
                   "processing activities, so the file was not imported. Import with "
                   "--replace to replace the whole registry with the file.\n")
    registry = open_registry(db)
    with registry.read() as session:
        assert len(session.scalars(select(model.Vendor.name)).all()) == 100
    registry.close()


def test_two_demos_into_a_new_registry_take_turns(tmp_path: Path) -> None:
    """Both create the registry and fill it: one does, the other is told it is not empty."""
    db = database_url(tmp_path)

    results = at_once("--db", db, "demo")

    assert [code for code, _, _ in results] == [0, 2], results
    (_, out, _), (_, _, err) = results
    assert out == f"Loaded the demo registry into {db}.\n"
    assert err == (f"error: {db} already holds a registry. Use --replace to replace it "
                   "with the demo, or --db to choose another file.\n")


# --- read-only media and folders ------------------------------------------------------------


def demo_registry(folder: Path) -> Path:
    """The demo registry in ``folder``, closed as the app leaves it (WAL, no -wal or -shm)."""
    folder.mkdir()
    db = demo_registry_file(folder / "registry.sqlite3")
    assert [p.name for p in folder.iterdir()] == [db.name]
    return db


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_registry_on_a_read_only_medium_is_read_and_not_written(tmp_path: Path) -> None:
    media = tmp_path / "media"
    db = demo_registry(media)
    before = files_in(media)
    out = tmp_path / "out"
    out.mkdir()

    check, export, report, demo, imported = main_commands(read_only_medium(media), [
        ["--db", db, "check", "--as-of", "2026-11-21"],
        ["--db", db, "export", out / "registry.json"],
        ["--db", db, "report", "ropa-pdf", "-o", out / "ropa.pdf"],
        ["--db", db, "demo", "--replace"],
        ["--db", db, "import", "--replace", out / "registry.json"],
    ])

    assert check[0] == 0 and "Smart Solution AS as of 2026-11-21" in check[1], check
    assert export[0] == 0, export
    assert len(json.loads((out / "registry.json").read_text("utf-8"))["vendors"]) == 22
    assert report[0] == 0 and (out / "ropa.pdf").read_bytes().startswith(b"%PDF"), report
    refused = f"error: {db} cannot be written: its folder {media} is read-only.\n"
    assert demo == (2, "", refused)
    assert imported == (2, "", refused)
    assert files_in(media) == before


def test_a_writable_registry_in_a_read_only_folder_is_read_and_not_written(
    tmp_path: Path,
) -> None:
    """The file could be written, its folder cannot: SQLite cannot make its -wal and -shm
    files there, so the registry opens read-only, and says that it is the folder."""
    folder = tmp_path / "shared"
    db = demo_registry(folder)
    before = files_in(folder)
    new = folder / "new.sqlite3"
    folder.chmod(0o555)
    try:
        check, demo, created = main_commands(unprivileged(), [
            ["--db", db, "check", "--as-of", "2026-11-21"],
            ["--db", db, "demo", "--replace"],
            ["--db", new, "demo"],
        ])
    finally:
        folder.chmod(0o755)

    assert check[0] == 0 and "Smart Solution AS as of 2026-11-21" in check[1], check
    assert demo == (2, "", f"error: {db} cannot be written: its folder {folder} is read-only.\n")
    assert created == (2, "", f"error: {new} cannot be created: the folder {folder} is "
                              "read-only.\n")
    assert files_in(folder) == before


# --- history ------------------------------------------------------------------------------


def edit_vendor(db: str, name: str, **changes: object) -> None:
    """Change a vendor as the app does (one save of its editor)."""
    import dataclasses

    from registry import usecases
    from registry.history import find_record

    registry = open_registry(db)
    try:
        with registry.session() as session:
            vendor_id = find_record(session, "vendor", name)
            form = usecases.load_vendor_form(session, vendor_id)
            usecases.update_vendor(session, vendor_id, dataclasses.replace(form, **changes),
                                   form.row_version)
    finally:
        registry.close()


def test_history_prints_a_vendors_changes_newest_first(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from registry.enums import VendorStatus

    edit_vendor(demo_db, "Zendesk", status=VendorStatus.RETIRED)
    edit_vendor(demo_db, "Zendesk", legal_name="Zendesk International Ltd")
    edit_vendor(demo_db, "Sinch", legal_name="Sinch Sweden AB")

    code, out, err = run(capsys, "--db", demo_db, "history", "--vendor", "Zendesk")

    assert code == 0 and not err
    lines = out.splitlines()
    assert lines[0].split() == ["When", "Who", "Record", "Change", "Before", "After"]
    assert "Legal name" in lines[2] and "Zendesk, Inc." in lines[2]
    assert "Zendesk International Ltd" in lines[2]
    assert "Status" in lines[3] and "Active" in lines[3] and "Retired" in lines[3]
    assert "Sinch" not in out
    assert lines[-1] == "2 changes."


def test_history_as_json_and_in_norwegian(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from registry.enums import VendorRole

    edit_vendor(demo_db, "Sinch", role=VendorRole.PROCESSOR)

    code, out, _ = run(capsys, "--db", demo_db, "history", "--since", "2020-01-01", "--json",
                       "--lang", "nb")

    assert code == 0
    rows = json.loads(out)
    assert rows[0]["record"] == {"kind": "vendor", "id": rows[0]["record"]["id"],
                                 "name": "Sinch"}
    assert (rows[0]["action"], rows[0]["field"]) == ("update", "role")
    assert (rows[0]["change"], rows[0]["before"], rows[0]["after"]) == (
        "Rolle", "Underdatabehandler", "Databehandler")
    assert rows[0]["at"].endswith("Z")


def test_history_of_a_day_to_come_is_empty(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_vendor(demo_db, "Sinch", legal_name="Sinch Sweden AB")

    code, out, _ = run(capsys, "--db", demo_db, "history", "--since", "2999-01-01")

    assert code == 0
    assert out.splitlines()[-1] == "No changes."


def test_history_to_a_csv_file(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_vendor(demo_db, "Sinch", legal_name="=HYPERLINK(\"x\")")
    out_file = tmp_path / "history.csv"

    code, out, _ = run(capsys, "--db", demo_db, "history", "--vendor", "Sinch", "--csv",
                       str(out_file))

    assert code == 0
    assert out == f"Wrote 1 change to {out_file}.\n"
    text = out_file.read_text(encoding="utf-8-sig")
    assert text.splitlines()[1].endswith(",Legal name,Sinch AB,\"'=HYPERLINK(\"\"x\"\")\"")


def test_history_of_an_unknown_record_is_one_sentence(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", demo_db, "history", "--service", "Zendesk")
    assert (code, out) == (2, "")
    assert err == 'error: There is no service named "Zendesk".\n'

    with pytest.raises(SystemExit) as exit_info:
        main.main(["--db", demo_db, "history", "--vendor", "A", "--activity", "B"])
    assert exit_info.value.code == 2
    assert "not allowed with argument --vendor" in capsys.readouterr().err
