<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="247" />
            <source>About Subprocessor Registry</source>
            <translation>Om Subprocessor Registry</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="251" />
            <source>Version {0}</source>
            <translation>Versjon {0}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="253" />
            <source>Legal facts as of {0}</source>
            <translation>Juridiske fakta per {0}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="255" />
            <source>Keeps vendors and sub-processors, their locations, transfer safeguards and DPAs, services, and the records of processing of GDPR Article 30, and shows what needs doing: transfers without a valid mechanism, missing DPAs, overdue reviews.</source>
            <translation>Holder oversikt over leverandører og underdatabehandlere, hvor de behandler data, overføringsgrunnlag og databehandleravtaler, tjenester og protokollen over behandlingsaktiviteter etter GDPR artikkel 30, og viser hva som må gjøres: overføringer uten gyldig grunnlag, manglende databehandleravtaler og forfalte gjennomganger.</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <location filename="../../ui/pages/lists.py" line="149" />
            <source>Processing activities</source>
            <translation>Behandlingsaktiviteter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="152" />
            <source>Search records, purposes, data, vendors… (Ctrl+F)</source>
            <translation>Søk i behandlinger, formål, opplysninger, leverandører … (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="156" />
            <source>Select a processing activity to see and edit it, or press Ctrl+N to add one.</source>
            <translation>Velg en behandlingsaktivitet for å se og endre den, eller trykk Ctrl+N for å legge til en.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="160" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n behandling</numerusform>
                <numerusform>%n behandlinger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="161" />
            <source>{0} of %n record(s)</source>
            <translation>
                <numerusform>{0} av %n behandling</numerusform>
                <numerusform>{0} av %n behandlinger</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="165" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="166" />
            <source>DPIA</source>
            <translation>DPIA</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="167" />
            <source>Verdict</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="168" />
            <source>Errors and warnings</source>
            <translation>Feil og advarsler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="169" />
            <source>Warnings</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="170" />
            <source>Notes</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="171" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <location filename="../../ui/editors/activity.py" line="137" />
            <source>Processing activity</source>
            <translation>Behandlingsaktivitet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="151" />
            <source>Completeness</source>
            <translation>Fullstendighet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="155" />
            <source>Record</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="156" />
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="156" />
            <source>e.g. Customer support</source>
            <translation>f.eks. Kundestøtte</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="157" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="158" />
            <source>Business function</source>
            <translation>Avdeling</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="159" />
            <source>e.g. Customer service, HR</source>
            <translation>f.eks. Kundeservice, HR</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="161" />
            <source>Purposes and legal basis</source>
            <translation>Formål og behandlingsgrunnlag</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="162" />
            <source>&amp;Purposes</source>
            <translation>&amp;Formål</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="163" />
            <source>Why the data is processed</source>
            <translation>Hvorfor opplysningene behandles</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="165" />
            <source>Legal basis ({0})</source>
            <translation>Behandlingsgrunnlag ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="172" />
            <source>Special categories ({0})</source>
            <translation>Særlige kategorier ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="167" />
            <source>Basis in detail</source>
            <translation>Grunnlaget i detalj</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="168" />
            <source>The contract, law or consent text relied on</source>
            <translation>Avtalen, loven eller samtykketeksten som brukes</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="169" />
            <source>Legitimate interests</source>
            <translation>Berettiget interesse</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="170" />
            <source>The interests and the balancing test</source>
            <translation>Interessene og interesseavveiningen</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="175" />
            <source>People and data</source>
            <translation>Personer og opplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="177" />
            <source>Data subjects</source>
            <translation>Registrerte</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="178" />
            <source>Customers</source>
            <translation>Kunder</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="178" />
            <source>Customers' end users</source>
            <translation>Kundenes sluttbrukere</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="178" />
            <source>Employees</source>
            <translation>Ansatte</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="178" />
            <source>Job applicants</source>
            <translation>Jobbsøkere</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="179" />
            <source>Website visitors</source>
            <translation>Besøkende på nettstedet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="179" />
            <source>Prospects</source>
            <translation>Potensielle kunder</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="179" />
            <source>Suppliers' contacts</source>
            <translation>Kontaktpersoner hos leverandører</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="180" />
            <source>e.g. Customers, then Enter</source>
            <translation>f.eks. Kunder, så Enter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="181" />
            <source>Personal data</source>
            <translation>Personopplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="182" />
            <source>Contact details</source>
            <translation>Kontaktopplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="182" />
            <source>Identification data</source>
            <translation>Identifikasjonsopplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="182" />
            <source>Traffic data</source>
            <translation>Trafikkdata</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="183" />
            <source>Billing data</source>
            <translation>Faktureringsopplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="183" />
            <source>Payment data</source>
            <translation>Betalingsopplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="183" />
            <source>Location data</source>
            <translation>Lokasjonsdata</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="184" />
            <source>Content of communications</source>
            <translation>Innhold i kommunikasjon</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="184" />
            <source>Technical logs</source>
            <translation>Tekniske logger</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="184" />
            <source>Employment data</source>
            <translation>Ansettelsesopplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="185" />
            <source>Health data</source>
            <translation>Helseopplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="186" />
            <source>e.g. Contact details, then Enter</source>
            <translation>f.eks. Kontaktopplysninger, så Enter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="187" />
            <source>Recipients</source>
            <translation>Mottakere</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="188" />
            <source>Processors (our vendors)</source>
            <translation>Databehandlere (våre leverandører)</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="188" />
            <source>Tax authority</source>
            <translation>Skatteetaten</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="188" />
            <source>Auditors</source>
            <translation>Revisorer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="188" />
            <source>Banks</source>
            <translation>Banker</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="189" />
            <source>Public authorities</source>
            <translation>Offentlige myndigheter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="189" />
            <source>Group companies</source>
            <translation>Selskaper i konsernet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="190" />
            <source>e.g. Tax authority, then Enter</source>
            <translation>f.eks. Skatteetaten, så Enter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="192" />
            <source>Data category</source>
            <translation>Opplysningskategori</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="193" />
            <source>Kept for</source>
            <translation>Lagres i</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="194" />
            <source>Add retention period</source>
            <translation>Legg til slettefrist</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="195" />
            <source>Erasure time limits</source>
            <translation>Slettefrister</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="197" />
            <source>Protection and rights</source>
            <translation>Sikkerhet og rettigheter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="198" />
            <source>Security measures</source>
            <translation>Sikkerhetstiltak</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="199" />
            <source>Technical and organisational measures ({0})</source>
            <translation>Tekniske og organisatoriske tiltak ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="201" />
            <source>Source of the data</source>
            <translation>Hvor opplysningene kommer fra</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="202" />
            <source>Rights available</source>
            <translation>Rettigheter som kan utøves</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="203" />
            <source>Automated decisions</source>
            <translation>Automatiserte avgjørelser</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="204" />
            <source>DPIA</source>
            <translation>DPIA</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="205" />
            <source>DPIA link</source>
            <translation>Lenke til DPIA</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="207" />
            <source>Controllers</source>
            <translation>Behandlingsansvarlige</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="209" />
            <source>Controller or customer group</source>
            <translation>Behandlingsansvarlig eller kundegruppe</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="210" />
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="211" />
            <source>Add controller</source>
            <translation>Legg til behandlingsansvarlig</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="212" />
            <source>Processing on behalf of</source>
            <translation>Behandling på vegne av</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="213" />
            <source>Joint controllers</source>
            <translation>Felles behandlingsansvarlige</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="215" />
            <source>Vendors and services</source>
            <translation>Leverandører og tjenester</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="216" />
            <location filename="../../ui/undo.py" line="52" />
            <source>vendors</source>
            <translation>leverandører</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="217" />
            <source>Vendors</source>
            <translation>Leverandører</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="218" />
            <location filename="../../ui/undo.py" line="52" />
            <source>services</source>
            <translation>tjenester</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="219" />
            <source>Services</source>
            <translation>Tjenester</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="221" />
            <source>Third-country transfers</source>
            <translation>Overføringer til tredjeland</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="224" />
            <source>Transfer notes</source>
            <translation>Merknader om overføring</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="225" />
            <source>Document Art. 49(1) second-subparagraph transfers here</source>
            <translation>Dokumenter overføringer etter art. 49 nr. 1 annet ledd her</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="227" />
            <source>Review</source>
            <translation>Gjennomgang</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="228" />
            <source>Last reviewed</source>
            <translation>Sist gjennomgått</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="229" />
            <source>Next review</source>
            <translation>Neste gjennomgang</translation>
        </message>
    </context>
    <context>
        <name>ActivityTableModel</name>
        <message>
            <location filename="../../ui/models/lists.py" line="275" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="276" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="277" />
            <source>Business function</source>
            <translation>Avdeling</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="278" />
            <source>Legal basis</source>
            <translation>Behandlingsgrunnlag</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="279" />
            <source>Vendors</source>
            <translation>Leverandører</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="280" />
            <source>DPIA</source>
            <translation>DPIA</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="281" />
            <source>Data protection impact assessment (DPIA)</source>
            <translation>Vurdering av personvernkonsekvenser (DPIA)</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="282" />
            <source>Next review</source>
            <translation>Neste gjennomgang</translation>
        </message>
    </context>
    <context>
        <name>ChartLegend</name>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="229" />
            <source>Covered</source>
            <translation>Dekket</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="230" />
            <source>Warning</source>
            <translation>Advarsel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="231" />
            <source>Error</source>
            <translation>Feil</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="232" />
            <source>EU/EEA: no transfer</source>
            <translation>EU/EØS: ingen overføring</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="242" />
            <source>Legend</source>
            <translation>Forklaring</translation>
        </message>
    </context>
    <context>
        <name>ChooseFileDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="213" />
            <source>Registry files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Registerfiler (*.sqlite3 *.sqlite *.db);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="215" />
            <source>JSON documents (*.json);;All files (*)</source>
            <translation>JSON-dokumenter (*.json);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="217" />
            <source>Open Registry</source>
            <translation>Åpne register</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="220" />
            <source>New Registry</source>
            <translation>Nytt register</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="224" />
            <source>Import Registry from JSON</source>
            <translation>Importer register fra JSON</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="227" />
            <source>Export History to CSV</source>
            <translation>Eksporter historikk til CSV</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="228" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="234" />
            <source>Export Registry to JSON</source>
            <translation>Eksporter register til JSON</translation>
        </message>
    </context>
    <context>
        <name>CompletenessPanel</name>
        <message>
            <location filename="../../ui/editors/activity.py" line="76" />
            <source>complete</source>
            <translation>fullstendig</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="77" />
            <source>incomplete</source>
            <translation>ufullstendig</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="90" />
            <source>Article 30: {0} of {1} items complete</source>
            <translation>Artikkel 30: {0} av {1} punkter fullstendige</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDeleteDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="145" />
            <source>Delete “{0}”?</source>
            <translation>Slette «{0}»?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="150" />
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="152" />
            <source>You can bring it back with Edit ▸ Undo (Ctrl+Z).</source>
            <translation>Du kan hente det tilbake med Rediger ▸ Angre (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="161" />
            <source>&amp;Delete</source>
            <translation>&amp;Slett</translation>
        </message>
    </context>
    <context>
        <name>ConfirmImportDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="176" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="177" />
            <source>Replace everything in this registry with “{0}”?</source>
            <translation>Erstatte alt i dette registeret med «{0}»?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="179" />
            <source>Every vendor, service and processing activity now in the registry is removed and cannot be brought back with Undo. Export the registry first to keep a copy.</source>
            <translation>Alle leverandører, tjenester og behandlingsaktiviteter som nå er i registeret, fjernes og kan ikke hentes tilbake med Angre. Eksporter registeret først for å ta vare på en kopi.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="183" />
            <source>&amp;Replace</source>
            <translation>&amp;Erstatt</translation>
        </message>
    </context>
    <context>
        <name>DestinationChart</name>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="52" />
            <source>Where the data goes</source>
            <translation>Hvor dataene går</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/overview_chart.py" line="72" />
            <source>{0}: %n vendor(s), in the EU/EEA</source>
            <translation>
                <numerusform>{0}: %n leverandør, i EU/EØS</numerusform>
                <numerusform>{0}: %n leverandører, i EU/EØS</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/overview_chart.py" line="74" />
            <source>{0}: %n vendor(s) ({1})</source>
            <translation>
                <numerusform>{0}: %n leverandør ({1})</numerusform>
                <numerusform>{0}: %n leverandører ({1})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="112" />
            <source>No vendor locations are recorded yet.</source>
            <translation>Ingen leverandørlokasjoner er registrert ennå.</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <location filename="../../ui/models/findings.py" line="33" />
            <source>Errors</source>
            <translation>Feil</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="34" />
            <source>Warnings</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="35" />
            <source>Notes</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="123" />
            <source>Record</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="123" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="123" />
            <source>Finding</source>
            <translation>Funn</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="135" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="55" />
            <location filename="../../ui/dialogs.py" line="57" />
            <source>Welcome to Subprocessor Registry</source>
            <translation>Velkommen til Subprocessor Registry</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="63" />
            <source>Keep your vendors and sub-processors, where they process data, their transfer safeguards and DPAs, your services and your Article 30 records in one place. How do you want to start?</source>
            <translation>Hold leverandører og underdatabehandlere, hvor de behandler data, overføringsgrunnlag og databehandleravtaler, tjenestene deres og protokollen etter artikkel 30 på ett sted. Hvordan vil du begynne?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="68" />
            <source>Explore the demo registry</source>
            <translation>Utforsk demoregisteret</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="69" />
            <source>A Nordic IT company with real-world vendors, services and records of processing, with a few problems to find. You can clear it later.</source>
            <translation>Et nordisk IT-selskap med virkelige leverandører, tjenester og behandlingsprotokoller, og noen problemer å finne. Du kan tømme det senere.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="73" />
            <source>Start an empty registry</source>
            <translation>Start med et tomt register</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="74" />
            <source>Enter your organisation's name and add your vendors.</source>
            <translation>Skriv inn virksomhetens navn og legg til leverandørene.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="76" />
            <source>Open an existing registry file…</source>
            <translation>Åpne en eksisterende registerfil …</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="77" />
            <source>A registry file you or a colleague already keep.</source>
            <translation>En registerfil du eller en kollega allerede fører.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="80" />
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../ui/pages/history.py" line="85" />
            <source>Search records, fields and values (Ctrl+F)</source>
            <translation>Søk i poster, felt og verdier (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="87" />
            <source>Finds the changes whose record's name, field or value (before or after) holds the text, in English or your language: a vendor's name, a country, a role.</source>
            <translation>Finner endringene der postens navn, feltet eller en verdi (før eller etter) inneholder teksten, på engelsk eller ditt språk: et leverandørnavn, et land, en rolle.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="89" />
            <source>Search</source>
            <translation>Søk</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="102" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="103" />
            <source>Who</source>
            <translation>Hvem</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="104" />
            <source>Change</source>
            <translation>Endring</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="111" />
            <source>{0}: all</source>
            <translation>{0}: alle</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="120" />
            <location filename="../../ui/pages/history.py" line="163" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="122" />
            <location filename="../../ui/pages/history.py" line="165" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="133" />
            <location filename="../../ui/pages/history.py" line="134" />
            <source>Show the changes of every record</source>
            <translation>Vis endringene i alle poster</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="138" />
            <source>Export CSV…</source>
            <translation>Eksporter CSV …</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="140" />
            <source>Write the changes the filters keep to a CSV file, as the table shows them</source>
            <translation>Skriv endringene som filtrene tar med, til en CSV-fil, slik tabellen viser dem</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="146" />
            <source>History</source>
            <translation>Historikk</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/history.py" line="284" />
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n endring</numerusform>
                <numerusform>%n endringer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="285" />
            <source>No changes</source>
            <translation>Ingen endringer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="304" />
            <source>Writing {0}…</source>
            <translation>Skriver {0} …</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="320" />
            <source>Export CSV</source>
            <translation>Eksporter CSV</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/history.py" line="322" />
            <source>Wrote %n change(s) to {0}.</source>
            <translation>
                <numerusform>Skrev %n endring til {0}.</numerusform>
                <numerusform>Skrev %n endringer til {0}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../ui/editors/history_panel.py" line="78" />
            <source>History</source>
            <translation>Historikk</translation>
        </message>
        <message>
            <location filename="../../ui/editors/history_panel.py" line="86" />
            <source>No changes yet: the record's history starts when it is saved.</source>
            <translation>Ingen endringer ennå: postens historikk begynner når den lagres.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/history_panel.py" line="89" />
            <source>Show All in History</source>
            <translation>Vis alt i historikken</translation>
        </message>
        <message>
            <location filename="../../ui/editors/history_panel.py" line="90" />
            <source>Every change of this record on the History page, to filter and export</source>
            <translation>Alle endringer i denne posten på historikksiden, for å filtrere og eksportere</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../ui/pages/list_page.py" line="104" />
            <source>Search</source>
            <translation>Søk</translation>
        </message>
        <message>
            <location filename="../../ui/pages/list_page.py" line="225" />
            <source>Search (Ctrl+F)</source>
            <translation>Søk (Ctrl+F)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/list_page.py" line="234" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n behandling</numerusform>
                <numerusform>%n behandlinger</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/list_page.py" line="235" />
            <source>{0} of {1}</source>
            <translation>{0} av {1}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/list_page.py" line="238" />
            <source>{0}: all</source>
            <translation>{0}: alle</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.py" line="131" />
            <source>Pages</source>
            <translation>Sider</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="152" />
            <source>Notice</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="184" />
            <source>Overview</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="185" />
            <source>Vendors</source>
            <translation>Leverandører</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="186" />
            <source>Services</source>
            <translation>Tjenester</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="187" />
            <source>Processing activities</source>
            <translation>Behandlingsaktiviteter</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="188" />
            <source>Transfers</source>
            <translation>Overføringer</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="189" />
            <source>History</source>
            <translation>Historikk</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="194" />
            <source>Unnamed registry</source>
            <translation>Register uten navn</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="200" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="202" />
            <source>(read-only)</source>
            <translation>(skrivebeskyttet)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="221" />
            <source>&amp;New Registry…</source>
            <translation>&amp;Nytt register …</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="222" />
            <source>Create a new, empty registry file</source>
            <translation>Lag en ny, tom registerfil</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="223" />
            <source>&amp;Open Registry…</source>
            <translation>&amp;Åpne register …</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="224" />
            <source>Open another registry file</source>
            <translation>Åpne en annen registerfil</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="226" />
            <source>&amp;Import JSON…</source>
            <translation>&amp;Importer JSON …</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="227" />
            <source>Replace this registry with the contents of a JSON document</source>
            <translation>Erstatt dette registeret med innholdet i et JSON-dokument</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="229" />
            <source>&amp;Export JSON…</source>
            <translation>&amp;Eksporter JSON …</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="230" />
            <source>Write the whole registry to a JSON document</source>
            <translation>Skriv hele registeret til et JSON-dokument</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="231" />
            <source>&amp;Save</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="232" />
            <source>Save the changes in the editor</source>
            <translation>Lagre endringene i skjemaet</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="233" />
            <source>Re&amp;vert</source>
            <translation>&amp;Forkast</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="234" />
            <source>Throw away the changes since the last save</source>
            <translation>Forkast endringene siden forrige lagring</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="235" />
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="241" />
            <location filename="../../ui/mainwindow.py" line="629" />
            <source>&amp;New Vendor</source>
            <translation>&amp;Ny leverandør</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="243" />
            <source>&amp;Delete</source>
            <translation>&amp;Slett</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="245" />
            <source>Delete the selected records</source>
            <translation>Slett de valgte postene</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="248" />
            <source>&amp;Find</source>
            <translation>Sø&amp;k</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="249" />
            <source>Search the current list</source>
            <translation>Søk i listen som vises</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="251" />
            <source>&amp;Organisation Details…</source>
            <translation>&amp;Opplysninger om virksomheten …</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="252" />
            <source>Your organisation's name, contacts and DPO</source>
            <translation>Virksomhetens navn, kontaktopplysninger og personvernombud</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="253" />
            <source>&amp;Refresh</source>
            <translation>&amp;Oppdater</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="254" />
            <source>Read the registry again</source>
            <translation>Les registeret på nytt</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="265" />
            <source>&amp;About Subprocessor Registry</source>
            <translation>&amp;Om Subprocessor Registry</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="274" />
            <source>System default</source>
            <translation>Systemets standard</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="282" />
            <source>&amp;Undo</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="287" />
            <source>&amp;Redo</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="293" />
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="296" />
            <source>Open &amp;Recent</source>
            <translation>Åpne n&amp;ylige</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="308" />
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="318" />
            <source>&amp;Language</source>
            <translation>S&amp;pråk</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="322" />
            <source>&amp;Go</source>
            <translation>&amp;Gå</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="328" />
            <source>&amp;Reports</source>
            <translation>R&amp;apporter</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="333" />
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="360" />
            <source>&amp;Clear Menu</source>
            <translation>&amp;Tøm menyen</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="363" />
            <source>No recent registries</source>
            <translation>Ingen nylig åpnede registre</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="402" />
            <source>This registry is open read-only: changes cannot be saved.</source>
            <translation>Dette registeret er åpnet skrivebeskyttet: endringer kan ikke lagres.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="489" />
            <source>That record is no longer in the registry.</source>
            <translation>Den posten finnes ikke lenger i registeret.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="630" />
            <source>&amp;New Service</source>
            <translation>&amp;Ny tjeneste</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="631" />
            <source>&amp;New Processing Activity</source>
            <translation>&amp;Ny behandlingsaktivitet</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="633" />
            <source>&amp;New Record</source>
            <translation>&amp;Ny post</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="711" />
            <source>Organisation</source>
            <translation>Virksomhet</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="777" />
            <source>The registry cannot be opened</source>
            <translation>Registeret kan ikke åpnes</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="825" />
            <source>That is the registry open now. Choose another file name.</source>
            <translation>Det er registeret som er åpent nå. Velg et annet filnavn.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="851" />
            <location filename="../../ui/mainwindow.py" line="861" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="864" />
            <source>Imported {0}.</source>
            <translation>Importerte {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="877" />
            <location filename="../../ui/mainwindow.py" line="881" />
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="880" />
            <source>{0} cannot be written: {1}.</source>
            <translation>{0} kan ikke skrives: {1}.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="883" />
            <source>Exported the registry to {0}.</source>
            <translation>Eksporterte registeret til {0}.</translation>
        </message>
    </context>
    <context>
        <name>OpenProblemDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="118" />
            <source>The registry cannot be opened</source>
            <translation>Registeret kan ikke åpnes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="120" />
            <source>Open another registry file, or create a new one?</source>
            <translation>Åpne en annen registerfil, eller lage en ny?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="122" />
            <source>&amp;Open Another…</source>
            <translation>&amp;Åpne en annen …</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="124" />
            <source>&amp;New Registry…</source>
            <translation>&amp;Nytt register …</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="126" />
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEditor</name>
        <message>
            <location filename="../../ui/editors/organisation.py" line="35" />
            <location filename="../../ui/editors/organisation.py" line="54" />
            <source>Organisation</source>
            <translation>Virksomhet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="55" />
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="56" />
            <source>Registration no.</source>
            <translation>Organisasjonsnr.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="57" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="58" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="60" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="61" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="62" />
            <source>Website</source>
            <translation>Nettsted</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="67" />
            <source>Controller</source>
            <translation>Behandlingsansvarlig</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="69" />
            <source>Processor</source>
            <translation>Databehandler</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="65" />
            <source>Roles ({0})</source>
            <translation>Roller ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="68" />
            <source>Controller of its own processing ({0})</source>
            <translation>Behandlingsansvarlig for egen behandling ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="70" />
            <source>Processor for its customers ({0})</source>
            <translation>Databehandler for kundene ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="72" />
            <source>Data protection officer and representative</source>
            <translation>Personvernombud og representant</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="73" />
            <source>DPO</source>
            <translation>Personvernombud</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="74" />
            <source>DPO e-mail</source>
            <translation>E-post til personvernombud</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="75" />
            <source>DPO phone</source>
            <translation>Telefon til personvernombud</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="76" />
            <source>EU representative</source>
            <translation>Representant i EU</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="77" />
            <source>Supervisory authority</source>
            <translation>Tilsynsmyndighet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="78" />
            <source>e.g. Datatilsynet</source>
            <translation>f.eks. Datatilsynet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="80" />
            <source>Sub-processor changes and reviews</source>
            <translation>Endringer av underdatabehandlere og gjennomganger</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="81" />
            <source>Objections to</source>
            <translation>Innsigelser til</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="82" />
            <source>Where customers send objections</source>
            <translation>Hvor kundene sender innsigelser</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="83" />
            <source>Notice period</source>
            <translation>Varslingsfrist</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editors/organisation.py" line="84" />
            <source> day(s)</source>
            <translation>
                <numerusform> dag</numerusform>
                <numerusform> dager</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editors/organisation.py" line="86" />
            <source> month(s)</source>
            <translation>
                <numerusform> måned</numerusform>
                <numerusform> måneder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="85" />
            <source>Review every</source>
            <translation>Gjennomgangsintervall</translation>
        </message>
    </context>
    <context>
        <name>OrganisationNameDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="198" />
            <source>New registry</source>
            <translation>Nytt register</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="199" />
            <source>Your organisation's name (as in contracts):</source>
            <translation>Virksomhetens navn (som i avtaler):</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../ui/pages/overview.py" line="80" />
            <source>Overview</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="89" />
            <source>Vendors in use</source>
            <translation>Leverandører i bruk</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="91" />
            <source>Errors</source>
            <translation>Feil</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="92" />
            <source>Warnings</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="93" />
            <source>Vendor reviews due</source>
            <translation>Leverandører til gjennomgang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="114" />
            <location filename="../../ui/pages/overview.py" line="134" />
            <source>Findings</source>
            <translation>Funn</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="90" />
            <source>Third countries</source>
            <translation>Tredjeland</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="86" />
            <source>Show them in Transfers</source>
            <translation>Vis dem under Overføringer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="133" />
            <source>Selected finding</source>
            <translation>Valgt funn</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="149" />
            <source>Vendors per destination country. Click a country to see its transfers.</source>
            <translation>Leverandører per mottakerland. Klikk på et land for å se overføringene dit.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="153" />
            <source>Where the data goes</source>
            <translation>Hvor dataene går</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="234" />
            <source>Assessing the registry…</source>
            <translation>Vurderer registeret …</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="269" />
            <source>Unnamed organisation</source>
            <translation>Virksomhet uten navn</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="270" />
            <source>{0} — assessed as of {1}</source>
            <translation>{0} — vurdert per {1}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="288" />
            <source>{0} overdue, {1} due within 30 days</source>
            <translation>Forfalt: {0}, innen 30 dager: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="294" />
            <source>{0} today</source>
            <translation>{0} i dag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="310" />
            <source>Select a finding to read it in full; double-click it or press Enter to open its record.</source>
            <translation>Velg et funn for å lese hele teksten; dobbeltklikk eller trykk Enter for å åpne posten.</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <location filename="../../ui/editors/base.py" line="195" />
            <source>History</source>
            <translation>Historikk</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="205" />
            <source>Revert</source>
            <translation>Forkast</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="206" />
            <source>Throw away the changes since the last save</source>
            <translation>Forkast endringene siden forrige lagring</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="207" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="209" />
            <source>Save the changes ({0})</source>
            <translation>Lagre endringene ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="327" />
            <source>Not saved</source>
            <translation>Ikke lagret</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="433" />
            <source>New {0}</source>
            <translation>Ny {0}</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="492" />
            <source>1 problem to fix before saving.</source>
            <translation>1 problem må rettes før lagring.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="493" />
            <source>{0} problems to fix before saving.</source>
            <translation>{0} problemer må rettes før lagring.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="576" />
            <source>This record no longer exists: it was deleted.</source>
            <translation>Denne posten finnes ikke lenger: den er slettet.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="578" />
            <source>Read-only: this registry is open for reading, changes cannot be saved.</source>
            <translation>Skrivebeskyttet: registeret er åpnet for lesing, endringer kan ikke lagres.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="707" />
            <source>not set</source>
            <translation>ikke satt</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <location filename="../../ui/models/records.py" line="544" />
            <source>Verdict: the most serious finding</source>
            <translation>Vurdering: det alvorligste funnet</translation>
        </message>
    </context>
    <context>
        <name>ReportsMenu</name>
        <message>
            <location filename="../../ui/reports_menu.py" line="59" />
            <source>Article 30 register (Excel)…</source>
            <translation>Protokoll etter artikkel 30 (Excel) …</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="60" />
            <source>Records of processing (PDF)…</source>
            <translation>Protokoll over behandlingsaktiviteter (PDF) …</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="61" />
            <source>Sub-processor list (PDF)…</source>
            <translation>Liste over underdatabehandlere (PDF) …</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="62" />
            <source>Sub-processor list (web page)…</source>
            <translation>Liste over underdatabehandlere (nettside) …</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="65" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-arbeidsbok (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="66" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="67" />
            <source>Web page (*.html)</source>
            <translation>Nettside (*.html)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="118" />
            <source>All services</source>
            <translation>Alle tjenester</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="138" />
            <location filename="../../ui/widgets/labels.py" line="76" />
            <source>Choose…</source>
            <translation>Velg …</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="144" />
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="145" />
            <source>Service:</source>
            <translation>Tjeneste:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="146" />
            <source>As of:</source>
            <translation>Per dato:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="147" />
            <source>Save as:</source>
            <translation>Lagre som:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="151" />
            <source>Create report</source>
            <translation>Lag rapport</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="169" />
            <source>Save report as</source>
            <translation>Lagre rapporten som</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="205" />
            <location filename="../../ui/reports_menu.py" line="221" />
            <source>Report ready</source>
            <translation>Rapporten er klar</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="206" />
            <source>The report was saved as {0}.

Open it now?</source>
            <translation>Rapporten er lagret som {0}.

Vil du åpne den nå?</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="223" />
            <source>No program on this computer opens the report. It is saved as:
{0}</source>
            <translation>Ingen program på denne datamaskinen kan åpne rapporten. Den er lagret som:
{0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="226" />
            <source>Show Folder</source>
            <translation>Vis mappen</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="228" />
            <source>Copy Path</source>
            <translation>Kopier stien</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="295" />
            <source>Creating the report…</source>
            <translation>Lager rapporten …</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="295" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="313" />
            <source>Cancelling…</source>
            <translation>Avbryter …</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="348" />
            <source>The report was not created</source>
            <translation>Rapporten ble ikke laget</translation>
        </message>
    </context>
    <context>
        <name>ServiceEditor</name>
        <message>
            <location filename="../../ui/editors/service.py" line="30" />
            <location filename="../../ui/editors/service.py" line="42" />
            <source>Service</source>
            <translation>Tjeneste</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="43" />
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="43" />
            <source>e.g. SMS gateway</source>
            <translation>f.eks. SMS-gateway</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="44" />
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="45" />
            <source>Vendors used, and for what</source>
            <translation>Leverandører som brukes, og til hva</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="46" />
            <source>Vendor</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="46" />
            <source>Purpose</source>
            <translation>Formål</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="46" />
            <source>Add vendor</source>
            <translation>Legg til leverandør</translation>
        </message>
    </context>
    <context>
        <name>ServiceTableModel</name>
        <message>
            <location filename="../../ui/models/lists.py" line="212" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="213" />
            <source>Vendors</source>
            <translation>Leverandører</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="214" />
            <source>Third-country vendors</source>
            <translation>Leverandører i tredjeland</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="215" />
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
    </context>
    <context>
        <name>ServicesPage</name>
        <message>
            <location filename="../../ui/pages/lists.py" line="109" />
            <source>Services</source>
            <translation>Tjenester</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="112" />
            <source>Search services and their vendors… (Ctrl+F)</source>
            <translation>Søk i tjenester og leverandørene deres … (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="115" />
            <source>Select a service to see and edit it, or press Ctrl+N to add one.</source>
            <translation>Velg en tjeneste for å se og endre den, eller trykk Ctrl+N for å legge til en.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="119" />
            <source>%n service(s)</source>
            <translation>
                <numerusform>%n tjeneste</numerusform>
                <numerusform>%n tjenester</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="120" />
            <source>{0} of %n service(s)</source>
            <translation>
                <numerusform>{0} av %n tjeneste</numerusform>
                <numerusform>{0} av %n tjenester</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="124" />
            <source>Verdict</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="125" />
            <source>Errors and warnings</source>
            <translation>Feil og advarsler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="126" />
            <source>Errors</source>
            <translation>Feil</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="127" />
            <source>Warnings</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="128" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>TransferTableModel</name>
        <message>
            <location filename="../../ui/models/lists.py" line="342" />
            <source>Vendor</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="343" />
            <source>Chain</source>
            <translation>Leverandørkjede</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="344" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="345" />
            <source>Via</source>
            <translation>Via</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="346" />
            <source>Mechanism / basis</source>
            <translation>Overføringsgrunnlag</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="347" />
            <source>Assessment</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="431" />
            <source>{0} (no transfer today)</source>
            <translation>{0} (ingen overføring i dag)</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="432" />
            <source>{0} (today: {1})</source>
            <translation>{0} (i dag: {1})</translation>
        </message>
    </context>
    <context>
        <name>TransfersPage</name>
        <message>
            <location filename="../../ui/pages/lists.py" line="196" />
            <source>Show only these</source>
            <translation>Vis bare disse</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="210" />
            <source>Transfers</source>
            <translation>Overføringer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="213" />
            <source>Search vendors, countries, mechanisms… (Ctrl+F)</source>
            <translation>Søk i leverandører, land, overføringsgrunnlag … (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="216" />
            <source>Select a transfer to see and edit its vendor, with the safeguard of each destination.</source>
            <translation>Velg en overføring for å se og endre leverandøren, med overføringsgrunnlaget for hvert mottakerland.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="221" />
            <source>%n transfer(s)</source>
            <translation>
                <numerusform>%n overføring</numerusform>
                <numerusform>%n overføringer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="222" />
            <source>{0} of %n transfer(s)</source>
            <translation>
                <numerusform>{0} av %n overføring</numerusform>
                <numerusform>{0} av %n overføringer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="226" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="227" />
            <source>Verdict</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="228" />
            <source>Errors and warnings</source>
            <translation>Feil og advarsler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="229" />
            <source>Errors</source>
            <translation>Feil</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="230" />
            <source>Warnings</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="231" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="233" />
            <source>Against today</source>
            <translation>Sammenlignet med i dag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="234" />
            <source>Every change</source>
            <translation>Alle endringer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="235" />
            <source>Would fail</source>
            <translation>Ville fått feil</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="236" />
            <source>Would no longer fail</source>
            <translation>Ville ikke lenger hatt feil</translation>
        </message>
    </context>
    <context>
        <name>TransfersView</name>
        <message>
            <location filename="../../ui/editors/activity.py" line="104" />
            <source>Vendor</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="104" />
            <source>Destination</source>
            <translation>Mottakerland</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="104" />
            <source>Basis</source>
            <translation>Grunnlag</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="105" />
            <source>Verdict</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="106" />
            <source>Third-country transfers</source>
            <translation>Overføringer til tredjeland</translation>
        </message>
    </context>
    <context>
        <name>VendorEditor</name>
        <message>
            <location filename="../../ui/editors/vendor.py" line="56" />
            <source>Vendor</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="76" />
            <source>Identity</source>
            <translation>Identitet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="77" />
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="78" />
            <source>As customers know it, e.g. Zendesk</source>
            <translation>Slik kundene kjenner den, f.eks. Zendesk</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="79" />
            <source>&amp;Legal name</source>
            <translation>&amp;Juridisk navn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="80" />
            <source>The contracting entity, e.g. Zendesk, Inc.</source>
            <translation>Avtaleparten, f.eks. Zendesk, Inc.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="81" />
            <source>Former names</source>
            <translation>Tidligere navn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="82" />
            <source>A former name, then Enter</source>
            <translation>Et tidligere navn, så Enter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="84" />
            <source>&amp;Registration no.</source>
            <translation>&amp;Organisasjonsnr.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="85" />
            <source>Organisation or VAT number</source>
            <translation>Organisasjons- eller MVA-nummer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="86" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="88" />
            <source>&amp;Country</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="90" />
            <source>Links and contact</source>
            <translation>Lenker og kontakt</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="91" />
            <source>Website</source>
            <translation>Nettsted</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="92" />
            <source>Privacy policy</source>
            <translation>Personvernerklæring</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="93" />
            <source>DPA link</source>
            <translation>Lenke til databehandleravtale</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="94" />
            <source>Privacy contact</source>
            <translation>Personvernkontakt</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="94" />
            <source>e-mail address</source>
            <translation>e-postadresse</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="96" />
            <source>Role and status</source>
            <translation>Rolle og status</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="97" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="98" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="99" />
            <source>Start date</source>
            <translation>Startdato</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="100" />
            <source>End date</source>
            <translation>Sluttdato</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="102" />
            <source>Sub-processor chain</source>
            <translation>Leverandørkjede</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="103" />
            <source>(none: contracted directly)</source>
            <translation>(ingen: direkte avtale)</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="105" />
            <source>&amp;Parent vendor</source>
            <translation>O&amp;verordnet leverandør</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="109" />
            <source>Locations: where the data is hosted or accessed</source>
            <translation>Lokasjoner: hvor dataene driftes eller er tilgjengelige</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="111" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="112" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="113" />
            <source>Detail</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="114" />
            <source>Add location</source>
            <translation>Legg til lokasjon</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="118" />
            <source>Transfers to third countries</source>
            <translation>Overføringer til tredjeland</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="123" />
            <source>Data processing agreement</source>
            <translation>Databehandleravtale</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="124" />
            <source>Signed</source>
            <translation>Signert</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="125" />
            <source>Version</source>
            <translation>Versjon</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="126" />
            <source>Reference or file</source>
            <translation>Referanse eller fil</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="127" />
            <source>Review by</source>
            <translation>Gjennomgås innen</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="128" />
            <source>Notice of changes</source>
            <translation>Varsel om endringer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editors/vendor.py" line="129" />
            <source> day(s)</source>
            <translation>
                <numerusform> dag</numerusform>
                <numerusform> dager</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="131" />
            <source>Services that use this vendor</source>
            <translation>Tjenester som bruker denne leverandøren</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="132" />
            <source>Service</source>
            <translation>Tjeneste</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="132" />
            <source>Purpose</source>
            <translation>Formål</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="133" />
            <source>Add service</source>
            <translation>Legg til tjeneste</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="136" />
            <source>Public description (on the sub-processor list)</source>
            <translation>Offentlig beskrivelse (på listen over underdatabehandlere)</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="139" />
            <source>Internal notes</source>
            <translation>Interne notater</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="140" />
            <source>Internal — never published</source>
            <translation>Internt — publiseres aldri</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="147" />
            <source>Contract details, contacts, open questions…</source>
            <translation>Avtaledetaljer, kontakter, åpne spørsmål …</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="148" />
            <source>Internal notes, never published</source>
            <translation>Interne notater, publiseres aldri</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="150" />
            <source>Review and certifications</source>
            <translation>Gjennomgang og sertifiseringer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="151" />
            <source>Last reviewed</source>
            <translation>Sist gjennomgått</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="152" />
            <source>Next review</source>
            <translation>Neste gjennomgang</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="153" />
            <source>Certifications</source>
            <translation>Sertifiseringer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="154" />
            <source>e.g. ISO/IEC 27001, then Enter</source>
            <translation>f.eks. ISO/IEC 27001, så Enter</translation>
        </message>
    </context>
    <context>
        <name>VendorTableModel</name>
        <message>
            <location filename="../../ui/models/lists.py" line="32" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="33" />
            <source>Legal entity</source>
            <translation>Juridisk enhet</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="34" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="35" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="36" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="37" />
            <source>Hosted in</source>
            <translation>Driftet i</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="38" />
            <source>Third countries</source>
            <translation>Tredjeland</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="39" />
            <source>DPA signed</source>
            <translation>DBA signert</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="40" />
            <source>Date the data processing agreement was signed</source>
            <translation>Datoen databehandleravtalen ble signert</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="41" />
            <source>Next review</source>
            <translation>Neste gjennomgang</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="122" />
            <source>missing</source>
            <translation>mangler</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="123" />
            <source>not needed</source>
            <translation>ikke nødvendig</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="124" />
            <source>Formerly: {0}</source>
            <translation>Tidligere: {0}</translation>
        </message>
    </context>
    <context>
        <name>VendorsPage</name>
        <message>
            <location filename="../../ui/pages/lists.py" line="46" />
            <source>Vendors</source>
            <translation>Leverandører</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="49" />
            <source>Search names, countries… (Ctrl+F)</source>
            <translation>Søk i navn, land … (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="52" />
            <source>Finds vendors by name, former name, legal entity, registration number, website, role, status, and by every country where they process data (by code, or by name in English or your language).</source>
            <translation>Finner leverandører etter navn, tidligere navn, juridisk enhet, organisasjonsnummer, nettsted, rolle, status og hvert land der de behandler data (etter landkode, eller navn på engelsk eller ditt språk).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="57" />
            <source>Select a vendor to see and edit it, or press Ctrl+N to add one.</source>
            <translation>Velg en leverandør for å se og endre den, eller trykk Ctrl+N for å legge til en.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="61" />
            <source>%n vendor(s)</source>
            <translation>
                <numerusform>%n leverandør</numerusform>
                <numerusform>%n leverandører</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="62" />
            <source>{0} of %n vendor(s)</source>
            <translation>
                <numerusform>{0} av %n leverandør</numerusform>
                <numerusform>{0} av %n leverandører</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="66" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="67" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="68" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="69" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="70" />
            <source>EU/EEA only</source>
            <translation>Bare EU/EØS</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="71" />
            <source>Third countries</source>
            <translation>Tredjeland</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="73" />
            <source>Verdict</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="74" />
            <source>Errors and warnings</source>
            <translation>Feil og advarsler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="75" />
            <source>Errors</source>
            <translation>Feil</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="76" />
            <source>Warnings</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="77" />
            <source>Notes</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="78" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="80" />
            <source>Review</source>
            <translation>Gjennomgang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="81" />
            <source>Overdue or due within 30 days</source>
            <translation>Forfalt eller innen 30 dager</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="82" />
            <source>Overdue</source>
            <translation>Forfalt</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="83" />
            <source>Due within 30 days</source>
            <translation>Innen 30 dager</translation>
        </message>
    </context>
    <context>
        <name>WhatIfBar</name>
        <message>
            <location filename="../../ui/pages/whatif.py" line="92" />
            <location filename="../../ui/pages/whatif.py" line="122" />
            <source>What if</source>
            <translation>Hva om</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="100" />
            <source>What if: as of</source>
            <translation>Hva om: per dato</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="101" />
            <source>Assess the registry as of this date</source>
            <translation>Vurder registeret per denne datoen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="103" />
            <source>As &amp;of:</source>
            <translation>&amp;Per dato:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="106" />
            <source>What if: adequacy decisions revoked</source>
            <translation>Hva om: adekvansbeslutninger opphevet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="108" />
            <location filename="../../ui/pages/whatif.py" line="267" />
            <source>Suppose adequacy decisions revoked: the transfers they cover lose their basis</source>
            <translation>Anta at adekvansbeslutninger er opphevet: overføringene de dekker, mister grunnlaget</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="112" />
            <source>Suppose re&amp;voked:</source>
            <translation>Anta &amp;opphevet:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="114" />
            <source>Back to today</source>
            <translation>Tilbake til i dag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="115" />
            <source>Show the registry as it is today</source>
            <translation>Vis registeret slik det er i dag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="208" />
            <source>{0} (%n transfer(s))</source>
            <translation>
                <numerusform>{0} (%n overføring)</numerusform>
                <numerusform>{0} (%n overføringer)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="261" />
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="265" />
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n beslutning</numerusform>
                <numerusform>%n beslutninger</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="277" />
            <source>Working out what changes…</source>
            <translation>Finner ut hva som endres…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="289" />
            <source>What if: the registry as of {0}. A supposition, not today's state; nothing is saved.</source>
            <translation>Hva om: registeret per {0}. En antakelse, ikke dagens tilstand; ingenting lagres.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="293" />
            <source>What if: the registry as of {0}, with the adequacy decision(s) for {1} revoked. A supposition, not today's state; nothing is saved.</source>
            <translation>
                <numerusform>Hva om: registeret per {0}, med adekvansbeslutningen for {1} opphevet. En antakelse, ikke dagens tilstand; ingenting lagres.</numerusform>
                <numerusform>Hva om: registeret per {0}, med adekvansbeslutningene for {1} opphevet. En antakelse, ikke dagens tilstand; ingenting lagres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="310" />
            <source>Against today, no transfer would fail and none would stop failing.</source>
            <translation>Sammenlignet med i dag ville ingen overføring fått feil, og ingen ville blitt kvitt en feil.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="315" />
            <source>%n transfer(s) would fail.</source>
            <translation>
                <numerusform>%n overføring ville fått feil.</numerusform>
                <numerusform>%n overføringer ville fått feil.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="317" />
            <source>%n transfer(s) would no longer fail.</source>
            <translation>
                <numerusform>%n overføring ville ikke lenger hatt feil.</numerusform>
                <numerusform>%n overføringer ville ikke lenger hatt feil.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="322" />
            <source>%n transfer(s) would fail: {0}.</source>
            <translation>
                <numerusform>%n overføring ville fått feil: {0}.</numerusform>
                <numerusform>%n overføringer ville fått feil: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="325" />
            <source>%n vendor(s) affected: {0}.</source>
            <translation>
                <numerusform>%n leverandør berørt: {0}.</numerusform>
                <numerusform>%n leverandører berørt: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="328" />
            <source>%n transfer(s) would no longer fail: {0}.</source>
            <translation>
                <numerusform>%n overføring ville ikke lenger hatt feil: {0}.</numerusform>
                <numerusform>%n overføringer ville ikke lenger hatt feil: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="344" />
            <source>{0} and %n more</source>
            <translation>
                <numerusform>{0} og %n til</numerusform>
                <numerusform>{0} og %n til</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_FindingsList</name>
        <message>
            <location filename="../../ui/editors/base.py" line="781" />
            <source>…and {0} more: see the overview.</source>
            <translation>… og {0} til: se oversikten.</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs.py" line="147" />
            <source>Delete %n record(s)?</source>
            <translation>
                <numerusform>Slette %n post?</numerusform>
                <numerusform>Slette %n poster?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs.py" line="159" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… og %n til</numerusform>
                <numerusform>… og %n til</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>editors</name>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="60" />
            <source>DPF List entry for {0}</source>
            <translation>Oppføring på DPF-listen for {0}</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="91" />
            <source>Unsaved changes</source>
            <translation>Endringer som ikke er lagret</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="93" />
            <source>Save the changes to "{0}"?</source>
            <translation>Lagre endringene i «{0}»?</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="94" />
            <source>Save the changes?</source>
            <translation>Lagre endringene?</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="95" />
            <source>If you don't save, your changes are lost.</source>
            <translation>Hvis du ikke lagrer, går endringene tapt.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="75" />
            <source>the vendor's own country</source>
            <translation>leverandørens eget land</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="75" />
            <source>hosting</source>
            <translation>drift</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="76" />
            <source>support / remote access</source>
            <translation>støtte / fjerntilgang</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="76" />
            <source>processing</source>
            <translation>behandling</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="77" />
            <source>backup</source>
            <translation>sikkerhetskopi</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="111" />
            <source>Reached by</source>
            <translation>Nås via</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="112" />
            <source>Saved verdict</source>
            <translation>Lagret vurdering</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="115" />
            <source>If saved</source>
            <translation>Hvis du lagrer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="121" />
            <source>Certified on the DPF List</source>
            <translation>Sertifisert på DPF-listen</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="129" />
            <source>Where the signed clauses or the TIA are kept</source>
            <translation>Hvor de signerte klausulene eller TIA-en ligger</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="133" />
            <source>Mechanism</source>
            <translation>Overføringsgrunnlag</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="134" />
            <source>SCC module</source>
            <translation>SCC-modul</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="135" />
            <source>Derogation</source>
            <translation>Unntak</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="136" />
            <source>DPF</source>
            <translation>DPF</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="137" />
            <source>DPF List checked</source>
            <translation>DPF-listen sjekket</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="138" />
            <source>TIA date</source>
            <translation>Dato for TIA</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="139" />
            <source>TIA outcome</source>
            <translation>Resultat av TIA</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="140" />
            <source>Supplementary measures</source>
            <translation>Supplerende tiltak</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="142" />
            <source>Documents</source>
            <translation>Dokumenter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="301" />
            <source>Inside the EU/EEA: no transfer, no mechanism needed.</source>
            <translation>Innenfor EU/EØS: ingen overføring, intet grunnlag nødvendig.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="305" />
            <source>No location of the vendor is here any more: remove the mechanism, or add the location.</source>
            <translation>Leverandøren har ikke lenger noen lokasjon her: fjern grunnlaget, eller legg til lokasjonen.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="373" />
            <source>No third-country destination: every location and the vendor itself are in the EU/EEA.</source>
            <translation>Ingen mottaker i tredjeland: alle lokasjoner og leverandøren selv er i EU/EØS.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="492" />
            <source>No transfer.</source>
            <translation>Ingen overføring.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="494" />
            <source>Not assessed: the saved vendor has no transfer here, or is not in use.</source>
            <translation>Ikke vurdert: den lagrede leverandøren har ingen overføring hit, eller er ikke i bruk.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="497" />
            <source>Not assessed yet: save the vendor to see the verdict.</source>
            <translation>Ikke vurdert ennå: lagre leverandøren for å se vurderingen.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="522" />
            <source>What the vendor does for you, as customers read it</source>
            <translation>Hva leverandøren gjør for dere, slik kundene leser det</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="525" />
            <source>Public description, {0}</source>
            <translation>Offentlig beskrivelse, {0}</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="558" />
            <source>Sub-processor chain</source>
            <translation>Leverandørkjede</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="582" />
            <source>(this vendor)</source>
            <translation>(denne leverandøren)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="138" />
            <location filename="../../ui/widgets/labels.py" line="76" />
            <source>Choose…</source>
            <translation>Velg …</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/labels.py" line="62" />
            <source>Not chosen yet</source>
            <translation>Ikke valgt ennå</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/labels.py" line="80" />
            <location filename="../../ui/widgets/labels.py" line="84" />
            <source>Not recorded</source>
            <translation>Ikke registrert</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/labels.py" line="90" />
            <source>No mechanism recorded</source>
            <translation>Intet overføringsgrunnlag registrert</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/labels.py" line="96" />
            <source>{0} (no longer valid)</source>
            <translation>{0} (ikke lenger gyldig)</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/errors.py" line="61" />
            <source>Something went wrong</source>
            <translation>Noe gikk galt</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="83" />
            <source>Subprocessor Registry</source>
            <translation>Subprocessor Registry</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="111" />
            <source>An unexpected error occurred. Your saved work is safe; the last action may not have been completed.

The details were written to {0}. Please send that file with a note of what you were doing.</source>
            <translation>Det oppstod en uventet feil. Det du har lagret, er i behold; den siste handlingen ble kanskje ikke fullført.

Detaljene er skrevet til {0}. Send gjerne den filen sammen med en beskrivelse av hva du holdt på med.</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <location filename="../../ui/i18n.py" line="46" />
            <source>en</source>
            <comment>The code of this translation's language: nb, da, sv or fi.</comment>
            <translation>nb</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <location filename="../../ui/editors/activity.py" line="216" />
            <location filename="../../ui/undo.py" line="52" />
            <source>vendors</source>
            <translation>leverandører</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="218" />
            <location filename="../../ui/undo.py" line="52" />
            <source>services</source>
            <translation>tjenester</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="50" />
            <source>vendor</source>
            <translation>leverandør</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="50" />
            <source>service</source>
            <translation>tjeneste</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="51" />
            <source>processing activity</source>
            <translation>behandlingsaktivitet</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="51" />
            <source>organisation</source>
            <translation>virksomhet</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="53" />
            <source>processing activities</source>
            <translation>behandlingsaktiviteter</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="53" />
            <source>organisations</source>
            <translation>virksomheter</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="143" />
            <source>Redo</source>
            <translation>Gjør om</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="146" />
            <source>Undo</source>
            <translation>Angre</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="184" />
            <source>Add {kind} {name}</source>
            <translation>Legg til {kind} {name}</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="232" />
            <source>Edit {kind} {name}</source>
            <translation>Endre {kind} {name}</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="279" />
            <source>Delete {kind} {name}</source>
            <translation>Slett {kind} {name}</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="281" />
            <source>Delete {count} {kinds}</source>
            <translation>Slett {count} {kinds}</translation>
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="35" />
            <source>Filter {0}…</source>
            <translation>Filtrer {0} …</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="36" />
            <source>Filter {0}</source>
            <translation>Filtrer {0}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="81" />
            <location filename="../../ui/widgets/tables.py" line="337" />
            <source>(deleted)</source>
            <translation>(slettet)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="82" />
            <source>Linked: {0}</source>
            <translation>Koblet: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="83" />
            <source>None linked.</source>
            <translation>Ingen koblet.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="38" />
            <source>Date set</source>
            <translation>Dato satt</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="39" />
            <source>Set or clear the date</source>
            <translation>Sett eller fjern datoen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="44" />
            <source>not set</source>
            <translation>ikke satt</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="59" />
            <source>{0}: set</source>
            <translation>{0}: satt</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pickers.py" line="117" />
            <source>Type a country or code</source>
            <translation>Skriv et land eller en landkode</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pickers.py" line="156" />
            <source>"{0}" is not a country: pick one from the list.</source>
            <translation>«{0}» er ikke et land: velg et fra listen.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pickers.py" line="236" />
            <source>Nothing in the list is named "{0}": pick one from the list.</source>
            <translation>Ingenting i listen heter «{0}»: velg fra listen.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="39" />
            <source>Type and press Enter to add</source>
            <translation>Skriv og trykk Enter for å legge til</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="47" />
            <location filename="../../ui/widgets/tables.py" line="142" />
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="48" />
            <source>Add the typed entry</source>
            <translation>Legg til det du har skrevet</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="56" />
            <source>Remove selected</source>
            <translation>Fjern valgte</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="57" />
            <source>Remove the selected entries</source>
            <translation>Fjern de valgte oppføringene</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/tables.py" line="145" />
            <source>Remove selected rows</source>
            <translation>Fjern valgte rader</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/tables.py" line="146" />
            <source>Remove the selected rows</source>
            <translation>Fjern de valgte radene</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/tables.py" line="290" />
            <source>Type a name to add…</source>
            <translation>Skriv et navn for å legge til …</translation>
        </message>
    </context>
</TS>