"""The command line, run as a user runs it: exit codes, what it prints, what it writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "demo.sqlite3")
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0, out
    return db


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


def test_help_runs_for_every_command() -> None:
    for command in ("demo", "import", "export", "check", "transfers", "report"):
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), command, "--help"],
            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "--db" in result.stdout


def test_facts_lists_decisions_and_dead_mechanisms(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "facts")
    assert code == 0
    assert "Brazil (BR)" in out and "(EU) 2026/179" in out and "from 26 Jan 2026" in out
    assert "privacy_shield" in out and "C-311/18" in out


def test_a_broken_facts_file_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "facts.json"
    bad.write_text("{}", encoding="utf-8")
    code, _, err = run(capsys, "facts", "--facts", str(bad))
    assert code == 2
    assert f"The legal facts file {bad} cannot be read" in err
