"""Registry core on 5,000 vendors: ``check`` and JSON export/import against raw sqlite3.

- check: load the snapshot and assess it, beside a plain SELECT of the same rows;
- export: the exchange document written to a file, beside a plain SELECT of the same rows
  dumped to JSON;
- import: the document checked and inserted into a fresh registry, beside a plain
  ``executemany`` of the same rows into the same schema.
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


def raw_select(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    finally:
        conn.close()


def bench_check(path: Path) -> Ratio:
    from registry.assessment import assess
    from registry.facts import load_facts
    from registry.snapshot import load_snapshot
    from registry.storage import open_registry

    registry = open_registry(path)
    facts = load_facts()

    def ours() -> None:
        with registry.read() as session:
            assess(load_snapshot(session), AS_OF, facts)

    result = Ratio("check (snapshot + assessment)", best_of(ours), best_of(lambda: raw_select(path)),
                   2.0, "plain SELECT of the same rows")
    registry.close()
    return result


def bench_export(path: Path) -> Ratio:
    from registry.exchange import export_registry, write_document
    from registry.storage import open_registry

    registry = open_registry(path)
    out = WORKDIR / "export.json"

    def ours() -> None:
        with registry.read() as session:
            write_document(export_registry(session), out)

    def baseline() -> None:
        rows = raw_select(path)
        out.with_suffix(".raw.json").write_text(json.dumps(rows, default=str), "utf-8")

    result = Ratio("export JSON", best_of(ours), best_of(baseline), 2.0,
                   "plain SELECT of the same rows + json.dumps")
    registry.close()
    return result


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
    return [bench_check(path), bench_export(path), bench_import(path)]
