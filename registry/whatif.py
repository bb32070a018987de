"""What if: the registry assessed as of another date, or with adequacy decisions supposed
revoked, against today's assessment.

The command line asks it with ``check --as-of DATE --revoke ID``; the window's Overview and
Transfers pages with their what-if bar. Both compare the same snapshot assessed twice: today,
and under the :class:`Supposition`. What the privacy officer wants to know is which transfers
would fail (an error in the supposition that is none today), which would no longer fail, and
the vendors of each; :func:`what_if` says it. Nothing here writes anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from enum import StrEnum

from registry.assessment import Assessment, Transfer, assess
from registry.enums import Severity
from registry.facts import Facts, load_facts
from registry.snapshot import Snapshot


@dataclasses.dataclass(frozen=True)
class Supposition:
    """Another date to assess the registry on, and decisions supposed revoked.

    Attributes:
        as_of: the date the law is applied on.
        revoked: ids of the legal facts' adequacy decisions supposed to have fallen.
    """

    as_of: dt.date
    revoked: tuple[str, ...] = ()

    def is_today(self, today: dt.date) -> bool:
        """Whether this supposes nothing: today's date and no decision revoked."""
        return self.as_of == today and not self.revoked

    def assess(self, snapshot: Snapshot, facts: Facts | None = None) -> Assessment:
        """The registry assessed under this supposition."""
        return assess(snapshot, self.as_of, facts, revoke=self.revoked)


class Change(StrEnum):
    """How a transfer's verdict differs from today's."""

    FAILS = "fails"
    """An error in the supposition, and none today (or no transfer today)."""
    RECOVERS = "recovers"
    """An error today, and a transfer that is none in the supposition."""
    OTHER = "other"
    """Another verdict that is no error either way (a warning instead of OK), or a transfer
    that is one on only one of the two dates (an error that ends with its vendor)."""


@dataclasses.dataclass(frozen=True, slots=True)
class TransferChange:
    """One transfer (a vendor and a destination) whose verdict the supposition changes."""

    today: Transfer | None
    """The transfer today (None: it is none today, its vendor not yet in use)."""
    supposed: Transfer | None
    """The transfer in the supposition (None: it is none then)."""
    kind: Change = dataclasses.field(init=False)
    """How the verdict changes."""

    def __post_init__(self) -> None:
        today = self.today is not None and self.today.severity == Severity.ERROR
        supposed = self.supposed is not None and self.supposed.severity == Severity.ERROR
        kind = Change.OTHER
        if supposed and not today:
            kind = Change.FAILS
        elif today and self.supposed is not None and not supposed:
            kind = Change.RECOVERS
        object.__setattr__(self, "kind", kind)

    @property
    def transfer(self) -> Transfer:
        """The transfer as the supposition has it, else as today has it."""
        found = self.supposed or self.today
        assert found is not None
        return found


def _key(transfer: Transfer) -> tuple[int, str]:
    return transfer.vendor_id, transfer.country


def _order(change: TransferChange) -> tuple[str, str]:
    transfer = change.transfer
    return " → ".join(transfer.chain).casefold(), transfer.country


def compare(today: Assessment, supposed: Assessment) -> tuple[TransferChange, ...]:
    """Every transfer whose verdict differs between ``today`` and ``supposed``, ordered by
    its chain and country."""
    before = {_key(t): t for t in today.transfers}
    after = {_key(t): t for t in supposed.transfers}
    changes = [
        TransferChange(before.get(key), after.get(key))
        for key in (*after, *(key for key in before if key not in after))
        if (before[key].verdict if key in before else None) !=
        (after[key].verdict if key in after else None)
    ]
    return tuple(sorted(changes, key=_order))


@dataclasses.dataclass(frozen=True)
class WhatIf:
    """The registry under a supposition, against today.

    Attributes:
        supposition: what is supposed.
        today: the assessment of today (the one the window shows without a supposition).
        supposed: the assessment under the supposition.
        changes: every transfer whose verdict differs, ordered by chain and country.
    """

    supposition: Supposition
    today: Assessment
    supposed: Assessment
    changes: tuple[TransferChange, ...]

    def of_kind(self, kind: Change) -> list[TransferChange]:
        return [c for c in self.changes if c.kind == kind]

    @functools.cached_property
    def failing(self) -> list[TransferChange]:
        """The transfers that would fail: errors in the supposition, none today."""
        return self.of_kind(Change.FAILS)

    @functools.cached_property
    def recovering(self) -> list[TransferChange]:
        """The transfers that would no longer fail: errors today, none in the supposition."""
        return self.of_kind(Change.RECOVERS)

    def vendors(self, kind: Change) -> list[tuple[int, str]]:
        """``(id, name)`` of each vendor with a transfer of this kind of change, by name."""
        found = {c.transfer.vendor_id: c.transfer.vendor_name for c in self.of_kind(kind)}
        return sorted(found.items(), key=lambda item: (item[1].casefold(), item[0]))

    def change_of(self, transfer: Transfer) -> TransferChange | None:
        """How ``transfer`` (of either assessment) changes, or None when it does not."""
        return self._by_key.get(_key(transfer))

    @functools.cached_property
    def _by_key(self) -> dict[tuple[int, str], TransferChange]:
        return {_key(c.transfer): c for c in self.changes}


def what_if(snapshot: Snapshot, supposition: Supposition, today: Assessment,
            facts: Facts | None = None) -> WhatIf:
    """``snapshot`` assessed under ``supposition``, compared with ``today`` (its assessment
    of today, with the same ``facts``: the shipped ones when None)."""
    supposed = supposition.assess(snapshot, facts or load_facts())
    return WhatIf(supposition, today, supposed, compare(today, supposed))


def lost_basis(before: Assessment, after: Assessment) -> list[Transfer]:
    """Transfers that were covered in ``before`` and are errors in ``after`` (the command
    line's ``--revoke``), in the order of ``after``."""
    lost = {
        _key(c.transfer) for c in compare(before, after)
        if c.kind == Change.FAILS and c.today is not None
    }
    return [t for t in after.transfers if _key(t) in lost]
