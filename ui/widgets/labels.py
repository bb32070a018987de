"""The pick-lists of the editors: the closed vocabularies' values and their labels.

The labels are the registry's (:mod:`registry.labels`), in the window's language, as in the
lists (:func:`ui.models.label`) and the reports. A mechanism is named as the legal facts file
names it, where it is sourced and dated (in English; in the catalogue's words in the other
languages).
"""

from __future__ import annotations

from collections.abc import Iterable

from registry import labels
from registry.enums import (
    ActivityRole,
    Art9Condition,
    Derogation,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Mechanism,
    TiaOutcome,
    VendorRole,
    VendorStatus,
)
from registry.facts import Facts
from registry.labels import mechanism_name

from ui.i18n import language, translator
from ui.models import activity_role_label, label

tr = translator("editors")


Choices = list[tuple[object, str]]
"""``(value, text)`` pairs of a pick-list; a value of None means "not set"."""


def _labels(vocabulary: str, values: Iterable[object]) -> Choices:
    lang = language()
    return [(value, labels.label(vocabulary, value, lang)) for value in values]


def location_kinds() -> Choices:
    return _labels("kind", LocationKind)


def vendor_roles() -> Choices:
    return [(role, label(role)) for role in VendorRole]


def vendor_statuses() -> Choices:
    return [(status, label(status)) for status in VendorStatus]


def activity_roles() -> Choices:
    return [(role, activity_role_label(role)) for role in ActivityRole]


def legal_bases() -> Choices:
    lang = language()
    return [(None, tr("Not chosen yet"))] + [
        (basis, labels.cited_label("basis", basis, lang)) for basis in LegalBasis
    ]


def dpia_statuses() -> Choices:
    return [(status, label(status)) for status in DpiaStatus]


def art9_conditions() -> Choices:
    return _labels("art9", Art9Condition)


def derogations() -> Choices:
    return [(None, tr("Choose…"))] + _labels("derogation", Derogation)


def tia_outcomes() -> Choices:
    return [(None, tr("Not recorded"))] + _labels("tia", TiaOutcome)


def scc_modules() -> Choices:
    return [(None, tr("Not recorded"))] + _labels("scc_module", (1, 2, 3, 4))


def mechanisms(facts: Facts) -> Choices:
    """Every mechanism, the valid ones first; dead ones stay choosable to record the past."""
    lang = language()
    choices: Choices = [(None, tr("No mechanism recorded"))]
    dead: Choices = []
    for mechanism in Mechanism:
        fact = facts.mechanism(mechanism.value)
        name = mechanism_name(fact, lang)
        if fact.kind == "dead":
            dead.append((mechanism, tr("{0} (no longer valid)").format(name)))
        else:
            choices.append((mechanism, name))
    return choices + dead
