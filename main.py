"""Subprocessor Registry: the app and its command line.

Start-up sequence:
1. Parse the command line. ``--db`` (a file path or an SQLAlchemy URL; before or after the
   subcommand) names the registry; without it, the user's own registry file in the data
   directory is used.
2. With no subcommand, hand over to ``ui.app.run``, which installs the crash handler and
   logging, loads translations, opens (or on first start, offers to create) the registry and
   shows the main window. Qt is imported only on this path.
3. With a subcommand, open the registry (creating or migrating it as needed), do the work in
   one transaction, print the result and exit: 0 for success, 1 for ``check --strict`` with
   errors, 2 for bad usage or bad input (one clear sentence on stderr, never a traceback).

Three ways in, one :func:`main`: ``subprocessor-registry`` (the command pip and pipx install,
``[project.scripts]`` in pyproject.toml, and the program of the bundle), ``python -m
subprocessor_registry``, and ``python main.py`` in a checkout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from registry.enums import LANGUAGES
from registry.errors import UserError
from reports import REPORTS

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_BUG = 70

MAX_SYNTHETIC_VENDORS = 50_000
"""registry.synthetic.MAX_VENDORS, for the help (which imports no registry module)."""


def as_of_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'"{text}" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-21'
        ) from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f'"{text}" is not a positive whole number')
    return value


class ShowVersion(argparse.Action):
    """``--version``: the release and the day its legal facts were stated as of (read only
    when asked for, so that no other start reads the facts file)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        from registry import __version__
        from registry.facts import load_facts
        from registry.messages import fmt_date

        stated = fmt_date(load_facts().stated_as_of)
        print(f"Subprocessor Registry {__version__} (legal facts as of {stated})")
        parser.exit()


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    db_help = "registry database: a file path or a database URL (default: your own registry)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="DB", help=db_help)

    parser = argparse.ArgumentParser(
        prog=prog,
        description="Keep your vendors, sub-processors, transfers and Article 30 records. "
        "Without a command, the app opens.",
    )
    parser.add_argument("--db", default=None, metavar="DB", help=db_help)
    parser.add_argument("--version", action=ShowVersion,
                        help="show the version and the date of the legal facts, and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="load the demo registry",
                          description="Fill the registry with the demo registry (built from "
                          "five real Nordic privacy policies) or a synthetic one.")
    demo.add_argument("--synthetic", type=positive_int, metavar="N",
                      help="instead, a deterministic synthetic registry of N vendors "
                      f"(1 to {MAX_SYNTHETIC_VENDORS})")
    demo.add_argument("--replace", action="store_true",
                      help="replace what the registry holds (otherwise it must be empty)")

    imp = sub.add_parser("import", parents=[common], help="import a registry from JSON",
                         description="Import a registry document (see docs/exchange-format.md)."
                         " Everything is checked first; on any problem nothing changes.")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--replace", action="store_true",
                     help="replace what the registry holds (otherwise it must be empty)")

    exp = sub.add_parser("export", parents=[common], help="export the registry to JSON",
                         description="Write the whole registry as one JSON document.")
    exp.add_argument("file", type=Path, metavar="FILE")

    for name, text in (("check", "list what is wrong"),
                       ("transfers", "list every third-country transfer")):
        cmd = sub.add_parser(name, parents=[common], help=text, description=text.capitalize()
                             + ", as of a date (today by default).")
        cmd.add_argument("--json", action="store_true", help="print JSON")
        cmd.add_argument("--as-of", type=as_of_date, metavar="DATE",
                         help="apply the law as on this date (YYYY-MM-DD)")
        cmd.add_argument("--revoke", action="append", default=[], metavar="ID",
                         help="what if this adequacy decision fell (e.g. us-dpf); repeatable")
        cmd.add_argument("--facts", type=Path, metavar="FILE",
                         help="use this legal facts file instead of the shipped one")
        if name == "check":
            cmd.add_argument("--strict", action="store_true",
                             help="exit with status 1 when there is any error")

    facts = sub.add_parser("facts", help="show the legal facts the checks rely on",
                           description="Show the adequacy decisions and transfer mechanisms, "
                           "with their dates, from the legal facts file.")
    facts.add_argument("--facts", type=Path, metavar="FILE",
                       help="a legal facts file instead of the shipped one")

    rep = sub.add_parser("report", parents=[common], help="produce a report",
                         description="Produce the Article 30 register (Excel or PDF) or the "
                         "customer-facing sub-processor list (PDF or HTML).")
    rep.add_argument("kind", choices=list(REPORTS))
    rep.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    rep.add_argument("--lang", choices=LANGUAGES, default="en")
    rep.add_argument("--service", metavar="NAME", help="only this service")
    rep.add_argument("--as-of", type=as_of_date, metavar="DATE")

    desk = sub.add_parser("install-desktop", help="add the app to the applications menu (Linux)",
                          description="Add the app and its icon to the applications menu of "
                          "a Linux desktop, for you alone (in $XDG_DATA_HOME or ~/.local/share). "
                          "The menu entry starts this installation of the app.")
    desk.add_argument("--remove", action="store_true",
                      help="take the app out of the applications menu again")
    hist = sub.add_parser("history", parents=[common], help="show who changed what, and when",
                          description="Show the recorded changes, newest first: who made each, "
                          "when, and the value before and after; of the whole registry or of "
                          "one record.")
    record = hist.add_mutually_exclusive_group()
    for kind in ("vendor", "service", "activity"):
        record.add_argument(f"--{kind}", metavar="NAME", help=f"only the changes of this {kind}")
    hist.add_argument("--since", type=as_of_date, metavar="DATE",
                      help="only the changes from this day on (YYYY-MM-DD)")
    hist.add_argument("--lang", choices=LANGUAGES, default="en",
                      help="the language of the fields and values")
    output = hist.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON")
    output.add_argument("--csv", type=Path, metavar="FILE",
                        help="write the changes to a CSV file instead (as Excel opens it)")
    return parser


# --- commands -------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from registry.demo import build_demo
    from registry.maintenance import clear_registry, is_empty
    from registry.synthetic import build_synthetic, check_size

    if args.synthetic:
        check_size(args.synthetic)  # before a new registry file is made for it
    registry = open_db(args)
    with registry.session() as session:
        if not is_empty(session):
            if not args.replace:
                raise UserError(
                    f"{registry.name} already holds a registry. Use --replace to replace it "
                    "with the demo, or --db to choose another file."
                )
            clear_registry(session)
        if args.synthetic:
            build_synthetic(session, args.synthetic)
            what = f"a synthetic registry of {args.synthetic} vendors"
        else:
            build_demo(session)
            what = "the demo registry"
    print(f"Loaded {what} into {registry.name}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from registry.exchange import import_document, read_document

    document = read_document(args.file)
    registry = open_db(args)
    with registry.session() as session:
        summary = import_document(session, document, replace=args.replace,
                                  source=args.file.name)
    print(f"Imported {args.file} into {registry.name}: {summary}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from registry.exchange import export_registry, write_document

    registry = open_db(args)
    with registry.read() as session:
        document = export_registry(session)
    write_document(document, args.file)
    print(f"Exported {registry.name} to {args.file}.")
    return EXIT_OK


def _assess(args: argparse.Namespace) -> tuple[Any, Any, Any]:
    from registry.assessment import assess
    from registry.facts import load_facts
    from registry.snapshot import load_snapshot

    registry = open_db(args)
    with registry.read() as session:
        snapshot = load_snapshot(session)
    as_of = args.as_of or dt.date.today()
    facts = load_facts(args.facts)
    result = assess(snapshot, as_of, facts, revoke=args.revoke)
    baseline = assess(snapshot, as_of, facts) if args.revoke else None
    return snapshot, result, baseline


def cmd_check(args: argparse.Namespace) -> int:
    from registry.enums import Severity
    from registry.whatif import lost_basis

    snapshot, result, baseline = _assess(args)
    lost = lost_basis(baseline, result) if baseline is not None else []
    if args.json:
        print(json.dumps({
            "organisation": snapshot.organisation.name,
            "as_of": result.as_of.isoformat(),
            "revoked": list(result.revoked),
            "counts": {s.value: result.count(s) for s in Severity},
            "findings": [finding_json(f) for f in result.findings],
            "lost_basis": [transfer_json(t) for t in lost],
        }, ensure_ascii=False, indent=2))
    else:
        print_findings(snapshot.organisation.name, result, lost)
    if args.strict and result.count(Severity.ERROR):
        return EXIT_FINDINGS
    return EXIT_OK


def cmd_transfers(args: argparse.Namespace) -> int:
    from registry.countries import country_name
    from registry.labels import label
    from registry.messages import capitalised

    _, result, _ = _assess(args)
    if args.json:
        print(json.dumps([transfer_json(t) for t in result.transfers], ensure_ascii=False,
                         indent=2))
        return EXIT_OK
    rows = [
        (" → ".join(t.chain), f"{country_name(t.country)} ({t.country})",
         ", ".join(label("via", v) for v in t.via),
         t.basis, t.verdict.upper(), capitalised(t.message))
        for t in result.transfers
    ]
    print_table(("Vendor", "Country", "Reached by", "Mechanism", "Verdict", "Why"), rows)
    print(f"\n{len(rows)} third-country transfers as of {result.as_of.isoformat()}.")
    return EXIT_OK


def cmd_facts(args: argparse.Namespace) -> int:
    from registry.countries import country_name
    from registry.facts import FACTS_FILE, load_facts
    from registry.messages import fmt_date

    facts = load_facts(args.facts)
    print(f"Legal facts from {args.facts or FACTS_FILE}, stated as of "
          f"{fmt_date(facts.stated_as_of)}.\n")
    print("Adequacy decisions (Art. 45):")
    for d in facts.decisions:
        until = f" until {fmt_date(d.valid_until)}" if d.valid_until else ""
        where = d.title if d.country is None else f"{country_name(d.country)} ({d.country})"
        print(f"  {d.id:<8}{where:<30}{d.reference:<24}from {fmt_date(d.valid_from)}{until}")
        for extra in (d.scope, d.note):
            if extra:
                print(f"  {'':<8}{extra}")
    print("\nTransfer mechanisms:")
    for m in facts.mechanisms.values():
        state = f"dead: {m.judgment}" if m.kind == "dead" else (
            "needs a transfer impact assessment" if m.needs_tia else "")
        print(f"  {m.id:<16}{m.label} ({m.article}){'; ' + state if state else ''}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from registry.snapshot import load_snapshot
    from reports import render_report

    registry = open_db(args)
    with registry.read() as session:
        snapshot = load_snapshot(session)
    render_report(args.kind, snapshot, args.output, lang=args.lang, service=args.service,
                  as_of=args.as_of or dt.date.today())
    print(f"Wrote {args.output}.")
    return EXIT_OK


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from registry.desktop import install_desktop, remove_desktop

    if args.remove:
        remove_desktop()
        print("Removed Subprocessor Registry from the applications menu.")
        return EXIT_OK
    entry, icons = install_desktop()
    print(f"Added Subprocessor Registry to the applications menu: {entry} (icons in {icons}).")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from registry.history import (
        COLUMNS,
        HistoryFilter,
        find_record,
        iter_history,
        write_history_csv,
    )

    registry = open_db(args)
    kind: Any = next((k for k in ("vendor", "service", "activity")
                      if getattr(args, k) is not None), None)
    with registry.read() as session:
        record_id = find_record(session, kind, getattr(args, kind)) if kind else None
        entries = iter_history(session, HistoryFilter(kind=kind, record_id=record_id,
                                                      since=args.since), args.lang)
        if args.csv is not None:
            count = write_history_csv(entries, args.csv, args.lang)
            print(f"Wrote {count} {'change' if count == 1 else 'changes'} to {args.csv}.")
            return EXIT_OK
        if args.json:
            print(json.dumps([history_json(e) for e in entries], ensure_ascii=False, indent=2))
            return EXIT_OK
        rows = [tuple(" ".join(cell.split()) for cell in (e.cells()[0], e.who, e.record, e.what,
                                                          e.old, e.new))
                for e in entries]
    print_table([COLUMNS[key].in_(args.lang)
                 for key in ("when", "who", "record", "what", "old", "new")], rows,
                limits=(16, 16, 30, 30, 40, 40))
    count = len(rows)
    print(f"\n{count} {'change' if count == 1 else 'changes'}." if rows else "\nNo changes.")
    return EXIT_OK


# --- output ---------------------------------------------------------------------------------


def history_json(entry: Any) -> dict[str, Any]:
    return {
        "at": entry.at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "who": entry.who,
        "record": {"kind": entry.kind, "id": entry.record_id, "name": entry.record},
        "action": entry.action,
        "field": entry.field,
        "change": entry.what,
        "before": entry.old,
        "after": entry.new,
    }


def finding_json(f: Any) -> dict[str, Any]:
    return {
        "severity": f.severity.value,
        "rule": f.rule,
        "record": {"kind": f.record_kind, "id": f.record_id, "name": f.record_name},
        "country": f.country,
        "chain": list(f.chain),
        "message": f.message,
    }


def transfer_json(t: Any) -> dict[str, Any]:
    return {
        "vendor": t.vendor_name,
        "chain": list(t.chain),
        "country": t.country,
        "via": list(t.via),
        "mechanism": t.mechanism.value if t.mechanism else None,
        "basis": t.basis,
        "verdict": t.verdict,
        "message": t.message,
    }


def print_findings(organisation: str, result: Any, lost: Sequence[Any]) -> None:
    from registry.enums import Severity

    counts = ", ".join(
        f"{result.count(s)} {label}" for s, label in
        ((Severity.ERROR, "errors"), (Severity.WARNING, "warnings"), (Severity.INFO, "notes"))
    )
    title = f"{organisation or 'Registry'} as of {result.as_of.isoformat()}: {counts}"
    if result.revoked:
        title += f" (what if {', '.join(result.revoked)} fell)"
    print(title)
    for f in result.findings:
        record = f"{f.record_kind} {f.record_name}"
        print(f"{f.severity.value.upper():<8}{f.rule:<32}{record}")
        print(f"{'':<8}{f.message}")
    if result.revoked:
        print(f"\n{len(lost)} transfers would lose their basis:")
        for t in lost:
            print(f"  {' → '.join(t.chain)} ({t.country}): {t.basis}")


def print_table(headings: Sequence[str], rows: Sequence[Sequence[str]],
                limits: Sequence[int] = (40, 24, 24, 44, 8, 80)) -> None:
    """Rows as a table, each column as wide as its texts up to its limit (cut with …)."""
    widths = [
        min(limit, max([len(h)] + [len(r[i]) for r in rows]))
        for i, (h, limit) in enumerate(zip(headings, limits, strict=True))
    ]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
            for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    print(line(headings))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))


# --- plumbing -------------------------------------------------------------------------------


def log_crash() -> str:
    """Write the current exception's traceback to the log file; return where it went."""
    import logging

    from registry.storage import data_dir

    try:
        path = data_dir() / "subprocessor-registry.log"
        logging.basicConfig(filename=path, level=logging.INFO)
        logging.getLogger("main").exception("command failed")
        return str(path)
    except OSError:
        import traceback

        traceback.print_exc()
        return "the output above"


_opened: list[Any] = []
"""The registries a command opened; :func:`main` closes them when it ends."""


def open_db(args: argparse.Namespace) -> Any:
    from registry.storage import open_registry

    registry = open_registry(args.db)
    _opened.append(registry)
    return registry


class Terminated(BaseException):
    """The process was asked to stop (SIGTERM): unwinds like Ctrl+C, so that a half-written
    report or export is removed and the transaction rolled back."""


def _terminate(signum: int, _frame: Any) -> None:
    raise Terminated(signum)


COMMANDS = {
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "check": cmd_check,
    "transfers": cmd_transfers,
    "report": cmd_report,
    "facts": cmd_facts,
    "install-desktop": cmd_install_desktop,
    "history": cmd_history,
}


def main(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    """Run the command of ``argv`` (default: the process's arguments), or open the window.

    ``prog`` is the name the help and the usage lines give the program (default: the name it
    was started by: ``main.py``, ``subprocessor-registry``)."""
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    if args.command is None:
        # Loading the app's modules creates a great many objects that live as long as it
        # does; the cycle collector would walk them again and again (some 50 ms of start-up).
        # It waits until the window is shown, then leaves them alone (ui.app.run).
        gc.disable()
        from ui.app import run

        return run(args.db)
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if on_main_thread else None
    try:
        return COMMANDS[args.command](args)
    except Terminated:
        print("Stopped; nothing was written.", file=sys.stderr)
        return 128 + signal.SIGTERM
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("Interrupted; nothing was changed.", file=sys.stderr)
        return EXIT_USAGE
    except Exception:
        where = log_crash()
        print(f"error: an unexpected problem stopped the command; nothing was changed. "
              f"The details are in {where}.", file=sys.stderr)
        return EXIT_BUG
    finally:
        if on_main_thread:
            signal.signal(signal.SIGTERM, previous)
        while _opened:
            _opened.pop().close()


if __name__ == "__main__":
    sys.exit(main())
