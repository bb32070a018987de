"""The documentation of the checks names every rule the assessment can give, and every
citation of the law page leads to a heading of it."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator
from pathlib import Path

from markdown_it import MarkdownIt
from mdit_py_plugins.anchors import anchors_plugin

ROOT = Path(__file__).resolve().parents[2]
LAW = ROOT / "docs" / "law.md"
THIS = Path(__file__).resolve()

TEXT_SUFFIXES = {".py", ".md", ".json", ".po", ".pot", ".ts", ".toml", ".ini", ".mako", ".txt",
                 ".html"}
CITATION = re.compile(r"law\.md#([\w-]+)")
"""``docs/law.md#dead-mechanisms`` in code, ``law.md#dead-mechanisms`` in a link of docs/."""
IN_PAGE_LINK = re.compile(r"\]\(#([\w-]+)\)")
INTERNAL_BRIEF = re.compile(r"LEGAL\.md")
"""Our internal brief on the law: not part of the product, so nothing may send a reader there."""


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


@functools.cache
def project_texts() -> tuple[tuple[Path, str], ...]:
    """Every text file of the project: code, tests, docs, resources (not the virtual
    environment, caches or version control, nor this file, which names the patterns)."""
    found = []
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__"))
                         and d != "build" and not d.endswith(".egg-info"))
        for name in sorted(files):
            path = Path(folder, name)
            if (path.suffix in TEXT_SUFFIXES or name == "Makefile") and path != THIS:
                found.append((path, path.read_text(encoding="utf-8", errors="replace")))
    return tuple(found)


def headings_of_the_law_page() -> set[str]:
    """The anchors of docs/law.md, as GitHub makes them from the headings."""
    md = MarkdownIt("commonmark").use(anchors_plugin, min_level=1, max_level=6)
    tokens = md.parse(LAW.read_text(encoding="utf-8"))
    return {str(t.attrGet("id")) for t in tokens if t.type == "heading_open"}


def found(pattern: re.Pattern[str], path: Path, text: str) -> Iterator[tuple[str, str]]:
    """Each match of ``pattern`` in ``text``, with its place ("registry/enums.py:38")."""
    for match in pattern.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        yield match.group(match.lastindex or 0), f"{path.relative_to(ROOT)}:{line}"


def test_every_citation_of_the_law_page_leads_to_a_heading() -> None:
    cited: dict[str, list[str]] = {}
    for path, text in project_texts():
        for anchor, place in found(IN_PAGE_LINK if path == LAW else CITATION, path, text):
            cited.setdefault(anchor, []).append(place)
    elsewhere = [p for places in cited.values() for p in places if not p.startswith("docs/law")]
    assert elsewhere, "nothing cites a heading of docs/law.md"
    headings = headings_of_the_law_page()
    missing = {anchor: places for anchor, places in cited.items() if anchor not in headings}
    assert not missing, f"cited, but no heading of docs/law.md: {missing}"


def test_nothing_cites_the_internal_brief() -> None:
    citing = [place for path, text in project_texts()
              for _, place in found(INTERNAL_BRIEF, path, text)]
    assert not citing, f"cite a heading of docs/law.md instead: {citing}"
