"""Closed vocabularies of the registry.

The values are stored in the database and in the exchange format, so they never change once
released; labels for people live in ``registry.labels`` (and its gettext catalogue).
"""

from __future__ import annotations

from enum import StrEnum


class VendorRole(StrEnum):
    PROCESSOR = "processor"
    SUB_PROCESSOR = "sub_processor"
    INDEPENDENT_CONTROLLER = "independent_controller"
    JOINT_CONTROLLER = "joint_controller"

    @property
    def needs_dpa(self) -> bool:
        """Art. 28(3): processors and sub-processors are bound by a contract."""
        return self in (VendorRole.PROCESSOR, VendorRole.SUB_PROCESSOR)


class VendorStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    RETIRED = "retired"


class LocationKind(StrEnum):
    HOSTING = "hosting"
    SUPPORT = "support"
    PROCESSING = "processing"
    BACKUP = "backup"


class Mechanism(StrEnum):
    """Transfer mechanisms: the closed list of docs/law.md#transfer-mechanisms.

    Whether one is valid on a date is a legal fact and lives in ``resources/legal_facts.json``.
    """

    ADEQUACY = "adequacy"
    EU_US_DPF = "eu_us_dpf"
    SCC_2021 = "scc_2021"
    BCR = "bcr"
    CODE_OF_CONDUCT = "code_of_conduct"
    CERTIFICATION = "certification"
    AD_HOC_CLAUSES = "ad_hoc_clauses"
    DEROGATION = "derogation"
    SAFE_HARBOR = "safe_harbor"
    PRIVACY_SHIELD = "privacy_shield"
    SCC_2001_497 = "scc_2001_497"
    SCC_2004_915 = "scc_2004_915"
    SCC_2010_87 = "scc_2010_87"


class Derogation(StrEnum):
    """Art. 49(1) derogations; ``compelling`` is the second subparagraph."""

    A = "a"
    B = "b"
    C = "c"
    D = "d"
    E = "e"
    F = "f"
    G = "g"
    COMPELLING = "compelling"


class TiaOutcome(StrEnum):
    ADEQUATE = "adequate"
    ADEQUATE_WITH_MEASURES = "adequate_with_measures"
    NOT_ADEQUATE = "not_adequate"


class ActivityRole(StrEnum):
    CONTROLLER = "controller"
    PROCESSOR = "processor"


class LegalBasis(StrEnum):
    """Art. 6(1) (a) to (f)."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTERESTS = "legitimate_interests"


class Art9Condition(StrEnum):
    """Art. 9(2) (a) to (j); ``none`` when no special category is processed."""

    NONE = "none"
    A = "a"
    B = "b"
    C = "c"
    D = "d"
    E = "e"
    F = "f"
    G = "g"
    H = "h"
    I = "i"  # noqa: E741 - the letter of the article
    J = "j"


class DpiaStatus(StrEnum):
    NOT_REQUIRED = "not_required"
    REQUIRED = "required"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


LANGUAGES: tuple[str, ...] = ("en", "nb", "da", "sv", "fi")
"""The languages the app speaks, the one list of them: the window's own words, the findings
and problems, country names, the reports, a vendor's public descriptions and the command
line's ``--lang``."""

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "nb": "Norsk bokmål",
    "da": "Dansk",
    "sv": "Svenska",
    "fi": "Suomi",
}
"""Each of :data:`LANGUAGES` by its name in that language (for a choice of language)."""
