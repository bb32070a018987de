"""The documentation of the checks names every rule the assessment can give."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def rules_in_code() -> set[str]:
    code = (ROOT / "registry" / "assessment.py").read_text(encoding="utf-8")
    found = set(re.findall(r'"((?:transfer|vendor|activity|organisation)\.[a-z0-9-]+)"', code))
    found.discard("activity.art")
    for kind in ("vendor", "activity"):
        found |= {f"{kind}.review-overdue", f"{kind}.review-due"}
    return found


def test_every_rule_is_documented() -> None:
    doc = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`((?:transfer|vendor|activity|organisation)\.[a-z0-9-]+)`",
                                doc))
    missing = rules_in_code() - documented
    assert not missing, f"rules not in docs/checks.md: {sorted(missing)}"
