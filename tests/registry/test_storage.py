"""Opening registry databases: creation, migration, refusal with a sentence."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from registry import storage
from registry.errors import DatabaseError
from registry.model import Location, Organisation, Vendor
from registry.storage import HEAD_REVISION, open_registry


def test_head_revision_matches_the_migrations() -> None:
    assert storage.head_revision_in_scripts() == HEAD_REVISION


def test_new_file_is_created_with_the_newest_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    registry = open_registry(path)
    with registry.read() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    registry.close()
    assert path.read_bytes().startswith(b"SQLite format 3")


def test_foreign_keys_are_enforced(registry: storage.Registry) -> None:
    with pytest.raises(IntegrityError), registry.session() as session:
        session.add(Location(vendor_id=999, country="IE", kind="hosting"))


def test_check_constraints_refuse_bad_values(registry: storage.Registry) -> None:
    with registry.session() as session:
        session.add(Vendor(name="Acme", country="NO"))
    with pytest.raises(IntegrityError), registry.session() as session:
        session.execute(text("UPDATE vendor SET role = 'boss' WHERE name = 'Acme'"))


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes", encoding="utf-8")
    with pytest.raises(DatabaseError, match="is not a registry database"):
        open_registry(path)
    assert path.read_text(encoding="utf-8") == "these are my notes"


def test_a_corrupt_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    registry = open_registry(path)
    registry.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="damaged|corrupt|not a registry"):
        open_registry(path)


def test_another_apps_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DatabaseError, match="not a Subprocessor Registry database"):
        open_registry(path)


def files_of(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` by name, with the SHA-256 of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.mark.parametrize("journal", ["delete", "wal"])
@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_another_programs_database_is_refused_untouched(
    tmp_path: Path, journal: str, read_only: bool
) -> None:
    """Refused before anything is changed: not switched to WAL, no -wal or -shm left."""
    path = tmp_path / "recipes.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA journal_mode={journal}")
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('lefse')")
        conn.commit()
    before = files_of(tmp_path)
    assert list(before) == ["recipes.sqlite3"]

    with pytest.raises(DatabaseError) as refused:
        open_registry(path, read_only=read_only)

    assert str(refused.value) == (
        f"{path} is a database, but not a Subprocessor Registry database.")
    assert files_of(tmp_path) == before


def test_another_programs_alembic_database_is_not_taken_for_a_newer_registry(
    tmp_path: Path,
) -> None:
    path = tmp_path / "other-app.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        conn.execute("CREATE TABLE invoices (number TEXT)")
        conn.commit()
    before = files_of(tmp_path)

    with pytest.raises(DatabaseError, match="not a Subprocessor Registry database"):
        open_registry(path)
    assert files_of(tmp_path) == before


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_registry(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer version of Subprocessor Registry"):
        open_registry(path)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder .* is missing"):
        open_registry(tmp_path / "nowhere" / "registry.sqlite3")


def test_a_missing_file_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_registry(tmp_path / "absent.sqlite3", create=False)
    assert not (tmp_path / "absent.sqlite3").exists()


def test_read_only_registry_reads_but_refuses_changes(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    registry = open_registry(path)
    with registry.session() as session:
        session.add(Organisation(name="Smart Solution AS"))
    registry.close()

    readonly = open_registry(path, read_only=True)
    assert readonly.read_only
    with readonly.read() as session:
        assert session.get(Organisation, 1) is not None
    with pytest.raises(DatabaseError, match="read-only"), readonly.session() as session:
        session.add(Vendor(name="Acme", country="NO"))
    readonly.close()
    with open_registry(path).read() as session:
        assert session.scalar(select(func.count()).select_from(Vendor)) == 0


def test_a_locked_database_gives_a_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "locked.sqlite3"
    registry = open_registry(path)
    other = sqlite3.connect(path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="locked by another program"):
            with registry.session() as session:
                session.add(Vendor(name="Acme", country="NO"))
    finally:
        other.rollback()
        other.close()
    with registry.read() as session:
        assert session.scalar(select(func.count()).select_from(Vendor)) == 0
    registry.close()


def test_database_argument_accepts_paths_and_urls(tmp_path: Path) -> None:
    assert storage.to_url(tmp_path / "a.sqlite3").database == str(tmp_path / "a.sqlite3")
    url = storage.to_url("postgresql+psycopg://me:secret@db.example/registry")
    assert url.get_backend_name() == "postgresql"
    assert "secret" not in storage.describe(url)


def test_default_database_lives_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert storage.default_database().is_relative_to(tmp_path)


def test_a_registry_of_the_first_schema_is_upgraded_with_its_records(tmp_path: Path) -> None:
    """A registry written by the first version (schema 0001, versions from 1) opens, keeps
    its records, and takes new records with 64-bit random versions (a BIGINT on PostgreSQL)."""
    from alembic import command
    from sqlalchemy import create_engine

    from registry import forms, usecases

    from tests.conftest import database_url

    fresh = database_url(tmp_path) if os.environ.get("SPR_TEST_DATABASE_URL") else (
        tmp_path / "first.sqlite3")  # not the suite's template: that one is at the newest
    url = storage.to_url(fresh)
    engine = create_engine(url)
    command.upgrade(storage._alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO vendor (name, legal_name, former_names, "
                          "registration_number, address, country, website, privacy_url, "
                          "dpa_url, contact_email, role, status, descriptions, internal_notes,"
                          " certifications, created_at, updated_at, row_version) VALUES "
                          "('Old Vendor AS', '', '[]', '', '', 'NO', '', '', '', '', "
                          "'processor', 'active', '{}', '', '[]', '2026-01-01', '2026-01-01', "
                          "1)"))
    engine.dispose()
    with sqlite3.connect(url.database) if url.get_backend_name() == "sqlite" else (
            contextlib.nullcontext()) as conn:  # the file really is at the first schema
        if conn is not None:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
                "0001",)

    registry = open_registry(url.render_as_string(hide_password=False))
    with registry.session() as session:
        old_id = session.scalar(select(Vendor.id).where(Vendor.name == "Old Vendor AS"))
        assert old_id is not None
        form = usecases.load_vendor_form(session, old_id)
        assert form.row_version == 1
        usecases.update_vendor(session, old_id, form, 1)
        new_id = usecases.create_vendor(session, forms.VendorForm(name="New AS", country="NO"))
    with registry.read() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION)
        assert usecases.load_vendor_form(session, old_id).row_version == 2
        assert session.get(Vendor, new_id) is not None
    registry.close()
