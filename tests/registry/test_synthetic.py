"""Synthetic registries: proportional, deterministic, and within every schema constraint."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from registry import model
from registry.countries import is_country
from registry.enums import Mechanism, VendorRole
from registry.errors import UserError
from registry.facts import load_facts
from registry.snapshot import Snapshot, load_snapshot
from registry.storage import Registry, open_registry
from registry.synthetic import (
    MAX_CHAIN,
    MAX_VENDORS,
    SYNTHETIC_AS_OF,
    build_synthetic,
    plan_synthetic,
)
from registry.validation import check_url

COUNTED = (model.Vendor, model.Location, model.Safeguard, model.Dpa, model.Service,
           model.ServiceVendor, model.Activity, model.ActivityVendor, model.ActivityService)


def counts(registry: Registry) -> dict[str, int]:
    with registry.read() as session:
        return {
            m.__tablename__: int(session.scalar(select(func.count()).select_from(m)) or 0)
            for m in COUNTED
        }


def build(path: Path, vendors: int, seed: int = 1) -> tuple[dict[str, int], Snapshot]:
    registry = open_registry(path)
    try:
        with registry.session() as session:
            build_synthetic(session, vendors, seed)
        with registry.read() as session:
            snapshot = load_snapshot(session)
        return counts(registry), snapshot
    finally:
        registry.close()


@pytest.fixture
def synthetic(registry: Registry) -> Snapshot:
    with registry.session() as session:
        build_synthetic(session, 200)
    with registry.read() as session:
        return load_snapshot(session)


def test_counts_are_proportional(registry: Registry, synthetic: Snapshot) -> None:
    n = counts(registry)
    assert n["vendor"] == 200
    assert n["service"] == 40
    assert n["activity"] == 80
    assert 450 <= n["location"] <= 700
    assert 40 * 5 <= n["service_vendor"] <= 40 * 10
    assert n["dpa"] >= 140
    links = sum(v for k, v in n.items() if k not in ("vendor", "service", "activity"))
    assert 1400 <= links <= 2400
    assert synthetic.organisation.name


def test_chains_and_roles(synthetic: Snapshot) -> None:
    depths = Counter(len(synthetic.chain(v)) for v in synthetic.vendors)
    assert max(depths) <= MAX_CHAIN
    assert 0.1 <= (len(synthetic.vendors) - depths[1]) / len(synthetic.vendors) <= 0.3
    for v in synthetic.vendors.values():
        assert v.parent_id != v.id
        if v.parent_id is not None:
            assert v.role == VendorRole.SUB_PROCESSOR


def test_content_is_plausible(synthetic: Snapshot) -> None:
    facts = load_facts()
    names = [v.name for v in synthetic.vendors.values()]
    assert len(set(names)) == len(names)
    assert all(len(name.split()) >= 4 and name[-4:].isdigit() for name in names)
    countries = Counter(v.country for v in synthetic.vendors.values())
    eea = sum(c for code, c in countries.items() if facts.in_eea(code, SYNTHETIC_AS_OF))
    assert eea > len(names) / 2 and countries["US"] > 0
    mechanisms = Counter(s.mechanism for v in synthetic.vendors.values() for s in v.safeguards)
    assert mechanisms[Mechanism.EU_US_DPF] and mechanisms[Mechanism.SCC_2021]
    for v in synthetic.vendors.values():
        assert is_country(v.country)
        assert check_url(v.website) is None
        assert all(is_country(loc.country) for loc in v.locations)
        for sg in v.safeguards:
            assert not facts.in_eea(sg.country, SYNTHETIC_AS_OF)
            assert sg.scc_module is None or 1 <= sg.scc_module <= 4
    for a in synthetic.activities.values():
        assert a.vendor_ids and a.service_ids


def test_same_seed_same_registry(tmp_path: Path) -> None:
    first_counts, first = build(tmp_path / "a.sqlite3", 200, seed=7)
    second_counts, second = build(tmp_path / "b.sqlite3", 200, seed=7)
    assert first_counts == second_counts
    assert [v.name for v in first.vendors.values()] == [v.name for v in second.vendors.values()]
    assert [a.name for a in first.activities.values()] == [
        a.name for a in second.activities.values()]
    assert first.vendors == second.vendors


def test_another_seed_another_registry(tmp_path: Path) -> None:
    _, first = build(tmp_path / "a.sqlite3", 50, seed=1)
    _, second = build(tmp_path / "b.sqlite3", 50, seed=2)
    assert [v.name for v in first.vendors.values()] != [v.name for v in second.vendors.values()]


def test_tiny_registry(tmp_path: Path) -> None:
    n, snapshot = build(tmp_path / "tiny.sqlite3", 1)
    assert n["vendor"] == 1 and n["service"] == 1 and n["activity"] == 1


def test_refuses_bad_input(registry: Registry, synthetic: Snapshot) -> None:
    with pytest.raises(UserError, match="already holds"), registry.session() as session:
        build_synthetic(session, 10)
    for vendors in (0, MAX_VENDORS + 1):
        with pytest.raises(UserError) as refused:
            plan_synthetic(vendors)
        assert str(refused.value) == (
            f"A synthetic registry has from 1 to 50000 vendors, not {vendors}.")


def test_ids_continue_after_a_build(registry: Registry, synthetic: Snapshot) -> None:
    """The database hands out new ids after the assigned ones (PostgreSQL sequences)."""
    with registry.session() as session:
        vendor = model.Vendor(name="Added after the build", country="NO")
        session.add(vendor)
        session.flush()
        assert vendor.id == len(synthetic.vendors) + 1
