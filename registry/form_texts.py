"""The words of the checks of forms, in English: the source of their translations.

What the editors show next to a field as you type (:mod:`registry.validation`, the
``validate_*`` functions of :mod:`registry.checks_of_records`), what they say when a save is
refused, the names of the fields in a list of problems, and the name the app gives a record that
has none. The findings' words are in :mod:`registry.message_texts`; :mod:`registry.messages`
words both. Every key starts with ``form.`` or ``record.``, so the two never share a key.

The other languages (nb, da, sv, fi) are in the gettext catalogues (:mod:`registry.catalogues`),
with the same keys and each message with the same ``{parameters}`` as here (a test checks
both). The wording follows the findings': Norwegian databehandler, underdatabehandler,
overføringsgrunnlag, lokasjon, gjennomgang and the editors' own labels
(resources/translations); Danish dataansvarlig, overførselsgrundlag, lokation; Swedish
personuppgiftsansvarig, underbiträde, överföringsgrund, plats, översyn; Finnish
rekisterinpitäjä, alikäsittelijä, siirtoperuste, sijainti, tarkistus. Quotation marks are each
language's own: "…", «…», »…«, ”…”.

A field's label in a list of problems ("Location 3: …") is the ``form.label.*`` of the field's
key; ``form.row`` numbers the rows of a table from one.
"""

from __future__ import annotations

EN: dict[str, str] = {
    # single values (registry.validation)
    "form.country.required": "A country is required.",
    "form.country.invalid": (
        '"{code}" is not a country code (ISO 3166-1 alpha-2, such as NO or DE).'
    ),
    "form.url.scheme": '"{url}" is not a web address: it must start with https:// or http://.',
    "form.url.incomplete": '"{url}" is not a complete web address.',
    "form.email.invalid": '"{email}" is not an e-mail address.',
    "form.name.required": "A {what} is required.",
    "form.name.too_long": "The {what} is longer than 200 characters.",
    "form.name.what.name": "name",
    "form.name.what.organisation": "name of the organisation",
    "form.name.what.vendor": "vendor name",
    "form.name.what.service": "service name",
    "form.name.what.activity": "processing activity name",
    # any field
    "form.too_long": "This is longer than {limit} characters ({length}).",
    "form.future": "This date is in the future.",
    # names and links to other records
    "form.name.taken.vendor": 'There is already a vendor named "{name}".',
    "form.name.taken.service": 'There is already a service named "{name}".',
    "form.name.taken.activity": 'There is already a processing activity named "{name}".',
    "form.link.gone.vendor": "This vendor no longer exists.",
    "form.link.gone.service": "This service no longer exists.",
    "form.link.twice.vendor": "This vendor is listed twice.",
    "form.link.twice.service": "This service is listed twice.",
    # vendors
    "form.end_before_start": "The end date is before the start date.",
    "form.review_before_last": "The next review is before the last review.",
    "form.former_name.too_long": "Former name {number} is longer than 300 characters.",
    "form.descriptions.languages": "Descriptions are kept in {kept} only, not {unknown}.",
    "form.location.twice": "The same location is listed twice.",
    "form.safeguard.twice": (
        "There is already a safeguard for {country}: one per destination country."
    ),
    "form.notice.negative": "The notice period cannot be negative.",
    "form.parent.self": "A vendor cannot be its own sub-processor.",
    "form.parent.gone": "The parent vendor no longer exists.",
    "form.parent.circle": (
        "The parent is one of this vendor's own sub-processors; a chain cannot go round in a "
        "circle."
    ),
    # safeguards
    "form.scc_module.range": "The SCC module is 1, 2, 3 or 4.",
    "form.scc_module.not_scc": (
        "An SCC module applies only to the Standard Contractual Clauses 2021/914."
    ),
    "form.derogation.missing": "Choose the Art. 49 derogation that applies.",
    "form.derogation.not_derogation": (
        "An Art. 49 derogation applies only when the mechanism is a derogation."
    ),
    "form.dpf.not_us": (
        "The EU-US Data Privacy Framework covers only transfers to the United States, not "
        "{country}."
    ),
    "form.dpf.not_dpf": "DPF certification applies only to the EU-US Data Privacy Framework.",
    "form.tia.date_missing": "Record the date of the transfer impact assessment.",
    # processing activities
    "form.retention.category": "Name the category of data.",
    "form.controller.name": "Name the controller or customer group.",
    # the organisation
    "form.org.role": "The organisation is a controller, a processor, or both.",
    "form.org.review_interval": "The review interval is 1 to 120 months.",
    # a refused save
    "form.refused.vendor": "The vendor cannot be saved: fix the marked fields first.",
    "form.refused.vendor_named": (
        'The vendor "{name}" cannot be saved: fix the marked fields first.'
    ),
    "form.refused.service": "The service cannot be saved: fix the marked fields first.",
    "form.refused.service_named": (
        'The service "{name}" cannot be saved: fix the marked fields first.'
    ),
    "form.refused.activity": (
        "The processing activity cannot be saved: fix the marked fields first."
    ),
    "form.refused.activity_named": (
        'The processing activity "{name}" cannot be saved: fix the marked fields first.'
    ),
    "form.refused.organisation": (
        "The organisation's details cannot be saved: fix the marked fields first."
    ),
    "form.gone.vendor": (
        "The vendor no longer exists: somebody may have deleted it. Reload the list."
    ),
    "form.gone.service": (
        "The service no longer exists: somebody may have deleted it. Reload the list."
    ),
    "form.gone.activity": (
        "The processing activity no longer exists: somebody may have deleted it. Reload the "
        "list."
    ),
    "form.changed.vendor": (
        'Somebody else changed the vendor "{name}" since you opened it. Reload it to see their '
        "version, then make your change again."
    ),
    "form.changed.service": (
        'Somebody else changed the service "{name}" since you opened it. Reload it to see '
        "their version, then make your change again."
    ),
    "form.changed.activity": (
        'Somebody else changed the processing activity "{name}" since you opened it. Reload it '
        "to see their version, then make your change again."
    ),
    "form.changed.organisation": (
        "Somebody else changed the organisation's details since you opened them. Reload them "
        "to see their version, then make your change again."
    ),
    # a problem in a list: the field, then what is wrong with it
    "form.field_problem": "{field}: {problem}",
    "form.row": "{label} {number}",
    "form.unlabelled": "{name}",
    "form.label.name": "Name",
    "form.label.legal_name": "Legal name",
    "form.label.former_names": "Former names",
    "form.label.registration_number": "Registration number",
    "form.label.address": "Address",
    "form.label.country": "Country",
    "form.label.website": "Website",
    "form.label.privacy_url": "Privacy policy",
    "form.label.dpa_url": "DPA link",
    "form.label.contact_email": "Contact e-mail",
    "form.label.role": "Role",
    "form.label.status": "Status",
    "form.label.end_date": "End date",
    "form.label.next_review": "Next review",
    "form.label.last_reviewed": "Last reviewed",
    "form.label.parent_id": "Parent vendor",
    "form.label.descriptions": "Public description",
    "form.label.locations": "Location",
    "form.label.safeguards": "Safeguard",
    "form.label.services": "Service",
    "form.label.vendors": "Vendor",
    "form.label.vendor_ids": "Vendor",
    "form.label.service_ids": "Service",
    "form.label.dpa": "DPA",
    "form.label.business_function": "Business function",
    "form.label.legal_basis": "Legal basis",
    "form.label.art9_condition": "Special categories",
    "form.label.retention": "Retention",
    "form.label.controllers": "Controller",
    "form.label.dpia_status": "DPIA",
    "form.label.dpia_link": "DPIA link",
    "form.label.email": "E-mail",
    "form.label.phone": "Phone",
    "form.label.dpo_name": "DPO",
    "form.label.dpo_email": "DPO e-mail",
    "form.label.dpo_phone": "DPO phone",
    "form.label.supervisory_authority": "Supervisory authority",
    "form.label.objection_contact": "Objections to",
    "form.label.is_controller": "Role",
    "form.label.notice_days": "Notice period",
    "form.label.review_interval_months": "Review interval",
    # the name of a record that has none
    "record.organisation": "Organisation",
}
