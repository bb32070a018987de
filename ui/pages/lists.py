"""The list pages: vendors, services, processing activities and transfers.

Each is a :class:`ui.pages.list_page.ListPage` with its texts, filters, column widths and
editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QVBoxLayout, QWidget

from registry.country_names import country_options
from registry.enums import ActivityRole, DpiaStatus, VendorRole, VendorStatus

from ui.context import AppContext
from ui.models import (
    ActivityTableModel,
    ServiceTableModel,
    TransferTableModel,
    VendorTableModel,
    activity_role_label,
    label,
)
from ui.pages.list_page import FilterSpec, ListPage, refill_choices
from ui.pages.whatif import WhatIfBar
from ui.settings import Settings

if TYPE_CHECKING:
    from ui.editors.base import RecordEditor


class VendorsPage(ListPage):
    """Every vendor and sub-processor."""

    page_key = "vendors"
    kind = "vendor"
    model_class = VendorTableModel

    def editor_class(self) -> type[RecordEditor]:
        from ui.editors.vendor import VendorEditor

        return VendorEditor

    def list_title(self) -> str:
        return self.tr("Vendors")

    def search_placeholder(self) -> str:
        return self.tr("Search names, countries… (Ctrl+F)")

    def search_tip(self) -> str:
        return self.tr("Finds vendors by name, former name, legal entity, registration number, "
                       "website, role, status, and by every country where they process data "
                       "(by code, or by name in English or your language).")

    def placeholder_text(self) -> str:
        return self.tr("Select a vendor to see and edit it, or press Ctrl+N to add one.")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%n vendor(s)", "", total)
        return self.tr("{0} of %n vendor(s)", "", total).format(shown)

    def filter_specs(self) -> list[FilterSpec]:
        return [
            ("role", self.tr("Role"), [(r.value, label(r)) for r in VendorRole]),
            ("status", self.tr("Status"), [(s.value, label(s)) for s in VendorStatus]),
            ("country", self.tr("Country"), []),
            ("region", self.tr("Region"), [
                ("eea", self.tr("EU/EEA only")),
                ("third", self.tr("Third countries")),
            ]),
            ("verdict", self.tr("Verdict"), [
                ("attention", self.tr("Errors and warnings")),
                ("error", self.tr("Errors")),
                ("warning", self.tr("Warnings")),
                ("info", self.tr("Notes")),
                ("ok", self.tr("OK")),
            ]),
            ("review", self.tr("Review"), [
                ("due", self.tr("Overdue or due within 30 days")),
                ("overdue", self.tr("Overdue")),
                ("soon", self.tr("Due within 30 days")),
            ]),
        ]

    def _refresh_filter_options(self) -> None:
        combo = self.filter_combos["country"]
        codes = cast(VendorTableModel, self.model).countries()
        refill_choices(combo, country_options(codes, self.context.language))

    def column_widths(self) -> dict[str, int]:
        return {"name": 40, "legal_name": 32, "hosting": 24, "third": 24}


class ServicesPage(ListPage):
    """The organisation's services and the vendors each uses."""

    page_key = "services"
    kind = "service"
    model_class = ServiceTableModel

    def editor_class(self) -> type[RecordEditor]:
        from ui.editors.service import ServiceEditor

        return ServiceEditor

    def list_title(self) -> str:
        return self.tr("Services")

    def search_placeholder(self) -> str:
        return self.tr("Search services and their vendors… (Ctrl+F)")

    def placeholder_text(self) -> str:
        return self.tr("Select a service to see and edit it, or press Ctrl+N to add one.")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%n service(s)", "", total)
        return self.tr("{0} of %n service(s)", "", total).format(shown)

    def filter_specs(self) -> list[FilterSpec]:
        return [
            ("verdict", self.tr("Verdict"), [
                ("attention", self.tr("Errors and warnings")),
                ("error", self.tr("Errors")),
                ("warning", self.tr("Warnings")),
                ("ok", self.tr("OK")),
            ]),
        ]

    def column_widths(self) -> dict[str, int]:
        return {"name": 40, "third": 30, "description": 50}


class ActivitiesPage(ListPage):
    """The Article 30 records of processing."""

    page_key = "activities"
    kind = "activity"
    model_class = ActivityTableModel

    def editor_class(self) -> type[RecordEditor]:
        from ui.editors.activity import ActivityEditor

        return ActivityEditor

    def list_title(self) -> str:
        return self.tr("Processing activities")

    def search_placeholder(self) -> str:
        return self.tr("Search records, purposes, data, vendors… (Ctrl+F)")

    def placeholder_text(self) -> str:
        return self.tr(
            "Select a processing activity to see and edit it, or press Ctrl+N to add one.")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%n record(s)", "", total)
        return self.tr("{0} of %n record(s)", "", total).format(shown)

    def filter_specs(self) -> list[FilterSpec]:
        return [
            ("role", self.tr("Role"), [(r.value, activity_role_label(r)) for r in ActivityRole]),
            ("dpia", self.tr("DPIA"), [(s.value, label(s)) for s in DpiaStatus]),
            ("verdict", self.tr("Verdict"), [
                ("attention", self.tr("Errors and warnings")),
                ("warning", self.tr("Warnings")),
                ("info", self.tr("Notes")),
                ("ok", self.tr("OK")),
            ]),
        ]

    def column_widths(self) -> dict[str, int]:
        return {"name": 40, "function": 24, "basis": 24}


class TransfersPage(ListPage):
    """Every third-country transfer; the vendor's editor beside it.

    Above the list, the what-if bar (:mod:`ui.pages.whatif`): under a supposition the list
    shows the transfers as supposed, each that changes shaded, with today's verdict in its
    tooltip, and a filter of the changes.
    """

    page_key = "transfers"
    kind = ""
    deletable = False
    model_class = TransferTableModel
    fill_key = "message"  # what to do, the longest text

    def __init__(self, context: AppContext, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, settings, parent)
        self.what_if = WhatIfBar(context, self.tr("Show only these"), self, names=False)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.what_if)
        self.what_if.showChanges.connect(self.show_changes)
        context.supposition_changed.connect(self._supposition_changed)
        self._supposition_changed()

    def editor_class(self) -> type[RecordEditor]:
        from ui.editors.vendor import VendorEditor

        return VendorEditor

    def list_title(self) -> str:
        return self.tr("Transfers")

    def search_placeholder(self) -> str:
        return self.tr("Search vendors, countries, mechanisms… (Ctrl+F)")

    def placeholder_text(self) -> str:
        return self.tr("Select a transfer to see and edit its vendor, with the safeguard of "
                       "each destination.")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%n transfer(s)", "", total)
        return self.tr("{0} of %n transfer(s)", "", total).format(shown)

    def filter_specs(self) -> list[FilterSpec]:
        return [
            ("country", self.tr("Country"), []),
            ("verdict", self.tr("Verdict"), [
                ("attention", self.tr("Errors and warnings")),
                ("error", self.tr("Errors")),
                ("warning", self.tr("Warnings")),
                ("ok", self.tr("OK")),
            ]),
            ("change", self.tr("Against today"), [
                ("any", self.tr("Every change")),
                ("fails", self.tr("Would fail")),
                ("recovers", self.tr("Would no longer fail")),
            ]),
        ]

    def _supposition_changed(self) -> None:
        """The changes filter is there while the window supposes something."""
        combo = self.filter_combos["change"]
        supposing = self.context.supposition() is not None
        if not supposing:
            combo.setCurrentIndex(0)
        combo.setVisible(supposing)
        self._place_filters()

    def show_changes(self, kind: str) -> None:
        """Show only the transfers of one kind of change against today (``fails``, ...)."""
        self.ensure_fresh()
        self.search.clear()
        for key, combo in self.filter_combos.items():
            if key != "change":
                combo.setCurrentIndex(0)
        combo = self.filter_combos["change"]
        combo.setCurrentIndex(max(combo.findData(kind), 0))

    def set_context(self, context: AppContext) -> None:
        self.context.supposition_changed.disconnect(self._supposition_changed)
        super().set_context(context)
        self.what_if.set_context(context)
        context.supposition_changed.connect(self._supposition_changed)
        self._supposition_changed()

    def _refresh_filter_options(self) -> None:
        codes: set[str] = set()
        for row in self.model.rows():
            codes.update(row.tags["country"])
        refill_choices(self.filter_combos["country"],
                       country_options(codes, self.context.language))

    def column_widths(self) -> dict[str, int]:
        return {"vendor": 30, "chain": 34, "basis": 70, "message": 60}

    def show_country(self, code: str) -> None:
        """Show only the transfers to one country."""
        self.ensure_fresh()
        self.search.clear()
        for key, combo in self.filter_combos.items():
            if key != "country":
                combo.setCurrentIndex(0)
        combo = self.filter_combos["country"]
        index = combo.findData(code)
        combo.setCurrentIndex(max(index, 0))
