"""Labels of vocabulary values (roles, statuses, bases, verdicts, kinds) in the window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from registry.assessment import ENTITY
from registry.enums import (
    ActivityRole,
    DpiaStatus,
    LegalBasis,
    Severity,
    VendorRole,
    VendorStatus,
)

from ui.settings import QT_TRANSLATE_NOOP


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate in the ``labels`` context (where the vocabulary labels live)."""
    return QCoreApplication.translate("labels", text, disambiguation, n)


_LABELS: dict[str, str] = {
    VendorRole.PROCESSOR: QT_TRANSLATE_NOOP("labels", "Processor"),
    VendorRole.SUB_PROCESSOR: QT_TRANSLATE_NOOP("labels", "Sub-processor"),
    VendorRole.INDEPENDENT_CONTROLLER: QT_TRANSLATE_NOOP("labels", "Independent controller"),
    VendorRole.JOINT_CONTROLLER: QT_TRANSLATE_NOOP("labels", "Joint controller"),
    VendorStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
    VendorStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "Active"),
    VendorStatus.RETIRED: QT_TRANSLATE_NOOP("labels", "Retired"),
    ActivityRole.CONTROLLER: QT_TRANSLATE_NOOP("labels", "Controller (Art. 30(1))"),
    "activity-processor": QT_TRANSLATE_NOOP("labels", "Processor (Art. 30(2))"),
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("labels", "Consent"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("labels", "Contract"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("labels", "Legal obligation"),
    LegalBasis.VITAL_INTERESTS: QT_TRANSLATE_NOOP("labels", "Vital interests"),
    LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("labels", "Public task"),
    LegalBasis.LEGITIMATE_INTERESTS: QT_TRANSLATE_NOOP("labels", "Legitimate interests"),
    DpiaStatus.NOT_REQUIRED: QT_TRANSLATE_NOOP("labels", "Not required"),
    DpiaStatus.REQUIRED: QT_TRANSLATE_NOOP("labels", "Required"),
    DpiaStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "In progress"),
    DpiaStatus.DONE: QT_TRANSLATE_NOOP("labels", "Done"),
    "error": QT_TRANSLATE_NOOP("labels", "Error"),
    "warning": QT_TRANSLATE_NOOP("labels", "Warning"),
    "info": QT_TRANSLATE_NOOP("labels", "Note"),
    "ok": QT_TRANSLATE_NOOP("labels", "OK"),
    "eea": QT_TRANSLATE_NOOP("labels", "EU/EEA"),
    ENTITY: QT_TRANSLATE_NOOP("labels", "entity"),
    "hosting": QT_TRANSLATE_NOOP("labels", "hosting"),
    "support": QT_TRANSLATE_NOOP("labels", "access"),
    "processing": QT_TRANSLATE_NOOP("labels", "processing"),
    "backup": QT_TRANSLATE_NOOP("labels", "backup"),
    "vendor": QT_TRANSLATE_NOOP("labels", "Vendor"),
    "service": QT_TRANSLATE_NOOP("labels", "Service"),
    "activity": QT_TRANSLATE_NOOP("labels", "Processing activity"),
    "organisation": QT_TRANSLATE_NOOP("labels", "Organisation"),
}


def label(value: str) -> str:
    """The translated label of a vocabulary value (a StrEnum member or a verdict key)."""
    text = _LABELS.get(value)
    return tr(text) if text else str(value)


def activity_role_label(role: ActivityRole) -> str:
    return label("activity-processor" if role == ActivityRole.PROCESSOR else role)


def verdict_of(severity: Severity | None) -> str:
    """The verdict key of a severity: its value, or ``ok`` for None."""
    return severity.value if severity is not None else "ok"


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""
