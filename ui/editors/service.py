"""The service editor: name, description, and the vendors it uses with their purposes."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from PySide6.QtWidgets import QWidget

from registry.checks_of_records import Problems, validate_service
from registry.forms import ServiceForm
from registry.usecases import load_service_form

from ui.context import AppContext
from ui.editors.base import RecordEditor
from ui.widgets import LinkTable


class ServiceEditor(RecordEditor):
    """Edits one service in the side panel (see :class:`RecordEditor` for the interface)."""

    kind = "service"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self._snapshot_seen: object = None
        super().__init__(context, parent)

    def kind_title(self) -> str:
        return self.tr("Service")

    def new_form(self) -> ServiceForm:
        return ServiceForm()

    def load_form(self, session: Session, record_id: int) -> ServiceForm:
        return load_service_form(session, record_id)

    def validate_form(self, session: Session, form: Any, record_id: int | None) -> Problems:
        return validate_service(session, form, record_id)

    def build(self) -> None:
        service = self.section(self.tr("Service"))
        self.line(service, "name", self.tr("&Name"), self.tr("e.g. SMS gateway"), 200)
        self.text(service, "description", self.tr("Description"), 3)
        vendors = self.section(self.tr("Vendors used, and for what"))
        self.vendors = LinkTable(self.tr("Vendor"), self.tr("Purpose"), self.tr("Add vendor"),
                                 self.content)
        self.custom(vendors, "vendors", None, self.vendors)
        self.refresh_choices()

    def refresh_choices(self) -> None:
        snapshot = self.context.snapshot()
        if snapshot is not self._snapshot_seen:
            self._snapshot_seen = snapshot
            self.vendors.set_records([(v.id, v.name) for v in snapshot.vendors.values()])
