"""The legal facts behind the checks, loaded from ``resources/legal_facts.json``.

The law moves: an adequacy decision is adopted or struck down, a mechanism dies. Those facts
are data with dates, so every question here is asked "on" a date, and a what-if can revoke a
decision without touching code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from registry.errors import UserError

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FACTS_FILE = RESOURCES / "legal_facts.json"


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


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


def parse_facts(data: dict[str, Any]) -> Facts:
    """Build :class:`Facts` from the parsed JSON document."""
    eea = data["eea"]
    members = {
        m["country"]: Membership(
            m["country"], _date(m.get("since")), _date(m.get("until")), m.get("note")
        )
        for m in eea["members"]
    }
    decisions = tuple(
        Decision(
            id=d["id"],
            country=d.get("country"),
            reference=d["reference"],
            title=d["title"],
            adopted=dt.date.fromisoformat(d["adopted"]),
            valid_from=dt.date.fromisoformat(d["valid_from"]),
            valid_until=_date(d.get("valid_until")),
            scope=d.get("scope"),
            note=d.get("note"),
            requires_certification=bool(d.get("requires_certification", False)),
        )
        for d in data["decisions"]
    )
    mechanisms = {
        m["id"]: MechanismFact(
            id=m["id"],
            label=m["label"],
            article=m["article"],
            kind=m["kind"],
            needs_tia=bool(m.get("needs_tia", False)),
            decision=m.get("decision"),
            valid_from=_date(m.get("valid_from")),
            invalid_from=_date(m.get("invalid_from")),
            no_new_contracts_from=_date(m.get("no_new_contracts_from")),
            judgment=m.get("judgment"),
            replace_with=m.get("replace_with"),
            country=m.get("country"),
        )
        for m in data["mechanisms"]
    }
    intervals = data.get("review_intervals", {})
    return Facts(
        stated_as_of=dt.date.fromisoformat(data["stated_as_of"]),
        dpf_check_months=int(intervals.get("dpf_check_months", 12)),
        tia_months=int(intervals.get("tia_months", 12)),
        members=members,
        territories_in_eu={t["country"]: t["part_of"] for t in eea["territories_in_eu"]},
        territories_outside={t["country"]: t["note"] for t in eea["territories_outside"]},
        decisions=decisions,
        mechanisms=mechanisms,
        sources=dict(data.get("sources", {})),
        bridges=tuple(
            Bridge(b["country"], dt.date.fromisoformat(b["from"]),
                   dt.date.fromisoformat(b["until"]), b.get("note", ""))
            for b in eea.get("bridges", [])
        ),
    )


def load_facts(path: Path | None = None) -> Facts:
    """Read a facts file; the shipped one when ``path`` is None (cached)."""
    if path is None:
        return _shipped_facts()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return parse_facts(data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"The legal facts file {path} cannot be read: {exc}.") from exc


@functools.cache
def _shipped_facts() -> Facts:
    return parse_facts(json.loads(FACTS_FILE.read_text(encoding="utf-8")))
