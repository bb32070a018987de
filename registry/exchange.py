"""The exchange format: the whole registry as one versioned JSON document.

The document is what ``main.py export`` writes and ``main.py import`` reads, and what a
user keeps in version control or sends to a colleague. Its shape is documented for users in
``docs/exchange-format.md``; this module is the one place that knows it.

Every field of every record is declared once (``ORGANISATION``, ``VENDOR``, ...), with a
*kind* that knows how to check a value from the document, how to store it in the database
and how to write it back. Export, validation and import all walk those declarations, so a
field cannot be exported without being validated and imported the same way.

Records refer to each other by name, never by database id. Import checks the whole document
first and reports every problem with its place in the document; only a document without a
single problem is written, with Core ``executemany`` inserts and ids assigned here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import operator
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from registry import model
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
from registry.errors import UserError
from registry.files import atomic_output
from registry.maintenance import clear_records
from registry.messages import Message, Param, msg, sentence
from registry.snapshot import Snapshot, VendorRow, cyclic_gc_paused, load_snapshot
from registry.storage import advance_id_sequences, take_turns
from registry.validation import (
    NameWhat,
    check_country,
    check_email,
    check_name,
    check_registration,
    check_url,
)

FORMAT = "subprocessor-registry"
"""The value of the document's ``"format"`` key."""

VERSION = 1
"""The newest format version this code writes and reads; older versions are read too."""

MAX_INT = 2_147_483_647
"""The largest whole number every supported database stores (PostgreSQL ``integer``)."""

TOP_LEVEL = ("format", "version", "organisation", "vendors", "services", "activities")

MAX_DEPTH = 32
"""How deep lists and objects may nest in a document read from a file. The format needs 5
(a location in a vendor in ``vendors``); JSON's parser gives up near 1,000, and a value that
deep would be too deep to show in a message."""

MAX_DIGITS = 100
"""The most digits a whole number read from a file may have. Every number of the format has
at most 10; turning thousands of digits into a number is refused by Python itself."""

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


# --- problems ---------------------------------------------------------------------------


_ESCAPES = {
    code: json.dumps(chr(code)).strip('"') if code < 0x20 else f"\\u{code:04x}"
    for code in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)
}
"""The characters that would break a message's line or steer a terminal (controls, line and
paragraph separators), written as JSON writes them: ``\\n``, ``\\u001b``, ``\\u2028``."""


def _one_line(text: str) -> str:
    """``text`` with the characters of ``_ESCAPES`` written as JSON writes them."""
    return text if text.isprintable() else text.translate(_ESCAPES)


@dataclasses.dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a document, and where it is.

    Attributes:
        where: the place in the document, such as ``vendors[3].locations[0].country``;
            empty for the document as a whole.
        message: one or more sentences that say what is wrong.
    """

    where: str
    message: str

    def __str__(self) -> str:
        # A value quoted in the message may hold a line break or a terminal's escape.
        return _one_line(f"{self.where}: {self.message}" if self.where else self.message)


def _show(value: object) -> str:
    """A value as it is written in JSON, shortened for a message.

    What is not text or would break the message's line (a lone surrogate, a control
    character, a line separator) is written as JSON writes it: ``"\\ud800"``, ``"\\r"``.
    """
    if isinstance(value, str) and len(value) > 60:
        value = value[:60]  # JSON's escapes keep the beginning as it is
    shown = json.dumps(value, ensure_ascii=False, default=repr)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    if not shown.isascii():
        shown = _one_line(shown.encode("utf-8", "backslashreplace").decode("utf-8"))
    return shown


def _wrong_type(expected: str, value: object) -> str:
    return f"Must be {expected}; found {_show(value)}."


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


def _text_problem(value: object, limit: int | None) -> str | None:
    if not isinstance(value, str):
        return _wrong_type("text", value)
    if limit is not None and len(value) > limit:
        return f"Is {len(value)} characters long; at most {limit} fit."
    if "\x00" in value:
        return "Contains a NUL character, which cannot be stored."
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "Contains an unpaired surrogate (\\ud800-\\udfff), which is not text."
    return None


def _add(out: list[Problem], where: str, message: str | None) -> bool:
    if message is None:
        return True
    out.append(Problem(where, message))
    return False


@dataclasses.dataclass(frozen=True, slots=True)
class Text(Kind):
    """A string, at most ``limit`` characters long (no limit for ``None``)."""

    limit: int | None = None

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        return _add(out, where, _text_problem(value, self.limit))

    def describe(self) -> str:
        return "text" if self.limit is None else f"text, up to {self.limit} characters"


@dataclasses.dataclass(frozen=True, slots=True)
class Name(Kind):
    """The unique, non-blank name of a record, at most 200 characters."""

    what: NameWhat
    """Which name, as the problem calls it ("vendor": "A vendor name is required.")."""

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        problem = _text_problem(value, None)
        if problem is None:
            assert isinstance(value, str)
            problem = check_name(value, self.what)
        return _add(out, where, problem)

    def describe(self) -> str:
        return "text, 1 to 200 characters, unique"


@dataclasses.dataclass(frozen=True, slots=True)
class Country(Kind):
    """An ISO 3166-1 alpha-2 code in capitals; ``""`` too when ``optional``."""

    optional: bool = False

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        problem = _text_problem(value, None)
        if problem is None and not (self.optional and value == ""):
            assert isinstance(value, str)
            # The problem quotes the value; a code has two letters, a text may have thousands.
            problem = check_country(value if len(value) <= 60 else value[:57] + "...")
        return _add(out, where, problem)

    def describe(self) -> str:
        code = 'ISO 3166-1 alpha-2 country code in capitals, such as "NO" or "US"'
        return f'{code}, or "" when not known' if self.optional else code


@dataclasses.dataclass(frozen=True, slots=True)
class Url(Kind):
    """An http(s) address with a host, or ``""``."""

    limit: int

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        problem = _text_problem(value, self.limit)
        if problem is None:
            assert isinstance(value, str)
            problem = check_url(value)
        return _add(out, where, problem)

    def describe(self) -> str:
        return (
            f'web address starting with https:// or http://, up to {self.limit} characters, or ""'
        )


@dataclasses.dataclass(frozen=True, slots=True)
class Email(Kind):
    """An e-mail address, or ``""``."""

    limit: int

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        problem = _text_problem(value, self.limit)
        if problem is None:
            assert isinstance(value, str)
            problem = check_email(value)
        return _add(out, where, problem)

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
        out.append(Problem(where, f"{_show(value)} is not allowed; use one of: {self.allowed()}."))
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
            Problem(where, f'{_show(value)} is not a date; write it as YYYY-MM-DD ("2024-05-31").')
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
        return _add(
            out, where, None if isinstance(value, bool) else _wrong_type("true or false", value)
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
        return _add(out, where, None if ok else _wrong_type(self._range(), value))

    def describe(self) -> str:
        return self._range()


@dataclasses.dataclass(frozen=True, slots=True)
class TextList(Kind):
    """A list of strings, kept in the order given."""

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        if not isinstance(value, list):
            return _add(out, where, _wrong_type("a list of texts", value))
        ok = True
        for i, item in enumerate(value):
            ok = _add(out, f"{where}[{i}]", _text_problem(item, None)) and ok
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
            return _add(out, where, _wrong_type("a list of objects", value))
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
        return _add(out, where, _wrong_type("an object", item))
    ok = True
    for key in item:
        if key not in keys:
            ok = _add(out, where, f"{_show(key)} is not one of its keys ({', '.join(keys)}).")
    for key in keys:
        if key not in item:
            ok = _add(out, f"{where}.{key}", "Is required.")
        else:
            ok = _add(out, f"{where}.{key}", _text_problem(item[key], None)) and ok
    return ok


@dataclasses.dataclass(frozen=True, slots=True)
class Descriptions(Kind):
    """Public texts by language code: ``{"en": ..., "nb": ...}``."""

    def check(self, value: object, where: str, out: list[Problem]) -> bool:
        if not isinstance(value, dict):
            return _add(out, where, _wrong_type("an object of texts by language", value))
        ok = True
        for lang, description in value.items():
            if lang not in LANGUAGES:
                ok = _add(out, where, f"{_show(lang)} is not a language; use "
                                      f"{', '.join(LANGUAGES)}.")
            else:
                ok = _add(out, f"{where}.{lang}", _text_problem(description, None)) and ok
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
            out.append(Problem(where, _wrong_type(f"an object ({self.what})", obj)))
            return None
        for key in obj:
            if key not in self.keys:
                out.append(Problem(where, f"{_show(key)} is not a field of {self.what}."))
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


# --- export -------------------------------------------------------------------------------


def _by_name(name: str) -> tuple[str, str]:
    """Sort key of the document: case-insensitive, then exact, so the order is total."""
    return name.casefold(), name


def _export_vendor(vendor: VendorRow, names: Mapping[int, str]) -> dict[str, Any]:
    doc = VENDOR.to_doc(vendor)
    doc["parent"] = names.get(vendor.parent_id) if vendor.parent_id is not None else None
    doc["locations"] = [LOCATION.to_doc(loc) for loc in vendor.locations]
    doc["safeguards"] = [
        SAFEGUARD.to_doc(s) for s in sorted(vendor.safeguards, key=lambda s: s.country)
    ]
    doc["dpa"] = DPA.to_doc(vendor.dpa) if vendor.dpa is not None else None
    return doc


def export_document(snapshot: Snapshot) -> dict[str, Any]:
    """The registry of ``snapshot`` as an exchange document.

    Records are sorted by name, nested lists are in a stable order and every key is
    present, so the same registry always gives the same document.

    Args:
        snapshot: the registry, as read by ``registry.snapshot.load_snapshot``.

    Returns:
        The document, ready for ``json.dump`` (see ``write_document``).
    """
    vendor_names = {vid: v.name for vid, v in snapshot.vendors.items()}
    service_names = {sid: s.name for sid, s in snapshot.services.items()}
    vendors = [
        _export_vendor(v, vendor_names)
        for v in sorted(snapshot.vendors.values(), key=lambda v: _by_name(v.name))
    ]
    services = []
    for service in sorted(snapshot.services.values(), key=lambda s: _by_name(s.name)):
        doc = SERVICE.to_doc(service)
        links = sorted(service.vendors, key=lambda p: _by_name(vendor_names[p[0]]))
        doc["vendors"] = [{"vendor": vendor_names[vid], "purpose": p} for vid, p in links]
        services.append(doc)
    activities = []
    for activity in sorted(snapshot.activities.values(), key=lambda a: _by_name(a.name)):
        doc = ACTIVITY.to_doc(activity)
        doc["vendors"] = sorted((vendor_names[i] for i in activity.vendor_ids), key=_by_name)
        doc["services"] = sorted((service_names[i] for i in activity.service_ids), key=_by_name)
        activities.append(doc)
    return {
        "format": FORMAT,
        "version": VERSION,
        "organisation": ORGANISATION.to_doc(snapshot.organisation),
        "vendors": vendors,
        "services": services,
        "activities": activities,
    }


def export_registry(session: Session) -> dict[str, Any]:
    """The whole registry of ``session``'s database as an exchange document."""
    return export_document(load_snapshot(session))


# --- files --------------------------------------------------------------------------------


def dumps_document(doc: Mapping[str, Any]) -> str:
    """The document as JSON text with one top-level key, and one record, per line.

    A line per record keeps two exports easy to compare with a diff tool, and lets the
    fast (C) JSON encoder write each record, which an indented dump cannot use.
    """
    def one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))

    lines = []
    for key, value in doc.items():
        if isinstance(value, list) and value:
            items = ",\n".join("    " + one(item) for item in value)
            lines.append(f"  {one(key)}: [\n{items}\n  ]")
        else:
            lines.append(f"  {one(key)}: {one(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def write_document(doc: Mapping[str, Any], path: str | os.PathLike[str]) -> None:
    """Write a document as UTF-8 JSON, replacing ``path`` only once it is complete.

    Raises:
        UserError: when the file must not or cannot be written (see
            :func:`registry.files.check_output`).
    """
    data = dumps_document(doc).encode("utf-8")
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)


def read_document(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read an exchange document and check that this version can import it.

    Only the file and the ``format`` and ``version`` keys are checked here; the records
    are checked by ``validate_document``, unless an object of the file gives a key twice.

    Raises:
        UserError: with one sentence when the file is missing or unreadable, is not UTF-8
            or not JSON (or JSON that no document holds: NaN, numbers too large, lists and
            objects nested more than ``MAX_DEPTH`` levels), does not hold a JSON object, is
            not an exchange document, or was written by a newer version; with the list of
            problems, as ``import_document`` gives them, when an object gives a key twice.
    """
    source = Path(path)
    name = str(source)
    if source.is_dir():
        raise UserError(sentence("error.exchange.is_folder", path=name))
    try:
        raw = source.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(sentence("error.file.missing", path=name)) from exc
    except OSError as exc:
        raise UserError(sentence("error.file.unreadable", path=name,
                                 reason=str(exc.strerror or exc))) from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(sentence("error.exchange.not_utf8", path=name,
                                 byte=exc.start + 1)) from exc
    if not content.strip():
        raise UserError(sentence("error.file.empty", path=name))
    doc, repeated = _parse(content, name)
    problem = _header_problem(doc, name)
    if problem is not None:
        raise UserError(problem.message)
    assert isinstance(doc, dict)
    if repeated:
        # Only the text shows a key given twice: the document read keeps one of the values.
        raise _refusal(_repeated_keys(doc) + validate_document(doc))
    return doc


class _Unreadable(Exception):
    """A value of the JSON text that no document holds, met while the text is parsed."""

    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token
        """The value as the text writes it."""


class _TooLarge(_Unreadable):
    """A number of more than ``MAX_DIGITS`` digits, or beyond the range of a float."""


class _NotJsonNumber(_Unreadable):
    """NaN, Infinity or -Infinity: Python reads them, JSON does not have them."""


class _Repeats(dict[str, Any]):
    """An object of the JSON text that gives a key more than once (the last value is kept,
    as JSON's parser keeps it)."""

    repeated: dict[str, int]
    """How many times each key given more than once is given."""


def _parse_int(token: str) -> int:
    if len(token) > MAX_DIGITS + token.startswith("-"):
        raise _TooLarge(token)
    return int(token)


def _parse_float(token: str) -> float:
    value = float(token)
    if math.isinf(value):
        raise _TooLarge(token)
    return value


def _parse_constant(token: str) -> object:
    raise _NotJsonNumber(token)


_TOKENS = re.compile(
    r'"[^"\\]*(?:\\.[^"\\]*)*"'  # a text, with its escapes
    r"|[\[\]{}]"
    r"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|NaN|-?Infinity"  # as json.scanner reads them
)
"""The texts, brackets and numbers of JSON text, each whole (a bracket inside a text is not
a bracket)."""


def _offset(content: str, token: str | None) -> int:
    """Where ``token`` first stands outside a text, or (None) where the first list or object
    opens deeper than ``MAX_DEPTH``; the end of ``content`` when neither is found."""
    depth = 0
    for match in _TOKENS.finditer(content):
        found = match.group()
        if found == "[" or found == "{":
            depth += 1
            if token is None and depth > MAX_DEPTH:
                return match.start()
        elif found == "]" or found == "}":
            depth -= 1
        elif found == token:
            return match.start()
    return len(content)


def _line_column(content: str, offset: int) -> dict[str, Param]:
    """The line and column of ``offset``, counted from 1 as JSON's parser counts them."""
    return {
        "line": content.count("\n", 0, offset) + 1,
        "column": offset - content.rfind("\n", 0, offset),
    }


_CONTAINERS = frozenset((dict, list, _Repeats))


def _too_deep(value: object) -> bool:
    """Whether lists and objects nest in ``value`` more than ``MAX_DEPTH`` levels deep."""
    level: list[Any] = [value] if type(value) in _CONTAINERS else []
    for _depth in range(MAX_DEPTH):
        if not level:
            return False
        below: list[Any] = []
        add = below.append
        for container in level:
            for item in container.values() if isinstance(container, dict) else container:
                if type(item) in _CONTAINERS:
                    add(item)
        level = below
    return bool(level)


def _parse(content: str, name: str) -> tuple[Any, bool]:
    """The JSON of ``content`` (the file ``name``), and whether an object of it gives a key
    more than once; or one sentence that says why it cannot be read."""
    repeated = False

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal repeated
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        repeated = True
        repeats = _Repeats(obj)
        counts = Counter(key for key, _ in pairs)
        repeats.repeated = {key: n for key, n in counts.items() if n > 1}
        return repeats

    try:
        doc = json.loads(content, object_pairs_hook=pairs_hook, parse_int=_parse_int,
                         parse_float=_parse_float, parse_constant=_parse_constant)
    except json.JSONDecodeError as exc:
        # The JSON parser's own words, as it gives them.
        reason = exc.msg[:1].lower() + exc.msg[1:]
        raise UserError(sentence("error.exchange.not_json", path=name, reason=reason,
                                 line=exc.lineno, column=exc.colno)) from exc
    except _TooLarge as exc:
        where = _line_column(content, _offset(content, exc.token))
        raise UserError(sentence("error.exchange.number_too_large", path=name, **where)) from None
    except _NotJsonNumber as exc:
        where = _line_column(content, _offset(content, exc.token))
        raise UserError(sentence("error.exchange.not_a_number", path=name, value=exc.token,
                                 **where)) from None
    except RecursionError:
        pass  # nested some 1,000 levels deep
    else:
        if not _too_deep(doc):
            return doc, repeated
    where = _line_column(content, _offset(content, None))
    raise UserError(sentence("error.exchange.too_deep", path=name, limit=MAX_DEPTH, **where))


# --- validation ---------------------------------------------------------------------------


def _json_kind(value: object) -> Message:
    """What a JSON value that is not an object is: a list, a text, null, a number."""
    if isinstance(value, list):
        return msg("error.exchange.json.list")
    if isinstance(value, str):
        return msg("error.exchange.json.text")
    if isinstance(value, bool) or value is None:
        return msg("error.exchange.json.value", value=_show(value))
    return msg("error.exchange.json.number")


def _header_problem(doc: object, path: str | None = None) -> Problem | None:
    """What keeps ``doc`` from being read as an exchange document of a known version.

    Args:
        doc: the parsed JSON.
        path: the file it was read from, which the message names; None: "The document".
    """
    subject: Param = path if path is not None else msg("error.exchange.document")
    if not isinstance(doc, dict):
        return Problem("", sentence("error.exchange.not_object", subject=subject,
                                    kind=_json_kind(doc)))
    fmt = doc.get("format")
    if fmt != FORMAT:
        found = msg("error.exchange.format.missing")
        if "format" in doc:
            found = msg("error.exchange.format.other", value=_show(fmt), expected=FORMAT)
        return Problem("format", sentence("error.exchange.not_exchange", subject=subject,
                                          found=found))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        found = (msg("error.exchange.version.is", value=_show(version)) if "version" in doc
                 else msg("error.exchange.version.missing"))
        return Problem("version", sentence("error.exchange.bad_version", subject=subject,
                                           found=found))
    if version > VERSION:
        return Problem("version", sentence("error.exchange.newer", subject=subject,
                                           version=version, newest=VERSION))
    return None


_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

_Place = tuple["_Place | None", str | int] | None
"""A place in a document: the place of its list or object and its key or index."""


def _place_name(place: _Place) -> str:
    """``vendors[3].name``; a key that is not a word as the file writes it: ``["a b"]``."""
    parts: list[str] = []
    while place is not None:
        place, key = place
        if isinstance(key, int):
            parts.append(f"[{key}]")
        elif _KEY.fullmatch(key):
            parts.append(f".{key}")
        else:
            parts.append(f"[{_show(key)}]")
    return "".join(reversed(parts)).removeprefix(".")


def _repeated_keys(doc: object) -> list[Problem]:
    """Every key that an object of the document gives more than once, in document order."""
    found: list[Problem] = []
    pending: list[tuple[object, _Place]] = [(doc, None)]
    while pending:
        value, place = pending.pop()
        if isinstance(value, dict):
            if isinstance(value, _Repeats):
                for key, times in value.repeated.items():
                    given = "twice" if times == 2 else f"{times} times"
                    found.append(Problem(
                        _place_name((place, key)),
                        f"Is given {given} in the same object; which value is meant is not "
                        "clear, so give the key once.",
                    ))
            items: Iterable[tuple[str | int, object]] = reversed(value.items())
        elif isinstance(value, list):
            items = zip(range(len(value) - 1, -1, -1), reversed(value), strict=True)
        else:
            continue
        pending.extend((item, (place, key)) for key, item in items
                       if isinstance(item, (dict, list)))
    return found


class _Validator:
    """Collects every problem of one document, in document order."""

    def __init__(self) -> None:
        self.out: list[Problem] = []
        self.names: dict[str, dict[str, int]] = {"vendors": {}, "services": {}, "activities": {}}
        """The index of each name in ``vendors``, ``services`` and ``activities``."""
        self.unreadable: set[str] = set()
        """Those of the three that are not lists: references to them cannot be checked."""

    def problem(self, where: str, message: str) -> None:
        self.out.append(Problem(where, message))

    def records(self, doc: Mapping[str, Any], key: str) -> list[Any]:
        value = doc.get(key)
        if isinstance(value, list):
            return value
        self.problem(key, "Is required." if key not in doc else _wrong_type("a list", value))
        self.unreadable.add(key)
        return []

    def register(self, record: Mapping[str, Any], key: str, index: int) -> None:
        """Record the name of ``doc[key][index]``, or report that it is taken."""
        name = record.get("name")
        if not isinstance(name, str) or not name.strip():
            return
        names = self.names[key]
        if name in names:
            self.problem(
                f"{key}[{index}].name",
                f"{_show(name)} is already the name of {key}[{names[name]}]; names must be unique.",
            )
        else:
            names[name] = index

    def document(self, doc: Mapping[str, Any]) -> None:
        for key in doc:
            if key not in TOP_LEVEL:
                self.problem("", f"{_show(key)} is not a key of an exchange document.")
        self.organisation(doc)
        vendors = self.records(doc, "vendors")
        for i, vendor in enumerate(vendors):
            self.vendor(vendor, f"vendors[{i}]", i)
        self.parents(vendors)
        for i, service in enumerate(self.records(doc, "services")):
            self.service(service, f"services[{i}]", i)
        for i, activity in enumerate(self.records(doc, "activities")):
            self.activity(activity, f"activities[{i}]", i)

    def organisation(self, doc: Mapping[str, Any]) -> None:
        if "organisation" not in doc:
            self.problem("organisation", "Is required.")
            return
        org = doc["organisation"]
        bad = ORGANISATION.check(org, "organisation", self.out)
        if bad is None:
            return
        self.registration(org, "organisation", bad)
        if org.get("is_controller", True) is False and org.get("is_processor", False) is False:
            self.problem(
                "organisation",
                "The organisation must be a controller, a processor or both: "
                "is_controller and is_processor cannot both be false.",
            )

    def registration(self, obj: Mapping[str, Any], where: str, bad: set[str]) -> None:
        if {"country", "registration_number"} & bad or not obj.get("country"):
            return
        problem = check_registration(obj["country"], obj.get("registration_number", ""))
        if problem is not None:
            self.problem(f"{where}.registration_number", problem)

    def vendor(self, vendor: object, where: str, index: int) -> None:
        bad = VENDOR.check(vendor, where, self.out)
        if bad is None:
            return
        assert isinstance(vendor, dict)
        self.register(vendor, "vendors", index)
        self.registration(vendor, where, bad)
        start, end = vendor.get("start_date"), vendor.get("end_date")
        if start and end and not {"start_date", "end_date"} & bad and end < start:
            self.problem(f"{where}.end_date", f"{end} is before the start date {start}.")
        parent = vendor.get("parent")
        if parent is not None:
            _add(self.out, f"{where}.parent", _text_problem(parent, None))
        self.locations(vendor, where)
        self.safeguards(vendor, where)
        dpa = vendor.get("dpa")
        if dpa is not None:
            DPA.check(dpa, f"{where}.dpa", self.out)

    def nested(self, obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value = obj.get(key, [])
        if isinstance(value, list):
            return value
        self.problem(f"{where}.{key}", _wrong_type("a list", value))
        return []

    def locations(self, vendor: Mapping[str, Any], where: str) -> None:
        seen: dict[tuple[str, str, str], int] = {}
        for i, loc in enumerate(self.nested(vendor, "locations", where)):
            spot = f"{where}.locations[{i}]"
            bad = LOCATION.check(loc, spot, self.out)
            if bad is None or bad:
                continue
            key = (loc["country"], loc["kind"], loc.get("detail", ""))
            if key in seen:
                self.problem(
                    spot, f"Repeats locations[{seen[key]}] (same country, kind and detail)."
                )
            seen.setdefault(key, i)

    def safeguards(self, vendor: Mapping[str, Any], where: str) -> None:
        seen: dict[str, int] = {}
        for i, safeguard in enumerate(self.nested(vendor, "safeguards", where)):
            spot = f"{where}.safeguards[{i}]"
            bad = SAFEGUARD.check(safeguard, spot, self.out)
            if bad is None:
                continue
            if "country" not in bad:
                country = safeguard["country"]
                if country in seen:
                    self.problem(
                        f"{spot}.country",
                        f'"{country}" already has a safeguard (safeguards[{seen[country]}]); '
                        "a vendor has one safeguard per country.",
                    )
                seen.setdefault(country, i)
            if "mechanism" not in bad:
                self.mechanism_details(safeguard, spot, bad)

    def mechanism_details(self, safeguard: Mapping[str, Any], spot: str, bad: set[str]) -> None:
        mechanism = safeguard["mechanism"]
        if safeguard.get("scc_module") is not None and "scc_module" not in bad:
            if mechanism != Mechanism.SCC_2021:
                self.problem(
                    f"{spot}.scc_module",
                    f'An SCC module goes with mechanism "scc_2021" only, not "{mechanism}"; '
                    "use null.",
                )
        if safeguard.get("derogation") is not None and "derogation" not in bad:
            if mechanism != Mechanism.DEROGATION:
                self.problem(
                    f"{spot}.derogation",
                    f'A derogation goes with mechanism "derogation" only, not "{mechanism}"; '
                    "use null.",
                )

    def parents(self, vendors: list[Any]) -> None:
        known = self.names["vendors"]
        parents: dict[str, str] = {}
        for i, vendor in enumerate(vendors):
            name = vendor.get("name") if isinstance(vendor, dict) else None
            parent = vendor.get("parent") if isinstance(vendor, dict) else None
            if not isinstance(name, str) or not isinstance(parent, str):
                continue
            if parent == name:
                self.problem(f"vendors[{i}].parent", "A vendor cannot be its own parent.")
            elif parent not in known:
                self.problem(f"vendors[{i}].parent", f"There is no vendor named {_show(parent)}.")
            elif known.get(name) == i:
                parents[name] = parent
        for cycle in _cycles(parents, known):
            chain = " → ".join(_show(name) for name in (*cycle, cycle[0]))
            self.problem(
                f"vendors[{known[cycle[0]]}].parent",
                f"The parents form a cycle: {chain}. A vendor cannot be its own "
                "sub-processor, directly or through others.",
            )

    def references(self, names: object, where: str, key: str) -> None:
        """Check a list of names of records of ``doc[key]``."""
        if not isinstance(names, list):
            self.problem(where, _wrong_type(f"a list of {key[:-1]} names", names))
            return
        seen: dict[str, str] = {}
        for i, name in enumerate(names):
            self.reference(name, f"{where}[{i}]", key, seen)

    def reference(self, name: object, spot: str, key: str, seen: dict[str, str]) -> None:
        """Check a name of a record of ``doc[key]``; ``seen`` holds the names listed so far."""
        if not _add(self.out, spot, _text_problem(name, None)):
            return
        assert isinstance(name, str)
        if name not in self.names[key] and key not in self.unreadable:
            self.problem(spot, f"There is no {key[:-1]} named {_show(name)}.")
        elif name in seen:
            self.problem(spot, f"{_show(name)} is already listed at {seen[name]}.")
        else:
            seen[name] = spot

    def service(self, service: object, where: str, index: int) -> None:
        bad = SERVICE.check(service, where, self.out)
        if bad is None:
            return
        assert isinstance(service, dict)
        self.register(service, "services", index)
        seen: dict[str, str] = {}
        for i, link in enumerate(self.nested(service, "vendors", where)):
            spot = f"{where}.vendors[{i}]"
            if SERVICE_VENDOR.check(link, spot, self.out) is None:
                continue
            if "vendor" not in link:
                self.problem(f"{spot}.vendor", "Is required.")
            else:
                self.reference(link["vendor"], f"{spot}.vendor", "vendors", seen)

    def activity(self, activity: object, where: str, index: int) -> None:
        bad = ACTIVITY.check(activity, where, self.out)
        if bad is None:
            return
        assert isinstance(activity, dict)
        self.register(activity, "activities", index)
        self.references(activity.get("vendors", []), f"{where}.vendors", "vendors")
        self.references(activity.get("services", []), f"{where}.services", "services")


def _cycles(parents: Mapping[str, str], order: Mapping[str, int]) -> list[tuple[str, ...]]:
    """Every cycle of the parent relation, each once, starting at its first vendor."""
    cycles: list[tuple[str, ...]] = []
    done: set[str] = set()
    for start in parents:
        path: list[str] = []
        on_path: dict[str, int] = {}
        current: str | None = start
        while current is not None and current not in done and current not in on_path:
            on_path[current] = len(path)
            path.append(current)
            current = parents.get(current)
        if current is not None and current in on_path:
            cycle = path[on_path[current] :]
            first = min(range(len(cycle)), key=lambda k: order[cycle[k]])
            cycles.append(tuple(cycle[first:] + cycle[:first]))
        done.update(path)
    return sorted(cycles, key=lambda c: order[c[0]])


def validate_document(doc: object) -> list[Problem]:
    """Every problem of an exchange document, each with its place in the document.

    Checks types, required fields, closed vocabularies, dates, country codes, web and
    e-mail addresses, registration numbers, text lengths, unique names, references between
    records, parent cycles and the rules that tie fields of a safeguard together. A
    document without problems can be imported.

    Args:
        doc: the parsed JSON document.

    Returns:
        The problems in document order; empty when the document can be imported.
    """
    header = _header_problem(doc)
    if header is not None:
        return [header]
    assert isinstance(doc, dict)
    validator = _Validator()
    validator.document(doc)
    return validator.out


# --- import -------------------------------------------------------------------------------


def _table(entity: type[model.Base]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


VENDORS = _table(model.Vendor)
LOCATIONS = _table(model.Location)
SAFEGUARDS = _table(model.Safeguard)
DPAS = _table(model.Dpa)
SERVICES = _table(model.Service)
SERVICE_VENDORS = _table(model.ServiceVendor)
ACTIVITIES = _table(model.Activity)
ACTIVITY_VENDORS = _table(model.ActivityVendor)
ACTIVITY_SERVICES = _table(model.ActivityService)
ORGANISATIONS = _table(model.Organisation)
CHANGES = _table(model.Change)



def _refusal(problems: Sequence[Problem]) -> UserError:
    """The refusal of a document with these problems: how many, then each."""
    # The problems name places in the JSON document (vendors[3].country) and its values,
    # and read in English as the document's keys do; the sentence above them is worded.
    headline = sentence("error.import.problems", count=len(problems))
    return UserError(headline, problems=[str(p) for p in problems])


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@dataclasses.dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import wrote: the number of rows of each kind."""

    vendors: int = 0
    services: int = 0
    activities: int = 0
    locations: int = 0
    safeguards: int = 0
    dpas: int = 0
    links: int = 0
    """Service-vendor, activity-vendor and activity-service links together."""

    def __str__(self) -> str:
        return ", ".join(
            (
                _count(self.vendors, "vendor", "vendors"),
                _count(self.services, "service", "services"),
                _count(self.activities, "activity", "activities"),
                _count(self.locations, "location", "locations"),
                _count(self.safeguards, "safeguard", "safeguards"),
                _count(self.dpas, "DPA", "DPAs"),
                _count(self.links, "link", "links"),
            )
        )


@dataclasses.dataclass
class _Rows:
    """The rows of a checked document, with ids assigned, ready for executemany."""

    vendors: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    locations: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    safeguards: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    dpas: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    services: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    service_vendors: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    activities: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    activity_vendors: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    activity_services: list[dict[str, Any]] = dataclasses.field(default_factory=list)

    def in_insert_order(self) -> list[tuple[Table, list[dict[str, Any]]]]:
        return [
            (VENDORS, _parents_first(self.vendors)),
            (LOCATIONS, self.locations),
            (SAFEGUARDS, self.safeguards),
            (DPAS, self.dpas),
            (SERVICES, self.services),
            (SERVICE_VENDORS, self.service_vendors),
            (ACTIVITIES, self.activities),
            (ACTIVITY_VENDORS, self.activity_vendors),
            (ACTIVITY_SERVICES, self.activity_services),
        ]

    def summary(self) -> ImportSummary:
        links = len(self.service_vendors) + len(self.activity_vendors)
        return ImportSummary(
            vendors=len(self.vendors),
            services=len(self.services),
            activities=len(self.activities),
            locations=len(self.locations),
            safeguards=len(self.safeguards),
            dpas=len(self.dpas),
            links=links + len(self.activity_services),
        )


def _parents_first(vendors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Vendor rows ordered so that a parent is inserted before its sub-processors."""
    parent_of = {row["id"]: row["parent_id"] for row in vendors}
    depth: dict[int, int] = {}
    for vid in parent_of:
        chain: list[int] = []
        current: int | None = vid
        while current is not None and current not in depth:
            chain.append(current)
            current = parent_of[current]
        level = -1 if current is None else depth[current]
        for member in reversed(chain):
            level += 1
            depth[member] = level
    return sorted(vendors, key=lambda row: depth[row["id"]])


def _ids(records: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    return {record["name"]: i for i, record in enumerate(records, 1)}


def _build_vendors(rows: _Rows, vendors: list[dict[str, Any]], now: dt.datetime) -> dict[str, int]:
    ids = _ids(vendors)
    for vid, vendor in enumerate(vendors, 1):
        row = VENDOR.to_db(vendor)
        parent = vendor.get("parent")
        row.update(
            id=vid,
            parent_id=None if parent is None else ids[parent],
            created_at=now,
            updated_at=now,
            row_version=model.new_row_version(),
        )
        rows.vendors.append(row)
        for loc in vendor.get("locations", ()):
            rows.locations.append(
                {"id": len(rows.locations) + 1, "vendor_id": vid, **LOCATION.to_db(loc)}
            )
        for safeguard in vendor.get("safeguards", ()):
            rows.safeguards.append(
                {"id": len(rows.safeguards) + 1, "vendor_id": vid, **SAFEGUARD.to_db(safeguard)}
            )
        if vendor.get("dpa") is not None:
            rows.dpas.append(
                {"id": len(rows.dpas) + 1, "vendor_id": vid, **DPA.to_db(vendor["dpa"])}
            )
    return ids


def _rows(doc: Mapping[str, Any], now: dt.datetime) -> _Rows:
    """The rows of a document that ``validate_document`` accepted."""
    rows = _Rows()
    vendor_ids = _build_vendors(rows, doc["vendors"], now)
    service_ids = _ids(doc["services"])
    for sid, service in enumerate(doc["services"], 1):
        rows.services.append({"id": sid, **SERVICE.to_db(service),
                              "row_version": model.new_row_version()})
        rows.service_vendors.extend(
            {
                "service_id": sid,
                "vendor_id": vendor_ids[link["vendor"]],
                **SERVICE_VENDOR.to_db(link),
            }
            for link in service.get("vendors", ())
        )
    for aid, activity in enumerate(doc["activities"], 1):
        rows.activities.append({"id": aid, **ACTIVITY.to_db(activity),
                                "row_version": model.new_row_version()})
        rows.activity_vendors.extend(
            {"activity_id": aid, "vendor_id": vendor_ids[name]}
            for name in activity.get("vendors", ())
        )
        rows.activity_services.extend(
            {"activity_id": aid, "service_id": service_ids[name]}
            for name in activity.get("services", ())
        )
    return rows


def _existing(session: Session) -> tuple[int, int, int]:
    """How many vendors, services and activities the registry holds."""
    count = select(func.count())
    return (
        session.scalar(count.select_from(VENDORS)) or 0,
        session.scalar(count.select_from(SERVICES)) or 0,
        session.scalar(count.select_from(ACTIVITIES)) or 0,
    )


def _describe_existing(counts: tuple[int, int, int]) -> str:
    vendors, services, activities = counts
    return (
        f"{_count(vendors, 'vendor', 'vendors')}, {_count(services, 'service', 'services')} "
        f"and {_count(activities, 'processing activity', 'processing activities')}"
    )


def _upsert_organisation(session: Session, organisation: Mapping[str, Any]) -> None:
    values = ORGANISATION.to_db(organisation)
    if session.scalar(select(ORGANISATIONS.c.id).where(ORGANISATIONS.c.id == 1)) is None:
        session.execute(insert(ORGANISATIONS).values(id=1, **values))
    else:
        session.execute(update(ORGANISATIONS).where(ORGANISATIONS.c.id == 1).values(**values))


def import_document(
    session: Session, doc: Mapping[str, Any], *, replace: bool = False
) -> ImportSummary:
    """Import a whole registry from an exchange document, in the caller's transaction.

    The document is checked first; nothing is written unless it has no problem at all.

    Args:
        session: the session of the use case; it is not committed here.
        doc: the document, as ``read_document`` returns it.
        replace: delete the vendors, services and activities the registry already holds.
            Without it, a registry that holds any is left alone.

    Returns:
        How many records of each kind were written.

    Raises:
        UserError: when the document has problems (listed in ``problems``), or when the
            registry is not empty and ``replace`` is false.
    """
    with cyclic_gc_paused():  # tens of thousands of rows, none of them in a cycle
        problems = validate_document(doc)
    if problems:
        raise _refusal(problems)
    take_turns(session)  # another program's import into the same empty registry waits
    existing = _existing(session)
    if any(existing) and not replace:
        raise UserError(
            f"The registry already holds {_describe_existing(existing)}, so the file was "
            "not imported. Import with --replace to replace the whole registry with the file."
        )
    now = model.utcnow()
    if any(existing):
        clear_records(session)
    _upsert_organisation(session, doc["organisation"])
    with cyclic_gc_paused():
        rows = _rows(doc, now)
        for table, table_rows in rows.in_insert_order():
            if table_rows:
                session.execute(insert(table), table_rows)
    advance_id_sequences(session, (VENDORS, LOCATIONS, SAFEGUARDS, DPAS, SERVICES, ACTIVITIES))
    summary = rows.summary()
    session.execute(
        insert(CHANGES).values(
            at=now,
            entity="registry",
            action="import",
            old=_describe_existing(existing) if any(existing) else None,
            new=str(summary),
        )
    )
    session.expire_all()
    return summary
