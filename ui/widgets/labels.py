"""Labels for the closed vocabularies that the editors offer in their pick-lists.

The list pages' labels (roles, statuses, legal bases, DPIA states, verdicts) live in
:func:`ui.models.label`; these are the ones only the editors need. Mechanism names come from
the legal facts file, where they are sourced and dated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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

from ui.models import activity_role_label, label
from ui.settings import QT_TRANSLATE_NOOP


def tr(text: str) -> str:
    return QCoreApplication.translate("editors", text)


Choices = list[tuple[object, str]]
"""``(value, text)`` pairs of a pick-list; a value of None means "not set"."""


def location_kinds() -> Choices:
    return [
        (LocationKind.HOSTING, tr("Hosting / storage")),
        (LocationKind.SUPPORT, tr("Support / remote access")),
        (LocationKind.PROCESSING, tr("Processing")),
        (LocationKind.BACKUP, tr("Backup")),
    ]


def vendor_roles() -> Choices:
    return [(role, label(role)) for role in VendorRole]


def vendor_statuses() -> Choices:
    return [(status, label(status)) for status in VendorStatus]


def activity_roles() -> Choices:
    return [(role, activity_role_label(role)) for role in ActivityRole]


def legal_bases() -> Choices:
    letters = "abcdef"
    return [(None, tr("Not chosen yet"))] + [
        (basis, f"6(1)({letters[i]}) {label(basis)}") for i, basis in enumerate(LegalBasis)
    ]


def dpia_statuses() -> Choices:
    return [(status, label(status)) for status in DpiaStatus]


_ART9: dict[Art9Condition, str] = {
    Art9Condition.NONE: QT_TRANSLATE_NOOP("editors", "No special categories of data"),
    Art9Condition.A: QT_TRANSLATE_NOOP("editors", "9(2)(a) Explicit consent"),
    Art9Condition.B: QT_TRANSLATE_NOOP("editors",
                                       "9(2)(b) Employment and social security law"),
    Art9Condition.C: QT_TRANSLATE_NOOP("editors", "9(2)(c) Vital interests"),
    Art9Condition.D: QT_TRANSLATE_NOOP("editors", "9(2)(d) Not-for-profit body"),
    Art9Condition.E: QT_TRANSLATE_NOOP("editors", "9(2)(e) Made public by the data subject"),
    Art9Condition.F: QT_TRANSLATE_NOOP("editors", "9(2)(f) Legal claims"),
    Art9Condition.G: QT_TRANSLATE_NOOP("editors", "9(2)(g) Substantial public interest"),
    Art9Condition.H: QT_TRANSLATE_NOOP("editors", "9(2)(h) Health or social care"),
    Art9Condition.I: QT_TRANSLATE_NOOP("editors", "9(2)(i) Public health"),
    Art9Condition.J: QT_TRANSLATE_NOOP("editors", "9(2)(j) Archiving, research or statistics"),
}


def art9_conditions() -> Choices:
    return [(condition, tr(_ART9[condition])) for condition in Art9Condition]


_DEROGATIONS: dict[Derogation, str] = {
    Derogation.A: QT_TRANSLATE_NOOP("editors", "49(1)(a) Explicit consent"),
    Derogation.B: QT_TRANSLATE_NOOP("editors", "49(1)(b) Contract with the data subject"),
    Derogation.C: QT_TRANSLATE_NOOP("editors",
                                    "49(1)(c) Contract in the data subject's interest"),
    Derogation.D: QT_TRANSLATE_NOOP("editors", "49(1)(d) Important reasons of public interest"),
    Derogation.E: QT_TRANSLATE_NOOP("editors", "49(1)(e) Legal claims"),
    Derogation.F: QT_TRANSLATE_NOOP("editors", "49(1)(f) Vital interests"),
    Derogation.G: QT_TRANSLATE_NOOP("editors", "49(1)(g) Public register"),
    Derogation.COMPELLING: QT_TRANSLATE_NOOP(
        "editors", "49(1) second subparagraph: compelling legitimate interests"),
}


def derogations() -> Choices:
    return [(None, tr("Choose…"))] + [(d, tr(_DEROGATIONS[d])) for d in Derogation]


def tia_outcomes() -> Choices:
    return [
        (None, tr("Not recorded")),
        (TiaOutcome.ADEQUATE, tr("Adequate protection")),
        (TiaOutcome.ADEQUATE_WITH_MEASURES, tr("Adequate with supplementary measures")),
        (TiaOutcome.NOT_ADEQUATE, tr("Not adequate")),
    ]


def scc_modules() -> Choices:
    return [
        (None, tr("Not recorded")),
        (1, tr("Module 1: controller to controller")),
        (2, tr("Module 2: controller to processor")),
        (3, tr("Module 3: processor to processor")),
        (4, tr("Module 4: processor to controller")),
    ]


def mechanisms(facts: Facts) -> Choices:
    """Every mechanism, the valid ones first; dead ones stay choosable to record the past."""
    choices: Choices = [(None, tr("No mechanism recorded"))]
    dead: Choices = []
    for mechanism in Mechanism:
        fact = facts.mechanism(mechanism.value)
        if fact.kind == "dead":
            dead.append((mechanism, tr("{0} (no longer valid)").format(fact.label)))
        else:
            choices.append((mechanism, fact.label))
    return choices + dead
