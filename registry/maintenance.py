"""Whole-registry operations: is it empty, clear it (before a replacing import or demo)."""

from __future__ import annotations

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from registry import model

CONTENT = (model.Vendor, model.Service, model.Activity)

CLEAR_ORDER = (
    model.ActivityService,
    model.ActivityVendor,
    model.ServiceVendor,
    model.Location,
    model.Safeguard,
    model.Dpa,
    model.Activity,
    model.Service,
)


def is_empty(session: Session) -> bool:
    """True when the registry holds no vendor, service or activity."""
    return all(
        session.scalar(select(func.count()).select_from(table)) == 0 for table in CONTENT
    )


def clear_registry(session: Session, who: str = "") -> None:
    """Delete every record (the history of changes stays, with a line saying so)."""
    for table in CLEAR_ORDER:
        session.execute(delete(table))
    session.execute(update(model.Vendor).values(parent_id=None))
    session.execute(delete(model.Vendor))
    session.execute(delete(model.Organisation))
    session.add(model.Change(who=who, entity="registry", action="clear", record="registry"))
    session.flush()
