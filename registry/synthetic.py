"""Synthetic registries at the scale the app is made for (up to 5,000 vendors), for benchmarks.

``build_synthetic(session, 5000)`` writes a registry of 5,000 vendors with proportional
content: 1,000 services, 2,000 processing activities and some 50,000 links (about three
locations per vendor, a safeguard for most third-country destinations, DPAs, sub-processor
chains up to three vendors long, service and activity mappings). The content is plausible
enough to exercise every finding: dead and missing mechanisms, stale DPF checks, missing
TIAs and DPAs, overdue reviews and incomplete records.

It is deterministic (``random.Random(seed)``, fixed dates, no set iteration) and fast: the
rows are planned in memory with ids assigned here and written with Core bulk inserts.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from registry import model
from registry.enums import (
    ActivityRole,
    Derogation,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Mechanism,
    TiaOutcome,
    VendorRole,
    VendorStatus,
)
from registry.errors import UserError
from registry.facts import Facts, load_facts
from registry.maintenance import ensure_empty
from registry.messages import sentence
from registry.storage import advance_id_sequences

SYNTHETIC_AS_OF = dt.date(2026, 11, 1)
"""All synthetic dates are relative to this day."""
CREATED_AT = dt.datetime(2026, 11, 1, 8, 0)

SERVICES_PER_VENDOR = 0.2
ACTIVITIES_PER_VENDOR = 0.4
SUB_PROCESSOR_SHARE = 0.2
MAX_CHAIN = 3
"""The longest vendor chain: top vendor → sub-processor → its sub-processor."""
MAX_VENDORS = 50_000
"""The largest synthetic registry: ten times the largest registry the app is made for, built
in about half a minute in some 400 MB; memory and time grow with the count, without end."""

T = TypeVar("T")


class CountryProfile(NamedTuple):
    weight: int
    forms: tuple[str, ...]
    cities: tuple[str, ...]
    nordic: bool = False


COUNTRIES: dict[str, CountryProfile] = {
    "NO": CountryProfile(14, ("AS",), ("Oslo", "Bergen", "Trondheim", "Stavanger"), True),
    "SE": CountryProfile(10, ("AB",), ("Stockholm", "Göteborg", "Malmö"), True),
    "DK": CountryProfile(9, ("ApS", "A/S"), ("København", "Aarhus", "Odense"), True),
    "FI": CountryProfile(6, ("Oy",), ("Helsinki", "Espoo", "Tampere"), True),
    "IS": CountryProfile(1, ("ehf.",), ("Reykjavík",), True),
    "DE": CountryProfile(9, ("GmbH",), ("Berlin", "München", "Frankfurt am Main")),
    "NL": CountryProfile(6, ("B.V.",), ("Amsterdam", "Rotterdam", "Utrecht")),
    "IE": CountryProfile(6, ("Ltd",), ("Dublin", "Cork")),
    "FR": CountryProfile(3, ("SAS",), ("Paris", "Lyon")),
    "PL": CountryProfile(2, ("sp. z o.o.",), ("Warszawa", "Kraków")),
    "EE": CountryProfile(1, ("OÜ",), ("Tallinn",)),
    "ES": CountryProfile(1, ("S.L.",), ("Madrid", "Barcelona")),
    "US": CountryProfile(12, ("Inc.", "LLC"), ("San Francisco", "Seattle", "New York",
                                               "Austin")),
    "GB": CountryProfile(5, ("Ltd",), ("London", "Manchester", "Edinburgh")),
    "CH": CountryProfile(2, ("AG",), ("Zürich", "Genève")),
    "IN": CountryProfile(3, ("Pvt Ltd",), ("Bengaluru", "Pune", "Hyderabad")),
    "BR": CountryProfile(1, ("Ltda.",), ("São Paulo",)),
    "CA": CountryProfile(1, ("Inc.",), ("Toronto", "Montréal")),
    "JP": CountryProfile(1, ("K.K.",), ("Tokyo",)),
    "PH": CountryProfile(1, ("Inc.",), ("Manila",)),
    "SG": CountryProfile(1, ("Pte. Ltd.",), ("Singapore",)),
    "AU": CountryProfile(1, ("Pty Ltd",), ("Sydney",)),
    "IL": CountryProfile(1, ("Ltd",), ("Tel Aviv",)),
    "UA": CountryProfile(1, ("LLC",), ("Kyiv", "Lviv")),
}

EEA_REGIONS: tuple[tuple[str, str], ...] = (
    ("IE", "AWS eu-west-1, Dublin"),
    ("DE", "AWS eu-central-1, Frankfurt"),
    ("SE", "AWS eu-north-1, Stockholm"),
    ("NO", "Azure Norway East, Oslo"),
    ("NL", "Azure West Europe, Amsterdam"),
    ("FI", "Google Cloud europe-north1, Hamina"),
    ("BE", "Google Cloud europe-west1, St. Ghislain"),
    ("FR", "OVHcloud, Roubaix"),
    ("DK", "Own data centre, Ballerup"),
    ("NO", "Own data centre, Oslo"),
)
US_REGIONS: tuple[tuple[str, str], ...] = (
    ("US", "AWS us-east-1, N. Virginia"),
    ("US", "Azure East US, Virginia"),
    ("US", "Google Cloud us-central1, Iowa"),
)
OTHER_REGIONS: tuple[tuple[str, str], ...] = (
    ("GB", "Azure UK South, London"),
    ("CH", "Data centre, Zürich"),
    ("IN", "AWS ap-south-1, Mumbai"),
    ("BR", "AWS sa-east-1, São Paulo"),
    ("JP", "AWS ap-northeast-1, Tokyo"),
    ("SG", "AWS ap-southeast-1, Singapore"),
    ("CA", "AWS ca-central-1, Montréal"),
    ("AU", "AWS ap-southeast-2, Sydney"),
)
OFFSHORE_SUPPORT: tuple[tuple[str, str], ...] = (
    ("IN", "Follow-the-sun support, Bengaluru"),
    ("PH", "Support centre, Manila"),
    ("US", "Third-line support, Austin"),
    ("UA", "Engineering team, Kyiv"),
    ("RS", "Development centre, Belgrade"),
)

NORDIC_STEMS = ("Nord", "Fjord", "Berg", "Lund", "Sol", "Havn", "Skog", "Elv", "Øst", "Vest",
                "Storm", "Lys", "Granit", "Polar", "Blå", "Kyst", "Dal", "Ask", "Is", "Stjern")
NORDIC_ENDINGS = ("vik", "heim", "dal", "berg", "lund", "havn", "by", "strand", "nes", "stad",
                  "sund", "mark", "ås", "fjell")
OTHER_STEMS = ("Summit", "Harbor", "Bright", "Blue", "Cedar", "Atlas", "Nova", "Apex",
               "Silver", "Crest", "Iron", "Maple", "River", "North", "Clear", "Stone")
OTHER_ENDINGS = ("point", "bridge", "field", "gate", "line", "wave", "works", "path",
                 "view", "side", "light", "way")
STREETS = ("Harbour Road", "Station Road", "Park Avenue", "Market Street", "Mill Lane",
           "Storgata", "Havnegata", "Industrivej", "Sveavägen", "Hauptstraße")


class Industry(NamedTuple):
    word: str
    en: str
    nb: str


INDUSTRIES: tuple[Industry, ...] = (
    Industry("Hosting", "Hosting of the production environment",
             "Drift av produksjonsmiljøet"),
    Industry("Cloud", "Cloud infrastructure", "Skyinfrastruktur"),
    Industry("Data", "Database and analytics platform", "Database- og analyseplattform"),
    Industry("Mail", "E-mail delivery", "Utsending av e-post"),
    Industry("SMS", "SMS delivery to mobile operators", "Levering av SMS til mobiloperatører"),
    Industry("Telecom", "Telephony and call routing", "Telefoni og samtaleruting"),
    Industry("Support", "Support desk system", "Supportsystem"),
    Industry("Security", "Security monitoring", "Sikkerhetsovervåking"),
    Industry("Backup", "Backup and recovery", "Sikkerhetskopiering og gjenoppretting"),
    Industry("Payments", "Payment processing", "Betalingsformidling"),
    Industry("Analytics", "Usage statistics", "Bruksstatistikk"),
    Industry("Consulting", "Development and maintenance", "Utvikling og vedlikehold"),
    Industry("Software", "Business application", "Forretningsapplikasjon"),
    Industry("Print", "Printing and posting of letters", "Utskrift og utsending av brev"),
    Industry("Identity", "Sign-in and identity verification", "Innlogging og ID-kontroll"),
)

CERTIFICATIONS = ("ISO 27001", "ISO 27017", "ISO 27018", "SOC 2 Type II",
                  "ISAE 3402 type II", "ISO 9001")
MEASURES = (
    "Encryption at rest with customer-managed keys.",
    "Pseudonymisation before transfer; keys stay in the EEA.",
    "Access only on a support ticket, logged and reviewed monthly.",
    "End-to-end encryption; the vendor holds no keys.",
)

SERVICE_KINDS = ("SMS gateway", "Helpdesk", "Managed hosting", "Remote support",
                 "E-mail delivery", "Customer portal", "Payroll", "Website", "Mobile app",
                 "Data warehouse", "IoT platform", "Contact centre", "Billing",
                 "Identity and access", "Backup service", "Booking system", "Web shop",
                 "Document archive", "Video meetings", "Field service")
SEGMENTS = ("Norway", "Sweden", "Denmark", "Finland", "Enterprise", "Public sector",
            "Retail", "Health", "Logistics", "Energy", "Finance", "Education",
            "Municipalities", "Hospitality", "Construction")


class ActivityTemplate(NamedTuple):
    name: str
    role: ActivityRole
    legal_basis: LegalBasis
    purposes: str
    subjects: tuple[str, ...]
    categories: tuple[str, ...]
    retention: str


ACTIVITY_TEMPLATES: tuple[ActivityTemplate, ...] = (
    ActivityTemplate("Customer administration", ActivityRole.CONTROLLER, LegalBasis.CONTRACT,
                     "Registering customers, invoicing and service notices.",
                     ("Customers' contact persons",), ("Name", "E-mail address", "Phone"),
                     "Deleted 3 months after the agreement ends"),
    ActivityTemplate("Message log", ActivityRole.PROCESSOR, LegalBasis.CONTRACT,
                     "Delivering customers' messages and keeping delivery reports.",
                     ("Message recipients",), ("Phone number", "Time stamp", "Message text"),
                     "3 months"),
    ActivityTemplate("User accounts", ActivityRole.CONTROLLER, LegalBasis.LEGITIMATE_INTERESTS,
                     "Access control and detecting misuse of accounts.",
                     ("Users",), ("Name", "E-mail address", "Login history", "IP address"),
                     "Last 10 logins; profile deleted 3 months after access ends"),
    ActivityTemplate("Support tickets", ActivityRole.CONTROLLER, LegalBasis.CONTRACT,
                     "Answering and following up support requests.",
                     ("Customers' users",), ("Name", "E-mail address", "Request text"),
                     "24 months after the ticket is closed"),
    ActivityTemplate("Hosted customer data", ActivityRole.PROCESSOR, LegalBasis.CONTRACT,
                     "Storing and processing data on customers' instructions.",
                     ("Customers' end users",), ("Contact details", "Usage data"),
                     "Deleted 30 days after the agreement ends"),
    ActivityTemplate("Invoicing", ActivityRole.CONTROLLER, LegalBasis.LEGAL_OBLIGATION,
                     "Invoicing and bookkeeping.",
                     ("Customers' contact persons",), ("Name", "Invoice address", "Amounts"),
                     "5 years (Bookkeeping Act)"),
    ActivityTemplate("Newsletter", ActivityRole.CONTROLLER, LegalBasis.CONSENT,
                     "Sending news to subscribers.",
                     ("Subscribers",), ("Name", "E-mail address", "Opens and clicks"),
                     "Until the subscriber unsubscribes"),
    ActivityTemplate("Security logging", ActivityRole.PROCESSOR, LegalBasis.CONTRACT,
                     "Detecting and investigating security incidents.",
                     ("Customers' employees",), ("User name", "IP address", "Events"),
                     "90 days"),
    ActivityTemplate("Usage statistics", ActivityRole.CONTROLLER, LegalBasis.CONSENT,
                     "Understanding how the service is used.",
                     ("Visitors", "Users"), ("Cookie identifiers", "Pages visited"),
                     "14 months"),
    ActivityTemplate("Call recording", ActivityRole.PROCESSOR, LegalBasis.CONTRACT,
                     "Recording calls for the customer's quality assurance.",
                     ("Callers", "Agents"), ("Phone number", "Recording"), "30 days"),
)


def _weighted(rng: random.Random, options: Sequence[tuple[T, int]]) -> T:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def _days_before(rng: random.Random, low: int, high: int) -> dt.date:
    return SYNTHETIC_AS_OF - dt.timedelta(days=rng.randint(low, high))


class SyntheticPlan:
    """The rows of every table, planned in memory with ids assigned here."""

    def __init__(self, rng: random.Random, facts: Facts) -> None:
        self.rng = rng
        self.facts = facts
        self.vendors: list[dict[str, Any]] = []
        self.locations: list[dict[str, Any]] = []
        self.safeguards: list[dict[str, Any]] = []
        self.dpas: list[dict[str, Any]] = []
        self.services: list[dict[str, Any]] = []
        self.service_vendors: list[dict[str, Any]] = []
        self.activities: list[dict[str, Any]] = []
        self.activity_vendors: list[dict[str, Any]] = []
        self.activity_services: list[dict[str, Any]] = []
        self._depth: list[int] = []
        self._industry: list[Industry] = []
        self._service_vendor_ids: list[list[int]] = []

    # --- vendors --------------------------------------------------------------------------

    def add_vendors(self, count: int) -> None:
        rng = self.rng
        width = max(4, len(str(count * 2 - 1)))
        numbers = rng.sample(range(10**width), count)
        codes = list(COUNTRIES)
        weights = [COUNTRIES[c].weight for c in codes]
        for index in range(count):
            country = rng.choices(codes, weights=weights)[0]
            industry = rng.choice(INDUSTRIES)
            parent = self._choose_parent(index)
            self._depth.append(1 if parent is None else self._depth[parent - 1] + 1)
            self._industry.append(industry)
            row = self._vendor_row(index + 1, country, industry, parent,
                                   f"{numbers[index]:0{width}d}")
            self.vendors.append(row)
            self._add_safeguards(row, self._add_locations(row))
            self._add_dpa(row)

    def _choose_parent(self, index: int) -> int | None:
        if index < 10 or self.rng.random() >= SUB_PROCESSOR_SHARE:
            return None
        for _ in range(8):
            candidate = self.rng.randrange(index) + 1
            if self._depth[candidate - 1] < MAX_CHAIN:
                return candidate
        return None

    def _vendor_name(self, country: str, industry: Industry, number: str) -> tuple[str, str]:
        profile = COUNTRIES[country]
        stems, endings = ((NORDIC_STEMS, NORDIC_ENDINGS) if profile.nordic
                          else (OTHER_STEMS, OTHER_ENDINGS))
        stem = self.rng.choice(stems) + self.rng.choice(endings)
        form = self.rng.choice(profile.forms)
        slug = (stem.casefold().replace("ø", "o").replace("å", "a").replace("æ", "ae")
                + number)
        return f"{stem} {industry.word} {form} {number}", slug

    def _vendor_row(self, vendor_id: int, country: str, industry: Industry,
                    parent: int | None, number: str) -> dict[str, Any]:
        rng = self.rng
        name, slug = self._vendor_name(country, industry, number)
        role = VendorRole.SUB_PROCESSOR if parent else _weighted(rng, (
            (VendorRole.PROCESSOR, 55), (VendorRole.SUB_PROCESSOR, 30),
            (VendorRole.INDEPENDENT_CONTROLLER, 12), (VendorRole.JOINT_CONTROLLER, 3)))
        status = _weighted(rng, ((VendorStatus.ACTIVE, 93), (VendorStatus.PLANNED, 3),
                                 (VendorStatus.RETIRED, 4)))
        start = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randint(0, 5380))
        end = None
        if status == VendorStatus.PLANNED:
            start = SYNTHETIC_AS_OF + dt.timedelta(days=rng.randint(20, 200))
        elif status == VendorStatus.RETIRED:
            end = start + dt.timedelta(days=rng.randint(0, (SYNTHETIC_AS_OF - start).days))
        last_reviewed = _days_before(rng, 10, 430)
        city = rng.choice(COUNTRIES[country].cities)
        return {
            "id": vendor_id,
            "name": name,
            "legal_name": name.rsplit(" ", 1)[0],
            "former_names": [] if rng.random() < 0.9 else [f"{name.split(' ')[0]} Group"],
            "registration_number": "",
            "address": f"{rng.choice(STREETS)} {rng.randint(1, 140)}, {city}",
            "country": country,
            "website": f"https://www.{slug}.example",
            "privacy_url": f"https://www.{slug}.example/privacy",
            "dpa_url": "",
            "contact_email": f"privacy@{slug}.example",
            "role": role.value,
            "status": status.value,
            "start_date": start,
            "end_date": end,
            "parent_id": parent,
            "descriptions": {"en": f"{industry.en}.", "nb": f"{industry.nb}."},
            "internal_notes": "" if rng.random() < 0.85 else
                              f"Contract renewal due {start.year + 5}.",
            "certifications": rng.sample(CERTIFICATIONS, rng.choice((0, 0, 1, 1, 2, 3))),
            "last_reviewed": last_reviewed,
            "next_review": last_reviewed + dt.timedelta(days=365),
            "created_at": CREATED_AT,
            "updated_at": CREATED_AT,
            "row_version": model.new_row_version(),
        }

    # --- locations, safeguards, DPAs -----------------------------------------------------------

    def _hosting_region(self, home: str) -> tuple[str, str]:
        rng = self.rng
        if self.facts.in_eea(home, SYNTHETIC_AS_OF):
            pool = _weighted(rng, ((EEA_REGIONS, 88), (US_REGIONS, 8), (OTHER_REGIONS, 4)))
        elif home == "US":
            pool = _weighted(rng, ((EEA_REGIONS, 50), (US_REGIONS, 50)))
        else:
            local = tuple(r for r in OTHER_REGIONS if r[0] == home) or OTHER_REGIONS
            pool = _weighted(rng, ((EEA_REGIONS, 40), (US_REGIONS, 20), (local, 40)))
        return rng.choice(pool)

    def _add_locations(self, vendor: dict[str, Any]) -> list[str]:
        """Plan the vendor's locations; return the countries they are in."""
        rng = self.rng
        home = vendor["country"]
        city = vendor["address"].rsplit(", ", 1)[1]
        hosting = self._hosting_region(home)
        places = [(hosting[0], LocationKind.HOSTING, hosting[1])]
        if rng.random() < 0.25:
            second = self._hosting_region(home)
            places.append((second[0], LocationKind.HOSTING, second[1]))
        if rng.random() < 0.35:
            backup = self._hosting_region(home)
            places.append((backup[0], LocationKind.BACKUP, backup[1]))
        if rng.random() < 0.75:
            places.append((home, LocationKind.SUPPORT, f"Support desk, {city}"))
        if rng.random() < 0.3:
            places.append((hosting[0], LocationKind.PROCESSING, f"Processing, {hosting[1]}"))
        if rng.random() < 0.15:
            offshore = rng.choice(OFFSHORE_SUPPORT)
            places.append((offshore[0], LocationKind.SUPPORT, offshore[1]))
        for country, kind, detail in dict.fromkeys(places):
            self.locations.append({
                "id": len(self.locations) + 1,
                "vendor_id": vendor["id"],
                "country": country,
                "kind": kind.value,
                "detail": detail,
            })
        return [country for country, _, _ in places]

    def _add_safeguards(self, vendor: dict[str, Any], places: list[str]) -> None:
        """A safeguard for most third countries the vendor reaches (entity or location)."""
        role = VendorRole(vendor["role"])
        destinations = dict.fromkeys([vendor["country"], *places])
        for country in destinations:
            if self.facts.in_eea(country, SYNTHETIC_AS_OF):
                continue
            row = self._safeguard_row(vendor["id"], country, role)
            if row is not None:
                row["id"] = len(self.safeguards) + 1
                self.safeguards.append(row)

    def _mechanism(self, country: str) -> Mechanism | None:
        rng = self.rng
        if country == "US":
            return _weighted(rng, (
                (Mechanism.EU_US_DPF, 48), (Mechanism.SCC_2021, 28), (Mechanism.BCR, 4),
                (Mechanism.PRIVACY_SHIELD, 5), (Mechanism.SAFE_HARBOR, 1),
                (Mechanism.SCC_2010_87, 3), (Mechanism.DEROGATION, 2), (None, 9)))
        if self.facts.decision_for(country, SYNTHETIC_AS_OF) is not None:
            return _weighted(rng, ((Mechanism.ADEQUACY, 80), (None, 20)))
        return _weighted(rng, (
            (Mechanism.SCC_2021, 65), (Mechanism.BCR, 8), (Mechanism.CODE_OF_CONDUCT, 2),
            (Mechanism.CERTIFICATION, 1), (Mechanism.AD_HOC_CLAUSES, 1),
            (Mechanism.SCC_2010_87, 4), (Mechanism.DEROGATION, 5), (None, 14)))

    def _safeguard_row(self, vendor_id: int, country: str,
                       role: VendorRole) -> dict[str, Any] | None:
        rng = self.rng
        mechanism = self._mechanism(country)
        if mechanism is None:
            return None
        row: dict[str, Any] = {
            "vendor_id": vendor_id, "country": country, "mechanism": mechanism.value,
            "scc_module": None, "derogation": None, "dpf_certified": False,
            "dpf_checked": None, "tia_date": None, "tia_outcome": None,
            "supplementary_measures": "", "documents": "",
        }
        fact = self.facts.mechanism(mechanism.value)
        if mechanism == Mechanism.EU_US_DPF:
            row["dpf_certified"] = rng.random() < 0.96
            row["dpf_checked"] = _weighted(rng, (
                (_days_before(rng, 5, 330), 80), (_days_before(rng, 380, 800), 15),
                (None, 5)))
        elif mechanism == Mechanism.SCC_2021:
            module = {VendorRole.PROCESSOR: 2, VendorRole.SUB_PROCESSOR: 3}.get(role, 1)
            row["scc_module"] = module if rng.random() < 0.95 else None
        elif mechanism == Mechanism.DEROGATION:
            row["derogation"] = rng.choice((Derogation.A, Derogation.B, Derogation.C,
                                            Derogation.COMPELLING)).value
        if fact.needs_tia:
            self._add_tia(row)
        row["documents"] = f"{fact.label}, signed {2015 + rng.randint(0, 11)}"
        return row

    def _add_tia(self, row: dict[str, Any]) -> None:
        rng = self.rng
        tia = _weighted(rng, ((_days_before(rng, 5, 330), 72),
                              (_days_before(rng, 400, 900), 13), (None, 15)))
        if tia is None:
            return
        outcome = _weighted(rng, ((TiaOutcome.ADEQUATE, 45),
                                  (TiaOutcome.ADEQUATE_WITH_MEASURES, 50),
                                  (TiaOutcome.NOT_ADEQUATE, 5)))
        row["tia_date"] = tia
        row["tia_outcome"] = outcome.value
        if outcome != TiaOutcome.ADEQUATE:
            row["supplementary_measures"] = rng.choice(MEASURES)

    def _add_dpa(self, vendor: dict[str, Any]) -> None:
        rng = self.rng
        if not VendorRole(vendor["role"]).needs_dpa:
            return
        kind = _weighted(rng, (("signed", 90), ("draft", 3), ("none", 7)))
        if kind == "none":
            return
        start: dt.date = vendor["start_date"]
        signed = start if kind == "signed" else None
        self.dpas.append({
            "id": len(self.dpas) + 1,
            "vendor_id": vendor["id"],
            "signed_date": signed,
            "version": str(start.year) if signed else "draft",
            "reference": f"Contract archive {vendor['id']:05d}",
            "review_date": (SYNTHETIC_AS_OF + dt.timedelta(days=rng.randint(-90, 900))
                            if signed and rng.random() < 0.6 else None),
            "notice_days": rng.choice((14, 30, 30, 30, 60, None)),
        })

    # --- services and activities -------------------------------------------------------------

    def add_services(self, count: int) -> None:
        rng = self.rng
        top = [v["id"] for v in self.vendors
               if v["parent_id"] is None and v["status"] != VendorStatus.RETIRED]
        combos = len(SERVICE_KINDS) * len(SEGMENTS)
        for index in range(count):
            kind = SERVICE_KINDS[index % len(SERVICE_KINDS)]
            segment = SEGMENTS[(index // len(SERVICE_KINDS)) % len(SEGMENTS)]
            round_ = index // combos
            name = f"{kind} – {segment}" + (f" {round_ + 1}" if round_ else "")
            service_id = index + 1
            self.services.append({"id": service_id, "name": name,
                                  "description": f"{kind} for {segment.lower()} customers.",
                                  "row_version": model.new_row_version()})
            chosen = rng.sample(top, min(len(top), rng.randint(5, 10)))
            self._service_vendor_ids.append(chosen)
            self.service_vendors.extend(
                {"service_id": service_id, "vendor_id": vid,
                 "purpose": self._industry[vid - 1].en}
                for vid in chosen
            )

    def add_activities(self, count: int) -> None:
        rng = self.rng
        n_services = len(self.services)
        offsets = [rng.randrange(len(ACTIVITY_TEMPLATES)) for _ in range(n_services)]
        for index in range(count):
            service = index % n_services
            turn = index // n_services
            template = ACTIVITY_TEMPLATES[(turn + offsets[service]) % len(ACTIVITY_TEMPLATES)]
            name = f"{template.name} – {self.services[service]['name']}"
            if turn >= len(ACTIVITY_TEMPLATES):
                name += f" ({turn // len(ACTIVITY_TEMPLATES) + 1})"
            activity_id = index + 1
            self.activities.append(self._activity_row(activity_id, name, template, service))
            self._link_activity(activity_id, service)

    def _activity_row(self, activity_id: int, name: str, template: ActivityTemplate,
                      service: int) -> dict[str, Any]:
        rng = self.rng
        service_name = self.services[service]["name"]
        processor = template.role == ActivityRole.PROCESSOR
        legal_basis: LegalBasis | None = template.legal_basis
        if not processor and rng.random() < 0.03:
            legal_basis = None
        last_reviewed = _days_before(rng, 10, 430)
        return {
            "id": activity_id,
            "name": name,
            "role": template.role.value,
            "business_function": service_name.split(" – ")[0],
            "purposes": template.purposes,
            "legal_basis": legal_basis.value if legal_basis else None,
            "legal_basis_detail": "",
            "legitimate_interests": (
                "Keeping the service secure and useful." if legal_basis
                == LegalBasis.LEGITIMATE_INTERESTS and rng.random() < 0.9 else ""),
            "art9_condition": "none",
            "data_subjects": list(template.subjects),
            "data_categories": list(template.categories),
            "recipients": ["Processors listed in the record"],
            "retention": [] if rng.random() < 0.08 else [
                {"category": template.categories[0], "period": template.retention}],
            "security_measures": "" if rng.random() < 0.05 else
                                 "TLS, encryption at rest, role-based access, two-factor login.",
            "source": "The data subject or the customer's system.",
            "rights": "Requests to the privacy contact; answered within one month.",
            "automated_decisions": "",
            "transfer_notes": "",
            "dpia_status": _weighted(rng, (
                (DpiaStatus.NOT_REQUIRED, 88), (DpiaStatus.DONE, 7),
                (DpiaStatus.REQUIRED, 2), (DpiaStatus.IN_PROGRESS, 3))).value,
            "dpia_link": "",
            "controllers": [{"name": f"Customers of {service_name}",
                             "contact": "The contact person in each customer agreement"}]
            if processor else [],
            "joint_controllers": "",
            "last_reviewed": last_reviewed,
            "next_review": last_reviewed + dt.timedelta(days=365),
            "row_version": model.new_row_version(),
        }

    def _link_activity(self, activity_id: int, service: int) -> None:
        rng = self.rng
        services = [service] + rng.sample(range(len(self.services)),
                                          min(len(self.services), rng.choice((0, 0, 1, 2))))
        own = self._service_vendor_ids[service]
        vendor_ids = rng.sample(own, min(len(own), rng.randint(2, 5)))
        vendor_ids += rng.sample(range(1, len(self.vendors) + 1),
                                 min(len(self.vendors), rng.randint(1, 3)))
        self.activity_services.extend(
            {"activity_id": activity_id, "service_id": s + 1} for s in dict.fromkeys(services))
        self.activity_vendors.extend(
            {"activity_id": activity_id, "vendor_id": v} for v in dict.fromkeys(vendor_ids))

    def tables(self) -> list[tuple[Table, list[dict[str, Any]]]]:
        """Every table with its rows, parents before children."""
        def table(entity: type[model.Base]) -> Table:
            result = entity.__table__
            assert isinstance(result, Table)
            return result

        return [
            (table(model.Vendor), self.vendors),
            (table(model.Location), self.locations),
            (table(model.Safeguard), self.safeguards),
            (table(model.Dpa), self.dpas),
            (table(model.Service), self.services),
            (table(model.ServiceVendor), self.service_vendors),
            (table(model.Activity), self.activities),
            (table(model.ActivityVendor), self.activity_vendors),
            (table(model.ActivityService), self.activity_services),
        ]


def _organisation(session: Session) -> None:
    org = session.get(model.Organisation, 1) or model.Organisation(id=1)
    org.name = "Nordlys Kommunikasjon AS"
    org.address = "Storgata 1, 0155 Oslo"
    org.country = "NO"
    org.email = "personvern@nordlys.example"
    org.phone = "+47 22 00 00 00"
    org.dpo_name = "Synthetic DPO"
    org.dpo_email = "dpo@nordlys.example"
    org.supervisory_authority = "Datatilsynet (Norway)"
    org.is_controller = True
    org.is_processor = True
    org.objection_contact = "personvern@nordlys.example"
    org.notice_days = 30
    session.add(org)
    session.flush()


def check_size(vendors: int) -> None:
    """Refuse a synthetic registry of fewer than one or more than :data:`MAX_VENDORS`
    vendors."""
    if not 1 <= vendors <= MAX_VENDORS:
        raise UserError(sentence("error.registry.synthetic_size", count=vendors,
                                 maximum=MAX_VENDORS))


def plan_synthetic(vendors: int, seed: int = 1) -> SyntheticPlan:
    """The rows of a synthetic registry of ``vendors`` vendors, without writing them."""
    check_size(vendors)
    plan = SyntheticPlan(random.Random(seed), load_facts())
    plan.add_vendors(vendors)
    plan.add_services(max(1, round(vendors * SERVICES_PER_VENDOR)))
    plan.add_activities(max(1, round(vendors * ACTIVITIES_PER_VENDOR)))
    return plan


def build_synthetic(session: Session, vendors: int, seed: int = 1) -> None:
    """Fill an empty registry with a deterministic synthetic registry of ``vendors`` vendors.

    Raises:
        UserError: when ``vendors`` is below one or above :data:`MAX_VENDORS`, or the
            registry is not empty.
    """
    check_size(vendors)
    ensure_empty(session)
    plan = plan_synthetic(vendors, seed)
    _organisation(session)
    tables = plan.tables()
    for table, rows in tables:
        if rows:
            session.execute(insert(table), rows)
    advance_id_sequences(session, [t for t, rows in tables if rows])
