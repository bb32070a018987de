"""Whole-registry operations: is it empty, clear it (before a replacing import or demo)."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from registry import model
from registry.errors import UserError
from registry.messages import msg, sentence
from registry.storage import take_turns

CONTENT = (
    (model.Vendor, "vendors"),
    (model.Service, "services"),
    (model.Activity, "activities"),
)
"""The kinds of record a registry holds, each with the message that names them
(``error.registry.<kind>``: "vendors", "processing activities")."""

CHILDREN_FIRST = (
    model.ActivityService,
    model.ActivityVendor,
    model.ServiceVendor,
    model.Dpa,
    model.Safeguard,
    model.Location,
    model.Activity,
    model.Service,
    model.Vendor,
)
"""The record tables in an order in which they can be emptied."""


def held(session: Session) -> list[str]:
    """The kinds of record the registry holds ("vendors", "services", "activities"), in the
    order of CONTENT.

    What it finds stays true for the rest of the session's transaction: another program that
    fills or empties the registry waits for it (and it for them, :func:`take_turns`).
    """
    take_turns(session)
    return [
        label for entity, label in CONTENT
        if session.execute(select(entity.id).limit(1)).first() is not None
    ]


def is_empty(session: Session) -> bool:
    """True when the registry holds no vendor, service or activity."""
    return not held(session)


def ensure_empty(session: Session) -> None:
    """Refuse a registry that already has vendors, services or processing activities."""
    kinds = held(session)
    if kinds:
        raise UserError(sentence("error.registry.not_empty",
                                 kind=msg(f"error.registry.{kinds[0]}")))


def clear_records(session: Session) -> None:
    """Delete every vendor, service and activity with what hangs on them."""
    # parent_id is ON DELETE RESTRICT, checked row by row: unlink the chains first.
    session.execute(update(model.Vendor).values(parent_id=None))
    for table in CHILDREN_FIRST:
        session.execute(delete(table))


def clear_registry(session: Session, who: str = "") -> None:
    """Delete every record and the organisation (the history of changes stays, with a line
    saying so)."""
    clear_records(session)
    session.execute(delete(model.Organisation))
    session.add(model.Change(who=who, entity="registry", action="clear", record="registry"))
    session.flush()
