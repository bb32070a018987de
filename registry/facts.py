"""The legal facts behind the checks, loaded from ``resources/legal_facts.json``.

The law moves: an adequacy decision is adopted or struck down, a mechanism dies. Those facts
are data with dates, so every question here is asked "on" a date, and a what-if can revoke a
decision without touching code. A facts file given instead of the shipped one (``--facts``)
is read whole before it is used: a missing key, a value of the wrong kind, a date that is
none or a mechanism of the vocabulary without an entry is refused in a sentence that names
its place (``"decisions[3].adopted"``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from registry.enums import Mechanism
from registry.errors import UserError
from registry.messages import Message, Param, msg, sentence
from registry.resources import RESOURCES

T = TypeVar("T")

FACTS_FILE = RESOURCES / "legal_facts.json"


@dataclasses.dataclass(frozen=True)
class Decision:
    """An adequacy decision (Art. 45)."""

    id: str
    country: str | None
    reference: str
    title: str
    adopted: dt.date
    valid_from: dt.date
    valid_until: dt.date | None
    scope: str | None
    note: str | None
    requires_certification: bool
    revoked: bool = False

    def in_force(self, on: dt.date) -> bool:
        if self.revoked:
            return False
        return self.valid_from <= on and (self.valid_until is None or on <= self.valid_until)

    @property
    def label(self) -> str:
        return f"{self.title} adequacy decision {self.reference}"


@dataclasses.dataclass(frozen=True)
class MechanismFact:
    """A transfer mechanism of the closed vocabulary, with its dates where it has any."""

    id: str
    label: str
    article: str
    kind: str
    """adequacy, dpf, safeguard, derogation or dead."""
    needs_tia: bool
    decision: str | None
    valid_from: dt.date | None
    invalid_from: dt.date | None
    no_new_contracts_from: dt.date | None
    judgment: str | None
    replace_with: str | None
    country: str | None = None
    """The only destination the mechanism can cover (the EU-US frameworks), if any."""

    @property
    def is_dead_kind(self) -> bool:
        return self.kind == "dead"

    def dead_on(self, on: dt.date) -> bool:
        return self.invalid_from is not None and on >= self.invalid_from

    def not_yet(self, on: dt.date) -> bool:
        return self.valid_from is not None and on < self.valid_from


@dataclasses.dataclass(frozen=True)
class Membership:
    country: str
    since: dt.date | None
    until: dt.date | None
    note: str | None


@dataclasses.dataclass(frozen=True)
class Bridge:
    """A period in which transfers to a former member did not count as transfers."""

    country: str
    start: dt.date
    until: dt.date
    note: str


@dataclasses.dataclass(frozen=True)
class Facts:
    """The legal facts in force, as stated in the facts file."""

    stated_as_of: dt.date
    dpf_check_months: int
    tia_months: int
    members: dict[str, Membership]
    territories_in_eu: dict[str, str]
    territories_outside: dict[str, str]
    decisions: tuple[Decision, ...]
    mechanisms: dict[str, MechanismFact]
    sources: dict[str, str]
    bridges: tuple[Bridge, ...] = ()

    def in_eea(self, country: str, on: dt.date) -> bool:
        """True when ``country`` is inside the EU/EEA on ``on`` (no transfer happens)."""
        if country in self.territories_in_eu:
            parent = self.territories_in_eu[country]
            return self.in_eea(parent, on)
        member = self.members.get(country)
        if member is None:
            return False
        if member.since is not None and on < member.since:
            return False
        return member.until is None or on <= member.until

    def no_transfer(self, country: str, on: dt.date) -> bool:
        """True when sending data to ``country`` on ``on`` is not a third-country transfer:
        inside the EU/EEA, or under a bridge such as the UK's in the first half of 2021."""
        if self.in_eea(country, on):
            return True
        return any(
            b.country == country and b.start <= on <= b.until for b in self.bridges
        )

    def territory_note(self, country: str) -> str | None:
        """Why a territory with its own code is outside the EEA, where the file says."""
        return self.territories_outside.get(country)

    def decision(self, decision_id: str) -> Decision | None:
        for d in self.decisions:
            if d.id == decision_id:
                return d
        return None

    def decision_for(self, country: str, on: dt.date) -> Decision | None:
        """The adequacy decision for ``country`` in force on ``on``, if any."""
        for d in self.decisions:
            if d.country == country and d.in_force(on):
                return d
        return None

    def decisions_for(self, country: str) -> list[Decision]:
        return [d for d in self.decisions if d.country == country]

    def mechanism(self, mechanism_id: str) -> MechanismFact:
        return self.mechanisms[mechanism_id]

    def with_revoked(self, decision_ids: Iterable[str]) -> Facts:
        """These facts as if the named decisions fell (a what-if)."""
        ids = set(decision_ids)
        unknown = ids - {d.id for d in self.decisions}
        if unknown:
            known = ", ".join(d.id for d in self.decisions)
            raise UserError(
                f"{', '.join(sorted(unknown))} is not a decision in the legal facts file. "
                f"Known decisions: {known}."
            )
        return dataclasses.replace(
            self,
            decisions=tuple(
                dataclasses.replace(d, revoked=True) if d.id in ids else d
                for d in self.decisions
            ),
        )

    @property
    def revoked(self) -> tuple[Decision, ...]:
        return tuple(d for d in self.decisions if d.revoked)


MECHANISM_KINDS = ("adequacy", "dpf", "safeguard", "derogation", "dead")


class _Problem(Exception):
    """What is wrong with the facts document, as the reason of ``error.facts.unreadable``."""

    def __init__(self, key: str, **params: Param) -> None:
        super().__init__(key)
        self.reason = msg(key, **params)


def _found(value: object) -> Param:
    """What a JSON value is, to say that it is not what was expected."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    for kind, name in ((dict, "object"), (list, "list"), (str, "text")):
        if isinstance(value, kind):
            return msg(f"error.facts.kind.{name}")
    return msg("error.facts.kind.number")


def _quoted(place: str) -> Message:
    return msg("error.quoted", name=place)


_EXPECTED: dict[type, str] = {dict: "object", list: "list", str: "text", int: "whole",
                              bool: "flag"}


class _Object:
    """One JSON object of the facts document at its place (``decisions[3]``); each value is
    read as the kind it must be, or the problem is raised, naming the place."""

    def __init__(self, value: object, place: str) -> None:
        if not isinstance(value, dict):
            raise _Problem("error.facts.wrong_type", place=_quoted(place),
                           expected=msg("error.facts.kind.object"), found=_found(value))
        self.data: dict[str, Any] = value
        self.place = place

    def at(self, key: str) -> str:
        return f"{self.place}.{key}" if self.place else key

    def get(self, key: str, kind: type[T], *, required: bool = True) -> T | None:
        if key not in self.data:
            if required:
                raise _Problem("error.facts.missing", place=_quoted(self.at(key)))
            return None
        value = self.data[key]
        if value is None and not required:
            return None
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise _Problem("error.facts.wrong_type", place=_quoted(self.at(key)),
                           expected=msg(f"error.facts.kind.{_EXPECTED[kind]}"),
                           found=_found(value))
        return value

    def text(self, key: str) -> str:
        value = self.get(key, str)
        assert value is not None
        return value

    def optional_text(self, key: str) -> str | None:
        return self.get(key, str, required=False)

    def flag(self, key: str) -> bool:
        return bool(self.get(key, bool, required=False))

    def whole(self, key: str, default: int) -> int:
        value = self.get(key, int, required=False)
        return default if value is None else value

    def date(self, key: str, *, required: bool = True) -> dt.date | None:
        if key not in self.data:
            if required:
                raise _Problem("error.facts.missing", place=_quoted(self.at(key)))
            return None
        value = self.data[key]
        if value in (None, "") and not required:
            return None
        if isinstance(value, str):
            with contextlib.suppress(ValueError):
                return dt.date.fromisoformat(value)
        raise _Problem("error.facts.not_date", place=_quoted(self.at(key)),
                       value=json.dumps(value, ensure_ascii=False))

    def day(self, key: str) -> dt.date:
        value = self.date(key)
        assert value is not None
        return value

    def object(self, key: str, *, required: bool = True) -> _Object:
        value = self.get(key, dict, required=required)
        return _Object(value or {}, self.at(key))

    def objects(self, key: str, *, required: bool = True) -> list[_Object]:
        values = self.get(key, list, required=required) or []
        return [_Object(value, f"{self.at(key)}[{i}]") for i, value in enumerate(values)]


def parse_facts(data: object, path: str | os.PathLike[str] = FACTS_FILE) -> Facts:
    """Build :class:`Facts` from the parsed JSON document.

    Raises:
        UserError: what is wrong with the document (a missing key, a value of the wrong
            kind, a date that is none), naming the file ``path`` and the place.
    """
    try:
        return _parse(data)
    except _Problem as problem:
        raise UserError(sentence("error.facts.unreadable", path=str(path),
                                 reason=problem.reason)) from None


def _parse(data: object) -> Facts:
    if not isinstance(data, dict):
        raise _Problem("error.facts.not_object", found=_found(data))
    doc = _Object(data, "")
    stated_as_of = doc.day("stated_as_of")
    intervals = doc.object("review_intervals", required=False)
    dpf_check_months = intervals.whole("dpf_check_months", 12)
    tia_months = intervals.whole("tia_months", 12)
    sources = doc.get("sources", dict, required=False) or {}
    eea = doc.object("eea")
    members = {}
    for m in eea.objects("members"):
        members[m.text("country")] = Membership(
            m.text("country"), m.date("since", required=False),
            m.date("until", required=False), m.optional_text("note"))
    territories_in_eu = {}
    for t in eea.objects("territories_in_eu"):
        part_of = t.text("part_of")
        if part_of not in members:
            raise _Problem("error.facts.not_member", place=_quoted(t.at("part_of")),
                           members=_quoted(eea.at("members")),
                           value=json.dumps(part_of, ensure_ascii=False))
        territories_in_eu[t.text("country")] = part_of
    territories_outside = {t.text("country"): t.text("note")
                           for t in eea.objects("territories_outside")}
    bridges = tuple(
        Bridge(b.text("country"), b.day("from"), b.day("until"), b.optional_text("note") or "")
        for b in eea.objects("bridges", required=False)
    )
    decisions = tuple(
        Decision(
            id=d.text("id"),
            country=d.optional_text("country"),
            reference=d.text("reference"),
            title=d.text("title"),
            adopted=d.day("adopted"),
            valid_from=d.day("valid_from"),
            valid_until=d.date("valid_until", required=False),
            scope=d.optional_text("scope"),
            note=d.optional_text("note"),
            requires_certification=d.flag("requires_certification"),
        )
        for d in doc.objects("decisions")
    )
    mechanisms = {}
    for m in doc.objects("mechanisms"):
        kind = m.text("kind")
        if kind not in MECHANISM_KINDS:
            raise _Problem("error.facts.not_one_of", place=_quoted(m.at("kind")),
                           allowed=", ".join(MECHANISM_KINDS),
                           value=json.dumps(kind, ensure_ascii=False))
        mechanisms[m.text("id")] = MechanismFact(
            id=m.text("id"),
            label=m.text("label"),
            article=m.text("article"),
            kind=kind,
            needs_tia=m.flag("needs_tia"),
            decision=m.optional_text("decision"),
            valid_from=m.date("valid_from", required=False),
            invalid_from=m.date("invalid_from", required=False),
            no_new_contracts_from=m.date("no_new_contracts_from", required=False),
            judgment=m.optional_text("judgment"),
            replace_with=m.optional_text("replace_with"),
            country=m.optional_text("country"),
        )
    for mechanism in Mechanism:
        if mechanism.value not in mechanisms:
            # The checks look every mechanism of the vocabulary up.
            raise _Problem("error.facts.no_mechanism", id=_quoted(mechanism.value),
                           place=_quoted("mechanisms"))
    return Facts(
        stated_as_of=stated_as_of,
        dpf_check_months=dpf_check_months,
        tia_months=tia_months,
        members=members,
        territories_in_eu=territories_in_eu,
        territories_outside=territories_outside,
        decisions=decisions,
        mechanisms=mechanisms,
        sources={str(k): str(v) for k, v in sources.items()},
        bridges=bridges,
    )


def load_facts(path: Path | None = None) -> Facts:
    """Read a facts file; the shipped one when ``path`` is None (cached).

    Raises:
        UserError: with a sentence saying what is wrong with the file.
    """
    if path is None:
        return _shipped_facts()
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UserError(sentence("error.facts.unreadable", path=name,
                                 reason=str(exc.strerror or exc))) from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(sentence("error.facts.unreadable", path=name, reason=msg(
            "error.facts.not_utf8", byte=exc.start + 1))) from exc
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        # The JSON parser's own words, as it gives them.
        reason = msg("error.facts.not_json", reason=exc.msg[:1].lower() + exc.msg[1:],
                     line=exc.lineno, column=exc.colno)
        raise UserError(sentence("error.facts.unreadable", path=name, reason=reason)) from exc
    except (ValueError, RecursionError) as exc:  # a number of thousands of digits, a deep nest
        raise UserError(sentence("error.facts.unreadable", path=name,
                                 reason=str(exc))) from exc
    return parse_facts(data, name)


@functools.cache
def _shipped_facts() -> Facts:
    return parse_facts(json.loads(FACTS_FILE.read_text(encoding="utf-8")))
