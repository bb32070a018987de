"""Bring the gettext catalogues up to date with the source: ``make translations`` runs this.

The texts of the domain and of the reports (the findings, the problems of forms, the errors
that stop an action, the vocabulary labels, the words of the reports) are written in English
in the source, each under a key, in the ``EN`` table of their module; the texts of the legal
facts file come from ``resources/legal_facts.json`` and python-stdnum. Their translations are
in ``<lang>/LC_MESSAGES/<domain>.po``, one domain per package (``registry``, ``reports``):
the key is the message's context (``msgctxt``), the English text its ``msgid``.

1. Extract: Babel reads the ``EN`` table of every module of ``registry/`` and ``reports/``
   that has one (and the facts file) into the template ``<domain>.pot``. A new module with an
   ``EN`` table needs no step here.
2. Update: each ``.po`` takes the template's messages. A new text waits for its translation;
   a text whose English changed keeps its old translation, marked fuzzy, to be reviewed; a
   text gone from the source is dropped.
3. Compile: each ``.po`` becomes the ``.mo`` that :mod:`registry.catalogues` reads (fuzzy
   translations are left out, so a changed text reads in English until it is reviewed).

Translate with Poedit (README.md says how), then run this again. A test runs steps 1 and 2 on
copies and fails when a text has no translation or a shipped file is not up to date.
"""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import io
import json
import sys
from collections.abc import Collection, Iterator, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import IO, Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:  # run as a script: the facts file is read as the app reads it
    sys.path.insert(0, str(ROOT))

from registry.enums import LANGUAGE_NAMES  # noqa: E402 - once the project is on the path
from registry.enums import LANGUAGES as ALL_LANGUAGES  # noqa: E402

DOMAINS = ("registry", "reports")
"""The catalogues, each named after the package whose texts it holds."""

LANGUAGES = tuple(lang for lang in ALL_LANGUAGES if lang != "en")
"""The languages translated from English (a new one gets its catalogues here)."""

SOURCE_TABLE = "EN"
"""The name of a module's table of English texts, by key."""

KEYWORDS = {"pgettext": ((1, "c"), 2), "npgettext": ((1, "c"), 2, 3)}
"""How the extraction methods below hand their texts to Babel: key, English (and plural)."""

PROJECT = "Subprocessor Registry"


def _header(lang: str, domain: str) -> dict[str, str]:
    what = "English texts" if lang == "en" else f"{LANGUAGE_NAMES[lang]}: the texts"
    return {
        "header_comment": f"# {what} of {PROJECT}'s {domain}/ package, by key (msgctxt).\n"
                          f"# Edit them with Poedit: resources/locale/README.md says how.\n#",
        "project": PROJECT,
        "version": metadata.version("subprocessor-registry"),
        "language_team": LANGUAGE_NAMES[lang],
    }


STDNUM_NOTE = (
    "A registration or VAT number that python-stdnum refuses: its reason, after "
    '"is not a valid … ({detail})".'
)


# --- extraction -----------------------------------------------------------------------------


def _comments(lines: Sequence[str], lineno: int) -> list[str]:
    """The comment lines right above line ``lineno`` (a section of a table: ``# vendors``)."""
    found: list[str] = []
    index = lineno - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        found.insert(0, lines[index].strip().lstrip("#").strip())
        index -= 1
    return found


def _text(node: ast.expr) -> str | tuple[str, str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Tuple) and len(node.elts) == 2 and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        one, other = (str(e.value) for e in node.elts if isinstance(e, ast.Constant))
        return one, other
    raise ValueError(f"line {node.lineno}: an English text must be a string literal, or a "
                     f"pair of them (singular, plural)")


def source_table(tree: ast.Module) -> ast.Dict | None:
    """The module's ``EN: dict[...] = {...}``, if it has one."""
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and \
                node.target.id == SOURCE_TABLE and isinstance(node.value, ast.Dict):
            return node.value
    return None


def extract_english(fileobj: IO[bytes], keywords: Mapping[str, Any],
                    comment_tags: Collection[str], options: Mapping[str, Any],
                    ) -> Iterator[tuple[int, str, tuple[str, ...], list[str]]]:
    """Babel extraction method: the ``EN`` table of a Python module, each text under its
    key, with the comment above it (the table's section) for the translator."""
    source = fileobj.read().decode("utf-8")
    table = source_table(ast.parse(source))
    if table is None:
        return
    lines = source.splitlines()
    for key, value in zip(table.keys, table.values, strict=True):
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
            raise ValueError(f"line {value.lineno}: a key must be a string literal")
        text = _text(value)
        if isinstance(text, tuple):
            yield key.lineno, "npgettext", (key.value, *text), _comments(lines, key.lineno)
        else:
            yield key.lineno, "pgettext", (key.value, text), _comments(lines, key.lineno)


def _line_of(lines: Sequence[str], text: str, start: int = 0) -> int:
    for index in range(start, len(lines)):
        if text in lines[index]:
            return index + 1
    return 0


def extract_facts(fileobj: IO[bytes], keywords: Mapping[str, Any],
                  comment_tags: Collection[str], options: Mapping[str, Any],
                  ) -> Iterator[tuple[int, str, tuple[str, ...], list[str]]]:
    """Babel extraction method: the texts of the legal facts file that the findings quote.

    English readers read them as the file states them; the other languages read their
    translation, found by the key (so that a facts file given with ``--facts`` is still
    worded), or the file's English for a text the catalogue does not have.
    """
    from registry.facts import parse_facts

    source = fileobj.read().decode("utf-8")
    lines = source.splitlines()
    facts = parse_facts(json.loads(source))
    yield (_line_of(lines, '"decisions"'), "pgettext", ("decision.title", "{country}"),
           ["The title of an adequacy decision for a country: the country's name."])
    for m in facts.mechanisms.values():
        at = _line_of(lines, f'"id": "{m.id}"')
        yield at, "pgettext", (f"mechanism.{m.id}", m.label), [
            "A transfer mechanism's name, inside a sentence (lower case unless a name)."]
        if m.judgment:
            yield at, "pgettext", (f"judgment.{m.id}", m.judgment), [
                "What ended the mechanism. The dates may be written as {valid_from}, "
                "{no_new_contracts_from} or {invalid_from}, as the language writes dates."]
        if m.replace_with:
            yield at, "pgettext", (f"replace_with.{m.id}", m.replace_with), [
                "What replaces the mechanism, after \"Replace it with\"."]
    for d in facts.decisions:
        at = _line_of(lines, f'"id": "{d.id}"')
        if d.country is None or d.requires_certification:
            yield at, "pgettext", (f"decision.{d.id}.title", d.title), [
                "The title of an adequacy decision."]
        if d.scope:
            yield at, "pgettext", (f"decision.{d.id}.scope", d.scope), [
                "Whom an adequacy decision covers, after \"… covers\"."]


def stdnum_texts() -> Iterator[tuple[str, str]]:
    """The reasons python-stdnum gives, as :mod:`registry.validation` quotes them."""
    import stdnum.exceptions

    for name, cls in inspect.getmembers(stdnum.exceptions, inspect.isclass):
        if issubclass(cls, stdnum.exceptions.ValidationError):
            reason = str(cls()).rstrip(".") or "The number is invalid"
            yield f"stdnum.{name}", reason[:1].lower() + reason[1:]


def sources(domain: str, root: Path = ROOT) -> list[Path]:
    """The modules of the package ``domain`` that have a table of English texts."""
    found = []
    for path in sorted((root / domain).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        if source_table(ast.parse(path.read_bytes())) is not None:
            found.append(path)
    return found


def template(domain: str, root: Path = ROOT) -> Catalog:
    """Step 1: every text of ``domain``'s source, in a new template."""
    catalog = Catalog(domain=domain, charset="utf-8", fuzzy=False, **_header("en", domain))
    extracted: list[tuple[Path, Any]] = [(p, extract_english) for p in sources(domain, root)]
    if domain == "registry":
        extracted.append((root / "resources" / "legal_facts.json", extract_facts))
    keys: set[str | None] = set()

    def add(message: str | tuple[str, ...], where: str, lineno: int, comments: list[str],
            key: str | None) -> None:
        if not key or key in keys:
            raise ValueError(f"{where}:{lineno}: the key {key!r} is missing or used twice")
        keys.add(key)
        catalog.add(message, locations=[(where, lineno)], auto_comments=comments, context=key)

    for path, method in extracted:
        where = path.relative_to(root).as_posix()
        for lineno, message, comments, key in extract_from_file(method, path, KEYWORDS):
            add(message, where, lineno, comments, key)
    if domain == "registry":
        for key, text in stdnum_texts():
            add(text, "python-stdnum", 0, [STDNUM_NOTE], key)
    return catalog


# --- update and compile ---------------------------------------------------------------------


def po_path(folder: Path, lang: str, domain: str) -> Path:
    return folder / lang / "LC_MESSAGES" / f"{domain}.po"


_STAMPS = (b'"POT-Creation-Date:', b'"PO-Revision-Date:', b'"Project-Id-Version:')
"""Header lines that say when and for which version a file was made, not what it holds."""


def _unstamped(data: bytes) -> list[bytes]:
    return [line for line in data.splitlines() if not line.startswith(_STAMPS)]


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` unless the file says the same (but for its stamps): ``make
    translations`` leaves the files of an unchanged source as they are."""
    if path.exists() and _unstamped(path.read_bytes()) == _unstamped(data):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    # Without line numbers, a file changes only when its texts do.
    write_po(out, catalog, ignore_obsolete=True, include_lineno=False)
    return out.getvalue()


def read_catalog(path: Path, lang: str | None = None, domain: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=lang, domain=domain)


def new_catalog(lang: str, domain: str) -> Catalog:
    return Catalog(locale=lang, domain=domain, charset="utf-8", fuzzy=False,
                   revision_date=dt.datetime.now(dt.UTC), **_header(lang, domain))


def update(folder: Path = HERE, root: Path = ROOT) -> None:
    """Steps 1 and 2: the templates, and every ``.po`` brought up to date with them."""
    for domain in DOMAINS:
        pot = template(domain, root)
        _write(folder / f"{domain}.pot", _po_bytes(pot))
        for lang in LANGUAGES:
            path = po_path(folder, lang, domain)
            if path.exists():
                catalog = read_catalog(path, lang, domain)
            else:
                catalog = new_catalog(lang, domain)
            catalog.update(pot, update_creation_date=False)
            _write(path, _po_bytes(catalog))


def mo_bytes(po: Path) -> bytes:
    """The compiled form of ``po`` (its fuzzy translations left out)."""
    out = io.BytesIO()
    write_mo(out, read_catalog(po), use_fuzzy=False)
    return out.getvalue()


def po_files(folder: Path = HERE) -> list[Path]:
    return [po_path(folder, lang, domain) for lang in LANGUAGES for domain in DOMAINS]


def compile_all(folder: Path = HERE) -> None:
    """Step 3: every ``.po`` compiled to the ``.mo`` beside it."""
    for po in po_files(folder):
        _write(po.with_suffix(".mo"), mo_bytes(po))


def waiting(catalog: Catalog) -> list[str]:
    """The keys of the texts still to translate or to review (fuzzy)."""
    return [str(m.context) for m in catalog if m.id and (
        m.fuzzy or not all(m.string if isinstance(m.string, tuple) else (m.string,)))]


def main() -> None:
    update()
    compile_all()
    for po in po_files():
        left = waiting(read_catalog(po))
        name = po.relative_to(ROOT)
        print(f"{name}: {len(left)} to translate or review" if left else f"{name}: complete")


if __name__ == "__main__":
    main()
