"""The demo registry: Smart Solution AS, built from the seed documents.

``build_demo`` fills an empty registry with the registry a privacy officer at a Norwegian
IT-services company would keep: the organisation, its vendors and their own sub-processors
(Zendesk → Amazon Web Services, Microsoft Ireland → Microsoft Corporation, Google Ireland →
Google LLC), the services with the vendors each uses, and the Article 30 records. Facts come
from the seed documents (five Nordic privacy policies); the wording is ours. Every date is
fixed, so the demo is the same on every machine; it is written to be assessed as of
:data:`DEMO_AS_OF`.

The demo holds these problems on purpose, so that every kind of finding can be seen:

- Mailchimp (The Rocket Science Group LLC, US) still relies on the EU-US Privacy Shield, as
  seed 003 does: an error (dead mechanism).
- Splashtop Inc. (US) is covered by the 2021 SCCs, module 3, without a transfer impact
  assessment: a warning.
- LinkedIn's DPF certification was last checked more than 12 months ago: a warning.
- Web Norge AS hosts the website and contact form without a signed DPA: an error.
- Wannafind's review was due in May 2025: an overdue review.
- LINK Mobility AS is a planned sub-processor (from January 2027).
- The record "Phone calls and call-backs" has no erasure time limits and no security
  measures: Article 30 completeness warnings.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy.orm import Session

from registry import model
from registry.enums import (
    ActivityRole,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Mechanism,
    TiaOutcome,
    VendorRole,
    VendorStatus,
)
from registry.maintenance import ensure_empty

DEMO_AS_OF = dt.date(2026, 11, 21)
"""The date the demo is written for: its review dates and DPF checks are relative to it."""

HOSTING = LocationKind.HOSTING
SUPPORT = LocationKind.SUPPORT
PROCESSING = LocationKind.PROCESSING
BACKUP = LocationKind.BACKUP

SUB = VendorRole.SUB_PROCESSOR
PROCESSOR = VendorRole.PROCESSOR
CONTROLLER = VendorRole.INDEPENDENT_CONTROLLER


def d(iso: str) -> dt.date:
    """A fixed date, written as ISO text so the tables below read easily."""
    return dt.date.fromisoformat(iso)


# --- small builders -----------------------------------------------------------------------


def loc(country: str, kind: LocationKind, detail: str) -> model.Location:
    return model.Location(country=country, kind=kind, detail=detail)


def dpa(signed: str, version: str, reference: str, review: str | None = None,
        notice_days: int | None = 30) -> model.Dpa:
    return model.Dpa(
        signed_date=d(signed),
        version=version,
        reference=reference,
        review_date=d(review) if review else None,
        notice_days=notice_days,
    )


def dpf(checked: str, documents: str = "") -> model.Safeguard:
    """The EU-US Data Privacy Framework, with the date the DPF List was last checked."""
    return model.Safeguard(
        country="US", mechanism=Mechanism.EU_US_DPF, dpf_certified=True,
        dpf_checked=d(checked), documents=documents,
    )


def scc(country: str, module: int, tia: str | None = None, measures: str = "",
        documents: str = "", mechanism: Mechanism = Mechanism.SCC_2021) -> model.Safeguard:
    """SCCs (or BCR) with a transfer impact assessment when ``tia`` is given."""
    return model.Safeguard(
        country=country,
        mechanism=mechanism,
        scc_module=module if mechanism == Mechanism.SCC_2021 else None,
        tia_date=d(tia) if tia else None,
        tia_outcome=TiaOutcome.ADEQUATE_WITH_MEASURES if tia else None,
        supplementary_measures=measures,
        documents=documents,
    )


def reviewed(last: str, following: str) -> dict[str, dt.date]:
    return {"last_reviewed": d(last), "next_review": d(following)}


# --- the organisation -----------------------------------------------------------------------


def fill_organisation(session: Session) -> model.Organisation:
    org = session.get(model.Organisation, 1) or model.Organisation(id=1)
    org.name = "Smart Solution AS"
    org.registration_number = "986901051"
    org.address = "Billingstadsletta 83, 4. etg., 1396 Billingstad"
    org.country = "NO"
    org.email = "info@smrt.no"
    org.phone = "+47 66 85 90 00"
    org.website = "https://smrt.no"
    org.dpo_name = "Marte Lien"
    org.dpo_email = "personvern@smrt.no"
    org.dpo_phone = "+47 66 85 90 00"
    org.representative = ""
    org.supervisory_authority = "Datatilsynet (Norway)"
    org.is_controller = True
    org.is_processor = True
    org.objection_contact = "personvern@smrt.no"
    org.notice_days = 30
    org.review_interval_months = 12
    session.add(org)
    return org


# --- vendors --------------------------------------------------------------------------------


def operations_vendors() -> dict[str, model.Vendor]:
    """Hosting, operations and endpoint security (seed 004, seed 001)."""
    return {
        "advania": model.Vendor(
            name="Advania",
            legal_name="Advania Norge AS",
            former_names=["TeleComputing"],
            address="Oslo, Norway",
            country="NO",
            website="https://www.advania.no",
            contact_email="",
            role=SUB,
            start_date=d("2016-03-01"),
            descriptions={
                "en": "Runs our operations platform. All platforms and the operations staff "
                      "who look after our customers' solutions are in Norway.",
                "nb": "Drifter plattformen vår. Alle plattformer og driftspersonellet som "
                      "følger opp kundenes løsninger, er i Norge.",
            },
            internal_notes="Known as TeleComputing when the contract was signed; invoices "
                           "still carry the old customer number. Three-year renewal in 2025.",
            certifications=["ISO 27001", "ISO 9001"],
            locations=[
                loc("NO", HOSTING, "Advania data centre, Oslo region"),
                loc("NO", BACKUP, "Secondary data centre, Norway (encrypted copies)"),
                loc("NO", SUPPORT, "Dedicated operations team, Norway"),
            ],
            dpa=dpa("2018-06-15", "3.0", "DBA Advania/Smart Solution 2018, signed copy in "
                    "the contract archive", review="2027-06-30"),
            **reviewed("2026-06-10", "2027-06-10"),
        ),
        "sentia": model.Vendor(
            name="Sentia",
            legal_name="Sentia Denmark A/S",
            registration_number="10008123",
            address="Lyskær 3 A, 2730 Herlev, Denmark",
            country="DK",
            website="https://www.sentia.dk",
            role=SUB,
            start_date=d("2019-04-01"),
            descriptions={
                "en": "Hosts the servers of the SMS gateway in Denmark, with redundant power "
                      "and lines, fire suppression and encrypted backups.",
                "nb": "Drifter serverne til SMS-gatewayen i Danmark, med redundant strøm og "
                      "linjer, slukkeanlegg og krypterte sikkerhetskopier.",
                "da": "Hoster SMS-gatewayens servere i Danmark med redundant strøm og "
                      "forbindelser, slukningsanlæg og krypteret backup.",
            },
            internal_notes="Came with the Danish SMS platform we took over in 2019.",
            certifications=["ISAE 3402 type II"],
            locations=[
                loc("DK", HOSTING, "Sentia data centre, Copenhagen area"),
                loc("DK", BACKUP, "Off-site encrypted backup, Denmark"),
                loc("DK", SUPPORT, "24/7 operations desk, Herlev"),
            ],
            dpa=dpa("2019-04-01", "2.1", "Databehandleraftale Sentia, April 2019",
                    review="2027-04-01"),
            **reviewed("2026-03-20", "2027-03-20"),
        ),
        "heimdal": model.Vendor(
            name="Heimdal Security",
            legal_name="Heimdal Security A/S",
            registration_number="35802495",
            address="Vester Farimagsgade 1, 2. sal, 1606 København V, Denmark",
            country="DK",
            website="https://heimdalsecurity.com",
            privacy_url="https://heimdalsecurity.com/license-agreement-and-privacy-policy",
            role=SUB,
            start_date=d("2021-09-01"),
            descriptions={
                "en": "Endpoint protection software and services (Enterprise edition) for the "
                      "computers we manage.",
                "nb": "Programvare og tjenester for sikring av endepunkter (Enterprise-utgaven) "
                      "på maskinene vi drifter.",
                "da": "Software og tjenester til beskyttelse af endepunkter (Enterprise-udgaven) "
                      "på de maskiner, vi driver.",
            },
            locations=[
                loc("DK", SUPPORT, "Support and security operations, Copenhagen"),
                loc("NL", HOSTING, "Management console, Microsoft Azure West Europe"),
            ],
            dpa=dpa("2021-09-01", "2021", "Heimdal DPA accepted with the Enterprise licence"),
            **reviewed("2026-08-25", "2027-08-25"),
        ),
    }


def support_vendors() -> dict[str, model.Vendor]:
    """Support desk and remote-support tools (seed 004)."""
    return {
        "teamviewer": model.Vendor(
            name="TeamViewer",
            legal_name="TeamViewer Germany GmbH",
            former_names=["TeamViewer GmbH"],
            registration_number="DE245838579",
            address="Jahnstr. 30, 73037 Göppingen, Germany",
            country="DE",
            website="https://www.teamviewer.com",
            role=SUB,
            start_date=d("2017-09-01"),
            descriptions={
                "en": "Remote-support tool our consultants use to connect to your computer "
                      "when you ask for help.",
                "nb": "Verktøy for fjernsupport som konsulentene våre bruker for å koble seg "
                      "til maskinen din når du ber om hjelp.",
            },
            internal_notes="Sessions may be relayed through TeamViewer routers outside the "
                           "EEA; content is end-to-end encrypted. Ask for the router regions "
                           "at the next review.",
            certifications=["ISO 27001", "SOC 2 Type II"],
            locations=[
                loc("DE", HOSTING, "TeamViewer account and licence servers, Germany"),
                loc("DE", SUPPORT, "TeamViewer support, Göppingen"),
            ],
            dpa=dpa("2018-05-24", "2023", "TeamViewer DPA accepted in the Management Console",
                    notice_days=30),
            **reviewed("2026-05-12", "2027-05-12"),
        ),
        "splashtop": model.Vendor(
            name="Splashtop",
            legal_name="Splashtop Inc.",
            address="Cupertino, California, USA. European HQ: Piet Heinkade 133-135, "
                    "1019 GM Amsterdam, the Netherlands",
            country="US",
            website="https://www.splashtop.com",
            privacy_url="https://www.splashtop.com/security/compliance",
            role=SUB,
            start_date=d("2022-10-01"),
            descriptions={
                "en": "Remote-support tool used by our customer consultants; the service is "
                      "run from its European data centre.",
                "nb": "Verktøy for fjernsupport som kundekonsulentene våre bruker; tjenesten "
                      "leveres fra det europeiske datasenteret.",
            },
            internal_notes="TIA asked for in September 2026; Splashtop has not answered yet.",
            certifications=["ISO 27001", "SOC 2 Type II"],
            locations=[
                loc("DE", HOSTING, "Splashtop EU data centre, Frankfurt"),
                loc("NL", SUPPORT, "European HQ, Amsterdam"),
                loc("US", SUPPORT, "Splashtop Inc. operations and support, USA"),
            ],
            safeguards=[scc("US", 3, documents="Splashtop DPA with SCCs 2021/914, module 3")],
            dpa=dpa("2022-10-01", "2022", "Splashtop Data Processing Addendum"),
            **reviewed("2026-09-15", "2027-09-15"),
        ),
        "zendesk": model.Vendor(
            name="Zendesk",
            legal_name="Zendesk, Inc.",
            address="1019 Market Street, San Francisco, CA 94103, USA",
            country="US",
            website="https://www.zendesk.com",
            privacy_url="https://www.zendesk.com/company/privacy-and-data-protection/",
            role=SUB,
            start_date=d("2019-03-01"),
            descriptions={
                "en": "Our support system. The ticket data is stored with Amazon Web Services "
                      "in Ireland or Germany, but Zendesk is a US company and its staff can "
                      "reach the data from outside the EU.",
                "nb": "Supportsystemet vårt. Sakene lagres hos Amazon Web Services i Irland "
                      "eller Tyskland, men Zendesk er et amerikansk selskap, og ansatte der kan "
                      "få tilgang til dataene fra land utenfor EU.",
            },
            internal_notes="EU data-centre option bought with the Suite plan; renew it with "
                           "the plan. Our 2023 list said 'outside the EU', which is right.",
            certifications=["ISO 27001", "ISO 27018", "SOC 2 Type II"],
            locations=[
                loc("IE", HOSTING, "AWS eu-west-1, Dublin"),
                loc("DE", HOSTING, "AWS eu-central-1, Frankfurt"),
                loc("US", SUPPORT, "Zendesk, Inc. support and engineering, USA"),
                loc("PH", SUPPORT, "Zendesk customer support centre, Manila"),
            ],
            safeguards=[
                dpf("2026-10-14", "DPF List entry for Zendesk, Inc."),
                scc("PH", 3, tia="2026-03-18", mechanism=Mechanism.BCR,
                    measures="Access from Manila is logged and limited to tickets opened to "
                             "Zendesk support; no bulk export.",
                    documents="Zendesk Binding Corporate Rules (processor)"),
            ],
            dpa=dpa("2019-03-01", "2023", "Zendesk Data Processing Agreement, countersigned "
                    "copy in the contract archive", review="2027-03-01"),
            **reviewed("2026-10-14", "2027-10-14"),
        ),
        "aws": model.Vendor(
            name="Amazon Web Services",
            legal_name="Amazon Web Services EMEA SARL",
            registration_number="LU26888617",
            address="38 Avenue John F. Kennedy, L-1855 Luxembourg",
            country="LU",
            website="https://aws.amazon.com",
            privacy_url="https://aws.amazon.com/privacy/",
            role=SUB,
            start_date=d("2019-03-01"),
            descriptions={
                "en": "Zendesk's hosting provider: stores the support system's data in "
                      "Ireland and Germany.",
                "nb": "Zendesks driftsleverandør: lagrer dataene i supportsystemet i Irland "
                      "og Tyskland.",
            },
            certifications=["ISO 27001", "ISO 27017", "ISO 27018", "SOC 2 Type II"],
            locations=[
                loc("IE", HOSTING, "AWS eu-west-1, Dublin"),
                loc("DE", HOSTING, "AWS eu-central-1, Frankfurt"),
                loc("US", SUPPORT, "Amazon Web Services, Inc., operations access"),
            ],
            safeguards=[
                scc("US", 3, tia="2026-01-22",
                    measures="Encryption in transit and at rest with Zendesk-managed keys; "
                             "AWS access to customer content only on a documented request.",
                    documents="AWS GDPR Data Processing Addendum with SCCs 2021/914"),
            ],
            dpa=dpa("2019-03-01", "AWS DPA", "AWS Data Processing Addendum, binding on "
                    "Zendesk (listed on Zendesk's sub-processor page)", notice_days=None),
            **reviewed("2026-10-14", "2027-10-14"),
        ),
    }


def messaging_vendors() -> dict[str, model.Vendor]:
    """SMS delivery and e-mail (seed 001, seed 004)."""
    return {
        "sinch": model.Vendor(
            name="Sinch",
            legal_name="Sinch AB",
            former_names=["CLX Communications AB"],
            registration_number="556882-8908",
            address="Lindhagensgatan 112, 112 51 Stockholm, Sweden",
            country="SE",
            website="https://www.sinch.com",
            role=SUB,
            start_date=d("2019-04-01"),
            descriptions={
                "en": "Delivers our SMS messages to the mobile operators, including premium "
                      "and donation SMS.",
                "nb": "Leverer SMS-meldingene våre til mobiloperatørene, også innholdstakserte "
                      "SMS og innsamlings-SMS.",
                "da": "Leverer vores SMS-beskeder til mobiloperatørerne, også "
                      "indholdstakserede SMS og donations-SMS.",
                "sv": "Levererar våra sms till mobiloperatörerna, även betal-sms och "
                      "insamlings-sms.",
            },
            certifications=["ISO 27001"],
            locations=[
                loc("SE", PROCESSING, "SMS platform and operator connections, Stockholm"),
                loc("SE", HOSTING, "Data centres in Sweden"),
                loc("IN", SUPPORT, "Sinch engineering and 24/7 support, India"),
            ],
            safeguards=[
                scc("IN", 3, tia="2026-04-20",
                    measures="Support staff in India see traffic metadata only; message "
                             "bodies are masked in the support tools.",
                    documents="Sinch DPA, SCCs 2021/914 module 3 (intra-group)"),
            ],
            dpa=dpa("2019-05-01", "2024", "Sinch Data Processing Agreement",
                    review="2027-05-01"),
            **reviewed("2026-04-20", "2027-04-20"),
        ),
        "link": model.Vendor(
            name="LINK Mobility",
            legal_name="LINK Mobility AS",
            address="Oslo, Norway",
            country="NO",
            website="https://www.linkmobility.com",
            role=SUB,
            status=VendorStatus.PLANNED,
            start_date=d("2027-01-15"),
            descriptions={
                "en": "Second SMS route for Norwegian mobile numbers, from January 2027.",
                "nb": "Ekstra SMS-rute for norske mobilnumre, fra januar 2027.",
            },
            internal_notes="Chosen as a second route for redundancy. Customers must get the "
                           "change notice at least 30 days before the start.",
            locations=[loc("NO", PROCESSING, "SMS routing to Norwegian operators")],
            dpa=dpa("2026-11-05", "2026", "LINK Mobility databehandleravtale, signed "
                    "5 Nov 2026"),
            **reviewed("2026-11-05", "2027-11-05"),
        ),
        "make": model.Vendor(
            name="Make",
            legal_name="Make AS",
            registration_number="993555002",
            address="Norway",
            country="NO",
            website="https://www.make.as",
            privacy_url="https://www.make.as/personopplysninger/",
            role=SUB,
            start_date=d("2020-02-01"),
            descriptions={
                "en": "Sends our e-mail to customers. Make is a Norwegian company; the data "
                      "is not stored outside Norway and the whole service is produced there.",
                "nb": "Sender e-post fra oss til kundene. Make er et norsk selskap; dataene "
                      "lagres ikke utenfor Norge, og hele tjenesten produseres her.",
            },
            locations=[
                loc("NO", HOSTING, "E-mail platform, Norway"),
                loc("NO", PROCESSING, "Sending and bounce handling, Norway"),
            ],
            dpa=dpa("2020-02-01", "1.2", "Make AS databehandleravtale (underleverandør)"),
            **reviewed("2026-02-03", "2027-02-03"),
        ),
        "vipre": model.Vendor(
            name="Vipre",
            legal_name="J2 Global Norway AS",
            former_names=["Comendo", "FuseMail"],
            address="Norway",
            country="NO",
            website="https://global.vipre.com",
            privacy_url="https://global.vipre.com/nb/gdpr/",
            role=SUB,
            start_date=d("2018-01-01"),
            descriptions={
                "en": "Spam and malware filtering of e-mail for better e-mail security.",
                "nb": "Spam- og skadevarefilter for e-post, for bedre e-postsikkerhet.",
            },
            internal_notes="Bought as Comendo, later FuseMail; now sold as Vipre by J2 Global "
                           "Norway AS. Check the contracting entity at the next review.",
            locations=[
                loc("DK", PROCESSING, "Mail filtering cluster, Denmark"),
                loc("NO", SUPPORT, "Support, Norway"),
                loc("US", SUPPORT, "Third-line support, Vipre Security, USA"),
            ],
            safeguards=[
                scc("US", 3, tia="2026-02-12",
                    measures="US staff connect only on an escalated ticket, with "
                             "just-in-time accounts; all access is logged.",
                    documents="Vipre DPA with SCCs 2021/914, module 3"),
            ],
            dpa=dpa("2019-01-15", "2021", "Vipre/J2 Global databehandleravtale"),
            **reviewed("2026-02-12", "2027-02-12"),
        ),
        "wannafind": model.Vendor(
            name="Wannafind",
            address="Denmark",
            country="DK",
            website="https://www.wannafind.dk",
            role=SUB,
            start_date=d("2019-04-01"),
            descriptions={
                "en": "Checks e-mail sent to the SMS gateway for spam and viruses.",
                "nb": "Sjekker e-post som sendes til SMS-gatewayen for spam og virus.",
                "da": "Kontrollerer e-mails til SMS-gatewayen for spam og virus.",
            },
            internal_notes="The company behind the Wannafind brand has changed since the DPA "
                           "was signed: confirm the legal entity and registration number.",
            locations=[loc("DK", PROCESSING, "Spam and virus filtering, Denmark")],
            dpa=dpa("2019-04-01", "2018", "Wannafind databehandleraftale"),
            **reviewed("2024-05-14", "2025-05-14"),
        ),
    }


def cloud_vendors() -> dict[str, model.Vendor]:
    """Microsoft and Google: an EU contracting entity with a US parent as sub-processor."""
    return {
        "microsoft": model.Vendor(
            name="Microsoft Ireland",
            legal_name="Microsoft Ireland Operations Limited",
            registration_number="IE8256796U",
            address="One Microsoft Place, South County Business Park, Leopardstown, "
                    "Dublin 18, D18 P521, Ireland",
            country="IE",
            website="https://www.microsoft.com",
            privacy_url="https://privacy.microsoft.com",
            dpa_url="https://aka.ms/DPA",
            role=PROCESSOR,
            start_date=d("2016-01-01"),
            descriptions={
                "en": "Microsoft 365: e-mail, documents and Teams for our staff. Data is "
                      "stored in Norway; Microsoft Corporation in the USA can access it.",
                "nb": "Microsoft 365: e-post, dokumenter og Teams for de ansatte. Dataene "
                      "lagres i Norge; Microsoft Corporation i USA kan få tilgang.",
            },
            certifications=["ISO 27001", "ISO 27018", "SOC 2 Type II"],
            locations=[
                loc("NO", HOSTING, "Microsoft 365, Norway East (Oslo) and Norway West"),
                loc("IE", HOSTING, "Azure North Europe, Dublin (service redundancy)"),
            ],
            dpa=dpa("2018-05-25", "2026-01", "Microsoft Products and Services DPA, part of "
                    "the licence agreement", notice_days=180),
            **reviewed("2026-09-03", "2027-09-03"),
        ),
        "microsoft_us": model.Vendor(
            name="Microsoft Corporation",
            legal_name="Microsoft Corporation",
            registration_number="91-1144442",
            address="One Microsoft Way, Redmond, WA 98052, USA",
            country="US",
            website="https://www.microsoft.com",
            privacy_url="https://privacy.microsoft.com",
            role=SUB,
            start_date=d("2016-01-01"),
            descriptions={
                "en": "Microsoft's parent company: engineering and support access to "
                      "Microsoft 365 from the USA.",
                "nb": "Morselskapet til Microsoft: tilgang fra USA for utvikling og support "
                      "av Microsoft 365.",
            },
            locations=[loc("US", SUPPORT, "Engineering and support access, USA")],
            safeguards=[dpf("2026-09-03", "DPF List entry for Microsoft Corporation")],
            dpa=dpa("2018-05-25", "2026-01", "Microsoft Products and Services DPA (binds "
                    "Microsoft Corporation as sub-processor)", notice_days=180),
            **reviewed("2026-09-03", "2027-09-03"),
        ),
        "google": model.Vendor(
            name="Google Ireland",
            legal_name="Google Ireland Limited",
            registration_number="IE6388047V",
            address="Gordon House, Barrow Street, Dublin 4, D04 E5W5, Ireland",
            country="IE",
            website="https://www.google.com",
            privacy_url="https://policies.google.com/privacy",
            dpa_url="https://business.safety.google/adsprocessorterms/",
            role=PROCESSOR,
            start_date=d("2015-06-01"),
            descriptions={
                "en": "Google Analytics and Google Ads on our website: visitor statistics "
                      "and advertising, only with the visitor's consent.",
                "nb": "Google Analytics og Google Ads på nettsiden vår: besøksstatistikk og "
                      "annonsering, bare når den besøkende samtykker.",
            },
            certifications=["ISO 27001", "SOC 2 Type II"],
            locations=[
                loc("IE", PROCESSING, "Google Analytics, EU processing"),
                loc("BE", HOSTING, "Google data centre, St. Ghislain"),
                loc("FI", HOSTING, "Google data centre, Hamina"),
            ],
            dpa=dpa("2020-08-12", "2023", "Google Ads Data Processing Terms, accepted in the "
                    "Analytics admin console", notice_days=None),
            **reviewed("2026-10-02", "2027-10-02"),
        ),
        "google_us": model.Vendor(
            name="Google LLC",
            legal_name="Google LLC",
            address="1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
            country="US",
            website="https://www.google.com",
            privacy_url="https://policies.google.com/privacy",
            role=SUB,
            start_date=d("2015-06-01"),
            descriptions={
                "en": "Google's US parent company: runs data centres in the USA that may "
                      "process Analytics data.",
                "nb": "Det amerikanske morselskapet til Google: driver datasentre i USA som "
                      "kan behandle Analytics-data.",
            },
            locations=[loc("US", HOSTING, "Google data centres, USA")],
            safeguards=[dpf("2026-10-02", "DPF List entry for Google LLC")],
            dpa=dpa("2020-08-12", "2023", "Google Ads Data Processing Terms (Google LLC as "
                    "sub-processor)", notice_days=None),
            **reviewed("2026-10-02", "2027-10-02"),
        ),
    }


def marketing_vendors() -> dict[str, model.Vendor]:
    """Newsletter and advertising networks (seed 001, seed 003)."""
    return {
        "mailchimp": model.Vendor(
            name="Mailchimp",
            legal_name="The Rocket Science Group LLC",
            address="675 Ponce de Leon Ave NE, Suite 5000, Atlanta, GA 30308, USA",
            country="US",
            website="https://mailchimp.com",
            privacy_url="https://www.intuit.com/privacy/statement/",
            dpa_url="https://mailchimp.com/legal/data-processing-addendum/",
            role=PROCESSOR,
            start_date=d("2017-11-01"),
            descriptions={
                "en": "Sends our newsletter to people who have signed up for it.",
                "nb": "Sender nyhetsbrevet vårt til dem som har meldt seg på.",
            },
            internal_notes="The transfer record was copied from 2018 and still names the "
                           "Privacy Shield. Replace it: check the DPF List for The Rocket "
                           "Science Group LLC, or rely on the SCCs in the current DPA.",
            locations=[loc("US", HOSTING, "Mailchimp data centres, USA")],
            safeguards=[
                model.Safeguard(country="US", mechanism=Mechanism.PRIVACY_SHIELD,
                                documents="Privacy Shield certification (2018)"),
            ],
            dpa=dpa("2018-05-22", "2018", "Mailchimp Data Processing Addendum, accepted "
                    "online"),
            **reviewed("2026-01-10", "2027-01-10"),
        ),
        "meta": model.Vendor(
            name="Meta (Facebook)",
            legal_name="Meta Platforms Ireland Limited",
            former_names=["Facebook Ireland Limited"],
            registration_number="IE9692928F",
            address="Merrion Road, Dublin 4, D04 X2K5, Ireland",
            country="IE",
            website="https://about.meta.com",
            privacy_url="https://www.facebook.com/privacy/policy/",
            role=CONTROLLER,
            start_date=d("2017-03-01"),
            descriptions={
                "en": "Advertising network for our own adverts. We share no customer data "
                      "with it.",
                "nb": "Annonsenettverk for våre egne annonser. Vi deler ingen kundedata med "
                      "det.",
            },
            locations=[
                loc("IE", PROCESSING, "Meta advertising platform, Dublin"),
                loc("US", PROCESSING, "Meta Platforms, Inc., USA"),
            ],
            safeguards=[dpf("2026-08-11", "DPF List entry for Meta Platforms, Inc.")],
            **reviewed("2026-08-11", "2027-08-11"),
        ),
        "linkedin": model.Vendor(
            name="LinkedIn",
            legal_name="LinkedIn Ireland Unlimited Company",
            registration_number="IE9740425P",
            address="Wilton Plaza, Wilton Place, Dublin 2, Ireland",
            country="IE",
            website="https://www.linkedin.com",
            privacy_url="https://www.linkedin.com/legal/privacy-policy",
            role=CONTROLLER,
            start_date=d("2017-03-01"),
            descriptions={
                "en": "Advertising network for our own adverts. We share no customer data "
                      "with it.",
                "nb": "Annonsenettverk for våre egne annonser. Vi deler ingen kundedata med "
                      "det.",
            },
            locations=[
                loc("IE", PROCESSING, "LinkedIn advertising, Dublin"),
                loc("US", PROCESSING, "LinkedIn Corporation, USA"),
            ],
            safeguards=[dpf("2025-06-10", "DPF List entry for LinkedIn Corporation")],
            **reviewed("2026-06-10", "2027-06-10"),
        ),
    }


def local_vendors() -> dict[str, model.Vendor]:
    """Telephony, website and bookkeeping: small Norwegian processors."""
    return {
        "telenor": model.Vendor(
            name="Telenor",
            legal_name="Telenor Norge AS",
            registration_number="976967631",
            address="Snarøyveien 30, 1360 Fornebu, Norway",
            country="NO",
            website="https://www.telenor.no",
            role=PROCESSOR,
            start_date=d("2015-01-01"),
            descriptions={
                "en": "Our business switchboard: incoming numbers are logged so that we can "
                      "call people back.",
                "nb": "Bedriftssentralbordet vårt: innkommende numre logges slik at vi kan "
                      "ringe tilbake.",
            },
            locations=[loc("NO", PROCESSING, "Business switchboard and call log, Norway")],
            dpa=dpa("2019-09-01", "2019", "Telenor Bedrift databehandleravtale"),
            **reviewed("2026-04-02", "2027-04-02"),
        ),
        "webnorge": model.Vendor(
            name="Web Norge",
            legal_name="Web Norge AS",
            address="Norway",
            country="NO",
            role=PROCESSOR,
            start_date=d("2018-03-01"),
            descriptions={
                "en": "Designs and hosts our website, including the contact form.",
                "nb": "Har laget og drifter nettsiden vår, også kontaktskjemaet.",
            },
            internal_notes="No signed DPA in the contract archive. Asked for one on "
                           "2 Oct 2026; follow up.",
            locations=[loc("NO", HOSTING, "Website and contact form hosting, Norway")],
            **reviewed("2026-10-02", "2027-04-02"),
        ),
        "accounting": model.Vendor(
            name="Asker Økonomi & Regnskap",
            legal_name="Asker Økonomi & Regnskap AS",
            address="Asker, Norway",
            country="NO",
            role=PROCESSOR,
            start_date=d("2021-01-04"),
            descriptions={
                "en": "Authorised accounting firm: keeps our books and prepares the annual "
                      "accounts.",
                "nb": "Autorisert regnskapsførerselskap: fører regnskapet vårt og utarbeider "
                      "årsregnskapet.",
            },
            internal_notes="DPA is an appendix to the engagement letter; renewed each year.",
            locations=[loc("NO", PROCESSING, "Bookkeeping and annual accounts, Asker")],
            dpa=dpa("2021-01-04", "2026", "Appendix 2 to the engagement letter",
                    review="2027-01-04", notice_days=14),
            **reviewed("2026-01-06", "2027-01-06"),
        ),
    }


def demo_vendors() -> dict[str, model.Vendor]:
    """Every vendor of the demo by key, with the sub-processor chains linked."""
    vendors: dict[str, model.Vendor] = {}
    for group in (operations_vendors, support_vendors, messaging_vendors, cloud_vendors,
                  marketing_vendors, local_vendors):
        vendors.update(group())
    for child, parent in (("aws", "zendesk"), ("microsoft_us", "microsoft"),
                          ("google_us", "google")):
        vendors[child].parent = vendors[parent]
    return vendors


# --- services -------------------------------------------------------------------------------


class ServiceSpec(NamedTuple):
    name: str
    description: str
    vendors: tuple[tuple[str, str], ...]
    """``(vendor key, purpose)`` pairs."""


SERVICES: tuple[ServiceSpec, ...] = (
    ServiceSpec("SMS gateway", "Sending and receiving SMS for customers' systems, by API, "
                "SMPP or e-mail to SMS, with delivery reports.", (
                    ("sinch", "Delivery of SMS to the mobile operators, incl. premium SMS"),
                    ("sentia", "Hosting of the SMS platform servers in Denmark"),
                    ("wannafind", "Spam and virus check of e-mail converted to SMS"),
                    ("link", "Second route for Norwegian numbers (from January 2027)"),
                )),
    ServiceSpec("Helpdesk", "Support for customers and their users by e-mail, phone and "
                "the support portal.", (
                    ("zendesk", "Ticket system for support requests"),
                    ("aws", "Storage of the ticket data (Zendesk's hosting)"),
                    ("microsoft", "E-mail and Teams used to answer requests"),
                )),
    ServiceSpec("Remote support", "Our consultants connect to a user's computer, only when "
                "the user asks and accepts the session.", (
                    ("teamviewer", "Remote-support sessions"),
                    ("splashtop", "Remote-support sessions for customer consultants"),
                )),
    ServiceSpec("Managed IT operations", "Operation of servers, user accounts and endpoints "
                "for business customers, produced in Norway by Norwegian staff.", (
                    ("advania", "Operations platform and operations staff in Norway"),
                    ("heimdal", "Endpoint protection of managed computers"),
                    ("microsoft", "Microsoft 365 tenants administered for customers"),
                    ("microsoft_us", "Microsoft engineering and support access"),
                )),
    ServiceSpec("E-mail", "E-mail sending to customers and filtering of customers' "
                "mailboxes.", (
                    ("make", "Sending of e-mail to customers, in Norway only"),
                    ("vipre", "Spam and malware filtering of mailboxes"),
                    ("wannafind", "Spam and virus filtering of inbound mail"),
                )),
    ServiceSpec("Website", "smartsolution.no and smrt.no: information, contact form and "
                "newsletter sign-up.", (
                    ("webnorge", "Hosting of the website and contact form"),
                    ("google", "Visitor statistics (Google Analytics) and adverts"),
                    ("meta", "Adverts on Facebook and Instagram"),
                    ("linkedin", "Adverts on LinkedIn"),
                    ("mailchimp", "Newsletter sign-up and sending"),
                )),
)


def build_services(vendors: dict[str, model.Vendor]) -> dict[str, model.Service]:
    services: dict[str, model.Service] = {}
    for spec in SERVICES:
        service = model.Service(name=spec.name, description=spec.description)
        service.vendor_links = [
            model.ServiceVendor(vendor=vendors[key], purpose=purpose)
            for key, purpose in spec.vendors
        ]
        services[spec.name] = service
    return services


# --- processing activities -----------------------------------------------------------------


RIGHTS_CONTROLLER = (
    "Access, rectification, erasure, restriction, portability and objection; requests to "
    "personvern@smrt.no, answered within one month. Complaints to Datatilsynet."
)
RIGHTS_CONSENT = RIGHTS_CONTROLLER + " Consent can be withdrawn at any time."
RIGHTS_PROCESSOR = (
    "Requests from data subjects are passed on to the customer (the controller) without "
    "delay; we help the customer answer them as the DPA requires."
)
NO_AUTOMATED = "No automated decisions or profiling."
TRANSPORT = "TLS on every connection (HTTPS, SMTP with STARTTLS, SMPP over TLS)"
SMS_CUSTOMERS = [{"name": "Customers of the SMS gateway",
                  "contact": "The customer's contact person registered in the customer portal"}]
IT_CUSTOMERS = [{"name": "Customers of Managed IT operations",
                 "contact": "The IT contact person named in each customer's agreement"}]
EMAIL_CUSTOMERS = [{"name": "Customers of the e-mail filtering service",
                    "contact": "The IT contact person named in each customer's agreement"}]


class ActivitySpec(NamedTuple):
    activity: model.Activity
    vendors: tuple[str, ...]
    services: tuple[str, ...]


def processor_activities() -> list[ActivitySpec]:
    """Records kept as a processor for customers (Art. 30(2))."""
    common = {"role": ActivityRole.PROCESSOR, "rights": RIGHTS_PROCESSOR,
              "automated_decisions": NO_AUTOMATED, **reviewed("2026-06-01", "2027-06-01")}
    return [
        ActivitySpec(model.Activity(
            name="SMS traffic and delivery log",
            business_function="SMS gateway",
            purposes="Sending customers' SMS to mobile operators, receiving replies, and "
                     "keeping a log so customers can look up message history and delivery "
                     "reports.",
            controllers=SMS_CUSTOMERS,
            data_subjects=["Recipients and senders of SMS", "Customers' users"],
            data_categories=["Mobile number", "Time stamp", "Message text (up to 160 "
                             "characters)", "Delivery status"],
            recipients=["Sinch (delivery to operators)", "Mobile operators",
                        "Sentia (hosting)"],
            retention=[{"category": "Number, time stamp and message text (160 characters)",
                        "period": "3 months, for history look-up and delivery reports"}],
            security_measures=f"{TRANSPORT}; SS7 between operators is a closed network; "
                              "servers in Denmark with encrypted online and off-site "
                              "backups; customers can ask for no logging.",
            source="The customer's system sends the messages through our API, SMPP or "
                   "e-mail.",
            **common,
        ), ("sinch", "sentia", "link"), ("SMS gateway",)),
        ActivitySpec(model.Activity(
            name="E-mail to SMS: copies for troubleshooting",
            business_function="SMS gateway",
            purposes="Keeping e-mails that customers send to be converted to SMS, so that "
                     "failed messages can be traced.",
            controllers=SMS_CUSTOMERS,
            data_subjects=["Customers' users", "Recipients of SMS"],
            data_categories=["E-mail address", "Mobile number", "Message text"],
            recipients=["Wannafind (spam and virus check)", "Sentia (hosting)"],
            retention=[{"category": "E-mail sent as SMS",
                        "period": "3 days, then deleted from systems and backups"}],
            security_measures=f"{TRANSPORT}; spam and virus filtering; encrypted backups.",
            source="E-mail from the customer's users.",
            **common,
        ), ("sentia", "wannafind", "sinch"), ("SMS gateway",)),
        ActivitySpec(model.Activity(
            name="Remote support sessions",
            business_function="Service desk",
            purposes="Connecting to a user's computer at the user's request to solve a "
                     "problem.",
            controllers=IT_CUSTOMERS,
            data_subjects=["Customers' employees"],
            data_categories=["Name", "Device name", "IP address", "Session log (who, when, "
                             "how long)", "Screen content seen during the session"],
            recipients=["TeamViewer", "Splashtop"],
            retention=[{"category": "Session log", "period": "12 months"},
                       {"category": "Screen content", "period": "Not recorded"}],
            security_measures="The user must accept each session; end-to-end encrypted "
                              "sessions; two-factor login for consultants; sessions logged.",
            source="The user's computer, during the session.",
            dpia_status=DpiaStatus.DONE,
            **common,
        ), ("teamviewer", "splashtop"), ("Remote support",)),
        ActivitySpec(model.Activity(
            name="Endpoint security for managed computers",
            business_function="Managed IT operations",
            purposes="Protecting the computers we manage against malware and intrusion.",
            controllers=IT_CUSTOMERS,
            data_subjects=["Customers' employees"],
            data_categories=["User name", "Device name", "IP address", "Installed software",
                             "Security events"],
            recipients=["Heimdal Security", "Advania (operations)"],
            retention=[{"category": "Security events", "period": "90 days"},
                       {"category": "Device inventory", "period": "Until the device leaves "
                        "the service, then 3 months"}],
            security_measures="Role-based access to the console with two-factor login; "
                              "TLS; logs in the EU.",
            source="The endpoint agent on each computer.",
            **common,
        ), ("heimdal", "advania"), ("Managed IT operations",)),
        ActivitySpec(model.Activity(
            name="Mail filtering for customer mailboxes",
            business_function="E-mail",
            purposes="Stopping spam and malware before it reaches customers' mailboxes.",
            controllers=EMAIL_CUSTOMERS,
            data_subjects=["Customers' employees", "People who e-mail them"],
            data_categories=["E-mail addresses", "Subject", "Message content (scanned)",
                             "Filter verdict"],
            recipients=["Vipre (J2 Global Norway AS)"],
            retention=[{"category": "Quarantined messages", "period": "30 days"},
                       {"category": "Message log", "period": "90 days"}],
            security_measures=f"{TRANSPORT}; filtering in the EU; US support only on "
                              "escalation with logged access.",
            source="Inbound e-mail.",
            **common,
        ), ("vipre",), ("E-mail",)),
    ]


def controller_activities() -> list[ActivitySpec]:
    """Records kept as controller (Art. 30(1))."""
    common = {"role": ActivityRole.CONTROLLER, "automated_decisions": NO_AUTOMATED,
              **reviewed("2026-06-01", "2027-06-01")}
    return [
        ActivitySpec(model.Activity(
            name="Customer administration",
            business_function="Sales and customer service",
            purposes="Registering customers, sending invoices and telling customers about "
                     "outages and other important changes by e-mail or SMS.",
            legal_basis=LegalBasis.CONTRACT,
            data_subjects=["Customers' contact persons"],
            data_categories=["Name", "Address", "E-mail address", "Mobile number",
                             "Organisation number"],
            recipients=["Make (e-mail)", "Sinch (SMS)", "Microsoft (Microsoft 365)"],
            retention=[{"category": "Customer record",
                        "period": "While the agreement runs; deleted within 3 months after "
                                  "it ends"}],
            security_measures="Access control by role, two-factor login, encrypted "
                              "storage in Microsoft 365 (Norway), TLS.",
            source="The customer, when the agreement is made.",
            rights=RIGHTS_CONTROLLER,
            **common,
        ), ("make", "sinch", "microsoft"), ("SMS gateway", "Managed IT operations")),
        ActivitySpec(model.Activity(
            name="User accounts and login history",
            business_function="Managed IT operations",
            purposes="Giving customers' employees access to our services, sending new "
                     "passwords, and keeping the last logins to detect misuse.",
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            legal_basis_detail="Art. 6(1)(f); the account itself follows from the "
                               "customer's agreement.",
            legitimate_interests="Keeping the services secure: detecting logins that are "
                                 "not the user's. Only the last 10 logins are kept.",
            data_subjects=["Customers' employees (users)"],
            data_categories=["Name", "Mobile number", "E-mail address", "Employer",
                             "Login and logout times", "Device name", "IP address",
                             "Approximate location"],
            recipients=["Advania (operations)", "Microsoft (Microsoft 365)"],
            retention=[
                {"category": "User profile",
                 "period": "While the user is active; deleted within 3 months after the "
                           "access is closed"},
                {"category": "Login history",
                 "period": "The last 10 logins; older ones are overwritten automatically"},
            ],
            security_measures="Passwords stored hashed; new passwords by SMS; two-factor "
                              "login; access logs; HTTPS.",
            source="The customer's IT contact, when the user is created.",
            rights=RIGHTS_CONTROLLER,
            **common,
        ), ("advania", "microsoft", "microsoft_us", "sinch"),
            ("Managed IT operations", "SMS gateway", "Helpdesk")),
        ActivitySpec(model.Activity(
            name="Invoicing and bookkeeping",
            business_function="Finance",
            purposes="Invoicing customers and keeping the accounts the Bookkeeping Act "
                     "requires.",
            legal_basis=LegalBasis.LEGAL_OBLIGATION,
            legal_basis_detail="Bokføringsloven (Norwegian Bookkeeping Act) § 13.",
            data_subjects=["Customers' contact persons"],
            data_categories=["Name", "Invoice address", "Invoice (PDF)",
                             "Payment time stamps and amounts"],
            recipients=["Asker Økonomi & Regnskap (accountant)", "Auditor", "Tax "
                        "authorities on request"],
            retention=[
                {"category": "Invoices (PDF)", "period": "5 years after the end of the "
                 "financial year (Bookkeeping Act)"},
                {"category": "Payment transactions", "period": "5 years"},
            ],
            security_measures="Accounting system with role-based access and two-factor "
                              "login; invoices sent as PDF or e-invoice (EHF).",
            source="Our own customer and billing systems.",
            rights=RIGHTS_CONTROLLER + " Erasure is limited while the law requires keeping "
                   "the records.",
            **common,
        ), ("accounting", "microsoft"), ()),
        ActivitySpec(model.Activity(
            name="Support tickets",
            business_function="Service desk",
            purposes="Answering support requests from customers and their users and "
                     "following them up.",
            legal_basis=LegalBasis.CONTRACT,
            data_subjects=["Customers' contact persons", "Customers' users"],
            data_categories=["Name", "E-mail address", "Phone number", "Request text and "
                             "attachments"],
            recipients=["Zendesk, Inc. (US)", "Amazon Web Services (Zendesk's hosting)"],
            retention=[{"category": "Tickets and attachments",
                        "period": "Deleted within 3 months after the last request is "
                                  "handled and the user is removed"}],
            security_measures="Data stored in Zendesk's EU data centres (AWS Ireland and "
                              "Germany); two-factor login for agents; HTTPS.",
            source="The person who asks for help.",
            rights=RIGHTS_CONTROLLER,
            transfer_notes="Zendesk, Inc. can access the data from the US (DPF) and the "
                           "Philippines (BCR).",
            **common,
        ), ("zendesk", "aws"), ("Helpdesk",)),
        ActivitySpec(model.Activity(
            name="Website contact form",
            business_function="Sales",
            purposes="Answering people who contact us through the form on the website.",
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            legitimate_interests="Replying to enquiries the person chose to send us.",
            data_subjects=["Website visitors who contact us"],
            data_categories=["Name", "E-mail address", "Phone number", "Company",
                             "Message", "IP address and browser version"],
            recipients=["Web Norge (hosting)", "Sales staff"],
            retention=[{"category": "Form submission (forwarded e-mail)",
                        "period": "Deleted when the enquiry has been answered"},
                       {"category": "IP address and browser version", "period": "30 days"}],
            security_measures="HTTPS; the form is e-mailed only to the sales mailbox.",
            source="The visitor.",
            rights=RIGHTS_CONTROLLER,
            **common,
        ), ("webnorge", "microsoft"), ("Website",)),
        ActivitySpec(model.Activity(
            name="Phone calls and call-backs",
            business_function="Sales and customer service",
            purposes="Calling back people who called us when we could not answer, or who "
                     "asked to be called.",
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            legitimate_interests="Returning calls people made to us.",
            data_subjects=["Callers"],
            data_categories=["Phone number", "Time of call"],
            recipients=["Telenor (switchboard)"],
            source="The switchboard registers the caller's number.",
            rights=RIGHTS_CONTROLLER,
            **common,
        ), ("telenor",), ()),
        ActivitySpec(model.Activity(
            name="Newsletter",
            business_function="Marketing",
            purposes="Sending news about our products and services to people who signed "
                     "up.",
            legal_basis=LegalBasis.CONSENT,
            data_subjects=["Newsletter subscribers"],
            data_categories=["Name", "E-mail address", "Company", "Opens and clicks"],
            recipients=["Mailchimp (The Rocket Science Group LLC, US)"],
            retention=[{"category": "Subscriber",
                        "period": "Until the person unsubscribes; then deleted or "
                                  "anonymised"}],
            security_measures="Two-factor login to Mailchimp; unsubscribe link in every "
                              "newsletter.",
            source="The subscriber, through the sign-up form.",
            rights=RIGHTS_CONSENT,
            **common,
        ), ("mailchimp",), ("Website",)),
        ActivitySpec(model.Activity(
            name="Website statistics and advertising",
            business_function="Marketing",
            purposes="Understanding how the website is used and showing our adverts to "
                     "relevant people.",
            legal_basis=LegalBasis.CONSENT,
            legal_basis_detail="Consent through the cookie banner (ekomloven § 3-15).",
            data_subjects=["Website visitors"],
            data_categories=["Cookie identifiers", "IP address", "Pages visited",
                             "Referring site"],
            recipients=["Google (statistics)", "Meta and LinkedIn (independent "
                        "controllers for advertising)"],
            retention=[{"category": "Google Analytics events", "period": "14 months"},
                       {"category": "Advertising cookies",
                        "period": "At most 13 months, or until consent is withdrawn"}],
            security_measures="No customer data is shared with the advertising networks; "
                              "IP addresses are not stored by Google Analytics.",
            source="The visitor's browser.",
            rights=RIGHTS_CONSENT,
            **common,
        ), ("google", "google_us", "meta", "linkedin"), ("Website",)),
    ]


def build_activities(vendors: dict[str, model.Vendor],
                     services: dict[str, model.Service]) -> list[model.Activity]:
    activities: list[model.Activity] = []
    for spec in processor_activities() + controller_activities():
        spec.activity.vendor_links = [model.ActivityVendor(vendor=vendors[k])
                                      for k in spec.vendors]
        spec.activity.service_links = [model.ActivityService(service=services[n])
                                       for n in spec.services]
        activities.append(spec.activity)
    return activities


# --- all together ---------------------------------------------------------------------------


def build_demo(session: Session) -> None:
    """Fill an empty registry with the Smart Solution AS demo.

    Raises:
        UserError: when the registry already holds vendors, services or activities.
    """
    ensure_empty(session)
    fill_organisation(session)
    vendors = demo_vendors()
    services = build_services(vendors)
    activities = build_activities(vendors, services)
    session.add_all(vendors.values())
    session.add_all(services.values())
    session.add_all(activities)
    session.flush()
