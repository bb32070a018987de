"""Bring the translations up to date with the source: ``make translations`` runs this.

1. ``pyside6-lupdate`` reads every ``tr()`` of ``ui/`` into each ``.ts`` file (the English
   file holds only the plural forms: "1 vendor", "2 vendors").
2. :func:`assign` gives each message the context it is looked up in at run time. lupdate files
   a text under an empty context when it is translated through a module's helper
   (``tr = translator("undo")``, :func:`ui.i18n.translator`) or an alias (``tr = self.tr``
   in a class), and marks the copy that the file keeps in the run-time context as vanished;
   left so, Qt would look the text up under ``undo``, find nothing, and show English.
   :func:`runtime_contexts` reads those contexts from the source, so a new module needs no
   step here.
3. ``pyside6-lrelease`` compiles each ``.ts`` to the ``.qm`` the app loads.

Translate new texts (``type="unfinished"``) with ``pyside6-linguist``, then run it again.
A test runs steps 1 and 2 on copies and fails when a text of the source has no translation.
"""

from __future__ import annotations

import ast
import copy
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent

GONE = ("vanished", "obsolete")


def sources(root: Path = ROOT) -> list[str]:
    """The files whose ``tr()`` texts are translated, from the project's root."""
    return sorted(p.relative_to(root).as_posix() for p in (root / "ui").rglob("*.py"))


def _context_of(tree: ast.AST) -> set[str]:
    """The contexts a module's bare ``tr()`` translates in: those of its
    ``translator("...")`` calls, and the class of a ``tr = self.tr`` in a method."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id == "translator" and node.args and \
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            found.add(node.args[0].value)
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Assign) and isinstance(inner.value, ast.Attribute) and \
                        inner.value.attr == "tr" and isinstance(inner.value.value, ast.Name) and \
                        inner.value.value.id == "self":
                    found.add(node.name)
    return found


def runtime_contexts(root: Path = ROOT) -> dict[str, str]:
    """Source file -> the context its bare ``tr()`` translates in."""
    contexts: dict[str, str] = {}
    for name in sources(root):
        found = _context_of(ast.parse((root / name).read_bytes()))
        if len(found) > 1:
            raise ValueError(f"{name}: a module's tr() has one context, not {sorted(found)}")
        if found:
            contexts[name] = found.pop()
    return contexts


def ts_files(folder: Path = HERE) -> list[Path]:
    return sorted(folder.glob("subprocessor_registry_*.ts"))


def _files(message: ET.Element) -> set[str]:
    return {loc.get("filename", "").replace("../../", "") for loc in message.iter("location")}


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.iter("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def _translated(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def _revive(kept: ET.Element, found: ET.Element) -> None:
    """``kept`` (in its run-time context) is the text lupdate ``found`` again: in use, at
    the places lupdate found it."""
    translation = kept.find("translation")
    if translation is not None and translation.get("type") in GONE:
        if _translated(translation):
            del translation.attrib["type"]
        else:
            translation.set("type", "unfinished")
    for location in kept.findall("location"):
        kept.remove(location)
    for index, location in enumerate(found.findall("location")):
        kept.insert(index, copy.deepcopy(location))


def assign(path: Path, contexts: Mapping[str, str]) -> None:
    """Give the context-less messages of ``path`` their run-time contexts (``contexts``: by
    source file), bring back the translations lupdate set aside, and drop the texts the source
    no longer has."""
    tree = ET.parse(path)
    root = tree.getroot()
    # What lupdate set aside: the run-time copies of helper texts, texts it now finds
    # without their plural forms (it does not see those of QCoreApplication.translate(...,
    # n)), and texts gone from the source. It strips their locations.
    gone: dict[tuple[str, str | None], tuple[ET.Element, ET.Element]] = {}
    for ctx in root.iter("context"):
        for message in ctx.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in GONE:
                gone[ctx.findtext("name") or "", message.findtext("source")] = ctx, message

    def bring_back(name: str, found: ET.Element, into: ET.Element) -> bool:
        """Put the set-aside translation of ``found`` in its place in ``into``."""
        source = found.findtext("source")
        kept = gone.pop((name, source), None)
        if kept is None:
            return False
        home, message = kept
        home.remove(message)
        into.insert(list(into).index(found) if found in list(into) else len(into), message)
        _revive(message, found)
        return True

    for ctx in [ctx for ctx in root.iter("context") if not ctx.findtext("name")]:
        for message in ctx.findall("message"):
            names = sorted({contexts[f] for f in _files(message) if f in contexts})
            for name in names:
                target = _context(root, name)
                if not bring_back(name, message, target):
                    target.append(copy.deepcopy(message))
            if names:
                ctx.remove(message)
    for ctx in list(root.iter("context")):
        name = ctx.findtext("name") or ""
        for message in ctx.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished" and \
                    bring_back(name, message, ctx):
                ctx.remove(message)
    for home, message in gone.values():
        home.remove(message)
    for ctx in list(root.iter("context")):
        if not ctx.findall("message"):
            root.remove(ctx)
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)


def lupdate(files: Sequence[Path], root: Path = ROOT) -> None:
    """Read the source's texts into ``files`` (the English one: plural forms only).

    ``root`` is where the source is, as ``ui/`` (the files' locations are relative to it).
    """
    found = sources(root)
    tool = str(BIN / "pyside6-lupdate")
    english = [str(f) for f in files if f.name.endswith("_en.ts")]
    others = [str(f) for f in files if not f.name.endswith("_en.ts")]
    for options, targets in (([], others), (["-pluralonly"], english)):
        if targets:
            subprocess.run([tool, *options, *found, "-ts", *targets], check=True,
                           capture_output=True, cwd=root)


def lrelease(files: Sequence[Path], out: Path | None = None) -> None:
    """Compile ``files`` to ``.qm`` beside them (or in ``out``)."""
    tool = str(BIN / "pyside6-lrelease")
    for ts in files:
        qm = (out or ts.parent) / (ts.stem + ".qm")
        subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True)


def update(files: Sequence[Path], root: Path = ROOT) -> None:
    """Steps 1 and 2: the texts of the source, each in its run-time context."""
    lupdate(files, root)
    contexts = runtime_contexts(root)
    for ts in files:
        assign(ts, contexts)


def main() -> None:
    files = ts_files()
    update(files)
    lrelease(files)
    for ts in files:
        root = ET.parse(ts).getroot()
        waiting = sum(1 for t in root.iter("translation") if t.get("type") == "unfinished")
        print(f"{ts.relative_to(ROOT)}: {waiting} to translate" if waiting
              else f"{ts.relative_to(ROOT)}: complete")


if __name__ == "__main__":
    main()
