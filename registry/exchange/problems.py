"""What is wrong with a document: each problem with its place, in messages that show the
document's values as JSON writes them and stay on one line.

The field kinds (:mod:`registry.exchange.fields`) and the validator
(:mod:`registry.exchange.validation`) report their problems with these helpers, and a
document with problems is refused with :func:`refusal`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

from registry.errors import UserError
from registry.messages import sentence

_ESCAPES = {
    code: json.dumps(chr(code)).strip('"') if code < 0x20 else f"\\u{code:04x}"
    for code in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)
}
"""The characters that would break a message's line or steer a terminal (controls, line and
paragraph separators), written as JSON writes them: ``\\n``, ``\\u001b``, ``\\u2028``."""


def _one_line(text: str) -> str:
    """``text`` with the characters of ``_ESCAPES`` written as JSON writes them."""
    return text if text.isprintable() else text.translate(_ESCAPES)


@dataclasses.dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a document, and where it is.

    Attributes:
        where: the place in the document, such as ``vendors[3].locations[0].country``;
            empty for the document as a whole.
        message: one or more sentences that say what is wrong.
    """

    where: str
    message: str

    def __str__(self) -> str:
        # A value quoted in the message may hold a line break or a terminal's escape.
        return _one_line(f"{self.where}: {self.message}" if self.where else self.message)


def show(value: object) -> str:
    """A value as it is written in JSON, shortened for a message.

    What is not text or would break the message's line (a lone surrogate, a control
    character, a line separator) is written as JSON writes it: ``"\\ud800"``, ``"\\r"``.
    """
    if isinstance(value, str) and len(value) > 60:
        value = value[:60]  # JSON's escapes keep the beginning as it is
    shown = json.dumps(value, ensure_ascii=False, default=repr)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    if not shown.isascii():
        shown = _one_line(shown.encode("utf-8", "backslashreplace").decode("utf-8"))
    return shown


def wrong_type(expected: str, value: object) -> str:
    """The problem of a value of the wrong type, which it quotes as JSON writes it."""
    return f"Must be {expected}; found {show(value)}."


def text_problem(value: object, limit: int | None) -> str | None:
    """What keeps ``value`` from being a text of at most ``limit`` characters that a database
    stores, or None."""
    if not isinstance(value, str):
        return wrong_type("text", value)
    if limit is not None and len(value) > limit:
        return f"Is {len(value)} characters long; at most {limit} fit."
    if "\x00" in value:
        return "Contains a NUL character, which cannot be stored."
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "Contains an unpaired surrogate (\\ud800-\\udfff), which is not text."
    return None


def add_problem(out: list[Problem], where: str, message: str | None) -> bool:
    """Append the problem ``message`` at ``where`` to ``out``, if any; tell whether there was
    none."""
    if message is None:
        return True
    out.append(Problem(where, message))
    return False


def refusal(problems: Sequence[Problem]) -> UserError:
    """The refusal of a document with these problems: how many, then each."""
    # The problems name places in the JSON document (vendors[3].country) and its values,
    # and read in English as the document's keys do; the sentence above them is worded.
    headline = sentence("error.import.problems", count=len(problems))
    return UserError(headline, problems=[str(p) for p in problems])
