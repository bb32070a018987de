"""The words of the checks of forms, one table per language (en, nb, da, sv, fi).

What the editors show next to a field as you type (:mod:`registry.validation`, the
``validate_*`` functions of :mod:`registry.checks_of_records`), what they say when a save is
refused, the names of the fields in a list of problems, and the name the app gives a record that
has none. The findings' words are in :mod:`registry.message_texts`; :mod:`registry.messages`
words both. Every key starts with ``form.`` or ``record.``, so the two never share a key.

Every table has the same keys and each message the same ``{parameters}`` as the English one (a
test checks both). The wording follows the findings' tables: Norwegian databehandler,
underdatabehandler, overføringsgrunnlag, lokasjon, gjennomgang and the editors' own labels
(resources/translations); Danish dataansvarlig, overførselsgrundlag, lokation; Swedish
personuppgiftsansvarig, underbiträde, överföringsgrund, plats, översyn; Finnish
rekisterinpitäjä, alihankkija, siirtoperuste, sijainti, tarkistus. Quotation marks are each
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

NB: dict[str, str] = {
    "form.country.required": "Velg et land.",
    "form.country.invalid": (
        "«{code}» er ikke en landkode (ISO 3166-1 alpha-2, for eksempel NO eller DE)."
    ),
    "form.url.scheme": (
        "«{url}» er ikke en nettadresse: den må begynne med https:// eller http://."
    ),
    "form.url.incomplete": "«{url}» er ikke en fullstendig nettadresse.",
    "form.email.invalid": "«{email}» er ikke en e-postadresse.",
    "form.name.required": "{what:cap} må fylles ut.",
    "form.name.too_long": "{what:cap} kan ikke være lengre enn 200 tegn.",
    "form.name.what.name": "navn",
    "form.name.what.organisation": "virksomhetens navn",
    "form.name.what.vendor": "leverandørens navn",
    "form.name.what.service": "tjenestens navn",
    "form.name.what.activity": "behandlingsaktivitetens navn",
    "form.too_long": "Teksten er lengre enn {limit} tegn ({length}).",
    "form.future": "Datoen er fram i tid.",
    "form.name.taken.vendor": "Det finnes allerede en leverandør som heter «{name}».",
    "form.name.taken.service": "Det finnes allerede en tjeneste som heter «{name}».",
    "form.name.taken.activity": (
        "Det finnes allerede en behandlingsaktivitet som heter «{name}»."
    ),
    "form.link.gone.vendor": "Denne leverandøren finnes ikke lenger.",
    "form.link.gone.service": "Denne tjenesten finnes ikke lenger.",
    "form.link.twice.vendor": "Denne leverandøren står to ganger i listen.",
    "form.link.twice.service": "Denne tjenesten står to ganger i listen.",
    "form.end_before_start": "Sluttdatoen er før startdatoen.",
    "form.review_before_last": "Neste gjennomgang er før forrige gjennomgang.",
    "form.former_name.too_long": "Tidligere navn {number} er lengre enn 300 tegn.",
    "form.descriptions.languages": (
        "Beskrivelser kan bare lagres på språkene {kept}, ikke {unknown}."
    ),
    "form.location.twice": "Den samme lokasjonen står to ganger i listen.",
    "form.safeguard.twice": (
        "Det finnes allerede et overføringsgrunnlag for {country}: ett per mottakerland."
    ),
    "form.notice.negative": "Varslingsfristen kan ikke være negativ.",
    "form.parent.self": "En leverandør kan ikke være sin egen underdatabehandler.",
    "form.parent.gone": "Den overordnede leverandøren finnes ikke lenger.",
    "form.parent.circle": (
        "Den overordnede leverandøren er en av denne leverandørens egne "
        "underdatabehandlere; en kjede kan ikke gå i ring."
    ),
    "form.scc_module.range": "SCC-modulen er 1, 2, 3 eller 4.",
    "form.scc_module.not_scc": (
        "En SCC-modul gjelder bare for standardkontraktsbestemmelsene 2021/914."
    ),
    "form.derogation.missing": "Velg hvilket unntak i art. 49 som gjelder.",
    "form.derogation.not_derogation": (
        "Et unntak etter art. 49 gjelder bare når overføringsgrunnlaget er et unntak."
    ),
    "form.dpf.not_us": (
        "EU-US Data Privacy Framework gjelder bare overføringer til USA, ikke til {country}."
    ),
    "form.dpf.not_dpf": "DPF-sertifisering gjelder bare for EU-US Data Privacy Framework.",
    "form.tia.date_missing": "Registrer datoen for vurderingen av overføringen (TIA).",
    "form.retention.category": "Oppgi kategorien av personopplysninger.",
    "form.controller.name": "Oppgi behandlingsansvarlig eller kundegruppe.",
    "form.org.role": "Virksomheten må være behandlingsansvarlig, databehandler eller begge deler.",
    "form.org.review_interval": "Intervallet for gjennomgang må være 1 til 120 måneder.",
    "form.refused.vendor": "Leverandøren kan ikke lagres: rett de merkede feltene først.",
    "form.refused.vendor_named": (
        "Leverandøren «{name}» kan ikke lagres: rett de merkede feltene først."
    ),
    "form.refused.service": "Tjenesten kan ikke lagres: rett de merkede feltene først.",
    "form.refused.service_named": (
        "Tjenesten «{name}» kan ikke lagres: rett de merkede feltene først."
    ),
    "form.refused.activity": (
        "Behandlingsaktiviteten kan ikke lagres: rett de merkede feltene først."
    ),
    "form.refused.activity_named": (
        "Behandlingsaktiviteten «{name}» kan ikke lagres: rett de merkede feltene først."
    ),
    "form.refused.organisation": (
        "Opplysningene om virksomheten kan ikke lagres: rett de merkede feltene først."
    ),
    "form.gone.vendor": (
        "Leverandøren finnes ikke lenger: noen kan ha slettet den. Last inn listen på nytt."
    ),
    "form.gone.service": (
        "Tjenesten finnes ikke lenger: noen kan ha slettet den. Last inn listen på nytt."
    ),
    "form.gone.activity": (
        "Behandlingsaktiviteten finnes ikke lenger: noen kan ha slettet den. Last inn listen "
        "på nytt."
    ),
    "form.changed.vendor": (
        "Noen andre har endret leverandøren «{name}» etter at du åpnet den. Last den inn på "
        "nytt for å se endringene, og gjør så endringen din en gang til."
    ),
    "form.changed.service": (
        "Noen andre har endret tjenesten «{name}» etter at du åpnet den. Last den inn på nytt "
        "for å se endringene, og gjør så endringen din en gang til."
    ),
    "form.changed.activity": (
        "Noen andre har endret behandlingsaktiviteten «{name}» etter at du åpnet den. Last den "
        "inn på nytt for å se endringene, og gjør så endringen din en gang til."
    ),
    "form.changed.organisation": (
        "Noen andre har endret opplysningene om virksomheten etter at du åpnet dem. Last dem "
        "inn på nytt for å se endringene, og gjør så endringen din en gang til."
    ),
    "form.field_problem": "{field}: {problem}",
    "form.row": "{label} {number}",
    "form.unlabelled": "{name}",
    "form.label.name": "Navn",
    "form.label.legal_name": "Juridisk navn",
    "form.label.former_names": "Tidligere navn",
    "form.label.registration_number": "Organisasjonsnummer",
    "form.label.address": "Adresse",
    "form.label.country": "Land",
    "form.label.website": "Nettsted",
    "form.label.privacy_url": "Personvernerklæring",
    "form.label.dpa_url": "Lenke til databehandleravtale",
    "form.label.contact_email": "Personvernkontakt",
    "form.label.role": "Rolle",
    "form.label.status": "Status",
    "form.label.end_date": "Sluttdato",
    "form.label.next_review": "Neste gjennomgang",
    "form.label.last_reviewed": "Sist gjennomgått",
    "form.label.parent_id": "Overordnet leverandør",
    "form.label.descriptions": "Offentlig beskrivelse",
    "form.label.locations": "Lokasjon",
    "form.label.safeguards": "Overføringsgrunnlag",
    "form.label.services": "Tjeneste",
    "form.label.vendors": "Leverandør",
    "form.label.vendor_ids": "Leverandør",
    "form.label.service_ids": "Tjeneste",
    "form.label.dpa": "Databehandleravtale",
    "form.label.business_function": "Avdeling",
    "form.label.legal_basis": "Behandlingsgrunnlag",
    "form.label.art9_condition": "Særlige kategorier",
    "form.label.retention": "Slettefrist",
    "form.label.controllers": "Behandlingsansvarlig",
    "form.label.dpia_status": "DPIA",
    "form.label.dpia_link": "Lenke til DPIA",
    "form.label.email": "E-post",
    "form.label.phone": "Telefon",
    "form.label.dpo_name": "Personvernombud",
    "form.label.dpo_email": "E-post til personvernombud",
    "form.label.dpo_phone": "Telefon til personvernombud",
    "form.label.supervisory_authority": "Tilsynsmyndighet",
    "form.label.objection_contact": "Innsigelser til",
    "form.label.is_controller": "Rolle",
    "form.label.notice_days": "Varslingsfrist",
    "form.label.review_interval_months": "Intervall for gjennomgang",
    "record.organisation": "Virksomhet",
}

DA: dict[str, str] = {
    "form.country.required": "Vælg et land.",
    "form.country.invalid": (
        "»{code}« er ikke en landekode (ISO 3166-1 alpha-2, f.eks. NO eller DE)."
    ),
    "form.url.scheme": (
        "»{url}« er ikke en webadresse: den skal begynde med https:// eller http://."
    ),
    "form.url.incomplete": "»{url}« er ikke en fuldstændig webadresse.",
    "form.email.invalid": "»{email}« er ikke en e-mailadresse.",
    "form.name.required": "{what:cap} skal udfyldes.",
    "form.name.too_long": "{what:cap} må højst være på 200 tegn.",
    "form.name.what.name": "navn",
    "form.name.what.organisation": "virksomhedens navn",
    "form.name.what.vendor": "leverandørens navn",
    "form.name.what.service": "tjenestens navn",
    "form.name.what.activity": "behandlingsaktivitetens navn",
    "form.too_long": "Teksten er længere end {limit} tegn ({length}).",
    "form.future": "Datoen ligger ude i fremtiden.",
    "form.name.taken.vendor": "Der findes allerede en leverandør med navnet »{name}«.",
    "form.name.taken.service": "Der findes allerede en tjeneste med navnet »{name}«.",
    "form.name.taken.activity": (
        "Der findes allerede en behandlingsaktivitet med navnet »{name}«."
    ),
    "form.link.gone.vendor": "Denne leverandør findes ikke længere.",
    "form.link.gone.service": "Denne tjeneste findes ikke længere.",
    "form.link.twice.vendor": "Denne leverandør står to gange på listen.",
    "form.link.twice.service": "Denne tjeneste står to gange på listen.",
    "form.end_before_start": "Slutdatoen ligger før startdatoen.",
    "form.review_before_last": "Næste gennemgang ligger før seneste gennemgang.",
    "form.former_name.too_long": "Tidligere navn {number} er længere end 300 tegn.",
    "form.descriptions.languages": (
        "Beskrivelser kan kun gemmes på sprogene {kept}, ikke {unknown}."
    ),
    "form.location.twice": "Den samme lokation står to gange på listen.",
    "form.safeguard.twice": (
        "Der findes allerede et overførselsgrundlag for {country}: ét pr. modtagerland."
    ),
    "form.notice.negative": "Varslingsfristen kan ikke være negativ.",
    "form.parent.self": "En leverandør kan ikke være sin egen underdatabehandler.",
    "form.parent.gone": "Den overordnede leverandør findes ikke længere.",
    "form.parent.circle": (
        "Den overordnede leverandør er en af denne leverandørs egne underdatabehandlere; en "
        "kæde kan ikke gå i ring."
    ),
    "form.scc_module.range": "SCC-modulet er 1, 2, 3 eller 4.",
    "form.scc_module.not_scc": (
        "Et SCC-modul gælder kun for standardkontraktbestemmelserne 2021/914."
    ),
    "form.derogation.missing": "Vælg den undtagelse i art. 49, der gælder.",
    "form.derogation.not_derogation": (
        "En undtagelse efter art. 49 gælder kun, når overførselsgrundlaget er en undtagelse."
    ),
    "form.dpf.not_us": (
        "EU-US Data Privacy Framework dækker kun overførsler til USA, ikke til {country}."
    ),
    "form.dpf.not_dpf": "DPF-certificering gælder kun for EU-US Data Privacy Framework.",
    "form.tia.date_missing": "Registrér datoen for vurderingen af overførslen (TIA).",
    "form.retention.category": "Angiv kategorien af personoplysninger.",
    "form.controller.name": "Angiv den dataansvarlige eller kundegruppen.",
    "form.org.role": "Virksomheden skal være dataansvarlig, databehandler eller begge dele.",
    "form.org.review_interval": "Intervallet for gennemgang skal være 1 til 120 måneder.",
    "form.refused.vendor": "Leverandøren kan ikke gemmes: ret de markerede felter først.",
    "form.refused.vendor_named": (
        "Leverandøren »{name}« kan ikke gemmes: ret de markerede felter først."
    ),
    "form.refused.service": "Tjenesten kan ikke gemmes: ret de markerede felter først.",
    "form.refused.service_named": (
        "Tjenesten »{name}« kan ikke gemmes: ret de markerede felter først."
    ),
    "form.refused.activity": (
        "Behandlingsaktiviteten kan ikke gemmes: ret de markerede felter først."
    ),
    "form.refused.activity_named": (
        "Behandlingsaktiviteten »{name}« kan ikke gemmes: ret de markerede felter først."
    ),
    "form.refused.organisation": (
        "Oplysningerne om virksomheden kan ikke gemmes: ret de markerede felter først."
    ),
    "form.gone.vendor": (
        "Leverandøren findes ikke længere: nogen har måske slettet den. Genindlæs listen."
    ),
    "form.gone.service": (
        "Tjenesten findes ikke længere: nogen har måske slettet den. Genindlæs listen."
    ),
    "form.gone.activity": (
        "Behandlingsaktiviteten findes ikke længere: nogen har måske slettet den. Genindlæs "
        "listen."
    ),
    "form.changed.vendor": (
        "En anden har ændret leverandøren »{name}«, efter at du åbnede den. Genindlæs den for "
        "at se ændringerne, og foretag så din ændring igen."
    ),
    "form.changed.service": (
        "En anden har ændret tjenesten »{name}«, efter at du åbnede den. Genindlæs den for at "
        "se ændringerne, og foretag så din ændring igen."
    ),
    "form.changed.activity": (
        "En anden har ændret behandlingsaktiviteten »{name}«, efter at du åbnede den. "
        "Genindlæs den for at se ændringerne, og foretag så din ændring igen."
    ),
    "form.changed.organisation": (
        "En anden har ændret oplysningerne om virksomheden, efter at du åbnede dem. Genindlæs "
        "dem for at se ændringerne, og foretag så din ændring igen."
    ),
    "form.field_problem": "{field}: {problem}",
    "form.row": "{label} {number}",
    "form.unlabelled": "{name}",
    "form.label.name": "Navn",
    "form.label.legal_name": "Juridisk navn",
    "form.label.former_names": "Tidligere navne",
    "form.label.registration_number": "Registreringsnummer",
    "form.label.address": "Adresse",
    "form.label.country": "Land",
    "form.label.website": "Websted",
    "form.label.privacy_url": "Privatlivspolitik",
    "form.label.dpa_url": "Link til databehandleraftale",
    "form.label.contact_email": "Kontakt-e-mail",
    "form.label.role": "Rolle",
    "form.label.status": "Status",
    "form.label.end_date": "Slutdato",
    "form.label.next_review": "Næste gennemgang",
    "form.label.last_reviewed": "Senest gennemgået",
    "form.label.parent_id": "Overordnet leverandør",
    "form.label.descriptions": "Offentlig beskrivelse",
    "form.label.locations": "Lokation",
    "form.label.safeguards": "Overførselsgrundlag",
    "form.label.services": "Tjeneste",
    "form.label.vendors": "Leverandør",
    "form.label.vendor_ids": "Leverandør",
    "form.label.service_ids": "Tjeneste",
    "form.label.dpa": "Databehandleraftale",
    "form.label.business_function": "Forretningsområde",
    "form.label.legal_basis": "Behandlingsgrundlag",
    "form.label.art9_condition": "Følsomme oplysninger",
    "form.label.retention": "Slettefrist",
    "form.label.controllers": "Dataansvarlig",
    "form.label.dpia_status": "Konsekvensanalyse",
    "form.label.dpia_link": "Link til konsekvensanalyse",
    "form.label.email": "E-mail",
    "form.label.phone": "Telefon",
    "form.label.dpo_name": "Databeskyttelsesrådgiver",
    "form.label.dpo_email": "Databeskyttelsesrådgiverens e-mail",
    "form.label.dpo_phone": "Databeskyttelsesrådgiverens telefon",
    "form.label.supervisory_authority": "Tilsynsmyndighed",
    "form.label.objection_contact": "Indsigelser til",
    "form.label.is_controller": "Rolle",
    "form.label.notice_days": "Varslingsfrist",
    "form.label.review_interval_months": "Interval for gennemgang",
    "record.organisation": "Virksomhed",
}

SV: dict[str, str] = {
    "form.country.required": "Välj ett land.",
    "form.country.invalid": (
        "”{code}” är inte en landskod (ISO 3166-1 alpha-2, till exempel NO eller DE)."
    ),
    "form.url.scheme": (
        "”{url}” är inte en webbadress: den måste börja med https:// eller http://."
    ),
    "form.url.incomplete": "”{url}” är inte en fullständig webbadress.",
    "form.email.invalid": "”{email}” är inte en e-postadress.",
    "form.name.required": "{what:cap} måste anges.",
    "form.name.too_long": "{what:cap} får vara högst 200 tecken.",
    "form.name.what.name": "namn",
    "form.name.what.organisation": "organisationens namn",
    "form.name.what.vendor": "leverantörens namn",
    "form.name.what.service": "tjänstens namn",
    "form.name.what.activity": "behandlingens namn",
    "form.too_long": "Texten är längre än {limit} tecken ({length}).",
    "form.future": "Datumet ligger i framtiden.",
    "form.name.taken.vendor": "Det finns redan en leverantör som heter ”{name}”.",
    "form.name.taken.service": "Det finns redan en tjänst som heter ”{name}”.",
    "form.name.taken.activity": "Det finns redan en behandling som heter ”{name}”.",
    "form.link.gone.vendor": "Den här leverantören finns inte längre.",
    "form.link.gone.service": "Den här tjänsten finns inte längre.",
    "form.link.twice.vendor": "Den här leverantören står två gånger i listan.",
    "form.link.twice.service": "Den här tjänsten står två gånger i listan.",
    "form.end_before_start": "Slutdatumet är före startdatumet.",
    "form.review_before_last": "Nästa översyn är före den senaste översynen.",
    "form.former_name.too_long": "Tidigare namn {number} är längre än 300 tecken.",
    "form.descriptions.languages": (
        "Beskrivningar kan bara sparas på språken {kept}, inte {unknown}."
    ),
    "form.location.twice": "Samma plats står två gånger i listan.",
    "form.safeguard.twice": (
        "Det finns redan en överföringsgrund för {country}: en per mottagarland."
    ),
    "form.notice.negative": "Aviseringstiden kan inte vara negativ.",
    "form.parent.self": "En leverantör kan inte vara sitt eget underbiträde.",
    "form.parent.gone": "Den överordnade leverantören finns inte längre.",
    "form.parent.circle": (
        "Den överordnade leverantören är ett av den här leverantörens egna underbiträden; en "
        "kedja kan inte gå runt i en cirkel."
    ),
    "form.scc_module.range": "SCC-modulen är 1, 2, 3 eller 4.",
    "form.scc_module.not_scc": (
        "En SCC-modul gäller bara för standardavtalsklausulerna 2021/914."
    ),
    "form.derogation.missing": "Välj vilket undantag i art. 49 som gäller.",
    "form.derogation.not_derogation": (
        "Ett undantag enligt art. 49 gäller bara när överföringsgrunden är ett undantag."
    ),
    "form.dpf.not_us": (
        "EU-US Data Privacy Framework omfattar bara överföringar till USA, inte till {country}."
    ),
    "form.dpf.not_dpf": "DPF-certifiering gäller bara för EU-US Data Privacy Framework.",
    "form.tia.date_missing": "Registrera datumet för bedömningen av överföringen (TIA).",
    "form.retention.category": "Ange kategorin av personuppgifter.",
    "form.controller.name": "Ange personuppgiftsansvarig eller kundgrupp.",
    "form.org.role": (
        "Organisationen måste vara personuppgiftsansvarig, personuppgiftsbiträde eller båda."
    ),
    "form.org.review_interval": "Intervallet för översyn måste vara 1 till 120 månader.",
    "form.refused.vendor": "Leverantören kan inte sparas: rätta de markerade fälten först.",
    "form.refused.vendor_named": (
        "Leverantören ”{name}” kan inte sparas: rätta de markerade fälten först."
    ),
    "form.refused.service": "Tjänsten kan inte sparas: rätta de markerade fälten först.",
    "form.refused.service_named": (
        "Tjänsten ”{name}” kan inte sparas: rätta de markerade fälten först."
    ),
    "form.refused.activity": "Behandlingen kan inte sparas: rätta de markerade fälten först.",
    "form.refused.activity_named": (
        "Behandlingen ”{name}” kan inte sparas: rätta de markerade fälten först."
    ),
    "form.refused.organisation": (
        "Organisationens uppgifter kan inte sparas: rätta de markerade fälten först."
    ),
    "form.gone.vendor": (
        "Leverantören finns inte längre: någon kan ha tagit bort den. Läs in listan igen."
    ),
    "form.gone.service": (
        "Tjänsten finns inte längre: någon kan ha tagit bort den. Läs in listan igen."
    ),
    "form.gone.activity": (
        "Behandlingen finns inte längre: någon kan ha tagit bort den. Läs in listan igen."
    ),
    "form.changed.vendor": (
        "Någon annan har ändrat leverantören ”{name}” sedan du öppnade den. Läs in den igen "
        "för att se ändringarna och gör sedan din ändring en gång till."
    ),
    "form.changed.service": (
        "Någon annan har ändrat tjänsten ”{name}” sedan du öppnade den. Läs in den igen för "
        "att se ändringarna och gör sedan din ändring en gång till."
    ),
    "form.changed.activity": (
        "Någon annan har ändrat behandlingen ”{name}” sedan du öppnade den. Läs in den igen "
        "för att se ändringarna och gör sedan din ändring en gång till."
    ),
    "form.changed.organisation": (
        "Någon annan har ändrat organisationens uppgifter sedan du öppnade dem. Läs in dem "
        "igen för att se ändringarna och gör sedan din ändring en gång till."
    ),
    "form.field_problem": "{field}: {problem}",
    "form.row": "{label} {number}",
    "form.unlabelled": "{name}",
    "form.label.name": "Namn",
    "form.label.legal_name": "Juridiskt namn",
    "form.label.former_names": "Tidigare namn",
    "form.label.registration_number": "Organisationsnummer",
    "form.label.address": "Adress",
    "form.label.country": "Land",
    "form.label.website": "Webbplats",
    "form.label.privacy_url": "Integritetspolicy",
    "form.label.dpa_url": "Länk till biträdesavtal",
    "form.label.contact_email": "Kontaktadress (e-post)",
    "form.label.role": "Roll",
    "form.label.status": "Status",
    "form.label.end_date": "Slutdatum",
    "form.label.next_review": "Nästa översyn",
    "form.label.last_reviewed": "Senaste översyn",
    "form.label.parent_id": "Överordnad leverantör",
    "form.label.descriptions": "Offentlig beskrivning",
    "form.label.locations": "Plats",
    "form.label.safeguards": "Överföringsgrund",
    "form.label.services": "Tjänst",
    "form.label.vendors": "Leverantör",
    "form.label.vendor_ids": "Leverantör",
    "form.label.service_ids": "Tjänst",
    "form.label.dpa": "Biträdesavtal",
    "form.label.business_function": "Verksamhetsområde",
    "form.label.legal_basis": "Rättslig grund",
    "form.label.art9_condition": "Känsliga personuppgifter",
    "form.label.retention": "Gallringsfrist",
    "form.label.controllers": "Personuppgiftsansvarig",
    "form.label.dpia_status": "Konsekvensbedömning",
    "form.label.dpia_link": "Länk till konsekvensbedömning",
    "form.label.email": "E-post",
    "form.label.phone": "Telefon",
    "form.label.dpo_name": "Dataskyddsombud",
    "form.label.dpo_email": "Dataskyddsombudets e-post",
    "form.label.dpo_phone": "Dataskyddsombudets telefon",
    "form.label.supervisory_authority": "Tillsynsmyndighet",
    "form.label.objection_contact": "Invändningar till",
    "form.label.is_controller": "Roll",
    "form.label.notice_days": "Aviseringstid",
    "form.label.review_interval_months": "Intervall för översyn",
    "record.organisation": "Organisation",
}

FI: dict[str, str] = {
    "form.country.required": "Valitse maa.",
    "form.country.invalid": (
        "”{code}” ei ole maakoodi (ISO 3166-1 alpha-2, esimerkiksi NO tai DE)."
    ),
    "form.url.scheme": (
        "”{url}” ei ole verkko-osoite: sen alussa on oltava https:// tai http://."
    ),
    "form.url.incomplete": "”{url}” ei ole täydellinen verkko-osoite.",
    "form.email.invalid": "”{email}” ei ole sähköpostiosoite.",
    "form.name.required": "{what:cap} on pakollinen.",
    "form.name.too_long": "{what:cap} saa olla enintään 200 merkkiä.",
    "form.name.what.name": "nimi",
    "form.name.what.organisation": "organisaation nimi",
    "form.name.what.vendor": "toimittajan nimi",
    "form.name.what.service": "palvelun nimi",
    "form.name.what.activity": "käsittelytoimen nimi",
    "form.too_long": "Teksti on yli {limit} merkkiä pitkä ({length}).",
    "form.future": "Päivämäärä on tulevaisuudessa.",
    "form.name.taken.vendor": "Toimittaja nimeltä ”{name}” on jo olemassa.",
    "form.name.taken.service": "Palvelu nimeltä ”{name}” on jo olemassa.",
    "form.name.taken.activity": "Käsittelytoimi nimeltä ”{name}” on jo olemassa.",
    "form.link.gone.vendor": "Tätä toimittajaa ei ole enää olemassa.",
    "form.link.gone.service": "Tätä palvelua ei ole enää olemassa.",
    "form.link.twice.vendor": "Tämä toimittaja on luettelossa kahdesti.",
    "form.link.twice.service": "Tämä palvelu on luettelossa kahdesti.",
    "form.end_before_start": "Päättymispäivä on ennen aloituspäivää.",
    "form.review_before_last": "Seuraava tarkistus on ennen edellistä tarkistusta.",
    "form.former_name.too_long": "Aiempi nimi {number} on yli 300 merkkiä pitkä.",
    "form.descriptions.languages": (
        "Kuvauksia voi tallentaa vain kielillä {kept}, ei muilla kielillä ({unknown})."
    ),
    "form.location.twice": "Sama sijainti on luettelossa kahdesti.",
    "form.safeguard.twice": (
        "Maahan {country} on jo kirjattu siirtoperuste: yksi kutakin kohdemaata kohden."
    ),
    "form.notice.negative": "Ilmoitusaika ei voi olla negatiivinen.",
    "form.parent.self": "Toimittaja ei voi olla oma alihankkijansa.",
    "form.parent.gone": "Ylempää toimittajaa ei ole enää olemassa.",
    "form.parent.circle": (
        "Ylempi toimittaja on tämän toimittajan oma alihankkija; ketju ei voi kiertää kehää."
    ),
    "form.scc_module.range": "SCC-moduuli on 1, 2, 3 tai 4.",
    "form.scc_module.not_scc": "SCC-moduuli koskee vain vakiosopimuslausekkeita 2021/914.",
    "form.derogation.missing": "Valitse sovellettava 49 artiklan poikkeus.",
    "form.derogation.not_derogation": (
        "49 artiklan poikkeus voidaan valita vain, kun siirtoperuste on poikkeus."
    ),
    "form.dpf.not_us": (
        "EU:n ja Yhdysvaltojen tietosuojakehys (DPF) kattaa vain siirrot Yhdysvaltoihin, ei "
        "maahan {country}."
    ),
    "form.dpf.not_dpf": (
        "DPF-sertifiointi koskee vain EU:n ja Yhdysvaltojen tietosuojakehystä (DPF)."
    ),
    "form.tia.date_missing": "Kirjaa siirtovaikutusten arvioinnin (TIA) päivämäärä.",
    "form.retention.category": "Anna henkilötietoryhmä.",
    "form.controller.name": "Anna rekisterinpitäjä tai asiakasryhmä.",
    "form.org.role": (
        "Organisaation on oltava rekisterinpitäjä, henkilötietojen käsittelijä tai molemmat."
    ),
    "form.org.review_interval": "Tarkistusvälin on oltava 1–120 kuukautta.",
    "form.refused.vendor": "Toimittajaa ei voi tallentaa: korjaa ensin merkityt kentät.",
    "form.refused.vendor_named": (
        "Toimittajaa ”{name}” ei voi tallentaa: korjaa ensin merkityt kentät."
    ),
    "form.refused.service": "Palvelua ei voi tallentaa: korjaa ensin merkityt kentät.",
    "form.refused.service_named": (
        "Palvelua ”{name}” ei voi tallentaa: korjaa ensin merkityt kentät."
    ),
    "form.refused.activity": "Käsittelytointa ei voi tallentaa: korjaa ensin merkityt kentät.",
    "form.refused.activity_named": (
        "Käsittelytointa ”{name}” ei voi tallentaa: korjaa ensin merkityt kentät."
    ),
    "form.refused.organisation": (
        "Organisaation tietoja ei voi tallentaa: korjaa ensin merkityt kentät."
    ),
    "form.gone.vendor": (
        "Toimittajaa ei ole enää olemassa: joku on ehkä poistanut sen. Lataa luettelo "
        "uudelleen."
    ),
    "form.gone.service": (
        "Palvelua ei ole enää olemassa: joku on ehkä poistanut sen. Lataa luettelo uudelleen."
    ),
    "form.gone.activity": (
        "Käsittelytointa ei ole enää olemassa: joku on ehkä poistanut sen. Lataa luettelo "
        "uudelleen."
    ),
    "form.changed.vendor": (
        "Joku muu on muuttanut toimittajaa ”{name}” sen jälkeen, kun avasit sen. Lataa se "
        "uudelleen nähdäksesi muutokset ja tee sitten muutoksesi uudelleen."
    ),
    "form.changed.service": (
        "Joku muu on muuttanut palvelua ”{name}” sen jälkeen, kun avasit sen. Lataa se "
        "uudelleen nähdäksesi muutokset ja tee sitten muutoksesi uudelleen."
    ),
    "form.changed.activity": (
        "Joku muu on muuttanut käsittelytointa ”{name}” sen jälkeen, kun avasit sen. Lataa se "
        "uudelleen nähdäksesi muutokset ja tee sitten muutoksesi uudelleen."
    ),
    "form.changed.organisation": (
        "Joku muu on muuttanut organisaation tietoja sen jälkeen, kun avasit ne. Lataa ne "
        "uudelleen nähdäksesi muutokset ja tee sitten muutoksesi uudelleen."
    ),
    "form.field_problem": "{field}: {problem}",
    "form.row": "{label} {number}",
    "form.unlabelled": "{name}",
    "form.label.name": "Nimi",
    "form.label.legal_name": "Virallinen nimi",
    "form.label.former_names": "Aiemmat nimet",
    "form.label.registration_number": "Rekisterinumero",
    "form.label.address": "Osoite",
    "form.label.country": "Maa",
    "form.label.website": "Verkkosivusto",
    "form.label.privacy_url": "Tietosuojaseloste",
    "form.label.dpa_url": "Käsittelysopimuksen linkki",
    "form.label.contact_email": "Yhteyssähköposti",
    "form.label.role": "Rooli",
    "form.label.status": "Tila",
    "form.label.end_date": "Päättymispäivä",
    "form.label.next_review": "Seuraava tarkistus",
    "form.label.last_reviewed": "Viimeksi tarkistettu",
    "form.label.parent_id": "Ylempi toimittaja",
    "form.label.descriptions": "Julkinen kuvaus",
    "form.label.locations": "Sijainti",
    "form.label.safeguards": "Siirtoperuste",
    "form.label.services": "Palvelu",
    "form.label.vendors": "Toimittaja",
    "form.label.vendor_ids": "Toimittaja",
    "form.label.service_ids": "Palvelu",
    "form.label.dpa": "Käsittelysopimus",
    "form.label.business_function": "Toiminto",
    "form.label.legal_basis": "Käsittelyperuste",
    "form.label.art9_condition": "Erityiset henkilötietoryhmät",
    "form.label.retention": "Säilytysaika",
    "form.label.controllers": "Rekisterinpitäjä",
    "form.label.dpia_status": "Vaikutustenarviointi",
    "form.label.dpia_link": "Vaikutustenarvioinnin linkki",
    "form.label.email": "Sähköposti",
    "form.label.phone": "Puhelin",
    "form.label.dpo_name": "Tietosuojavastaava",
    "form.label.dpo_email": "Tietosuojavastaavan sähköposti",
    "form.label.dpo_phone": "Tietosuojavastaavan puhelin",
    "form.label.supervisory_authority": "Valvontaviranomainen",
    "form.label.objection_contact": "Vastustukset osoitteeseen",
    "form.label.is_controller": "Rooli",
    "form.label.notice_days": "Ilmoitusaika",
    "form.label.review_interval_months": "Tarkistusväli",
    "record.organisation": "Organisaatio",
}

FORM_TABLES: dict[str, dict[str, str]] = {"en": EN, "nb": NB, "da": DA, "sv": SV, "fi": FI}
