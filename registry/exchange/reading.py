"""Reading a document from a file, strictly.

The file must be UTF-8 (a byte order mark is allowed) and hold JSON that a document can
hold: no NaN or Infinity, no number too large, no lists and objects nested too deep, no key
given twice in one object. Each refusal is one sentence that says where in the file.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from registry.errors import UserError
from registry.exchange.problems import Problem, refusal, show
from registry.exchange.validation import header_problem, validate_document
from registry.messages import Param, sentence

MAX_DEPTH = 32
"""How deep lists and objects may nest in a document read from a file. The format needs 5
(a location in a vendor in ``vendors``); JSON's parser gives up near 1,000, and a value that
deep would be too deep to show in a message."""

MAX_DIGITS = 100
"""The most digits a whole number read from a file may have. Every number of the format has
at most 10; turning thousands of digits into a number is refused by Python itself."""


def read_document(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read an exchange document and check that this version can import it.

    Only the file and the ``format`` and ``version`` keys are checked here; the records
    are checked by ``validate_document``, unless an object of the file gives a key twice.

    Raises:
        UserError: with one sentence when the file is missing or unreadable, is not UTF-8
            or not JSON (or JSON that no document holds: NaN, numbers too large, lists and
            objects nested more than ``MAX_DEPTH`` levels), does not hold a JSON object, is
            not an exchange document, or was written by a newer version; with the list of
            problems, as ``import_document`` gives them, when an object gives a key twice.
    """
    source = Path(path)
    name = str(source)
    if source.is_dir():
        raise UserError(sentence("error.exchange.is_folder", path=name))
    try:
        raw = source.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(sentence("error.file.missing", path=name)) from exc
    except OSError as exc:
        raise UserError(sentence("error.file.unreadable", path=name,
                                 reason=str(exc.strerror or exc))) from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(sentence("error.exchange.not_utf8", path=name,
                                 byte=exc.start + 1)) from exc
    if not content.strip():
        raise UserError(sentence("error.file.empty", path=name))
    doc, repeated = _parse(content, name)
    problem = header_problem(doc, name)
    if problem is not None:
        raise UserError(problem.message)
    assert isinstance(doc, dict)
    if repeated:
        # Only the text shows a key given twice: the document read keeps one of the values.
        raise refusal(_repeated_keys(doc) + validate_document(doc))
    return doc


class _Unreadable(Exception):
    """A value of the JSON text that no document holds, met while the text is parsed."""

    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token
        """The value as the text writes it."""


class _TooLarge(_Unreadable):
    """A number of more than ``MAX_DIGITS`` digits, or beyond the range of a float."""


class _NotJsonNumber(_Unreadable):
    """NaN, Infinity or -Infinity: Python reads them, JSON does not have them."""


class _Repeats(dict[str, Any]):
    """An object of the JSON text that gives a key more than once (the last value is kept,
    as JSON's parser keeps it)."""

    repeated: dict[str, int]
    """How many times each key given more than once is given."""


def _parse_int(token: str) -> int:
    if len(token) > MAX_DIGITS + token.startswith("-"):
        raise _TooLarge(token)
    return int(token)


def _parse_float(token: str) -> float:
    value = float(token)
    if math.isinf(value):
        raise _TooLarge(token)
    return value


def _parse_constant(token: str) -> object:
    raise _NotJsonNumber(token)


_TOKENS = re.compile(
    r'"[^"\\]*(?:\\.[^"\\]*)*"'  # a text, with its escapes
    r"|[\[\]{}]"
    r"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|NaN|-?Infinity"  # as json.scanner reads them
)
"""The texts, brackets and numbers of JSON text, each whole (a bracket inside a text is not
a bracket)."""


def _offset(content: str, token: str | None) -> int:
    """Where ``token`` first stands outside a text, or (None) where the first list or object
    opens deeper than ``MAX_DEPTH``; the end of ``content`` when neither is found."""
    depth = 0
    for match in _TOKENS.finditer(content):
        found = match.group()
        if found == "[" or found == "{":
            depth += 1
            if token is None and depth > MAX_DEPTH:
                return match.start()
        elif found == "]" or found == "}":
            depth -= 1
        elif found == token:
            return match.start()
    return len(content)


def _line_column(content: str, offset: int) -> dict[str, Param]:
    """The line and column of ``offset``, counted from 1 as JSON's parser counts them."""
    return {
        "line": content.count("\n", 0, offset) + 1,
        "column": offset - content.rfind("\n", 0, offset),
    }


_CONTAINERS = frozenset((dict, list, _Repeats))


def _too_deep(value: object) -> bool:
    """Whether lists and objects nest in ``value`` more than ``MAX_DEPTH`` levels deep."""
    level: list[Any] = [value] if type(value) in _CONTAINERS else []
    for _depth in range(MAX_DEPTH):
        if not level:
            return False
        below: list[Any] = []
        add = below.append
        for container in level:
            for item in container.values() if isinstance(container, dict) else container:
                if type(item) in _CONTAINERS:
                    add(item)
        level = below
    return bool(level)


def _parse(content: str, name: str) -> tuple[Any, bool]:
    """The JSON of ``content`` (the file ``name``), and whether an object of it gives a key
    more than once; or one sentence that says why it cannot be read."""
    repeated = False

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal repeated
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        repeated = True
        repeats = _Repeats(obj)
        counts = Counter(key for key, _ in pairs)
        repeats.repeated = {key: n for key, n in counts.items() if n > 1}
        return repeats

    try:
        doc = json.loads(content, object_pairs_hook=pairs_hook, parse_int=_parse_int,
                         parse_float=_parse_float, parse_constant=_parse_constant)
    except json.JSONDecodeError as exc:
        # The JSON parser's own words, as it gives them.
        reason = exc.msg[:1].lower() + exc.msg[1:]
        raise UserError(sentence("error.exchange.not_json", path=name, reason=reason,
                                 line=exc.lineno, column=exc.colno)) from exc
    except _TooLarge as exc:
        where = _line_column(content, _offset(content, exc.token))
        raise UserError(sentence("error.exchange.number_too_large", path=name, **where)) from None
    except _NotJsonNumber as exc:
        where = _line_column(content, _offset(content, exc.token))
        raise UserError(sentence("error.exchange.not_a_number", path=name, value=exc.token,
                                 **where)) from None
    except RecursionError:
        pass  # nested some 1,000 levels deep
    else:
        if not _too_deep(doc):
            return doc, repeated
    where = _line_column(content, _offset(content, None))
    raise UserError(sentence("error.exchange.too_deep", path=name, limit=MAX_DEPTH, **where))


_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

_Place = tuple["_Place | None", str | int] | None
"""A place in a document: the place of its list or object and its key or index."""


def _place_name(place: _Place) -> str:
    """``vendors[3].name``; a key that is not a word as the file writes it: ``["a b"]``."""
    parts: list[str] = []
    while place is not None:
        place, key = place
        if isinstance(key, int):
            parts.append(f"[{key}]")
        elif _KEY.fullmatch(key):
            parts.append(f".{key}")
        else:
            parts.append(f"[{show(key)}]")
    return "".join(reversed(parts)).removeprefix(".")


def _repeated_keys(doc: object) -> list[Problem]:
    """Every key that an object of the document gives more than once, in document order."""
    found: list[Problem] = []
    pending: list[tuple[object, _Place]] = [(doc, None)]
    while pending:
        value, place = pending.pop()
        if isinstance(value, dict):
            if isinstance(value, _Repeats):
                for key, times in value.repeated.items():
                    given = "twice" if times == 2 else f"{times} times"
                    found.append(Problem(
                        _place_name((place, key)),
                        f"Is given {given} in the same object; which value is meant is not "
                        "clear, so give the key once.",
                    ))
            items: Iterable[tuple[str | int, object]] = reversed(value.items())
        elif isinstance(value, list):
            items = zip(range(len(value) - 1, -1, -1), reversed(value), strict=True)
        else:
            continue
        pending.extend((item, (place, key)) for key, item in items
                       if isinstance(item, (dict, list)))
    return found
