"""Checks of whole records: what is wrong with a form, by field, before anything is written.

:mod:`registry.validation` checks single values (a registration number, a link, an e-mail
address) and needs nothing else; the assessment, the import and the reports use it too. The
checks here take a whole form and the session of the action, because some answers depend on
what the registry holds: a name another record has already, a link to a record that is gone,
a parent that is the vendor's own sub-processor.

Each check returns :data:`Problems`: a sentence per field, keyed like ``"name"`` or
``"locations[2].country"`` so that an editor can show it next to the field. The writes of
:mod:`registry.usecases` check again and refuse what has problems; the schema's constraints
back this up. The sentences are :class:`~registry.messages.Sentence` s: English as plain
strings, and worded in the user's language by the editors (the words are in
:mod:`registry.form_texts`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any, Literal, TypeAlias

from sqlalchemy import LargeBinary, Select, String, cast, func, or_, select
from sqlalchemy.orm import Session

from registry import model
from registry.enums import LANGUAGES, LocationKind, Mechanism
from registry.form_texts import EN as FORM_TEXTS
from registry.forms import (
    ACTIVITY_COLUMNS,
    ORGANISATION_COLUMNS,
    VENDOR_COLUMNS,
    ActivityForm,
    Kind,
    OrganisationForm,
    SafeguardForm,
    ServiceForm,
    VendorForm,
    clean_activity,
    clean_organisation,
    clean_service,
    clean_vendor,
)
from registry.messages import Country, Message, Sentence, msg, names, render
from registry.validation import (
    check_country,
    check_email,
    check_name,
    check_registration,
    check_url,
)

Problems: TypeAlias = dict[str, Sentence]
"""Field key (``"name"``, ``"locations[2].country"``) to a sentence saying what is wrong."""


class _Checker:
    """Collects one sentence per field key; the first problem of a field wins."""

    def __init__(self) -> None:
        self.problems: Problems = {}

    def add(self, key: str, problem: Sentence | Message | None) -> None:
        if problem and key not in self.problems:
            self.problems[key] = problem if isinstance(problem, Sentence) else Sentence(problem)

    def length(self, cls: type[model.Base], column: str, value: str, key: str = "") -> None:
        col_type = cls.__table__.c[column].type
        limit = col_type.length if isinstance(col_type, String) else None
        if limit is not None and len(value) > limit:
            self.add(key or column, msg("form.too_long", limit=limit, length=len(value)))

    def lengths(self, cls: type[model.Base], form: Any, columns: Iterable[str],
                prefix: str = "") -> None:
        for column in columns:
            value = getattr(form, column)
            if isinstance(value, str):
                self.length(cls, column, value, prefix + column)

    def dates_in_order(self, first: dt.date | None, then: dt.date | None, key: str,
                       problem: Message) -> None:
        if first is not None and then is not None and then < first:
            self.add(key, problem)

    def not_future(self, day: dt.date | None, key: str) -> None:
        if day is not None and day > dt.date.today():
            self.add(key, msg("form.future"))


def name_problem(session: Session, cls: type[model.Vendor | model.Service | model.Activity],
                  name: str, record_id: int | None, kind: Kind) -> Sentence | None:
    """Required, not too long, and unique regardless of case."""
    problem = check_name(name)
    if problem:
        return problem
    folded = name.strip().casefold()
    for other in session.scalars(_same_name_candidates(cls, folded, record_id)):
        if other.casefold() == folded:
            return Sentence(msg(f"form.name.taken.{kind}", name=other))
    return None


def _same_name_candidates(cls: type[model.Vendor | model.Service | model.Activity],
                          folded: str, record_id: int | None) -> Select[str]:
    """The names of other records that may equal ``folded`` regardless of case: a superset,
    compared with :meth:`str.casefold` by the caller.

    SQLite's ``lower()`` folds ASCII letters only, so an ASCII name is compared in SQL and
    names with other characters (``Ørsted``, ``Straße``) are all candidates. One pass over
    the table inside SQLite, instead of every name loaded into Python.
    """
    query = select(cls.name).where(or_(
        func.lower(cls.name) == folded,
        func.length(cast(cls.name, LargeBinary)) != func.length(cls.name),
    ))
    if record_id is not None:
        query = query.where(cls.id != record_id)
    return query


def existing_ids(session: Session, cls: type[model.Vendor | model.Service | model.Activity],
              ids: Iterable[int]) -> set[int]:
    wanted = set(ids)
    if not wanted:
        return set()
    return set(session.scalars(select(cls.id).where(cls.id.in_(wanted))))


def _ancestors(session: Session, vendor_id: int) -> list[int]:
    """``vendor_id`` and every vendor above it, nearest first."""
    chain: list[int] = []
    current: int | None = vendor_id
    while current is not None and current not in chain:
        chain.append(current)
        current = session.scalar(select(model.Vendor.parent_id).where(model.Vendor.id == current))
    return chain


def _check_links(
    check: _Checker, session: Session, cls: type[model.Vendor | model.Service],
    ids: Sequence[int], key: str, kind: Literal["vendor", "service"],
) -> None:
    present = existing_ids(session, cls, ids)
    seen: set[int] = set()
    for index, link_id in enumerate(ids):
        if link_id not in present:
            check.add(f"{key}[{index}]", msg(f"form.link.gone.{kind}"))
        elif link_id in seen:
            check.add(f"{key}[{index}]", msg(f"form.link.twice.{kind}"))
        seen.add(link_id)


def dpf_applies(mechanism: Mechanism, country: str) -> bool:
    """Whether DPF certification is relevant: the DPF, or adequacy for the United States."""
    return mechanism == Mechanism.EU_US_DPF or (
        mechanism == Mechanism.ADEQUACY and country == "US"
    )


def _check_safeguard(check: _Checker, sg: SafeguardForm, prefix: str) -> None:
    check.add(prefix + "country", check_country(sg.country))
    if sg.mechanism == Mechanism.SCC_2021:
        if sg.scc_module is not None and not 1 <= sg.scc_module <= 4:
            check.add(prefix + "scc_module", msg("form.scc_module.range"))
    elif sg.scc_module is not None:
        check.add(prefix + "scc_module", msg("form.scc_module.not_scc"))
    if sg.mechanism == Mechanism.DEROGATION:
        if sg.derogation is None:
            check.add(prefix + "derogation", msg("form.derogation.missing"))
    elif sg.derogation is not None:
        check.add(prefix + "derogation", msg("form.derogation.not_derogation"))
    if sg.mechanism == Mechanism.EU_US_DPF and sg.country and sg.country != "US":
        check.add(prefix + "mechanism", msg("form.dpf.not_us", country=Country(sg.country)))
    if not dpf_applies(sg.mechanism, sg.country) and (sg.dpf_certified or sg.dpf_checked):
        check.add(prefix + "dpf_certified", msg("form.dpf.not_dpf"))
    check.not_future(sg.dpf_checked, prefix + "dpf_checked")
    check.not_future(sg.tia_date, prefix + "tia_date")
    if sg.tia_outcome is not None and sg.tia_date is None:
        check.add(prefix + "tia_date", msg("form.tia.date_missing"))


def validate_vendor(session: Session, form: VendorForm, vendor_id: int | None = None) -> Problems:
    """What is wrong with a vendor form, by field.

    Args:
        session: the session of the action.
        form: the vendor as typed.
        vendor_id: the vendor being edited, or None for a new one.

    Returns:
        Field key to a sentence; empty when the form can be saved.
    """
    form = clean_vendor(form)
    check = _Checker()
    check.add("name", name_problem(session, model.Vendor, form.name, vendor_id, "vendor"))
    check.lengths(model.Vendor, form, VENDOR_COLUMNS)
    check.add("country", check_country(form.country))
    if "country" not in check.problems:
        check.add("registration_number",
                  check_registration(form.country, form.registration_number))
    for link in ("website", "privacy_url", "dpa_url"):
        check.add(link, check_url(getattr(form, link)))
    check.add("contact_email", check_email(form.contact_email))
    check.dates_in_order(form.start_date, form.end_date, "end_date",
                         msg("form.end_before_start"))
    check.dates_in_order(form.last_reviewed, form.next_review, "next_review",
                         msg("form.review_before_last"))
    check.not_future(form.last_reviewed, "last_reviewed")
    for index, former in enumerate(form.former_names):
        if len(former) > 300:
            check.add("former_names", msg("form.former_name.too_long", number=index + 1))
    unknown = sorted(set(form.descriptions) - set(LANGUAGES))
    if unknown:
        check.add("descriptions", msg("form.descriptions.languages", kept=names(LANGUAGES),
                                      unknown=names(unknown)))
    _check_parent(check, session, form.parent_id, vendor_id)

    seen_locations: set[tuple[str, LocationKind, str]] = set()
    for index, loc in enumerate(form.locations):
        prefix = f"locations[{index}]."
        check.add(prefix + "country", check_country(loc.country))
        check.length(model.Location, "detail", loc.detail, prefix + "detail")
        place = (loc.country, loc.kind, loc.detail)
        if place in seen_locations:
            check.add(prefix + "detail", msg("form.location.twice"))
        seen_locations.add(place)

    seen_countries: set[str] = set()
    for index, sg in enumerate(form.safeguards):
        prefix = f"safeguards[{index}]."
        _check_safeguard(check, sg, prefix)
        if sg.country in seen_countries:
            check.add(prefix + "country", msg("form.safeguard.twice", country=Country(sg.country)))
        seen_countries.add(sg.country)

    if form.dpa is not None:
        check.lengths(model.Dpa, form.dpa, ("version",), "dpa.")
        check.not_future(form.dpa.signed_date, "dpa.signed_date")
        if form.dpa.notice_days is not None and form.dpa.notice_days < 0:
            check.add("dpa.notice_days", msg("form.notice.negative"))
    _check_links(check, session, model.Service, [sid for sid, _ in form.services], "services",
                 "service")
    return check.problems


def _check_parent(check: _Checker, session: Session, parent_id: int | None,
                  vendor_id: int | None) -> None:
    if parent_id is None:
        return
    if parent_id == vendor_id:
        check.add("parent_id", msg("form.parent.self"))
        return
    if not existing_ids(session, model.Vendor, [parent_id]):
        check.add("parent_id", msg("form.parent.gone"))
    elif vendor_id is not None and vendor_id in _ancestors(session, parent_id):
        check.add("parent_id", msg("form.parent.circle"))


def validate_service(session: Session, form: ServiceForm,
                     service_id: int | None = None) -> Problems:
    """What is wrong with a service form, by field (see :func:`validate_vendor`)."""
    form = clean_service(form)
    check = _Checker()
    check.add("name", name_problem(session, model.Service, form.name, service_id, "service"))
    _check_links(check, session, model.Vendor, [vid for vid, _ in form.vendors], "vendors",
                 "vendor")
    return check.problems


def validate_activity(session: Session, form: ActivityForm,
                      activity_id: int | None = None) -> Problems:
    """What is wrong with a processing activity form, by field (see :func:`validate_vendor`)."""
    form = clean_activity(form)
    check = _Checker()
    check.add("name", name_problem(session, model.Activity, form.name, activity_id,
                                    "activity"))
    check.lengths(model.Activity, form, ACTIVITY_COLUMNS)
    check.add("dpia_link", check_url(form.dpia_link))
    for index, row in enumerate(form.retention):
        if not row["category"]:
            check.add(f"retention[{index}].category", msg("form.retention.category"))
    for index, row in enumerate(form.controllers):
        if not row["name"]:
            check.add(f"controllers[{index}].name", msg("form.controller.name"))
    check.dates_in_order(form.last_reviewed, form.next_review, "next_review",
                         msg("form.review_before_last"))
    check.not_future(form.last_reviewed, "last_reviewed")
    _check_links(check, session, model.Vendor, form.vendor_ids, "vendor_ids", "vendor")
    _check_links(check, session, model.Service, form.service_ids, "service_ids", "service")
    return check.problems


def validate_organisation(form: OrganisationForm) -> Problems:
    """What is wrong with the organisation's details, by field."""
    form = clean_organisation(form)
    check = _Checker()
    check.add("name", check_name(form.name, "organisation"))
    check.lengths(model.Organisation, form, ORGANISATION_COLUMNS)
    if form.country:
        check.add("country", check_country(form.country))
        if "country" not in check.problems:
            check.add("registration_number",
                      check_registration(form.country, form.registration_number))
    check.add("email", check_email(form.email))
    check.add("dpo_email", check_email(form.dpo_email))
    check.add("website", check_url(form.website))
    if not (form.is_controller or form.is_processor):
        check.add("is_controller", msg("form.org.role"))
    if form.notice_days < 0:
        check.add("notice_days", msg("form.notice.negative"))
    if not 1 <= form.review_interval_months <= 120:
        check.add("review_interval_months", msg("form.org.review_interval"))
    return check.problems


_LABELLED = frozenset(
    key.removeprefix("form.label.") for key in FORM_TEXTS if key.startswith("form.label.")
)
"""The fields with a label of their own in the form tables."""


def field_text(key: str) -> Message:
    """A field key as words for a list of problems: ``locations[2].country`` → Location 3."""
    match = re.match(r"^(\w+)(?:\[(\d+)\])?", key)
    if match is None:
        return msg("form.unlabelled", name=key)
    field = match.group(1)
    label = (msg(f"form.label.{field}") if field in _LABELLED
             else msg("form.unlabelled", name=field.replace("_", " ").capitalize()))
    if match.group(2) is not None:
        return msg("form.row", label=label, number=int(match.group(2)) + 1)
    return label


def describe_field(key: str, lang: str = "en") -> str:
    """:func:`field_text` in ``lang``."""
    return render(field_text(key), lang)


def field_problem(key: str, problem: Sentence) -> Sentence:
    """A problem in a list of problems: the field's name, then the sentence."""
    return Sentence(msg("form.field_problem", field=field_text(key), problem=problem.text))
