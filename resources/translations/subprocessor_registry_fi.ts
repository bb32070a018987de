<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="247" />
            <source>About Subprocessor Registry</source>
            <translation>Tietoja sovelluksesta Subprocessor Registry</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="251" />
            <source>Version {0}</source>
            <translation>Versio {0}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="253" />
            <source>Legal facts as of {0}</source>
            <translation>Oikeudellisten tietojen tilanne {0}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="255" />
            <source>Keeps vendors and sub-processors, their locations, transfer safeguards and DPAs, services, and the records of processing of GDPR Article 30, and shows what needs doing: transfers without a valid mechanism, missing DPAs, overdue reviews.</source>
            <translation>Pitää kirjaa toimittajista ja alikäsittelijöistä, niiden sijainneista, siirtoperusteista ja käsittelysopimuksista, palveluista sekä tietosuoja-asetuksen 30 artiklan mukaisesta selosteesta käsittelytoimista, ja näyttää, mitä on tehtävä: siirrot ilman pätevää siirtoperustetta, puuttuvat käsittelysopimukset ja myöhässä olevat tarkistukset.</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <location filename="../../ui/pages/lists.py" line="149" />
            <source>Processing activities</source>
            <translation>Käsittelytoimet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="152" />
            <source>Search records, purposes, data, vendors… (Ctrl+F)</source>
            <translation>Hae käsittelytoimia, tarkoituksia, tietoja, toimittajia… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="156" />
            <source>Select a processing activity to see and edit it, or press Ctrl+N to add one.</source>
            <translation>Valitse käsittelytoimi tarkastellaksesi ja muokataksesi sitä tai lisää uusi painamalla Ctrl+N.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="160" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n käsittelytoimi</numerusform>
                <numerusform>%n käsittelytointa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="161" />
            <source>{0} of %n record(s)</source>
            <translation>
                <numerusform>{0}/%n käsittelytoimi</numerusform>
                <numerusform>{0}/%n käsittelytointa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="165" />
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="166" />
            <source>DPIA</source>
            <translation>Vaikutustenarviointi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="167" />
            <source>Verdict</source>
            <translation>Arvio</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="168" />
            <source>Errors and warnings</source>
            <translation>Virheet ja varoitukset</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="169" />
            <source>Warnings</source>
            <translation>Varoitukset</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="170" />
            <source>Notes</source>
            <translation>Huomautukset</translation>
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
            <translation>Käsittelytoimi</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="151" />
            <source>Completeness</source>
            <translation>Täydellisyys</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="155" />
            <source>Record</source>
            <translation>Perustiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="156" />
            <source>&amp;Name</source>
            <translation>&amp;Nimi</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="156" />
            <source>e.g. Customer support</source>
            <translation>esim. Asiakastuki</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="157" />
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="158" />
            <source>Business function</source>
            <translation>Toiminto</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="159" />
            <source>e.g. Customer service, HR</source>
            <translation>esim. Asiakaspalvelu, HR</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="161" />
            <source>Purposes and legal basis</source>
            <translation>Tarkoitukset ja käsittelyperuste</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="162" />
            <source>&amp;Purposes</source>
            <translation>T&amp;arkoitukset</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="163" />
            <source>Why the data is processed</source>
            <translation>Miksi henkilötietoja käsitellään</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="165" />
            <source>Legal basis ({0})</source>
            <translation>Käsittelyperuste ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="172" />
            <source>Special categories ({0})</source>
            <translation>Erityiset henkilötietoryhmät ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="167" />
            <source>Basis in detail</source>
            <translation>Perusteen tarkennus</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="168" />
            <source>The contract, law or consent text relied on</source>
            <translation>Sopimus, laki tai suostumusteksti, johon käsittely perustuu</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="169" />
            <source>Legitimate interests</source>
            <translation>Oikeutetut edut</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="170" />
            <source>The interests and the balancing test</source>
            <translation>Edut ja tasapainotesti</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="175" />
            <source>People and data</source>
            <translation>Rekisteröidyt ja henkilötiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="177" />
            <source>Data subjects</source>
            <translation>Rekisteröidyt</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="178" />
            <source>Customers</source>
            <translation>Asiakkaat</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="178" />
            <source>Customers' end users</source>
            <translation>Asiakkaiden loppukäyttäjät</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="178" />
            <source>Employees</source>
            <translation>Työntekijät</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="178" />
            <source>Job applicants</source>
            <translation>Työnhakijat</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="179" />
            <source>Website visitors</source>
            <translation>Verkkosivuston kävijät</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="179" />
            <source>Prospects</source>
            <translation>Potentiaaliset asiakkaat</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="179" />
            <source>Suppliers' contacts</source>
            <translation>Toimittajien yhteyshenkilöt</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="180" />
            <source>e.g. Customers, then Enter</source>
            <translation>esim. Asiakkaat ja Enter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="181" />
            <source>Personal data</source>
            <translation>Henkilötiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="182" />
            <source>Contact details</source>
            <translation>Yhteystiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="182" />
            <source>Identification data</source>
            <translation>Tunnistetiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="182" />
            <source>Traffic data</source>
            <translation>Välitystiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="183" />
            <source>Billing data</source>
            <translation>Laskutustiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="183" />
            <source>Payment data</source>
            <translation>Maksutiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="183" />
            <source>Location data</source>
            <translation>Sijaintitiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="184" />
            <source>Content of communications</source>
            <translation>Viestien sisältö</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="184" />
            <source>Technical logs</source>
            <translation>Tekniset lokit</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="184" />
            <source>Employment data</source>
            <translation>Työsuhdetiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="185" />
            <source>Health data</source>
            <translation>Terveystiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="186" />
            <source>e.g. Contact details, then Enter</source>
            <translation>esim. Yhteystiedot ja Enter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="187" />
            <source>Recipients</source>
            <translation>Vastaanottajat</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="188" />
            <source>Processors (our vendors)</source>
            <translation>Henkilötietojen käsittelijät (toimittajamme)</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="188" />
            <source>Tax authority</source>
            <translation>Verohallinto</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="188" />
            <source>Auditors</source>
            <translation>Tilintarkastajat</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="188" />
            <source>Banks</source>
            <translation>Pankit</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="189" />
            <source>Public authorities</source>
            <translation>Viranomaiset</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="189" />
            <source>Group companies</source>
            <translation>Konserniyhtiöt</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="190" />
            <source>e.g. Tax authority, then Enter</source>
            <translation>esim. Verohallinto ja Enter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="192" />
            <source>Data category</source>
            <translation>Henkilötietoryhmä</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="193" />
            <source>Kept for</source>
            <translation>Säilytetään</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="194" />
            <source>Add retention period</source>
            <translation>Lisää poistamisen määräaika</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="195" />
            <source>Erasure time limits</source>
            <translation>Poistamisen määräajat</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="197" />
            <source>Protection and rights</source>
            <translation>Suojaus ja oikeudet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="198" />
            <source>Security measures</source>
            <translation>Turvatoimet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="199" />
            <source>Technical and organisational measures ({0})</source>
            <translation>Tekniset ja organisatoriset toimenpiteet ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="201" />
            <source>Source of the data</source>
            <translation>Tietojen lähde</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="202" />
            <source>Rights available</source>
            <translation>Rekisteröityjen oikeudet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="203" />
            <source>Automated decisions</source>
            <translation>Automatisoidut päätökset</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="204" />
            <source>DPIA</source>
            <translation>Vaikutustenarviointi</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="205" />
            <source>DPIA link</source>
            <translation>Vaikutustenarvioinnin linkki</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="207" />
            <source>Controllers</source>
            <translation>Rekisterinpitäjät</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="209" />
            <source>Controller or customer group</source>
            <translation>Rekisterinpitäjä tai asiakasryhmä</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="210" />
            <source>Contact</source>
            <translation>Yhteystiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="211" />
            <source>Add controller</source>
            <translation>Lisää rekisterinpitäjä</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="212" />
            <source>Processing on behalf of</source>
            <translation>Kenen lukuun käsitellään</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="213" />
            <source>Joint controllers</source>
            <translation>Yhteisrekisterinpitäjät</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="215" />
            <source>Vendors and services</source>
            <translation>Toimittajat ja palvelut</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="216" />
            <location filename="../../ui/undo.py" line="52" />
            <source>vendors</source>
            <translation>toimittajia</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="217" />
            <source>Vendors</source>
            <translation>Toimittajat</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="218" />
            <location filename="../../ui/undo.py" line="52" />
            <source>services</source>
            <translation>palveluja</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="219" />
            <source>Services</source>
            <translation>Palvelut</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="221" />
            <source>Third-country transfers</source>
            <translation>Siirrot kolmansiin maihin</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="224" />
            <source>Transfer notes</source>
            <translation>Siirtoja koskevat huomautukset</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="225" />
            <source>Document Art. 49(1) second-subparagraph transfers here</source>
            <translation>Dokumentoi tähän 49 artiklan 1 kohdan toisen alakohdan mukaiset siirrot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="227" />
            <source>Review</source>
            <translation>Tarkistus</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="228" />
            <source>Last reviewed</source>
            <translation>Viimeksi tarkistettu</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="229" />
            <source>Next review</source>
            <translation>Seuraava tarkistus</translation>
        </message>
    </context>
    <context>
        <name>ActivityTableModel</name>
        <message>
            <location filename="../../ui/models/lists.py" line="275" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="276" />
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="277" />
            <source>Business function</source>
            <translation>Toiminto</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="278" />
            <source>Legal basis</source>
            <translation>Käsittelyperuste</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="279" />
            <source>Vendors</source>
            <translation>Toimittajat</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="280" />
            <source>DPIA</source>
            <translation>Vaikutustenarviointi</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="281" />
            <source>Data protection impact assessment (DPIA)</source>
            <translation>Tietosuojaa koskeva vaikutustenarviointi (DPIA)</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="282" />
            <source>Next review</source>
            <translation>Seuraava tarkistus</translation>
        </message>
    </context>
    <context>
        <name>ChartLegend</name>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="229" />
            <source>Covered</source>
            <translation>Kunnossa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="230" />
            <source>Warning</source>
            <translation>Varoitus</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="231" />
            <source>Error</source>
            <translation>Virhe</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="232" />
            <source>EU/EEA: no transfer</source>
            <translation>EU/ETA: ei siirtoa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="242" />
            <source>Legend</source>
            <translation>Selite</translation>
        </message>
    </context>
    <context>
        <name>ChooseFileDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="213" />
            <source>Registry files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Rekisteritiedostot (*.sqlite3 *.sqlite *.db);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="215" />
            <source>JSON documents (*.json);;All files (*)</source>
            <translation>JSON-tiedostot (*.json);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="217" />
            <source>Open Registry</source>
            <translation>Avaa rekisteri</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="220" />
            <source>New Registry</source>
            <translation>Uusi rekisteri</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="224" />
            <source>Import Registry from JSON</source>
            <translation>Tuo rekisteri JSON-tiedostosta</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="227" />
            <source>Export History to CSV</source>
            <translation>Vie historia CSV-tiedostoon</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="228" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-tiedostot (*.csv);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="234" />
            <source>Export Registry to JSON</source>
            <translation>Vie rekisteri JSON-tiedostoon</translation>
        </message>
    </context>
    <context>
        <name>CompletenessPanel</name>
        <message>
            <location filename="../../ui/editors/activity.py" line="76" />
            <source>complete</source>
            <translation>täydellinen</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="77" />
            <source>incomplete</source>
            <translation>puutteellinen</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="90" />
            <source>Article 30: {0} of {1} items complete</source>
            <translation>30 artikla: täydellisiä alakohtia {0}/{1}</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDeleteDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="145" />
            <source>Delete “{0}”?</source>
            <translation>Poistetaanko ”{0}”?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="150" />
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="152" />
            <source>You can bring it back with Edit ▸ Undo (Ctrl+Z).</source>
            <translation>Voit palauttaa sen valitsemalla Muokkaa ▸ Kumoa (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="161" />
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
    </context>
    <context>
        <name>ConfirmImportDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="176" />
            <source>Import</source>
            <translation>Tuonti</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="177" />
            <source>Replace everything in this registry with “{0}”?</source>
            <translation>Korvataanko tämän rekisterin koko sisältö tiedostolla ”{0}”?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="179" />
            <source>Every vendor, service and processing activity now in the registry is removed and cannot be brought back with Undo. Export the registry first to keep a copy.</source>
            <translation>Kaikki rekisterissä nyt olevat toimittajat, palvelut ja käsittelytoimet poistetaan, eikä niitä voi palauttaa Kumoa-toiminnolla. Vie rekisteri ensin, jos haluat säilyttää kopion.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="183" />
            <source>&amp;Replace</source>
            <translation>&amp;Korvaa</translation>
        </message>
    </context>
    <context>
        <name>DestinationChart</name>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="52" />
            <source>Where the data goes</source>
            <translation>Minne tiedot siirtyvät</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/overview_chart.py" line="72" />
            <source>{0}: %n vendor(s), in the EU/EEA</source>
            <translation>
                <numerusform>{0}: %n toimittaja, EU:n/ETA:n alueella</numerusform>
                <numerusform>{0}: %n toimittajaa, EU:n/ETA:n alueella</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/overview_chart.py" line="74" />
            <source>{0}: %n vendor(s) ({1})</source>
            <translation>
                <numerusform>{0}: %n toimittaja ({1})</numerusform>
                <numerusform>{0}: %n toimittajaa ({1})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="112" />
            <source>No vendor locations are recorded yet.</source>
            <translation>Toimittajien sijainteja ei ole vielä kirjattu.</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <location filename="../../ui/models/findings.py" line="33" />
            <source>Errors</source>
            <translation>Virheet</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="34" />
            <source>Warnings</source>
            <translation>Varoitukset</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="35" />
            <source>Notes</source>
            <translation>Huomautukset</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="123" />
            <source>Record</source>
            <translation>Kohde</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="123" />
            <source>Country</source>
            <translation>Maa</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="123" />
            <source>Finding</source>
            <translation>Havainto</translation>
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
            <translation>Tervetuloa käyttämään Subprocessor Registry -sovellusta</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="63" />
            <source>Keep your vendors and sub-processors, where they process data, their transfer safeguards and DPAs, your services and your Article 30 records in one place. How do you want to start?</source>
            <translation>Pidä toimittajat ja alikäsittelijät, niiden käsittelysijainnit, siirtoperusteet ja käsittelysopimukset, palvelusi sekä 30 artiklan mukainen seloste käsittelytoimista yhdessä paikassa. Miten haluat aloittaa?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="68" />
            <source>Explore the demo registry</source>
            <translation>Tutustu esittelyrekisteriin</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="69" />
            <source>A Nordic IT company with real-world vendors, services and records of processing, with a few problems to find. You can clear it later.</source>
            <translation>Pohjoismainen IT-yritys, jolla on todellisia toimittajia, palveluja ja käsittelytoimia sekä muutama ongelma löydettäväksi. Voit tyhjentää rekisterin myöhemmin.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="73" />
            <source>Start an empty registry</source>
            <translation>Aloita tyhjällä rekisterillä</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="74" />
            <source>Enter your organisation's name and add your vendors.</source>
            <translation>Kirjoita organisaatiosi nimi ja lisää toimittajasi.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="76" />
            <source>Open an existing registry file…</source>
            <translation>Avaa olemassa oleva rekisteritiedosto…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="77" />
            <source>A registry file you or a colleague already keep.</source>
            <translation>Rekisteritiedosto, jota sinä tai kollegasi jo ylläpidätte.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="80" />
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../ui/pages/history.py" line="85" />
            <source>Search records, fields and values (Ctrl+F)</source>
            <translation>Hae tietueista, kentistä ja arvoista (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="87" />
            <source>Finds the changes whose record's name, field or value (before or after) holds the text, in English or your language: a vendor's name, a country, a role.</source>
            <translation>Löytää muutokset, joiden tietueen nimessä, kentässä tai arvossa (ennen tai jälkeen) teksti esiintyy, englanniksi tai omalla kielelläsi: toimittajan nimi, maa, rooli.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="89" />
            <source>Search</source>
            <translation>Haku</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="102" />
            <source>Kind</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="103" />
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="104" />
            <source>Change</source>
            <translation>Muutos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="111" />
            <source>{0}: all</source>
            <translation>{0}: kaikki</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="120" />
            <location filename="../../ui/pages/history.py" line="163" />
            <source>From</source>
            <translation>Alkaen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="122" />
            <location filename="../../ui/pages/history.py" line="165" />
            <source>To</source>
            <translation>Asti</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="133" />
            <location filename="../../ui/pages/history.py" line="134" />
            <source>Show the changes of every record</source>
            <translation>Näytä kaikkien tietueiden muutokset</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="138" />
            <source>Export CSV…</source>
            <translation>Vie CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="140" />
            <source>Write the changes the filters keep to a CSV file, as the table shows them</source>
            <translation>Kirjoita suodattimien rajaamat muutokset CSV-tiedostoon sellaisina kuin taulukko ne näyttää</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="146" />
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/history.py" line="284" />
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n muutos</numerusform>
                <numerusform>%n muutosta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="285" />
            <source>No changes</source>
            <translation>Ei muutoksia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="304" />
            <source>Writing {0}…</source>
            <translation>Kirjoitetaan {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="320" />
            <source>Export CSV</source>
            <translation>Vie CSV</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/history.py" line="322" />
            <source>Wrote %n change(s) to {0}.</source>
            <translation>
                <numerusform>%n muutos kirjoitettiin tiedostoon {0}.</numerusform>
                <numerusform>%n muutosta kirjoitettiin tiedostoon {0}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../ui/editors/history_panel.py" line="78" />
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../../ui/editors/history_panel.py" line="86" />
            <source>No changes yet: the record's history starts when it is saved.</source>
            <translation>Ei vielä muutoksia: tietueen historia alkaa, kun se tallennetaan.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/history_panel.py" line="89" />
            <source>Show All in History</source>
            <translation>Näytä kaikki historiassa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/history_panel.py" line="90" />
            <source>Every change of this record on the History page, to filter and export</source>
            <translation>Tietueen kaikki muutokset Historia-sivulla suodatettaviksi ja vietäviksi</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../ui/pages/list_page.py" line="104" />
            <source>Search</source>
            <translation>Haku</translation>
        </message>
        <message>
            <location filename="../../ui/pages/list_page.py" line="225" />
            <source>Search (Ctrl+F)</source>
            <translation>Hae (Ctrl+F)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/list_page.py" line="234" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n kohde</numerusform>
                <numerusform>%n kohdetta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/list_page.py" line="235" />
            <source>{0} of {1}</source>
            <translation>{0}/{1}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/list_page.py" line="238" />
            <source>{0}: all</source>
            <translation>{0}: kaikki</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.py" line="131" />
            <source>Pages</source>
            <translation>Sivut</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="152" />
            <source>Notice</source>
            <translation>Ilmoitus</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="184" />
            <source>Overview</source>
            <translation>Yleiskatsaus</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="185" />
            <source>Vendors</source>
            <translation>Toimittajat</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="186" />
            <source>Services</source>
            <translation>Palvelut</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="187" />
            <source>Processing activities</source>
            <translation>Käsittelytoimet</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="188" />
            <source>Transfers</source>
            <translation>Siirrot</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="189" />
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="194" />
            <source>Unnamed registry</source>
            <translation>Nimetön rekisteri</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="200" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="202" />
            <source>(read-only)</source>
            <translation>(vain luku)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="221" />
            <source>&amp;New Registry…</source>
            <translation>&amp;Uusi rekisteri…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="222" />
            <source>Create a new, empty registry file</source>
            <translation>Luo uusi, tyhjä rekisteritiedosto</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="223" />
            <source>&amp;Open Registry…</source>
            <translation>&amp;Avaa rekisteri…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="224" />
            <source>Open another registry file</source>
            <translation>Avaa toinen rekisteritiedosto</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="226" />
            <source>&amp;Import JSON…</source>
            <translation>&amp;Tuo JSON…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="227" />
            <source>Replace this registry with the contents of a JSON document</source>
            <translation>Korvaa tämän rekisterin sisältö JSON-tiedoston sisällöllä</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="229" />
            <source>&amp;Export JSON…</source>
            <translation>&amp;Vie JSON…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="230" />
            <source>Write the whole registry to a JSON document</source>
            <translation>Vie koko rekisteri JSON-tiedostoon</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="231" />
            <source>&amp;Save</source>
            <translation>Tall&amp;enna</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="232" />
            <source>Save the changes in the editor</source>
            <translation>Tallenna lomakkeen muutokset</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="233" />
            <source>Re&amp;vert</source>
            <translation>&amp;Hylkää</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="234" />
            <source>Throw away the changes since the last save</source>
            <translation>Hylkää edellisen tallennuksen jälkeen tehdyt muutokset</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="235" />
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="241" />
            <location filename="../../ui/mainwindow.py" line="629" />
            <source>&amp;New Vendor</source>
            <translation>&amp;Uusi toimittaja</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="243" />
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="245" />
            <source>Delete the selected records</source>
            <translation>Poista valitut kohteet</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="248" />
            <source>&amp;Find</source>
            <translation>&amp;Etsi</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="249" />
            <source>Search the current list</source>
            <translation>Hae näkyvästä luettelosta</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="251" />
            <source>&amp;Organisation Details…</source>
            <translation>&amp;Organisaation tiedot…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="252" />
            <source>Your organisation's name, contacts and DPO</source>
            <translation>Organisaation nimi, yhteystiedot ja tietosuojavastaava</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="253" />
            <source>&amp;Refresh</source>
            <translation>&amp;Päivitä</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="254" />
            <source>Read the registry again</source>
            <translation>Lue rekisteri uudelleen</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="265" />
            <source>&amp;About Subprocessor Registry</source>
            <translation>&amp;Tietoja sovelluksesta Subprocessor Registry</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="274" />
            <source>System default</source>
            <translation>Järjestelmän oletus</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="282" />
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="287" />
            <source>&amp;Redo</source>
            <translation>&amp;Tee uudelleen</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="293" />
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="296" />
            <source>Open &amp;Recent</source>
            <translation>Viimeksi avatut &amp;rekisterit</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="308" />
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="318" />
            <source>&amp;Language</source>
            <translation>K&amp;ieli</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="322" />
            <source>&amp;Go</source>
            <translation>&amp;Siirry</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="328" />
            <source>&amp;Reports</source>
            <translation>&amp;Raportit</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="333" />
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="360" />
            <source>&amp;Clear Menu</source>
            <translation>&amp;Tyhjennä valikko</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="363" />
            <source>No recent registries</source>
            <translation>Ei viimeksi avattuja rekistereitä</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="402" />
            <source>This registry is open read-only: changes cannot be saved.</source>
            <translation>Rekisteri on avattu vain luku -tilassa: muutoksia ei voi tallentaa.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="489" />
            <source>That record is no longer in the registry.</source>
            <translation>Tietuetta ei enää ole rekisterissä.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="630" />
            <source>&amp;New Service</source>
            <translation>&amp;Uusi palvelu</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="631" />
            <source>&amp;New Processing Activity</source>
            <translation>&amp;Uusi käsittelytoimi</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="633" />
            <source>&amp;New Record</source>
            <translation>&amp;Uusi kohde</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="711" />
            <source>Organisation</source>
            <translation>Organisaatio</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="777" />
            <source>The registry cannot be opened</source>
            <translation>Rekisteriä ei voi avata</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="825" />
            <source>That is the registry open now. Choose another file name.</source>
            <translation>Tämä rekisteri on nyt auki. Valitse toinen tiedostonimi.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="851" />
            <location filename="../../ui/mainwindow.py" line="861" />
            <source>Import</source>
            <translation>Tuonti</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="864" />
            <source>Imported {0}.</source>
            <translation>Tuotu: {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="877" />
            <location filename="../../ui/mainwindow.py" line="881" />
            <source>Export</source>
            <translation>Vienti</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="880" />
            <source>{0} cannot be written: {1}.</source>
            <translation>Tiedostoon {0} ei voi kirjoittaa: {1}.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="883" />
            <source>Exported the registry to {0}.</source>
            <translation>Rekisteri vietiin tiedostoon {0}.</translation>
        </message>
    </context>
    <context>
        <name>OpenProblemDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="118" />
            <source>The registry cannot be opened</source>
            <translation>Rekisteriä ei voi avata</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="120" />
            <source>Open another registry file, or create a new one?</source>
            <translation>Avataanko toinen rekisteritiedosto vai luodaanko uusi?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="122" />
            <source>&amp;Open Another…</source>
            <translation>&amp;Avaa toinen…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="124" />
            <source>&amp;New Registry…</source>
            <translation>&amp;Uusi rekisteri…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="126" />
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEditor</name>
        <message>
            <location filename="../../ui/editors/organisation.py" line="35" />
            <location filename="../../ui/editors/organisation.py" line="54" />
            <source>Organisation</source>
            <translation>Organisaatio</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="55" />
            <source>&amp;Name</source>
            <translation>&amp;Nimi</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="56" />
            <source>Registration no.</source>
            <translation>Rekisterinumero</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="57" />
            <source>Address</source>
            <translation>Osoite</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="58" />
            <source>Country</source>
            <translation>Maa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="60" />
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="61" />
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="62" />
            <source>Website</source>
            <translation>Verkkosivusto</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="67" />
            <source>Controller</source>
            <translation>Rekisterinpitäjä</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="69" />
            <source>Processor</source>
            <translation>Henkilötietojen käsittelijä</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="65" />
            <source>Roles ({0})</source>
            <translation>Roolit ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="68" />
            <source>Controller of its own processing ({0})</source>
            <translation>Oman käsittelynsä rekisterinpitäjä ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="70" />
            <source>Processor for its customers ({0})</source>
            <translation>Asiakkaidensa henkilötietojen käsittelijä ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="72" />
            <source>Data protection officer and representative</source>
            <translation>Tietosuojavastaava ja edustaja</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="73" />
            <source>DPO</source>
            <translation>Tietosuojavastaava</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="74" />
            <source>DPO e-mail</source>
            <translation>Tietosuojavastaavan sähköposti</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="75" />
            <source>DPO phone</source>
            <translation>Tietosuojavastaavan puhelin</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="76" />
            <source>EU representative</source>
            <translation>Edustaja EU:ssa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="77" />
            <source>Supervisory authority</source>
            <translation>Valvontaviranomainen</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="78" />
            <source>e.g. Datatilsynet</source>
            <translation>esim. Tietosuojavaltuutetun toimisto</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="80" />
            <source>Sub-processor changes and reviews</source>
            <translation>Alikäsittelijämuutokset ja tarkistukset</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="81" />
            <source>Objections to</source>
            <translation>Vastustukset osoitteeseen</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="82" />
            <source>Where customers send objections</source>
            <translation>Minne asiakkaat lähettävät vastustuksensa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="83" />
            <source>Notice period</source>
            <translation>Ilmoitusaika</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editors/organisation.py" line="84" />
            <source> day(s)</source>
            <translation>
                <numerusform> pv</numerusform>
                <numerusform> pv</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editors/organisation.py" line="86" />
            <source> month(s)</source>
            <translation>
                <numerusform> kk</numerusform>
                <numerusform> kk</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="85" />
            <source>Review every</source>
            <translation>Tarkistusväli</translation>
        </message>
    </context>
    <context>
        <name>OrganisationNameDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="198" />
            <source>New registry</source>
            <translation>Uusi rekisteri</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="199" />
            <source>Your organisation's name (as in contracts):</source>
            <translation>Organisaation nimi (kuten sopimuksissa):</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../ui/pages/overview.py" line="80" />
            <source>Overview</source>
            <translation>Yleiskatsaus</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="89" />
            <source>Vendors in use</source>
            <translation>Käytössä olevat toimittajat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="91" />
            <source>Errors</source>
            <translation>Virheet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="92" />
            <source>Warnings</source>
            <translation>Varoitukset</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="93" />
            <source>Vendor reviews due</source>
            <translation>Tarkistettavat toimittajat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="114" />
            <location filename="../../ui/pages/overview.py" line="134" />
            <source>Findings</source>
            <translation>Havainnot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="90" />
            <source>Third countries</source>
            <translation>Kolmannet maat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="86" />
            <source>Show them in Transfers</source>
            <translation>Näytä ne sivulla Siirrot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="133" />
            <source>Selected finding</source>
            <translation>Valittu havainto</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="149" />
            <source>Vendors per destination country. Click a country to see its transfers.</source>
            <translation>Toimittajat kohdemaittain. Napsauta maata nähdäksesi sinne suuntautuvat siirrot.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="153" />
            <source>Where the data goes</source>
            <translation>Minne tiedot siirtyvät</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="234" />
            <source>Assessing the registry…</source>
            <translation>Arvioidaan rekisteriä…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="269" />
            <source>Unnamed organisation</source>
            <translation>Nimetön organisaatio</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="270" />
            <source>{0} — assessed as of {1}</source>
            <translation>{0} — tilanne {1}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="288" />
            <source>{0} overdue, {1} due within 30 days</source>
            <translation>{0} myöhässä, {1} 30 päivän sisällä</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="294" />
            <source>{0} today</source>
            <translation>tänään {0}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="310" />
            <source>Select a finding to read it in full; double-click it or press Enter to open its record.</source>
            <translation>Valitse havainto lukeaksesi sen kokonaan; avaa sen kohde kaksoisnapsauttamalla tai painamalla Enter.</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <location filename="../../ui/editors/base.py" line="195" />
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="205" />
            <source>Revert</source>
            <translation>Hylkää</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="206" />
            <source>Throw away the changes since the last save</source>
            <translation>Hylkää edellisen tallennuksen jälkeen tehdyt muutokset</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="207" />
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="209" />
            <source>Save the changes ({0})</source>
            <translation>Tallenna muutokset ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="327" />
            <source>Not saved</source>
            <translation>Ei tallennettu</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="433" />
            <source>New {0}</source>
            <translation>Uusi {0}</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="492" />
            <source>1 problem to fix before saving.</source>
            <translation>1 ongelma on korjattava ennen tallennusta.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="493" />
            <source>{0} problems to fix before saving.</source>
            <translation>{0} ongelmaa on korjattava ennen tallennusta.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="576" />
            <source>This record no longer exists: it was deleted.</source>
            <translation>Tätä kohdetta ei ole enää olemassa: se on poistettu.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="578" />
            <source>Read-only: this registry is open for reading, changes cannot be saved.</source>
            <translation>Vain luku: rekisteri on avattu vain lukemista varten, muutoksia ei voi tallentaa.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="707" />
            <source>not set</source>
            <translation>ei asetettu</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <location filename="../../ui/models/records.py" line="544" />
            <source>Verdict: the most serious finding</source>
            <translation>Arvio: vakavin havainto</translation>
        </message>
    </context>
    <context>
        <name>ReportsMenu</name>
        <message>
            <location filename="../../ui/reports_menu.py" line="59" />
            <source>Article 30 register (Excel)…</source>
            <translation>Seloste käsittelytoimista (Excel)…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="60" />
            <source>Records of processing (PDF)…</source>
            <translation>Seloste käsittelytoimista (PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="61" />
            <source>Sub-processor list (PDF)…</source>
            <translation>Alikäsittelijäluettelo (PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="62" />
            <source>Sub-processor list (web page)…</source>
            <translation>Alikäsittelijäluettelo (verkkosivu)…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="65" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-työkirja (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="66" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-asiakirja (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="67" />
            <source>Web page (*.html)</source>
            <translation>Verkkosivu (*.html)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="118" />
            <source>All services</source>
            <translation>Kaikki palvelut</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="138" />
            <location filename="../../ui/widgets/labels.py" line="76" />
            <source>Choose…</source>
            <translation>Valitse…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="144" />
            <source>Language:</source>
            <translation>Kieli:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="145" />
            <source>Service:</source>
            <translation>Palvelu:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="146" />
            <source>As of:</source>
            <translation>Tilannepäivä:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="147" />
            <source>Save as:</source>
            <translation>Tallenna nimellä:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="151" />
            <source>Create report</source>
            <translation>Luo raportti</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="169" />
            <source>Save report as</source>
            <translation>Tallenna raportti nimellä</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="205" />
            <location filename="../../ui/reports_menu.py" line="221" />
            <source>Report ready</source>
            <translation>Raportti on valmis</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="206" />
            <source>The report was saved as {0}.

Open it now?</source>
            <translation>Raportti tallennettiin nimellä {0}.

Avataanko se nyt?</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="223" />
            <source>No program on this computer opens the report. It is saved as:
{0}</source>
            <translation>Mikään tämän tietokoneen ohjelma ei avaa raporttia. Se on tallennettu nimellä:
{0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="226" />
            <source>Show Folder</source>
            <translation>Näytä kansio</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="228" />
            <source>Copy Path</source>
            <translation>Kopioi polku</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="295" />
            <source>Creating the report…</source>
            <translation>Luodaan raporttia…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="295" />
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="313" />
            <source>Cancelling…</source>
            <translation>Peruutetaan…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="348" />
            <source>The report was not created</source>
            <translation>Raporttia ei luotu</translation>
        </message>
    </context>
    <context>
        <name>ServiceEditor</name>
        <message>
            <location filename="../../ui/editors/service.py" line="30" />
            <location filename="../../ui/editors/service.py" line="42" />
            <source>Service</source>
            <translation>Palvelu</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="43" />
            <source>&amp;Name</source>
            <translation>&amp;Nimi</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="43" />
            <source>e.g. SMS gateway</source>
            <translation>esim. Tekstiviestipalvelu</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="44" />
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="45" />
            <source>Vendors used, and for what</source>
            <translation>Käytettävät toimittajat ja mihin niitä käytetään</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="46" />
            <source>Vendor</source>
            <translation>Toimittaja</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="46" />
            <source>Purpose</source>
            <translation>Käyttötarkoitus</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="46" />
            <source>Add vendor</source>
            <translation>Lisää toimittaja</translation>
        </message>
    </context>
    <context>
        <name>ServiceTableModel</name>
        <message>
            <location filename="../../ui/models/lists.py" line="212" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="213" />
            <source>Vendors</source>
            <translation>Toimittajat</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="214" />
            <source>Third-country vendors</source>
            <translation>Kolmansien maiden toimittajat</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="215" />
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
    </context>
    <context>
        <name>ServicesPage</name>
        <message>
            <location filename="../../ui/pages/lists.py" line="109" />
            <source>Services</source>
            <translation>Palvelut</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="112" />
            <source>Search services and their vendors… (Ctrl+F)</source>
            <translation>Hae palveluja ja niiden toimittajia… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="115" />
            <source>Select a service to see and edit it, or press Ctrl+N to add one.</source>
            <translation>Valitse palvelu tarkastellaksesi ja muokataksesi sitä tai lisää uusi painamalla Ctrl+N.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="119" />
            <source>%n service(s)</source>
            <translation>
                <numerusform>%n palvelu</numerusform>
                <numerusform>%n palvelua</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="120" />
            <source>{0} of %n service(s)</source>
            <translation>
                <numerusform>{0}/%n palvelu</numerusform>
                <numerusform>{0}/%n palvelua</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="124" />
            <source>Verdict</source>
            <translation>Arvio</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="125" />
            <source>Errors and warnings</source>
            <translation>Virheet ja varoitukset</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="126" />
            <source>Errors</source>
            <translation>Virheet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="127" />
            <source>Warnings</source>
            <translation>Varoitukset</translation>
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
            <translation>Toimittaja</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="343" />
            <source>Chain</source>
            <translation>Toimitusketju</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="344" />
            <source>Country</source>
            <translation>Maa</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="345" />
            <source>Via</source>
            <translation>Siirtotapa</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="346" />
            <source>Mechanism / basis</source>
            <translation>Siirtoperuste</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="347" />
            <source>Assessment</source>
            <translation>Arvio</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="431" />
            <source>{0} (no transfer today)</source>
            <translation>{0} (ei siirtoa tänään)</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="432" />
            <source>{0} (today: {1})</source>
            <translation>{0} (tänään: {1})</translation>
        </message>
    </context>
    <context>
        <name>TransfersPage</name>
        <message>
            <location filename="../../ui/pages/lists.py" line="196" />
            <source>Show only these</source>
            <translation>Näytä vain nämä</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="210" />
            <source>Transfers</source>
            <translation>Siirrot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="213" />
            <source>Search vendors, countries, mechanisms… (Ctrl+F)</source>
            <translation>Hae toimittajia, maita, siirtoperusteita… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="216" />
            <source>Select a transfer to see and edit its vendor, with the safeguard of each destination.</source>
            <translation>Valitse siirto tarkastellaksesi ja muokataksesi sen toimittajaa ja kunkin kohdemaan siirtoperustetta.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="221" />
            <source>%n transfer(s)</source>
            <translation>
                <numerusform>%n siirto</numerusform>
                <numerusform>%n siirtoa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="222" />
            <source>{0} of %n transfer(s)</source>
            <translation>
                <numerusform>{0}/%n siirto</numerusform>
                <numerusform>{0}/%n siirtoa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="226" />
            <source>Country</source>
            <translation>Maa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="227" />
            <source>Verdict</source>
            <translation>Arvio</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="228" />
            <source>Errors and warnings</source>
            <translation>Virheet ja varoitukset</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="229" />
            <source>Errors</source>
            <translation>Virheet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="230" />
            <source>Warnings</source>
            <translation>Varoitukset</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="231" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="233" />
            <source>Against today</source>
            <translation>Verrattuna tähän päivään</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="234" />
            <source>Every change</source>
            <translation>Kaikki muutokset</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="235" />
            <source>Would fail</source>
            <translation>Muuttuisi virheelliseksi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="236" />
            <source>Would no longer fail</source>
            <translation>Ei olisi enää virheellinen</translation>
        </message>
    </context>
    <context>
        <name>TransfersView</name>
        <message>
            <location filename="../../ui/editors/activity.py" line="104" />
            <source>Vendor</source>
            <translation>Toimittaja</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="104" />
            <source>Destination</source>
            <translation>Kohdemaa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="104" />
            <source>Basis</source>
            <translation>Siirtoperuste</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="105" />
            <source>Verdict</source>
            <translation>Arvio</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="106" />
            <source>Third-country transfers</source>
            <translation>Siirrot kolmansiin maihin</translation>
        </message>
    </context>
    <context>
        <name>VendorEditor</name>
        <message>
            <location filename="../../ui/editors/vendor.py" line="56" />
            <source>Vendor</source>
            <translation>Toimittaja</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="76" />
            <source>Identity</source>
            <translation>Tunnistetiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="77" />
            <source>&amp;Name</source>
            <translation>&amp;Nimi</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="78" />
            <source>As customers know it, e.g. Zendesk</source>
            <translation>Nimi, jolla asiakkaat sen tuntevat, esim. Zendesk</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="79" />
            <source>&amp;Legal name</source>
            <translation>&amp;Virallinen nimi</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="80" />
            <source>The contracting entity, e.g. Zendesk, Inc.</source>
            <translation>Sopimusosapuoli, esim. Zendesk, Inc.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="81" />
            <source>Former names</source>
            <translation>Aiemmat nimet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="82" />
            <source>A former name, then Enter</source>
            <translation>Aiempi nimi ja Enter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="84" />
            <source>&amp;Registration no.</source>
            <translation>Re&amp;kisterinumero</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="85" />
            <source>Organisation or VAT number</source>
            <translation>Rekisteröinti- tai ALV-numero</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="86" />
            <source>Address</source>
            <translation>Osoite</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="88" />
            <source>&amp;Country</source>
            <translation>M&amp;aa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="90" />
            <source>Links and contact</source>
            <translation>Linkit ja yhteystiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="91" />
            <source>Website</source>
            <translation>Verkkosivusto</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="92" />
            <source>Privacy policy</source>
            <translation>Tietosuojaseloste</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="93" />
            <source>DPA link</source>
            <translation>Käsittelysopimuksen linkki</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="94" />
            <source>Privacy contact</source>
            <translation>Tietosuojayhteyshenkilö</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="94" />
            <source>e-mail address</source>
            <translation>sähköpostiosoite</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="96" />
            <source>Role and status</source>
            <translation>Rooli ja tila</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="97" />
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="98" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="99" />
            <source>Start date</source>
            <translation>Aloituspäivä</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="100" />
            <source>End date</source>
            <translation>Päättymispäivä</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="102" />
            <source>Sub-processor chain</source>
            <translation>Alikäsittelijäketju</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="103" />
            <source>(none: contracted directly)</source>
            <translation>(ei mitään: suora sopimus)</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="105" />
            <source>&amp;Parent vendor</source>
            <translation>&amp;Ylempi toimittaja</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="109" />
            <source>Locations: where the data is hosted or accessed</source>
            <translation>Sijainnit: missä henkilötietoja säilytetään tai mistä niihin on pääsy</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="111" />
            <source>Country</source>
            <translation>Maa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="112" />
            <source>Kind</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="113" />
            <source>Detail</source>
            <translation>Lisätiedot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="114" />
            <source>Add location</source>
            <translation>Lisää sijainti</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="118" />
            <source>Transfers to third countries</source>
            <translation>Siirrot kolmansiin maihin</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="123" />
            <source>Data processing agreement</source>
            <translation>Käsittelysopimus</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="124" />
            <source>Signed</source>
            <translation>Allekirjoitettu</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="125" />
            <source>Version</source>
            <translation>Versio</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="126" />
            <source>Reference or file</source>
            <translation>Viite tai tiedosto</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="127" />
            <source>Review by</source>
            <translation>Tarkistettava viimeistään</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="128" />
            <source>Notice of changes</source>
            <translation>Muutosten ilmoitusaika</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editors/vendor.py" line="129" />
            <source> day(s)</source>
            <translation>
                <numerusform> pv</numerusform>
                <numerusform> pv</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="131" />
            <source>Services that use this vendor</source>
            <translation>Palvelut, jotka käyttävät tätä toimittajaa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="132" />
            <source>Service</source>
            <translation>Palvelu</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="132" />
            <source>Purpose</source>
            <translation>Käyttötarkoitus</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="133" />
            <source>Add service</source>
            <translation>Lisää palvelu</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="136" />
            <source>Public description (on the sub-processor list)</source>
            <translation>Julkinen kuvaus (alikäsittelijäluettelossa)</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="139" />
            <source>Internal notes</source>
            <translation>Sisäiset muistiinpanot</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="140" />
            <source>Internal — never published</source>
            <translation>Sisäinen — ei julkaista koskaan</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="147" />
            <source>Contract details, contacts, open questions…</source>
            <translation>Sopimuksen tiedot, yhteyshenkilöt, avoimet kysymykset…</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="148" />
            <source>Internal notes, never published</source>
            <translation>Sisäiset muistiinpanot, ei julkaista koskaan</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="150" />
            <source>Review and certifications</source>
            <translation>Tarkistus ja sertifioinnit</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="151" />
            <source>Last reviewed</source>
            <translation>Viimeksi tarkistettu</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="152" />
            <source>Next review</source>
            <translation>Seuraava tarkistus</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="153" />
            <source>Certifications</source>
            <translation>Sertifioinnit</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="154" />
            <source>e.g. ISO/IEC 27001, then Enter</source>
            <translation>esim. ISO/IEC 27001 ja Enter</translation>
        </message>
    </context>
    <context>
        <name>VendorTableModel</name>
        <message>
            <location filename="../../ui/models/lists.py" line="32" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="33" />
            <source>Legal entity</source>
            <translation>Virallinen nimi</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="34" />
            <source>Country</source>
            <translation>Maa</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="35" />
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="36" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="37" />
            <source>Hosted in</source>
            <translation>Tallennussijainti</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="38" />
            <source>Third countries</source>
            <translation>Kolmannet maat</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="39" />
            <source>DPA signed</source>
            <translation>Käsittelysopimus</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="40" />
            <source>Date the data processing agreement was signed</source>
            <translation>Päivä, jona käsittelysopimus allekirjoitettiin</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="41" />
            <source>Next review</source>
            <translation>Seuraava tarkistus</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="122" />
            <source>missing</source>
            <translation>puuttuu</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="123" />
            <source>not needed</source>
            <translation>ei tarvita</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="124" />
            <source>Formerly: {0}</source>
            <translation>Aiemmin: {0}</translation>
        </message>
    </context>
    <context>
        <name>VendorsPage</name>
        <message>
            <location filename="../../ui/pages/lists.py" line="46" />
            <source>Vendors</source>
            <translation>Toimittajat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="49" />
            <source>Search names, countries… (Ctrl+F)</source>
            <translation>Hae nimiä, maita… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="52" />
            <source>Finds vendors by name, former name, legal entity, registration number, website, role, status, and by every country where they process data (by code, or by name in English or your language).</source>
            <translation>Hakee toimittajia nimen, aiemman nimen, virallisen nimen, rekisterinumeron, verkkosivuston, roolin ja tilan perusteella sekä jokaisen maan perusteella, jossa ne käsittelevät tietoja (maakoodilla tai maan nimellä englanniksi tai omalla kielelläsi).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="57" />
            <source>Select a vendor to see and edit it, or press Ctrl+N to add one.</source>
            <translation>Valitse toimittaja tarkastellaksesi ja muokataksesi sitä tai lisää uusi painamalla Ctrl+N.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="61" />
            <source>%n vendor(s)</source>
            <translation>
                <numerusform>%n toimittaja</numerusform>
                <numerusform>%n toimittajaa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="62" />
            <source>{0} of %n vendor(s)</source>
            <translation>
                <numerusform>{0}/%n toimittaja</numerusform>
                <numerusform>{0}/%n toimittajaa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="66" />
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="67" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="68" />
            <source>Country</source>
            <translation>Maa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="69" />
            <source>Region</source>
            <translation>Alue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="70" />
            <source>EU/EEA only</source>
            <translation>Vain EU/ETA</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="71" />
            <source>Third countries</source>
            <translation>Kolmannet maat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="73" />
            <source>Verdict</source>
            <translation>Arvio</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="74" />
            <source>Errors and warnings</source>
            <translation>Virheet ja varoitukset</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="75" />
            <source>Errors</source>
            <translation>Virheet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="76" />
            <source>Warnings</source>
            <translation>Varoitukset</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="77" />
            <source>Notes</source>
            <translation>Huomautukset</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="78" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="80" />
            <source>Review</source>
            <translation>Tarkistus</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="81" />
            <source>Overdue or due within 30 days</source>
            <translation>Myöhässä tai 30 päivän sisällä</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="82" />
            <source>Overdue</source>
            <translation>Myöhässä</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="83" />
            <source>Due within 30 days</source>
            <translation>30 päivän sisällä</translation>
        </message>
    </context>
    <context>
        <name>WhatIfBar</name>
        <message>
            <location filename="../../ui/pages/whatif.py" line="92" />
            <location filename="../../ui/pages/whatif.py" line="122" />
            <source>What if</source>
            <translation>Entä jos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="100" />
            <source>What if: as of</source>
            <translation>Entä jos: tilanne päivänä</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="101" />
            <source>Assess the registry as of this date</source>
            <translation>Arvioi rekisterin tilanne tänä päivänä</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="103" />
            <source>As &amp;of:</source>
            <translation>Tilanne &amp;päivänä:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="106" />
            <source>What if: adequacy decisions revoked</source>
            <translation>Entä jos: riittävyyspäätöksiä kumottu</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="108" />
            <location filename="../../ui/pages/whatif.py" line="267" />
            <source>Suppose adequacy decisions revoked: the transfers they cover lose their basis</source>
            <translation>Oleta riittävyyspäätöksiä kumotuiksi: niiden kattamat siirrot menettävät perusteensa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="112" />
            <source>Suppose re&amp;voked:</source>
            <translation>Oleta &amp;kumotuksi:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="114" />
            <source>Back to today</source>
            <translation>Takaisin tähän päivään</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="115" />
            <source>Show the registry as it is today</source>
            <translation>Näytä rekisteri sellaisena kuin se on tänään</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="208" />
            <source>{0} (%n transfer(s))</source>
            <translation>
                <numerusform>{0} (%n siirto)</numerusform>
                <numerusform>{0} (%n siirtoa)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="261" />
            <source>None</source>
            <translation>Ei mitään</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="265" />
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n päätös</numerusform>
                <numerusform>%n päätöstä</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="277" />
            <source>Working out what changes…</source>
            <translation>Selvitetään, mikä muuttuu…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="289" />
            <source>What if: the registry as of {0}. A supposition, not today's state; nothing is saved.</source>
            <translation>Entä jos: rekisterin tilanne päivänä {0}. Oletus, ei tämänhetkinen tilanne; mitään ei tallenneta.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="293" />
            <source>What if: the registry as of {0}, with the adequacy decision(s) for {1} revoked. A supposition, not today's state; nothing is saved.</source>
            <translation>
                <numerusform>Entä jos: rekisterin tilanne päivänä {0}, kun riittävyyspäätös ({1}) on kumottu. Oletus, ei tämänhetkinen tilanne; mitään ei tallenneta.</numerusform>
                <numerusform>Entä jos: rekisterin tilanne päivänä {0}, kun riittävyyspäätökset ({1}) on kumottu. Oletus, ei tämänhetkinen tilanne; mitään ei tallenneta.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="310" />
            <source>Against today, no transfer would fail and none would stop failing.</source>
            <translation>Tähän päivään verrattuna mikään siirto ei muuttuisi virheelliseksi eikä virheettömäksi.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="315" />
            <source>%n transfer(s) would fail.</source>
            <translation>
                <numerusform>%n siirto muuttuisi virheelliseksi.</numerusform>
                <numerusform>%n siirtoa muuttuisi virheellisiksi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="317" />
            <source>%n transfer(s) would no longer fail.</source>
            <translation>
                <numerusform>%n siirto ei olisi enää virheellinen.</numerusform>
                <numerusform>%n siirtoa ei olisi enää virheellisiä.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="322" />
            <source>%n transfer(s) would fail: {0}.</source>
            <translation>
                <numerusform>%n siirto muuttuisi virheelliseksi: {0}.</numerusform>
                <numerusform>%n siirtoa muuttuisi virheellisiksi: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="325" />
            <source>%n vendor(s) affected: {0}.</source>
            <translation>
                <numerusform>%n toimittaja, jota muutos koskee: {0}.</numerusform>
                <numerusform>%n toimittajaa, joita muutos koskee: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="328" />
            <source>%n transfer(s) would no longer fail: {0}.</source>
            <translation>
                <numerusform>%n siirto ei olisi enää virheellinen: {0}.</numerusform>
                <numerusform>%n siirtoa ei olisi enää virheellisiä: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="344" />
            <source>{0} and %n more</source>
            <translation>
                <numerusform>{0} ja %n muu</numerusform>
                <numerusform>{0} ja %n muuta</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_FindingsList</name>
        <message>
            <location filename="../../ui/editors/base.py" line="781" />
            <source>…and {0} more: see the overview.</source>
            <translation>…ja {0} lisää: katso yleiskatsaus.</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs.py" line="147" />
            <source>Delete %n record(s)?</source>
            <translation>
                <numerusform>Poistetaanko %n kohde?</numerusform>
                <numerusform>Poistetaanko %n kohdetta?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs.py" line="159" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… ja %n muu</numerusform>
                <numerusform>… ja %n muuta</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>editors</name>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="60" />
            <source>DPF List entry for {0}</source>
            <translation>Merkintä DPF-luettelossa: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="91" />
            <source>Unsaved changes</source>
            <translation>Tallentamattomat muutokset</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="93" />
            <source>Save the changes to "{0}"?</source>
            <translation>Tallennetaanko kohteen ”{0}” muutokset?</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="94" />
            <source>Save the changes?</source>
            <translation>Tallennetaanko muutokset?</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="95" />
            <source>If you don't save, your changes are lost.</source>
            <translation>Jos et tallenna, muutokset menetetään.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="75" />
            <source>the vendor's own country</source>
            <translation>toimittajan kotimaa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="75" />
            <source>hosting</source>
            <translation>tallennus</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="76" />
            <source>support / remote access</source>
            <translation>tuki / etäkäyttö</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="76" />
            <source>processing</source>
            <translation>käsittely</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="77" />
            <source>backup</source>
            <translation>varmuuskopio</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="111" />
            <source>Reached by</source>
            <translation>Siirtotapa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="112" />
            <source>Saved verdict</source>
            <translation>Tallennettu arvio</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="115" />
            <source>If saved</source>
            <translation>Jos tallennat</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="121" />
            <source>Certified on the DPF List</source>
            <translation>Sertifioitu DPF-luettelossa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="129" />
            <source>Where the signed clauses or the TIA are kept</source>
            <translation>Missä allekirjoitetut lausekkeet tai TIA säilytetään</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="133" />
            <source>Mechanism</source>
            <translation>Siirtoperuste</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="134" />
            <source>SCC module</source>
            <translation>SCC-moduuli</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="135" />
            <source>Derogation</source>
            <translation>Poikkeus</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="136" />
            <source>DPF</source>
            <translation>DPF</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="137" />
            <source>DPF List checked</source>
            <translation>DPF-luettelo tarkistettu</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="138" />
            <source>TIA date</source>
            <translation>TIA:n päivämäärä</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="139" />
            <source>TIA outcome</source>
            <translation>TIA:n tulos</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="140" />
            <source>Supplementary measures</source>
            <translation>Täydentävät toimenpiteet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="142" />
            <source>Documents</source>
            <translation>Asiakirjat</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="301" />
            <source>Inside the EU/EEA: no transfer, no mechanism needed.</source>
            <translation>EU:n/ETA:n alueella: ei siirtoa, siirtoperustetta ei tarvita.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="305" />
            <source>No location of the vendor is here any more: remove the mechanism, or add the location.</source>
            <translation>Toimittajalla ei ole enää sijaintia tässä maassa: poista siirtoperuste tai lisää sijainti.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="373" />
            <source>No third-country destination: every location and the vendor itself are in the EU/EEA.</source>
            <translation>Ei siirtoja kolmansiin maihin: kaikki sijainnit ja toimittaja itse ovat EU:n/ETA:n alueella.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="492" />
            <source>No transfer.</source>
            <translation>Ei siirtoa.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="494" />
            <source>Not assessed: the saved vendor has no transfer here, or is not in use.</source>
            <translation>Ei arvioitu: tallennetulla toimittajalla ei ole siirtoa tähän maahan tai se ei ole käytössä.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="497" />
            <source>Not assessed yet: save the vendor to see the verdict.</source>
            <translation>Ei vielä arvioitu: tallenna toimittaja nähdäksesi arvion.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="522" />
            <source>What the vendor does for you, as customers read it</source>
            <translation>Mitä toimittaja tekee puolestanne – asiakkaille kirjoitettuna</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="525" />
            <source>Public description, {0}</source>
            <translation>Julkinen kuvaus, {0}</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="558" />
            <source>Sub-processor chain</source>
            <translation>Alikäsittelijäketju</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="582" />
            <source>(this vendor)</source>
            <translation>(tämä toimittaja)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="138" />
            <location filename="../../ui/widgets/labels.py" line="76" />
            <source>Choose…</source>
            <translation>Valitse…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/labels.py" line="62" />
            <source>Not chosen yet</source>
            <translation>Ei vielä valittu</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/labels.py" line="80" />
            <location filename="../../ui/widgets/labels.py" line="84" />
            <source>Not recorded</source>
            <translation>Ei kirjattu</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/labels.py" line="90" />
            <source>No mechanism recorded</source>
            <translation>Siirtoperustetta ei kirjattu</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/labels.py" line="96" />
            <source>{0} (no longer valid)</source>
            <translation>{0} (ei enää voimassa)</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/errors.py" line="61" />
            <source>Something went wrong</source>
            <translation>Jokin meni vikaan</translation>
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
            <translation>Tapahtui odottamaton virhe. Tallentamasi tiedot ovat tallessa; viimeisin toiminto on ehkä jäänyt kesken.

Tarkemmat tiedot kirjoitettiin tiedostoon {0}. Lähetä tämä tiedosto ja kerro, mitä olit tekemässä.</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <location filename="../../ui/i18n.py" line="46" />
            <source>en</source>
            <comment>The code of this translation's language: nb, da, sv or fi.</comment>
            <translation>fi</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <location filename="../../ui/editors/activity.py" line="216" />
            <location filename="../../ui/undo.py" line="52" />
            <source>vendors</source>
            <translation>toimittajaa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="218" />
            <location filename="../../ui/undo.py" line="52" />
            <source>services</source>
            <translation>palvelua</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="50" />
            <source>vendor</source>
            <translation>toimittaja</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="50" />
            <source>service</source>
            <translation>palvelu</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="51" />
            <source>processing activity</source>
            <translation>käsittelytoimi</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="51" />
            <source>organisation</source>
            <translation>organisaatio</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="53" />
            <source>processing activities</source>
            <translation>käsittelytointa</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="53" />
            <source>organisations</source>
            <translation>organisaatiota</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="143" />
            <source>Redo</source>
            <translation>Tee uudelleen</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="146" />
            <source>Undo</source>
            <translation>Kumoa</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="184" />
            <source>Add {kind} {name}</source>
            <translation>Lisää: {kind} {name}</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="232" />
            <source>Edit {kind} {name}</source>
            <translation>Muokkaa: {kind} {name}</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="279" />
            <source>Delete {kind} {name}</source>
            <translation>Poista: {kind} {name}</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="281" />
            <source>Delete {count} {kinds}</source>
            <translation>Poista: {count} {kinds}</translation>
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="35" />
            <source>Filter {0}…</source>
            <translation>Suodata {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="36" />
            <source>Filter {0}</source>
            <translation>Suodata {0}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="81" />
            <location filename="../../ui/widgets/tables.py" line="337" />
            <source>(deleted)</source>
            <translation>(poistettu)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="82" />
            <source>Linked: {0}</source>
            <translation>Liitetyt: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="83" />
            <source>None linked.</source>
            <translation>Ei liitettyjä.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="38" />
            <source>Date set</source>
            <translation>Päivämäärä asetettu</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="39" />
            <source>Set or clear the date</source>
            <translation>Aseta tai poista päivämäärä</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="44" />
            <source>not set</source>
            <translation>ei asetettu</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="59" />
            <source>{0}: set</source>
            <translation>{0}: asetettu</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pickers.py" line="117" />
            <source>Type a country or code</source>
            <translation>Kirjoita maa tai maakoodi</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pickers.py" line="156" />
            <source>"{0}" is not a country: pick one from the list.</source>
            <translation>”{0}” ei ole maa: valitse maa luettelosta.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pickers.py" line="236" />
            <source>Nothing in the list is named "{0}": pick one from the list.</source>
            <translation>Luettelossa ei ole mitään nimeltä ”{0}”: valitse luettelosta.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="39" />
            <source>Type and press Enter to add</source>
            <translation>Kirjoita ja lisää painamalla Enter</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="47" />
            <location filename="../../ui/widgets/tables.py" line="142" />
            <source>Add</source>
            <translation>Lisää</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="48" />
            <source>Add the typed entry</source>
            <translation>Lisää kirjoittamasi merkintä</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="56" />
            <source>Remove selected</source>
            <translation>Poista valitut</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="57" />
            <source>Remove the selected entries</source>
            <translation>Poista valitut merkinnät</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/tables.py" line="145" />
            <source>Remove selected rows</source>
            <translation>Poista valitut rivit</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/tables.py" line="146" />
            <source>Remove the selected rows</source>
            <translation>Poista valitut rivit</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/tables.py" line="290" />
            <source>Type a name to add…</source>
            <translation>Lisättävä nimi…</translation>
        </message>
    </context>
</TS>