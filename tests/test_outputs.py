"""Where reports and exports are written: never onto the registry, never into a device, a
pipe or a folder; through a link to its target; and no half-written file left behind."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from registry.storage import open_registry

import main
from tests.conftest import demo_registry_file

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.sqlite_only  # about registry files


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """What ``main.py --db reg.db demo`` made (see tests.conftest.demo_registry_file)."""
    return demo_registry_file(tmp_path / "reg.db")


def still_a_registry(path: Path) -> None:
    registry = open_registry(path, create=False)
    try:
        with registry.read() as session:
            from registry.snapshot import load_snapshot

            assert load_snapshot(session).organisation.name == "Smart Solution AS"
    finally:
        registry.close()


@pytest.mark.parametrize("command", [
    ["report", "ropa-pdf", "-o"],
    ["report", "ropa-xlsx", "-o"],
    ["report", "subprocessors-html", "-o"],
    ["export"],
])
@pytest.mark.parametrize("spelling", ["same", "dotted", "symlink", "hardlink"])
def test_an_output_onto_the_open_registry_is_refused(
        db: Path, capsys: pytest.CaptureFixture[str], command: list[str], spelling: str
) -> None:
    target = {
        "same": db,
        "dotted": db.parent / "sub" / ".." / db.name,
        "symlink": db.parent / "link.pdf",
        "hardlink": db.parent / "hard.pdf",
    }[spelling]
    (db.parent / "sub").mkdir()
    if spelling == "symlink":
        target.symlink_to(db)
    if spelling == "hardlink":
        os.link(db, target)
    before = digest(db)

    code, out, err = run(capsys, "--db", str(db), *command, str(target))

    assert code == 2 and not out
    assert err == (f"error: {target} is the registry that is open. A report or an export "
                   "never replaces it: choose another file name.\n")
    assert digest(db) == before
    still_a_registry(db)
    assert not [p for p in db.parent.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_the_registry_s_own_side_files_are_refused(
        db: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    target = db.parent / (db.name + suffix)
    code, _, err = run(capsys, "--db", str(db), "export", str(target))

    assert code == 2
    assert "is the registry that is open" in err
    still_a_registry(db)


def test_another_registry_file_is_never_replaced_by_a_report(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "colleague.sqlite3"
    assert run(capsys, "--db", str(other), "demo")[0] == 0
    before = digest(other)

    code, _, err = run(capsys, "--db", str(db), "report", "ropa-pdf", "-o", str(other))

    assert code == 2
    assert err == (f"error: {other} is a database. A report or an export never replaces "
                   "it: choose another file name.\n")
    assert digest(other) == before


@pytest.mark.parametrize("kind", ["fifo", "device", "socket", "folder"])
def test_an_output_that_is_not_a_regular_file_is_refused(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    if kind == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target)
    elif kind == "device":  # a copy of /dev/full (replacing the real one would break the OS)
        target = tmp_path / "full"
        try:
            os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        except PermissionError:
            pytest.skip("making a device file needs root")
    elif kind == "socket":
        target = tmp_path / "socket"
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(target))
        server.close()
    else:
        target = tmp_path / "folder"
        target.mkdir()

    for command in (["report", "ropa-pdf", "-o", str(target)], ["export", str(target)]):
        code, _, err = run(capsys, "--db", str(db), *command)
        assert code == 2
        if kind == "folder":
            assert "is a folder" in err
        else:
            assert err == (f"error: {target} is not a regular file (it is a device, a pipe "
                           "or a socket): choose a file name.\n")


def test_a_symlink_is_written_through_to_its_target(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "register.xlsx"
    real.write_bytes(b"old")
    link = tmp_path / "latest.xlsx"
    link.symlink_to(real)

    code, _, err = run(capsys, "--db", str(db), "report", "ropa-xlsx", "-o", str(link))

    assert code == 0, err
    assert link.is_symlink() and link.resolve() == real
    assert zipfile.is_zipfile(real)
    assert not [p for p in tmp_path.rglob("*.part")]


def test_a_file_name_over_the_system_s_limit_is_one_sentence(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / ("register-" * 40 + ".pdf")

    for command in (["report", "ropa-pdf", "-o", str(target)], ["export", str(target)]):
        code, _, err = run(capsys, "--db", str(db), *command)
        assert code == 2
        assert err == (f"error: {target} cannot be written: the file name is too long "
                       "for this system.\n")


@pytest.mark.parametrize("as_of", ["1970-01-01", "1979-12-31", "2107-12-31", "2200-06-01"])
def test_a_workbook_can_be_made_as_of_any_date(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], as_of: str) -> None:
    out = tmp_path / "register.xlsx"

    code, _, err = run(capsys, "--db", str(db), "report", "ropa-xlsx", "--as-of", as_of,
                       "-o", str(out))

    assert code == 0, err
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_sigterm_during_a_report_leaves_no_part_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "big.db"
    # A thousand vendors: the report takes long enough to be stopped while it is written.
    assert run(capsys, "--db", str(db), "demo", "--synthetic", "1000")[0] == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = tmp_path / "out" / "register.pdf"
    out.parent.mkdir()
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "report", "ropa-pdf",
         "-o", str(out)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(out.parent.glob("*.part")):  # wait until the report is being written
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "the report never started writing"
        time.sleep(0.01)

    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=60)

    assert child.returncode == 128 + signal.SIGTERM
    assert err == "Stopped; nothing was written.\n"
    assert list(out.parent.iterdir()) == []
