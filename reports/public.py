"""The public view of the registry: what customers may see on the sub-processor list.

This is the only module the customer-facing list reads the registry through, and it copies
only public fields: names, legal entity, address, registration number, the public
description, where the data is hosted and accessed from, and how a transfer is protected in
plain words. Internal notes, review dates, DPA references, safeguard documents, risk and
assessment findings are never read here, so no renderer can leak them.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from urllib.parse import urlsplit

from registry.assessment import destinations
from registry.countries import country_name
from registry.enums import LocationKind, Mechanism, VendorRole, VendorStatus
from registry.labels import mechanism_name
from registry.snapshot import ServiceRow, VendorRow
from registry.validation import check_url
from reports.common import Job

PUBLIC_ROLES = (VendorRole.PROCESSOR, VendorRole.SUB_PROCESSOR)
HOSTED_KINDS = (LocationKind.HOSTING, LocationKind.BACKUP, LocationKind.PROCESSING)


@dataclasses.dataclass(frozen=True, slots=True)
class PublicVendor:
    """One sub-processor as customers see it, in one language."""

    id: int
    name: str
    legal_name: str
    former_names: tuple[str, ...]
    address: str
    country: str
    registration: str
    description: str
    hosted: tuple[str, ...]
    accessed: tuple[str, ...]
    protection: tuple[str, ...]
    """One sentence per third-country destination; empty when all stays in the EU/EEA."""
    outside: bool
    link: str | None
    """A web page with more information: an http(s) URL that passed validation, or None."""
    parent: str | None
    starts: str | None
    """The start date in words, for a vendor that is announced but not yet in use."""


@dataclasses.dataclass(frozen=True, slots=True)
class PublicGroup:
    """The sub-processors of one service, inside and outside the EU/EEA."""

    title: str
    description: str
    inside: tuple[PublicVendor, ...]
    outside: tuple[PublicVendor, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class PublicList:
    """The whole customer-facing list in one language."""

    lang: str
    title: str
    organisation: str
    intro: tuple[str, ...]
    contact: str
    groups: tuple[PublicGroup, ...]
    date: str


def safe_link(url: str) -> str | None:
    """``url`` when it is a complete http(s) address, else None."""
    url = url.strip()
    if not url or check_url(url) is not None:
        return None
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return None
    return url


class PublicView:
    """Builds the :class:`PublicList` of a job.

    Args:
        job: the run (registry, as-of date, language, chosen service).
    """

    def __init__(self, job: Job) -> None:
        self.job = job
        self.t = job.t
        self.vendors = job.snapshot.vendors
        self.children: dict[int, list[int]] = defaultdict(list)
        for v in self.vendors.values():
            if v.parent_id is not None:
                self.children[v.parent_id].append(v.id)
        self._cache: dict[int, PublicVendor] = {}

    def is_public(self, vendor: VendorRow) -> bool:
        """A processor or sub-processor in use on the date, or announced to start later."""
        if vendor.role not in PUBLIC_ROLES:
            return False
        if vendor.status == VendorStatus.RETIRED:
            return False
        return vendor.in_use(self.job.as_of) or (
            vendor.start_date is not None and vendor.start_date > self.job.as_of
            and (vendor.end_date is None or vendor.end_date > self.job.as_of)
        )

    def build(self) -> PublicList:
        t = self.t
        org = self.job.snapshot.organisation
        contact = (org.objection_contact or org.email or org.dpo_email or org.phone).strip()
        service = self.job.service
        scope = t("pub.scope_one", service=service.name) if service else t("pub.scope_all")
        intro = [t("pub.intro", org=org.name or "", scope=scope)]
        if org.notice_days:
            intro.append(t("pub.object", contact=contact or t("not_stated"),
                           days=org.notice_days))
        else:
            intro.append(t("pub.object_nodays", contact=contact or t("not_stated")))
        groups = [self.group(s) for s in self.job.services()]
        if service is None:
            other = self.unattached()
            if other:
                groups.append(self.split(t("pub.other"), "", other))
        if self.all_have_dpa(groups):
            intro.append(t("pub.dpa"))
        date = t.long_date(self.job.as_of)
        return PublicList(
            lang=self.job.lang,
            title=t("subprocessors.title", date=date),
            organisation=org.name,
            intro=tuple(intro),
            contact=contact,
            groups=tuple(g for g in groups if g.inside or g.outside),
            date=date,
        )

    # --- grouping -------------------------------------------------------------------

    def reached(self, roots: list[int]) -> list[tuple[int, str | None]]:
        """The public vendors under ``roots`` (any depth), each with its parent's name."""
        out: list[tuple[int, str | None]] = []
        seen: set[int] = set()
        stack: list[tuple[int, str | None]] = [(vid, None) for vid in reversed(roots)]
        while stack:
            vid, parent = stack.pop()
            if vid in seen or vid not in self.vendors:
                continue
            seen.add(vid)
            vendor = self.vendors[vid]
            if not self.is_public(vendor):
                continue
            out.append((vid, parent))
            stack.extend((c, vendor.name) for c in reversed(self.children.get(vid, ())))
        return out

    def all_have_dpa(self, groups: list[PublicGroup]) -> bool:
        """Whether every listed vendor has a signed DPA: only then may the list say so."""
        listed = {v.id for g in groups for v in (*g.inside, *g.outside)}
        return all(
            (dpa := self.vendors[vid].dpa) is not None and dpa.signed_date is not None
            for vid in listed
        )

    def group(self, service: ServiceRow) -> PublicGroup:
        purposes = {vid: p for vid, p in service.vendors}
        found = self.reached([vid for vid, _ in service.vendors])
        return self.split(service.name, service.description,
                          [self.public(vid, parent, purposes.get(vid, ""))
                           for vid, parent in found])

    def unattached(self) -> list[PublicVendor]:
        """Public vendors that no service reaches (used across the organisation)."""
        linked = {vid for s in self.job.snapshot.services.values() for vid, _ in s.vendors}
        covered = {vid for vid, _ in self.reached(sorted(linked))}
        roots = [v.id for v in self.vendors.values()
                 if v.id not in covered and (v.parent_id is None or v.parent_id not in
                                             self.vendors)]
        found = self.reached(roots)
        return [self.public(vid, parent, "") for vid, parent in found if vid not in covered]

    @staticmethod
    def split(title: str, description: str, vendors: list[PublicVendor]) -> PublicGroup:
        ordered = sorted(vendors, key=lambda v: (v.name.casefold(), v.id))
        return PublicGroup(
            title=title,
            description=description,
            inside=tuple(v for v in ordered if not v.outside),
            outside=tuple(v for v in ordered if v.outside),
        )

    # --- one vendor -----------------------------------------------------------------

    def public(self, vendor_id: int, parent: str | None, purpose: str) -> PublicVendor:
        cached = self._cache.get(vendor_id)
        if cached is not None and cached.parent == parent:
            return cached
        v = self.vendors[vendor_id]
        lang = self.job.lang
        t = self.t
        third = [c for c in sorted(destinations(v))
                 if not self.job.facts.in_eea(c, self.job.as_of)]
        starts = None
        if v.start_date is not None and v.start_date > self.job.as_of:
            starts = t("pub.planned", date=t.long_date(v.start_date))
        result = PublicVendor(
            id=v.id,
            name=v.name,
            legal_name=v.legal_name if v.legal_name.strip() != v.name.strip() else "",
            former_names=tuple(v.former_names),
            address=v.address,
            country=self.country_unless_named(v),
            registration=v.registration_number,
            description=v.description(lang) or purpose,
            hosted=tuple(self.places(v, HOSTED_KINDS)),
            accessed=tuple(self.access(v)),
            protection=tuple(self.protection(v, c) for c in third),
            outside=bool(third),
            link=safe_link(v.privacy_url) or safe_link(v.website),
            parent=parent,
            starts=starts,
        )
        self._cache[vendor_id] = result
        return result

    def country_unless_named(self, v: VendorRow) -> str:
        """The country of establishment, unless the address already names it."""
        name = country_name(v.country, self.job.lang)
        address = v.address.casefold()
        if name.casefold() in address or country_name(v.country, "en").casefold() in address:
            return ""
        return name

    def places(self, v: VendorRow, kinds: tuple[LocationKind, ...]) -> list[str]:
        lang = self.job.lang
        out = []
        for loc in v.locations:
            if loc.kind in kinds:
                name = country_name(loc.country, lang)
                out.append(f"{name} ({loc.detail.strip()})" if loc.detail.strip() else name)
        return list(dict.fromkeys(out))

    def access(self, v: VendorRow) -> list[str]:
        out = [country_name(v.country, self.job.lang)] if v.country else []
        out.extend(self.places(v, (LocationKind.SUPPORT,)))
        return list(dict.fromkeys(out))

    def protection(self, v: VendorRow, country: str) -> str:
        """How the transfer to ``country`` is protected, in one plain sentence."""
        t = self.t
        name = country_name(country, self.job.lang)
        sg = v.safeguard_for(country)
        facts = self.job.facts
        if sg is None:
            decision = facts.decision_for(country, self.job.as_of)
            if decision is not None and not decision.requires_certification:
                return f"{name}: {t('protect.adequacy')}."
            return f"{name}: {t('protect.none')}."
        mechanism = facts.mechanism(sg.mechanism.value)
        if mechanism.kind == "dead":
            dead = mechanism_name(mechanism, self.job.lang)
            return f"{name}: {t('protect.dead', mechanism=dead)}."
        if sg.mechanism == Mechanism.DEROGATION:
            return f"{name}: {t('protect.derogation')}."
        return f"{name}: {t('protect.' + sg.mechanism.value)}."
