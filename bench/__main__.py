"""Run every benchmark and print the ratios: ``make bench`` (``python -m bench [names]``)."""

from __future__ import annotations

import importlib
import sys

from bench.common import Absolute, Ratio

SUITES = ("bench_registry", "bench_gui", "bench_reports")


def main(argv: list[str]) -> int:
    wanted = argv or list(SUITES)
    results: list[Ratio | Absolute] = []
    for name in wanted:
        try:
            suite = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"bench.{name}":
                print(f"{name}: not present")
                continue
            raise
        print(f"running {name} ...", flush=True)
        results.extend(suite.run())
    print()
    print(f"{'benchmark':<44} {'ours':>9} {'baseline':>9} {'ratio':>7} {'target':>7}  ")
    for r in results:
        if isinstance(r, Ratio):
            flag = "info" if r.target is None else "ok" if r.met else "MISSED"
            target = "     -" if r.target is None else f"{r.target:>6.2f}x"
            print(
                f"{r.name:<44} {r.ours * 1000:>7.1f}ms {r.baseline * 1000:>7.1f}ms "
                f"{r.ratio:>6.2f}x {target}  {flag}  (baseline: {r.baseline_name})"
            )
        else:
            flag = "ok" if r.met else "MISSED"
            print(
                f"{r.name:<44} {r.seconds * 1000:>7.1f}ms {'':>9} {'':>7} "
                f"{r.limit * 1000:>5.0f}ms  {flag}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
