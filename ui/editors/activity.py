"""The processing activity editor: every Article 30 field, its vendors and services, the
transfers that follow from them, and how complete the record is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registry.assessment import Art30Item, Transfer, art30_items
from registry.checks_of_records import Problems, validate_activity
from registry.citations import cite
from registry.countries import country_name
from registry.enums import ActivityRole, LegalBasis
from registry.forms import ACTIVITY_COLUMNS, ActivityForm
from registry.messages import capitalised
from registry.snapshot import ActivityRow
from registry.usecases import load_activity_form

from ui.context import AppContext
from ui.editors.base import RecordEditor
from ui.icons import text_colour, verdict_icon
from ui.models import label
from ui.widgets import CheckList, Column, RowsTable, StringListEdit
from ui.widgets import labels as choices


class CompletenessPanel(QWidget):
    """Each Article 30 item of the record, ticked when it is filled in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("art30Completeness")
        self.heading = QLabel(self)
        self.heading.setObjectName("art30Heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        self._rows: list[tuple[QLabel, QLabel]] = []
        self.items: list[Art30Item] = []

    def show_items(self, items: Sequence[Art30Item], language: str = "en") -> None:
        if list(items) == self.items:
            return
        self.items = list(items)
        while len(self._rows) < len(items):
            icon, text = QLabel(self), QLabel(self)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            row = len(self._rows)
            self.grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, 1)
            self._rows.append((icon, text))
        size = self.fontMetrics().height()
        for (icon, text), item in zip(self._rows, items, strict=False):
            verdict = "ok" if item.complete else "warning"
            icon.setPixmap(verdict_icon(verdict).pixmap(size, size))
            icon.setAccessibleName(self.tr("complete") if item.complete
                                   else self.tr("incomplete"))
            # The citation stays on one line (no "(artikel" above "30.1 c)").
            cited = item.reference().in_(language).replace(" ", "\N{NO-BREAK SPACE}")
            title = f"{item.title_in(language)} ({cited})"
            text.setText(title if item.complete else f"{title}: {item.fix_in(language)}")
            text.setStyleSheet("" if item.complete
                               else f"color: {text_colour('warning').name()};")
            icon.show()
            text.show()
        for icon, text in self._rows[len(items):]:
            icon.hide()
            text.hide()
        done = sum(1 for item in items if item.complete)
        self.heading.setText(self.tr("Article 30: {0} of {1} items complete").format(
            done, len(items)))

    def complete_codes(self) -> list[str]:
        return [item.code for item in self.items if item.complete]


class TransfersView(QTreeWidget):
    """The third-country transfers of the linked vendors, with their saved verdicts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setHeaderLabels([self.tr("Vendor"), self.tr("Destination"), self.tr("Basis"),
                              self.tr("Verdict")])
        self.setAccessibleName(self.tr("Third-country transfers"))
        self.setFixedHeight(self.fontMetrics().height() * 8)

    def show_transfers(self, transfers: Sequence[Transfer], language: str) -> None:
        self.clear()
        for t in transfers:
            item = QTreeWidgetItem(self, [
                " → ".join(t.chain) if len(t.chain) > 1 else t.vendor_name,
                f"{country_name(t.country, language)} ({t.country})",
                t.basis_in(language), label(t.verdict),
            ])
            item.setIcon(3, verdict_icon(t.verdict))
            item.setToolTip(3, capitalised(t.message_in(language)))
            item.setForeground(3, text_colour(t.verdict))
        for column in range(3):
            self.resizeColumnToContents(column)


class ActivityEditor(RecordEditor):
    """Edits one Article 30 record in the side panel (see :class:`RecordEditor`)."""

    kind = "activity"
    hidden_findings = ("activity.art",)  # the completeness panel shows them, live

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self._snapshot_seen: object = None
        self._transfers_of: tuple[object, tuple[int, ...]] = (None, ())
        self._transfers: list[Transfer] = []
        super().__init__(context, parent)

    def kind_title(self) -> str:
        return self.tr("Processing activity")

    def new_form(self) -> ActivityForm:
        return ActivityForm()

    def load_form(self, session: Session, record_id: int) -> ActivityForm:
        return load_activity_form(session, record_id)

    def validate_form(self, session: Session, form: Any, record_id: int | None) -> Problems:
        return validate_activity(session, form, record_id)

    # --- building ---------------------------------------------------------------------------

    def build(self) -> None:
        completeness = self.section(self.tr("Completeness"))
        self.completeness = CompletenessPanel(self.content)
        completeness.addRow(self.completeness)

        record = self.section(self.tr("Record"))
        self.line(record, "name", self.tr("&Name"), self.tr("e.g. Customer support"), 200)
        self.choice(record, "role", self.tr("Role"), choices.activity_roles())
        self.line(record, "business_function", self.tr("Business function"),
                  self.tr("e.g. Customer service, HR"), 200)

        why = self.section(self.tr("Purposes and legal basis"))
        self.purposes = self.text(why, "purposes", self.tr("&Purposes"), 3,
                                  self.tr("Why the data is processed"))
        lang = self.context.language
        self.choice(why, "legal_basis", self.tr("Legal basis ({0})").format(cite(6, lang=lang)),
                    choices.legal_bases())
        self.text(why, "legal_basis_detail", self.tr("Basis in detail"), 2,
                  self.tr("The contract, law or consent text relied on"))
        self.text(why, "legitimate_interests", self.tr("Legitimate interests"), 2,
                  self.tr("The interests and the balancing test"))
        self.choice(why, "art9_condition",
                    self.tr("Special categories ({0})").format(cite(9, lang=lang)),
                    choices.art9_conditions())

        data = self.section(self.tr("People and data"))
        tr = self.tr
        self.custom(data, "data_subjects", tr("Data subjects"), StringListEdit(
            [tr("Customers"), tr("Customers' end users"), tr("Employees"), tr("Job applicants"),
             tr("Website visitors"), tr("Prospects"), tr("Suppliers' contacts")],
            tr("e.g. Customers, then Enter")))
        self.custom(data, "data_categories", tr("Personal data"), StringListEdit(
            [tr("Contact details"), tr("Identification data"), tr("Traffic data"),
             tr("Billing data"), tr("Payment data"), tr("Location data"),
             tr("Content of communications"), tr("Technical logs"), tr("Employment data"),
             tr("Health data")],
            tr("e.g. Contact details, then Enter")))
        self.custom(data, "recipients", tr("Recipients"), StringListEdit(
            [tr("Processors (our vendors)"), tr("Tax authority"), tr("Auditors"), tr("Banks"),
             tr("Public authorities"), tr("Group companies")],
            tr("e.g. Tax authority, then Enter")))
        self.retention = RowsTable([
            Column("category", tr("Data category"), stretch=True),
            Column("period", tr("Kept for"), stretch=True),
        ], tr("Add retention period"), self.content)
        self.custom(data, "retention", tr("Erasure time limits"), self.retention)

        protection = self.section(tr("Protection and rights"))
        self.text(protection, "security_measures", tr("Security measures"), 3,
                  tr("Technical and organisational measures ({0})").format(
                      cite(32, lang=self.context.language)))
        self.text(protection, "source", tr("Source of the data"), 2)
        self.text(protection, "rights", tr("Rights available"), 2)
        self.text(protection, "automated_decisions", tr("Automated decisions"), 2)
        self.choice(protection, "dpia_status", tr("DPIA"), choices.dpia_statuses())
        self.line(protection, "dpia_link", tr("DPIA link"), "https://")

        controllers = self.section(tr("Controllers"))
        self.controllers = RowsTable([
            Column("name", tr("Controller or customer group"), stretch=True),
            Column("contact", tr("Contact"), stretch=True),
        ], tr("Add controller"), self.content)
        self.custom(controllers, "controllers", tr("Processing on behalf of"), self.controllers)
        self.text(controllers, "joint_controllers", tr("Joint controllers"), 2)

        links = self.section(tr("Vendors and services"))
        self.vendors = CheckList(tr("vendors"), self.content)
        self.custom(links, "vendor_ids", tr("Vendors"), self.vendors)
        self.services = CheckList(tr("services"), self.content)
        self.custom(links, "service_ids", tr("Services"), self.services)

        transfers = self.section(tr("Third-country transfers"))
        self.transfers = TransfersView(self.content)
        transfers.addRow(self.transfers)
        self.text(transfers, "transfer_notes", tr("Transfer notes"), 2,
                  tr("Document Art. 49(1) second-subparagraph transfers here"))

        review = self.section(tr("Review"))
        self.date(review, "last_reviewed", tr("Last reviewed"))
        self.date(review, "next_review", tr("Next review"))
        self.refresh_choices()

    # --- following the form -----------------------------------------------------------------

    def refresh_choices(self) -> None:
        snapshot = self.context.snapshot()
        if snapshot is self._snapshot_seen:
            return
        self._snapshot_seen = snapshot
        self.vendors.set_records([(v.id, v.name) for v in snapshot.vendors.values()])
        self.services.set_records([(s.id, s.name) for s in snapshot.services.values()])

    def form_shown(self, form: Any) -> None:
        self.form_edited()

    def form_edited(self) -> None:
        form: ActivityForm = self.form()
        self.set_field_visible("legitimate_interests",
                               form.legal_basis == LegalBasis.LEGITIMATE_INTERESTS)
        self.set_field_visible("controllers", form.role == ActivityRole.PROCESSOR)
        transfers = self._linked_transfers(form.vendor_ids)
        row = ActivityRow(
            id=self.record_id() or 0,
            **{name: getattr(form, name) for name in ACTIVITY_COLUMNS},
            row_version=form.row_version or 0,
            vendor_ids=tuple(form.vendor_ids), service_ids=tuple(form.service_ids),
        )
        self.completeness.show_items(
            art30_items(row, self.context.snapshot().organisation, transfers),
            self.context.language)

    def _linked_transfers(self, vendor_ids: list[int]) -> list[Transfer]:
        """The saved transfers of the linked vendors (recomputed when the links change)."""
        assessment = self.context.assessment()
        shown_for, shown_ids = self._transfers_of
        if shown_for is not assessment or shown_ids != tuple(vendor_ids):
            self._transfers_of = (assessment, tuple(vendor_ids))
            wanted = set(vendor_ids)
            self._transfers = [t for t in assessment.transfers if t.vendor_id in wanted]
            self.transfers.show_transfers(self._transfers, self.context.language)
        return self._transfers

