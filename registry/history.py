"""The history of changes as people read it: who changed what, when, from what to what.

Every write records rows of :class:`registry.model.Change` (:mod:`registry.usecases`: one for a
create, delete or restore, one per changed field of an update; an import, one per record it
writes or removes and one for the whole registry). They keep the field's name and its values as
stored (``sub_processor``, ``2027-05-01``, a list as JSON). This module reads them back as a
person reads them, in one of the app's languages:

- the field by the label its editor gives it ("Next review"), the action by its label
  ("Deleted", "Imported from registry.json"): the vocabularies ``field`` and ``action`` of
  :mod:`registry.labels`;
- a value of a vocabulary by its label ("Sub-processor"), a date as a date ("1 May 2027"), a
  country by its name, a yes as a yes, a number of days as days, a linked record by the name
  it had then;
- a list by what changed in it: the items removed before, the items added after ("Locations:
  added"), and a transfer safeguard or a DPA by the parts that changed.

Rows come newest first, a page at a time (:func:`read_history`, the page after the last row
read with ``before``) or as a stream (:func:`iter_history`), so that a log of 100,000 rows is
never read at once. :class:`HistoryFilter` keeps the rows of one kind of record, one record,
one person, an action or a range of days, or with a text in the record's name, the field's
label or a value. :func:`write_history_csv` writes the rows as the History page shows them.

A row another part writes (its own kind of record, action or field) reads with its keys where
:mod:`registry.labels` has no label for them; its label added there is all it takes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, or_, select
from sqlalchemy.orm import Session

from registry import model
from registry.citations import cite
from registry.countries import country_name, find_countries, is_country
from registry.enums import LANGUAGE_NAMES
from registry.errors import UserError
from registry.files import write_csv
from registry.forms import DPA_COLUMNS, SAFEGUARD_COLUMNS, Kind
from registry.labels import EN as LABELS
from registry.labels import label
from registry.messages import Sentence, date_text, msg, render, sentence

KINDS = ("vendor", "service", "activity", "organisation", "registry")
"""The kinds of record whose changes the app records (``registry``: the whole registry)."""

ACTIONS = ("create", "update", "delete", "restore", "import", "replace", "clear")
"""What the app records of a record: made, changed, deleted, restored (an undone delete),
written by an import, removed by an import that replaced the registry, the registry emptied."""

BIRTHS = ("create", "import")
"""The actions that make a record under its id: its history starts at the latest of them
(SQLite hands a freed id out again, and an import that replaces the registry numbers every
record anew)."""

COLUMNS: dict[str, Sentence] = {
    key: sentence(f"history.column.{key}")
    for key in ("when", "who", "kind", "record", "what", "old", "new")
}
"""The columns of the history, in order, by key: the History page's and the CSV file's."""

PAGE = 500
"""Rows read at a time by :func:`iter_history`."""

_TABLE = model.Change.__table__
_COLUMNS = (model.Change.id, model.Change.at, model.Change.who, model.Change.entity,
            model.Change.entity_id, model.Change.record, model.Change.action,
            model.Change.field, model.Change.old, model.Change.new)


# --- what a filter keeps ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class HistoryFilter:
    """Which rows of the history to read (every field left empty keeps every row).

    Attributes:
        kind: the kind of record (:data:`KINDS`, or another part's).
        record_id: with ``kind``, one record: its rows since it was made under its id.
        who: the person who made the changes, as recorded.
        since: the first day, in local time.
        until: the last day, in local time (included).
        action: one action (:data:`ACTIONS`).
        text: a text in the record's name, the field's label or a value (before or after),
            in any case; the labels and country names of the reader's language count.
    """

    kind: str | None = None
    record_id: int | None = None
    who: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    action: str | None = None
    text: str = ""


def _utc(day: dt.date) -> dt.datetime:
    """The moment a local day starts, in UTC as the history stores it."""
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC).replace(tzinfo=None)


def _conditions(where: HistoryFilter, lang: str) -> list[ColumnElement[bool]]:
    change = model.Change
    found: list[ColumnElement[bool]] = []
    if where.kind:
        found.append(change.entity == where.kind)
    if where.record_id is not None:
        found.append(change.entity_id == where.record_id)
        if where.kind:
            born = (select(func.max(change.id))
                    .where(change.entity == where.kind, change.entity_id == where.record_id,
                           change.action.in_(BIRTHS))
                    .scalar_subquery())
            found.append(change.id >= func.coalesce(born, 0))
    if where.who is not None:
        found.append(change.who == where.who)
    if where.since is not None:
        found.append(change.at >= _utc(where.since))
    if where.until is not None:
        found.append(change.at < _utc(where.until + dt.timedelta(days=1)))
    if where.action:
        found.append(change.action == where.action)
    if where.text.strip():
        found.append(_text_condition(where.text.strip(), lang))
    return found


_STORED_VOCABULARIES = frozenset({"role", "status", "activity_role", "basis", "art9", "dpia",
                                  "kind", "derogation", "tia", "mech"})
"""The vocabularies whose values the history stores, to find a value by its label."""


@functools.cache
def _stored_values() -> frozenset[tuple[str, str]]:
    """Each ``(vocabulary, value)`` of :data:`_STORED_VOCABULARIES` that has a label."""
    found = set()
    for key in LABELS:
        _, vocabulary, value, *_ = key.split(".") + [""]
        if vocabulary in _STORED_VOCABULARIES and value != "letter":
            found.add((vocabulary, value))
    return frozenset(found)


def _text_condition(text: str, lang: str) -> ColumnElement[bool]:
    """Rows with ``text`` in the record's name, a value as stored, or the label of the field,
    the action or a value (a country's name) in English or ``lang``."""
    change = model.Change
    folded = text.casefold()
    # SQLite's lower() folds only ASCII letters: the text as typed finds the rest.
    either: list[ColumnElement[bool]] = []
    for column in (change.record, change.old, change.new):
        either.append(func.lower(column).contains(folded, autoescape=True))
        either.append(column.contains(text, autoescape=True))

    def labelled(vocabulary: str, value: Any) -> bool:
        return any(folded in label(vocabulary, value, reader).casefold()
                   for reader in {lang, "en"})

    keys = {key.split(".")[-1] for key in LABELS if key.startswith("label.field.")}
    fields = [f for f in keys if labelled("field", f)]
    if fields:
        either.append(change.field.in_(fields))
    actions = [a for a in ACTIONS if labelled("action", a)]
    if actions:
        either.append(and_(change.action.in_(actions), change.action != "update"))
    values = {value for vocabulary, value in _stored_values()
              if any(folded in label(vocabulary, value, reader, "report" if vocabulary == "mech"
                                     else "name").casefold() for reader in {lang, "en"})}
    if len(folded) >= 3:
        values.update(find_countries(text, lang)[:20])
    for value in sorted(values):
        either.append(or_(change.old == value, change.new == value,
                          change.old.contains(f'"{value}"', autoescape=True),
                          change.new.contains(f'"{value}"', autoescape=True)))
    return or_(*either) if either else false()


# --- a row as people read it --------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class HistoryEntry:
    """One row of the history, worded in one language (never changed once made: it is not a
    frozen dataclass only because those are slower to make, and an export makes 100,000).

    Attributes:
        id: the row's number (rows are numbered in the order they were written).
        at: when, in local time.
        who: who made the change, as recorded.
        kind: the kind of record (:data:`KINDS`), as stored.
        kind_label: the kind as people read it ("Vendor").
        record_id: the record's id then (None for the whole registry).
        record: the record's name then.
        action: what happened, as stored (``update``).
        field: the field an update changed, as stored (``legal_name``).
        what: what changed, as people read it ("Legal name", "Deleted").
        old: the value before, as people read it ("" for none).
        new: the value after, as people read it.
    """

    id: int
    at: dt.datetime
    who: str
    kind: str
    kind_label: str
    record_id: int | None
    record: str
    action: str
    field: str
    what: str
    old: str
    new: str

    def cells(self) -> tuple[str, ...]:
        """The row as the History page and the CSV file show it, in :data:`COLUMNS` order."""
        return (self.at.isoformat(" ", "minutes"), self.who, self.kind_label, self.record,
                self.what, self.old, self.new)


_DATES = frozenset({"start_date", "end_date", "last_reviewed", "next_review", "dpf_checked",
                    "tia_date", "signed_date", "review_date"})
_FLAGS = frozenset({"is_controller", "is_processor", "dpf_certified"})
_STRUCTURED = frozenset({"former_names", "certifications", "data_subjects", "data_categories",
                         "recipients", "descriptions", "locations", "safeguards", "dpa",
                         "services", "vendors", "vendor_ids", "service_ids", "retention",
                         "controllers", "parent_id"})
"""Fields whose values are stored as JSON (``parent_id``: a linked record, since names are
kept with it; before, its id alone)."""
_LINKS: dict[str, Kind] = {"parent_id": "vendor", "services": "service", "vendors": "vendor",
                           "vendor_ids": "vendor", "service_ids": "service"}
_VOCABULARIES = {"status": "status", "legal_basis": "basis", "art9_condition": "art9",
                 "dpia_status": "dpia", "kind": "kind", "derogation": "derogation",
                 "tia_outcome": "tia", "scc_module": "scc_module"}
_UNITS = {"notice_days": "history.days", "review_interval_months": "history.months"}

_MODELS: dict[Kind, type[model.Vendor | model.Service | model.Activity]] = {
    "vendor": model.Vendor, "service": model.Service, "activity": model.Activity,
}

Names = Callable[[Kind, int], str]
"""The name of a linked record by its id, for rows that kept only the id."""


_CITED = {"legal_basis": 6, "art9_condition": 9}
"""Fields whose label cites the article they come from, as their editor's does."""


def field_label(kind: str, field: str, lang: str) -> str:
    """A field of a kind of record as its editor labels it; the key where none does."""
    specific = f"{kind}.{field}"
    if f"label.field.{specific}" in LABELS:
        return label("field", specific, lang)
    text = label("field", field, lang)
    return f"{text} ({cite(_CITED[field], lang=lang)})" if field in _CITED else text


class _Words:
    """Words the values of one page of rows in one language."""

    def __init__(self, lang: str, names: Names) -> None:
        self.lang = lang
        self.names = names

    def scalar(self, kind: str, field: str, value: Any) -> str:
        """One value of a field, as people read it."""
        lang = self.lang
        if value is None or value == "":
            return ""
        if field == "parent_id":
            return self.link("vendor", value)
        if isinstance(value, list):
            return "; ".join(self.items(kind, field, value))
        if isinstance(value, dict):
            return "; ".join(self.parts(kind, field, value))
        text = str(value)
        if field == "role":
            return label("activity_role" if kind == "activity" else "role", text, lang)
        if field == "mechanism":
            return label("mech", text, lang, "report")
        if field in _VOCABULARIES:
            return label(_VOCABULARIES[field], text, lang)
        if field in _DATES:
            try:
                return date_text(dt.date.fromisoformat(text), lang)
            except ValueError:
                return text
        if field == "country":
            return country_name(text, lang) if is_country(text) else text
        if field in _FLAGS:
            yes = value is True or text in ("yes", "True", "true")
            return render(msg("history.yes" if yes else "history.no"), lang)
        if field in _UNITS and text.lstrip("-").isdigit():
            unit = "history.days" if kind == "dpa" else _UNITS[field]
            return render(msg(unit, count=int(text)), lang)
        return text

    def link(self, kind: Kind, value: Any) -> str:
        """A linked record: ``{"id": 7, "name": "AWS"}``, or its id alone (older rows)."""
        if isinstance(value, dict):
            return str(value.get("name", ""))
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            return self.names(kind, int(value))
        return str(value)

    def items(self, kind: str, field: str, values: Sequence[Any]) -> list[str]:
        """Each item of a list, as people read it."""
        lang = self.lang
        out: list[str] = []
        for item in values:
            if field in ("services", "vendors"):
                linked, purpose = _link_and_purpose(item)
                name = self.link(_LINKS[field], linked)
                out.append(f"{name}: {purpose}" if purpose else name)
            elif field in _LINKS:
                out.append(self.link(_LINKS[field], item))
            elif field == "locations" and isinstance(item, dict):
                where = country_name(str(item.get("country", "")), lang)
                text = f"{where} ({label('kind', item.get('kind'), lang)})"
                out.append(f"{text}: {item['detail']}" if item.get("detail") else text)
            elif field == "safeguards" and isinstance(item, dict):
                country = str(item.get("country", ""))
                rest = {k: v for k, v in item.items() if k != "country"}
                mechanism = self.scalar("safeguard", "mechanism", rest.pop("mechanism", None))
                parts = [p for p in (mechanism, *self.parts("safeguard", field, rest)) if p]
                out.append(f"{country_name(country, lang)}: {'; '.join(parts)}")
            elif field == "retention" and isinstance(item, dict):
                out.append(": ".join(t for t in (item.get("category", ""),
                                                 item.get("period", "")) if t))
            elif field == "controllers" and isinstance(item, dict):
                name, contact = item.get("name", ""), item.get("contact", "")
                out.append(f"{name} ({contact})" if contact else str(name))
            else:
                out.append(self.scalar(kind, field, item))
        return out

    def parts(self, kind: str, field: str, values: Mapping[str, Any]) -> list[str]:
        """The parts of a whole (a DPA, a safeguard) that are set, each with its label."""
        if field == "descriptions":
            return [f"{LANGUAGE_NAMES.get(lang, lang)}: {text}" for lang, text in values.items()]
        owner, order = ("dpa", DPA_COLUMNS) if field == "dpa" else ("safeguard",
                                                                    SAFEGUARD_COLUMNS)
        keys = sorted(values, key=lambda k: order.index(k) if k in order else len(order))
        return [f"{field_label(owner, key, self.lang)}: {self.scalar(owner, key, values[key])}"
                for key in keys if values[key] not in (None, "", False, [])]


def _link_and_purpose(item: Any) -> tuple[Any, str]:
    """A link with a purpose: ``{"id", "name", "purpose"}``, or ``[id, purpose]`` (older)."""
    if isinstance(item, dict):
        return item, str(item.get("purpose", ""))
    if isinstance(item, list | tuple) and len(item) == 2:
        return item[0], str(item[1])
    return item, ""


def _decoded(field: str, stored: str | None) -> Any:
    if stored is None or field not in _STRUCTURED:
        return stored
    try:
        return json.loads(stored)
    except ValueError:
        return stored


def _what_and_values(kind: str, record: str, action: str, field: str, stored_old: str | None,
                     stored_new: str | None, words: _Words) -> tuple[str, str, str]:
    """What changed, and the values before and after, as people read them."""
    lang = words.lang
    if action == "update" or (action not in ACTIONS and field):
        name = field_label(kind, field, lang)
        if action != "update":
            name = render(msg("history.action_field", action=label("action", action, lang),
                              field=name), lang)
        old, new = _decoded(field, stored_old), _decoded(field, stored_new)
        if field == "dpa" and isinstance(old, dict) and isinstance(new, dict):
            changed = [k for k in {**old, **new} if old.get(k) != new.get(k)]
            old = {k: old[k] for k in changed if k in old}
            new = {k: new[k] for k in changed if k in new}
        elif field == "descriptions" or isinstance(old, list) or isinstance(new, list):
            return _list_change(kind, field, name, old, new, words)
        return name, words.scalar(kind, field, old), words.scalar(kind, field, new)
    if action == "import" and kind == "registry":
        return (_imported(record, lang), _holdings(stored_old, lang),
                _holdings(stored_new, lang))
    if action == "import":
        return _imported(stored_new or "", lang), "", ""
    if action == "replace" and stored_new:
        return render(msg("history.removed_by_import", file=stored_new), lang), "", ""
    return label("action", action, lang), words.scalar(kind, field, stored_old), \
        words.scalar(kind, field, stored_new)


def _list_change(kind: str, field: str, name: str, old: Any, new: Any, words: _Words
                 ) -> tuple[str, str, str]:
    """A list by its items removed (before) and added (after); all of them when it was only
    put in another order."""
    def listed(value: Any) -> list[str]:
        if isinstance(value, dict):
            return words.parts(kind, field, value)
        if isinstance(value, list):
            return words.items(kind, field, value)
        return [words.scalar(kind, field, value)] if value not in (None, "") else []

    before, after = listed(old), listed(new)
    removed = [item for item in before if item not in after]
    added = [item for item in after if item not in before]
    if not removed and not added:
        removed, added = before, after
    elif not removed:
        name = render(msg("history.list.added", field=name), words.lang)
    elif not added:
        name = render(msg("history.list.removed", field=name), words.lang)
    return name, "; ".join(removed), "; ".join(added)


def _imported(source: str, lang: str) -> str:
    if not source:
        return label("action", "import", lang)
    return render(msg("history.imported_from", file=source), lang)


def _holdings(stored: str | None, lang: str) -> str:
    """What a registry held, stored as counts by kind (older rows: a sentence in English)."""
    try:
        counts = json.loads(stored) if stored else None
    except ValueError:
        counts = None
    if not isinstance(counts, dict):
        return stored or ""
    return ", ".join(render(msg(f"history.{kind}", count=int(counts.get(kind, 0))), lang)
                     for kind in ("vendors", "services", "activities"))


def holdings(vendors: int, services: int, activities: int) -> str:
    """What a registry holds, as an import's row of the history stores it."""
    return json.dumps({"vendors": vendors, "services": services, "activities": activities})


class _LocalTime:
    """Stored times (UTC) in local time, the offset worked out once an hour of the day."""

    def __init__(self) -> None:
        self._offsets: dict[tuple[dt.date, int], dt.timedelta] = {}

    def __call__(self, at: dt.datetime) -> dt.datetime:
        key = (at.date(), at.hour)
        offset = self._offsets.get(key)
        if offset is None:
            local = at.replace(tzinfo=dt.UTC).astimezone()
            offset = self._offsets[key] = local.utcoffset() or dt.timedelta()
        return at + offset


def _entries(session: Session, rows: Sequence[Any], lang: str) -> list[HistoryEntry]:
    cache: dict[tuple[Kind, int], str] = {}

    def names(kind: Kind, record_id: int) -> str:
        key = (kind, record_id)
        if key not in cache:
            cache[key] = _name_then(session, kind, record_id)
        return cache[key]

    words = _Words(lang, names)
    local = _LocalTime()
    entries = []
    for row_id, at, who, kind, record_id, record, action, field, old, new in rows:
        record, field = record or "", field or ""
        what, old, new = _what_and_values(kind, record, action, field, old, new, words)
        entries.append(HistoryEntry(row_id, local(at), who or "", kind,
                                    label("record", kind, lang), record_id, record, action,
                                    field, what, old, new))
    return entries


def _name_then(session: Session, kind: Kind, record_id: int) -> str:
    """The name of a record an older row names by its id alone: its name now, else the last
    name the history knows for the id, else the id."""
    cls = _MODELS[kind]
    name = session.scalar(select(cls.name).where(cls.id == record_id))
    if name is None:
        change = model.Change
        name = session.scalar(select(change.record)
                              .where(change.entity == kind, change.entity_id == record_id)
                              .order_by(change.id.desc()).limit(1))
    return name or f"#{record_id}"


# --- reading ------------------------------------------------------------------------------


def read_history(session: Session, where: HistoryFilter, lang: str = "en", limit: int = 200,
                 before: int | None = None) -> list[HistoryEntry]:
    """One page of the rows ``where`` keeps, newest first, worded in ``lang``.

    Args:
        session: a session to read in.
        where: which rows.
        lang: the language of the labels, values and dates.
        limit: how many rows at most.
        before: only rows older than this one (the last of the page before): the next page.
    """
    conditions = _conditions(where, lang)
    if before is not None:
        conditions.append(model.Change.id < before)
    rows = session.execute(select(*_COLUMNS).where(*conditions)
                           .order_by(model.Change.id.desc()).limit(limit)).all()
    return _entries(session, rows, lang)


def iter_history(session: Session, where: HistoryFilter, lang: str = "en", batch: int = PAGE
                 ) -> Iterator[HistoryEntry]:
    """Every row ``where`` keeps, newest first, read ``batch`` rows at a time."""
    before: int | None = None
    while True:
        page = read_history(session, where, lang, batch, before)
        yield from page
        if len(page) < batch:
            return
        before = page[-1].id


def count_history(session: Session, where: HistoryFilter, lang: str = "en") -> int:
    """How many rows ``where`` keeps."""
    return session.scalar(select(func.count()).select_from(_TABLE)
                          .where(*_conditions(where, lang))) or 0


def history_people(session: Session) -> list[str]:
    """Everybody the history names, in alphabetical order."""
    who = model.Change.who
    return sorted(session.scalars(select(who).where(who != "").distinct()), key=str.casefold)


def history(session: Session, entity: str, entity_id: int) -> list[model.Change]:
    """The stored rows of one record's changes, oldest first, as the writes recorded them."""
    return list(session.scalars(
        select(model.Change)
        .where(model.Change.entity == entity, model.Change.entity_id == entity_id)
        .order_by(model.Change.id)
    ))


def find_record(session: Session, kind: Kind, name: str) -> int:
    """The id of the record of ``kind`` named ``name`` (in any case when no name is exact).

    Raises:
        UserError: there is no such record.
    """
    cls = _MODELS[kind]
    found = session.scalar(select(cls.id).where(cls.name == name.strip()))
    if found is None:
        wanted = name.strip().casefold()
        found = next((i for i, n in session.execute(select(cls.id, cls.name))
                      if n.casefold() == wanted), None)
    if found is None:
        raise UserError(sentence(f"error.history.unknown.{kind}", name=name.strip()))
    return int(found)


# --- the CSV file ---------------------------------------------------------------------------


def write_history_csv(entries: Iterable[HistoryEntry], out: str | Path, lang: str = "en"
                      ) -> int:
    """Write rows of the history to a CSV file, as the History page shows them.

    Returns:
        How many rows were written.

    Raises:
        UserError: the file must not or cannot be written (nothing was).
    """
    heading = [column.in_(lang) for column in COLUMNS.values()]
    return write_csv(out, heading, (entry.cells() for entry in entries))
