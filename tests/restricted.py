"""Running main.py where it cannot write, as a person on a read-only medium or folder would.

The tests run as root in CI, and root writes wherever permission bits say it may not. So a
read-only medium is a real read-only mount (a bind mount in a mount namespace of the child's
own), and a read-only folder is one the child cannot write because it runs without root's
capabilities (as any other user would). Each works as root and as a normal user; a machine
that allows neither skips the test and says why.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

DRIVER = """
import contextlib, io, json, sys
import main
results = []
for argv in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main.main(argv)
    results.append([code, out.getvalue(), err.getvalue()])
print(json.dumps(results))
"""
"""Runs main.main for each command line in one process (one start-up for several commands)."""

_READ_ONLY_MOUNT = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'


def read_only_medium(folder: Path) -> list[str]:
    """The prefix that runs a command where ``folder`` is a read-only mount (a CD, a
    write-protected stick, a read-only share), for that command alone."""
    if shutil.which("unshare") is None:
        pytest.skip("a read-only mount needs unshare (util-linux), which is not installed")
    user = [] if os.geteuid() == 0 else ["--map-root-user"]
    prefix = ["unshare", "--mount", *user, "sh", "-c", _READ_ONLY_MOUNT, str(folder)]
    _check(prefix, "a read-only mount in a mount namespace of its own")
    return prefix


def unprivileged() -> list[str]:
    """The prefix that runs a command so that permission bits apply to it: as root, without
    root's capabilities (setpriv); as anybody else, nothing."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without its capabilities needs setpriv (util-linux)")
    prefix = ["setpriv", "--bounding-set=-all", "--inh-caps=-all"]
    _check(prefix, "dropping root's capabilities")
    return prefix


@functools.cache
def _refusal(prefix: tuple[str, ...]) -> str:
    """Why this machine does not run ``prefix`` ('' when it does)."""
    result = subprocess.run([*prefix, "true"], capture_output=True, text=True, check=False)
    return "" if result.returncode == 0 else result.stderr.strip()


def _check(prefix: list[str], what: str) -> None:
    problem = _refusal(tuple(prefix))
    if problem:
        pytest.skip(f"{what} is not allowed here: {problem}")


def main_commands(
    prefix: Sequence[str], commands: Sequence[Sequence[str | Path]]
) -> list[tuple[int, str, str]]:
    """Each command line run by main.main, one after the other in one process started with
    ``prefix`` (:func:`read_only_medium`, :func:`unprivileged`); their exit codes, outputs
    and errors."""
    argv = [sys.executable, "-c", DRIVER, json.dumps([[str(a) for a in c] for c in commands])]
    result = subprocess.run([*prefix, *argv], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
                            check=False)
    assert result.returncode == 0, result.stderr
    return [(code, out, err) for code, out, err in json.loads(result.stdout)]
