"""Labels of vocabulary values (roles, statuses, bases, verdicts, kinds) in the window."""

from __future__ import annotations

import datetime as dt

from registry import labels
from registry.assessment import ENTITY
from registry.enums import (
    ActivityRole,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Severity,
    VendorRole,
    VendorStatus,
)

from ui.i18n import language

_VOCABULARIES: dict[str, str] = {
    **{role.value: "role" for role in VendorRole},
    **{status.value: "status" for status in VendorStatus},
    ActivityRole.CONTROLLER.value: "activity_role",
    **{basis.value: "basis" for basis in LegalBasis},
    **{status.value: "dpia" for status in DpiaStatus},
    **{verdict: "verdict" for verdict in ("error", "warning", "info", "ok", "eea")},
    **{via: "via" for via in (ENTITY, *(kind.value for kind in LocationKind))},
    **{kind: "record" for kind in ("vendor", "service", "activity", "organisation")},
}
"""The vocabulary of each value the lists label (the labels: :mod:`registry.labels`)."""


def label(value: str) -> str:
    """The label of a vocabulary value (a StrEnum member or a verdict key), in the window's
    language."""
    vocabulary = _VOCABULARIES.get(value)
    return labels.label(vocabulary, value, language()) if vocabulary else str(value)


def activity_role_label(role: ActivityRole) -> str:
    return labels.label("activity_role", role, language())


def verdict_of(severity: Severity | None) -> str:
    """The verdict key of a severity: its value, or ``ok`` for None."""
    return severity.value if severity is not None else "ok"


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""
