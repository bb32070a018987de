"""The labels of the closed vocabularies, for the window, the reports and the command line.

A vocabulary value (a vendor's role, a legal basis, the way a country is reached...) is stored
as its key (:mod:`registry.enums`); people read it as a label, in their language, from here:
``label("role", VendorRole.SUB_PROCESSOR, "nb")`` is "Underdatabehandler". The English labels
are the table below, under ``label.<vocabulary>.<value>``; the other languages are in the
gettext catalogue ``registry`` (:mod:`registry.catalogues`), under the same keys.

A label has the form the window shows (in its lists, filters and pick-lists). Some values read
otherwise in the reports, which say more ("Required, not started"): those have a second label,
``label.<vocabulary>.<value>.report``. A report asks for that form and gets the window's
label where a value has no report form of its own.

A value that stands for an article of the GDPR (a legal basis, an Art. 9(2) condition, an
Art. 49(1) derogation, the record of a controller or a processor) is cited as each language
cites it (:mod:`registry.citations`): the catalogues hold its words, never the citation.
The window's pick-lists and the reports' legal bases give the words and the citation
("Explicit consent (Art. 9(2)(a))"); the reports' columns of conditions and derogations the
citation alone ("Art. 9(2)(a)").

The vocabularies, by the name a caller gives:

- ``role`` (:class:`VendorRole`), ``status`` (:class:`VendorStatus`), ``activity_role``
  (:class:`ActivityRole`), ``basis`` (:class:`LegalBasis`), ``art9`` (:class:`Art9Condition`),
  ``dpia`` (:class:`DpiaStatus`), ``kind`` (:class:`LocationKind`), ``mech``
  (:class:`Mechanism`: the reports' names; the window names a mechanism as the legal facts
  file does, :func:`mechanism_name`), ``derogation`` (:class:`Derogation`), ``tia``
  (:class:`TiaOutcome`), ``scc_module`` (1 to 4);
- ``verdict``: a :class:`Severity`, ``ok``, or ``eea`` (a country inside the EU/EEA);
- ``via``: how a transfer reaches its country, ``entity`` (the vendor's own country) or a
  location kind;
- ``record``: the kinds of records (``vendor``, ``service``, ``activity``, ``organisation``,
  and ``registry`` for a change of the whole registry);
- ``action`` and ``field``: what a row of the history records (:mod:`registry.history`): a
  change's action (``create``, ``update``...) and the field it changed, named as the editors
  name it (``field`` values are a field's name, or ``<kind>.<field>`` where one kind of record
  names it otherwise).
"""

from __future__ import annotations

import functools
from enum import Enum
from typing import TYPE_CHECKING, Literal

from registry.catalogues import translation
from registry.citations import Citation
from registry.enums import LegalBasis
from registry.messages import Term, capitalised, term, worded

if TYPE_CHECKING:
    from registry.facts import MechanismFact

Form = Literal["name", "report"]
"""Which label of a value: the window's (``name``) or the reports' (``report``)."""

DOMAIN = "registry"

EN: dict[str, str] = {
    # vendor roles
    "label.role.processor": "Processor",
    "label.role.sub_processor": "Sub-processor",
    "label.role.independent_controller": "Independent controller",
    "label.role.joint_controller": "Joint controller",
    # vendor statuses
    "label.status.planned": "Planned",
    "label.status.active": "Active",
    "label.status.retired": "Retired",
    # the role of the organisation in a processing activity (the window cites the article)
    "label.activity_role.controller": "Controller",
    "label.activity_role.processor": "Processor",
    # legal bases of Art. 6(1) (the reports cite the article)
    "label.basis.consent": "Consent",
    "label.basis.contract": "Contract",
    "label.basis.legal_obligation": "Legal obligation",
    "label.basis.vital_interests": "Vital interests",
    "label.basis.public_task": "Public task",
    "label.basis.legitimate_interests": "Legitimate interests",
    # conditions of Art. 9(2) for special categories of data (the reports cite the point)
    "label.art9.none": "No special categories of data",
    "label.art9.a": "Explicit consent",
    "label.art9.b": "Employment and social security law",
    "label.art9.c": "Vital interests",
    "label.art9.d": "Not-for-profit body",
    "label.art9.e": "Made public by the data subject",
    "label.art9.f": "Legal claims",
    "label.art9.g": "Substantial public interest",
    "label.art9.h": "Health or social care",
    "label.art9.i": "Public health",
    "label.art9.j": "Archiving, research or statistics",
    "label.art9.none.report": "No special categories",
    # the state of a data protection impact assessment
    "label.dpia.not_required": "Not required",
    "label.dpia.required": "Required",
    "label.dpia.in_progress": "In progress",
    "label.dpia.done": "Done",
    "label.dpia.required.report": "Required, not started",
    "label.dpia.done.report": "Completed",
    # verdicts: the worst finding of a record or a transfer
    "label.verdict.error": "Error",
    "label.verdict.warning": "Warning",
    "label.verdict.info": "Note",
    "label.verdict.ok": "OK",
    "label.verdict.eea": "EU/EEA",
    # how a transfer reaches its country (the window lists them in lower case)
    "label.via.entity": "entity",
    "label.via.hosting": "hosting",
    "label.via.support": "access",
    "label.via.processing": "processing",
    "label.via.backup": "backup",
    "label.via.entity.report": "Registered office",
    "label.via.hosting.report": "Hosting",
    "label.via.support.report": "Access",
    "label.via.processing.report": "Processing",
    "label.via.backup.report": "Backup",
    # kinds of a vendor's locations
    "label.kind.hosting": "Hosting / storage",
    "label.kind.support": "Support / remote access",
    "label.kind.processing": "Processing",
    "label.kind.backup": "Backup",
    "label.kind.hosting.report": "Hosting and storage",
    "label.kind.support.report": "Support and remote access",
    # transfer mechanisms, as the reports name them
    "label.mech.adequacy.report": "Adequacy decision",
    "label.mech.eu_us_dpf.report": "EU-US Data Privacy Framework",
    "label.mech.scc_2021.report": "EU Standard Contractual Clauses (SCC)",
    "label.mech.bcr.report": "Binding corporate rules (BCR)",
    "label.mech.code_of_conduct.report": "Approved code of conduct",
    "label.mech.certification.report": "Approved certification",
    "label.mech.ad_hoc_clauses.report": "Ad hoc clauses authorised by a supervisory authority",
    "label.mech.derogation.report": "Derogation",
    "label.mech.safe_harbor.report": "Safe Harbor (invalid since 6 Oct 2015)",
    "label.mech.privacy_shield.report": "EU-US Privacy Shield (invalid since 16 Jul 2020)",
    "label.mech.scc_2001_497.report": "Old SCCs 2001/497/EC",
    "label.mech.scc_2004_915.report": "Old SCCs 2004/915/EC",
    "label.mech.scc_2010_87.report": "Old SCCs 2010/87/EU",
    # derogations of Art. 49(1) (the reports cite the point)
    "label.derogation.a": "Explicit consent",
    "label.derogation.b": "Contract with the data subject",
    "label.derogation.c": "Contract in the data subject's interest",
    "label.derogation.d": "Important reasons of public interest",
    "label.derogation.e": "Legal claims",
    "label.derogation.f": "Vital interests",
    "label.derogation.g": "Public register",
    "label.derogation.compelling": "Compelling legitimate interests",
    "label.derogation.compelling.report": "compelling legitimate interests",
    # outcomes of a transfer impact assessment (the reports write them in a sentence)
    "label.tia.adequate": "Adequate protection",
    "label.tia.adequate_with_measures": "Adequate with supplementary measures",
    "label.tia.not_adequate": "Not adequate",
    "label.tia.adequate.report": "adequate",
    "label.tia.adequate_with_measures.report": "adequate with supplementary measures",
    "label.tia.not_adequate.report": "not adequate",
    # modules of the 2021 standard contractual clauses
    "label.scc_module.1": "Module 1: controller to controller",
    "label.scc_module.2": "Module 2: controller to processor",
    "label.scc_module.3": "Module 3: processor to processor",
    "label.scc_module.4": "Module 4: processor to controller",
    # kinds of records
    "label.record.vendor": "Vendor",
    "label.record.service": "Service",
    "label.record.activity": "Processing activity",
    "label.record.organisation": "Organisation",
    "label.record.registry": "Registry",
    # what a row of the history records (other parts add theirs: a row with an action or a
    # field that has no label here shows its key)
    "label.action.create": "Created",
    "label.action.update": "Changed",
    "label.action.delete": "Deleted",
    "label.action.restore": "Restored",
    "label.action.import": "Imported",
    "label.action.replace": "Removed by an import",
    "label.action.clear": "Registry emptied",
    # the fields of the records, as their editors label them (for the history); a field of
    # one kind of record only where it reads otherwise there: label.field.<kind>.<field>; the
    # history cites the article after the legal basis and the special categories, as the
    # editor does (registry.citations)
    "label.field.name": "Name",
    "label.field.legal_name": "Legal name",
    "label.field.former_names": "Former names",
    "label.field.registration_number": "Registration no.",
    "label.field.address": "Address",
    "label.field.country": "Country",
    "label.field.website": "Website",
    "label.field.privacy_url": "Privacy policy",
    "label.field.dpa_url": "DPA link",
    "label.field.contact_email": "Privacy contact",
    "label.field.role": "Role",
    "label.field.status": "Status",
    "label.field.start_date": "Start date",
    "label.field.end_date": "End date",
    "label.field.parent_id": "Parent vendor",
    "label.field.descriptions": "Public description",
    "label.field.internal_notes": "Internal notes",
    "label.field.certifications": "Certifications",
    "label.field.last_reviewed": "Last reviewed",
    "label.field.next_review": "Next review",
    "label.field.locations": "Locations",
    "label.field.safeguards": "Transfers to third countries",
    "label.field.dpa": "Data processing agreement",
    "label.field.services": "Services",
    "label.field.description": "Description",
    "label.field.vendors": "Vendors",
    "label.field.business_function": "Business function",
    "label.field.purposes": "Purposes",
    "label.field.legal_basis": "Legal basis",
    "label.field.legal_basis_detail": "Basis in detail",
    "label.field.legitimate_interests": "Legitimate interests",
    "label.field.art9_condition": "Special categories",
    "label.field.data_subjects": "Data subjects",
    "label.field.data_categories": "Personal data",
    "label.field.recipients": "Recipients",
    "label.field.retention": "Erasure time limits",
    "label.field.security_measures": "Security measures",
    "label.field.source": "Source of the data",
    "label.field.rights": "Rights available",
    "label.field.automated_decisions": "Automated decisions",
    "label.field.transfer_notes": "Transfer notes",
    "label.field.dpia_status": "DPIA",
    "label.field.dpia_link": "DPIA link",
    "label.field.controllers": "Processing on behalf of",
    "label.field.joint_controllers": "Joint controllers",
    "label.field.vendor_ids": "Vendors",
    "label.field.service_ids": "Services",
    "label.field.email": "E-mail",
    "label.field.phone": "Phone",
    "label.field.dpo_name": "DPO",
    "label.field.dpo_email": "DPO e-mail",
    "label.field.dpo_phone": "DPO phone",
    "label.field.representative": "EU representative",
    "label.field.supervisory_authority": "Supervisory authority",
    "label.field.is_controller": "Controller",
    "label.field.is_processor": "Processor",
    "label.field.objection_contact": "Objections to",
    "label.field.notice_days": "Notice period",
    "label.field.review_interval_months": "Review every",
    # the parts of a transfer safeguard and of a DPA
    "label.field.mechanism": "Mechanism",
    "label.field.scc_module": "SCC module",
    "label.field.derogation": "Derogation",
    "label.field.dpf_certified": "DPF",
    "label.field.dpf_checked": "DPF List checked",
    "label.field.tia_date": "TIA date",
    "label.field.tia_outcome": "TIA outcome",
    "label.field.supplementary_measures": "Supplementary measures",
    "label.field.documents": "Documents",
    "label.field.signed_date": "Signed",
    "label.field.version": "Version",
    "label.field.reference": "Reference or file",
    "label.field.review_date": "Review by",
    "label.field.dpa.notice_days": "Notice of changes",
}


def _text(key: str, lang: str) -> str | None:
    text = translation(DOMAIN, key, lang) if lang != "en" else None
    return text if isinstance(text, str) else EN.get(key)


_POINTS = {"basis": (6, 1, [basis.value for basis in LegalBasis]),
           "art9": (9, 2, list("abcdefghij")), "derogation": (49, 1, list("abcdefg"))}
"""The article and paragraph of a vocabulary whose values are its points, in their order."""


def citation_of(vocabulary: str, value: Enum | str | int) -> Citation | None:
    """The article, paragraph or point a value of ``vocabulary`` stands for: a legal basis
    (Art. 6(1)), a condition of Art. 9(2), a derogation of Art. 49(1), the record of a
    controller or a processor (Art. 30(1), 30(2)), the mechanism of derogations (Art. 49)."""
    raw = str(value.value if isinstance(value, Enum) else value)
    if vocabulary == "derogation" and raw == "compelling":
        return Citation(49, 1, subparagraph=2)
    if vocabulary in _POINTS:
        article, paragraph, points = _POINTS[vocabulary]
        return Citation(article, paragraph, "abcdefghij"[points.index(raw)]) \
            if raw in points else None
    if vocabulary == "activity_role":
        return {"controller": Citation(30, 1), "processor": Citation(30, 2)}.get(raw)
    if vocabulary == "mech" and raw == "derogation":
        return Citation(49)
    return None


_SHOWN: dict[tuple[str, str], Literal["cited", "citation"]] = {
    ("art9", "name"): "cited", ("art9", "report"): "citation",
    ("derogation", "name"): "cited", ("derogation", "report"): "citation",
    ("activity_role", "name"): "cited",
    ("basis", "report"): "cited", ("mech", "report"): "cited",
}
"""Which labels cite their article: after their words (``cited``: "Explicit consent
(Art. 9(2)(a))"), or by the citation alone (``citation``: "Art. 9(2)(a)", where a report's
column has the words' room only for a point). A value with words of its own for the form (the
reports' "compelling legitimate interests") is cited after them."""


@functools.lru_cache(maxsize=4096)
def label(vocabulary: str, value: Enum | str | int | None, lang: str = "en",
          form: Form = "name") -> str:
    """The label of ``value`` of ``vocabulary`` in ``lang`` (English for a language without a
    catalogue): the window's, or the reports' (``form="report"``) where it has one of its own.
    A label that cites an article cites it as the language does
    (:mod:`registry.citations`): the catalogues hold the words only.

    A value without a label reads as it is; None reads as nothing.
    """
    if value is None:
        return ""
    raw = str(value.value if isinstance(value, Enum) else value)
    key = f"label.{vocabulary}.{raw}"
    words = _text(f"{key}.{form}", lang) if form != "name" else None
    own = words is not None
    if words is None:
        words = _text(key, lang)
    shown = _SHOWN.get((vocabulary, form))
    citation = citation_of(vocabulary, raw) if shown else None
    if citation is None:
        return raw if words is None else words
    if shown == "citation" and not own:
        return citation.in_(lang)
    return f"{words or raw} ({citation.in_(lang)})"


def cited_label(vocabulary: str, value: Enum | str | int, lang: str = "en") -> str:
    """The window's label of ``value`` with the article it stands for, where the window's
    label has none of its own (a pick-list of legal bases: "Consent (Art. 6(1)(a))")."""
    text = label(vocabulary, value, lang)
    citation = citation_of(vocabulary, value)
    if citation is None or _SHOWN.get((vocabulary, "name")):
        return text
    return f"{text} ({citation.in_(lang)})"


def mechanism_term(mechanism: MechanismFact) -> Term:
    """A mechanism's name inside a sentence: the facts file's label, worded by the catalogue
    (the term ``mechanism.<id>``) in the other languages."""
    return term(f"mechanism.{mechanism.id}", mechanism.label)


def mechanism_name(mechanism: MechanismFact, lang: str = "en") -> str:
    """A mechanism's name on its own (a pick-list, a list of mechanisms): as the legal facts
    file names it in English, as the catalogue words that name in the other languages."""
    return capitalised(worded(mechanism_term(mechanism), lang))
