"""The vendor editor: identity, links, chain, locations, transfers, DPA, services, texts."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from registry.assessment import ENTITY, Transfer, vendor_transfers
from registry.checks_of_records import Problems, validate_vendor
from registry.countries import is_country
from registry.enums import LocationKind
from registry.forms import DpaForm, LocationForm, VendorForm, vendor_as_saved
from registry.messages import render
from registry.usecases import load_vendor_form
from registry.validation import registration_problem

from ui.context import AppContext
from ui.editors.base import RecordEditor
from ui.editors.vendor_parts import ChainTree, DescriptionTabs, SafeguardsPanel
from ui.widgets import (
    ChoiceCell,
    Column,
    CountryPicker,
    LinkTable,
    RecordListModel,
    RecordPicker,
    RowsTable,
    StringListEdit,
)
from ui.widgets import labels as choices

CERTIFICATIONS = ("ISO/IEC 27001", "ISO/IEC 27017", "ISO/IEC 27018", "ISO/IEC 27701",
                  "SOC 2 Type II", "SOC 1 Type II", "C5", "PCI DSS", "TISAX",
                  "Cyber Essentials Plus", "HDS", "ENS High")

INTERNAL_STYLE = ("background: #5c2d91; color: white; font-weight: bold; padding: 2px 8px;"
                  "border-radius: 3px;")


class VendorEditor(RecordEditor):
    """Edits one vendor in the side panel (see :class:`RecordEditor` for the interface)."""

    kind = "vendor"
    nested = {"dpa": DpaForm}

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self._snapshot_seen: object = None
        self._last_destinations: dict[str, tuple[str, ...]] | None = None
        super().__init__(context, parent)

    def kind_title(self) -> str:
        return self.tr("Vendor")

    def new_form(self) -> VendorForm:
        return VendorForm()

    def load_form(self, session: Session, record_id: int) -> VendorForm:
        return load_vendor_form(session, record_id)

    def validate_form(self, session: Session, form: Any, record_id: int | None) -> Problems:
        return validate_vendor(session, form, record_id)

    def finish_form(self, form: Any) -> VendorForm:
        if form.dpa == DpaForm():
            form.dpa = None
        return form  # type: ignore[no-any-return]

    # --- building ---------------------------------------------------------------------------

    def build(self) -> None:
        language = self.context.language
        identity = self.section(self.tr("Identity"))
        self.name_edit = self.line(identity, "name", self.tr("&Name"),
                                   self.tr("As customers know it, e.g. Zendesk"), 200)
        self.line(identity, "legal_name", self.tr("&Legal name"),
                  self.tr("The contracting entity, e.g. Zendesk, Inc."), 300)
        self.custom(identity, "former_names", self.tr("Former names"),
                    StringListEdit(placeholder=self.tr("A former name, then Enter")))
        self.registration = self.line(identity, "registration_number",
                                      self.tr("&Registration no."),
                                      self.tr("Organisation or VAT number"), 60)
        self.text(identity, "address", self.tr("Address"), 2)
        self.country = CountryPicker(language, self.content)
        self.custom(identity, "country", self.tr("&Country"), self.country)

        links = self.section(self.tr("Links and contact"))
        self.line(links, "website", self.tr("Website"), "https://")
        self.line(links, "privacy_url", self.tr("Privacy policy"), "https://")
        self.line(links, "dpa_url", self.tr("DPA link"), "https://")
        self.line(links, "contact_email", self.tr("Privacy contact"), self.tr("e-mail address"))

        role = self.section(self.tr("Role and status"))
        self.choice(role, "role", self.tr("Role"), choices.vendor_roles())
        self.choice(role, "status", self.tr("Status"), choices.vendor_statuses())
        self.date(role, "start_date", self.tr("Start date"))
        self.date(role, "end_date", self.tr("End date"))

        chain = self.section(self.tr("Sub-processor chain"))
        self.parent_model = RecordListModel(self.tr("(none: contracted directly)"), self)
        self.parent_picker = RecordPicker(self.parent_model, self.content)
        self.custom(chain, "parent_id", self.tr("&Parent vendor"), self.parent_picker)
        self.chain_tree = ChainTree(self.content)
        chain.addRow(self.chain_tree)

        locations = self.section(self.tr("Locations: where the data is hosted or accessed"))
        self.locations = RowsTable([
            Column("country", self.tr("Country"), lambda p: CountryPicker(language, p)),
            Column("kind", self.tr("Kind"), lambda p: ChoiceCell(choices.location_kinds(), p)),
            Column("detail", self.tr("Detail"), stretch=True),
        ], self.tr("Add location"), self.content)
        self.bind(locations, "locations", None, self.locations, self._locations,
                  self._set_locations, self.locations.edited)

        transfers = self.section(self.tr("Transfers to third countries"))
        self.safeguards = SafeguardsPanel(self.context.facts, language, self.context.today,
                                          self.content)
        self.custom(transfers, "safeguards", None, self.safeguards)

        dpa = self.section(self.tr("Data processing agreement"))
        self.date(dpa, "dpa.signed_date", self.tr("Signed"))
        self.line(dpa, "dpa.version", self.tr("Version"), max_length=60)
        self.text(dpa, "dpa.reference", self.tr("Reference or file"), 2)
        self.date(dpa, "dpa.review_date", self.tr("Review by"))
        self.spin(dpa, "dpa.notice_days", self.tr("Notice of changes"), 0, 365,
                  lambda n: self.tr(" day(s)", "", n), optional=True)

        services = self.section(self.tr("Services that use this vendor"))
        self.services = LinkTable(self.tr("Service"), self.tr("Purpose"),
                                  self.tr("Add service"), self.content)
        self.custom(services, "services", None, self.services)

        public = self.section(self.tr("Public description (on the sub-processor list)"))
        self.custom(public, "descriptions", None, DescriptionTabs(self.content))

        internal = self.section(self.tr("Internal notes"))
        self.internal_badge = QLabel(self.tr("Internal — never published"), self.content)
        self.internal_badge.setObjectName("internalBadge")
        self.internal_badge.setStyleSheet(INTERNAL_STYLE)
        self.internal_badge.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.internal_badge.setWordWrap(True)
        internal.addRow(self.internal_badge)
        self.internal_notes = self.text(internal, "internal_notes", None, 4,
                                        self.tr("Contract details, contacts, open questions…"))
        self.internal_notes.setAccessibleName(self.tr("Internal notes, never published"))

        review = self.section(self.tr("Review and certifications"))
        self.date(review, "last_reviewed", self.tr("Last reviewed"))
        self.date(review, "next_review", self.tr("Next review"))
        self.custom(review, "certifications", self.tr("Certifications"),
                    StringListEdit(CERTIFICATIONS, self.tr("e.g. ISO/IEC 27001, then Enter")))
        self.registration.textEdited.connect(self._check_registration)
        self.country.edited.connect(self._check_registration)
        self.refresh_choices()

    def _locations(self) -> list[LocationForm]:
        return [LocationForm(row["country"], LocationKind(row["kind"]), row["detail"])
                for row in self.locations.value()]

    def _set_locations(self, locations: list[LocationForm] | None) -> None:
        self.locations.setValue({"country": loc.country, "kind": loc.kind, "detail": loc.detail}
                                for loc in locations or [])

    # --- following the form -----------------------------------------------------------------

    def refresh_choices(self) -> None:
        snapshot = self.context.snapshot()
        if snapshot is self._snapshot_seen:
            return
        self._snapshot_seen = snapshot
        self.chain_tree.set_snapshot(snapshot)
        self.parent_picker.set_records((v.id, v.name) for v in snapshot.vendors.values())
        self.services.set_records([(s.id, s.name) for s in snapshot.services.values()])

    def _not_parents(self) -> set[int]:
        """The vendor itself and everything below it: none can be its parent."""
        record_id = self.record_id()
        if record_id is None:
            return set()
        return {record_id} | self.chain_tree.descendants(record_id)

    def form_shown(self, form: Any) -> None:
        self.parent_picker.set_disabled(self._not_parents())
        self.parent_picker.setValue(form.parent_id)
        record_id = self.record_id()
        self.safeguards.set_verdicts(
            None if record_id is None
            else self.context.assessment().transfers_of(record_id))
        self._last_destinations = None
        self.form_edited()

    def form_edited(self) -> None:
        self.safeguards.set_vendor_name(self._bindings["legal_name"].get().strip()
                                        or self.name_edit.text().strip())
        self._follow_destinations()
        self.safeguards.set_previews(self._preview())
        self.chain_tree.show_chain(self.context.snapshot(), self.record_id(),
                                   self.name_edit.text().strip(), self.parent_picker.value())

    def _preview(self) -> list[Transfer] | None:
        """The transfers as the vendor would have them saved as it is now; None while it
        is the saved record."""
        if self._loading or (self.record_id() is not None and not self.is_dirty()):
            return None
        vendor = vendor_as_saved(self.form(), self.record_id() or 0)
        # The chain names the vendor in findings only, not in a transfer's verdict.
        return vendor_transfers(vendor, (vendor.name,), self.context.today(),
                                self.context.facts)

    def _follow_destinations(self) -> None:
        """A safeguard row per third-country destination of the country and locations."""
        found: dict[str, list[str]] = {}
        country = self.country.code()
        if is_country(country):
            found[country] = [ENTITY]
        for loc in self._locations():
            if is_country(loc.country):
                vias = found.setdefault(loc.country, [])
                if loc.kind.value not in vias:
                    vias.append(loc.kind.value)
        destinations = {c: tuple(v) for c, v in found.items()}
        if destinations != self._last_destinations:
            self._last_destinations = destinations
            self.safeguards.set_destinations(destinations)

    def _check_registration(self) -> None:
        """The registration number checked for the country at every keystroke."""
        country = self.country.code()
        problem = (registration_problem(country, self.registration.text())
                   if is_country(country) else None)
        with self.keeping_still():
            self._bindings["registration_number"].error.set_message(
                render(problem, self.context.ui_language) if problem else None)
