"""The words of the findings, one table per language (en, nb, da, sv, fi).

Every table has the same keys and each message the same ``{parameters}`` as the English one
(a test checks both); :mod:`registry.messages` explains how the parameters are worded. The
wording uses the terms of the Nordic supervisory authorities (docs/law.md#local-terms): Norwegian
databehandler, underdatabehandler, tredjeland, overføringsgrunnlag; Danish databehandler,
dataansvarlig, tredjeland; Swedish personuppgiftsbiträde, underbiträde, tredjeland; Finnish
henkilötietojen käsittelijä, alihankkija, kolmas maa.

Messages that follow "Transfer to ...:" start in lower case, as after a colon.

The term tables word the English texts of the legal facts file (mechanisms, judgments,
decisions) and of the registration-number validator in the other languages, keyed by their
ids. English readers see those texts as their source states them.
"""

from __future__ import annotations

EN: dict[str, str] = {
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
    "derogation.compelling": "Art. 49(1) second subparagraph (compelling legitimate interests)",
    "derogation.letter": "Art. 49(1)({letter})",
    "derogation.any": "Art. 49",
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
        "the DPF certification was last checked on {date}, more than {months} months ago. "
        "Check the DPF List again."
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
        "the transfer impact assessment dates from {date}, more than {months} months ago. "
        "Review it."
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
        "Last reviewed on {date}, more than {months} months ago. Review the record and set "
        "the next review date."
    ),
    # Article 30 records
    "art30.incomplete": "Art. {ref} ({title:lower}) is incomplete. {fix}",
    "art30.ref": "30({paragraph})({letter})",
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

NB: dict[str, str] = {
    "prefix.transfer": "Overføring til {where}: {text}",
    "prefix.onward": "Videreoverføring {chain} til {where}: {text}",
    "where": "{country} ({code}, {via})",
    "via.entity": "selskapets sete",
    "via.hosting": "lagring",
    "via.support": "tilgang",
    "via.processing": "behandling",
    "via.backup": "sikkerhetskopi",
    "basis.none": "ingen",
    "basis.mechanism": "{mechanism:cap}",
    "basis.dpf": "{mechanism}, beslutning {reference}",
    "basis.derogation": "{mechanism:cap}, {which}",
    "decision": "Adekvansbeslutning {reference} for {title}",
    "mechanism_module": "{mechanism}, modul {module}",
    "derogation.compelling": "art. 49 nr. 1 annet ledd (tvingende berettigede interesser)",
    "derogation.letter": "art. 49 nr. 1 bokstav {letter}",
    "derogation.any": "art. 49",
    "covered.adequacy": "Dekket av en adekvansbeslutning.",
    "covered.adequacy_not_needed": (
        "Dekket av en adekvansbeslutning; det registrerte overføringsgrunnlaget ({mechanism}) "
        "trengs ikke."
    ),
    "covered.still_valid": "Dekket av {mechanism}, som gjelder på denne datoen.",
    "covered.dpf": "Sertifisert under EU-US Data Privacy Framework (kontrollert {date}).",
    "covered.by": "Dekket av {mechanism}.",
    "covered.tia": "Dekket av {mechanism}, TIA fra {date}.",
    "scope_note": "{decision} gjelder {scope}: bekreft at leverandøren er omfattet.",
    "gone.would_lose": (
        "overføringen mister grunnlaget hvis {reference} ({title}) faller bort; registrer et "
        "annet overføringsgrunnlag (standardkontraktsbestemmelser med TIA) for å være forberedt"
    ),
    "gone.not_yet": "adekvansbeslutningen {reference} gjelder først fra {date}",
    "gone.expired": "adekvansbeslutningen {reference} utløp {date}",
    "gone.none": "det finnes ingen adekvansbeslutning for {country}",
    "no_mechanism.dpf": (
        "ikke noe overføringsgrunnlag er registrert. EU-US Data Privacy Framework omfatter bare "
        "sertifiserte virksomheter: sjekk DPF-listen og registrer sertifiseringen, eller "
        "registrer standardkontraktsbestemmelser (SCC) med en vurdering av overføringen (TIA)."
    ),
    "no_mechanism.gone": (
        "ikke noe overføringsgrunnlag er registrert, og {reason}. Registrer "
        "standardkontraktsbestemmelser (modul 2 eller 3) med en vurdering av overføringen (TIA), "
        "eller stans overføringen."
    ),
    "wrong_country": (
        "{mechanism} er registrert, men grunnlaget gjaldt bare overføringer til {only:phrase}, "
        "ikke til {country:phrase}. Registrer overføringsgrunnlaget som gjelder for dette landet."
    ),
    "adequacy_missing": (
        "adekvansbeslutning er registrert, men {reason}. Registrer standardkontraktsbestemmelser "
        "med en vurdering av overføringen (TIA) i stedet."
    ),
    "not_yet_valid": "{mechanism} gjelder først fra {date}.",
    "dead_mechanism": (
        "overføringen bygger på {mechanism}, {judgment}. Erstatt grunnlaget med {replacement}."
    ),
    "old_scc": (
        "overføringen bygger på {mechanism}, som ikke kan brukes i nye avtaler og må erstattes "
        "innen {date}. Erstatt grunnlaget med {replacement}."
    ),
    "dpf_not_us": (
        "EU-US Data Privacy Framework er registrert, men det gjelder bare overføringer til USA, "
        "ikke til {country}. Registrer overføringsgrunnlaget som gjelder for dette landet."
    ),
    "dpf_adequacy_missing": (
        "EU-US Data Privacy Framework er registrert, men {reason}. Registrer "
        "standardkontraktsbestemmelser med en vurdering av overføringen (TIA) i stedet."
    ),
    "dpf_not_certified": (
        "EU-US Data Privacy Framework er registrert, men leverandøren er ikke registrert som "
        "sertifisert. Sjekk DPF-listen: registrer sertifiseringen, eller bruk "
        "standardkontraktsbestemmelser med en vurdering av overføringen (TIA)."
    ),
    "dpf_unchecked": (
        "DPF-sertifiseringen er aldri kontrollert mot DPF-listen. Kontroller den og registrer "
        "datoen."
    ),
    "dpf_check_stale": (
        "DPF-sertifiseringen ble sist kontrollert {date}, for mer enn {months} måneder siden. "
        "Kontroller DPF-listen på nytt."
    ),
    "derogation": (
        "overføringen bygger på et unntak ({which}), som bare gjelder enkeltstående overføringer "
        "som ikke gjentas. Bruk standardkontraktsbestemmelser for regelmessige overføringer."
    ),
    "scc_module_missing": (
        "SCC-modulen er ikke registrert. Registrer modul 2 (til en databehandler) eller 3 (til "
        "en underdatabehandler)."
    ),
    "tia_missing": (
        "{mechanism} er registrert uten en vurdering av overføringen (TIA, EDPBs anbefalinger "
        "01/2020). Vurder lovgivningen i mottakerlandet og registrer vurderingen."
    ),
    "tia_negative": (
        "vurderingen av overføringen (TIA) fra {date} konkluderte med at beskyttelsen ikke er "
        "tilstrekkelig. Innfør supplerende tiltak og vurder på nytt, eller stans overføringen."
    ),
    "tia_stale": (
        "vurderingen av overføringen (TIA) er fra {date}, for mer enn {months} måneder siden. "
        "Gå gjennom den på nytt."
    ),
    "entity_access": (
        "personopplysningene lagres i {hosted}, men leverandøren er etablert i {country:phrase} "
        "og har tilgang til dem, så dette er likevel en overføring til {country:phrase} "
        "(EDPBs retningslinjer 05/2021). Hold overføringsgrunnlaget oppdatert, og ikke beskriv "
        "leverandøren overfor kundene som «kun EU»."
    ),
    "safeguard_unused.no_location": (
        "Et overføringsgrunnlag er registrert for {country} ({code}), men leverandøren har ingen "
        "lokasjon der. Fjern det eller legg til lokasjonen."
    ),
    "safeguard_unused.eea": (
        "{country} ({code}) er i EU/EØS: der trengs ikke noe overføringsgrunnlag."
    ),
    "dpa_missing": (
        "Ingen signert databehandleravtale er registrert (art. 28 nr. 3). Inngå en "
        "databehandleravtale med leverandøren og registrer datoen."
    ),
    "dpa_review_overdue": (
        "Databehandleravtalen skulle vært gjennomgått {date}. Gå gjennom avtalen og sett neste "
        "dato for gjennomgang."
    ),
    "chain_incomplete": (
        "Dette mangler for underdatabehandleren: {missing}. Hele kjeden må være kjent "
        "(EDPBs uttalelse 22/2024). Spør leverandøren og registrer det."
    ),
    "field.legal_name": "juridisk navn",
    "field.address": "adresse",
    "field.contact": "kontaktopplysninger",
    "registration_invalid": "{problem} Rett det.",
    "registration.eu_vat": "«{number}» er ikke et gyldig EU-mva-nummer.",
    "registration.invalid": "«{number}» er ikke gyldig som {what} for {country} ({detail}).",
    "registration.what.NO": "organisasjonsnummer",
    "registration.what.DK": "CVR-nummer",
    "registration.what.SE": "organisasjonsnummer",
    "registration.what.FI": "foretaksnummer (Y-tunnus)",
    "registration.what.IS": "kennitala",
    "registration.what.other": "organisasjons- eller mva-nummer",
    "no_locations": (
        "Ingen lokasjon er registrert: det er ukjent hvor leverandøren lagrer eller har tilgang "
        "til personopplysningene. Registrer lokasjonene for lagring og support."
    ),
    "planned": (
        "Planlagt leverandør: overføringene kontrolleres før den tas i bruk. Kundene må varsles "
        "før den får personopplysningene deres."
    ),
    "review.overdue": (
        "Gjennomgangen skulle vært gjort {date}. Gå gjennom oppføringen og sett neste dato for "
        "gjennomgang."
    ),
    "review.due": "Neste gjennomgang skal gjøres {date}.",
    "review.overdue_interval": (
        "Sist gjennomgått {date}, for mer enn {months} måneder siden. Gå gjennom oppføringen og "
        "sett neste dato for gjennomgang."
    ),
    "art30.incomplete": "Art. {ref} ({title:lower}) er ufullstendig. {fix}",
    "art30.ref": "30 nr. {paragraph} bokstav {letter}",
    "art30.title.1a": "Behandlingsansvarlig og kontaktopplysninger",
    "art30.title.1b": "Formål",
    "art30.title.1c": "Registrerte og personopplysninger",
    "art30.title.1d": "Mottakere",
    "art30.title.1e": "Overføringer til tredjeland",
    "art30.title.1f": "Slettefrister",
    "art30.title.1g": "Sikkerhetstiltak",
    "art30.title.2a": "Databehandler og behandlingsansvarlige",
    "art30.title.2b": "Kategorier av behandling",
    "art30.title.2c": "Overføringer til tredjeland",
    "art30.title.2d": "Sikkerhetstiltak",
    "art30.fix.1a": "Registrer virksomhetens navn og kontaktopplysninger.",
    "art30.fix.1b": "Angi formålene med behandlingen.",
    "art30.fix.1c": "List opp kategoriene av registrerte og av personopplysninger.",
    "art30.fix.1d": "List opp kategoriene av mottakere.",
    "art30.fix.1f": "Angi hvor lenge hver kategori av personopplysninger skal lagres.",
    "art30.fix.2a": "Oppgi hver behandlingsansvarlig (eller kundegruppe) med kontaktopplysninger.",
    "art30.fix.2b": "Beskriv behandlingen som utføres for de behandlingsansvarlige.",
    "art30.fix.security": "Beskriv de tekniske og organisatoriske sikkerhetstiltakene.",
    "art30.fix.compelling": (
        "Dokumenter overføringen som bygger på tvingende berettigede interesser (art. 49 nr. 1 "
        "annet ledd) i merknadene om overføringer."
    ),
    "art30.fix.transfers": (
        "Disse overføringene har ikke gyldig overføringsgrunnlag: {transfers}. Rett dem opp hos "
        "leverandøren."
    ),
    "art30.transfer": "{chain} til {country:phrase}",
    "legal_basis_missing": (
        "Ikke noe behandlingsgrunnlag (art. 6 nr. 1) er registrert. Velg grunnlaget for "
        "behandlingen."
    ),
    "legitimate_interests_undescribed": (
        "Berettiget interesse er behandlingsgrunnlaget, men interessene er ikke beskrevet. "
        "Beskriv dem (og interesseavveiningen)."
    ),
    "dpia_pending": (
        "En vurdering av personvernkonsekvenser (DPIA) er påkrevd, men ikke fullført (art. 35). "
        "Fullfør den før behandlingen starter."
    ),
    "retired_vendors": (
        "Behandlingsprotokollen nevner fortsatt avviklede leverandører: {names}. Fjern dem eller "
        "oppgi leverandøren som erstattet dem."
    ),
    "org.name_missing": "Virksomhetens navn er ikke registrert.",
    "org.contact_incomplete": (
        "Virksomhetens adresse og kontaktopplysninger er ufullstendige (art. 30 nr. 1 bokstav a)."
    ),
    "org.no_dpo": (
        "Ikke noe personvernombud er registrert. Registrer personvernombudet der art. 37 krever "
        "det, ellers kontaktpersonen for personvern."
    ),
    "org.no_objection_contact": (
        "Ingen kontakt er registrert for kunder som vil protestere mot en underdatabehandler "
        "(art. 28 nr. 2)."
    ),
}

DA: dict[str, str] = {
    "prefix.transfer": "Overførsel til {where}: {text}",
    "prefix.onward": "Videreoverførsel {chain} til {where}: {text}",
    "where": "{country} ({code}, {via})",
    "via.entity": "hjemsted",
    "via.hosting": "lagring",
    "via.support": "adgang",
    "via.processing": "behandling",
    "via.backup": "sikkerhedskopi",
    "basis.none": "intet",
    "basis.mechanism": "{mechanism:cap}",
    "basis.dpf": "{mechanism}, afgørelse {reference}",
    "basis.derogation": "{mechanism:cap}, {which}",
    "decision": "Tilstrækkelighedsafgørelse {reference} for {title}",
    "mechanism_module": "{mechanism}, modul {module}",
    "derogation.compelling": "art. 49, stk. 1, 2. afsnit (tvingende legitime interesser)",
    "derogation.letter": "art. 49, stk. 1, litra {letter}",
    "derogation.any": "art. 49",
    "covered.adequacy": "Dækket af en tilstrækkelighedsafgørelse.",
    "covered.adequacy_not_needed": (
        "Dækket af en tilstrækkelighedsafgørelse; det registrerede overførselsgrundlag "
        "({mechanism}) er ikke nødvendigt."
    ),
    "covered.still_valid": "Dækket af {mechanism}, som gælder på denne dato.",
    "covered.dpf": "Certificeret under EU-US Data Privacy Framework (kontrolleret {date}).",
    "covered.by": "Dækket af {mechanism}.",
    "covered.tia": "Dækket af {mechanism}, TIA fra {date}.",
    "scope_note": "{decision} omfatter {scope}: bekræft, at leverandøren er omfattet.",
    "gone.would_lose": (
        "overførslen mister sit grundlag, hvis {reference} ({title}) bortfalder; registrér et "
        "andet overførselsgrundlag (standardkontraktbestemmelser med TIA) for at være forberedt"
    ),
    "gone.not_yet": "tilstrækkelighedsafgørelsen {reference} gælder først fra {date}",
    "gone.expired": "tilstrækkelighedsafgørelsen {reference} udløb {date}",
    "gone.none": "der findes ingen tilstrækkelighedsafgørelse for {country}",
    "no_mechanism.dpf": (
        "der er ikke registreret noget overførselsgrundlag. EU-US Data Privacy Framework omfatter "
        "kun certificerede organisationer: tjek DPF-listen og registrér certificeringen, eller "
        "registrér standardkontraktbestemmelser (SCC) med en vurdering af overførslen (TIA)."
    ),
    "no_mechanism.gone": (
        "der er ikke registreret noget overførselsgrundlag, og {reason}. Registrér "
        "standardkontraktbestemmelser (modul 2 eller 3) med en vurdering af overførslen (TIA), "
        "eller stop overførslen."
    ),
    "wrong_country": (
        "{mechanism} er registreret, men grundlaget dækkede kun overførsler til {only:phrase}, "
        "ikke til {country:phrase}. Registrér det overførselsgrundlag, der gælder for dette land."
    ),
    "adequacy_missing": (
        "tilstrækkelighedsafgørelse er registreret, men {reason}. Registrér i stedet "
        "standardkontraktbestemmelser med en vurdering af overførslen (TIA)."
    ),
    "not_yet_valid": "{mechanism} gælder først fra {date}.",
    "dead_mechanism": (
        "overførslen bygger på {mechanism}, {judgment}. Erstat grundlaget med {replacement}."
    ),
    "old_scc": (
        "overførslen bygger på {mechanism}, som ikke må bruges i nye kontrakter og skal "
        "erstattes senest {date}. Erstat grundlaget med {replacement}."
    ),
    "dpf_not_us": (
        "EU-US Data Privacy Framework er registreret, men det dækker kun overførsler til USA, "
        "ikke til {country}. Registrér det overførselsgrundlag, der gælder for dette land."
    ),
    "dpf_adequacy_missing": (
        "EU-US Data Privacy Framework er registreret, men {reason}. Registrér i stedet "
        "standardkontraktbestemmelser med en vurdering af overførslen (TIA)."
    ),
    "dpf_not_certified": (
        "EU-US Data Privacy Framework er registreret, men leverandøren er ikke registreret som "
        "certificeret. Tjek DPF-listen: registrér certificeringen, eller brug "
        "standardkontraktbestemmelser med en vurdering af overførslen (TIA)."
    ),
    "dpf_unchecked": (
        "DPF-certificeringen er aldrig blevet kontrolleret på DPF-listen. Kontrollér den, og "
        "registrér datoen."
    ),
    "dpf_check_stale": (
        "DPF-certificeringen blev sidst kontrolleret {date}, for mere end {months} måneder "
        "siden. Kontrollér DPF-listen igen."
    ),
    "derogation": (
        "overførslen bygger på en undtagelse ({which}), som kun dækker lejlighedsvise "
        "overførsler, der ikke gentages. Brug standardkontraktbestemmelser til regelmæssige "
        "overførsler."
    ),
    "scc_module_missing": (
        "SCC-modulet er ikke registreret. Registrér modul 2 (til en databehandler) eller 3 (til "
        "en underdatabehandler)."
    ),
    "tia_missing": (
        "{mechanism} er registreret uden en vurdering af overførslen (TIA, EDPB's anbefalinger "
        "01/2020). Vurdér lovgivningen i modtagerlandet, og registrér vurderingen."
    ),
    "tia_negative": (
        "vurderingen af overførslen (TIA) fra {date} konkluderede, at beskyttelsen ikke er "
        "tilstrækkelig. Tilføj supplerende foranstaltninger og vurdér igen, eller stop "
        "overførslen."
    ),
    "tia_stale": (
        "vurderingen af overførslen (TIA) er fra {date}, for mere end {months} måneder siden. "
        "Gennemgå den igen."
    ),
    "entity_access": (
        "personoplysningerne opbevares i {hosted}, men leverandøren er etableret i "
        "{country:phrase} og har adgang til dem, så der er stadig tale om en overførsel til "
        "{country:phrase} (EDPB's retningslinjer 05/2021). Hold overførselsgrundlaget "
        "opdateret, og beskriv ikke leverandøren over for kunderne som »kun EU«."
    ),
    "safeguard_unused.no_location": (
        "Der er registreret et overførselsgrundlag for {country} ({code}), men leverandøren har "
        "ingen lokation der. Fjern det, eller tilføj lokationen."
    ),
    "safeguard_unused.eea": (
        "{country} ({code}) ligger i EU/EØS: der er ikke brug for et overførselsgrundlag."
    ),
    "dpa_missing": (
        "Der er ikke registreret nogen underskrevet databehandleraftale (art. 28, stk. 3). Indgå "
        "en databehandleraftale med leverandøren, og registrér datoen."
    ),
    "dpa_review_overdue": (
        "Databehandleraftalen skulle have været gennemgået {date}. Gennemgå aftalen, og fastsæt "
        "datoen for næste gennemgang."
    ),
    "chain_incomplete": (
        "Følgende mangler for underdatabehandleren: {missing}. Hele kæden skal være kendt "
        "(EDPB's udtalelse 22/2024). Spørg leverandøren, og registrér det."
    ),
    "field.legal_name": "juridisk navn",
    "field.address": "adresse",
    "field.contact": "kontaktoplysninger",
    "registration_invalid": "{problem} Ret det.",
    "registration.eu_vat": "»{number}« er ikke et gyldigt EU-momsnummer.",
    "registration.invalid": "»{number}« er ikke gyldigt som {what} for {country} ({detail}).",
    "registration.what.NO": "organisationsnummer",
    "registration.what.DK": "CVR-nummer",
    "registration.what.SE": "organisationsnummer",
    "registration.what.FI": "virksomhedsnummer (Y-tunnus)",
    "registration.what.IS": "kennitala",
    "registration.what.other": "registrerings- eller momsnummer",
    "no_locations": (
        "Der er ikke registreret nogen lokation: det er ukendt, hvor leverandøren opbevarer "
        "personoplysningerne, eller hvorfra den har adgang til dem. Registrér dens lokationer "
        "for hosting og support."
    ),
    "planned": (
        "Planlagt leverandør: dens overførsler kontrolleres, før den tages i brug. Kunderne skal "
        "orienteres, før den modtager deres personoplysninger."
    ),
    "review.overdue": (
        "Gennemgangen skulle have fundet sted {date}. Gennemgå posten, og fastsæt datoen for "
        "næste gennemgang."
    ),
    "review.due": "Næste gennemgang skal ske {date}.",
    "review.overdue_interval": (
        "Sidst gennemgået {date}, for mere end {months} måneder siden. Gennemgå posten, og "
        "fastsæt datoen for næste gennemgang."
    ),
    "art30.incomplete": "Art. {ref} ({title:lower}) er ufuldstændig. {fix}",
    "art30.ref": "30, stk. {paragraph}, litra {letter}",
    "art30.title.1a": "Dataansvarlig og kontaktoplysninger",
    "art30.title.1b": "Formål",
    "art30.title.1c": "Registrerede og personoplysninger",
    "art30.title.1d": "Modtagere",
    "art30.title.1e": "Overførsler til tredjelande",
    "art30.title.1f": "Slettefrister",
    "art30.title.1g": "Sikkerhedsforanstaltninger",
    "art30.title.2a": "Databehandler og dataansvarlige",
    "art30.title.2b": "Kategorier af behandling",
    "art30.title.2c": "Overførsler til tredjelande",
    "art30.title.2d": "Sikkerhedsforanstaltninger",
    "art30.fix.1a": "Registrér virksomhedens navn og kontaktoplysninger.",
    "art30.fix.1b": "Angiv formålene med behandlingen.",
    "art30.fix.1c": "Angiv kategorierne af registrerede og af personoplysninger.",
    "art30.fix.1d": "Angiv kategorierne af modtagere.",
    "art30.fix.1f": "Angiv, hvor længe hver kategori af personoplysninger opbevares.",
    "art30.fix.2a": "Angiv hver dataansvarlig (eller kundegruppe) med kontaktoplysninger.",
    "art30.fix.2b": "Beskriv den behandling, der udføres for de dataansvarlige.",
    "art30.fix.security": "Beskriv de tekniske og organisatoriske sikkerhedsforanstaltninger.",
    "art30.fix.compelling": (
        "Dokumentér overførslen på grundlag af tvingende legitime interesser (art. 49, stk. 1, "
        "2. afsnit) i noterne om overførsler."
    ),
    "art30.fix.transfers": (
        "Disse overførsler har intet gyldigt overførselsgrundlag: {transfers}. Ret dem hos "
        "leverandøren."
    ),
    "art30.transfer": "{chain} til {country:phrase}",
    "legal_basis_missing": (
        "Der er ikke registreret noget behandlingsgrundlag (art. 6, stk. 1). Vælg grundlaget for "
        "behandlingen."
    ),
    "legitimate_interests_undescribed": (
        "Legitim interesse er behandlingsgrundlaget, men interesserne er ikke beskrevet. "
        "Beskriv dem (og interesseafvejningen)."
    ),
    "dpia_pending": (
        "En konsekvensanalyse (DPIA) er påkrævet, men ikke gennemført (art. 35). Gennemfør den, "
        "før behandlingen begynder."
    ),
    "retired_vendors": (
        "Fortegnelsen nævner stadig udfasede leverandører: {names}. Fjern dem, eller angiv den "
        "leverandør, der har erstattet dem."
    ),
    "org.name_missing": "Virksomhedens navn er ikke registreret.",
    "org.contact_incomplete": (
        "Virksomhedens adresse og kontaktoplysninger er ufuldstændige (art. 30, stk. 1, "
        "litra a)."
    ),
    "org.no_dpo": (
        "Der er ikke registreret nogen databeskyttelsesrådgiver. Registrér rådgiveren, hvor "
        "art. 37 kræver det, ellers kontaktpersonen for databeskyttelse."
    ),
    "org.no_objection_contact": (
        "Der er ikke registreret nogen kontakt for kunder, der gør indsigelse mod en "
        "underdatabehandler (art. 28, stk. 2)."
    ),
}

SV: dict[str, str] = {
    "prefix.transfer": "Överföring till {where}: {text}",
    "prefix.onward": "Vidareöverföring {chain} till {where}: {text}",
    "where": "{country} ({code}, {via})",
    "via.entity": "säte",
    "via.hosting": "lagring",
    "via.support": "åtkomst",
    "via.processing": "behandling",
    "via.backup": "säkerhetskopia",
    "basis.none": "ingen",
    "basis.mechanism": "{mechanism:cap}",
    "basis.dpf": "{mechanism}, beslut {reference}",
    "basis.derogation": "{mechanism:cap}, {which}",
    "decision": "Adekvansbeslut {reference} för {title}",
    "mechanism_module": "{mechanism}, modul {module}",
    "derogation.compelling": "art. 49.1 andra stycket (tvingande berättigade intressen)",
    "derogation.letter": "art. 49.1 {letter}",
    "derogation.any": "art. 49",
    "covered.adequacy": "Omfattas av ett adekvansbeslut.",
    "covered.adequacy_not_needed": (
        "Omfattas av ett adekvansbeslut; den registrerade överföringsgrunden ({mechanism}) "
        "behövs inte."
    ),
    "covered.still_valid": "Omfattas av {mechanism}, som gäller detta datum.",
    "covered.dpf": "Certifierad enligt EU-US Data Privacy Framework (kontrollerad {date}).",
    "covered.by": "Omfattas av {mechanism}.",
    "covered.tia": "Omfattas av {mechanism}, TIA från {date}.",
    "scope_note": "{decision} omfattar {scope}: bekräfta att leverantören omfattas.",
    "gone.would_lose": (
        "överföringen förlorar sin grund om {reference} ({title}) faller; registrera en annan "
        "överföringsgrund (standardavtalsklausuler med TIA) för att vara förberedd"
    ),
    "gone.not_yet": "adekvansbeslutet {reference} gäller först från {date}",
    "gone.expired": "adekvansbeslutet {reference} upphörde att gälla {date}",
    "gone.none": "det finns inget adekvansbeslut för {country}",
    "no_mechanism.dpf": (
        "ingen överföringsgrund är registrerad. EU-US Data Privacy Framework omfattar bara "
        "certifierade organisationer: kontrollera DPF-listan och registrera certifieringen, "
        "eller registrera standardavtalsklausuler (SCC) med en bedömning av överföringen (TIA)."
    ),
    "no_mechanism.gone": (
        "ingen överföringsgrund är registrerad och {reason}. Registrera "
        "standardavtalsklausuler (modul 2 eller 3) med en bedömning av överföringen (TIA), "
        "eller stoppa överföringen."
    ),
    "wrong_country": (
        "överföringsgrunden {mechanism} är registrerad, men den omfattade bara överföringar "
        "till {only:phrase}, inte till {country:phrase}. Registrera den överföringsgrund som "
        "gäller för detta land."
    ),
    "adequacy_missing": (
        "adekvansbeslut är registrerat som överföringsgrund, men {reason}. Registrera i stället "
        "standardavtalsklausuler med en bedömning av överföringen (TIA)."
    ),
    "not_yet_valid": "{mechanism} gäller först från {date}.",
    "dead_mechanism": (
        "överföringen bygger på {mechanism}, {judgment}. Ersätt grunden med {replacement}."
    ),
    "old_scc": (
        "överföringen bygger på {mechanism}, som inte får användas i nya avtal och måste "
        "ersättas senast {date}. Ersätt grunden med {replacement}."
    ),
    "dpf_not_us": (
        "EU-US Data Privacy Framework är registrerat, men det omfattar bara överföringar till "
        "USA, inte till {country}. Registrera den överföringsgrund som gäller för detta land."
    ),
    "dpf_adequacy_missing": (
        "EU-US Data Privacy Framework är registrerat, men {reason}. Registrera i stället "
        "standardavtalsklausuler med en bedömning av överföringen (TIA)."
    ),
    "dpf_not_certified": (
        "EU-US Data Privacy Framework är registrerat, men leverantören är inte registrerad som "
        "certifierad. Kontrollera DPF-listan: registrera certifieringen, eller använd "
        "standardavtalsklausuler med en bedömning av överföringen (TIA)."
    ),
    "dpf_unchecked": (
        "DPF-certifieringen har aldrig kontrollerats i DPF-listan. Kontrollera den och "
        "registrera datumet."
    ),
    "dpf_check_stale": (
        "DPF-certifieringen kontrollerades senast {date}, för mer än {months} månader sedan. "
        "Kontrollera DPF-listan igen."
    ),
    "derogation": (
        "överföringen bygger på ett undantag ({which}), som bara gäller tillfälliga överföringar "
        "som inte upprepas. Använd standardavtalsklausuler för regelbundna överföringar."
    ),
    "scc_module_missing": (
        "SCC-modulen är inte registrerad. Registrera modul 2 (till ett personuppgiftsbiträde) "
        "eller 3 (till ett underbiträde)."
    ),
    "tia_missing": (
        "överföringsgrunden {mechanism} är registrerad utan en bedömning av överföringen (TIA, "
        "EDPB:s rekommendationer 01/2020). Bedöm lagstiftningen i mottagarlandet och registrera "
        "bedömningen."
    ),
    "tia_negative": (
        "bedömningen av överföringen (TIA) från {date} kom fram till att skyddet inte är "
        "adekvat. Lägg till kompletterande åtgärder och gör en ny bedömning, eller stoppa "
        "överföringen."
    ),
    "tia_stale": (
        "bedömningen av överföringen (TIA) är från {date}, för mer än {months} månader sedan. "
        "Se över den."
    ),
    "entity_access": (
        "personuppgifterna lagras i {hosted}, men leverantören är etablerad i {country:phrase} "
        "och har åtkomst till dem, så detta är ändå en överföring till {country:phrase} (EDPB:s "
        "riktlinjer 05/2021). Håll överföringsgrunden aktuell och beskriv inte leverantören för "
        "kunderna som ”endast EU”."
    ),
    "safeguard_unused.no_location": (
        "En överföringsgrund är registrerad för {country} ({code}), men leverantören har ingen "
        "plats där. Ta bort den eller lägg till platsen."
    ),
    "safeguard_unused.eea": (
        "{country} ({code}) ligger i EU/EES: där behövs ingen överföringsgrund."
    ),
    "dpa_missing": (
        "Inget undertecknat personuppgiftsbiträdesavtal är registrerat (art. 28.3). Teckna ett "
        "biträdesavtal med leverantören och registrera datumet."
    ),
    "dpa_review_overdue": (
        "Biträdesavtalet skulle ha setts över {date}. Se över avtalet och ange datum för nästa "
        "översyn."
    ),
    "chain_incomplete": (
        "Följande saknas för underbiträdet: {missing}. Hela kedjan måste vara känd (EDPB:s "
        "yttrande 22/2024). Fråga leverantören och registrera uppgifterna."
    ),
    "field.legal_name": "juridiskt namn",
    "field.address": "adress",
    "field.contact": "kontaktuppgifter",
    "registration_invalid": "{problem} Rätta det.",
    "registration.eu_vat": "”{number}” är inte ett giltigt momsregistreringsnummer i EU.",
    "registration.invalid": "”{number}” är inte giltigt som {what} för {country} ({detail}).",
    "registration.what.NO": "organisationsnummer",
    "registration.what.DK": "CVR-nummer",
    "registration.what.SE": "organisationsnummer",
    "registration.what.FI": "FO-nummer (Y-tunnus)",
    "registration.what.IS": "kennitala",
    "registration.what.other": "registrerings- eller momsnummer",
    "no_locations": (
        "Ingen plats är registrerad: det är okänt var leverantören lagrar personuppgifterna "
        "eller varifrån den har åtkomst till dem. Registrera platserna för lagring och support."
    ),
    "planned": (
        "Planerad leverantör: överföringarna kontrolleras innan den börjar användas. Kunderna "
        "måste informeras innan den tar emot deras personuppgifter."
    ),
    "review.overdue": (
        "Översynen skulle ha gjorts {date}. Se över posten och ange datum för nästa översyn."
    ),
    "review.due": "Nästa översyn ska göras {date}.",
    "review.overdue_interval": (
        "Senast översedd {date}, för mer än {months} månader sedan. Se över posten och ange "
        "datum för nästa översyn."
    ),
    "art30.incomplete": "Artikel {ref} ({title:lower}) är ofullständig. {fix}",
    "art30.ref": "30.{paragraph} {letter}",
    "art30.title.1a": "Personuppgiftsansvarig och kontaktuppgifter",
    "art30.title.1b": "Ändamål",
    "art30.title.1c": "Registrerade och personuppgifter",
    "art30.title.1d": "Mottagare",
    "art30.title.1e": "Överföringar till tredjeland",
    "art30.title.1f": "Gallringsfrister",
    "art30.title.1g": "Säkerhetsåtgärder",
    "art30.title.2a": "Personuppgiftsbiträde och personuppgiftsansvariga",
    "art30.title.2b": "Kategorier av behandling",
    "art30.title.2c": "Överföringar till tredjeland",
    "art30.title.2d": "Säkerhetsåtgärder",
    "art30.fix.1a": "Registrera organisationens namn och kontaktuppgifter.",
    "art30.fix.1b": "Ange ändamålen med behandlingen.",
    "art30.fix.1c": "Ange kategorierna av registrerade och av personuppgifter.",
    "art30.fix.1d": "Ange kategorierna av mottagare.",
    "art30.fix.1f": "Ange hur länge varje kategori av personuppgifter sparas.",
    "art30.fix.2a": "Ange varje personuppgiftsansvarig (eller kundgrupp) med kontaktuppgifter.",
    "art30.fix.2b": "Beskriv den behandling som utförs för de personuppgiftsansvariga.",
    "art30.fix.security": "Beskriv de tekniska och organisatoriska säkerhetsåtgärderna.",
    "art30.fix.compelling": (
        "Dokumentera överföringen som grundar sig på tvingande berättigade intressen (art. 49.1 "
        "andra stycket) i anteckningarna om överföringar."
    ),
    "art30.fix.transfers": (
        "Dessa överföringar saknar giltig överföringsgrund: {transfers}. Åtgärda dem hos "
        "leverantören."
    ),
    "art30.transfer": "{chain} till {country:phrase}",
    "legal_basis_missing": (
        "Ingen rättslig grund (art. 6.1) är registrerad. Välj rättslig grund för behandlingen."
    ),
    "legitimate_interests_undescribed": (
        "Berättigat intresse är den rättsliga grunden, men intressena är inte beskrivna. "
        "Beskriv dem (och intresseavvägningen)."
    ),
    "dpia_pending": (
        "En konsekvensbedömning (DPIA) krävs men är inte slutförd (art. 35). Slutför den innan "
        "behandlingen börjar."
    ),
    "retired_vendors": (
        "Registerposten nämner fortfarande avvecklade leverantörer: {names}. Ta bort dem eller "
        "ange leverantören som ersatte dem."
    ),
    "org.name_missing": "Organisationens namn är inte registrerat.",
    "org.contact_incomplete": (
        "Organisationens adress och kontaktuppgifter är ofullständiga (artikel 30.1 a)."
    ),
    "org.no_dpo": (
        "Inget dataskyddsombud är registrerat. Registrera dataskyddsombudet där artikel 37 "
        "kräver det, annars kontaktpersonen för dataskydd."
    ),
    "org.no_objection_contact": (
        "Ingen kontakt är registrerad för kunder som invänder mot ett underbiträde (art. 28.2)."
    ),
}

FI: dict[str, str] = {
    "prefix.transfer": "Siirto kolmanteen maahan {where}: {text}",
    "prefix.onward": "Edelleensiirto {chain} kolmanteen maahan {where}: {text}",
    "where": "{country} ({code}, {via})",
    "via.entity": "kotipaikka",
    "via.hosting": "tallennus",
    "via.support": "pääsy",
    "via.processing": "käsittely",
    "via.backup": "varmuuskopio",
    "basis.none": "ei mitään",
    "basis.mechanism": "{mechanism:cap}",
    "basis.dpf": "{mechanism}, päätös {reference}",
    "basis.derogation": "{mechanism:cap}, {which}",
    "decision": "Riittävyyspäätös {reference} ({title})",
    "mechanism_module": "{mechanism}, moduuli {module}",
    "derogation.compelling": "49 artiklan 1 kohdan toinen alakohta (pakottavat oikeutetut edut)",
    "derogation.letter": "49 artiklan 1 kohdan {letter} alakohta",
    "derogation.any": "49 artikla",
    "covered.adequacy": "Riittävyyspäätös kattaa siirron.",
    "covered.adequacy_not_needed": (
        "Riittävyyspäätös kattaa siirron; kirjattua siirtoperustetta ({mechanism}) ei tarvita."
    ),
    "covered.still_valid": "Siirtoperuste: {mechanism} (voimassa tänä päivänä).",
    "covered.dpf": (
        "Sertifioitu EU:n ja Yhdysvaltojen tietosuojakehyksen (DPF) mukaisesti (tarkistettu "
        "{date})."
    ),
    "covered.by": "Siirtoperuste: {mechanism}.",
    "covered.tia": "Siirtoperuste: {mechanism}, siirtovaikutusten arviointi (TIA) {date}.",
    "scope_note": (
        "{decision}, soveltamisala: {scope}. Varmista, että toimittaja kuuluu sen piiriin."
    ),
    "gone.would_lose": (
        "siirto menettäisi perusteensa, jos {reference} ({title}) kumottaisiin; kirjaa varalle "
        "toinen siirtoperuste (vakiosopimuslausekkeet ja siirtovaikutusten arviointi)"
    ),
    "gone.not_yet": "riittävyyspäätös {reference} on voimassa vasta {date} alkaen",
    "gone.expired": "riittävyyspäätöksen {reference} voimassaolo päättyi {date}",
    "gone.none": "maata {country} koskevaa riittävyyspäätöstä ei ole",
    "no_mechanism.dpf": (
        "siirtoperustetta ei ole kirjattu. EU:n ja Yhdysvaltojen tietosuojakehys (DPF) koskee "
        "vain sertifioituja organisaatioita: tarkista DPF-luettelo ja kirjaa sertifiointi, tai "
        "kirjaa vakiosopimuslausekkeet (SCC) ja siirtovaikutusten arviointi (TIA)."
    ),
    "no_mechanism.gone": (
        "siirtoperustetta ei ole kirjattu, ja {reason}. Kirjaa vakiosopimuslausekkeet (moduuli 2 "
        "tai 3) ja siirtovaikutusten arviointi (TIA), tai lopeta siirto."
    ),
    "wrong_country": (
        "siirtoperusteeksi on kirjattu {mechanism}, mutta se kattoi vain siirrot maahan "
        "{only:phrase}, ei maahan {country:phrase}. Kirjaa siirtoperuste, jota sovelletaan "
        "tähän maahan."
    ),
    "adequacy_missing": (
        "siirtoperusteeksi on kirjattu riittävyyspäätös, mutta {reason}. Kirjaa sen sijaan "
        "vakiosopimuslausekkeet ja siirtovaikutusten arviointi (TIA)."
    ),
    "not_yet_valid": "{mechanism}: voimassa vasta {date} alkaen.",
    "dead_mechanism": (
        "siirtoperusteeksi on kirjattu {mechanism}, {judgment}. Korvaa siirtoperuste "
        "seuraavalla: {replacement}."
    ),
    "old_scc": (
        "siirtoperusteeksi on kirjattu {mechanism}, joita ei saa käyttää uusissa sopimuksissa "
        "ja jotka on korvattava viimeistään {date}. Korvaa siirtoperuste seuraavalla: "
        "{replacement}."
    ),
    "dpf_not_us": (
        "siirtoperusteeksi on kirjattu EU:n ja Yhdysvaltojen tietosuojakehys (DPF), mutta se "
        "kattaa vain siirrot Yhdysvaltoihin, ei maahan {country}. Kirjaa siirtoperuste, jota "
        "sovelletaan tähän maahan."
    ),
    "dpf_adequacy_missing": (
        "siirtoperusteeksi on kirjattu EU:n ja Yhdysvaltojen tietosuojakehys (DPF), mutta "
        "{reason}. Kirjaa sen sijaan vakiosopimuslausekkeet ja siirtovaikutusten arviointi (TIA)."
    ),
    "dpf_not_certified": (
        "siirtoperusteeksi on kirjattu EU:n ja Yhdysvaltojen tietosuojakehys (DPF), mutta "
        "toimittajaa ei ole kirjattu sertifioiduksi. Tarkista DPF-luettelo: kirjaa "
        "sertifiointi, tai käytä vakiosopimuslausekkeita ja siirtovaikutusten arviointia (TIA)."
    ),
    "dpf_unchecked": (
        "DPF-sertifiointia ei ole koskaan tarkistettu DPF-luettelosta. Tarkista se ja kirjaa "
        "tarkistuspäivä."
    ),
    "dpf_check_stale": (
        "DPF-sertifiointi tarkistettiin viimeksi {date}, yli {months} kuukautta sitten. "
        "Tarkista DPF-luettelo uudelleen."
    ),
    "derogation": (
        "siirto perustuu poikkeukseen ({which}), joka koskee vain satunnaisia, toistumattomia "
        "siirtoja. Käytä säännöllisiin siirtoihin vakiosopimuslausekkeita."
    ),
    "scc_module_missing": (
        "vakiosopimuslausekkeiden moduulia ei ole kirjattu. Kirjaa moduuli 2 (henkilötietojen "
        "käsittelijälle) tai 3 (alihankkijalle)."
    ),
    "tia_missing": (
        "siirtoperusteeksi on kirjattu {mechanism} ilman siirtovaikutusten arviointia (TIA, "
        "EDPB:n suositukset 01/2020). Arvioi kohdemaan lainsäädäntö ja kirjaa arviointi."
    ),
    "tia_negative": (
        "siirtovaikutusten arvioinnin (TIA) {date} mukaan suojan taso ei ole riittävä. Lisää "
        "täydentäviä toimenpiteitä ja arvioi uudelleen, tai lopeta siirto."
    ),
    "tia_stale": (
        "siirtovaikutusten arviointi (TIA) on tehty {date}, yli {months} kuukautta sitten. "
        "Tarkista se."
    ),
    "entity_access": (
        "henkilötiedot tallennetaan EU:n/ETA:n alueella ({hosted}), mutta toimittaja on "
        "sijoittautunut kolmanteen maahan {country:phrase} ja pääsee käsiksi tietoihin, joten "
        "kyse on silti siirrosta kolmanteen maahan (EDPB:n ohjeet 05/2021). Pidä siirtoperuste "
        "ajan tasalla, äläkä kuvaa toimittajaa asiakkaille ”vain EU:ssa” toimivaksi."
    ),
    "safeguard_unused.no_location": (
        "Siirtoperuste on kirjattu maahan {country} ({code}), mutta toimittajalla ei ole siellä "
        "sijaintia. Poista siirtoperuste tai lisää sijainti."
    ),
    "safeguard_unused.eea": (
        "{country} ({code}) kuuluu EU:hun/ETA:an: siirtoperustetta ei tarvita."
    ),
    "dpa_missing": (
        "Allekirjoitettua käsittelysopimusta ei ole kirjattu (28 artiklan 3 kohta). Tee "
        "toimittajan kanssa käsittelysopimus ja kirjaa sen päivämäärä."
    ),
    "dpa_review_overdue": (
        "Käsittelysopimus olisi pitänyt tarkistaa {date}. Tarkista sopimus ja aseta seuraava "
        "tarkistuspäivä."
    ),
    "chain_incomplete": (
        "Alihankkijan tiedoista puuttuu: {missing}. Koko ketjun on oltava tiedossa (EDPB:n "
        "lausunto 22/2024). Kysy toimittajalta ja kirjaa tiedot."
    ),
    "field.legal_name": "virallinen nimi",
    "field.address": "osoite",
    "field.contact": "yhteystiedot",
    "registration_invalid": "{problem} Korjaa se.",
    "registration.eu_vat": "”{number}” ei ole kelvollinen EU:n arvonlisäverotunniste.",
    "registration.invalid": "”{number}” ei ole kelvollinen {what} ({country}: {detail}).",
    "registration.what.NO": "organisaationumero",
    "registration.what.DK": "CVR-numero",
    "registration.what.SE": "organisaationumero",
    "registration.what.FI": "Y-tunnus",
    "registration.what.IS": "kennitala",
    "registration.what.other": "rekisteröinti- tai ALV-numero",
    "no_locations": (
        "Sijaintia ei ole kirjattu: ei tiedetä, missä toimittaja säilyttää henkilötietoja tai "
        "mistä sillä on pääsy niihin. Kirjaa tallennus- ja tukisijainnit."
    ),
    "planned": (
        "Suunniteltu toimittaja: sen siirrot tarkistetaan ennen käyttöönottoa. Asiakkaille on "
        "ilmoitettava, ennen kuin se saa heidän henkilötietojaan."
    ),
    "review.overdue": (
        "Tarkistus olisi pitänyt tehdä {date}. Tarkista tiedot ja aseta seuraava tarkistuspäivä."
    ),
    "review.due": "Seuraava tarkistus on {date}.",
    "review.overdue_interval": (
        "Tarkistettu viimeksi {date}, yli {months} kuukautta sitten. Tarkista tiedot ja aseta "
        "seuraava tarkistuspäivä."
    ),
    "art30.incomplete": "Puutteellinen: {ref} ({title:lower}). {fix}",
    "art30.ref": "30 artiklan {paragraph} kohdan {letter} alakohta",
    "art30.title.1a": "Rekisterinpitäjä ja yhteystiedot",
    "art30.title.1b": "Käsittelyn tarkoitukset",
    "art30.title.1c": "Rekisteröidyt ja henkilötiedot",
    "art30.title.1d": "Vastaanottajat",
    "art30.title.1e": "Siirrot kolmansiin maihin",
    "art30.title.1f": "Poistamisen määräajat",
    "art30.title.1g": "Turvatoimet",
    "art30.title.2a": "Henkilötietojen käsittelijä ja rekisterinpitäjät",
    "art30.title.2b": "Käsittelyn ryhmät",
    "art30.title.2c": "Siirrot kolmansiin maihin",
    "art30.title.2d": "Turvatoimet",
    "art30.fix.1a": "Kirjaa organisaation nimi ja yhteystiedot.",
    "art30.fix.1b": "Ilmoita käsittelyn tarkoitukset.",
    "art30.fix.1c": "Luettele rekisteröityjen ryhmät ja henkilötietoryhmät.",
    "art30.fix.1d": "Luettele vastaanottajaryhmät.",
    "art30.fix.1f": "Ilmoita, kuinka kauan kutakin henkilötietoryhmää säilytetään.",
    "art30.fix.2a": "Nimeä kukin rekisterinpitäjä (tai asiakasryhmä) yhteystietoineen.",
    "art30.fix.2b": "Kuvaa käsittely, jota suoritetaan rekisterinpitäjien lukuun.",
    "art30.fix.security": "Kuvaa tekniset ja organisatoriset turvatoimet.",
    "art30.fix.compelling": (
        "Dokumentoi pakottaviin oikeutettuihin etuihin perustuva siirto (49 artiklan 1 kohdan "
        "toinen alakohta) siirtoja koskeviin huomautuksiin."
    ),
    "art30.fix.transfers": (
        "Näillä siirroilla ei ole pätevää siirtoperustetta: {transfers}. Korjaa ne toimittajan "
        "tietoihin."
    ),
    "art30.transfer": "{chain} kolmanteen maahan {country:phrase}",
    "legal_basis_missing": (
        "Käsittelyperustetta (6 artiklan 1 kohta) ei ole kirjattu. Valitse käsittelyn peruste."
    ),
    "legitimate_interests_undescribed": (
        "Käsittelyperuste on oikeutettu etu, mutta etuja ei ole kuvattu. Kuvaa ne (ja "
        "tasapainotesti)."
    ),
    "dpia_pending": (
        "Vaikutustenarviointi (DPIA) vaaditaan, mutta sitä ei ole saatu valmiiksi (35 artikla). "
        "Tee se ennen käsittelyn aloittamista."
    ),
    "retired_vendors": (
        "Seloste mainitsee yhä käytöstä poistettuja toimittajia: {names}. Poista ne tai nimeä "
        "toimittaja, joka korvasi ne."
    ),
    "org.name_missing": "Organisaation nimeä ei ole kirjattu.",
    "org.contact_incomplete": (
        "Organisaation osoite ja yhteystiedot ovat puutteelliset (30 artiklan 1 kohdan a "
        "alakohta)."
    ),
    "org.no_dpo": (
        "Tietosuojavastaavaa ei ole kirjattu. Kirjaa tietosuojavastaava, jos 37 artikla sitä "
        "edellyttää, muuten tietosuoja-asioiden yhteyshenkilö."
    ),
    "org.no_objection_contact": (
        "Yhteystietoa ei ole kirjattu asiakkaille, jotka haluavat vastustaa alihankkijaa "
        "(28 artiklan 2 kohta)."
    ),
}

TABLES: dict[str, dict[str, str]] = {"en": EN, "nb": NB, "da": DA, "sv": SV, "fi": FI}

# Shared by several entries of the term tables below.
_OLD_SCC_NB = (
    "som ble opphevet ved beslutning (EU) 2021/914: ingen nye avtaler etter "
    "{no_new_contracts_from}, og eksisterende avtaler skulle erstattes innen {invalid_from}"
)
_OLD_SCC_DA = (
    "som blev ophævet ved afgørelse (EU) 2021/914: ingen nye kontrakter efter "
    "{no_new_contracts_from}, og eksisterende kontrakter skulle erstattes senest {invalid_from}"
)
_OLD_SCC_SV = (
    "som upphävdes genom beslut (EU) 2021/914: inga nya avtal efter {no_new_contracts_from}, "
    "och befintliga avtal skulle ersättas senast {invalid_from}"
)
_OLD_SCC_FI = (
    "jotka kumottiin päätöksellä (EU) 2021/914: ei uusia sopimuksia {no_new_contracts_from} "
    "jälkeen, ja olemassa olevat sopimukset oli korvattava viimeistään {invalid_from}"
)
_DPF_OR_SCC_NB = (
    "EU-US Data Privacy Framework (hvis mottakeren er sertifisert) eller "
    "standardkontraktsbestemmelsene fra 2021"
)
_DPF_OR_SCC_DA = (
    "EU-US Data Privacy Framework (hvis modtageren er certificeret) eller "
    "standardkontraktbestemmelserne fra 2021"
)
_DPF_OR_SCC_SV = (
    "EU-US Data Privacy Framework (om mottagaren är certifierad) eller "
    "standardavtalsklausulerna från 2021"
)
_DPF_OR_SCC_FI = (
    "EU:n ja Yhdysvaltojen tietosuojakehys (jos vastaanottaja on sertifioitu) tai vuoden 2021 "
    "vakiosopimuslausekkeet"
)

TERMS_NB: dict[str, str] = {
    "mechanism.adequacy": "adekvansbeslutning",
    "mechanism.eu_us_dpf": "EU-US Data Privacy Framework",
    "mechanism.scc_2021": "EUs standardkontraktsbestemmelser (EU) 2021/914",
    "mechanism.bcr": "bindende virksomhetsregler (BCR)",
    "mechanism.code_of_conduct": "godkjente atferdsnormer",
    "mechanism.certification": "godkjent sertifisering",
    "mechanism.ad_hoc_clauses": "avtaleklausuler godkjent av en tilsynsmyndighet",
    "mechanism.derogation": "unntak for særlige situasjoner",
    "mechanism.safe_harbor": "Safe Harbor",
    "mechanism.privacy_shield": "EU-US Privacy Shield",
    "mechanism.scc_2001_497": (
        "gamle standardkontrakter 2001/497/EF (behandlingsansvarlig til behandlingsansvarlig)"
    ),
    "mechanism.scc_2004_915": (
        "gamle standardkontrakter 2004/915/EF (behandlingsansvarlig til behandlingsansvarlig, "
        "sett II)"
    ),
    "mechanism.scc_2010_87": (
        "gamle standardkontrakter 2010/87/EU (behandlingsansvarlig til databehandler)"
    ),
    "judgment.safe_harbor": "som EU-domstolen kjente ugyldig {invalid_from} (C-362/14, Schrems I)",
    "judgment.privacy_shield": (
        "som EU-domstolen kjente ugyldig {invalid_from} (C-311/18, Schrems II)"
    ),
    "judgment.scc_2001_497": _OLD_SCC_NB,
    "judgment.scc_2004_915": _OLD_SCC_NB,
    "judgment.scc_2010_87": _OLD_SCC_NB,
    "replace_with.safe_harbor": _DPF_OR_SCC_NB,
    "replace_with.privacy_shield": _DPF_OR_SCC_NB,
    "replace_with.scc_2001_497": "standardkontraktsbestemmelsene fra 2021, modul 1",
    "replace_with.scc_2004_915": "standardkontraktsbestemmelsene fra 2021, modul 1",
    "replace_with.scc_2010_87": "standardkontraktsbestemmelsene fra 2021, modul 2 eller 3",
    "decision.title": "{country}",
    "decision.us-dpf.title": "EU-US Data Privacy Framework",
    "decision.epo.title": "Den europeiske patentorganisasjonen",
    "decision.ca.scope": "bare kommersielle virksomheter som er underlagt PIPEDA",
    "decision.jp.scope": "bare privat sektor under den japanske personopplysningsloven (APPI)",
    "decision.us-dpf.scope": "bare virksomheter som er sertifisert på DPF-listen",
    "decision.epo.scope": "en internasjonal organisasjon, ikke et land",
    "stdnum.InvalidChecksum": "kontrollsifferet stemmer ikke",
    "stdnum.InvalidFormat": "formatet er ugyldig",
    "stdnum.InvalidLength": "lengden er feil",
    "stdnum.InvalidComponent": "en del av nummeret er ugyldig eller ukjent",
    "stdnum.ValidationError": "nummeret er ugyldig",
}

TERMS_DA: dict[str, str] = {
    "mechanism.adequacy": "tilstrækkelighedsafgørelse",
    "mechanism.eu_us_dpf": "EU-US Data Privacy Framework",
    "mechanism.scc_2021": "EU's standardkontraktbestemmelser (EU) 2021/914",
    "mechanism.bcr": "bindende virksomhedsregler (BCR)",
    "mechanism.code_of_conduct": "godkendt adfærdskodeks",
    "mechanism.certification": "godkendt certificering",
    "mechanism.ad_hoc_clauses": "kontraktbestemmelser godkendt af en tilsynsmyndighed",
    "mechanism.derogation": "undtagelse i specifikke situationer",
    "mechanism.safe_harbor": "Safe Harbor",
    "mechanism.privacy_shield": "EU-US Privacy Shield",
    "mechanism.scc_2001_497": (
        "gamle standardkontrakter 2001/497/EF (dataansvarlig til dataansvarlig)"
    ),
    "mechanism.scc_2004_915": (
        "gamle standardkontrakter 2004/915/EF (dataansvarlig til dataansvarlig, sæt II)"
    ),
    "mechanism.scc_2010_87": (
        "gamle standardkontrakter 2010/87/EU (dataansvarlig til databehandler)"
    ),
    "judgment.safe_harbor": (
        "som EU-Domstolen erklærede ugyldig {invalid_from} (C-362/14, Schrems I)"
    ),
    "judgment.privacy_shield": (
        "som EU-Domstolen erklærede ugyldig {invalid_from} (C-311/18, Schrems II)"
    ),
    "judgment.scc_2001_497": _OLD_SCC_DA,
    "judgment.scc_2004_915": _OLD_SCC_DA,
    "judgment.scc_2010_87": _OLD_SCC_DA,
    "replace_with.safe_harbor": _DPF_OR_SCC_DA,
    "replace_with.privacy_shield": _DPF_OR_SCC_DA,
    "replace_with.scc_2001_497": "standardkontraktbestemmelserne fra 2021, modul 1",
    "replace_with.scc_2004_915": "standardkontraktbestemmelserne fra 2021, modul 1",
    "replace_with.scc_2010_87": "standardkontraktbestemmelserne fra 2021, modul 2 eller 3",
    "decision.title": "{country}",
    "decision.us-dpf.title": "EU-US Data Privacy Framework",
    "decision.epo.title": "Den Europæiske Patentorganisation",
    "decision.ca.scope": "kun kommercielle organisationer, der er omfattet af PIPEDA",
    "decision.jp.scope": "kun den private sektor under den japanske persondatalov (APPI)",
    "decision.us-dpf.scope": "kun organisationer, der er certificeret på DPF-listen",
    "decision.epo.scope": "en international organisation, ikke et land",
    "stdnum.InvalidChecksum": "kontrolcifferet passer ikke",
    "stdnum.InvalidFormat": "formatet er ugyldigt",
    "stdnum.InvalidLength": "længden er forkert",
    "stdnum.InvalidComponent": "en del af nummeret er ugyldig eller ukendt",
    "stdnum.ValidationError": "nummeret er ugyldigt",
}

TERMS_SV: dict[str, str] = {
    "mechanism.adequacy": "adekvansbeslut",
    "mechanism.eu_us_dpf": "EU-US Data Privacy Framework",
    "mechanism.scc_2021": "EU:s standardavtalsklausuler (EU) 2021/914",
    "mechanism.bcr": "bindande företagsbestämmelser (BCR)",
    "mechanism.code_of_conduct": "godkänd uppförandekod",
    "mechanism.certification": "godkänd certifiering",
    "mechanism.ad_hoc_clauses": "avtalsklausuler godkända av en tillsynsmyndighet",
    "mechanism.derogation": "undantag i särskilda situationer",
    "mechanism.safe_harbor": "Safe Harbor",
    "mechanism.privacy_shield": "EU-US Privacy Shield",
    "mechanism.scc_2001_497": (
        "gamla standardavtalsklausuler 2001/497/EG (personuppgiftsansvarig till "
        "personuppgiftsansvarig)"
    ),
    "mechanism.scc_2004_915": (
        "gamla standardavtalsklausuler 2004/915/EG (personuppgiftsansvarig till "
        "personuppgiftsansvarig, uppsättning II)"
    ),
    "mechanism.scc_2010_87": (
        "gamla standardavtalsklausuler 2010/87/EU (personuppgiftsansvarig till "
        "personuppgiftsbiträde)"
    ),
    "judgment.safe_harbor": (
        "som EU-domstolen ogiltigförklarade {invalid_from} (C-362/14, Schrems I)"
    ),
    "judgment.privacy_shield": (
        "som EU-domstolen ogiltigförklarade {invalid_from} (C-311/18, Schrems II)"
    ),
    "judgment.scc_2001_497": _OLD_SCC_SV,
    "judgment.scc_2004_915": _OLD_SCC_SV,
    "judgment.scc_2010_87": _OLD_SCC_SV,
    "replace_with.safe_harbor": _DPF_OR_SCC_SV,
    "replace_with.privacy_shield": _DPF_OR_SCC_SV,
    "replace_with.scc_2001_497": "standardavtalsklausulerna från 2021, modul 1",
    "replace_with.scc_2004_915": "standardavtalsklausulerna från 2021, modul 1",
    "replace_with.scc_2010_87": "standardavtalsklausulerna från 2021, modul 2 eller 3",
    "decision.title": "{country}",
    "decision.us-dpf.title": "EU-US Data Privacy Framework",
    "decision.epo.title": "Europeiska patentorganisationen",
    "decision.ca.scope": "endast kommersiella organisationer som omfattas av PIPEDA",
    "decision.jp.scope": "endast den privata sektorn enligt den japanska dataskyddslagen (APPI)",
    "decision.us-dpf.scope": "endast organisationer som är certifierade i DPF-listan",
    "decision.epo.scope": "en internationell organisation, inte ett land",
    "stdnum.InvalidChecksum": "kontrollsiffran stämmer inte",
    "stdnum.InvalidFormat": "formatet är ogiltigt",
    "stdnum.InvalidLength": "längden är fel",
    "stdnum.InvalidComponent": "en del av numret är ogiltig eller okänd",
    "stdnum.ValidationError": "numret är ogiltigt",
}

TERMS_FI: dict[str, str] = {
    "mechanism.adequacy": "tietosuojan riittävyyttä koskeva päätös",
    "mechanism.eu_us_dpf": "EU:n ja Yhdysvaltojen tietosuojakehys (DPF)",
    "mechanism.scc_2021": "EU:n vakiosopimuslausekkeet (EU) 2021/914",
    "mechanism.bcr": "sitovat yrityssäännöt (BCR)",
    "mechanism.code_of_conduct": "hyväksytyt käytännesäännöt",
    "mechanism.certification": "hyväksytty sertifiointi",
    "mechanism.ad_hoc_clauses": "valvontaviranomaisen hyväksymät sopimuslausekkeet",
    "mechanism.derogation": "poikkeus erityistilanteissa",
    "mechanism.safe_harbor": "Safe Harbor",
    "mechanism.privacy_shield": "EU-US Privacy Shield",
    "mechanism.scc_2001_497": (
        "vanhat vakiolausekkeet 2001/497/EY (rekisterinpitäjältä rekisterinpitäjälle)"
    ),
    "mechanism.scc_2004_915": (
        "vanhat vakiolausekkeet 2004/915/EY (rekisterinpitäjältä rekisterinpitäjälle, sarja II)"
    ),
    "mechanism.scc_2010_87": (
        "vanhat vakiolausekkeet 2010/87/EU (rekisterinpitäjältä henkilötietojen käsittelijälle)"
    ),
    "judgment.safe_harbor": (
        "jonka EU:n tuomioistuin julisti pätemättömäksi {invalid_from} (C-362/14, Schrems I)"
    ),
    "judgment.privacy_shield": (
        "jonka EU:n tuomioistuin julisti pätemättömäksi {invalid_from} (C-311/18, Schrems II)"
    ),
    "judgment.scc_2001_497": _OLD_SCC_FI,
    "judgment.scc_2004_915": _OLD_SCC_FI,
    "judgment.scc_2010_87": _OLD_SCC_FI,
    "replace_with.safe_harbor": _DPF_OR_SCC_FI,
    "replace_with.privacy_shield": _DPF_OR_SCC_FI,
    "replace_with.scc_2001_497": "vuoden 2021 vakiosopimuslausekkeet, moduuli 1",
    "replace_with.scc_2004_915": "vuoden 2021 vakiosopimuslausekkeet, moduuli 1",
    "replace_with.scc_2010_87": "vuoden 2021 vakiosopimuslausekkeet, moduuli 2 tai 3",
    "decision.title": "{country}",
    "decision.us-dpf.title": "EU:n ja Yhdysvaltojen tietosuojakehys",
    "decision.epo.title": "Euroopan patenttijärjestö",
    "decision.ca.scope": "vain PIPEDA-lain alaiset kaupalliset organisaatiot",
    "decision.jp.scope": "vain yksityinen sektori Japanin henkilötietolain (APPI) mukaisesti",
    "decision.us-dpf.scope": "vain DPF-luetteloon sertifioidut organisaatiot",
    "decision.epo.scope": "kansainvälinen järjestö, ei valtio",
    "stdnum.InvalidChecksum": "tarkistusnumero ei täsmää",
    "stdnum.InvalidFormat": "muoto on virheellinen",
    "stdnum.InvalidLength": "pituus on väärä",
    "stdnum.InvalidComponent": "jokin numeron osa on virheellinen tai tuntematon",
    "stdnum.ValidationError": "numero on virheellinen",
}

TERM_TABLES: dict[str, dict[str, str]] = {
    "nb": TERMS_NB, "da": TERMS_DA, "sv": TERMS_SV, "fi": TERMS_FI,
}
