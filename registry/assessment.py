"""What is wrong with the registry, as of a date: pure functions from a snapshot to findings.

Every legal fact comes from :mod:`registry.facts`, so the same registry assessed on
2020-07-01 and on today gives different answers (Privacy Shield was valid on the first date,
the EU-US Data Privacy Framework did not exist yet), and a what-if can revoke a decision.

The checks are those of LEGAL.md section 4, the completeness of each Article 30 record and
overdue reviews. Each finding carries a stable rule id, the record, the destination and the
vendor chain where relevant, and a message that says what to do.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

from registry.countries import country_name, country_phrase
from registry.enums import (
    ActivityRole,
    Derogation,
    DpiaStatus,
    LocationKind,
    Mechanism,
    Severity,
    TiaOutcome,
    VendorStatus,
)
from registry.facts import Decision, Facts, MechanismFact, load_facts
from registry.snapshot import ActivityRow, OrganisationRow, SafeguardRow, Snapshot, VendorRow
from registry.validation import check_registration

ENTITY = "entity"
"""How a destination is reached when it is the vendor's own country of establishment."""

VIA_LABELS = {
    ENTITY: "entity",
    LocationKind.HOSTING.value: "hosting",
    LocationKind.SUPPORT.value: "access",
    LocationKind.PROCESSING.value: "processing",
    LocationKind.BACKUP.value: "backup",
}

REVIEW_SOON_DAYS = 30


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months (clamped to the month's last day)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_date(day: dt.date) -> str:
    """A date as people read it in messages: 16 Jul 2020 (the same in every locale)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


@dataclasses.dataclass(slots=True)
class Finding:
    """One thing the privacy officer should know or fix."""

    severity: Severity
    rule: str
    record_kind: str
    """``vendor``, ``activity``, ``service`` or ``organisation``."""
    record_id: int | None
    record_name: str
    message: str
    country: str | None = None
    chain: tuple[str, ...] = ()

    @property
    def is_onward(self) -> bool:
        return len(self.chain) > 1


@dataclasses.dataclass(slots=True)
class Transfer:
    """One vendor x third-country destination, with how it is covered."""

    vendor_id: int
    vendor_name: str
    chain: tuple[str, ...]
    country: str
    via: tuple[str, ...]
    mechanism: Mechanism | None
    basis: str
    """What covers the transfer, in words ("Adequacy decision (EU) 2019/419", "SCC ...")."""
    severity: Severity | None
    """None when the transfer is covered and nothing needs doing."""
    message: str
    decision_id: str | None = None
    note: str | None = None

    @property
    def verdict(self) -> str:
        return self.severity.value if self.severity else "ok"


@dataclasses.dataclass(frozen=True)
class Assessment:
    """All findings and third-country transfers of a registry on one date."""

    as_of: dt.date
    findings: tuple[Finding, ...]
    transfers: tuple[Transfer, ...]
    revoked: tuple[str, ...] = ()

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def for_record(self, kind: str, record_id: int) -> list[Finding]:
        return [f for f in self.findings if f.record_kind == kind and f.record_id == record_id]

    def worst(self) -> dict[tuple[str, int], Severity]:
        """The most severe finding of each record, keyed by (kind, id)."""
        worst: dict[tuple[str, int], Severity] = {}
        for f in self.findings:
            if f.record_id is None:
                continue
            key = (f.record_kind, f.record_id)
            if key not in worst or f.severity.rank < worst[key].rank:
                worst[key] = f.severity
        return worst

    def transfers_of(self, vendor_id: int) -> list[Transfer]:
        return [t for t in self.transfers if t.vendor_id == vendor_id]


# --- transfers ---------------------------------------------------------------------------


def destinations(vendor: VendorRow) -> dict[str, tuple[str, ...]]:
    """Every country where the vendor processes, stores or can access the data.

    The vendor's own country of establishment counts (the entity can access the data),
    whatever its hosting locations say.
    """
    found: dict[str, list[str]] = defaultdict(list)
    if vendor.country:
        found[vendor.country].append(ENTITY)
    for loc in vendor.locations:
        via: str = loc.kind  # a StrEnum member is its value
        if via not in found[loc.country]:
            found[loc.country].append(via)
    return {country: tuple(vias) for country, vias in found.items()}


class _TransferCheck:
    """Judges one destination of one vendor against the facts on a date."""

    def __init__(self, facts: Facts, as_of: dt.date) -> None:
        self.facts = facts
        self.as_of = as_of
        self._no_transfer: dict[str, bool] = {}
        self._decisions: dict[str, Decision | None] = {}

    def decision_for(self, country: str) -> Decision | None:
        """The adequacy decision for ``country`` in force on the as-of date (memoised)."""
        if country not in self._decisions:
            self._decisions[country] = self.facts.decision_for(country, self.as_of)
        return self._decisions[country]

    def no_transfer(self, country: str) -> bool:
        """Whether ``country`` is no transfer on the as-of date (memoised per run)."""
        known = self._no_transfer.get(country)
        if known is None:
            known = self._no_transfer[country] = self.facts.no_transfer(country, self.as_of)
        return known

    def __call__(
        self, vendor: VendorRow, country: str, via: tuple[str, ...], chain: tuple[str, ...]
    ) -> tuple[Transfer, list[Finding]]:
        safeguard = vendor.safeguard_for(country)
        decision = self.decision_for(country)
        if safeguard is None:
            result = self._without_safeguard(country, decision)
        else:
            result = self._with_safeguard(vendor, safeguard, country, decision)
        severity, rule, message, basis, decision_id, note = result
        transfer = Transfer(
            vendor_id=vendor.id,
            vendor_name=vendor.name,
            chain=chain,
            country=country,
            via=via,
            mechanism=safeguard.mechanism if safeguard else None,
            basis=basis,
            severity=severity,
            message=message,
            decision_id=decision_id,
            note=note,
        )
        findings: list[Finding] = []
        prefix = self._prefix(vendor, country, via, chain)
        if severity is not None and rule:
            findings.append(
                Finding(severity, rule, "vendor", vendor.id, vendor.name,
                        f"{prefix}{message}", country, chain)
            )
        if note and severity is None:
            findings.append(
                Finding(Severity.INFO, "transfer.partial-adequacy", "vendor", vendor.id,
                        vendor.name, f"{prefix}{note}", country, chain)
            )
        hosted = self._eea_hosting(vendor)
        if severity is None and ENTITY in via and hosted and not {"hosting", "backup"} & set(via):
            findings.append(Finding(
                Severity.INFO, "transfer.entity-access", "vendor", vendor.id, vendor.name,
                f"{prefix}the data is hosted in {hosted}, but the vendor is established in "
                f"{country_phrase(country)} and can access it, so this is still a transfer to "
                f"{country_phrase(country)} (EDPB Guidelines 05/2021). Keep its safeguard up to "
                "date and do not describe the vendor to customers as EU-only.",
                country, chain,
            ))
        return transfer, findings

    def _eea_hosting(self, vendor: VendorRow) -> str:
        """The EU/EEA countries where the vendor hosts the data, in words (or empty)."""
        names = sorted({
            country_name(loc.country) for loc in vendor.locations
            if loc.kind in (LocationKind.HOSTING, LocationKind.BACKUP)
            and self.no_transfer(loc.country)
        })
        return " and ".join(names)

    @staticmethod
    def _prefix(vendor: VendorRow, country: str, via: tuple[str, ...], chain: tuple[str, ...]
                ) -> str:
        reached = ", ".join(VIA_LABELS.get(v, v) for v in via)
        where = f"{country_name(country)} ({country}, {reached})"
        if len(chain) > 1:
            return f"Onward transfer {' → '.join(chain)} to {where}: "
        return f"Transfer to {where}: "

    # Each branch returns (severity, rule, message, basis, decision id, note).
    _Result = tuple[Severity | None, str, str, str, str | None, str | None]

    def _decision_gone(self, country: str) -> str:
        """Why no adequacy decision covers ``country`` on the as-of date, in words."""
        for d in self.facts.decisions_for(country):
            if d.revoked:
                return (
                    f"it would lose its basis if {d.reference} ({d.title}) fell; "
                    "record another mechanism (SCCs with a TIA) to be ready"
                )
            if self.as_of < d.valid_from:
                return (
                    f"the adequacy decision {d.reference} applies only from "
                    f"{fmt_date(d.valid_from)}"
                )
            if d.valid_until is not None and self.as_of > d.valid_until:
                return f"the adequacy decision {d.reference} expired on {fmt_date(d.valid_until)}"
        return f"there is no adequacy decision for {country_name(country)}"

    def _without_safeguard(self, country: str, decision: Decision | None) -> _Result:
        if decision is not None and not decision.requires_certification:
            return (None, "", "Covered by adequacy.", decision.label, decision.id,
                    self._scope_note(decision))
        if decision is not None:
            return (
                Severity.ERROR, "transfer.no-mechanism",
                "no transfer mechanism is recorded. The EU-US Data Privacy Framework covers only "
                "certified organisations: check the DPF List and record the certification, or "
                "record SCCs with a transfer impact assessment.",
                "none", None, None,
            )
        return (
            Severity.ERROR, "transfer.no-mechanism",
            f"no transfer mechanism is recorded and {self._decision_gone(country)}. Record SCCs "
            "(module 2 or 3) with a transfer impact assessment, or stop the transfer.",
            "none", None, None,
        )

    @staticmethod
    def _scope_note(decision: Decision) -> str | None:
        if decision.scope:
            return f"{decision.label} covers {decision.scope}: confirm the vendor is within it."
        return None

    def _with_safeguard(
        self, vendor: VendorRow, sg: SafeguardRow, country: str, decision: Decision | None
    ) -> _Result:
        mech = self.facts.mechanism(sg.mechanism.value)
        if mech.country and mech.country != country and mech.kind == "dead":
            return (
                Severity.ERROR, "transfer.wrong-country",
                f"{mech.label} is recorded, but it only ever covered transfers to "
                f"{country_phrase(mech.country)}, not to {country_phrase(country)}. Record the "
                "mechanism that applies to this country.",
                mech.label, None, None,
            )
        if decision is not None and not decision.requires_certification and mech.kind not in (
            "adequacy", "dpf"
        ):
            return (None, "", f"Covered by adequacy; the recorded {mech.label} is not needed.",
                    decision.label, decision.id, self._scope_note(decision))
        if mech.kind == "dead":
            return self._dead(mech)
        if mech.kind == "adequacy":
            if decision is None:
                return (
                    Severity.ERROR, "transfer.adequacy-missing",
                    f"adequacy is recorded but {self._decision_gone(country)}. Record SCCs with a "
                    "transfer impact assessment instead.",
                    mech.label, None, None,
                )
            if decision.requires_certification:
                return self._dpf(sg, country)
            return (None, "", "Covered by adequacy.", decision.label, decision.id,
                    self._scope_note(decision))
        if mech.kind == "dpf":
            return self._dpf(sg, country)
        if mech.kind == "derogation":
            return self._derogation(sg, mech)
        return self._appropriate_safeguard(sg, mech)

    def _dead(self, mech: MechanismFact) -> _Result:
        if mech.not_yet(self.as_of) and mech.valid_from is not None:
            return (
                Severity.ERROR, "transfer.not-yet-valid",
                f"{mech.label} applies only from {fmt_date(mech.valid_from)}.",
                mech.label, None, None,
            )
        if mech.dead_on(self.as_of):
            return (
                Severity.ERROR, "transfer.dead-mechanism",
                f"it relies on {mech.label}, {mech.judgment}. Replace it with "
                f"{mech.replace_with}.",
                mech.label, None, None,
            )
        if mech.no_new_contracts_from and self.as_of >= mech.no_new_contracts_from:
            assert mech.invalid_from is not None
            return (
                Severity.WARNING, "transfer.old-scc",
                f"it relies on {mech.label}, which may not be used for new contracts and must be "
                f"replaced by {fmt_date(mech.invalid_from)}. Replace it with {mech.replace_with}.",
                mech.label, None, None,
            )
        return (None, "", f"Covered by {mech.label} (valid on this date).", mech.label, None, None)

    def _dpf(self, sg: SafeguardRow, country: str) -> _Result:
        dpf = self.facts.mechanism(Mechanism.EU_US_DPF.value)
        label = dpf.label
        if country != "US":
            return (
                Severity.ERROR, "transfer.dpf-not-us",
                f"the EU-US Data Privacy Framework is recorded, but it covers only transfers to "
                f"the United States, not {country_name(country)}. Record the mechanism that "
                "applies to this country.",
                label, None, None,
            )
        decision = self.facts.decision(dpf.decision or "")
        if decision is None or not decision.in_force(self.as_of):
            return (
                Severity.ERROR, "transfer.adequacy-missing",
                f"the EU-US Data Privacy Framework is recorded but {self._decision_gone(country)}."
                " Record SCCs with a transfer impact assessment instead.",
                label, decision.id if decision else None, None,
            )
        if not sg.dpf_certified:
            return (
                Severity.ERROR, "transfer.dpf-not-certified",
                "the EU-US Data Privacy Framework is recorded, but the vendor is not recorded as "
                "certified. Check the DPF List: record the certification, or use SCCs with a "
                "transfer impact assessment.",
                label, decision.id, None,
            )
        if sg.dpf_checked is None or sg.dpf_checked > self.as_of:
            return (
                Severity.WARNING, "transfer.dpf-unchecked",
                "the DPF certification has never been checked on the DPF List. Check it and "
                "record the date.",
                label, decision.id, None,
            )
        due = add_months(sg.dpf_checked, self.facts.dpf_check_months)
        if due < self.as_of:
            return (
                Severity.WARNING, "transfer.dpf-check-stale",
                f"the DPF certification was last checked on {fmt_date(sg.dpf_checked)}, more "
                f"than {self.facts.dpf_check_months} months ago. Check the DPF List again.",
                label, decision.id, None,
            )
        checked = fmt_date(sg.dpf_checked)
        return (None, "", f"Certified under the EU-US DPF (checked {checked}).",
                f"{label} ({decision.reference})", decision.id, None)

    def _derogation(self, sg: SafeguardRow, mech: MechanismFact) -> _Result:
        which = (
            "Art. 49(1) second subparagraph (compelling legitimate interests)"
            if sg.derogation == Derogation.COMPELLING
            else f"Art. 49(1)({sg.derogation.value})" if sg.derogation else "Art. 49"
        )
        return (
            Severity.WARNING, "transfer.derogation",
            f"it relies on a derogation ({which}), which covers only occasional, non-repetitive "
            "transfers. Use SCCs for regular transfers.",
            f"{mech.label}, {which}", None, None,
        )

    def _appropriate_safeguard(self, sg: SafeguardRow, mech: MechanismFact) -> _Result:
        label = mech.label
        if sg.mechanism == Mechanism.SCC_2021 and sg.scc_module:
            label = f"{mech.label}, module {sg.scc_module}"
        if mech.not_yet(self.as_of) and mech.valid_from is not None:
            return (
                Severity.ERROR, "transfer.not-yet-valid",
                f"{mech.label} applies only from {fmt_date(mech.valid_from)}.",
                label, None, None,
            )
        if sg.mechanism == Mechanism.SCC_2021 and not sg.scc_module:
            return (
                Severity.WARNING, "transfer.scc-module-missing",
                "the SCC module is not recorded. Record module 2 (to a processor) or 3 (to a "
                "sub-processor).",
                label, None, None,
            )
        if not mech.needs_tia:
            return (None, "", f"Covered by {label}.", label, None, None)
        if sg.tia_date is None or sg.tia_date > self.as_of:
            return (
                Severity.WARNING, "transfer.tia-missing",
                f"{label} is recorded without a transfer impact assessment (EDPB "
                "Recommendations 01/2020). Assess the destination's laws and record the TIA.",
                label, None, None,
            )
        if sg.tia_outcome == TiaOutcome.NOT_ADEQUATE:
            return (
                Severity.ERROR, "transfer.tia-negative",
                f"the transfer impact assessment of {fmt_date(sg.tia_date)} found the protection "
                "not adequate. Add supplementary measures and assess again, or stop the transfer.",
                label, None, None,
            )
        due = add_months(sg.tia_date, self.facts.tia_months)
        if due < self.as_of:
            return (
                Severity.WARNING, "transfer.tia-stale",
                f"the transfer impact assessment dates from {fmt_date(sg.tia_date)}, more than "
                f"{self.facts.tia_months} months ago. Review it.",
                label, None, None,
            )
        return (None, "", f"Covered by {label}, TIA of {fmt_date(sg.tia_date)}.", label, None,
                None)


def assess_transfers(
    snapshot: Snapshot, as_of: dt.date, facts: Facts
) -> tuple[list[Transfer], list[Finding]]:
    """Every third-country transfer of every vendor in use, and the findings about them."""
    check = _TransferCheck(facts, as_of)
    transfers: list[Transfer] = []
    findings: list[Finding] = []
    chains = snapshot.chains()
    for vendor in snapshot.vendors.values():
        if vendor.in_use(as_of):
            _vendor_transfers(vendor, chains[vendor.id], check, transfers, findings)
    return transfers, findings


def _vendor_transfers(
    vendor: VendorRow, chain: tuple[str, ...], check: _TransferCheck,
    transfers: list[Transfer], findings: list[Finding],
) -> None:
    places = destinations(vendor)
    for country, via in sorted(places.items()):
        if check.no_transfer(country):
            continue
        transfer, found = check(vendor, country, via, chain)
        transfers.append(transfer)
        findings.extend(found)
    for sg in vendor.safeguards:
        if sg.country not in places:
            findings.append(Finding(
                Severity.INFO, "transfer.safeguard-unused", "vendor", vendor.id, vendor.name,
                f"A safeguard is recorded for {country_name(sg.country)} ({sg.country}), but no "
                "location of the vendor is there. Remove it or add the location.",
                sg.country,
            ))
        elif check.no_transfer(sg.country):
            findings.append(Finding(
                Severity.INFO, "transfer.safeguard-unused", "vendor", vendor.id, vendor.name,
                f"{country_name(sg.country)} ({sg.country}) is in the EU/EEA: no transfer "
                "mechanism is needed there.",
                sg.country,
            ))


# --- vendors -----------------------------------------------------------------------------


def _review_findings(
    kind: str, record_id: int, name: str, next_review: dt.date | None,
    last_reviewed: dt.date | None, interval_months: int, as_of: dt.date,
) -> list[Finding]:
    if next_review is not None:
        if next_review < as_of:
            return [Finding(
                Severity.WARNING, f"{kind}.review-overdue", kind, record_id, name,
                f"The review was due on {fmt_date(next_review)}. Review the record and set the "
                "next review date.",
            )]
        if (next_review - as_of).days <= REVIEW_SOON_DAYS:
            return [Finding(
                Severity.INFO, f"{kind}.review-due", kind, record_id, name,
                f"The review is due on {fmt_date(next_review)}.",
            )]
        return []
    if last_reviewed is not None and add_months(last_reviewed, interval_months) < as_of:
        return [Finding(
            Severity.WARNING, f"{kind}.review-overdue", kind, record_id, name,
            f"Last reviewed on {fmt_date(last_reviewed)}, more than {interval_months} months "
            "ago. Review the record and set the next review date.",
        )]
    return []


def assess_vendor(
    vendor: VendorRow, chain: tuple[str, ...], organisation: OrganisationRow, as_of: dt.date
) -> list[Finding]:
    """DPA, chain knowledge, registration number, locations and review of one vendor."""
    found: list[Finding] = []

    def add(severity: Severity, rule: str, message: str) -> None:
        found.append(Finding(severity, rule, "vendor", vendor.id, vendor.name, message,
                             chain=chain))

    if vendor.role.needs_dpa:
        if vendor.dpa is None or vendor.dpa.signed_date is None:
            add(Severity.ERROR, "vendor.dpa-missing",
                "No signed data processing agreement is recorded (Art. 28(3)). Sign a DPA with "
                "the vendor and record its date.")
        elif vendor.dpa.review_date is not None and vendor.dpa.review_date < as_of:
            add(Severity.WARNING, "vendor.dpa-review-overdue",
                f"The DPA review was due on {fmt_date(vendor.dpa.review_date)}. Review the "
                "agreement and set the next review date.")
    if len(chain) > 1:
        missing = [
            label for label, value in (
                ("legal name", vendor.legal_name),
                ("address", vendor.address),
                ("contact", vendor.contact_email or vendor.website),
            ) if not value.strip()
        ]
        if missing:
            add(Severity.WARNING, "vendor.chain-incomplete",
                f"This sub-processor's {', '.join(missing)} is not recorded; the whole chain "
                "must be known (EDPB Opinion 22/2024). Ask the vendor and record it.")
    problem = check_registration(vendor.country, vendor.registration_number)
    if problem:
        add(Severity.WARNING, "vendor.registration-invalid", f"{problem} Correct it.")
    if not vendor.locations:
        add(Severity.WARNING, "vendor.no-locations",
            "No location is recorded: where the vendor hosts or accesses the data is unknown. "
            "Record its hosting and support locations.")
    if vendor.status == VendorStatus.PLANNED:
        add(Severity.INFO, "vendor.planned",
            "Planned vendor: its transfers are checked before it starts. Customers must be "
            "told before it receives their data.")
    found.extend(
        _review_findings("vendor", vendor.id, vendor.name, vendor.next_review,
                         vendor.last_reviewed, organisation.review_interval_months, as_of)
    )
    return found


# --- Article 30 ---------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class Art30Item:
    """One item of Article 30(1) or 30(2) for one record, and whether it is filled."""

    code: str
    """``30(1)(b)`` and so on."""
    title: str
    complete: bool
    fix: str


def art30_items(activity: ActivityRow, organisation: OrganisationRow,
                transfers: Sequence[Transfer] = ()) -> list[Art30Item]:
    """The Article 30 items of a record, each with whether it is complete."""
    org_ok = bool(organisation.name.strip()) and bool(
        (organisation.email or organisation.phone or organisation.address).strip()
    )
    transfers_ok = all(t.severity != Severity.ERROR for t in transfers)
    compelling = any("compelling" in t.basis for t in transfers)
    transfers_doc = transfers_ok and (not compelling or bool(activity.transfer_notes.strip()))
    if transfers_ok:
        transfers_fix = (
            "Document the compelling-legitimate-interests transfer (Art. 49(1), second "
            "subparagraph) in the transfer notes."
        )
    else:
        transfers_fix = "These transfers have no valid safeguard: " + "; ".join(
            f"{' → '.join(t.chain)} to {country_phrase(t.country)}"
            for t in transfers if t.severity == Severity.ERROR
        ) + ". Fix them on the vendor."
    security = bool(activity.security_measures.strip())
    if activity.role == ActivityRole.PROCESSOR:
        controllers_ok = bool(activity.controllers) and all(
            c.get("name", "").strip() and c.get("contact", "").strip()
            for c in activity.controllers
        )
        return [
            Art30Item("30(2)(a)", "Processor and controllers", org_ok and controllers_ok,
                      "Name each controller (or customer group) with contact details."),
            Art30Item("30(2)(b)", "Categories of processing",
                      bool(activity.purposes.strip()),
                      "Describe the processing carried out for the controllers."),
            Art30Item("30(2)(c)", "Third-country transfers", transfers_doc, transfers_fix),
            Art30Item("30(2)(d)", "Security measures", security,
                      "Describe the technical and organisational security measures."),
        ]
    return [
        Art30Item("30(1)(a)", "Controller and contacts", org_ok,
                  "Record the organisation's name and contact details."),
        Art30Item("30(1)(b)", "Purposes", bool(activity.purposes.strip()),
                  "State the purposes of the processing."),
        Art30Item("30(1)(c)", "Data subjects and personal data",
                  bool(activity.data_subjects) and bool(activity.data_categories),
                  "List the categories of data subjects and of personal data."),
        Art30Item("30(1)(d)", "Recipients", bool(activity.recipients) or bool(activity.vendor_ids),
                  "List the categories of recipients."),
        Art30Item("30(1)(e)", "Third-country transfers", transfers_doc, transfers_fix),
        Art30Item("30(1)(f)", "Erasure time limits",
                  bool(activity.retention) and all(
                      r.get("period", "").strip() for r in activity.retention),
                  "State how long each category of data is kept."),
        Art30Item("30(1)(g)", "Security measures", security,
                  "Describe the technical and organisational security measures."),
    ]


def assess_activity(
    activity: ActivityRow, snapshot: Snapshot, transfers_by_vendor: dict[int, list[Transfer]],
    as_of: dt.date, retired: set[int] | None = None,
) -> list[Finding]:
    """Completeness of one record against Art. 30, its legal basis, DPIA and review."""
    found: list[Finding] = []

    def add(severity: Severity, rule: str, message: str) -> None:
        found.append(Finding(severity, rule, "activity", activity.id, activity.name, message))

    transfers = [t for vid in activity.vendor_ids for t in transfers_by_vendor.get(vid, [])]
    for item in art30_items(activity, snapshot.organisation, transfers):
        if not item.complete:
            rule = "activity.art" + item.code.replace("(", "-").replace(")", "").rstrip("-")
            add(Severity.WARNING, rule,
                f"Art. {item.code} ({item.title.lower()}) is incomplete. {item.fix}")
    if activity.role == ActivityRole.CONTROLLER:
        if activity.legal_basis is None:
            add(Severity.WARNING, "activity.legal-basis",
                "No legal basis (Art. 6(1)) is recorded. Choose the basis of the processing.")
        elif activity.legal_basis.value == "legitimate_interests" and not (
            activity.legitimate_interests.strip()
        ):
            add(Severity.WARNING, "activity.legitimate-interests",
                "Legitimate interests is the legal basis, but the interests are not described. "
                "Describe them (and the balancing test).")
    if activity.dpia_status in (DpiaStatus.REQUIRED, DpiaStatus.IN_PROGRESS):
        add(Severity.WARNING, "activity.dpia-pending",
            "A DPIA is required but not completed (Art. 35). Complete it before processing.")
    if retired is None:
        retired = retired_vendors(snapshot, as_of)
    gone = [snapshot.vendors[v].name for v in activity.vendor_ids if v in retired]
    if gone:
        add(Severity.WARNING, "activity.retired-vendor",
            f"The record still names retired vendors: {', '.join(gone)}. Remove them or "
            "name the vendor that replaced them.")
    found.extend(
        _review_findings("activity", activity.id, activity.name, activity.next_review,
                         activity.last_reviewed, snapshot.organisation.review_interval_months,
                         as_of)
    )
    return found


def retired_vendors(snapshot: Snapshot, as_of: dt.date) -> set[int]:
    """Ids of the vendors retired (and no longer in use) on ``as_of``."""
    return {
        v.id for v in snapshot.vendors.values()
        if v.status == VendorStatus.RETIRED and not v.in_use(as_of)
    }


def assess_organisation(org: OrganisationRow) -> list[Finding]:
    found: list[Finding] = []

    def add(severity: Severity, rule: str, message: str) -> None:
        found.append(Finding(severity, rule, "organisation", 1, org.name or "Organisation",
                             message))

    if not org.name.strip():
        add(Severity.ERROR, "organisation.name", "The organisation's name is not recorded.")
    if not (org.email or org.phone).strip() or not org.address.strip():
        add(Severity.WARNING, "organisation.contact",
            "The organisation's address and contact details are incomplete (Art. 30(1)(a)).")
    if not org.dpo_name.strip():
        add(Severity.INFO, "organisation.dpo",
            "No data protection officer is recorded. Record one where Art. 37 requires it, "
            "or the privacy contact.")
    if org.is_processor and not (org.objection_contact or org.email).strip():
        add(Severity.WARNING, "organisation.objection-contact",
            "No contact is recorded for customers who object to a sub-processor (Art. 28(2)).")
    return found


# --- all together ----------------------------------------------------------------------------


def assess(
    snapshot: Snapshot,
    as_of: dt.date | None = None,
    facts: Facts | None = None,
    revoke: Iterable[str] = (),
) -> Assessment:
    """Every finding and transfer of the registry on ``as_of`` (today by default).

    Args:
        snapshot: the registry.
        as_of: the date the law is applied on.
        facts: the legal facts; the shipped file when None.
        revoke: decision ids to treat as fallen (a what-if).
    """
    as_of = as_of or dt.date.today()
    facts = facts or load_facts()
    revoke = tuple(revoke)
    if revoke:
        facts = facts.with_revoked(revoke)
    check = _TransferCheck(facts, as_of)
    chains = snapshot.chains()
    in_use = [v for v in snapshot.vendors.values() if v.in_use(as_of)]
    transfers: list[Transfer] = []
    findings: list[Finding] = []
    for vendor in in_use:
        chain = chains[vendor.id]
        _vendor_transfers(vendor, chain, check, transfers, findings)
        findings.extend(assess_vendor(vendor, chain, snapshot.organisation, as_of))
    # A record's transfers are those of its vendors and of their sub-processors at any depth
    # (onward transfers, LEGAL.md 4.10), as the Art. 30 report lists them.
    by_vendor: dict[int, list[Transfer]] = defaultdict(list)
    for t in transfers:
        current: int | None = t.vendor_id
        seen: set[int] = set()
        while current is not None and current not in seen and current in snapshot.vendors:
            seen.add(current)
            by_vendor[current].append(t)
            current = snapshot.vendors[current].parent_id
    retired = retired_vendors(snapshot, as_of)
    for activity in snapshot.activities.values():
        findings.extend(assess_activity(activity, snapshot, by_vendor, as_of, retired))
    findings.extend(assess_organisation(snapshot.organisation))
    rank = {s: s.rank for s in Severity}
    findings.sort(key=lambda f: (rank[f.severity], f.record_kind, f.record_name.casefold(),
                                 f.rule, f.country or ""))
    return Assessment(as_of, tuple(findings), tuple(transfers), revoke)


def lost_basis(before: Assessment, after: Assessment) -> list[Transfer]:
    """Transfers that were covered in ``before`` and are errors in ``after`` (a what-if)."""
    was_ok = {
        (t.vendor_id, t.country) for t in before.transfers if t.severity != Severity.ERROR
    }
    return [
        t for t in after.transfers
        if t.severity == Severity.ERROR and (t.vendor_id, t.country) in was_ok
    ]
