"""The JSON import, fuzzed: an export of the demo registry, changed at random, is imported
through the command line into a registry of known contents (the demo, or an empty one), with
and without --replace.

Whatever the change, the import either refuses the file (exit 2, one sentence on stderr with
the problems listed under it, the registry exactly as it was: the same export, byte for byte)
or takes it, and then what it took round-trips: exported, imported into a new registry and
exported again, the same file byte for byte.

``make test`` tries 25 changed files, the same ones every run (``--fuzz-examples``,
in tests/conftest.py, asks for more: see the README's contributor section).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import io
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registry.exchange import (
    ACTIVITY,
    DPA,
    LOCATION,
    MAX_INT,
    ORGANISATION,
    SAFEGUARD,
    SERVICE,
    SERVICE_VENDOR,
    VENDOR,
    Text,
)

import main
from tests.conftest import demo_registry_file, empty_registry_file

pytestmark = pytest.mark.sqlite_only  # a registry of known contents is a copied file

STATES = ("demo", "empty")


# --- the command line -------------------------------------------------------------------------


def cli(*argv: str) -> tuple[int, str, str]:
    """Run ``main.py`` with ``argv``: the exit code, what it printed and what it said on stderr.

    A bug (exit 70) is run again without the command line's net, so that the test reports
    the exception and where it was raised, not only the sentence that hides it.
    """
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main.main(list(argv))
    if code == main.EXIT_BUG:
        args = main.build_parser().parse_args(list(argv))
        main.COMMANDS[args.command](args)
        pytest.fail(f"exit 70 once, not when run again: {err.getvalue()}")
    return code, out.getvalue(), err.getvalue()


def exported(db: Path, to: Path) -> bytes:
    code, _, err = cli("--db", str(db), "export", str(to))
    assert code == 0, err
    return to.read_bytes()


@dataclasses.dataclass(frozen=True)
class Known:
    """Registry files of known contents, to copy for each example, and their exports."""

    folder: Path
    document: dict[str, Any]
    """The export of the demo registry, parsed: what every example changes."""
    exports: dict[str, bytes]

    def registry(self, state: str, to: Path) -> Path:
        shutil.copyfile(self.folder / f"{state}.sqlite3", to)
        return to


@pytest.fixture(scope="module")
def known(tmp_path_factory: pytest.TempPathFactory) -> Known:
    folder = tmp_path_factory.mktemp("known")
    demo_registry_file(folder / "demo.sqlite3")  # closed: nothing left in a -wal file
    empty_registry_file(folder / "empty.sqlite3")
    exports = {}
    for state in STATES:
        scratch = folder / f"scratch-{state}.sqlite3"
        shutil.copyfile(folder / f"{state}.sqlite3", scratch)
        exports[state] = exported(scratch, folder / f"{state}.json")
    return Known(folder, json.loads(exports["demo"]), exports)


# --- changed documents ------------------------------------------------------------------------


class Changed:
    """A document being changed: plain JSON, in which a text such as ``"\\x00raw3\\x00"``
    stands for JSON text that json.dumps does not write (NaN, 1e400, numbers of thousands of
    digits, a thousand levels of brackets, an object that gives a key twice)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.raws: list[str] = []

    def raw(self, text: str) -> str:
        """A stand-in for ``text``, to put in the document."""
        self.raws.append(text)
        return f"\x00raw{len(self.raws) - 1}\x00"

    def dumps(self, value: Any, ascii_only: bool) -> str:
        text = json.dumps(value, ensure_ascii=ascii_only)
        for index in range(len(self.raws) - 1, -1, -1):  # a raw text holds older ones only
            text = text.replace(json.dumps(f"\x00raw{index}\x00"), self.raws[index])
        return text

    def places(self) -> list[tuple[Place, Any]]:
        """Every place of the document with its value, the whole document first."""
        found: list[tuple[Place, Any]] = []
        pending: list[tuple[Place, Any]] = [((), self.doc)]
        while pending:
            place, value = pending.pop()
            found.append((place, value))
            if isinstance(value, dict):
                pending.extend(((*place, key), item) for key, item in value.items())
            elif isinstance(value, list):
                pending.extend(((*place, index), item) for index, item in enumerate(value))
        return found

    def put(self, place: Place, value: Any) -> None:
        if place:
            get(self.doc, place[:-1])[place[-1]] = value
        else:
            self.doc = value


Place = tuple[str | int, ...]


def get(doc: Any, place: Place) -> Any:
    for key in place:
        doc = doc[key]
    return doc


TEXTS = (
    '=HYPERLINK("http://evil.example","click")', "=1+1", "+1", "-1", "@SUM(A1)",
    "<b>bold</b>", "<script>alert(1)</script>", "&amp;", "", " ", "\t\n", "\r", "\x1b[2J",
    "a\u2028b\x85c", "\x00", "a\x00b",
    "\ud800", "x\udfffy", "\u202eevil", "Øresund & Ålborg ApS", "☃", "x" * 61, "x" * 201,
    "x" * 301, "x" * 5000, "NO", "US", "XX", "no", "2024-02-29", "2023-02-29", "2024-13-01",
    "9999-12-31", "0001-01-01", "https://example.com", "http://", "javascript:alert(1)",
    "a@b.no", "not an e-mail", "923609016", "DK13585628", "hosting", "scc_2021", "derogation",
    "compelling", "null", "true", "0",
)
NUMBERS = (0, -1, 1, 2, 4, 5, 30, MAX_INT, MAX_INT + 1, -MAX_INT - 2, 10**20, 10**99, 0.5,
           1.0, -0.0, 1e300)
RAW_NUMBERS = ("9" * 5000, "-" + "9" * 101, "1" + "0" * 100, "1e400", "-1e400", "1E2",
               "1e-400", "NaN", "Infinity", "-Infinity", "-0", "01", "1.", ".5", "0x10")
KEYS = ("comment", "Name", "id", "name ", "vendor_id", "parent_id", "name", "country",
        "vendors", "format", "version", "en", "xx")

texts = st.sampled_from(TEXTS) | st.text(max_size=20)
scalars = (st.none() | st.booleans() | st.integers() | st.sampled_from(NUMBERS)
           | st.floats(allow_nan=False, allow_infinity=False) | texts)
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)


@st.composite
def deep(draw: st.DrawFn, inside: str = "1") -> str:
    """JSON text of brackets nested up to 1,200 levels deep, now and then left open."""
    levels = draw(st.integers(1, 1200))
    opening, closing = draw(st.sampled_from((("[", "]"), ('{"a": ', "}"))))
    end = closing * levels if draw(st.booleans()) else ""
    return opening * levels + inside + end


OPERATIONS = ("free text", "drop", "text", "retype", "replace", "number", "raw number", "deep",
              "wrap", "duplicate item", "key twice", "unknown key", "rename key", "reference")
"""The ways a document is changed; the first two more often than the others, as they leave
more documents that can be imported."""

FREE_TEXTS = frozenset(
    f.name for record in (ORGANISATION, VENDOR, LOCATION, SAFEGUARD, DPA, SERVICE,
                          SERVICE_VENDOR, ACTIVITY)
    for f in record.fields if isinstance(f.kind, Text)
)
"""The fields of any text: a formula or markup there is imported as it is."""


def fits(operation: str, place: Place, value: Any) -> bool:
    """Whether ``operation`` can change ``value`` at ``place``."""
    if operation in ("key twice", "rename key"):
        return isinstance(value, dict) and bool(value)
    if operation == "unknown key":
        return isinstance(value, dict)
    if operation == "duplicate item":
        return isinstance(value, list) and bool(value)
    if operation == "text":
        return isinstance(value, str)
    if operation == "free text":
        return bool(place) and place[-1] in FREE_TEXTS
    if operation == "reference":
        return bool(place) and (place[-1] in ("name", "parent", "vendor") or (
            len(place) > 1 and place[-2] in ("vendors", "services") and isinstance(value, str)))
    return True


def change(data: st.DataObject, doc: Changed, names: list[str]) -> None:
    """Change ``doc`` once, in one of the ways of OPERATIONS."""
    operation = data.draw(st.sampled_from(OPERATIONS[:2] * 3 + OPERATIONS), label="operation")
    every = [place for place, value in doc.places() if fits(operation, place, value)]
    if not every:
        return
    place = data.draw(st.sampled_from(every), label="place")
    value = get(doc.doc, place)
    if operation == "drop":
        if place:
            del get(doc.doc, place[:-1])[place[-1]]
    elif operation == "unknown key":
        value[data.draw(st.sampled_from(KEYS) | texts, label="key")] = data.draw(json_values)
    elif operation == "rename key":
        key = data.draw(st.sampled_from(list(value)), label="key")
        new = data.draw(st.sampled_from((key.upper(), key + "s", key.replace("_", "-"),
                                         " " + key, *KEYS)), label="new key")
        value[new] = value.pop(key)
    elif operation == "key twice":
        pairs = [json.dumps(key) + ": " + doc.dumps(item, True) for key, item in value.items()]
        key = data.draw(st.sampled_from(list(value)), label="key")
        again = data.draw(st.just(value[key]) | json_values, label="second value")
        pairs.insert(data.draw(st.integers(0, len(pairs)), label="at"),
                     json.dumps(key) + ": " + doc.dumps(again, True))
        doc.put(place, doc.raw("{" + ", ".join(pairs) + "}"))
    elif operation == "duplicate item":
        item = copy.deepcopy(data.draw(st.sampled_from(value), label="item"))
        value.insert(data.draw(st.integers(0, len(value)), label="at"), item)
    elif operation == "reference":
        doc.put(place, data.draw(st.sampled_from(names), label="name"))
    elif operation == "retype":
        doc.put(place, data.draw(st.sampled_from(
            (None, True, 0, 1.5, "", "text", [], {}, [value], {"value": value}, str(value)))))
    elif operation == "replace":
        doc.put(place, data.draw(json_values, label="value"))
    elif operation in ("text", "free text"):
        doc.put(place, data.draw(texts, label="text"))
    elif operation == "number":
        doc.put(place, data.draw(st.sampled_from(NUMBERS) | st.integers(), label="number"))
    elif operation == "raw number":
        doc.put(place, doc.raw(data.draw(st.sampled_from(RAW_NUMBERS), label="raw number")))
    elif operation == "deep":
        doc.put(place, doc.raw(data.draw(deep(), label="deep")))
    else:  # wrap the value in brackets
        doc.put(place, doc.raw(data.draw(deep(doc.dumps(value, True)), label="wrapped")))


def corrupt(data: st.DataObject, raw: bytes) -> bytes:
    """``raw`` with a few bytes changed, put in, taken out, or cut short."""
    for _ in range(data.draw(st.integers(0, 3), label="corruptions")):
        kind = data.draw(st.sampled_from(("flip", "insert", "delete", "cut")), label="corrupt")
        at = data.draw(st.integers(0, max(len(raw) - 1, 0)), label="at")
        byte = bytes([data.draw(st.integers(0, 255), label="byte")])
        if kind == "flip":
            raw = raw[:at] + byte + raw[at + 1:]
        elif kind == "insert":
            raw = raw[:at] + byte + raw[at:]
        elif kind == "delete":
            raw = raw[:at] + raw[at + data.draw(st.integers(1, 50), label="length"):]
        else:
            raw = raw[:at]
    return raw


def changed_file(data: st.DataObject, known: Known) -> bytes:
    """The export of the demo registry, changed: its document (one to three times), and one
    time in four its bytes too."""
    doc = Changed(json.loads(known.exports["demo"]))
    names = [record["name"] for key in ("vendors", "services", "activities")
             for record in known.document[key]]
    for _ in range(data.draw(st.sampled_from((1, 1, 2, 3)), label="changes")):
        change(data, doc, names)
    text = doc.dumps(doc.doc, ascii_only=data.draw(st.booleans(), label="ascii only"))
    if data.draw(st.sampled_from((False, False, False, True)), label="bytes too"):
        encoding = data.draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16")), label="encoding")
        return corrupt(data, text.encode(encoding, "surrogatepass"))
    return text.encode("utf-8", "surrogatepass")


# --- the property -----------------------------------------------------------------------------


def import_changed_file(known: Known, folder: Path, content: bytes, state: str,
                        replace: bool) -> bool:
    """Import ``content`` into a registry in ``state``; whether it was taken.

    Refused: exit 2, one sentence (the problems under it, each on a line of its own and none
    of thousands of characters), the registry as it was. Taken: what it took round-trips,
    byte for byte.
    """
    target = known.registry(state, folder / "target.sqlite3")
    changed = folder / "changed.json"
    changed.write_bytes(content)

    code, out, err = cli("--db", str(target), "import", *(["--replace"] * replace), str(changed))

    if code != 0:
        assert code == 2 and out == "" and "Traceback" not in err, (code, out, err)
        sentence, *problems = err.splitlines()
        assert sentence.startswith("error: ") and sentence.endswith("."), err
        assert all(problem.startswith("  ") for problem in problems), err
        assert max(len(line) for line in err.splitlines()) < 1000, err[:1000]
        assert exported(target, folder / "after.json") == known.exports[state]
        return False
    assert err == ""
    first = exported(target, folder / "first.json")
    fresh = known.registry("empty", folder / "fresh.sqlite3")
    code, _, err = cli("--db", str(fresh), "import", str(folder / "first.json"))
    assert code == 0, err
    assert exported(fresh, folder / "second.json") == first
    return True


def test_a_changed_export_is_refused_whole_or_round_trips(
    request: pytest.FixtureRequest, known: Known
) -> None:
    taken: list[bool] = []

    @settings(max_examples=request.config.getoption("fuzz_examples"), derandomize=True,
              database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.large_base_example])
    @given(data=st.data(), state=st.sampled_from(STATES), replace=st.booleans())
    def import_a_changed_export(data: st.DataObject, state: str, replace: bool) -> None:
        content = changed_file(data, known)
        with tempfile.TemporaryDirectory() as folder:
            taken.append(import_changed_file(known, Path(folder), content, state, replace))

    import_a_changed_export()
    print(f"{len(taken)} changed files: {sum(taken)} imported, {taken.count(False)} refused")
    assert any(taken) and not all(taken), "both ways of the property are tried"
