"""Shared benchmark helpers: best-of-N timing, the synthetic registry, the result table.

A figure is a ratio (our time / the raw library's time on the same work), measured as the
best of several runs of each, so it holds on a noisy machine.
"""

from __future__ import annotations

import dataclasses
import functools
import time
from collections.abc import Callable
from pathlib import Path

WORKDIR = Path(__file__).resolve().parent.parent / ".bench"
VENDORS = 5000


@dataclasses.dataclass(frozen=True)
class Ratio:
    """One benchmark result."""

    name: str
    ours: float
    baseline: float
    target: float | None
    """None for a figure shown for information, with no target."""
    baseline_name: str

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline > 0 else float("inf")

    @property
    def met(self) -> bool:
        return self.target is None or self.ratio <= self.target


@dataclasses.dataclass(frozen=True)
class Absolute:
    """A figure with an absolute target (milliseconds), for what has no raw baseline."""

    name: str
    seconds: float
    limit: float

    @property
    def met(self) -> bool:
        return self.seconds <= self.limit


def best_of(work: Callable[[], object], runs: int = 5) -> float:
    """The fastest of ``runs`` timings of ``work``, in seconds of this process's CPU time.

    CPU time rather than wall time: on a busy machine another process taking the core
    does not count against either side of a ratio.
    """
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


@functools.cache
def synthetic_database(vendors: int = VENDORS) -> Path:
    """A registry file with a synthetic registry of ``vendors`` vendors, built once."""
    from registry.storage import open_registry
    from registry.synthetic import build_synthetic

    WORKDIR.mkdir(exist_ok=True)
    path = WORKDIR / f"synthetic-{vendors}.sqlite3"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    for leftover in WORKDIR.glob(tmp.name + "*"):
        leftover.unlink()
    registry = open_registry(tmp)
    with registry.session() as session:
        build_synthetic(session, vendors)
    registry.close()
    tmp.rename(path)
    return path
