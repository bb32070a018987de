"""What is wrong with the registry, as of a date: pure functions from a snapshot to findings.

Every legal fact comes from :mod:`registry.facts`, so the same registry assessed on
2020-07-01 and on today gives different answers (Privacy Shield was valid on the first date,
the EU-US Data Privacy Framework did not exist yet), and a what-if can revoke a decision.

The checks are those of docs/law.md: transfers, processors, the completeness of each Article
30 record, and overdue reviews. Each finding carries a stable rule id, the record, the
destination and the vendor chain where relevant, and a message that says what to do: a
:class:`~registry.messages.Message` (key and parameters) that is worded in the reader's
language when it is shown (:meth:`Finding.message_in`), in English by :attr:`Finding.message`.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from registry.citations import Citation
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
from registry.labels import mechanism_term
from registry.messages import (
    Country,
    Join,
    Message,
    Sentence,
    Term,
    countries,
    in_language,
    msg,
    names,
    render,
    term,
)
from registry.snapshot import ActivityRow, OrganisationRow, SafeguardRow, Snapshot, VendorRow
from registry.validation import registration_problem

T = TypeVar("T")

ENTITY = "entity"
"""How a destination is reached when it is the vendor's own country of establishment."""

VIAS = (ENTITY, *(kind.value for kind in LocationKind))
"""How a transfer reaches its country: the vendor's entity, or a location kind (their labels:
the vocabulary ``via`` of :mod:`registry.labels`)."""

_VIA_TEXTS: dict[str, Message | str] = {via: msg(f"via.{via}") for via in VIAS}

REVIEW_SOON_DAYS = 30


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months (clamped to the month's last day)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclasses.dataclass(slots=True)
class Finding:
    """One thing the privacy officer should know or fix."""

    severity: Severity
    rule: str
    record_kind: str
    """``vendor``, ``activity``, ``service`` or ``organisation``."""
    record_id: int | None
    record_name: str
    """The record's name; the organisation without one is called "Organisation" (a
    :class:`~registry.messages.Sentence`, worded in the reader's language by
    :meth:`record_name_in`)."""
    text: Message
    """What is wrong and what to do, to be worded in the reader's language."""
    country: str | None = None
    chain: tuple[str, ...] = ()

    @property
    def is_onward(self) -> bool:
        return len(self.chain) > 1

    @property
    def message(self) -> str:
        """The message in English."""
        return render(self.text, "en")

    def message_in(self, lang: str) -> str:
        """The message in ``lang`` (en, nb, da, sv or fi)."""
        return render(self.text, lang)

    def record_name_in(self, lang: str) -> str:
        """The record's name as a reader of ``lang`` sees it (names are never translated,
        only the name the app gives a record that has none)."""
        return in_language(self.record_name, lang)


@dataclasses.dataclass(slots=True)
class Transfer:
    """One vendor x third-country destination, with how it is covered."""

    vendor_id: int
    vendor_name: str
    chain: tuple[str, ...]
    country: str
    via: tuple[str, ...]
    mechanism: Mechanism | None
    basis_text: Message
    """What covers the transfer ("Japan adequacy decision (EU) 2019/419", "SCC ...")."""
    severity: Severity | None
    """None when the transfer is covered and nothing needs doing."""
    text: Message
    """The verdict in words: what covers the transfer, or what is wrong and what to do."""
    decision_id: str | None = None
    note_text: Message | None = None
    """Worth knowing about a covered transfer (an adequacy decision's limited scope)."""

    @property
    def verdict(self) -> str:
        return self.severity.value if self.severity else "ok"

    @property
    def basis(self) -> str:
        """What covers the transfer, in English."""
        return render(self.basis_text, "en")

    @property
    def message(self) -> str:
        """The verdict in English."""
        return render(self.text, "en")

    @property
    def note(self) -> str | None:
        """The note in English, if any."""
        return render(self.note_text, "en") if self.note_text else None

    def basis_in(self, lang: str) -> str:
        return render(self.basis_text, lang)

    def message_in(self, lang: str) -> str:
        return render(self.text, lang)

    def note_in(self, lang: str) -> str | None:
        return render(self.note_text, lang) if self.note_text else None


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

NO_BASIS = msg("basis.none")
"""The basis of a transfer that nothing covers."""

COMPELLING = msg("derogation.compelling", article=Citation(49, 1, subparagraph=2))
"""The compelling-legitimate-interests derogation (Art. 49(1) second subparagraph)."""


def mechanism_name(mech: MechanismFact) -> Term:
    """A mechanism's name: the facts file's label, worded by the catalogue's terms."""
    return mechanism_term(mech)


def judgment(mech: MechanismFact) -> Term:
    """What ended a dead mechanism ("invalidated by the CJEU on 16 Jul 2020 (C-311/18 ...)")."""
    dates = {
        name: day for name, day in (
            ("valid_from", mech.valid_from),
            ("no_new_contracts_from", mech.no_new_contracts_from),
            ("invalid_from", mech.invalid_from),
        ) if day is not None
    }
    return term(f"judgment.{mech.id}", mech.judgment or "", **dates)


def replacement(mech: MechanismFact) -> Term:
    """What replaces a dead mechanism."""
    return term(f"replace_with.{mech.id}", mech.replace_with or "")


def decision_title(decision: Decision) -> Term:
    """What an adequacy decision covers, as its title says ("Japan").

    Other languages name the decision's country; a decision for no country, or one that
    covers only certified organisations (the EU-US DPF), has a title of its own in the term
    tables.
    """
    if decision.country is None or decision.requires_certification:
        return term(f"decision.{decision.id}.title", decision.title)
    return term("decision.title", decision.title, country=Country(decision.country))


def decision_label(decision: Decision) -> Message:
    """An adequacy decision in words: "Japan adequacy decision (EU) 2019/419"."""
    return msg("decision", title=decision_title(decision), reference=decision.reference)



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
        self._words: dict[tuple[str, str], Any] = {}
        """Parts of messages that are the same for every vendor on this run (memoised)."""

    def decision_for(self, country: str) -> Decision | None:
        """The adequacy decision for ``country`` in force on the as-of date (memoised)."""
        if country not in self._decisions:
            self._decisions[country] = self.facts.decision_for(country, self.as_of)
        return self._decisions[country]

    def _memo(self, kind: str, key: str, make: Callable[[], T]) -> T:
        found: T | None = self._words.get((kind, key))
        if found is None:
            found = self._words[(kind, key)] = make()
        return found

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
        severity, rule, text, basis, decision_id, note = result
        transfer = Transfer(
            vendor_id=vendor.id,
            vendor_name=vendor.name,
            chain=chain,
            country=country,
            via=via,
            mechanism=safeguard.mechanism if safeguard else None,
            basis_text=basis,
            severity=severity,
            text=text,
            decision_id=decision_id,
            note_text=note,
        )
        findings: list[Finding] = []
        if severity is not None and rule:
            findings.append(
                Finding(severity, rule, "vendor", vendor.id, vendor.name,
                        self._prefixed(text, country, via, chain), country, chain)
            )
        if note and severity is None:
            findings.append(
                Finding(Severity.INFO, "transfer.partial-adequacy", "vendor", vendor.id,
                        vendor.name, self._prefixed(note, country, via, chain), country, chain)
            )
        hosted = self._eea_hosting(vendor)
        if severity is None and ENTITY in via and hosted and not {"hosting", "backup"} & set(via):
            access = msg("entity_access", hosted=countries(hosted), country=Country(country))
            findings.append(Finding(
                Severity.INFO, "transfer.entity-access", "vendor", vendor.id, vendor.name,
                self._prefixed(access, country, via, chain), country, chain,
            ))
        return transfer, findings

    def _eea_hosting(self, vendor: VendorRow) -> list[str]:
        """The EU/EEA countries where the vendor hosts the data (or none)."""
        return sorted({
            loc.country for loc in vendor.locations
            if loc.kind in (LocationKind.HOSTING, LocationKind.BACKUP)
            and self.no_transfer(loc.country)
        })

    def _prefixed(self, text: Message, country: str, via: tuple[str, ...],
                  chain: tuple[str, ...]) -> Message:
        """``text`` after the transfer it is about: "Transfer to Japan (JP, hosting): ..."."""
        where = self._memo("where", f"{country} {' '.join(via)}", lambda: msg(
            "where", country=Country(country), code=country,
            via=Join(tuple(_VIA_TEXTS.get(v, v) for v in via))))
        if len(chain) > 1:
            return msg("prefix.onward", chain=names(chain, "arrow"), where=where, text=text)
        return msg("prefix.transfer", where=where, text=text)

    # Each branch returns (severity, rule, message, basis, decision id, note).
    _Result = tuple[Severity | None, str, Message, Message, str | None, Message | None]

    def _decision_gone(self, country: str) -> Message:
        """Why no adequacy decision covers ``country`` on the as-of date, in words."""
        return self._memo("gone", country, lambda: self._why_gone(country))

    def _why_gone(self, country: str) -> Message:
        for d in self.facts.decisions_for(country):
            if d.revoked:
                return msg("gone.would_lose", reference=d.reference, title=decision_title(d))
            if self.as_of < d.valid_from:
                return msg("gone.not_yet", reference=d.reference, date=d.valid_from)
            if d.valid_until is not None and self.as_of > d.valid_until:
                return msg("gone.expired", reference=d.reference, date=d.valid_until)
        return msg("gone.none", country=Country(country))

    def _without_safeguard(self, country: str, decision: Decision | None) -> _Result:
        if decision is not None and not decision.requires_certification:
            return (None, "", msg("covered.adequacy"), self._decision(decision), decision.id,
                    self._scope_note(decision))
        if decision is not None:
            return (
                Severity.ERROR, "transfer.no-mechanism", msg("no_mechanism.dpf"),
                NO_BASIS, None, None,
            )
        return (
            Severity.ERROR, "transfer.no-mechanism",
            msg("no_mechanism.gone", reason=self._decision_gone(country)),
            NO_BASIS, None, None,
        )

    def _decision(self, decision: Decision) -> Message:
        return self._memo("decision", decision.id, lambda: decision_label(decision))

    def _scope_note(self, decision: Decision) -> Message | None:
        scope = decision.scope
        if scope:
            return self._memo("scope", decision.id, lambda: msg(
                "scope_note", decision=self._decision(decision),
                scope=term(f"decision.{decision.id}.scope", scope)))
        return None

    def _name(self, mech: MechanismFact) -> Term:
        return self._memo("name", mech.id, lambda: mechanism_name(mech))

    def _basis(self, mech: MechanismFact) -> Message:
        return self._memo("basis", mech.id,
                          lambda: msg("basis.mechanism", mechanism=self._name(mech)))

    def _with_safeguard(
        self, vendor: VendorRow, sg: SafeguardRow, country: str, decision: Decision | None
    ) -> _Result:
        mech = self.facts.mechanism(sg.mechanism.value)
        name = self._name(mech)
        basis = self._basis(mech)
        if mech.country and mech.country != country and mech.kind == "dead":
            return (
                Severity.ERROR, "transfer.wrong-country",
                msg("wrong_country", mechanism=name, only=Country(mech.country),
                    country=Country(country)),
                basis, None, None,
            )
        if decision is not None and not decision.requires_certification and mech.kind not in (
            "adequacy", "dpf"
        ):
            return (None, "", msg("covered.adequacy_not_needed", mechanism=name),
                    self._decision(decision), decision.id, self._scope_note(decision))
        if mech.kind == "dead":
            return self._dead(mech)
        if mech.kind == "adequacy":
            if decision is None:
                return (
                    Severity.ERROR, "transfer.adequacy-missing",
                    msg("adequacy_missing", reason=self._decision_gone(country)),
                    basis, None, None,
                )
            if decision.requires_certification:
                return self._dpf(sg, country)
            return (None, "", msg("covered.adequacy"), self._decision(decision), decision.id,
                    self._scope_note(decision))
        if mech.kind == "dpf":
            return self._dpf(sg, country)
        if mech.kind == "derogation":
            return self._derogation(sg, mech)
        return self._appropriate_safeguard(sg, mech)

    def _dead(self, mech: MechanismFact) -> _Result:
        name = self._name(mech)
        basis = self._basis(mech)
        if mech.not_yet(self.as_of) and mech.valid_from is not None:
            return (
                Severity.ERROR, "transfer.not-yet-valid",
                msg("not_yet_valid", mechanism=name, date=mech.valid_from),
                basis, None, None,
            )
        if mech.dead_on(self.as_of):
            return (
                Severity.ERROR, "transfer.dead-mechanism",
                msg("dead_mechanism", mechanism=name, judgment=judgment(mech),
                    replacement=replacement(mech)),
                basis, None, None,
            )
        if mech.no_new_contracts_from and self.as_of >= mech.no_new_contracts_from:
            assert mech.invalid_from is not None
            return (
                Severity.WARNING, "transfer.old-scc",
                msg("old_scc", mechanism=name, date=mech.invalid_from,
                    replacement=replacement(mech)),
                basis, None, None,
            )
        return (None, "", msg("covered.still_valid", mechanism=name), basis, None, None)

    def _dpf(self, sg: SafeguardRow, country: str) -> _Result:
        dpf = self.facts.mechanism(Mechanism.EU_US_DPF.value)
        basis = self._basis(dpf)
        if country != "US":
            return (
                Severity.ERROR, "transfer.dpf-not-us",
                msg("dpf_not_us", country=Country(country)),
                basis, None, None,
            )
        decision = self.facts.decision(dpf.decision or "")
        if decision is None or not decision.in_force(self.as_of):
            return (
                Severity.ERROR, "transfer.adequacy-missing",
                msg("dpf_adequacy_missing", reason=self._decision_gone(country)),
                basis, decision.id if decision else None, None,
            )
        if not sg.dpf_certified:
            return (
                Severity.ERROR, "transfer.dpf-not-certified", msg("dpf_not_certified"),
                basis, decision.id, None,
            )
        if sg.dpf_checked is None or sg.dpf_checked > self.as_of:
            return (
                Severity.WARNING, "transfer.dpf-unchecked", msg("dpf_unchecked"),
                basis, decision.id, None,
            )
        due = add_months(sg.dpf_checked, self.facts.dpf_check_months)
        if due < self.as_of:
            return (
                Severity.WARNING, "transfer.dpf-check-stale",
                msg("dpf_check_stale", date=sg.dpf_checked, months=self.facts.dpf_check_months),
                basis, decision.id, None,
            )
        reference = decision.reference
        return (None, "", msg("covered.dpf", date=sg.dpf_checked),
                self._memo("basis.dpf", reference, lambda: msg(
                    "basis.dpf", mechanism=self._name(dpf), reference=reference)),
                decision.id, None)

    def _derogation(self, sg: SafeguardRow, mech: MechanismFact) -> _Result:
        which = (
            COMPELLING if sg.derogation == Derogation.COMPELLING
            else Citation(49, 1, sg.derogation.value) if sg.derogation
            else Citation(49)
        )
        return (
            Severity.WARNING, "transfer.derogation", msg("derogation", which=which),
            msg("basis.derogation", mechanism=self._name(mech), which=which), None, None,
        )

    def _appropriate_safeguard(self, sg: SafeguardRow, mech: MechanismFact) -> _Result:
        name = self._name(mech)
        label = self._basis(mech)
        module = sg.scc_module
        if sg.mechanism == Mechanism.SCC_2021 and module:
            label = self._memo("module", f"{mech.id} {module}", lambda: msg(
                "mechanism_module", mechanism=name, module=module))
        if mech.not_yet(self.as_of) and mech.valid_from is not None:
            return (
                Severity.ERROR, "transfer.not-yet-valid",
                msg("not_yet_valid", mechanism=name, date=mech.valid_from),
                label, None, None,
            )
        if sg.mechanism == Mechanism.SCC_2021 and not sg.scc_module:
            return (
                Severity.WARNING, "transfer.scc-module-missing", msg("scc_module_missing"),
                label, None, None,
            )
        if not mech.needs_tia:
            return (None, "", msg("covered.by", mechanism=label), label, None, None)
        if sg.tia_date is None or sg.tia_date > self.as_of:
            return (
                Severity.WARNING, "transfer.tia-missing", msg("tia_missing", mechanism=label),
                label, None, None,
            )
        if sg.tia_outcome == TiaOutcome.NOT_ADEQUATE:
            return (
                Severity.ERROR, "transfer.tia-negative", msg("tia_negative", date=sg.tia_date),
                label, None, None,
            )
        due = add_months(sg.tia_date, self.facts.tia_months)
        if due < self.as_of:
            return (
                Severity.WARNING, "transfer.tia-stale",
                msg("tia_stale", date=sg.tia_date, months=self.facts.tia_months),
                label, None, None,
            )
        return (None, "", msg("covered.tia", mechanism=label, date=sg.tia_date), label, None,
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


def vendor_transfers(vendor: VendorRow, chain: tuple[str, ...], as_of: dt.date,
                     facts: Facts) -> list[Transfer]:
    """The third-country transfers of one vendor as :func:`assess` judges them (none when
    the vendor is not in use on ``as_of``), without the rest of the registry: what a vendor
    being edited would get once saved.

    Args:
        vendor: the vendor (:func:`registry.forms.vendor_as_saved` makes one of a form).
        chain: the names from the top of its sub-processor chain down to it.
        as_of: the date of the assessment.
        facts: the legal facts.
    """
    transfers: list[Transfer] = []
    if vendor.in_use(as_of):
        _vendor_transfers(vendor, chain, _TransferCheck(facts, as_of), transfers, [])
    return transfers


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
                msg("safeguard_unused.no_location", country=Country(sg.country),
                    code=sg.country),
                sg.country,
            ))
        elif check.no_transfer(sg.country):
            findings.append(Finding(
                Severity.INFO, "transfer.safeguard-unused", "vendor", vendor.id, vendor.name,
                msg("safeguard_unused.eea", country=Country(sg.country), code=sg.country),
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
                msg("review.overdue", date=next_review),
            )]
        if (next_review - as_of).days <= REVIEW_SOON_DAYS:
            return [Finding(
                Severity.INFO, f"{kind}.review-due", kind, record_id, name,
                msg("review.due", date=next_review),
            )]
        return []
    if last_reviewed is not None and add_months(last_reviewed, interval_months) < as_of:
        return [Finding(
            Severity.WARNING, f"{kind}.review-overdue", kind, record_id, name,
            msg("review.overdue_interval", date=last_reviewed, months=interval_months),
        )]
    return []


def assess_vendor(
    vendor: VendorRow, chain: tuple[str, ...], organisation: OrganisationRow, as_of: dt.date
) -> list[Finding]:
    """DPA, chain knowledge, registration number, locations and review of one vendor."""
    found: list[Finding] = []

    def add(severity: Severity, rule: str, text: Message) -> None:
        found.append(Finding(severity, rule, "vendor", vendor.id, vendor.name, text,
                             chain=chain))

    if vendor.role.needs_dpa:
        if vendor.dpa is None or vendor.dpa.signed_date is None:
            add(Severity.ERROR, "vendor.dpa-missing", msg("dpa_missing"))
        elif vendor.dpa.review_date is not None and vendor.dpa.review_date < as_of:
            add(Severity.WARNING, "vendor.dpa-review-overdue",
                msg("dpa_review_overdue", date=vendor.dpa.review_date))
    if len(chain) > 1:
        missing = [
            msg(key) for key, value in (
                ("field.legal_name", vendor.legal_name),
                ("field.address", vendor.address),
                ("field.contact", vendor.contact_email or vendor.website),
            ) if not value.strip()
        ]
        if missing:
            add(Severity.WARNING, "vendor.chain-incomplete",
                msg("chain_incomplete", missing=Join(tuple(missing))))
    problem = registration_problem(vendor.country, vendor.registration_number)
    if problem:
        add(Severity.WARNING, "vendor.registration-invalid",
            msg("registration_invalid", problem=problem))
    if not vendor.locations:
        add(Severity.WARNING, "vendor.no-locations", msg("no_locations"))
    if vendor.status == VendorStatus.PLANNED:
        add(Severity.INFO, "vendor.planned", msg("planned"))
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
    title_text: Message
    complete: bool
    fix_text: Message
    """What to do when the item is incomplete."""

    @property
    def title(self) -> str:
        """The item's title in English ("Purposes")."""
        return render(self.title_text, "en")

    @property
    def fix(self) -> str:
        """What to do, in English."""
        return render(self.fix_text, "en")

    def title_in(self, lang: str) -> str:
        return render(self.title_text, lang)

    def fix_in(self, lang: str) -> str:
        return render(self.fix_text, lang)

    def reference(self) -> Citation:
        """The item, to be cited in the reader's language: "Art. 30(1)(b)", "art. 30 nr. 1
        bokstav b"."""
        return _ART30_REFS[self.code]


_ART30_CODES = (
    "30(1)(a)", "30(1)(b)", "30(1)(c)", "30(1)(d)", "30(1)(e)", "30(1)(f)", "30(1)(g)",
    "30(2)(a)", "30(2)(b)", "30(2)(c)", "30(2)(d)",
)
_ART30_REFS = {code: Citation.parse(code) for code in _ART30_CODES}
_ART30_TITLES = {code: msg(f"art30.title.{code[3]}{code[6]}") for code in _ART30_CODES}
_ART30_FIXES = {
    code: msg(f"art30.fix.{code[3]}{code[6]}") for code in (
        "30(1)(a)", "30(1)(b)", "30(1)(c)", "30(1)(d)", "30(1)(f)", "30(2)(a)", "30(2)(b)",
    )
} | {"30(1)(g)": msg("art30.fix.security"), "30(2)(d)": msg("art30.fix.security")}
_COMPELLING_FIX = msg("art30.fix.compelling")


def _item(code: str, complete: bool, fix: Message | None = None) -> Art30Item:
    return Art30Item(code, _ART30_TITLES[code], complete, fix or _ART30_FIXES[code])


def _is_compelling(transfer: Transfer) -> bool:
    return transfer.basis_text.key == "basis.derogation" and (
        transfer.basis_text.param("which") == COMPELLING)


def art30_items(activity: ActivityRow, organisation: OrganisationRow,
                transfers: Sequence[Transfer] = ()) -> list[Art30Item]:
    """The Article 30 items of a record, each with whether it is complete."""
    org_ok = bool(organisation.name.strip()) and bool(
        (organisation.email or organisation.phone or organisation.address).strip()
    )
    transfers_ok = all(t.severity != Severity.ERROR for t in transfers)
    compelling = any(_is_compelling(t) for t in transfers)
    transfers_doc = transfers_ok and (not compelling or bool(activity.transfer_notes.strip()))
    if transfers_ok:
        transfers_fix = _COMPELLING_FIX
    else:
        transfers_fix = msg("art30.fix.transfers", transfers=Join(tuple(
            msg("art30.transfer", chain=names(t.chain, "arrow"), country=Country(t.country))
            for t in transfers if t.severity == Severity.ERROR
        ), "semicolon"))
    security = bool(activity.security_measures.strip())
    if activity.role == ActivityRole.PROCESSOR:
        controllers_ok = bool(activity.controllers) and all(
            c.get("name", "").strip() and c.get("contact", "").strip()
            for c in activity.controllers
        )
        return [
            _item("30(2)(a)", org_ok and controllers_ok),
            _item("30(2)(b)", bool(activity.purposes.strip())),
            _item("30(2)(c)", transfers_doc, transfers_fix),
            _item("30(2)(d)", security),
        ]
    return [
        _item("30(1)(a)", org_ok),
        _item("30(1)(b)", bool(activity.purposes.strip())),
        _item("30(1)(c)", bool(activity.data_subjects) and bool(activity.data_categories)),
        _item("30(1)(d)", bool(activity.recipients) or bool(activity.vendor_ids)),
        _item("30(1)(e)", transfers_doc, transfers_fix),
        _item("30(1)(f)", bool(activity.retention) and all(
            r.get("period", "").strip() for r in activity.retention)),
        _item("30(1)(g)", security),
    ]


def assess_activity(
    activity: ActivityRow, snapshot: Snapshot, transfers_by_vendor: dict[int, list[Transfer]],
    as_of: dt.date, retired: set[int] | None = None,
) -> list[Finding]:
    """Completeness of one record against Art. 30, its legal basis, DPIA and review."""
    found: list[Finding] = []

    def add(severity: Severity, rule: str, text: Message) -> None:
        found.append(Finding(severity, rule, "activity", activity.id, activity.name, text))

    transfers = [t for vid in activity.vendor_ids for t in transfers_by_vendor.get(vid, [])]
    for item in art30_items(activity, snapshot.organisation, transfers):
        if not item.complete:
            rule = "activity.art" + item.code.replace("(", "-").replace(")", "").rstrip("-")
            add(Severity.WARNING, rule, msg("art30.incomplete", ref=item.reference(),
                                            title=item.title_text, fix=item.fix_text))
    if activity.role == ActivityRole.CONTROLLER:
        if activity.legal_basis is None:
            add(Severity.WARNING, "activity.legal-basis", msg("legal_basis_missing"))
        elif activity.legal_basis.value == "legitimate_interests" and not (
            activity.legitimate_interests.strip()
        ):
            add(Severity.WARNING, "activity.legitimate-interests",
                msg("legitimate_interests_undescribed"))
    if activity.dpia_status in (DpiaStatus.REQUIRED, DpiaStatus.IN_PROGRESS):
        add(Severity.WARNING, "activity.dpia-pending", msg("dpia_pending"))
    if retired is None:
        retired = retired_vendors(snapshot, as_of)
    gone = [snapshot.vendors[v].name for v in activity.vendor_ids if v in retired]
    if gone:
        add(Severity.WARNING, "activity.retired-vendor", msg("retired_vendors", names=names(gone)))
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
    name = org.name or Sentence(msg("record.organisation"))

    def add(severity: Severity, rule: str, text: Message) -> None:
        found.append(Finding(severity, rule, "organisation", 1, name, text))

    if not org.name.strip():
        add(Severity.ERROR, "organisation.name", msg("org.name_missing"))
    if not (org.email or org.phone).strip() or not org.address.strip():
        add(Severity.WARNING, "organisation.contact", msg("org.contact_incomplete"))
    if not org.dpo_name.strip():
        add(Severity.INFO, "organisation.dpo", msg("org.no_dpo"))
    if org.is_processor and not (org.objection_contact or org.email).strip():
        add(Severity.WARNING, "organisation.objection-contact", msg("org.no_objection_contact"))
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
    # (docs/law.md#onward-transfers), as the Art. 30 report lists them.
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

