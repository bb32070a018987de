"""Shared test set-up: Qt runs offscreen; every test gets its own registry file, and all share
one demo snapshot."""

from __future__ import annotations

import atexit
import contextlib
import copy
import functools
import io
import os
import shutil
import sqlite3
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

import pytest

if TYPE_CHECKING:  # imported where used: pytest-xdist's own process, which runs no test,
    # reads this file too
    from registry.snapshot import Snapshot
    from registry.storage import Registry

ROOT = Path(__file__).resolve().parent.parent

FUZZ_EXAMPLES = 25
"""How many changed files the import's fuzz test imports in a run of the suite (a few
seconds); ``--fuzz-examples=N`` asks for another number."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fuzz-examples", type=int, default=FUZZ_EXAMPLES, metavar="N",
        help=f"how many changed files the import's fuzz test imports (default {FUZZ_EXAMPLES})",
    )
    parser.addoption(
        "--install", action="store_true",
        help="also run the tests marked install: the app built as a wheel and installed into a "
        "virtual environment of its own, and the app folder of make bundle (make bundle-test)",
    )
    parser.addoption(
        "--bundle", type=Path, default=ROOT / "dist" / "subprocessor-registry", metavar="DIR",
        help="the app folder the bundle's tests run (default: dist/subprocessor-registry)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Hypothesis keeps what it caches in pytest's cache, not in a folder of its own in the
    work tree (no example database is kept: the fuzz test's runs are the same every time)."""
    cache = getattr(config, "cache", None)
    if cache is not None:
        os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(cache.mkdir("hypothesis")))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """How many processes ``-n auto`` (``make test``) runs the suite on: one a core, or none
    besides pytest's own on a machine of one core, or on PostgreSQL, whose one database each
    test empties. PYTEST_XDIST_AUTO_NUM_WORKERS=N asks for N."""
    asked = os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS", "")
    if asked.isdigit():
        return int(asked)
    if os.environ.get("SPR_TEST_DATABASE_URL"):
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return cores if cores and cores > 1 else 0


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without ``--install``, leave out the tests that build and install the app (a minute
    or more); on PostgreSQL (SPR_TEST_DATABASE_URL), skip the tests about SQLite itself."""
    if not config.getoption("--install"):
        left_out = [item for item in items if item.get_closest_marker("install")]
        if left_out:
            config.hook.pytest_deselected(items=left_out)
            items[:] = [item for item in items if not item.get_closest_marker("install")]
    if not os.environ.get("SPR_TEST_DATABASE_URL"):
        return
    skip = pytest.mark.skip(reason="about SQLite itself; the suite runs on PostgreSQL")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the developer's own registry, settings or logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("SPR_DATABASE", raising=False)


def database_url(tmp_path: Path) -> str:
    """A fresh database: SQLite in tmp_path, or PostgreSQL when SPR_TEST_DATABASE_URL is set."""
    url = os.environ.get("SPR_TEST_DATABASE_URL")
    if url:
        from sqlalchemy import create_engine

        from registry.model import Base

        engine = create_engine(url)
        with engine.begin() as conn:
            Base.metadata.drop_all(conn)
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        engine.dispose()
        return url
    return str(empty_registry_file(tmp_path / "registry.sqlite3"))


def empty_registry_file(path: Path) -> Path:
    """An empty registry file at ``path``, migrated to the newest schema and closed."""
    shutil.copyfile(_empty_registry_file(), path)
    return path


@functools.cache
def _session_folder() -> Path:
    """A folder for the registries this process makes once and copies for each test."""
    folder = Path(tempfile.mkdtemp(prefix="spr-templates-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@functools.cache
def _empty_registry_file() -> Path:
    """An empty registry file, migrated once per test session: each test that needs one gets
    a copy (3 ms) instead of running the migrations again (0.1 to 0.2 s)."""
    from registry.storage import open_registry

    path = _session_folder() / "empty.sqlite3"
    open_registry(path).close()  # closing checkpoints the write-ahead log into the file
    return path


@functools.cache
def _demo_registry_file() -> Path:
    """The demo registry as ``main.py demo`` makes it, made once per test session."""
    import main

    path = _session_folder() / "demo.sqlite3"
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main.main(["--db", str(path), "demo"])
    assert (code, out.getvalue(), err.getvalue()) == (
        0, f"Loaded the demo registry into {path}.\n", ""), err.getvalue()
    return path


def demo_registry_file(path: Path) -> Path:
    """The demo registry file at ``path``, as ``main.py --db PATH demo`` leaves it (closed:
    no -wal or -shm file beside it): a copy of the one made once per test session, which
    the commands' tests read and change instead of loading the demo each time (0.3 s)."""
    shutil.copyfile(_demo_registry_file(), path)
    return path


Filled = TypeVar("Filled")
_filled: dict[Callable[..., object], tuple[Path, object]] = {}


def fill_once(registry: Registry, fill: Callable[[Registry], Filled]) -> Filled:
    """Fill ``registry`` as ``fill(registry)`` does, running ``fill`` once per test session.

    On SQLite, ``fill`` fills a registry of its own the first time; each time, SQLite's
    backup copies that registry's pages into ``registry`` (a few milliseconds, where the use
    cases take a tenth of a second), and what ``fill`` returned is returned (a copy). On
    PostgreSQL, ``fill`` fills ``registry``.
    """
    from registry.storage import open_registry

    if registry.path is None:
        return fill(registry)
    if fill not in _filled:
        path = _session_folder() / f"filled-{len(_filled)}.sqlite3"
        empty_registry_file(path)
        template = open_registry(path)
        try:
            _filled[fill] = (path, fill(template))
        finally:
            template.close()
    path, result = _filled[fill]
    target = registry.engine.raw_connection()
    try:
        with contextlib.closing(sqlite3.connect(path)) as source:
            source.backup(target.driver_connection)
    finally:
        target.close()
    return cast(Filled, copy.deepcopy(result))


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    """An empty registry, migrated to the newest schema."""
    from registry.storage import open_registry

    reg = open_registry(database_url(tmp_path))
    yield reg
    reg.close()


@pytest.fixture(scope="session")
def demo_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """The demo registry, read once for the whole session: a snapshot is read-only.

    Read from an SQLite file of its own even when the suite runs on PostgreSQL, where each
    test empties the one database; tests that need the demo in the registry under test build
    it.
    """
    from registry.snapshot import load_snapshot
    from registry.storage import open_registry

    reg = open_registry(demo_registry_file(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    try:
        with reg.read() as session:
            return load_snapshot(session)
    finally:
        reg.close()
