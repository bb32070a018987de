"""A new registry file: empty for an organisation, the demo, or in place of another file."""

from __future__ import annotations

from pathlib import Path

import pytest

from registry.creation import create_registry
from registry.errors import DatabaseError
from registry.snapshot import Snapshot, load_snapshot
from registry.storage import Registry

pytestmark = pytest.mark.sqlite_only


def snapshot_of(registry: Registry) -> Snapshot:
    try:
        with registry.read() as session:
            return load_snapshot(session)
    finally:
        registry.close()


def test_an_empty_registry_has_the_organisation_and_nothing_else(tmp_path: Path) -> None:
    snapshot = snapshot_of(create_registry(tmp_path / "new.sqlite3", name="Nordlys AS"))

    assert snapshot.organisation.name == "Nordlys AS"
    assert (snapshot.vendors, snapshot.services, snapshot.activities) == ({}, {}, {})


def test_the_demo_registry_has_vendors_services_and_activities(tmp_path: Path) -> None:
    snapshot = snapshot_of(create_registry(tmp_path / "demo.sqlite3", demo=True))

    assert snapshot.organisation.name
    assert "Zendesk" in {vendor.name for vendor in snapshot.vendors.values()}
    assert snapshot.services and snapshot.activities


def test_a_file_in_the_way_is_replaced_only_when_the_user_said_so(tmp_path: Path) -> None:
    path = tmp_path / "registry.sqlite3"
    path.write_bytes(b"my notes")

    with pytest.raises(DatabaseError):
        create_registry(path, name="Nordlys AS")
    assert path.read_bytes() == b"my notes"

    snapshot = snapshot_of(create_registry(path, name="Nordlys AS", replace=True))
    assert snapshot.organisation.name == "Nordlys AS"


def test_a_folder_in_the_way_is_not_replaced_and_the_user_is_told_why(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")

    with pytest.raises(DatabaseError) as refused:
        create_registry(folder, name="Nordlys AS", replace=True)

    assert refused.value.message_in("en").startswith(f"{folder} cannot be replaced: ")
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "mine"
