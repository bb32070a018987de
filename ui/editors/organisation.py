"""The organisation's details: who keeps the registry, its contacts, DPO and roles."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from PySide6.QtWidgets import QWidget

from registry.checks_of_records import Problems, validate_organisation
from registry.citations import cite
from registry.forms import OrganisationForm
from registry.usecases import ORGANISATION_ID, load_organisation_form

from ui.context import AppContext
from ui.editors.base import RecordEditor
from ui.undo import RecordCommand, UpdateRecordCommand
from ui.widgets import CountryPicker


class OrganisationEditor(RecordEditor):
    """Edits the organisation's details; there is one, so it loads itself.

    ``load()`` ignores the id it is given and :meth:`record_id` is always 1.
    """

    kind = "organisation"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.load(ORGANISATION_ID)

    def kind_title(self) -> str:
        return self.tr("Organisation")

    def new_form(self) -> OrganisationForm:
        return OrganisationForm()

    def load_form(self, session: Session, record_id: int) -> OrganisationForm:
        return load_organisation_form(session)

    def validate_form(self, session: Session, form: Any, record_id: int | None) -> Problems:
        return validate_organisation(form)

    def load(self, record_id: int | None) -> None:
        super().load(ORGANISATION_ID)

    def make_command(self, form: Any) -> RecordCommand:
        return UpdateRecordCommand(self.context, "organisation", ORGANISATION_ID,
                                   self._loaded, form)

    def build(self) -> None:
        who = self.section(self.tr("Organisation"))
        self.line(who, "name", self.tr("&Name"), max_length=200)
        self.line(who, "registration_number", self.tr("Registration no."), max_length=40)
        self.text(who, "address", self.tr("Address"), 2)
        self.custom(who, "country", self.tr("Country"),
                    CountryPicker(self.context.language, self.content))
        self.line(who, "email", self.tr("E-mail"))
        self.line(who, "phone", self.tr("Phone"), max_length=60)
        self.line(who, "website", self.tr("Website"), "https://")

        lang = self.context.language
        roles = self.section(self.tr("Roles ({0})").format(cite(30, lang=lang)))
        own, customers = cite(30, 1, lang=lang), cite(30, 2, lang=lang)
        self.check(roles, "is_controller", self.tr("Controller"),
                   self.tr("Controller of its own processing ({0})").format(own))
        self.check(roles, "is_processor", self.tr("Processor"),
                   self.tr("Processor for its customers ({0})").format(customers))

        dpo = self.section(self.tr("Data protection officer and representative"))
        self.line(dpo, "dpo_name", self.tr("DPO"), max_length=200)
        self.line(dpo, "dpo_email", self.tr("DPO e-mail"))
        self.line(dpo, "dpo_phone", self.tr("DPO phone"), max_length=60)
        self.text(dpo, "representative", self.tr("EU representative"), 2)
        self.line(dpo, "supervisory_authority", self.tr("Supervisory authority"),
                  self.tr("e.g. Datatilsynet"), 200)

        notices = self.section(self.tr("Sub-processor changes and reviews"))
        self.line(notices, "objection_contact", self.tr("Objections to"),
                  self.tr("Where customers send objections"), 200)
        self.spin(notices, "notice_days", self.tr("Notice period"), 0, 365,
                  lambda n: self.tr(" day(s)", "", n))
        self.spin(notices, "review_interval_months", self.tr("Review every"), 1, 120,
                  lambda n: self.tr(" month(s)", "", n))
