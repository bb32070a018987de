<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="228" />
        <source>About Subprocessor Registry</source>
        <translation>Om Subprocessor Registry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="232" />
        <source>Keeps vendors and sub-processors, their locations, transfer safeguards and DPAs, services, and the records of processing of GDPR Article 30, and shows what needs doing: transfers without a valid mechanism, missing DPAs, overdue reviews.</source>
        <translation>Holder oversikt over leverandører og underdatabehandlere, hvor de behandler data, overføringsgrunnlag og databehandleravtaler, tjenester og protokollen over behandlingsaktiviteter etter GDPR artikkel 30, og viser hva som må gjøres: overføringer uten gyldig grunnlag, manglende databehandleravtaler og forfalte gjennomganger.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/lists.py" line="685" />
        <source>Processing activities</source>
        <translation>Behandlingsaktiviteter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="688" />
        <source>Search records, purposes, data, vendors… (Ctrl+F)</source>
        <translation>Søk i behandlinger, formål, opplysninger, leverandører … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="692" />
        <source>Select a processing activity to see and edit it, or press Ctrl+N to add one.</source>
        <translation>Velg en behandlingsaktivitet for å se og endre den, eller trykk Ctrl+N for å legge til en.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/lists.py" line="696" />
        <source>%n record(s)</source>
        <translation><numerusform>%n behandling</numerusform><numerusform>%n behandlinger</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/lists.py" line="697" />
        <source>{0} of %n record(s)</source>
        <translation><numerusform>{0} av %n behandling</numerusform><numerusform>{0} av %n behandlinger</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="701" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="702" />
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="703" />
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="704" />
        <source>Errors and warnings</source>
        <translation>Feil og advarsler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="705" />
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="706" />
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="707" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="595" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="596" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="597" />
        <source>Business function</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="598" />
        <source>Legal basis</source>
        <translation>Behandlingsgrunnlag</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="599" />
        <source>Vendors</source>
        <translation>Leverandører</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="600" />
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="601" />
        <source>Next review</source>
        <translation>Neste gjennomgang</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <location filename="../../ui/pages/overview.py" line="407" />
        <source>Covered</source>
        <translation>Dekket</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="408" />
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="409" />
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="410" />
        <source>EU/EEA: no transfer</source>
        <translation>EU/EØS: ingen overføring</translation>
    </message>
</context>
<context>
    <name>ChooseFileDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="202" />
        <source>Registry files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Registerfiler (*.sqlite3 *.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="204" />
        <source>JSON documents (*.json);;All files (*)</source>
        <translation>JSON-dokumenter (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="206" />
        <source>Open Registry</source>
        <translation>Åpne register</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="209" />
        <source>New Registry</source>
        <translation>Nytt register</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="213" />
        <source>Import Registry from JSON</source>
        <translation>Importer register fra JSON</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="216" />
        <source>Export Registry to JSON</source>
        <translation>Eksporter register til JSON</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="135" />
        <source>Delete “{0}”?</source>
        <translation>Slette «{0}»?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="137" />
        <source>Delete %n record(s)?</source>
        <translation><numerusform>Slette %n post?</numerusform><numerusform>Slette %n poster?</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="140" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="142" />
        <source>You can bring it back with Edit ▸ Undo (Ctrl+Z).</source>
        <translation>Du kan hente det tilbake med Rediger ▸ Angre (Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="149" />
        <source>… and %n more</source>
        <translation><numerusform>… og %n til</numerusform><numerusform>… og %n til</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="151" />
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
</context>
<context>
    <name>ConfirmImportDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="166" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="167" />
        <source>Replace everything in this registry with “{0}”?</source>
        <translation>Erstatte alt i dette registeret med «{0}»?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="169" />
        <source>Every vendor, service and processing activity now in the registry is removed and cannot be brought back with Undo. Export the registry first to keep a copy.</source>
        <translation>Alle leverandører, tjenester og behandlingsaktiviteter som nå er i registeret, fjernes og kan ikke hentes tilbake med Angre. Eksporter registeret først for å ta vare på en kopi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="173" />
        <source>&amp;Replace</source>
        <translation>&amp;Erstatt</translation>
    </message>
</context>
<context>
    <name>DestinationChart</name>
    <message>
        <location filename="../../ui/pages/overview.py" line="227" />
        <source>Where the data goes</source>
        <translation>Hvor dataene går</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/overview.py" line="247" />
        <source>{0}: %n vendor(s), in the EU/EEA</source>
        <translation><numerusform>{0}: %n leverandør, i EU/EØS</numerusform><numerusform>{0}: %n leverandører, i EU/EØS</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/overview.py" line="249" />
        <source>{0}: %n vendor(s) ({1})</source>
        <translation><numerusform>{0}: %n leverandør ({1})</numerusform><numerusform>{0}: %n leverandører ({1})</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="287" />
        <source>No vendor locations are recorded yet.</source>
        <translation>Ingen leverandørlokasjoner er registrert ennå.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/models.py" line="853" />
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="854" />
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="855" />
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="943" />
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="943" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="943" />
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="955" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="45" />
        <location filename="../../ui/dialogs.py" line="47" />
        <source>Welcome to Subprocessor Registry</source>
        <translation>Velkommen til Subprocessor Registry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="53" />
        <source>Keep your vendors and sub-processors, where they process data, their transfer safeguards and DPAs, your services and your Article 30 records in one place. How do you want to start?</source>
        <translation>Hold leverandører og underdatabehandlere, hvor de behandler data, overføringsgrunnlag og databehandleravtaler, tjenestene deres og protokollen etter artikkel 30 på ett sted. Hvordan vil du begynne?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="58" />
        <source>Explore the demo registry</source>
        <translation>Utforsk demoregisteret</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="59" />
        <source>A Nordic IT company with real-world vendors, services and records of processing, with a few problems to find. You can clear it later.</source>
        <translation>Et nordisk IT-selskap med virkelige leverandører, tjenester og behandlingsprotokoller, og noen problemer å finne. Du kan tømme det senere.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63" />
        <source>Start an empty registry</source>
        <translation>Start med et tomt register</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="64" />
        <source>Enter your organisation's name and add your vendors.</source>
        <translation>Skriv inn virksomhetens navn og legg til leverandørene.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="66" />
        <source>Open an existing registry file…</source>
        <translation>Åpne en eksisterende registerfil …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="67" />
        <source>A registry file you or a colleague already keep.</source>
        <translation>En registerfil du eller en kollega allerede fører.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="70" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/pages/lists.py" line="150" />
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="230" />
        <source>Search (Ctrl+F)</source>
        <translation>Søk (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/lists.py" line="236" />
        <source>%n record(s)</source>
        <translation><numerusform>%n behandling</numerusform><numerusform>%n behandlinger</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="237" />
        <source>{0} of {1}</source>
        <translation>{0} av {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="240" />
        <source>{0}: all</source>
        <translation>{0}: alle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="119" />
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="140" />
        <source>Notice</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="169" />
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="170" />
        <source>Vendors</source>
        <translation>Leverandører</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="171" />
        <source>Services</source>
        <translation>Tjenester</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="172" />
        <source>Processing activities</source>
        <translation>Behandlingsaktiviteter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="173" />
        <source>Transfers</source>
        <translation>Overføringer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="179" />
        <source>Unnamed registry</source>
        <translation>Register uten navn</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="185" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="187" />
        <source>(read-only)</source>
        <translation>(skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="206" />
        <source>&amp;New Registry…</source>
        <translation>&amp;Nytt register …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="207" />
        <source>Create a new, empty registry file</source>
        <translation>Lag en ny, tom registerfil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="208" />
        <source>&amp;Open Registry…</source>
        <translation>&amp;Åpne register …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="209" />
        <source>Open another registry file</source>
        <translation>Åpne en annen registerfil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="211" />
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer JSON …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="212" />
        <source>Replace this registry with the contents of a JSON document</source>
        <translation>Erstatt dette registeret med innholdet i et JSON-dokument</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="214" />
        <source>&amp;Export JSON…</source>
        <translation>&amp;Eksporter JSON …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="215" />
        <source>Write the whole registry to a JSON document</source>
        <translation>Skriv hele registeret til et JSON-dokument</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="216" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="222" />
        <location filename="../../ui/mainwindow.py" line="476" />
        <source>&amp;New Vendor</source>
        <translation>&amp;Ny leverandør</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="224" />
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="226" />
        <source>Delete the selected records</source>
        <translation>Slett de valgte postene</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="229" />
        <source>&amp;Find</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="230" />
        <source>Search the current list</source>
        <translation>Søk i listen som vises</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="232" />
        <source>&amp;Organisation Details…</source>
        <translation>&amp;Opplysninger om virksomheten …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="233" />
        <source>Your organisation's name, contacts and DPO</source>
        <translation>Virksomhetens navn, kontaktopplysninger og personvernombud</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="234" />
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="235" />
        <source>Read the registry again</source>
        <translation>Les registeret på nytt</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="246" />
        <source>&amp;About Subprocessor Registry</source>
        <translation>&amp;Om Subprocessor Registry</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="254" />
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="262" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="267" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="273" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="276" />
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="285" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="295" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="299" />
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="305" />
        <source>&amp;Reports</source>
        <translation>R&amp;apporter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="308" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="336" />
        <source>&amp;Clear Menu</source>
        <translation>&amp;Tøm menyen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="339" />
        <source>No recent registries</source>
        <translation>Ingen nylig åpnede registre</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="359" />
        <source>This registry is open read-only: changes cannot be saved.</source>
        <translation>Dette registeret er åpnet skrivebeskyttet: endringer kan ikke lagres.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="477" />
        <source>&amp;New Service</source>
        <translation>&amp;Ny tjeneste</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="478" />
        <source>&amp;New Processing Activity</source>
        <translation>&amp;Ny behandlingsaktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="480" />
        <source>&amp;New Record</source>
        <translation>&amp;Ny post</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="529" />
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="541" />
        <source>The new language is used when the app starts again.</source>
        <translation>Det nye språket brukes neste gang programmet starter.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="561" />
        <source>The registry cannot be opened</source>
        <translation>Registeret kan ikke åpnes</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="608" />
        <source>That is the registry open now. Choose another file name.</source>
        <translation>Det er registeret som er åpent nå. Velg et annet filnavn.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="636" />
        <location filename="../../ui/mainwindow.py" line="645" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="648" />
        <source>Imported {0}.</source>
        <translation>Importerte {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="661" />
        <location filename="../../ui/mainwindow.py" line="665" />
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="664" />
        <source>{0} cannot be written: {1}.</source>
        <translation>{0} kan ikke skrives: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="667" />
        <source>Exported the registry to {0}.</source>
        <translation>Eksporterte registeret til {0}.</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="108" />
        <source>The registry cannot be opened</source>
        <translation>Registeret kan ikke åpnes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="110" />
        <source>Open another registry file, or create a new one?</source>
        <translation>Åpne en annen registerfil, eller lage en ny?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="112" />
        <source>&amp;Open Another…</source>
        <translation>&amp;Åpne en annen …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="114" />
        <source>&amp;New Registry…</source>
        <translation>&amp;Nytt register …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="116" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
</context>
<context>
    <name>OrganisationNameDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="188" />
        <source>New registry</source>
        <translation>Nytt register</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="189" />
        <source>Your organisation's name (as in contracts):</source>
        <translation>Virksomhetens navn (som i avtaler):</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview.py" line="459" />
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="467" />
        <source>Vendors in use</source>
        <translation>Leverandører i bruk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="468" />
        <source>Third-country destinations</source>
        <translation>Tredjeland data går til</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="469" />
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="470" />
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="471" />
        <source>Reviews due in 30 days</source>
        <translation>Gjennomganger innen 30 dager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="490" />
        <location filename="../../ui/pages/overview.py" line="505" />
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="501" />
        <source>Double-click a finding or press Enter to open its record.</source>
        <translation>Dobbeltklikk på et funn eller trykk Enter for å åpne posten.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="520" />
        <source>Vendors per destination country. Click a country to see its transfers.</source>
        <translation>Leverandører per mottakerland. Klikk på et land for å se overføringene dit.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="524" />
        <source>Where the data goes</source>
        <translation>Hvor dataene går</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="555" />
        <source>Assessing the registry…</source>
        <translation>Vurderer registeret …</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="581" />
        <source>Unnamed organisation</source>
        <translation>Virksomhet uten navn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="582" />
        <source>{0} — assessed as of {1}</source>
        <translation>{0} — vurdert per {1}</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="365" />
        <source>Verdict: the most serious finding</source>
        <translation>Vurdering: det alvorligste funnet</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="531" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="532" />
        <source>Vendors</source>
        <translation>Leverandører</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="533" />
        <source>Third-country vendors</source>
        <translation>Leverandører i tredjeland</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="534" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../ui/pages/lists.py" line="649" />
        <source>Services</source>
        <translation>Tjenester</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="652" />
        <source>Search services and their vendors… (Ctrl+F)</source>
        <translation>Søk i tjenester og leverandørene deres … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="655" />
        <source>Select a service to see and edit it, or press Ctrl+N to add one.</source>
        <translation>Velg en tjeneste for å se og endre den, eller trykk Ctrl+N for å legge til en.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/lists.py" line="659" />
        <source>%n service(s)</source>
        <translation><numerusform>%n tjeneste</numerusform><numerusform>%n tjenester</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/lists.py" line="660" />
        <source>{0} of %n service(s)</source>
        <translation><numerusform>{0} av %n tjeneste</numerusform><numerusform>{0} av %n tjenester</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="664" />
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="665" />
        <source>Errors and warnings</source>
        <translation>Feil og advarsler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="666" />
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="667" />
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="668" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>TransferTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="650" />
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="651" />
        <source>Chain</source>
        <translation>Kjede</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="652" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="653" />
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="654" />
        <source>Mechanism / basis</source>
        <translation>Overføringsgrunnlag</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="655" />
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../ui/pages/lists.py" line="726" />
        <source>Transfers</source>
        <translation>Overføringer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="729" />
        <source>Search vendors, countries, mechanisms… (Ctrl+F)</source>
        <translation>Søk i leverandører, land, overføringsgrunnlag … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="732" />
        <source>Select a transfer to see and edit its vendor, with the safeguard of each destination.</source>
        <translation>Velg en overføring for å se og endre leverandøren, med overføringsgrunnlaget for hvert mottakerland.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/lists.py" line="737" />
        <source>%n transfer(s)</source>
        <translation><numerusform>%n overføring</numerusform><numerusform>%n overføringer</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/lists.py" line="738" />
        <source>{0} of %n transfer(s)</source>
        <translation><numerusform>{0} av %n overføring</numerusform><numerusform>{0} av %n overføringer</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="742" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="743" />
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="744" />
        <source>Errors and warnings</source>
        <translation>Feil og advarsler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="745" />
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="746" />
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="747" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>VendorTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="439" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="440" />
        <source>Legal entity</source>
        <translation>Juridisk enhet</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="441" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="442" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="443" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="444" />
        <source>Hosted in</source>
        <translation>Driftet i</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="445" />
        <source>Third countries</source>
        <translation>Tredjeland</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="446" />
        <source>DPA signed</source>
        <translation>DBA signert</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="447" />
        <source>Next review</source>
        <translation>Neste gjennomgang</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="456" />
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="457" />
        <source>not needed</source>
        <translation>ikke nødvendig</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="516" />
        <source>Formerly: {0}</source>
        <translation>Tidligere: {0}</translation>
    </message>
</context>
<context>
    <name>VendorsPage</name>
    <message>
        <location filename="../../ui/pages/lists.py" line="597" />
        <source>Vendors</source>
        <translation>Leverandører</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="600" />
        <source>Search names, former names, legal entities, countries… (Ctrl+F)</source>
        <translation>Søk i navn, tidligere navn, juridiske enheter, land … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="603" />
        <source>Select a vendor to see and edit it, or press Ctrl+N to add one.</source>
        <translation>Velg en leverandør for å se og endre den, eller trykk Ctrl+N for å legge til en.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/lists.py" line="607" />
        <source>%n vendor(s)</source>
        <translation><numerusform>%n leverandør</numerusform><numerusform>%n leverandører</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/lists.py" line="608" />
        <source>{0} of %n vendor(s)</source>
        <translation><numerusform>{0} av %n leverandør</numerusform><numerusform>{0} av %n leverandører</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="612" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="613" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="614" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="615" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="616" />
        <source>EU/EEA only</source>
        <translation>Bare EU/EØS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="617" />
        <source>Third countries</source>
        <translation>Tredjeland</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="619" />
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="620" />
        <source>Errors and warnings</source>
        <translation>Feil og advarsler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="621" />
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="622" />
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="623" />
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../ui/pages/lists.py" line="624" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/models.py" line="79" />
        <source>Processor</source>
        <translation>Databehandler</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80" />
        <source>Sub-processor</source>
        <translation>Underdatabehandler</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="81" />
        <source>Independent controller</source>
        <translation>Selvstendig behandlingsansvarlig</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="82" />
        <source>Joint controller</source>
        <translation>Felles behandlingsansvarlig</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="83" />
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="84" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="85" />
        <source>Retired</source>
        <translation>Avviklet</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="86" />
        <source>Controller (Art. 30(1))</source>
        <translation>Behandlingsansvarlig (art. 30(1))</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="87" />
        <source>Processor (Art. 30(2))</source>
        <translation>Databehandler (art. 30(2))</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="88" />
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="89" />
        <source>Contract</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="90" />
        <source>Legal obligation</source>
        <translation>Rettslig forpliktelse</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="91" />
        <source>Vital interests</source>
        <translation>Vitale interesser</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="92" />
        <source>Public task</source>
        <translation>Offentlig myndighet</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="93" />
        <source>Legitimate interests</source>
        <translation>Berettiget interesse</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="94" />
        <source>Not required</source>
        <translation>Ikke påkrevd</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="95" />
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="96" />
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="97" />
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="98" />
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="99" />
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="100" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="101" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="102" />
        <source>EU/EEA</source>
        <translation>EU/EØS</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="103" />
        <source>entity</source>
        <translation>selskapet</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="104" />
        <source>hosting</source>
        <translation>drift</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="105" />
        <source>access</source>
        <translation>tilgang</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="106" />
        <source>processing</source>
        <translation>behandling</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="107" />
        <source>backup</source>
        <translation>sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="108" />
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="109" />
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="110" />
        <source>Processing activity</source>
        <translation>Behandlingsaktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="111" />
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../ui/settings.py" line="75" />
        <source>User interface language (empty: the system's)</source>
        <translation>Språk i brukergrensesnittet (tomt: systemets)</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="79" />
        <source>Recently opened registries</source>
        <translation>Nylig åpnede registre</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="82" />
        <source>The registry opened last</source>
        <translation>Registeret som sist ble åpnet</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="86" />
        <source>Size and place of the main window</source>
        <translation>Størrelse og plassering av hovedvinduet</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="90" />
        <source>Tool bars and docks of the main window</source>
        <translation>Verktøylinjer og paneler i hovedvinduet</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="94" />
        <source>Width of the navigation list</source>
        <translation>Bredden på navigasjonslisten</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="97" />
        <source>The page shown last</source>
        <translation>Siden som sist ble vist</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="101" />
        <source>Findings and chart widths on the overview</source>
        <translation>Bredden på funn og diagram i oversikten</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="105" />
        <source>Column widths of the findings</source>
        <translation>Kolonnebredder for funnene</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="109" />
        <source>Column widths and order of a list</source>
        <translation>Kolonnebredder og rekkefølge i en liste</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="114" />
        <source>Widths of a list and its editor</source>
        <translation>Bredden på en liste og redigeringsfeltet</translation>
    </message>
</context>
</TS>