"""Give translations that lupdate found without a context the context they are looked up in.

``pyside6-lupdate`` files a string under an empty context when it is translated through a
module's own helper (``def tr(text): return QCoreApplication.translate("undo", text)``) or an
alias (``tr = self.tr``); at run time Qt then looks it up under ``undo`` (or the class name)
and finds nothing. This script copies each such message, with its translation, into the
context its source file uses at run time. Run it after every ``pyside6-lupdate``::

    .venv/bin/python resources/translations/assign_contexts.py \\
        resources/translations/subprocessor_registry_nb.ts

Writing ``QCoreApplication.translate("undo", "...")`` (or an alias named ``translate``) in
the source makes it unnecessary.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET

RUNTIME_CONTEXTS = {
    "ui/errors.py": "errors",
    "ui/undo.py": "undo",
    "ui/reports_menu.py": "ReportsMenu",
    "ui/editors/base.py": "editors",
    "ui/editors/vendor_parts.py": "editors",
    "ui/editors/activity.py": "ActivityEditor",
    "ui/widgets/labels.py": "editors",
    "ui/widgets/checklist.py": "widgets",
    "ui/widgets/dates.py": "widgets",
    "ui/widgets/pickers.py": "widgets",
    "ui/widgets/stringlist.py": "widgets",
    "ui/widgets/tables.py": "widgets",
}
"""Source file -> the context its helper translates in."""


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.iter("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def assign(path: str) -> int:
    """Copy context-less messages into their run-time contexts; returns how many."""
    tree = ET.parse(path)
    root = tree.getroot()
    copied = 0
    for ctx in list(root.iter("context")):
        if ctx.findtext("name"):
            continue
        for message in ctx.findall("message"):
            source = message.findtext("source")
            files = {loc.get("filename", "").replace("../../", "")
                     for loc in message.iter("location")}
            for name in sorted({RUNTIME_CONTEXTS[f] for f in files if f in RUNTIME_CONTEXTS}):
                target = _context(root, name)
                if any(m.findtext("source") == source for m in target.findall("message")):
                    continue
                target.append(copy.deepcopy(message))
                copied += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return copied


if __name__ == "__main__":
    for ts in sys.argv[1:]:
        print(f"{ts}: {assign(ts)} messages given their run-time context")
