"""Opening a registry database: the only module that knows SQLite from PostgreSQL.

``open_registry`` takes a file path or an SQLAlchemy URL, refuses what it cannot use with a
sentence (not a database, corrupt, written by a newer version, locked), migrates an older
schema with Alembic, and hands out one session per use case.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, Table, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from registry.errors import ConflictError, DatabaseError
from registry.files import guard_registry, release_registry
from registry.messages import sentence

log = logging.getLogger(__name__)

APP_NAME = "SubprocessorRegistry"
HEAD_REVISION = "0002"
"""The newest schema revision this version knows; tests check it matches the migrations."""

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000
"""How long a write waits for another program's lock before it gives up."""


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
        except ArgumentError as exc:
            raise DatabaseError(sentence("error.db.not_url", value=value)) from exc
    return URL.create("sqlite", database=str(Path(value).expanduser().resolve()))


def describe(url: URL) -> str:
    """How to name the database to a person: its file path, or its URL without password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


@dataclasses.dataclass
class Registry:
    """An open registry database."""

    url: URL
    """Where the registry is, as it was opened (its engine may connect otherwise: read-only)."""
    engine: Engine
    read_only: bool
    _sessions: sessionmaker[Session] = dataclasses.field(repr=False)
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
        """One transaction for one use case: committed at the end, rolled back on error."""
        session = self._sessions()
        try:
            yield session
            if self.read_only and (session.new or session.dirty or session.deleted):
                raise DatabaseError(sentence("error.db.read_only", name=self.name))
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(sentence("error.db.conflict")) from exc
        except OperationalError as exc:
            session.rollback()
            raise _explain(exc, self.name) from exc
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


def _explain(exc: DBAPIError, name: str) -> DatabaseError:
    message = str(exc.orig).lower() if exc.orig else str(exc).lower()
    if "locked" in message or "busy" in message:
        return DatabaseError(sentence("error.db.locked", name=name))
    if "readonly" in message or "read-only" in message:
        return DatabaseError(sentence("error.db.read_only_file", name=name))
    if "disk" in message and "full" in message:
        return DatabaseError(sentence("error.file.disk_full", path=name))
    if "malformed" in message or "not a database" in message:
        return DatabaseError(sentence("error.db.corrupt", name=name))
    if "unable to open" in message:
        return DatabaseError(sentence("error.db.folder_gone", name=name))
    # The driver's own words, as it gives them.
    return DatabaseError(sentence("error.db.unusable", name=name, reason=str(exc.orig or exc)))


def _check_sqlite_file(path: Path, create: bool) -> bool:
    """Refuse what is not an SQLite file; tell whether the file can be written."""
    if not path.exists():
        if not create:
            raise DatabaseError(sentence("error.file.missing", path=str(path)))
        if not path.parent.exists():
            raise DatabaseError(sentence("error.db.no_folder", path=str(path),
                                         folder=str(path.parent)))
        return True
    if path.is_dir():
        raise DatabaseError(sentence("error.db.is_folder", path=str(path)))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(sentence("error.file.unreadable", path=str(path),
                                     reason=str(exc.strerror))) from exc
    if header and header != SQLITE_MAGIC:
        raise DatabaseError(sentence("error.db.not_sqlite", path=str(path)))
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


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
    if sqlite and url.database and url.database != ":memory:":
        path = Path(url.database)
        writable = _check_sqlite_file(path, create)
        read_only = read_only or not writable
        if read_only:
            # The registry keeps its own URL (its name and path for people); only the
            # connection asks SQLite for a read-only file.
            connect = URL.create(
                "sqlite",
                database=f"file:{path}?mode=ro",
                query={"uri": "true"},
            )
    try:
        engine = create_engine(connect, future=True)
    except (ArgumentError, ImportError) as exc:
        raise _cannot_open(url, exc) from exc
    if sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    registry = Registry(
        url=url,
        engine=engine,
        read_only=read_only,
        _sessions=sessionmaker(engine, expire_on_commit=False),
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


def _current_revision(engine: Engine) -> tuple[str | None, bool]:
    """The schema revision stored in the database, and whether it has any tables."""
    with engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return (row[0] if row else None), True


def _prepare(registry: Registry, sqlite: bool) -> None:
    engine = registry.engine
    if sqlite and not registry.read_only:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    revision, has_tables = _current_revision(engine)
    if revision == HEAD_REVISION:
        return
    if revision is None and has_tables:
        raise DatabaseError(sentence("error.db.foreign", name=registry.name))
    known = _known_revisions()
    if revision is not None and revision not in known:
        raise DatabaseError(sentence("error.db.newer", name=registry.name, revision=revision))
    if registry.read_only:
        raise DatabaseError(sentence("error.db.upgrade_read_only", name=registry.name))
    migrate(engine)


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


def _alembic_config(engine: Engine | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision_in_scripts() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision."""
    from alembic import command

    log.info("migrating %s to schema %s", engine.url, HEAD_REVISION)
    command.upgrade(_alembic_config(engine), "head")
