"""Opening a registry database: the only module that knows SQLite from PostgreSQL.

``open_registry`` takes a file path or an SQLAlchemy URL, refuses what it cannot use with a
sentence before it changes anything (not a regular file, not a database, another program's
database, corrupt, written by a newer version, locked), opens read-only what it cannot write
(a read-only file, folder or medium: :attr:`Registry.read_only_reason` says which), migrates
an older schema with Alembic, and hands out one session per use case.

Two programs that write to one registry take turns. On SQLite a write session begins with
``BEGIN IMMEDIATE``: it holds the file's write lock from its first statement, so a second
writer waits for the first (up to :data:`BUSY_TIMEOUT_MS`) and then sees what the first
wrote, instead of both reading the same and one of them failing to write. Read sessions
begin deferred and never wait (WAL). On PostgreSQL, where every transaction reads and
writes at once, the work that needs the whole registry to itself (creating the schema,
filling an empty registry) asks for its turn first (:func:`take_turns`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import logging
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import platformdirs
from sqlalchemy import Connection, Engine, Table, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from registry.errors import ConflictError, DatabaseError
from registry.files import guard_registry, release_registry
from registry.messages import Sentence, sentence

log = logging.getLogger(__name__)

APP_NAME = "SubprocessorRegistry"
HEAD_REVISION = "0002"
"""The newest schema revision this version knows; tests check it matches the migrations."""

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000
"""How long a write waits for another program's lock before it gives up."""
WRITE = "registry_write"
"""The execution option of a write session's connections: on SQLite they begin with
``BEGIN IMMEDIATE``."""
TURN_LOCK = 0x5350_5201
"""The PostgreSQL advisory lock that :func:`take_turns` holds ("SPR" and 1)."""
REGISTRY_TABLES = frozenset({"organisation", "vendor"})
"""Tables every version of the registry has: a database with an unknown schema revision but
without them is another program's, not one from a newer version of this app."""


def data_dir() -> Path:
    """The user's data directory for this app (created on demand)."""
    path = platformdirs.user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    """The user's own registry file."""
    override = os.environ.get("SPR_DATABASE")
    if override:
        return Path(override)
    return data_dir() / "registry.sqlite3"


def to_url(db: str | os.PathLike[str] | None) -> URL:
    """A database argument (a path, an SQLAlchemy URL, or None for the default) as a URL."""
    if db is None:
        db = default_database()
    value = os.fspath(db)
    if "://" in value:
        try:
            return make_url(value)
        except (ArgumentError, ValueError) as exc:  # ValueError: a port that is no number
            raise DatabaseError(sentence("error.db.not_url", value=value)) from exc
    try:
        path = Path(value).expanduser().resolve()
    except RuntimeError as exc:  # a symbolic link loop (OSError ELOOP from Python 3.13)
        raise DatabaseError(sentence("error.db.link_loop", path=value)) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DatabaseError(sentence("error.db.link_loop", path=value)) from exc
        raise DatabaseError(sentence("error.file.unreadable", path=value,
                                     reason=str(exc.strerror or exc))) from exc
    return URL.create("sqlite", database=str(path))


def describe(url: URL) -> str:
    """How to name the database to a person: its file path, or its URL without password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy, not the driver, begins each transaction (_sqlite_begin): the driver would
    # begin one only before the first INSERT, UPDATE or DELETE, after the reads that
    # decided what to write.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(WRITE):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def take_turns(bind: Session | Connection) -> None:
    """Wait until no other program does whole-registry work, and keep them waiting until this
    transaction ends: what this transaction reads of the registry stays true until it
    commits.

    SQLite needs nothing more: a write session holds the file's write lock from its start.
    PostgreSQL takes a transaction-scoped advisory lock.
    """
    dialect = bind.dialect if isinstance(bind, Connection) else bind.get_bind().dialect
    if dialect.name == "postgresql":
        bind.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": TURN_LOCK})


@dataclasses.dataclass
class Registry:
    """An open registry database."""

    url: URL
    """Where the registry is, as it was opened (its engine may connect otherwise: read-only)."""
    engine: Engine
    read_only: bool
    read_only_reason: str
    """Why a change is refused, in a sentence, when ``read_only`` (the file, its folder, or
    the caller asked for it); empty otherwise."""
    _sessions: sessionmaker[Session] = dataclasses.field(repr=False)
    """Read sessions."""
    _writes: sessionmaker[Session] = dataclasses.field(repr=False)
    """Write sessions: on SQLite their transactions begin with the write lock."""
    _guarded: bool = dataclasses.field(default=False, repr=False)
    """Whether the file is guarded against outputs (:func:`registry.files.guard_registry`)."""

    @property
    def name(self) -> str:
        return describe(self.url)

    @property
    def path(self) -> Path | None:
        if self.url.get_backend_name() == "sqlite" and self.url.database:
            return Path(self.url.database)
        return None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction for one use case: committed at the end, rolled back on error.

        On SQLite it holds the write lock from its first statement: another program's write
        session waits until this one ends.
        """
        session = self._writes()
        try:
            yield session
            if self.read_only and (session.new or session.dirty or session.deleted):
                raise DatabaseError(self.read_only_reason)
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(sentence("error.db.conflict")) from exc
        except OperationalError as exc:
            session.rollback()
            raise _explain(exc, self.name, self.read_only_reason or None) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def read(self) -> Session:
        """A session for reading only; close it when done (use as a context manager)."""
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()
        if self._guarded and self.path is not None:
            release_registry(self.path)
            self._guarded = False


def _explain(exc: DBAPIError | sqlite3.Error, name: str,
             read_only: str | None = None) -> DatabaseError:
    """The sentence for what the database driver said; ``read_only``: the one that says why
    the registry is read-only, for a refused write."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(orig or exc).lower()
    if "locked" in message or "busy" in message:
        return DatabaseError(sentence("error.db.locked", name=name))
    if "readonly" in message or "read-only" in message:
        return DatabaseError(read_only or sentence("error.db.read_only_file", name=name))
    if "disk" in message and "full" in message:
        return DatabaseError(sentence("error.file.disk_full", path=name))
    if "malformed" in message or "not a database" in message:
        return DatabaseError(sentence("error.db.corrupt", name=name))
    if "unable to open" in message:
        return DatabaseError(sentence("error.db.folder_gone", name=name))
    # The driver's own words, as it gives them.
    return DatabaseError(sentence("error.db.unusable", name=name, reason=str(orig or exc)))


def _check_sqlite_file(path: Path, create: bool) -> Sentence | None:
    """Refuse what cannot be a registry file, before anything opens it; say why the file
    cannot be written (None: it can)."""
    folder = path.parent
    try:
        kind = path.stat().st_mode
    except FileNotFoundError:
        if not create:
            raise DatabaseError(sentence("error.file.missing", path=str(path))) from None
        if not folder.exists():
            raise DatabaseError(sentence("error.db.no_folder", path=str(path),
                                         folder=str(folder))) from None
        if not os.access(folder, os.W_OK):
            raise DatabaseError(sentence("error.db.new_in_read_only_folder", path=str(path),
                                         folder=str(folder))) from None
        return None
    except OSError as exc:
        raise DatabaseError(sentence("error.file.unreadable", path=str(path),
                                     reason=str(exc.strerror or exc))) from exc
    if stat.S_ISDIR(kind):
        raise DatabaseError(sentence("error.db.is_folder", path=str(path)))
    if not stat.S_ISREG(kind):
        # Never opened: reading a FIFO waits for a writer forever, a device is no file.
        raise DatabaseError(sentence("error.db.not_file", path=str(path)))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(sentence("error.file.unreadable", path=str(path),
                                     reason=str(exc.strerror))) from exc
    if header and header != SQLITE_MAGIC:
        raise DatabaseError(sentence("error.db.not_sqlite", path=str(path)))
    # Every write needs a file beside the registry (-wal and -shm, or -journal): a folder
    # that cannot be written (a read-only medium, share or folder) makes the registry
    # read-only, however writable the file is.
    if not os.access(folder, os.W_OK):
        return sentence("error.db.read_only_folder", name=str(path), folder=str(folder))
    if not os.access(path, os.W_OK):
        return sentence("error.db.read_only_file", name=str(path))
    return None


def _sqlite_uri(path: Path, *, immutable: bool = False) -> str:
    """How to ask SQLite for ``path`` read-only: an URI (the path %-encoded: a '?' or '#' in
    a file name is part of the name)."""
    return f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _wal_mode(path: Path) -> bool:
    """Whether an SQLite file is in WAL mode (its header's file format numbers are 2)."""
    with path.open("rb") as handle:
        header = handle.read(20)
    return len(header) == 20 and header[18] == 2


def _read_only_uri(path: Path, folder_writable: bool) -> str:
    """How SQLite reads a registry file that is not to be written.

    Where the folder can be written, SQLite makes what it needs beside the file and sees
    other programs' changes as they are committed. Where it cannot (a read-only medium or
    folder), a WAL-mode file without its -shm can only be read as immutable (SQLite's
    documented way for read-only media): as the file is, which is all of the registry when
    no -wal holds newer changes, and without locks, which nobody who could change the file
    needs then.
    """
    shm, wal = _beside(path, "-shm"), _beside(path, "-wal")
    if folder_writable or shm.exists() or not _wal_mode(path):
        return _sqlite_uri(path)
    if wal.exists() and wal.stat().st_size:
        raise DatabaseError(sentence("error.db.wal_unreadable", name=str(path), wal=str(wal),
                                     folder=str(path.parent)))
    return _sqlite_uri(path, immutable=True)


def _read_quietly(path: Path, folder_writable: bool) -> tuple[str | None, set[str]]:
    """The schema revision and the tables of an SQLite file, read without changing anything.

    A WAL-mode file that nobody has open (no -wal beside it) is read as immutable: a
    read-only connection would otherwise leave a -wal and a -shm file behind.
    """
    closed = _wal_mode(path) and not _beside(path, "-wal").exists()
    uri = _sqlite_uri(path, immutable=True) if closed else _read_only_uri(path, folder_writable)
    conn = sqlite3.connect(uri, uri=True)
    try:
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
        return revision, tables
    finally:
        conn.close()


def _refuse_unknown(name: str, revision: str | None, tables: set[str]) -> None:
    """Refuse another program's database and one from a newer version of this app."""
    if revision is None and tables:
        raise DatabaseError(sentence("error.db.foreign", name=name))
    if revision not in (None, HEAD_REVISION) and revision not in _known_revisions():
        if not REGISTRY_TABLES <= tables:
            raise DatabaseError(sentence("error.db.foreign", name=name))
        raise DatabaseError(sentence("error.db.newer", name=name, revision=revision))


def open_registry(
    db: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    read_only: bool = False,
) -> Registry:
    """Open (and create or migrate) a registry database.

    Args:
        db: a file path, an SQLAlchemy URL, or None for the user's own registry file.
        create: create the file and schema when missing.
        read_only: open without writing, even when the file could be written.

    Raises:
        DatabaseError: with a sentence for the user when the database cannot be used.
    """
    url = connect = to_url(db)
    sqlite = url.get_backend_name() == "sqlite"
    reason = sentence("error.db.read_only", name=describe(url)) if read_only else None
    if sqlite and url.database and url.database != ":memory:":
        path = Path(url.database)
        unwritable = _check_sqlite_file(path, create)
        reason = reason or unwritable
        folder_writable = os.access(path.parent, os.W_OK)
        if path.exists() and path.stat().st_size:
            # Before anything else touches the file: another program's database is refused
            # as it is, not switched to WAL first.
            try:
                _refuse_unknown(describe(url), *_read_quietly(path, folder_writable))
            except sqlite3.Error as exc:
                raise _explain(exc, describe(url)) from exc
        if reason is not None:
            # The registry keeps its own URL (its name and path for people); only the
            # connection asks SQLite for a read-only file.
            connect = URL.create("sqlite", database=_read_only_uri(path, folder_writable),
                                 query={"uri": "true"})
    read_only = reason is not None
    try:
        engine = create_engine(connect, future=True)
    except (ArgumentError, ImportError) as exc:
        raise _cannot_open(url, exc) from exc
    if sqlite:
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    reads = sessionmaker(engine, expire_on_commit=False)
    registry = Registry(
        url=url,
        engine=engine,
        read_only=read_only,
        read_only_reason=reason or "",
        _sessions=reads,
        _writes=reads if read_only else sessionmaker(engine.execution_options(**{WRITE: True}),
                                                     expire_on_commit=False),
    )
    try:
        _prepare(registry, sqlite)
    except DatabaseError:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        if isinstance(exc, DBAPIError):
            raise _explain(exc, describe(url)) from exc
        raise _cannot_open(url, exc) from exc
    if registry.path is not None:
        guard_registry(registry.path)
        registry._guarded = True
    return registry


def _cannot_open(url: URL, exc: Exception) -> DatabaseError:
    return DatabaseError(sentence("error.db.cannot_open", name=describe(url), reason=str(exc)))


def _current_revision(conn: Connection) -> tuple[str | None, set[str]]:
    """The schema revision stored in the database, and its tables."""
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables:
        return None, tables
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return (row[0] if row else None), tables


def _prepare(registry: Registry, sqlite: bool) -> None:
    engine = registry.engine
    with engine.connect() as conn:
        revision, tables = _current_revision(conn)
    _refuse_unknown(registry.name, revision, tables)
    if sqlite and not registry.read_only:
        # Only now that the file is known to be a registry (or new); outside a transaction,
        # where SQLite can change the journal mode.
        raw = engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA journal_mode=WAL")
        finally:
            raw.close()
    if revision == HEAD_REVISION:
        return
    if registry.read_only:
        raise DatabaseError(sentence("error.db.upgrade_read_only", name=registry.name))
    # Two programs opening a new registry at once: the second waits, then finds the schema
    # made (the first's tables are in one transaction: never seen half made).
    with engine.connect() as conn, conn.execution_options(**{WRITE: True}).begin():
        take_turns(conn)
        revision, tables = _current_revision(conn)
        _refuse_unknown(registry.name, revision, tables)
        if revision != HEAD_REVISION:
            migrate(conn)


def advance_id_sequences(session: Session, tables: Iterable[Table]) -> None:
    """After rows were inserted with ids chosen in Python, let the database continue past them.

    SQLite needs nothing (a new id is always past the largest); PostgreSQL's sequences do not
    move by themselves, so the next record a user adds would clash with an imported one.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c:
            continue
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE(MAX(id), 0) + 1, false) FROM {table.name}"
        ))


def _alembic_config(bind: Engine | Connection | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if isinstance(bind, Connection):
        config.attributes["connection"] = bind
    elif bind is not None:
        config.attributes["engine"] = bind
    return config


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision_in_scripts() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def migrate(bind: Engine | Connection) -> None:
    """Bring the schema to the newest revision (on a connection: in its transaction)."""
    from alembic import command

    log.info("migrating %s to schema %s", bind.engine.url, HEAD_REVISION)
    command.upgrade(_alembic_config(bind), "head")
