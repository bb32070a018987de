"""Regenerate the example reports of the demo registry: ``python -m reports.examples DIR``.

The demo registry (Smart Solution AS, :func:`registry.demo.build_demo`) is built in a
temporary file and every report is written for a fixed as-of date, so the examples in
``docs/examples`` only change when the reports or the demo do.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from registry.snapshot import Snapshot, load_snapshot
from registry.storage import open_registry
from reports import render_report

AS_OF = dt.date(2026, 11, 21)

EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("ropa-xlsx", "en", "ropa.xlsx"),
    ("ropa-pdf", "en", "ropa.pdf"),
    ("subprocessors-pdf", "nb", "subprocessors-nb.pdf"),
    ("subprocessors-html", "en", "subprocessors-en.html"),
)


def demo_snapshot() -> Snapshot:
    """The demo registry, built in a temporary file and read back."""
    from registry.demo import build_demo

    with tempfile.TemporaryDirectory() as folder:
        registry = open_registry(Path(folder) / "demo.sqlite3")
        try:
            with registry.session() as session:
                build_demo(session)
            with registry.read() as session:
                return load_snapshot(session)
        finally:
            registry.close()


def write_examples(folder: Path) -> list[Path]:
    """Write every example report into ``folder``; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    snapshot = demo_snapshot()
    written = []
    for kind, lang, name in EXAMPLES:
        out = folder / name
        render_report(kind, snapshot, out, lang=lang, as_of=AS_OF)
        written.append(out)
    return written


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("docs/examples")
    for path in write_examples(folder):
        print(f"Wrote {path}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
