"""Registry core on 5,000 vendors: ``check`` and JSON export/import against raw SQL.

- check: load the snapshot and assess it, beside a plain SELECT of the same rows;
- export: the exchange document written to a file, beside a plain SELECT of the same rows
  dumped to JSON;
- import: the document checked and inserted into a fresh registry, beside a plain
  ``executemany`` of the same rows into the same schema.

The SELECT baseline is SQLAlchemy Core's ``select(table)`` of every table, which yields the
same Python values our code works with (dates as dates, JSON decoded); a second line shows
the ratio against sqlite3's bare ``fetchall`` of undecoded text, for information.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

from bench.common import WORKDIR, Ratio, best_of, synthetic_database

TABLES = (
    "organisation",
    "vendor",
    "location",
    "safeguard",
    "dpa",
    "service",
    "service_vendor",
    "activity",
    "activity_vendor",
    "activity_service",
)
AS_OF = dt.date(2026, 11, 21)


def core_select(registry: Any) -> dict[str, list[Any]]:
    from sqlalchemy import select

    from registry.model import Base

    with registry.read() as session:
        return {t: session.execute(select(Base.metadata.tables[t])).all() for t in TABLES}


def raw_select(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    finally:
        conn.close()


def bench_check(path: Path) -> list[Ratio]:
    from registry.assessment import assess
    from registry.facts import load_facts
    from registry.snapshot import load_snapshot
    from registry.storage import open_registry

    registry = open_registry(path)
    facts = load_facts()

    def ours() -> None:
        with registry.read() as session:
            assess(load_snapshot(session), AS_OF, facts)

    mine = best_of(ours)
    results = [
        Ratio("check (snapshot + assessment)", mine, best_of(lambda: core_select(registry)),
              2.0, "plain Core SELECT of the same rows"),
        Ratio("check, against bare sqlite3", mine, best_of(lambda: raw_select(path)), None,
              "sqlite3 fetchall, values undecoded"),
    ]
    registry.close()
    return results


def bench_export(path: Path) -> list[Ratio]:
    from registry.exchange import export_registry, write_document
    from registry.storage import open_registry

    registry = open_registry(path)
    out = WORKDIR / "export.json"

    def ours() -> None:
        with registry.read() as session:
            write_document(export_registry(session), out)

    def dump(rows: object) -> None:
        out.with_suffix(".raw.json").write_text(json.dumps(rows, default=str), "utf-8")

    mine = best_of(ours)
    results = [
        Ratio("export JSON", mine, best_of(lambda: dump(core_select(registry))), 2.0,
              "plain Core SELECT of the same rows + json.dumps"),
        Ratio("export JSON, against bare sqlite3", mine,
              best_of(lambda: dump(raw_select(path))), None,
              "sqlite3 fetchall + json.dumps"),
    ]
    registry.close()
    return results


def bench_import(path: Path) -> Ratio:
    from registry.exchange import export_registry, import_document
    from registry.storage import open_registry

    source = open_registry(path)
    with source.read() as session:
        document = export_registry(session)
    source.close()
    rows = raw_select(path)
    template = WORKDIR / "import-template.sqlite3"
    if template.exists():
        template.unlink()
    open_registry(template).close()
    target = WORKDIR / "import-target.sqlite3"

    def fresh() -> Path:
        for leftover in WORKDIR.glob("import-target.sqlite3*"):
            leftover.unlink()
        target.write_bytes(template.read_bytes())
        return target

    def ours() -> None:
        registry = open_registry(fresh())
        with registry.session() as session:
            import_document(session, document)
        registry.close()

    def baseline() -> None:
        conn = sqlite3.connect(fresh())
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA journal_mode=WAL")
        for table in TABLES:
            if rows[table]:
                marks = ",".join("?" * len(rows[table][0]))
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
        conn.commit()
        conn.close()

    return Ratio("import JSON (validated)", best_of(ours, 3), best_of(baseline, 3), 4.0,
                 "plain executemany of the same rows")


def run() -> list[Ratio]:
    path = synthetic_database()
    return [*bench_check(path), *bench_export(path), bench_import(path)]
