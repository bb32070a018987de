"""The labels of the closed vocabularies, for the window, the reports and the command line.

A vocabulary value (a vendor's role, a legal basis, the way a country is reached...) is stored
as its key (:mod:`registry.enums`); people read it as a label, in their language, from here:
``label("role", VendorRole.SUB_PROCESSOR, "nb")`` is "Underdatabehandler". The English labels
are the table below, under ``label.<vocabulary>.<value>``; the other languages are in the
gettext catalogue ``registry`` (:mod:`registry.catalogues`), under the same keys.

A label has the form the window shows (in its lists, filters and pick-lists). Some values read
otherwise in the reports, which cite the article where the window's columns have no room
("Consent (Art. 6(1)(a))") or say more ("Required, not started"): those have a second label,
``label.<vocabulary>.<value>.report``. A report asks for that form and gets the window's
label where a value has no report form of its own. The Art. 9(2) conditions and the Art. 49(1)
derogations that a report cites by their letter share one label, ``….letter.report``.

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
    # the role of the organisation in a processing activity (the lists cite the article)
    "label.activity_role.controller": "Controller (Art. 30(1))",
    "label.activity_role.processor": "Processor (Art. 30(2))",
    "label.activity_role.controller.report": "Controller",
    "label.activity_role.processor.report": "Processor",
    # legal bases of Art. 6(1) (the reports cite the article)
    "label.basis.consent": "Consent",
    "label.basis.contract": "Contract",
    "label.basis.legal_obligation": "Legal obligation",
    "label.basis.vital_interests": "Vital interests",
    "label.basis.public_task": "Public task",
    "label.basis.legitimate_interests": "Legitimate interests",
    "label.basis.consent.report": "Consent (Art. 6(1)(a))",
    "label.basis.contract.report": "Contract (Art. 6(1)(b))",
    "label.basis.legal_obligation.report": "Legal obligation (Art. 6(1)(c))",
    "label.basis.vital_interests.report": "Vital interests (Art. 6(1)(d))",
    "label.basis.public_task.report": "Public task (Art. 6(1)(e))",
    "label.basis.legitimate_interests.report": "Legitimate interests (Art. 6(1)(f))",
    # conditions of Art. 9(2) for special categories of data (the reports give the letter)
    "label.art9.none": "No special categories of data",
    "label.art9.a": "9(2)(a) Explicit consent",
    "label.art9.b": "9(2)(b) Employment and social security law",
    "label.art9.c": "9(2)(c) Vital interests",
    "label.art9.d": "9(2)(d) Not-for-profit body",
    "label.art9.e": "9(2)(e) Made public by the data subject",
    "label.art9.f": "9(2)(f) Legal claims",
    "label.art9.g": "9(2)(g) Substantial public interest",
    "label.art9.h": "9(2)(h) Health or social care",
    "label.art9.i": "9(2)(i) Public health",
    "label.art9.j": "9(2)(j) Archiving, research or statistics",
    "label.art9.none.report": "No special categories",
    "label.art9.letter.report": "Art. 9(2)({letter})",
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
    "label.mech.derogation.report": "Derogation (Art. 49)",
    "label.mech.safe_harbor.report": "Safe Harbor (invalid since 6 Oct 2015)",
    "label.mech.privacy_shield.report": "EU-US Privacy Shield (invalid since 16 Jul 2020)",
    "label.mech.scc_2001_497.report": "Old SCCs 2001/497/EC",
    "label.mech.scc_2004_915.report": "Old SCCs 2004/915/EC",
    "label.mech.scc_2010_87.report": "Old SCCs 2010/87/EU",
    # derogations of Art. 49(1) (the reports give the letter)
    "label.derogation.a": "49(1)(a) Explicit consent",
    "label.derogation.b": "49(1)(b) Contract with the data subject",
    "label.derogation.c": "49(1)(c) Contract in the data subject's interest",
    "label.derogation.d": "49(1)(d) Important reasons of public interest",
    "label.derogation.e": "49(1)(e) Legal claims",
    "label.derogation.f": "49(1)(f) Vital interests",
    "label.derogation.g": "49(1)(g) Public register",
    "label.derogation.compelling": "49(1) second subparagraph: compelling legitimate interests",
    "label.derogation.compelling.report": (
        "compelling legitimate interests (Art. 49(1) second subparagraph)"
    ),
    "label.derogation.letter.report": "Art. 49(1)({letter})",
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
    # one kind of record only where it reads otherwise there: label.field.<kind>.<field>
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
    "label.field.legal_basis": "Legal basis (Art. 6)",
    "label.field.legal_basis_detail": "Basis in detail",
    "label.field.legitimate_interests": "Legitimate interests",
    "label.field.art9_condition": "Special categories (Art. 9)",
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


@functools.lru_cache(maxsize=4096)
def label(vocabulary: str, value: Enum | str | int | None, lang: str = "en",
          form: Form = "name") -> str:
    """The label of ``value`` of ``vocabulary`` in ``lang`` (English for a language without a
    catalogue): the window's, or the reports' (``form="report"``) where it has one of its own.

    A value without a label reads as it is; None reads as nothing.
    """
    if value is None:
        return ""
    raw = str(value.value if isinstance(value, Enum) else value)
    key = f"label.{vocabulary}.{raw}"
    if form != "name":
        text = _text(f"{key}.{form}", lang)
        if text is not None:
            return text
        letter = _text(f"label.{vocabulary}.letter.{form}", lang) if len(raw) == 1 else None
        if letter is not None:
            return letter.format(letter=raw)
    text = _text(key, lang)
    return raw if text is None else text


def mechanism_term(mechanism: MechanismFact) -> Term:
    """A mechanism's name inside a sentence: the facts file's label, worded by the catalogue
    (the term ``mechanism.<id>``) in the other languages."""
    return term(f"mechanism.{mechanism.id}", mechanism.label)


def mechanism_name(mechanism: MechanismFact, lang: str = "en") -> str:
    """A mechanism's name on its own (a pick-list, a list of mechanisms): as the legal facts
    file names it in English, as the catalogue words that name in the other languages."""
    return capitalised(worded(mechanism_term(mechanism), lang))
