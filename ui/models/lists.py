"""The four lists: vendors, services, processing activities and transfers."""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Mapping, Sequence
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from registry.assessment import Assessment, Transfer
from registry.country_names import CountryNames, quick_fold
from registry.enums import ActivityRole, LocationKind, VendorRole, VendorStatus
from registry.figures import review_due
from registry.messages import capitalised
from registry.snapshot import Snapshot, VendorListing
from registry.whatif import Change, TransferChange, WhatIf

from ui.models.labels import _date, activity_role_label, label, verdict_of
from ui.models.records import VERDICT, Column, LazyRows, RecordTableModel, Row, places_of


class VendorTableModel(RecordTableModel):
    """Every vendor: verdict, name, legal entity, country, role, status, hosting countries,
    third countries, DPA and next review."""

    kind = "vendor"

    def _columns(self) -> list[Column]:
        return [
            Column(VERDICT, ""),
            Column("name", self.tr("Name")),
            Column("legal_name", self.tr("Legal entity")),
            Column("country", self.tr("Country")),
            Column("role", self.tr("Role")),
            Column("status", self.tr("Status")),
            Column("hosting", self.tr("Hosted in")),
            Column("third", self.tr("Third countries"), sort="raw"),
            Column("dpa", self.tr("DPA signed"), sort="raw",
                   tip=self.tr("Date the data processing agreement was signed")),
            Column("review", self.tr("Next review"), sort="date"),
        ]

    _listing: Mapping[int, VendorListing] | None = None
    """The listing the rows show, while the snapshot is not loaded yet."""

    def refresh(self) -> None:
        """Bring the rows up to date; before the snapshot is loaded, from the vendors'
        listing alone.

        A large registry's first screen thus waits for a fraction of a snapshot. When the
        snapshot has come (read in the background with the first assessment), only the rows
        of the vendors that differ from the listing are built again: none, unless somebody
        changed them in between.
        """
        context = self.context
        if not context.has_snapshot():
            listing = context.vendor_listing()
            self._snapshot, self._today, self._assessed = None, context.today(), False
            vendors = list(listing.values())
            ids = [v.id for v in vendors]
            rows = LazyRows(vendors, self._row_builder(), [v.name for v in vendors],
                            self._name_column)
            self.beginResetModel()
            self._set_rows(list[Hashable](ids), ids, rows)
            self._verdicts = {}
            self._sort_rows()
            self.endResetModel()
            self._listing = listing
            return
        super().refresh()
        self._listing = None

    def countries(self) -> set[str]:
        """The countries of every vendor (the country filter's choices), from the rows, or
        from the listing where a row is not built yet."""
        rows = self._rows
        if not isinstance(rows, LazyRows):
            return {code for row in rows for code in row.tags["country"]}
        codes: set[str] = set()
        for position in range(len(rows)):
            row, vendor = rows.peek(position)
            if row is not None:
                codes.update(row.tags["country"])
            else:
                codes.add(vendor.country)
                codes.update([country for _kind, country in vendor.locations])
        codes.discard("")
        return codes

    def _differences(self, new: Snapshot) -> tuple[list[int], list[int]] | None:
        listing = self._listing
        if listing is None or self._snapshot is not None:
            return super()._differences(new)
        after = {i: VendorListing.of(v) for i, v in new.vendors.items()}
        changed = [i for i, row in after.items() if listing.get(i) != row]
        removed = [i for i in listing if i not in after]
        return changed, removed

    def _records(self, snapshot: Snapshot) -> Mapping[int, object]:
        return snapshot.vendors

    def _shown_records(self) -> Mapping[int, object]:
        if self._snapshot is None and self._listing is not None:
            return self._listing
        return super()._shown_records()

    def _load(self, snapshot: Snapshot, only: Collection[int] | None = None
              ) -> Iterable[tuple[Hashable, int, Row]]:
        return self._rows_of(VendorListing.of(v) for v in self._chosen(snapshot.vendors, only))

    def _rows_of(self, vendors: Iterable[VendorListing]) -> Iterator[tuple[Hashable, int, Row]]:
        build = self._row_builder()
        return ((vendor.id, vendor.id, build(vendor)) for vendor in vendors)

    def _row_builder(self) -> Callable[[VendorListing], Row]:
        """How a vendor's row is built (the words and caches shared by every row set up)."""
        context = self.context
        countries = CountryNames(context.language)
        today = context.today()
        in_eea = context.facts.in_eea
        missing = self.tr("missing")
        not_needed = self.tr("not needed")
        formerly = self.tr("Formerly: {0}")
        role_labels = {r: label(r) for r in VendorRole}
        status_labels = {s: label(s) for s in VendorStatus}
        role_search = {r: quick_fold(t) for r, t in role_labels.items()}
        status_search = {s: quick_fold(t) for s, t in status_labels.items()}
        role_tags = {r: frozenset((r.value,)) for r in VendorRole}
        status_tags = {s: frozenset((s.value,)) for s in VendorStatus}
        region_tags = {True: frozenset(("third",)), False: frozenset(("eea",))}
        review_tags = {None: frozenset[str](), "overdue": frozenset(("due", "overdue")),
                       "soon": frozenset(("due", "soon"))}

        Places = tuple[str, frozenset[str], str, str, tuple[int, str], str, frozenset[str]]

        def where(vendor: VendorListing) -> Places:
            """The country's name, the country tags, the hosting and third countries (and
            their sort key), the countries' search text and the region tag: the same for
            every vendor in the same places."""
            codes = vendor.places()
            hosting: list[str] = []
            for kind, country in vendor.locations:
                if kind.value in ("hosting", "backup") and country not in hosting:
                    hosting.append(country)
            third = [code for code in codes if not in_eea(code, today)]
            third_text = countries.names(third)
            return (countries.name(vendor.country), frozenset(codes),
                    countries.names(hosting), third_text, (-len(third), third_text),
                    " | ".join([countries.search(c) for c in codes]),
                    region_tags[bool(third)])

        by_place: dict[tuple[str, tuple[tuple[LocationKind, str], ...]], Places] = {}
        def build(vendor: VendorListing) -> Row:
            key = (vendor.country, vendor.locations)
            found = by_place.get(key)
            if found is None:
                found = by_place[key] = where(vendor)
            (country_name, country_tags, hosting_text, third_text, third_key, country_search,
             region) = found
            if vendor.dpa_signed is not None:
                dpa = dpa_key = vendor.dpa_signed.isoformat()
            elif vendor.role.needs_dpa:
                dpa, dpa_key = missing, "0"
            else:
                dpa, dpa_key = not_needed, "1"
            parts = [vendor.name, vendor.legal_name, vendor.registration_number, vendor.website]
            parts.extend(vendor.former_names)
            search = " | ".join((
                quick_fold(" | ".join(parts)), role_search[vendor.role],
                status_search[vendor.status], country_search,
            ))
            alerts: dict[str, str] | None = None
            if dpa is missing:
                alerts = {"dpa": "error"}
            if vendor.next_review is not None and vendor.next_review < today:
                alerts = (alerts or {}) | {"review": "warning"}
            tooltips = None
            if vendor.former_names:
                tooltips = {"legal_name": vendor.legal_name + "\n" +
                            formerly.format(", ".join(vendor.former_names))}
            return Row(
                cells=("", vendor.name, vendor.legal_name, country_name,
                       role_labels[vendor.role], status_labels[vendor.status],
                       hosting_text, third_text, dpa, _date(vendor.next_review)),
                search=search,
                tags={
                    "role": role_tags[vendor.role],
                    "status": status_tags[vendor.status],
                    "country": country_tags,
                    "region": region,
                    # As the Overview counts them: vendors in use only.
                    "review": review_tags[review_due(vendor.next_review, today)
                                          if vendor.in_use(today) else None],
                },
                keys={"third": third_key, "dpa": dpa_key},
                tooltips=tooltips,
                alerts=alerts,
            )

        return build


class ServiceTableModel(RecordTableModel):
    """Every service: verdict (the worst of its vendors), name, vendors, description."""

    kind = "service"

    def _columns(self) -> list[Column]:
        return [
            Column(VERDICT, ""),
            Column("name", self.tr("Name")),
            Column("vendors", self.tr("Vendors"), sort="number"),
            Column("third", self.tr("Third-country vendors"), sort="number"),
            Column("description", self.tr("Description")),
        ]

    def _records(self, snapshot: Snapshot) -> Mapping[int, object]:
        return snapshot.services

    def _load(self, snapshot: Snapshot, only: Collection[int] | None = None
              ) -> Iterable[tuple[Hashable, int, Row]]:
        context = self.context
        today = context.today()
        third_vendors: set[int] = set()
        eea: dict[str, bool] = {}
        for vendor in snapshot.vendors.values():
            for code in places_of(vendor):
                inside = eea.get(code)
                if inside is None:
                    inside = eea[code] = context.facts.in_eea(code, today)
                if not inside:
                    third_vendors.add(vendor.id)
                    break
        vendors = snapshot.vendors
        for service in self._chosen(snapshot.services, only):
            count = len(service.vendors)
            third_count = sum(1 for vid, _ in service.vendors if vid in third_vendors)
            description = service.description.strip()
            first_line = description.splitlines()[0] if description else ""
            names = " | ".join(vendors[vid].name for vid, _ in service.vendors if vid in vendors)
            yield service.id, service.id, Row(
                cells=("", service.name, str(count), str(third_count), first_line),
                search=quick_fold(f"{service.name} | {description} | {names}"),
                tags={},
                tooltips={"description": description} if description != first_line else None,
            )

    def _load_verdicts(self, assessment: Assessment) -> dict[Hashable, str]:
        worst = assessment.worst()
        verdicts: dict[Hashable, str] = {}
        snapshot = self.context.snapshot()
        for service_id in self._record_ids:
            best = 3
            own = worst.get(("service", service_id))
            if own is not None:
                best = own.rank
            service = snapshot.services.get(service_id)
            for vid, _ in service.vendors if service else ():
                severity = worst.get(("vendor", vid))
                if severity is not None and severity.rank < best:
                    best = severity.rank
            verdicts[service_id] = ("error", "warning", "info", "ok")[best]
        return verdicts


class ActivityTableModel(RecordTableModel):
    """Every processing activity (Art. 30 record)."""

    kind = "activity"

    def _columns(self) -> list[Column]:
        return [
            Column(VERDICT, ""),
            Column("name", self.tr("Name")),
            Column("role", self.tr("Role")),
            Column("function", self.tr("Business function")),
            Column("basis", self.tr("Legal basis")),
            Column("vendors", self.tr("Vendors"), sort="number"),
            Column("dpia", self.tr("DPIA"),
                   tip=self.tr("Data protection impact assessment (DPIA)")),
            Column("review", self.tr("Next review"), sort="date"),
        ]

    def _records(self, snapshot: Snapshot) -> Mapping[int, object]:
        return snapshot.activities

    def _load(self, snapshot: Snapshot, only: Collection[int] | None = None
              ) -> Iterable[tuple[Hashable, int, Row]]:
        vendors = snapshot.vendors
        services = snapshot.services
        roles = {r: activity_role_label(r) for r in ActivityRole}
        today = self.context.today()
        overdue = {"review": "warning"}
        role_tags = {r: frozenset((r.value,)) for r in ActivityRole}
        for activity in self._chosen(snapshot.activities, only):
            role = roles[activity.role]
            basis = label(activity.legal_basis) if activity.legal_basis else ""
            vendor_names = [vendors[v].name for v in activity.vendor_ids if v in vendors]
            service_names = [services[s].name for s in activity.service_ids if s in services]
            search = " | ".join((
                activity.name, activity.business_function, activity.purposes, role, basis,
                *activity.data_subjects, *activity.data_categories, *vendor_names,
                *service_names,
            ))
            yield activity.id, activity.id, Row(
                cells=("", activity.name, role, activity.business_function, basis,
                       str(len(activity.vendor_ids)), label(activity.dpia_status),
                       _date(activity.next_review)),
                search=quick_fold(search),
                tags={
                    "role": role_tags[activity.role],
                    "dpia": frozenset((activity.dpia_status.value,)),
                },
                tooltips={"vendors": ", ".join(vendor_names)} if vendor_names else None,
                alerts=overdue if activity.next_review is not None
                and activity.next_review < today else None,
            )


class TransferTableModel(RecordTableModel):
    """Every third-country transfer of the assessment: one row per vendor and destination.

    The record id of a row is the vendor's id. Under a supposition (what if) the rows are the
    supposition's transfers; one whose verdict differs from today's is shaded in the yellow of
    the what-if banner, its verdict's
    tooltip says today's, and its ``change`` tags say how (``any`` and ``fails``, ``recovers``
    or ``other``).
    """

    kind = "transfer"
    needs_assessment = True
    name_key = "vendor"
    _shown: Assessment | None = None
    _what_if: WhatIf | None = None
    _today_verdicts: dict[Hashable, str] = {}  # noqa: RUF012 - replaced, never changed
    """Today's verdict of each row that a supposition changes (``""``: no transfer today)."""

    def _columns(self) -> list[Column]:
        return [
            Column(VERDICT, ""),
            Column("vendor", self.tr("Vendor")),
            Column("chain", self.tr("Chain")),
            Column("country", self.tr("Country")),
            Column("via", self.tr("Via")),
            Column("basis", self.tr("Mechanism / basis")),
            Column("message", self.tr("Assessment")),
        ]

    def _current(self) -> tuple[Assessment, WhatIf | None]:
        """What the rows show: the supposition's transfers once they are worked out, else
        today's (the assessment is computed now if there is none yet)."""
        context = self.context
        result = context.what_if() if context.supposition() is not None else None
        if result is not None:
            return result.supposed, result
        return context.assessment(), None

    def refresh(self) -> None:
        """Rebuild from the context's assessment (or supposition)."""
        assessment, result = self._current()
        self._shown, self._what_if = assessment, result
        transfers = assessment.transfers
        changes = [result.change_of(t) for t in transfers] if result is not None else None
        self.beginResetModel()
        self._fill(self._load_transfers(transfers, changes))
        self._verdicts = {
            key: verdict_of(transfers[cast(int, key)].severity) for key in self._keys
        }
        self._today_verdicts = {} if changes is None else {
            i: verdict_of(change.today.severity) if change.today is not None else ""
            for i, change in enumerate(changes) if change is not None
        }
        self._assessed = result is not None or assessment is self.context.current_assessment()
        self._sort_rows()
        self.endResetModel()
        self.assessed.emit()

    def apply_assessment(self, assessment: Assessment) -> None:
        """Show the transfers of ``assessment`` (the rows come from it), or those of the
        supposition that follows it."""
        context = self.context
        if context.supposition() is not None and context.what_if() is None:
            return  # the supposition's transfers follow, to replace these
        if self._current()[0] is not self._shown:
            self.refresh()

    def _records(self, snapshot: Snapshot) -> Mapping[int, object]:
        return snapshot.vendors

    def _load(self, snapshot: Snapshot, only: Collection[int] | None = None
              ) -> Iterable[tuple[Hashable, int, Row]]:
        return self._load_transfers(self._current()[0].transfers)

    def _load_transfers(self, transfers: Sequence[Transfer],
                        changes: Sequence[TransferChange | None] | None = None
                        ) -> Iterable[tuple[Hashable, int, Row]]:
        """A row per transfer; ``changes``: how each differs from today (a supposition)."""
        countries = CountryNames(self.context.language)
        vias: dict[tuple[str, ...], str] = {}
        arrow = " → "
        for i, t in enumerate(transfers):
            chain = arrow.join(t.chain)
            via = vias.get(t.via)
            if via is None:
                via = vias[t.via] = ", ".join(label(v) for v in t.via)
            basis = t.basis_in(countries.language)
            message = capitalised(t.message_in(countries.language))
            search = quick_fold(f"{chain} | {basis} | {via} | {message}") + " | " + \
                countries.search(t.country)
            change = changes[i] if changes is not None else None
            yield i, t.vendor_id, Row(
                cells=("", t.vendor_name, chain, countries.name(t.country), via, basis,
                       message),
                search=search,
                tags={"country": frozenset((t.country,)),
                      "change": _CHANGE_TAGS[change.kind] if change else _NO_CHANGE},
            )

    def cell(self, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        today = self._today_verdicts.get(self._keys[row]) if self._today_verdicts else None
        if today is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return _CHANGED_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return _CHANGED_TEXT
            if column == self.verdict_column and role in (
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                verdict = label(self.verdict(row))
                if not today:
                    return self.tr("{0} (no transfer today)").format(verdict)
                return self.tr("{0} (today: {1})").format(verdict, label(today))
        return super().cell(row, column, role)

    def keys_of(self, record_id: int) -> list[Hashable]:
        return [k for k, rid in zip(self._keys, self._record_ids, strict=True)
                if rid == record_id]


_NO_CHANGE: frozenset[str] = frozenset()
_CHANGE_TAGS = {kind: frozenset(("any", kind.value)) for kind in Change}
_CHANGED_BACKGROUND = QBrush(QColor("#fff3cd"))
"""A row that a supposition changes: the yellow of the what-if banner."""
_CHANGED_TEXT = QBrush(QColor("#1f1a00"))
