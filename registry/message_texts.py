"""The words of the findings, in English: the source of their translations.

The other languages (nb, da, sv, fi) are in the gettext catalogues (:mod:`registry.catalogues`),
each with the same keys and each message with the same ``{parameters}`` as the English one
(a test checks both); :mod:`registry.messages` explains how the parameters are worded. The
wording uses the terms of the Nordic supervisory authorities (docs/law.md#local-terms): Norwegian
databehandler, underdatabehandler, tredjeland, overføringsgrunnlag; Danish databehandler,
dataansvarlig, tredjeland; Swedish personuppgiftsbiträde, underbiträde, tredjeland; Finnish
henkilötietojen käsittelijä, alikäsittelijä, kolmas maa (one term per concept:
resources/locale/glossary.json).

Messages that follow "Transfer to ...:" start in lower case, as after a colon.

The catalogues also word the English texts of the legal facts file (mechanisms, judgments,
decisions) and of the registration-number validator in the other languages, keyed by their
ids (``mechanism.scc_2021``, ``stdnum.InvalidChecksum``): the terms. English readers see those
texts as their source states them.
"""

from __future__ import annotations

EN: dict[str, str | tuple[str, str]] = {
    # where a transfer goes, before what is wrong with it
    "prefix.transfer": "Transfer to {where}: {text}",
    "prefix.onward": "Onward transfer {chain} to {where}: {text}",
    "where": "{country} ({code}, {via})",
    "via.entity": "entity",
    "via.hosting": "hosting",
    "via.support": "access",
    "via.processing": "processing",
    "via.backup": "backup",
    # what covers a transfer
    "basis.none": "none",
    "basis.mechanism": "{mechanism}",
    "basis.dpf": "{mechanism} ({reference})",
    "basis.derogation": "{mechanism}, {which}",
    "decision": "{title} adequacy decision {reference}",
    "mechanism_module": "{mechanism}, module {module}",
    "derogation.compelling": "{article} (compelling legitimate interests)",
    "covered.adequacy": "Covered by adequacy.",
    "covered.adequacy_not_needed": "Covered by adequacy; the recorded {mechanism} is not needed.",
    "covered.still_valid": "Covered by {mechanism} (valid on this date).",
    "covered.dpf": "Certified under the EU-US DPF (checked {date}).",
    "covered.by": "Covered by {mechanism}.",
    "covered.tia": "Covered by {mechanism}, TIA of {date}.",
    "scope_note": "{decision} covers {scope}: confirm the vendor is within it.",
    # why no adequacy decision covers a country
    "gone.would_lose": (
        "it would lose its basis if {reference} ({title}) fell; record another mechanism "
        "(SCCs with a TIA) to be ready"
    ),
    "gone.not_yet": "the adequacy decision {reference} applies only from {date}",
    "gone.expired": "the adequacy decision {reference} expired on {date}",
    "gone.none": "there is no adequacy decision for {country}",
    # what is wrong with a transfer
    "no_mechanism.dpf": (
        "no transfer mechanism is recorded. The EU-US Data Privacy Framework covers only "
        "certified organisations: check the DPF List and record the certification, or record "
        "SCCs with a transfer impact assessment."
    ),
    "no_mechanism.gone": (
        "no transfer mechanism is recorded and {reason}. Record SCCs (module 2 or 3) with a "
        "transfer impact assessment, or stop the transfer."
    ),
    "wrong_country": (
        "{mechanism} is recorded, but it only ever covered transfers to {only:phrase}, not to "
        "{country:phrase}. Record the mechanism that applies to this country."
    ),
    "adequacy_missing": (
        "adequacy is recorded but {reason}. Record SCCs with a transfer impact assessment "
        "instead."
    ),
    "not_yet_valid": "{mechanism} applies only from {date}.",
    "dead_mechanism": "it relies on {mechanism}, {judgment}. Replace it with {replacement}.",
    "old_scc": (
        "it relies on {mechanism}, which may not be used for new contracts and must be "
        "replaced by {date}. Replace it with {replacement}."
    ),
    "dpf_not_us": (
        "the EU-US Data Privacy Framework is recorded, but it covers only transfers to the "
        "United States, not {country}. Record the mechanism that applies to this country."
    ),
    "dpf_adequacy_missing": (
        "the EU-US Data Privacy Framework is recorded but {reason}. Record SCCs with a "
        "transfer impact assessment instead."
    ),
    "dpf_not_certified": (
        "the EU-US Data Privacy Framework is recorded, but the vendor is not recorded as "
        "certified. Check the DPF List: record the certification, or use SCCs with a transfer "
        "impact assessment."
    ),
    "dpf_unchecked": (
        "the DPF certification has never been checked on the DPF List. Check it and record "
        "the date."
    ),
    "dpf_check_stale": (
        "the DPF certification was last checked on {date}, more than {months} month ago. "
        "Check the DPF List again.",
        "the DPF certification was last checked on {date}, more than {months} months ago. "
        "Check the DPF List again.",
    ),
    "derogation": (
        "it relies on a derogation ({which}), which covers only occasional, non-repetitive "
        "transfers. Use SCCs for regular transfers."
    ),
    "scc_module_missing": (
        "the SCC module is not recorded. Record module 2 (to a processor) or 3 (to a "
        "sub-processor)."
    ),
    "tia_missing": (
        "{mechanism} is recorded without a transfer impact assessment (EDPB Recommendations "
        "01/2020). Assess the destination's laws and record the TIA."
    ),
    "tia_negative": (
        "the transfer impact assessment of {date} found the protection not adequate. Add "
        "supplementary measures and assess again, or stop the transfer."
    ),
    "tia_stale": (
        "the transfer impact assessment dates from {date}, more than {months} month ago. "
        "Review it.",
        "the transfer impact assessment dates from {date}, more than {months} months ago. "
        "Review it.",
    ),
    "entity_access": (
        "the data is hosted in {hosted}, but the vendor is established in {country:phrase} "
        "and can access it, so this is still a transfer to {country:phrase} (EDPB Guidelines "
        "05/2021). Keep its safeguard up to date and do not describe the vendor to customers "
        "as EU-only."
    ),
    "safeguard_unused.no_location": (
        "A safeguard is recorded for {country} ({code}), but no location of the vendor is "
        "there. Remove it or add the location."
    ),
    "safeguard_unused.eea": (
        "{country} ({code}) is in the EU/EEA: no transfer mechanism is needed there."
    ),
    # vendors
    "dpa_missing": (
        "No signed data processing agreement is recorded (Art. 28(3)). Sign a DPA with the "
        "vendor and record its date."
    ),
    "dpa_review_overdue": (
        "The DPA review was due on {date}. Review the agreement and set the next review date."
    ),
    "chain_incomplete": (
        "This sub-processor's {missing} is not recorded; the whole chain must be known (EDPB "
        "Opinion 22/2024). Ask the vendor and record it."
    ),
    "field.legal_name": "legal name",
    "field.address": "address",
    "field.contact": "contact",
    "registration_invalid": "{problem} Correct it.",
    "registration.eu_vat": '"{number}" is not a valid EU VAT number.',
    "registration.invalid": '"{number}" is not a valid {what} for {country} ({detail}).',
    "registration.what.NO": "organisation number",
    "registration.what.DK": "CVR number",
    "registration.what.SE": "organisation number",
    "registration.what.FI": "business ID (Y-tunnus)",
    "registration.what.IS": "kennitala",
    "registration.what.other": "registration or VAT number",
    "no_locations": (
        "No location is recorded: where the vendor hosts or accesses the data is unknown. "
        "Record its hosting and support locations."
    ),
    "planned": (
        "Planned vendor: its transfers are checked before it starts. Customers must be told "
        "before it receives their data."
    ),
    # reviews of vendors and records
    "review.overdue": (
        "The review was due on {date}. Review the record and set the next review date."
    ),
    "review.due": "The review is due on {date}.",
    "review.overdue_interval": (
        "Last reviewed on {date}, more than {months} month ago. Review the record and set "
        "the next review date.",
        "Last reviewed on {date}, more than {months} months ago. Review the record and set "
        "the next review date.",
    ),
    # Article 30 records
    "art30.incomplete": "{ref:cap} ({title:lower}) is incomplete. {fix}",
    "art30.title.1a": "Controller and contacts",
    "art30.title.1b": "Purposes",
    "art30.title.1c": "Data subjects and personal data",
    "art30.title.1d": "Recipients",
    "art30.title.1e": "Third-country transfers",
    "art30.title.1f": "Erasure time limits",
    "art30.title.1g": "Security measures",
    "art30.title.2a": "Processor and controllers",
    "art30.title.2b": "Categories of processing",
    "art30.title.2c": "Third-country transfers",
    "art30.title.2d": "Security measures",
    "art30.fix.1a": "Record the organisation's name and contact details.",
    "art30.fix.1b": "State the purposes of the processing.",
    "art30.fix.1c": "List the categories of data subjects and of personal data.",
    "art30.fix.1d": "List the categories of recipients.",
    "art30.fix.1f": "State how long each category of data is kept.",
    "art30.fix.2a": "Name each controller (or customer group) with contact details.",
    "art30.fix.2b": "Describe the processing carried out for the controllers.",
    "art30.fix.security": "Describe the technical and organisational security measures.",
    "art30.fix.compelling": (
        "Document the compelling-legitimate-interests transfer (Art. 49(1), second "
        "subparagraph) in the transfer notes."
    ),
    "art30.fix.transfers": (
        "These transfers have no valid safeguard: {transfers}. Fix them on the vendor."
    ),
    "art30.transfer": "{chain} to {country:phrase}",
    "legal_basis_missing": (
        "No legal basis (Art. 6(1)) is recorded. Choose the basis of the processing."
    ),
    "legitimate_interests_undescribed": (
        "Legitimate interests is the legal basis, but the interests are not described. "
        "Describe them (and the balancing test)."
    ),
    "dpia_pending": (
        "A DPIA is required but not completed (Art. 35). Complete it before processing."
    ),
    "retired_vendors": (
        "The record still names retired vendors: {names}. Remove them or name the vendor that "
        "replaced them."
    ),
    # the organisation
    "org.name_missing": "The organisation's name is not recorded.",
    "org.contact_incomplete": (
        "The organisation's address and contact details are incomplete (Art. 30(1)(a))."
    ),
    "org.no_dpo": (
        "No data protection officer is recorded. Record one where Art. 37 requires it, or the "
        "privacy contact."
    ),
    "org.no_objection_contact": (
        "No contact is recorded for customers who object to a sub-processor (Art. 28(2))."
    ),
}
