"""The document's fields: every field of every record declared once.

Each field (``ORGANISATION``, ``VENDOR``, ...) has a *kind* that knows how to check a value
from the document, how to store it in the database and how to write it back. Export,
validation and import all walk these declarations, so a field cannot be exported without
being validated and imported the same way; ``Record.reference()`` makes the tables of
``docs/exchange-format.md`` from them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import operator
import re
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from registry.enums import (
    LANGUAGES,
    ActivityRole,
    Art9Condition,
    Derogation,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Mechanism,
    TiaOutcome,
    VendorRole,
    VendorStatus,
)
from registry.exchange.problems import Problem, add_problem, show, text_problem, wrong_type
from registry.validation import NameWhat, check_country, check_email, check_name, check_url

FORMAT = "subprocessor-registry"
"""The value of the document's ``"format"`` key."""

VERSION = 1
"""The newest format version this code writes and reads; older versions are read too."""

MAX_INT = 2_147_483_647
"""The largest whole number every supported database stores (PostgreSQL ``integer``)."""

TOP_LEVEL = ("format", "version", "organisation", "vendors", "services", "activities")

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


# --- field kinds --------------------------------------------------------------------------


class Kind:
    """How the value of one field is checked, stored and exported."""

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        """Append the problems of ``value`` to ``out``; tell whether there were none."""
        raise NotImplementedError

    def to_db(self, value: Any) -> Any:
        """The checked document value as the database column takes it."""
        return value

    def to_doc(self, value: Any) -> Any:
        """The value read from the database as the document holds it."""
        return value

    def describe(self) -> str:
        """The type and the allowed values, for the documentation and messages."""
        raise NotImplementedError


@dataclasses.dataclass(frozen=True, slots=True)
class Text(Kind):
    """A string, at most ``limit`` characters long (no limit for ``None``)."""

    limit: int | None = None

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        return add_problem(out, where, text_problem(value, self.limit))

    def describe(self) -> str:
        return "text" if self.limit is None else f"text, up to {self.limit} characters"


@dataclasses.dataclass(frozen=True, slots=True)
class Name(Kind):
    """The unique, non-blank name of a record, at most 200 characters."""

    what: NameWhat
    """Which name, as the problem calls it ("vendor": "A vendor name is required.")."""

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        problem = text_problem(value, None)
        if problem is None:
            assert isinstance(value, str)
            problem = check_name(value, self.what)
        return add_problem(out, where, problem)

    def describe(self) -> str:
        return "text, 1 to 200 characters, unique"


@dataclasses.dataclass(frozen=True, slots=True)
class Country(Kind):
    """An ISO 3166-1 alpha-2 code in capitals; ``""`` too when ``optional``."""

    optional: bool = False

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        problem = text_problem(value, None)
        if problem is None and not (self.optional and value == ""):
            assert isinstance(value, str)
            # The problem quotes the value; a code has two letters, a text may have thousands.
            problem = check_country(value if len(value) <= 60 else value[:57] + "...")
        return add_problem(out, where, problem)

    def describe(self) -> str:
        code = 'ISO 3166-1 alpha-2 country code in capitals, such as "NO" or "US"'
        return f'{code}, or "" when not known' if self.optional else code


@dataclasses.dataclass(frozen=True, slots=True)
class Url(Kind):
    """An http(s) address with a host, or ``""``."""

    limit: int

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        problem = text_problem(value, self.limit)
        if problem is None:
            assert isinstance(value, str)
            problem = check_url(value)
        return add_problem(out, where, problem)

    def describe(self) -> str:
        return (
            f'web address starting with https:// or http://, up to {self.limit} characters, or ""'
        )


@dataclasses.dataclass(frozen=True, slots=True)
class Email(Kind):
    """An e-mail address, or ``""``."""

    limit: int

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        problem = text_problem(value, self.limit)
        if problem is None:
            assert isinstance(value, str)
            problem = check_email(value)
        return add_problem(out, where, problem)

    def describe(self) -> str:
        return f'e-mail address, up to {self.limit} characters, or ""'


@dataclasses.dataclass(frozen=True, slots=True)
class Choice(Kind):
    """One value of a closed vocabulary (an enum of ``registry.enums``), or null."""

    enum: type[StrEnum]
    nullable: bool = False

    def allowed(self) -> str:
        values = ", ".join(m.value for m in self.enum)
        return f"{values} or null" if self.nullable else values

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        if value is None and self.nullable:
            return True
        if isinstance(value, str) and value in self.enum._value2member_map_:
            return True
        out.append(Problem(where, f"{show(value)} is not allowed; use one of: {self.allowed()}."))
        return False

    def to_doc(self, value: Any) -> Any:
        return None if value is None else str(value)

    def describe(self) -> str:
        return f"one of: {self.allowed()}"


@dataclasses.dataclass(frozen=True, slots=True)
class Date(Kind):
    """A calendar date written ``YYYY-MM-DD``, or null."""

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        if value is None:
            return True
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                dt.date.fromisoformat(value)
                return True
            except ValueError:
                pass
        out.append(
            Problem(where, f'{show(value)} is not a date; write it as YYYY-MM-DD ("2024-05-31").')
        )
        return False

    def to_db(self, value: Any) -> Any:
        return None if value is None else dt.date.fromisoformat(value)

    def to_doc(self, value: Any) -> Any:
        return None if value is None else value.isoformat()

    def describe(self) -> str:
        return 'date "YYYY-MM-DD", or null'


@dataclasses.dataclass(frozen=True, slots=True)
class Flag(Kind):
    """``true`` or ``false``."""

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        return add_problem(
            out, where, None if isinstance(value, bool) else wrong_type("true or false", value)
        )

    def describe(self) -> str:
        return "true or false"


@dataclasses.dataclass(frozen=True, slots=True)
class Whole(Kind):
    """A whole number from ``low`` to ``high``, or null when ``nullable``."""

    low: int
    high: int = MAX_INT
    nullable: bool = False

    def _range(self) -> str:
        return f"a whole number from {self.low} to {self.high}" + (
            " or null" if self.nullable else ""
        )

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        if value is None and self.nullable:
            return True
        ok = (
            isinstance(value, int)
            and not isinstance(value, bool)
            and self.low <= value <= self.high
        )
        return add_problem(out, where, None if ok else wrong_type(self._range(), value))

    def describe(self) -> str:
        return self._range()


@dataclasses.dataclass(frozen=True, slots=True)
class TextList(Kind):
    """A list of strings, kept in the order given."""

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        if not isinstance(value, list):
            return add_problem(out, where, wrong_type("a list of texts", value))
        ok = True
        for i, item in enumerate(value):
            ok = add_problem(out, f"{where}[{i}]", text_problem(item, None)) and ok
        return ok

    def to_db(self, value: Any) -> Any:
        return list(value)

    def to_doc(self, value: Any) -> Any:
        return list(value)

    def describe(self) -> str:
        return "list of texts"


@dataclasses.dataclass(frozen=True, slots=True)
class Entries(Kind):
    """A list of objects that each hold exactly ``keys``, all strings."""

    keys: tuple[str, ...]

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        if not isinstance(value, list):
            return add_problem(out, where, wrong_type("a list of objects", value))
        ok = True
        for i, item in enumerate(value):
            ok = _check_strings(item, f"{where}[{i}]", self.keys, out) and ok
        return ok

    def to_db(self, value: Any) -> Any:
        return [{k: item[k] for k in self.keys} for item in value]

    def to_doc(self, value: Any) -> Any:
        return [{k: str(item.get(k, "")) for k in self.keys} for item in value]

    def describe(self) -> str:
        keys = ", ".join(f'"{k}"' for k in self.keys)
        return f"list of objects with the texts {keys}"


def _check_strings(item: object, where: str, keys: Sequence[str], out: list[Problem]) -> bool:
    """Check an object of exactly ``keys``, each a string."""
    if not isinstance(item, dict):
        return add_problem(out, where, wrong_type("an object", item))
    ok = True
    for key in item:
        if key not in keys:
            ok = add_problem(out, where, f"{show(key)} is not one of its keys ({', '.join(keys)}).")
    for key in keys:
        if key not in item:
            ok = add_problem(out, f"{where}.{key}", "Is required.")
        else:
            ok = add_problem(out, f"{where}.{key}", text_problem(item[key], None)) and ok
    return ok


@dataclasses.dataclass(frozen=True, slots=True)
class Descriptions(Kind):
    """Public texts by language code: ``{"en": ..., "nb": ...}``."""

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        if not isinstance(value, dict):
            return add_problem(out, where, wrong_type("an object of texts by language", value))
        ok = True
        for lang, description in value.items():
            if lang not in LANGUAGES:
                ok = add_problem(out, where, f"{show(lang)} is not a language; use "
                                             f"{', '.join(LANGUAGES)}.")
            else:
                ok = add_problem(out, f"{where}.{lang}", text_problem(description, None)) and ok
        return ok

    def to_db(self, value: Any) -> Any:
        return dict(value)

    def to_doc(self, value: Any) -> Any:
        return {lang: value[lang] for lang in sorted(value)}

    def describe(self) -> str:
        return f"object of texts by language ({', '.join(LANGUAGES)})"


# --- record declarations ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Field:
    """One field of a record: its key, kind, and the value taken when it is left out."""

    name: str
    kind: Kind
    default: Any = ""
    required: bool = False
    doc: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class Nested:
    """A key of a record that is not a column: a reference or nested records."""

    name: str
    type: str
    doc: str
    default: object = None
    required: bool = False


class Record:
    """The fields of one kind of record, and the keys handled outside them.

    Args:
        what: the record named for a person ("a vendor").
        fields: the fields stored as columns of the record's table, in document order.
        nested: further keys of the record (references and nested records), checked and
            written by the code that handles them.
    """

    def __init__(self, what: str, fields: Sequence[Field], nested: Sequence[Nested] = ()) -> None:
        self.what = what
        self.fields = tuple(fields)
        self.nested = tuple(nested)
        self.keys = frozenset(f.name for f in self.fields) | {n.name for n in self.nested}
        names = tuple(f.name for f in self.fields)
        self._names = names
        self._values = operator.attrgetter(*names) if len(names) > 1 else (
            lambda row: (getattr(row, names[0]),))
        # Only kinds that change a value cost a call per value when exporting.
        self._to_doc = tuple(
            None if type(f.kind).to_doc is Kind.to_doc else f.kind.to_doc for f in self.fields
        )

    def check(self, obj: object, where: str, out: list[Problem]) -> set[str] | None:
        """Check a record of the document.

        Returns:
            None when ``obj`` is not an object at all, else the names of its fields that
            are missing or wrong (so that checks across fields can skip them).
        """
        if not isinstance(obj, dict):
            out.append(Problem(where, wrong_type(f"an object ({self.what})", obj)))
            return None
        for key in obj:
            if key not in self.keys:
                out.append(Problem(where, f"{show(key)} is not a field of {self.what}."))
        bad: set[str] = set()
        for f in self.fields:
            spot = f"{where}.{f.name}"
            if f.name not in obj:
                if f.required:
                    out.append(Problem(spot, "Is required."))
                    bad.add(f.name)
            elif not f.kind.check(obj[f.name], spot, out):
                bad.add(f.name)
        return bad

    def to_db(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        """The column values of a checked record."""
        return {f.name: f.kind.to_db(obj.get(f.name, f.default)) for f in self.fields}

    def to_doc(self, row: object) -> dict[str, Any]:
        """The document fields of a row of the snapshot."""
        return {
            name: value if convert is None else convert(value)
            for name, convert, value in zip(self._names, self._to_doc, self._values(row),
                                            strict=True)
        }

    def reference(self) -> str:
        """The record's keys as a Markdown table, for ``docs/exchange-format.md``."""
        lines = ["| Key | Type and allowed values | When left out | Meaning |", "|---|---|---|---|"]
        for f in self.fields:
            default = "required" if f.required else f"`{json.dumps(f.kind.to_doc(f.default))}`"
            lines.append(f"| `{f.name}` | {f.kind.describe()} | {default} | {f.doc} |")
        for n in self.nested:
            default = "required" if n.required else f"`{json.dumps(n.default)}`"
            lines.append(f"| `{n.name}` | {n.type} | {default} | {n.doc} |")
        return "\n".join(lines) + "\n"


ORGANISATION = Record(
    "the organisation",
    (
        Field("name", Text(200), doc="The company keeping the registry."),
        Field(
            "registration_number", Text(40), doc="Company or VAT number, checked for the country."
        ),
        Field("address", Text(), doc="Postal address."),
        Field("country", Country(optional=True), doc="Country of establishment."),
        Field("email", Email(200), doc="General contact address."),
        Field("phone", Text(60), doc="Phone number."),
        Field("website", Url(300), doc="Web site."),
        Field("dpo_name", Text(200), doc="Data protection officer."),
        Field("dpo_email", Email(200), doc="The DPO's e-mail address."),
        Field("dpo_phone", Text(60), doc="The DPO's phone number."),
        Field("representative", Text(), doc="EU representative (Art. 27), where needed."),
        Field("supervisory_authority", Text(200), doc="Lead supervisory authority."),
        Field("is_controller", Flag(), True, doc="Keeps records as controller (Art. 30(1))."),
        Field("is_processor", Flag(), False, doc="Processes for customers (Art. 30(2))."),
        Field("objection_contact", Text(200), doc="Where customers send objections."),
        Field("notice_days", Whole(0), 30, doc="Notice before a new sub-processor, in days."),
        Field("review_interval_months", Whole(1), 12, doc="How often records are reviewed."),
    ),
)

VENDOR = Record(
    "a vendor",
    (
        Field("name", Name("vendor"), required=True, doc="Short name, unique."),
        Field("legal_name", Text(300), doc="Full legal entity name."),
        Field("former_names", TextList(), (), doc="Earlier names of the entity."),
        Field(
            "registration_number", Text(60), doc="Company or VAT number, checked for the country."
        ),
        Field("address", Text(), doc="Postal address of the entity."),
        Field("country", Country(), required=True, doc="Country of establishment."),
        Field("website", Url(500), doc="Web site."),
        Field("privacy_url", Url(500), doc="Privacy policy."),
        Field("dpa_url", Url(500), doc="Published DPA or sub-processor terms."),
        Field("contact_email", Email(200), doc="Privacy contact."),
        Field(
            "role",
            Choice(VendorRole),
            VendorRole.PROCESSOR,
            doc="Its role for the organisation's data.",
        ),
        Field(
            "status",
            Choice(VendorStatus),
            VendorStatus.ACTIVE,
            doc="Planned vendors count as in use; retired ones end at end_date.",
        ),
        Field("start_date", Date(), None, doc="When it started receiving data."),
        Field("end_date", Date(), None, doc="When it stopped; not before start_date."),
        Field("descriptions", Descriptions(), {}, doc="Public description by language."),
        Field("internal_notes", Text(), doc="Never published."),
        Field("certifications", TextList(), (), doc="ISO 27001, SOC 2, ..."),
        Field("last_reviewed", Date(), None, doc="Last review."),
        Field("next_review", Date(), None, doc="Next review due."),
    ),
    nested=(
        Nested(
            "parent",
            "the `name` of another vendor, or null",
            "The vendor this one is a sub-processor of; chains may be of any depth.",
        ),
        Nested("locations", "list of locations", "Where the vendor has the data.", []),
        Nested("safeguards", "list of safeguards", "One per third-country destination.", []),
        Nested("dpa", "a DPA object, or null", "The data processing agreement."),
    ),
)

LOCATION = Record(
    "a location",
    (
        Field("country", Country(), required=True, doc="Where the data is."),
        Field(
            "kind",
            Choice(LocationKind),
            required=True,
            doc="hosting (or storage), support (or remote access), processing, backup.",
        ),
        Field("detail", Text(300), doc='Such as "AWS eu-west-1, Dublin".'),
    ),
)

SAFEGUARD = Record(
    "a safeguard",
    (
        Field("country", Country(), required=True, doc="The destination it covers."),
        Field(
            "mechanism",
            Choice(Mechanism),
            required=True,
            doc="Transfer mechanism (docs/law.md#transfer-mechanisms).",
        ),
        Field(
            "scc_module",
            Whole(1, 4, nullable=True),
            None,
            doc="SCC 2021/914 module (1 C-C, 2 C-P, 3 P-P, 4 P-C); only with scc_2021.",
        ),
        Field(
            "derogation",
            Choice(Derogation, True),
            None,
            doc="Art. 49(1)(a)-(g) or compelling; only with mechanism derogation.",
        ),
        Field("dpf_certified", Flag(), False, doc="Certified on the DPF List."),
        Field("dpf_checked", Date(), None, doc="When the DPF List was checked."),
        Field("tia_date", Date(), None, doc="Transfer impact assessment date."),
        Field("tia_outcome", Choice(TiaOutcome, True), None, doc="Its outcome."),
        Field("supplementary_measures", Text(), doc="Encryption, pseudonymisation, ..."),
        Field("documents", Text(), doc="Where the signed documents are."),
    ),
)

DPA = Record(
    "a DPA",
    (
        Field("signed_date", Date(), None, doc="When it was signed."),
        Field("version", Text(60), doc="Version of the agreement."),
        Field("reference", Text(), doc="Reference or file."),
        Field("review_date", Date(), None, doc="Next review."),
        Field("notice_days", Whole(0, nullable=True), None, doc="Notice of sub-processor changes."),
    ),
)

SERVICE = Record(
    "a service",
    (
        Field("name", Name("service"), required=True, doc="Unique name."),
        Field("description", Text(), doc="What the service is."),
    ),
    nested=(Nested("vendors", "list of service vendors", "The vendors it uses.", []),),
)

SERVICE_VENDOR = Record(
    "a vendor of a service",
    (Field("purpose", Text(), doc="What the service uses the vendor for."),),
    nested=(Nested("vendor", "the `name` of a vendor", "The vendor used.", required=True),),
)

ACTIVITY = Record(
    "a processing activity",
    (
        Field("name", Name("activity"), required=True, doc="Unique name."),
        Field(
            "role",
            Choice(ActivityRole),
            ActivityRole.CONTROLLER,
            doc="Record as controller (30(1)) or as processor (30(2)).",
        ),
        Field("business_function", Text(200), doc="Department or function."),
        Field("purposes", Text(), doc="Purposes of the processing."),
        Field("legal_basis", Choice(LegalBasis, True), None, doc="Legal basis, Art. 6(1)(a)-(f)."),
        Field("legal_basis_detail", Text(), doc="The law or contract relied on."),
        Field(
            "legitimate_interests", Text(), doc="The interests pursued, with legitimate_interests."
        ),
        Field(
            "art9_condition",
            Choice(Art9Condition),
            Art9Condition.NONE,
            doc="Special categories condition, Art. 9(2)(a)-(j), or none.",
        ),
        Field("data_subjects", TextList(), (), doc="Categories of data subjects."),
        Field("data_categories", TextList(), (), doc="Categories of personal data."),
        Field("recipients", TextList(), (), doc="Categories of recipients."),
        Field("retention", Entries(("category", "period")), (), doc="Erasure time limits."),
        Field("security_measures", Text(), doc="Art. 32 measures."),
        Field("source", Text(), doc="Where the data comes from."),
        Field("rights", Text(), doc="How data subjects exercise their rights."),
        Field("automated_decisions", Text(), doc="Art. 22 decisions."),
        Field("transfer_notes", Text(), doc="Art. 49 transfers documented."),
        Field(
            "dpia_status",
            Choice(DpiaStatus),
            DpiaStatus.NOT_REQUIRED,
            doc="Data protection impact assessment (Art. 35).",
        ),
        Field("dpia_link", Url(500), doc="Where the DPIA is."),
        Field(
            "controllers",
            Entries(("name", "contact")),
            (),
            doc="For processor records: the controllers (customers) served.",
        ),
        Field("joint_controllers", Text(), doc="Joint controllers (Art. 26)."),
        Field("last_reviewed", Date(), None, doc="Last review."),
        Field("next_review", Date(), None, doc="Next review due."),
    ),
    nested=(
        Nested("vendors", "list of vendor names", "The vendors involved.", []),
        Nested("services", "list of service names", "The services it belongs to.", []),
    ),
)
