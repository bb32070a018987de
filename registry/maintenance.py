"""Whole-registry operations: is it empty, clear it (before a replacing import or demo)."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from registry import model
from registry.errors import UserError

CONTENT = (
    (model.Vendor, "vendors"),
    (model.Service, "services"),
    (model.Activity, "processing activities"),
)
"""The kinds of record a registry holds, with their names for messages."""

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
    """The kinds of record the registry holds ("vendors", ...), in the order of CONTENT."""
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
        raise UserError(
            f"The registry already holds {kinds[0]}. Load the demo or a synthetic registry "
            "into a new, empty registry file."
        )


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
