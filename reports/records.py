"""The Article 30 register as rows: one definition of every column, used by Excel and PDF.

Each table is a list of :class:`Column` (heading key, Art. 30 item, width, kind) and a
function from a record to its values, in the job's language. Values are text, dates (kept as
``datetime.date`` so the workbook stores real dates) or None; lists are joined by new lines.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator

from registry.assessment import ENTITY, Transfer, destinations
from registry.countries import country_name
from registry.enums import DpiaStatus, LocationKind, Mechanism
from registry.messages import capitalised
from registry.snapshot import ActivityRow, OrganisationRow, ServiceRow, VendorRow
from reports.common import Job

Value = str | dt.date | None

HOSTING_KINDS = (LocationKind.HOSTING, LocationKind.BACKUP, LocationKind.PROCESSING)


@dataclasses.dataclass(frozen=True, slots=True)
class Column:
    """One column of a register table.

    Attributes:
        key: the i18n key of its heading.
        item: the Article 30 item it documents ("30(1)(b)"), if any.
        width: a readable width in characters (Excel) and a relative width (PDF).
        kind: ``text``, ``long`` (prose), ``list`` (one entry per line), ``name`` or
            ``date``.
    """

    key: str
    item: str = ""
    width: int = 24
    kind: str = "text"


CONTROLLER_COLUMNS: tuple[Column, ...] = (
    Column("col.activity", width=28, kind="name"),
    Column("col.business_function", width=18),
    Column("col.joint_controllers", "30(1)(a)", 20),
    Column("col.purposes", "30(1)(b)", 40, "long"),
    Column("col.data_subjects", "30(1)(c)", 24),
    Column("col.personal_data", "30(1)(c)", 30),
    Column("col.recipients", "30(1)(d)", 26),
    Column("col.processors", "30(1)(d)", 34, "list"),
    Column("col.third_countries", "30(1)(e)", 20),
    Column("col.safeguards", "30(1)(e)", 40, "list"),
    Column("col.transfer_notes", "30(1)(e)", 26, "long"),
    Column("col.retention", "30(1)(f)", 32, "list"),
    Column("col.security", "30(1)(g)", 40, "long"),
    Column("col.legal_basis", width=26),
    Column("col.art9", width=22),
    Column("col.legitimate_interests", width=30, kind="long"),
    Column("col.rights", width=30, kind="long"),
    Column("col.automated", width=22),
    Column("col.source", width=24),
    Column("col.location", width=26),
    Column("col.dpia_required", width=12),
    Column("col.dpia_progress", width=16),
    Column("col.dpia_link", width=24),
    Column("col.services", width=22),
    Column("col.last_reviewed", width=13, kind="date"),
    Column("col.next_review", width=13, kind="date"),
)

PROCESSOR_COLUMNS: tuple[Column, ...] = (
    Column("col.controller", "30(2)(a)", 26, "name"),
    Column("col.controller_contact", "30(2)(a)", 28),
    Column("col.activity", width=26),
    Column("col.processing", "30(2)(b)", 40, "long"),
    Column("col.data_subjects", width=22),
    Column("col.personal_data", width=28),
    Column("col.processors", width=32, kind="list"),
    Column("col.third_countries", "30(2)(c)", 20),
    Column("col.safeguards", "30(2)(c)", 40, "list"),
    Column("col.security", "30(2)(d)", 40, "long"),
    Column("col.services", width=22),
)

VENDOR_COLUMNS: tuple[Column, ...] = (
    Column("col.vendor", width=24, kind="name"),
    Column("col.legal_name", width=28),
    Column("col.former_names", width=18),
    Column("col.registration", width=18),
    Column("col.address", width=32),
    Column("col.country", width=16),
    Column("col.country_code", width=9),
    Column("col.role", width=18),
    Column("col.status", width=11),
    Column("col.start", width=12, kind="date"),
    Column("col.end", width=12, kind="date"),
    Column("col.dpa_signed", width=13, kind="date"),
    Column("col.dpa", width=24),
    Column("col.hosting", width=30),
    Column("col.access", width=24),
    Column("col.mechanisms", width=40, kind="list"),
    Column("col.chain", width=26),
    Column("col.services", width=30),
    Column("col.website", width=28),
    Column("col.certifications", width=20),
)

TRANSFER_COLUMNS: tuple[Column, ...] = (
    Column("col.vendor", width=24, kind="name"),
    Column("col.chain", width=26),
    Column("col.country", width=18),
    Column("col.country_code", width=9),
    Column("col.via", width=16),
    Column("col.mechanism", width=34),
    Column("col.details", width=34, kind="long"),
    Column("col.tia_date", width=12, kind="date"),
    Column("col.verdict", width=10),
    Column("col.assessment", width=60, kind="long"),
)


def lines(items: Iterable[str]) -> str:
    """Non-empty items, one per line."""
    return "\n".join(i.strip() for i in items if i and i.strip())


def organisation_block(job: Job, org: OrganisationRow) -> list[tuple[str, str]]:
    """The organisation's identity and contacts as (label, value) pairs (Art. 30(1)(a))."""
    t = job.t
    contact = lines([org.email, org.phone])
    dpo = lines([org.dpo_name, org.dpo_email, org.dpo_phone])
    roles = [t("org.controller")] if org.is_controller else []
    if org.is_processor:
        roles.append(t("org.processor"))
    return [
        (t("org.name"), org.name),
        (t("col.role"), ", ".join(roles)),
        (t("org.registration"), org.registration_number),
        (t("org.address"), org.address),
        (t("org.country"), country_name(org.country, job.lang)),
        (t("org.contact"), contact),
        (t("org.website"), org.website),
        (t("org.dpo"), dpo),
        (t("org.representative"), org.representative),
        (t("org.authority"), org.supervisory_authority),
    ]


class Register:
    """Everything the register tables need, computed once per run.

    Args:
        job: the run (snapshot, date, language, scope).
    """

    def __init__(self, job: Job) -> None:
        self.job = job
        self.t = job.t
        self.snapshot = job.snapshot
        self.transfers_by_vendor: dict[int, list[Transfer]] = defaultdict(list)
        for tr in job.transfers:
            self.transfers_by_vendor[tr.vendor_id].append(tr)
        self.children: dict[int, list[int]] = defaultdict(list)
        for v in self.snapshot.vendors.values():
            if v.parent_id is not None and v.parent_id in self.snapshot.vendors:
                self.children[v.parent_id].append(v.id)
        self._services_of: dict[int, list[tuple[ServiceRow, str]]] = defaultdict(list)
        for s in self.snapshot.services.values():
            for vid, purpose in s.vendors:
                self._services_of[vid].append((s, purpose))
        self._country_names: dict[str, str] = {}
        self._mechanisms: dict[tuple[int, str], tuple[str, str]] = {}
        self._dpa_texts: dict[int, str] = {}

    # --- small pieces -------------------------------------------------------------------

    def country(self, code: str) -> str:
        name = self._country_names.get(code)
        if name is None:
            name = self._country_names[code] = country_name(code, self.job.lang)
        return name

    def with_descendants(self, vendor_ids: Iterable[int]) -> list[VendorRow]:
        """The vendors and, below each, its sub-processors at any depth (each once)."""
        found: list[VendorRow] = []
        seen: set[int] = set()
        stack = list(reversed(list(vendor_ids)))
        vendors = self.snapshot.vendors
        while stack:
            vid = stack.pop()
            if vid in seen or vid not in vendors:
                continue
            seen.add(vid)
            found.append(vendors[vid])
            stack.extend(reversed(self.children.get(vid, ())))
        return found

    def transfers(self, vendors: Iterable[VendorRow]) -> list[Transfer]:
        return [tr for v in vendors for tr in self.transfers_by_vendor.get(v.id, ())]

    def mechanism(self, vendor: VendorRow, country: str) -> tuple[str, str]:
        """How a destination is covered: (mechanism label, details), in the job's language."""
        key = (vendor.id, country)
        found = self._mechanisms.get(key)
        if found is None:
            found = self._mechanisms[key] = self._mechanism(vendor, country)
        return found

    def _mechanism(self, vendor: VendorRow, country: str) -> tuple[str, str]:
        t = self.t
        sg = vendor.safeguard_for(country)
        if sg is None:
            decision = self.job.facts.decision_for(country, self.job.as_of)
            if decision is not None and not decision.requires_certification:
                return t.label("mech", Mechanism.ADEQUACY), decision.reference
            return t("mech.none"), ""
        label = t.label("mech", sg.mechanism)
        details: list[str] = []
        if sg.mechanism == Mechanism.SCC_2021 and sg.scc_module:
            details.append(t("scc.module", module=sg.scc_module))
        if sg.derogation is not None:
            details.append(t.label("derogation", sg.derogation))
        if sg.mechanism == Mechanism.EU_US_DPF and sg.dpf_checked:
            details.append(t("dpf.checked", date=t.date(sg.dpf_checked)))
        if sg.tia_date is not None:
            tia = t("tia.done", date=t.date(sg.tia_date))
            if sg.tia_outcome is not None:
                tia += f" ({t.label('tia', sg.tia_outcome)})"
            details.append(tia)
        if sg.supplementary_measures.strip():
            details.append(sg.supplementary_measures.strip())
        return label, "; ".join(details)

    def safeguard_lines(self, transfers: Iterable[Transfer]) -> list[str]:
        out = []
        vendors = self.snapshot.vendors
        for tr in transfers:
            label, details = self.mechanism(vendors[tr.vendor_id], tr.country)
            text = f"{tr.vendor_name} → {self.country(tr.country)}: {label}"
            out.append(f"{text} ({details})" if details else text)
        return out

    def third_countries(self, transfers: Iterable[Transfer]) -> str:
        names = sorted({self.country(tr.country) for tr in transfers})
        return ", ".join(names)

    def dpa_text(self, vendor: VendorRow) -> str:
        found = self._dpa_texts.get(vendor.id)
        if found is None:
            found = self._dpa_texts[vendor.id] = self._dpa_text(vendor)
        return found

    def _dpa_text(self, vendor: VendorRow) -> str:
        t = self.t
        dpa = vendor.dpa
        if dpa is None or dpa.signed_date is None:
            return t("dpa.missing")
        parts = [t("dpa.signed", date=t.date(dpa.signed_date))]
        parts.extend(p for p in (dpa.version, dpa.reference) if p.strip())
        return ", ".join(parts)

    def processor_lines(self, vendors: Iterable[VendorRow]) -> list[str]:
        return [
            f"{v.name}: {self.dpa_text(v)}"
            for v in vendors
            if v.role.needs_dpa
        ]

    def places(self, vendor: VendorRow, kinds: tuple[LocationKind, ...]) -> list[str]:
        out = []
        for loc in vendor.locations:
            if loc.kind in kinds:
                name = self.country(loc.country)
                out.append(f"{name} ({loc.detail})" if loc.detail.strip() else name)
        return list(dict.fromkeys(out))

    def access_places(self, vendor: VendorRow) -> list[str]:
        out = [self.country(vendor.country)] if vendor.country else []
        out.extend(self.places(vendor, (LocationKind.SUPPORT,)))
        return list(dict.fromkeys(out))

    def services_text(self, service_ids: Iterable[int]) -> str:
        services = self.snapshot.services
        return lines(services[s].name for s in service_ids if s in services)

    # --- rows ---------------------------------------------------------------------------

    def controller_row(self, act: ActivityRow) -> list[Value]:
        t = self.t
        vendors = self.with_descendants(act.vendor_ids)
        transfers = self.transfers(vendors)
        basis = lines([t.label("basis", act.legal_basis), act.legal_basis_detail])
        location = sorted({self.country(loc.country) for v in vendors for loc in v.locations
                           if loc.kind in HOSTING_KINDS})
        return [
            act.name,
            act.business_function,
            act.joint_controllers,
            act.purposes,
            lines(act.data_subjects),
            lines(act.data_categories),
            lines(act.recipients),
            lines(self.processor_lines(vendors)),
            self.third_countries(transfers) or t("none"),
            lines(self.safeguard_lines(transfers)),
            act.transfer_notes,
            lines(self._retention(act)),
            act.security_measures,
            basis,
            t.label("art9", act.art9_condition),
            act.legitimate_interests,
            act.rights,
            act.automated_decisions,
            act.source,
            ", ".join(location),
            t("no") if act.dpia_status == DpiaStatus.NOT_REQUIRED else t("yes"),
            t.label("dpia", act.dpia_status),
            act.dpia_link,
            self.services_text(act.service_ids),
            act.last_reviewed,
            act.next_review,
        ]

    @staticmethod
    def _retention(act: ActivityRow) -> list[str]:
        out = []
        for r in act.retention:
            category = r.get("category", "").strip()
            period = r.get("period", "").strip()
            out.append(f"{category}: {period}" if category else period)
        return out

    def processor_rows(self, act: ActivityRow) -> Iterator[list[Value]]:
        """One row per controller (or customer group) of a processor record."""
        common = self._processor_common(act)
        controllers = act.controllers or [{"name": "", "contact": ""}]
        for c in controllers:
            yield [c.get("name", ""), c.get("contact", ""), *common]

    def processor_record(self, act: ActivityRow) -> list[Value]:
        """A processor record as one row, its controllers listed together."""
        names = lines(c.get("name", "") for c in act.controllers)
        contacts = lines(
            f"{c.get('name', '')}: {c.get('contact', '')}" if c.get("contact") else ""
            for c in act.controllers
        )
        return [names, contacts, *self._processor_common(act)]

    def _processor_common(self, act: ActivityRow) -> list[Value]:
        vendors = self.with_descendants(act.vendor_ids)
        transfers = self.transfers(vendors)
        return [
            act.name,
            act.purposes,
            lines(act.data_subjects),
            lines(act.data_categories),
            lines(self.processor_lines(vendors)),
            self.third_countries(transfers) or self.t("none"),
            lines(self.safeguard_lines(transfers)),
            act.security_measures,
            self.services_text(act.service_ids),
        ]

    def vendor_row(self, v: VendorRow) -> list[Value]:
        t = self.t
        mechanisms = []
        for country in sorted(destinations(v)):
            if self.job.facts.in_eea(country, self.job.as_of):
                continue
            label, details = self.mechanism(v, country)
            text = f"{self.country(country)}: {label}"
            mechanisms.append(f"{text} ({details})" if details else text)
        services = [f"{s.name}: {p}" if p.strip() else s.name
                    for s, p in self._services_of.get(v.id, ())]
        return [
            v.name,
            v.legal_name,
            ", ".join(v.former_names),
            v.registration_number,
            v.address,
            self.country(v.country),
            v.country,
            t.label("role", v.role),
            t.label("status", v.status),
            v.start_date,
            v.end_date,
            v.dpa.signed_date if v.dpa else None,
            ", ".join(p for p in (v.dpa.version, v.dpa.reference) if p.strip()) if v.dpa else "",
            lines(self.places(v, HOSTING_KINDS)),
            lines(self.access_places(v)),
            lines(mechanisms),
            " → ".join(self.snapshot.chain(v.id)),
            lines(services),
            v.website,
            ", ".join(v.certifications),
        ]

    def transfer_row(self, tr: Transfer) -> list[Value]:
        t = self.t
        vendor = self.snapshot.vendors[tr.vendor_id]
        label, details = self.mechanism(vendor, tr.country)
        sg = vendor.safeguard_for(tr.country)
        return [
            tr.vendor_name,
            " → ".join(tr.chain),
            self.country(tr.country),
            tr.country,
            ", ".join(t.label("via", v if v != ENTITY else "entity") for v in tr.via),
            label,
            details,
            sg.tia_date if sg else None,
            t.label("verdict", tr.verdict),
            capitalised(tr.message_in(self.job.lang)),
        ]

    def scoped_transfers(self) -> list[Transfer]:
        ids = self.job.vendor_ids
        return [tr for tr in self.job.transfers if tr.vendor_id in ids]
