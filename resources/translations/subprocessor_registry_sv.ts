<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
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
            <translation>Version {0}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="253" />
            <source>Legal facts as of {0}</source>
            <translation>Rättsliga fakta per den {0}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="255" />
            <source>Keeps vendors and sub-processors, their locations, transfer safeguards and DPAs, services, and the records of processing of GDPR Article 30, and shows what needs doing: transfers without a valid mechanism, missing DPAs, overdue reviews.</source>
            <translation>Håller ordning på leverantörer och underbiträden, deras platser, överföringsgrunder och biträdesavtal, tjänster och registret över behandling enligt artikel 30 i dataskyddsförordningen, och visar vad som behöver göras: överföringar utan giltig grund, biträdesavtal som saknas och försenade översyner.</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <location filename="../../ui/pages/lists.py" line="149" />
            <source>Processing activities</source>
            <translation>Behandlingar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="152" />
            <source>Search records, purposes, data, vendors… (Ctrl+F)</source>
            <translation>Sök bland behandlingar, ändamål, uppgifter, leverantörer… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="156" />
            <source>Select a processing activity to see and edit it, or press Ctrl+N to add one.</source>
            <translation>Välj en behandling för att visa och ändra den, eller tryck Ctrl+N för att lägga till en ny.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="160" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n behandling</numerusform>
                <numerusform>%n behandlingar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="161" />
            <source>{0} of %n record(s)</source>
            <translation>
                <numerusform>{0} av %n behandling</numerusform>
                <numerusform>{0} av %n behandlingar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="165" />
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="166" />
            <source>DPIA</source>
            <translation>Konsekvensbedömning</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="167" />
            <source>Verdict</source>
            <translation>Bedömning</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="168" />
            <source>Errors and warnings</source>
            <translation>Fel och varningar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="169" />
            <source>Warnings</source>
            <translation>Varningar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="170" />
            <source>Notes</source>
            <translation>Noteringar</translation>
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
            <translation>Behandling</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="151" />
            <source>Completeness</source>
            <translation>Fullständighet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="155" />
            <source>Record</source>
            <translation>Registerpost</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="156" />
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="156" />
            <source>e.g. Customer support</source>
            <translation>t.ex. Kundsupport</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="157" />
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="158" />
            <source>Business function</source>
            <translation>Verksamhetsområde</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="159" />
            <source>e.g. Customer service, HR</source>
            <translation>t.ex. Kundtjänst, HR</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="161" />
            <source>Purposes and legal basis</source>
            <translation>Ändamål och rättslig grund</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="162" />
            <source>&amp;Purposes</source>
            <translation>&amp;Ändamål</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="163" />
            <source>Why the data is processed</source>
            <translation>Varför personuppgifterna behandlas</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="165" />
            <source>Legal basis ({0})</source>
            <translation>Rättslig grund ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="172" />
            <source>Special categories ({0})</source>
            <translation>Känsliga personuppgifter ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="167" />
            <source>Basis in detail</source>
            <translation>Närmare om grunden</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="168" />
            <source>The contract, law or consent text relied on</source>
            <translation>Det avtal, den lag eller den samtyckestext som behandlingen grundar sig på</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="169" />
            <source>Legitimate interests</source>
            <translation>Berättigat intresse</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="170" />
            <source>The interests and the balancing test</source>
            <translation>Intressena och intresseavvägningen</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="175" />
            <source>People and data</source>
            <translation>Registrerade och personuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="177" />
            <source>Data subjects</source>
            <translation>Registrerade</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="178" />
            <source>Customers</source>
            <translation>Kunder</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="178" />
            <source>Customers' end users</source>
            <translation>Kundernas slutanvändare</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="178" />
            <source>Employees</source>
            <translation>Anställda</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="178" />
            <source>Job applicants</source>
            <translation>Arbetssökande</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="179" />
            <source>Website visitors</source>
            <translation>Besökare på webbplatsen</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="179" />
            <source>Prospects</source>
            <translation>Potentiella kunder</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="179" />
            <source>Suppliers' contacts</source>
            <translation>Kontaktpersoner hos leverantörer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="180" />
            <source>e.g. Customers, then Enter</source>
            <translation>t.ex. Kunder, sedan Enter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="181" />
            <source>Personal data</source>
            <translation>Personuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="182" />
            <source>Contact details</source>
            <translation>Kontaktuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="182" />
            <source>Identification data</source>
            <translation>Identifieringsuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="182" />
            <source>Traffic data</source>
            <translation>Trafikuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="183" />
            <source>Billing data</source>
            <translation>Faktureringsuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="183" />
            <source>Payment data</source>
            <translation>Betalningsuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="183" />
            <source>Location data</source>
            <translation>Lokaliseringsuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="184" />
            <source>Content of communications</source>
            <translation>Innehåll i kommunikation</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="184" />
            <source>Technical logs</source>
            <translation>Tekniska loggar</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="184" />
            <source>Employment data</source>
            <translation>Anställningsuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="185" />
            <source>Health data</source>
            <translation>Uppgifter om hälsa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="186" />
            <source>e.g. Contact details, then Enter</source>
            <translation>t.ex. Kontaktuppgifter, sedan Enter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="187" />
            <source>Recipients</source>
            <translation>Mottagare</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="188" />
            <source>Processors (our vendors)</source>
            <translation>Personuppgiftsbiträden (våra leverantörer)</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="188" />
            <source>Tax authority</source>
            <translation>Skatteverket</translation>
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
            <translation>Myndigheter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="189" />
            <source>Group companies</source>
            <translation>Koncernbolag</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="190" />
            <source>e.g. Tax authority, then Enter</source>
            <translation>t.ex. Skatteverket, sedan Enter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="192" />
            <source>Data category</source>
            <translation>Kategori av personuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="193" />
            <source>Kept for</source>
            <translation>Sparas i</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="194" />
            <source>Add retention period</source>
            <translation>Lägg till tidsfrist för radering</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="195" />
            <source>Erasure time limits</source>
            <translation>Tidsfrister för radering</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="197" />
            <source>Protection and rights</source>
            <translation>Skydd och rättigheter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="198" />
            <source>Security measures</source>
            <translation>Säkerhetsåtgärder</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="199" />
            <source>Technical and organisational measures ({0})</source>
            <translation>Tekniska och organisatoriska åtgärder ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="201" />
            <source>Source of the data</source>
            <translation>Personuppgifternas källa</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="202" />
            <source>Rights available</source>
            <translation>Rättigheter som kan utövas</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="203" />
            <source>Automated decisions</source>
            <translation>Automatiserade beslut</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="204" />
            <source>DPIA</source>
            <translation>Konsekvensbedömning</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="205" />
            <source>DPIA link</source>
            <translation>Länk till konsekvensbedömning</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="207" />
            <source>Controllers</source>
            <translation>Personuppgiftsansvariga</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="209" />
            <source>Controller or customer group</source>
            <translation>Personuppgiftsansvarig eller kundgrupp</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="210" />
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="211" />
            <source>Add controller</source>
            <translation>Lägg till personuppgiftsansvarig</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="212" />
            <source>Processing on behalf of</source>
            <translation>Behandling på uppdrag av</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="213" />
            <source>Joint controllers</source>
            <translation>Gemensamt personuppgiftsansvariga</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="215" />
            <source>Vendors and services</source>
            <translation>Leverantörer och tjänster</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="216" />
            <location filename="../../ui/undo.py" line="52" />
            <source>vendors</source>
            <translation>leverantörer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="217" />
            <source>Vendors</source>
            <translation>Leverantörer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="218" />
            <location filename="../../ui/undo.py" line="52" />
            <source>services</source>
            <translation>tjänster</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="219" />
            <source>Services</source>
            <translation>Tjänster</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="221" />
            <source>Third-country transfers</source>
            <translation>Överföringar till tredjeland</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="224" />
            <source>Transfer notes</source>
            <translation>Anteckningar om överföringar</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="225" />
            <source>Document Art. 49(1) second-subparagraph transfers here</source>
            <translation>Dokumentera här överföringar enligt art. 49.1 andra stycket</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="227" />
            <source>Review</source>
            <translation>Översyn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="228" />
            <source>Last reviewed</source>
            <translation>Senaste översyn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="229" />
            <source>Next review</source>
            <translation>Nästa översyn</translation>
        </message>
    </context>
    <context>
        <name>ActivityTableModel</name>
        <message>
            <location filename="../../ui/models/lists.py" line="275" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="276" />
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="277" />
            <source>Business function</source>
            <translation>Verksamhetsområde</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="278" />
            <source>Legal basis</source>
            <translation>Rättslig grund</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="279" />
            <source>Vendors</source>
            <translation>Leverantörer</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="280" />
            <source>DPIA</source>
            <translation>Konsekvensbedömning</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="281" />
            <source>Data protection impact assessment (DPIA)</source>
            <translation>Konsekvensbedömning avseende dataskydd (DPIA)</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="282" />
            <source>Next review</source>
            <translation>Nästa översyn</translation>
        </message>
    </context>
    <context>
        <name>ChartLegend</name>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="229" />
            <source>Covered</source>
            <translation>Giltig grund</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="230" />
            <source>Warning</source>
            <translation>Varning</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="231" />
            <source>Error</source>
            <translation>Fel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="232" />
            <source>EU/EEA: no transfer</source>
            <translation>EU/EES: ingen överföring</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="242" />
            <source>Legend</source>
            <translation>Teckenförklaring</translation>
        </message>
    </context>
    <context>
        <name>ChooseFileDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="213" />
            <source>Registry files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Registerfiler (*.sqlite3 *.sqlite *.db);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="215" />
            <source>JSON documents (*.json);;All files (*)</source>
            <translation>JSON-dokument (*.json);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="217" />
            <source>Open Registry</source>
            <translation>Öppna register</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="220" />
            <source>New Registry</source>
            <translation>Nytt register</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="224" />
            <source>Import Registry from JSON</source>
            <translation>Importera register från JSON</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="227" />
            <source>Export History to CSV</source>
            <translation>Exportera historik till CSV</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="228" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="234" />
            <source>Export Registry to JSON</source>
            <translation>Exportera register till JSON</translation>
        </message>
    </context>
    <context>
        <name>CompletenessPanel</name>
        <message>
            <location filename="../../ui/editors/activity.py" line="76" />
            <source>complete</source>
            <translation>fullständig</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="77" />
            <source>incomplete</source>
            <translation>ofullständig</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="90" />
            <source>Article 30: {0} of {1} items complete</source>
            <translation>Artikel 30: {0} av {1} punkter fullständiga</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDeleteDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="145" />
            <source>Delete “{0}”?</source>
            <translation>Vill du ta bort ”{0}”?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="150" />
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="152" />
            <source>You can bring it back with Edit ▸ Undo (Ctrl+Z).</source>
            <translation>Du kan ångra borttagningen med Redigera ▸ Ångra (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="161" />
            <source>&amp;Delete</source>
            <translation>&amp;Ta bort</translation>
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
            <translation>Vill du ersätta allt i det här registret med ”{0}”?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="179" />
            <source>Every vendor, service and processing activity now in the registry is removed and cannot be brought back with Undo. Export the registry first to keep a copy.</source>
            <translation>Alla leverantörer, tjänster och behandlingar som nu finns i registret tas bort och kan inte återställas med Ångra. Exportera registret först om du vill behålla en kopia.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="183" />
            <source>&amp;Replace</source>
            <translation>&amp;Ersätt</translation>
        </message>
    </context>
    <context>
        <name>DestinationChart</name>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="52" />
            <source>Where the data goes</source>
            <translation>Vart personuppgifterna går</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/overview_chart.py" line="72" />
            <source>{0}: %n vendor(s), in the EU/EEA</source>
            <translation>
                <numerusform>{0}: %n leverantör, i EU/EES</numerusform>
                <numerusform>{0}: %n leverantörer, i EU/EES</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/overview_chart.py" line="74" />
            <source>{0}: %n vendor(s) ({1})</source>
            <translation>
                <numerusform>{0}: %n leverantör ({1})</numerusform>
                <numerusform>{0}: %n leverantörer ({1})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview_chart.py" line="112" />
            <source>No vendor locations are recorded yet.</source>
            <translation>Inga platser för leverantörer är registrerade ännu.</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <location filename="../../ui/models/findings.py" line="33" />
            <source>Errors</source>
            <translation>Fel</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="34" />
            <source>Warnings</source>
            <translation>Varningar</translation>
        </message>
        <message>
            <location filename="../../ui/models/findings.py" line="35" />
            <source>Notes</source>
            <translation>Noteringar</translation>
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
            <translation>Iakttagelse</translation>
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
            <translation>Välkommen till Subprocessor Registry</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="63" />
            <source>Keep your vendors and sub-processors, where they process data, their transfer safeguards and DPAs, your services and your Article 30 records in one place. How do you want to start?</source>
            <translation>Samla leverantörer och underbiträden, var de behandlar personuppgifter, deras överföringsgrunder och biträdesavtal, dina tjänster och ditt register enligt artikel 30 på ett ställe. Hur vill du börja?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="68" />
            <source>Explore the demo registry</source>
            <translation>Utforska demoregistret</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="69" />
            <source>A Nordic IT company with real-world vendors, services and records of processing, with a few problems to find. You can clear it later.</source>
            <translation>Ett nordiskt IT-företag med verkliga leverantörer, tjänster och register över behandling, och några problem att hitta. Du kan tömma det senare.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="73" />
            <source>Start an empty registry</source>
            <translation>Börja med ett tomt register</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="74" />
            <source>Enter your organisation's name and add your vendors.</source>
            <translation>Ange organisationens namn och lägg till dina leverantörer.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="76" />
            <source>Open an existing registry file…</source>
            <translation>Öppna en befintlig registerfil…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="77" />
            <source>A registry file you or a colleague already keep.</source>
            <translation>En registerfil som du eller en kollega redan för.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="80" />
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../ui/pages/history.py" line="85" />
            <source>Search records, fields and values (Ctrl+F)</source>
            <translation>Sök bland poster, fält och värden (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="87" />
            <source>Finds the changes whose record's name, field or value (before or after) holds the text, in English or your language: a vendor's name, a country, a role.</source>
            <translation>Hittar de ändringar där postens namn, fältet eller ett värde (före eller efter) innehåller texten, på engelska eller ditt språk: ett leverantörsnamn, ett land, en roll.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="89" />
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="102" />
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="103" />
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="104" />
            <source>Change</source>
            <translation>Ändring</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="111" />
            <source>{0}: all</source>
            <translation>{0}: alla</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="120" />
            <location filename="../../ui/pages/history.py" line="163" />
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="122" />
            <location filename="../../ui/pages/history.py" line="165" />
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="133" />
            <location filename="../../ui/pages/history.py" line="134" />
            <source>Show the changes of every record</source>
            <translation>Visa ändringarna i alla poster</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="138" />
            <source>Export CSV…</source>
            <translation>Exportera CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="140" />
            <source>Write the changes the filters keep to a CSV file, as the table shows them</source>
            <translation>Skriv de ändringar som filtren visar till en CSV-fil, så som tabellen visar dem</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="146" />
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/history.py" line="284" />
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n ändring</numerusform>
                <numerusform>%n ändringar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="285" />
            <source>No changes</source>
            <translation>Inga ändringar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="304" />
            <source>Writing {0}…</source>
            <translation>Skriver {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history.py" line="320" />
            <source>Export CSV</source>
            <translation>Exportera CSV</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/history.py" line="322" />
            <source>Wrote %n change(s) to {0}.</source>
            <translation>
                <numerusform>Skrev %n ändring till {0}.</numerusform>
                <numerusform>Skrev %n ändringar till {0}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../ui/editors/history_panel.py" line="78" />
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <location filename="../../ui/editors/history_panel.py" line="86" />
            <source>No changes yet: the record's history starts when it is saved.</source>
            <translation>Inga ändringar ännu: postens historik börjar när den sparas.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/history_panel.py" line="89" />
            <source>Show All in History</source>
            <translation>Visa allt i historiken</translation>
        </message>
        <message>
            <location filename="../../ui/editors/history_panel.py" line="90" />
            <source>Every change of this record on the History page, to filter and export</source>
            <translation>Alla ändringar i posten på historiksidan, för att filtrera och exportera</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../ui/pages/list_page.py" line="104" />
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <location filename="../../ui/pages/list_page.py" line="225" />
            <source>Search (Ctrl+F)</source>
            <translation>Sök (Ctrl+F)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/list_page.py" line="234" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n poster</numerusform>
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
            <translation>{0}: alla</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.py" line="131" />
            <source>Pages</source>
            <translation>Sidor</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="152" />
            <source>Notice</source>
            <translation>Meddelande</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="184" />
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="185" />
            <source>Vendors</source>
            <translation>Leverantörer</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="186" />
            <source>Services</source>
            <translation>Tjänster</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="187" />
            <source>Processing activities</source>
            <translation>Behandlingar</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="188" />
            <source>Transfers</source>
            <translation>Överföringar</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="189" />
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="194" />
            <source>Unnamed registry</source>
            <translation>Namnlöst register</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="200" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="202" />
            <source>(read-only)</source>
            <translation>(skrivskyddat)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="221" />
            <source>&amp;New Registry…</source>
            <translation>&amp;Nytt register…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="222" />
            <source>Create a new, empty registry file</source>
            <translation>Skapa en ny, tom registerfil</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="223" />
            <source>&amp;Open Registry…</source>
            <translation>&amp;Öppna register…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="224" />
            <source>Open another registry file</source>
            <translation>Öppna en annan registerfil</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="226" />
            <source>&amp;Import JSON…</source>
            <translation>&amp;Importera JSON…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="227" />
            <source>Replace this registry with the contents of a JSON document</source>
            <translation>Ersätt det här registret med innehållet i ett JSON-dokument</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="229" />
            <source>&amp;Export JSON…</source>
            <translation>&amp;Exportera JSON…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="230" />
            <source>Write the whole registry to a JSON document</source>
            <translation>Spara hela registret i ett JSON-dokument</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="231" />
            <source>&amp;Save</source>
            <translation>S&amp;para</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="232" />
            <source>Save the changes in the editor</source>
            <translation>Spara ändringarna i formuläret</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="233" />
            <source>Re&amp;vert</source>
            <translation>&amp;Återställ</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="234" />
            <source>Throw away the changes since the last save</source>
            <translation>Förkasta ändringarna sedan du senast sparade</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="235" />
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="241" />
            <location filename="../../ui/mainwindow.py" line="629" />
            <source>&amp;New Vendor</source>
            <translation>&amp;Ny leverantör</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="243" />
            <source>&amp;Delete</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="245" />
            <source>Delete the selected records</source>
            <translation>Ta bort de markerade posterna</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="248" />
            <source>&amp;Find</source>
            <translation>&amp;Sök</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="249" />
            <source>Search the current list</source>
            <translation>Sök i listan som visas</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="251" />
            <source>&amp;Organisation Details…</source>
            <translation>&amp;Organisationsuppgifter…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="252" />
            <source>Your organisation's name, contacts and DPO</source>
            <translation>Organisationens namn, kontaktuppgifter och dataskyddsombud</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="253" />
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="254" />
            <source>Read the registry again</source>
            <translation>Läs in registret igen</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="265" />
            <source>&amp;About Subprocessor Registry</source>
            <translation>&amp;Om Subprocessor Registry</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="274" />
            <source>System default</source>
            <translation>Systemstandard</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="282" />
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="287" />
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="293" />
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="296" />
            <source>Open &amp;Recent</source>
            <translation>Öppna &amp;senaste</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="308" />
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="318" />
            <source>&amp;Language</source>
            <translation>S&amp;pråk</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="322" />
            <source>&amp;Go</source>
            <translation>&amp;Gå till</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="328" />
            <source>&amp;Reports</source>
            <translation>Ra&amp;pporter</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="333" />
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="360" />
            <source>&amp;Clear Menu</source>
            <translation>&amp;Töm menyn</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="363" />
            <source>No recent registries</source>
            <translation>Inga nyligen öppnade register</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="402" />
            <source>This registry is open read-only: changes cannot be saved.</source>
            <translation>Registret är öppnat skrivskyddat: ändringar kan inte sparas.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="489" />
            <source>That record is no longer in the registry.</source>
            <translation>Den posten finns inte längre i registret.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="630" />
            <source>&amp;New Service</source>
            <translation>&amp;Ny tjänst</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="631" />
            <source>&amp;New Processing Activity</source>
            <translation>&amp;Ny behandling</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="633" />
            <source>&amp;New Record</source>
            <translation>&amp;Ny post</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="711" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="777" />
            <source>The registry cannot be opened</source>
            <translation>Registret kan inte öppnas</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="825" />
            <source>That is the registry open now. Choose another file name.</source>
            <translation>Det är registret som är öppet nu. Välj ett annat filnamn.</translation>
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
            <translation>{0} har importerats.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="877" />
            <location filename="../../ui/mainwindow.py" line="881" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="880" />
            <source>{0} cannot be written: {1}.</source>
            <translation>{0} kan inte skrivas: {1}.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="883" />
            <source>Exported the registry to {0}.</source>
            <translation>Registret har exporterats till {0}.</translation>
        </message>
    </context>
    <context>
        <name>OpenProblemDialog</name>
        <message>
            <location filename="../../ui/dialogs.py" line="118" />
            <source>The registry cannot be opened</source>
            <translation>Registret kan inte öppnas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="120" />
            <source>Open another registry file, or create a new one?</source>
            <translation>Vill du öppna en annan registerfil eller skapa en ny?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="122" />
            <source>&amp;Open Another…</source>
            <translation>&amp;Öppna en annan…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="124" />
            <source>&amp;New Registry…</source>
            <translation>&amp;Nytt register…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="126" />
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEditor</name>
        <message>
            <location filename="../../ui/editors/organisation.py" line="35" />
            <location filename="../../ui/editors/organisation.py" line="54" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="55" />
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="56" />
            <source>Registration no.</source>
            <translation>Organisationsnummer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="57" />
            <source>Address</source>
            <translation>Adress</translation>
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
            <translation>Webbplats</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="67" />
            <source>Controller</source>
            <translation>Personuppgiftsansvarig</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="69" />
            <source>Processor</source>
            <translation>Personuppgiftsbiträde</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="65" />
            <source>Roles ({0})</source>
            <translation>Roller ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="68" />
            <source>Controller of its own processing ({0})</source>
            <translation>Personuppgiftsansvarig för sin egen behandling ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="70" />
            <source>Processor for its customers ({0})</source>
            <translation>Personuppgiftsbiträde för sina kunder ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="72" />
            <source>Data protection officer and representative</source>
            <translation>Dataskyddsombud och företrädare</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="73" />
            <source>DPO</source>
            <translation>Dataskyddsombud</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="74" />
            <source>DPO e-mail</source>
            <translation>Dataskyddsombudets e-post</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="75" />
            <source>DPO phone</source>
            <translation>Dataskyddsombudets telefon</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="76" />
            <source>EU representative</source>
            <translation>Företrädare i EU</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="77" />
            <source>Supervisory authority</source>
            <translation>Tillsynsmyndighet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="78" />
            <source>e.g. Datatilsynet</source>
            <translation>t.ex. Integritetsskyddsmyndigheten (IMY)</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="80" />
            <source>Sub-processor changes and reviews</source>
            <translation>Ändringar av underbiträden och översyn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="81" />
            <source>Objections to</source>
            <translation>Invändningar till</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="82" />
            <source>Where customers send objections</source>
            <translation>Vart kunderna skickar invändningar</translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="83" />
            <source>Notice period</source>
            <translation>Aviseringstid</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editors/organisation.py" line="84" />
            <source> day(s)</source>
            <translation>
                <numerusform> dag</numerusform>
                <numerusform> dagar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editors/organisation.py" line="86" />
            <source> month(s)</source>
            <translation>
                <numerusform> månad</numerusform>
                <numerusform> månader</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/editors/organisation.py" line="85" />
            <source>Review every</source>
            <translation>Intervall för översyn</translation>
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
            <translation>Organisationens namn (som i avtal):</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../ui/pages/overview.py" line="80" />
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="89" />
            <source>Vendors in use</source>
            <translation>Leverantörer i bruk</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="91" />
            <source>Errors</source>
            <translation>Fel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="92" />
            <source>Warnings</source>
            <translation>Varningar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="93" />
            <source>Vendor reviews due</source>
            <translation>Leverantörer att se över</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="114" />
            <location filename="../../ui/pages/overview.py" line="134" />
            <source>Findings</source>
            <translation>Iakttagelser</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="90" />
            <source>Third countries</source>
            <translation>Tredjeländer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="86" />
            <source>Show them in Transfers</source>
            <translation>Visa dem under Överföringar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="133" />
            <source>Selected finding</source>
            <translation>Vald iakttagelse</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="149" />
            <source>Vendors per destination country. Click a country to see its transfers.</source>
            <translation>Leverantörer per mottagarland. Klicka på ett land för att se överföringarna dit.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="153" />
            <source>Where the data goes</source>
            <translation>Vart personuppgifterna går</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="234" />
            <source>Assessing the registry…</source>
            <translation>Bedömer registret…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="269" />
            <source>Unnamed organisation</source>
            <translation>Namnlös organisation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="270" />
            <source>{0} — assessed as of {1}</source>
            <translation>{0} — bedömning per {1}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="288" />
            <source>{0} overdue, {1} due within 30 days</source>
            <translation>Försenade: {0}, inom 30 dagar: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="294" />
            <source>{0} today</source>
            <translation>{0} i dag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/overview.py" line="310" />
            <source>Select a finding to read it in full; double-click it or press Enter to open its record.</source>
            <translation>Välj en iakttagelse för att läsa hela texten; dubbelklicka på den eller tryck Enter för att öppna posten.</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <location filename="../../ui/editors/base.py" line="195" />
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="205" />
            <source>Revert</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="206" />
            <source>Throw away the changes since the last save</source>
            <translation>Förkasta ändringarna sedan du senast sparade</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="207" />
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="209" />
            <source>Save the changes ({0})</source>
            <translation>Spara ändringarna ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="327" />
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="433" />
            <source>New {0}</source>
            <translation>Ny {0}</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="492" />
            <source>1 problem to fix before saving.</source>
            <translation>1 problem måste rättas innan du kan spara.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="493" />
            <source>{0} problems to fix before saving.</source>
            <translation>{0} problem måste rättas innan du kan spara.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="576" />
            <source>This record no longer exists: it was deleted.</source>
            <translation>Posten finns inte längre: den har tagits bort.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="578" />
            <source>Read-only: this registry is open for reading, changes cannot be saved.</source>
            <translation>Skrivskyddat: registret är öppnat för läsning och ändringar kan inte sparas.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="707" />
            <source>not set</source>
            <translation>inte angivet</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <location filename="../../ui/models/records.py" line="544" />
            <source>Verdict: the most serious finding</source>
            <translation>Bedömning: den allvarligaste iakttagelsen</translation>
        </message>
    </context>
    <context>
        <name>ReportsMenu</name>
        <message>
            <location filename="../../ui/reports_menu.py" line="59" />
            <source>Article 30 register (Excel)…</source>
            <translation>Register enligt artikel 30 (Excel)…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="60" />
            <source>Records of processing (PDF)…</source>
            <translation>Register över behandling (PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="61" />
            <source>Sub-processor list (PDF)…</source>
            <translation>Lista över underbiträden (PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="62" />
            <source>Sub-processor list (web page)…</source>
            <translation>Lista över underbiträden (webbsida)…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="65" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-arbetsbok (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="66" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="67" />
            <source>Web page (*.html)</source>
            <translation>Webbsida (*.html)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="118" />
            <source>All services</source>
            <translation>Alla tjänster</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="138" />
            <location filename="../../ui/widgets/labels.py" line="76" />
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="144" />
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="145" />
            <source>Service:</source>
            <translation>Tjänst:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="146" />
            <source>As of:</source>
            <translation>Per datum:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="147" />
            <source>Save as:</source>
            <translation>Spara som:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="151" />
            <source>Create report</source>
            <translation>Skapa rapport</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="169" />
            <source>Save report as</source>
            <translation>Spara rapporten som</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="205" />
            <location filename="../../ui/reports_menu.py" line="221" />
            <source>Report ready</source>
            <translation>Rapporten är klar</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="206" />
            <source>The report was saved as {0}.

Open it now?</source>
            <translation>Rapporten har sparats som {0}.

Vill du öppna den nu?</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="223" />
            <source>No program on this computer opens the report. It is saved as:
{0}</source>
            <translation>Inget program på den här datorn kan öppna rapporten. Den har sparats som:
{0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="226" />
            <source>Show Folder</source>
            <translation>Visa mappen</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="228" />
            <source>Copy Path</source>
            <translation>Kopiera sökvägen</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="295" />
            <source>Creating the report…</source>
            <translation>Skapar rapporten…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="295" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="313" />
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="348" />
            <source>The report was not created</source>
            <translation>Rapporten skapades inte</translation>
        </message>
    </context>
    <context>
        <name>ServiceEditor</name>
        <message>
            <location filename="../../ui/editors/service.py" line="30" />
            <location filename="../../ui/editors/service.py" line="42" />
            <source>Service</source>
            <translation>Tjänst</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="43" />
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="43" />
            <source>e.g. SMS gateway</source>
            <translation>t.ex. SMS-gateway</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="44" />
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="45" />
            <source>Vendors used, and for what</source>
            <translation>Leverantörer som används och till vad</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="46" />
            <source>Vendor</source>
            <translation>Leverantör</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="46" />
            <source>Purpose</source>
            <translation>Ändamål</translation>
        </message>
        <message>
            <location filename="../../ui/editors/service.py" line="46" />
            <source>Add vendor</source>
            <translation>Lägg till leverantör</translation>
        </message>
    </context>
    <context>
        <name>ServiceTableModel</name>
        <message>
            <location filename="../../ui/models/lists.py" line="212" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="213" />
            <source>Vendors</source>
            <translation>Leverantörer</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="214" />
            <source>Third-country vendors</source>
            <translation>Leverantörer i tredjeland</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="215" />
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
    </context>
    <context>
        <name>ServicesPage</name>
        <message>
            <location filename="../../ui/pages/lists.py" line="109" />
            <source>Services</source>
            <translation>Tjänster</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="112" />
            <source>Search services and their vendors… (Ctrl+F)</source>
            <translation>Sök bland tjänster och deras leverantörer… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="115" />
            <source>Select a service to see and edit it, or press Ctrl+N to add one.</source>
            <translation>Välj en tjänst för att visa och ändra den, eller tryck Ctrl+N för att lägga till en ny.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="119" />
            <source>%n service(s)</source>
            <translation>
                <numerusform>%n tjänst</numerusform>
                <numerusform>%n tjänster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="120" />
            <source>{0} of %n service(s)</source>
            <translation>
                <numerusform>{0} av %n tjänst</numerusform>
                <numerusform>{0} av %n tjänster</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="124" />
            <source>Verdict</source>
            <translation>Bedömning</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="125" />
            <source>Errors and warnings</source>
            <translation>Fel och varningar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="126" />
            <source>Errors</source>
            <translation>Fel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="127" />
            <source>Warnings</source>
            <translation>Varningar</translation>
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
            <translation>Leverantör</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="343" />
            <source>Chain</source>
            <translation>Leverantörskedja</translation>
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
            <translation>Överföringsgrund</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="347" />
            <source>Assessment</source>
            <translation>Bedömning</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="431" />
            <source>{0} (no transfer today)</source>
            <translation>{0} (ingen överföring i dag)</translation>
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
            <translation>Visa bara dessa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="210" />
            <source>Transfers</source>
            <translation>Överföringar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="213" />
            <source>Search vendors, countries, mechanisms… (Ctrl+F)</source>
            <translation>Sök bland leverantörer, länder, överföringsgrunder… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="216" />
            <source>Select a transfer to see and edit its vendor, with the safeguard of each destination.</source>
            <translation>Välj en överföring för att visa och ändra leverantören, med överföringsgrunden för varje mottagarland.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="221" />
            <source>%n transfer(s)</source>
            <translation>
                <numerusform>%n överföring</numerusform>
                <numerusform>%n överföringar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="222" />
            <source>{0} of %n transfer(s)</source>
            <translation>
                <numerusform>{0} av %n överföring</numerusform>
                <numerusform>{0} av %n överföringar</numerusform>
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
            <translation>Bedömning</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="228" />
            <source>Errors and warnings</source>
            <translation>Fel och varningar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="229" />
            <source>Errors</source>
            <translation>Fel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="230" />
            <source>Warnings</source>
            <translation>Varningar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="231" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="233" />
            <source>Against today</source>
            <translation>Jämfört med i dag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="234" />
            <source>Every change</source>
            <translation>Alla ändringar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="235" />
            <source>Would fail</source>
            <translation>Skulle få fel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="236" />
            <source>Would no longer fail</source>
            <translation>Skulle inte längre ha fel</translation>
        </message>
    </context>
    <context>
        <name>TransfersView</name>
        <message>
            <location filename="../../ui/editors/activity.py" line="104" />
            <source>Vendor</source>
            <translation>Leverantör</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="104" />
            <source>Destination</source>
            <translation>Mottagarland</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="104" />
            <source>Basis</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="105" />
            <source>Verdict</source>
            <translation>Bedömning</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="106" />
            <source>Third-country transfers</source>
            <translation>Överföringar till tredjeland</translation>
        </message>
    </context>
    <context>
        <name>VendorEditor</name>
        <message>
            <location filename="../../ui/editors/vendor.py" line="56" />
            <source>Vendor</source>
            <translation>Leverantör</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="76" />
            <source>Identity</source>
            <translation>Identitet</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="77" />
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="78" />
            <source>As customers know it, e.g. Zendesk</source>
            <translation>Som kunderna känner den, t.ex. Zendesk</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="79" />
            <source>&amp;Legal name</source>
            <translation>&amp;Juridiskt namn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="80" />
            <source>The contracting entity, e.g. Zendesk, Inc.</source>
            <translation>Avtalsparten, t.ex. Zendesk, Inc.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="81" />
            <source>Former names</source>
            <translation>Tidigare namn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="82" />
            <source>A former name, then Enter</source>
            <translation>Ett tidigare namn, sedan Enter</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="84" />
            <source>&amp;Registration no.</source>
            <translation>&amp;Organisationsnummer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="85" />
            <source>Organisation or VAT number</source>
            <translation>Organisations- eller momsnummer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="86" />
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="88" />
            <source>&amp;Country</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="90" />
            <source>Links and contact</source>
            <translation>Länkar och kontakt</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="91" />
            <source>Website</source>
            <translation>Webbplats</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="92" />
            <source>Privacy policy</source>
            <translation>Integritetspolicy</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="93" />
            <source>DPA link</source>
            <translation>Länk till biträdesavtal</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="94" />
            <source>Privacy contact</source>
            <translation>Kontakt för dataskydd</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="94" />
            <source>e-mail address</source>
            <translation>e-postadress</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="96" />
            <source>Role and status</source>
            <translation>Roll och status</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="97" />
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="98" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="99" />
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="100" />
            <source>End date</source>
            <translation>Slutdatum</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="102" />
            <source>Sub-processor chain</source>
            <translation>Leverantörskedja</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="103" />
            <source>(none: contracted directly)</source>
            <translation>(ingen: direktavtal)</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="105" />
            <source>&amp;Parent vendor</source>
            <translation>&amp;Överordnad leverantör</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="109" />
            <source>Locations: where the data is hosted or accessed</source>
            <translation>Platser: var personuppgifterna lagras eller varifrån de nås</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="111" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="112" />
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="113" />
            <source>Detail</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="114" />
            <source>Add location</source>
            <translation>Lägg till plats</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="118" />
            <source>Transfers to third countries</source>
            <translation>Överföringar till tredjeland</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="123" />
            <source>Data processing agreement</source>
            <translation>Biträdesavtal</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="124" />
            <source>Signed</source>
            <translation>Undertecknat</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="125" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="126" />
            <source>Reference or file</source>
            <translation>Referens eller fil</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="127" />
            <source>Review by</source>
            <translation>Ses över senast</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="128" />
            <source>Notice of changes</source>
            <translation>Aviseringstid för ändringar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editors/vendor.py" line="129" />
            <source> day(s)</source>
            <translation>
                <numerusform> dag</numerusform>
                <numerusform> dagar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="131" />
            <source>Services that use this vendor</source>
            <translation>Tjänster som använder leverantören</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="132" />
            <source>Service</source>
            <translation>Tjänst</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="132" />
            <source>Purpose</source>
            <translation>Ändamål</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="133" />
            <source>Add service</source>
            <translation>Lägg till tjänst</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="136" />
            <source>Public description (on the sub-processor list)</source>
            <translation>Offentlig beskrivning (på listan över underbiträden)</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="139" />
            <source>Internal notes</source>
            <translation>Interna anteckningar</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="140" />
            <source>Internal — never published</source>
            <translation>Internt — publiceras aldrig</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="147" />
            <source>Contract details, contacts, open questions…</source>
            <translation>Avtalsdetaljer, kontakter, öppna frågor…</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="148" />
            <source>Internal notes, never published</source>
            <translation>Interna anteckningar, publiceras aldrig</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="150" />
            <source>Review and certifications</source>
            <translation>Översyn och certifieringar</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="151" />
            <source>Last reviewed</source>
            <translation>Senaste översyn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="152" />
            <source>Next review</source>
            <translation>Nästa översyn</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="153" />
            <source>Certifications</source>
            <translation>Certifieringar</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor.py" line="154" />
            <source>e.g. ISO/IEC 27001, then Enter</source>
            <translation>t.ex. ISO/IEC 27001, sedan Enter</translation>
        </message>
    </context>
    <context>
        <name>VendorTableModel</name>
        <message>
            <location filename="../../ui/models/lists.py" line="32" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="33" />
            <source>Legal entity</source>
            <translation>Juridisk person</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="34" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="35" />
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="36" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="37" />
            <source>Hosted in</source>
            <translation>Lagras i</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="38" />
            <source>Third countries</source>
            <translation>Tredjeländer</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="39" />
            <source>DPA signed</source>
            <translation>Biträdesavtal</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="40" />
            <source>Date the data processing agreement was signed</source>
            <translation>Datum då biträdesavtalet undertecknades</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="41" />
            <source>Next review</source>
            <translation>Nästa översyn</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="122" />
            <source>missing</source>
            <translation>saknas</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="123" />
            <source>not needed</source>
            <translation>behövs inte</translation>
        </message>
        <message>
            <location filename="../../ui/models/lists.py" line="124" />
            <source>Formerly: {0}</source>
            <translation>Tidigare: {0}</translation>
        </message>
    </context>
    <context>
        <name>VendorsPage</name>
        <message>
            <location filename="../../ui/pages/lists.py" line="46" />
            <source>Vendors</source>
            <translation>Leverantörer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="49" />
            <source>Search names, countries… (Ctrl+F)</source>
            <translation>Sök bland namn, länder… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="52" />
            <source>Finds vendors by name, former name, legal entity, registration number, website, role, status, and by every country where they process data (by code, or by name in English or your language).</source>
            <translation>Hittar leverantörer efter namn, tidigare namn, juridisk person, organisationsnummer, webbplats, roll, status och varje land där de behandlar personuppgifter (med landskod eller med namnet på engelska eller ditt språk).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="57" />
            <source>Select a vendor to see and edit it, or press Ctrl+N to add one.</source>
            <translation>Välj en leverantör för att visa och ändra den, eller tryck Ctrl+N för att lägga till en ny.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="61" />
            <source>%n vendor(s)</source>
            <translation>
                <numerusform>%n leverantör</numerusform>
                <numerusform>%n leverantörer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="62" />
            <source>{0} of %n vendor(s)</source>
            <translation>
                <numerusform>{0} av %n leverantör</numerusform>
                <numerusform>{0} av %n leverantörer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="66" />
            <source>Role</source>
            <translation>Roll</translation>
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
            <translation>Endast EU/EES</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="71" />
            <source>Third countries</source>
            <translation>Tredjeländer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="73" />
            <source>Verdict</source>
            <translation>Bedömning</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="74" />
            <source>Errors and warnings</source>
            <translation>Fel och varningar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="75" />
            <source>Errors</source>
            <translation>Fel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="76" />
            <source>Warnings</source>
            <translation>Varningar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="77" />
            <source>Notes</source>
            <translation>Noteringar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="78" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="80" />
            <source>Review</source>
            <translation>Översyn</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="81" />
            <source>Overdue or due within 30 days</source>
            <translation>Försenad eller inom 30 dagar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="82" />
            <source>Overdue</source>
            <translation>Försenad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lists.py" line="83" />
            <source>Due within 30 days</source>
            <translation>Inom 30 dagar</translation>
        </message>
    </context>
    <context>
        <name>WhatIfBar</name>
        <message>
            <location filename="../../ui/pages/whatif.py" line="92" />
            <location filename="../../ui/pages/whatif.py" line="122" />
            <source>What if</source>
            <translation>Tänk om</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="100" />
            <source>What if: as of</source>
            <translation>Tänk om: per datum</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="101" />
            <source>Assess the registry as of this date</source>
            <translation>Bedöm registret per detta datum</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="103" />
            <source>As &amp;of:</source>
            <translation>Per &amp;datum:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="106" />
            <source>What if: adequacy decisions revoked</source>
            <translation>Tänk om: adekvansbeslut upphävda</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="108" />
            <location filename="../../ui/pages/whatif.py" line="267" />
            <source>Suppose adequacy decisions revoked: the transfers they cover lose their basis</source>
            <translation>Anta att adekvansbeslut har upphävts: överföringarna som de täcker förlorar sin grund</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="112" />
            <source>Suppose re&amp;voked:</source>
            <translation>Anta &amp;upphävda:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="114" />
            <source>Back to today</source>
            <translation>Tillbaka till i dag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="115" />
            <source>Show the registry as it is today</source>
            <translation>Visa registret som det är i dag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="208" />
            <source>{0} (%n transfer(s))</source>
            <translation>
                <numerusform>{0} (%n överföring)</numerusform>
                <numerusform>{0} (%n överföringar)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="261" />
            <source>None</source>
            <translation>Inga</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="265" />
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n beslut</numerusform>
                <numerusform>%n beslut</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="277" />
            <source>Working out what changes…</source>
            <translation>Tar reda på vad som ändras…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="289" />
            <source>What if: the registry as of {0}. A supposition, not today's state; nothing is saved.</source>
            <translation>Tänk om: registret per {0}. Ett antagande, inte dagens läge; inget sparas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="293" />
            <source>What if: the registry as of {0}, with the adequacy decision(s) for {1} revoked. A supposition, not today's state; nothing is saved.</source>
            <translation>
                <numerusform>Tänk om: registret per {0}, med adekvansbeslutet för {1} upphävt. Ett antagande, inte dagens läge; inget sparas.</numerusform>
                <numerusform>Tänk om: registret per {0}, med adekvansbesluten för {1} upphävda. Ett antagande, inte dagens läge; inget sparas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/whatif.py" line="310" />
            <source>Against today, no transfer would fail and none would stop failing.</source>
            <translation>Jämfört med i dag skulle ingen överföring få fel, och ingen skulle bli av med ett fel.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="315" />
            <source>%n transfer(s) would fail.</source>
            <translation>
                <numerusform>%n överföring skulle få fel.</numerusform>
                <numerusform>%n överföringar skulle få fel.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="317" />
            <source>%n transfer(s) would no longer fail.</source>
            <translation>
                <numerusform>%n överföring skulle inte längre ha fel.</numerusform>
                <numerusform>%n överföringar skulle inte längre ha fel.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="322" />
            <source>%n transfer(s) would fail: {0}.</source>
            <translation>
                <numerusform>%n överföring skulle få fel: {0}.</numerusform>
                <numerusform>%n överföringar skulle få fel: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="325" />
            <source>%n vendor(s) affected: {0}.</source>
            <translation>
                <numerusform>%n leverantör berörd: {0}.</numerusform>
                <numerusform>%n leverantörer berörda: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="328" />
            <source>%n transfer(s) would no longer fail: {0}.</source>
            <translation>
                <numerusform>%n överföring skulle inte längre ha fel: {0}.</numerusform>
                <numerusform>%n överföringar skulle inte längre ha fel: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="344" />
            <source>{0} and %n more</source>
            <translation>
                <numerusform>{0} och %n till</numerusform>
                <numerusform>{0} och %n till</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_FindingsList</name>
        <message>
            <location filename="../../ui/editors/base.py" line="781" />
            <source>…and {0} more: see the overview.</source>
            <translation>…och {0} till: se översikten.</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs.py" line="147" />
            <source>Delete %n record(s)?</source>
            <translation>
                <numerusform>Vill du ta bort %n post?</numerusform>
                <numerusform>Vill du ta bort %n poster?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs.py" line="159" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… och %n till</numerusform>
                <numerusform>… och %n till</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>editors</name>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="60" />
            <source>DPF List entry for {0}</source>
            <translation>Registrering i DPF-listan för {0}</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="91" />
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="93" />
            <source>Save the changes to "{0}"?</source>
            <translation>Vill du spara ändringarna i ”{0}”?</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="94" />
            <source>Save the changes?</source>
            <translation>Vill du spara ändringarna?</translation>
        </message>
        <message>
            <location filename="../../ui/editors/base.py" line="95" />
            <source>If you don't save, your changes are lost.</source>
            <translation>Om du inte sparar går ändringarna förlorade.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="75" />
            <source>the vendor's own country</source>
            <translation>leverantörens eget land</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="75" />
            <source>hosting</source>
            <translation>lagring</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="76" />
            <source>support / remote access</source>
            <translation>support / fjärråtkomst</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="76" />
            <source>processing</source>
            <translation>behandling</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="77" />
            <source>backup</source>
            <translation>säkerhetskopia</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="111" />
            <source>Reached by</source>
            <translation>Nås via</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="112" />
            <source>Saved verdict</source>
            <translation>Sparad bedömning</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="115" />
            <source>If saved</source>
            <translation>Om du sparar</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="121" />
            <source>Certified on the DPF List</source>
            <translation>Certifierad på DPF-listan</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="129" />
            <source>Where the signed clauses or the TIA are kept</source>
            <translation>Var de undertecknade klausulerna eller TIA:n finns</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="133" />
            <source>Mechanism</source>
            <translation>Överföringsgrund</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="134" />
            <source>SCC module</source>
            <translation>SCC-modul</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="135" />
            <source>Derogation</source>
            <translation>Undantag</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="136" />
            <source>DPF</source>
            <translation>DPF</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="137" />
            <source>DPF List checked</source>
            <translation>DPF-listan kontrollerad</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="138" />
            <source>TIA date</source>
            <translation>Datum för TIA</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="139" />
            <source>TIA outcome</source>
            <translation>Resultat av TIA</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="140" />
            <source>Supplementary measures</source>
            <translation>Kompletterande åtgärder</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="142" />
            <source>Documents</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="301" />
            <source>Inside the EU/EEA: no transfer, no mechanism needed.</source>
            <translation>Inom EU/EES: ingen överföring, ingen överföringsgrund behövs.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="305" />
            <source>No location of the vendor is here any more: remove the mechanism, or add the location.</source>
            <translation>Leverantören har inte längre någon plats här: ta bort överföringsgrunden eller lägg till platsen.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="373" />
            <source>No third-country destination: every location and the vendor itself are in the EU/EEA.</source>
            <translation>Inget mottagarland utanför EU/EES: alla platser och leverantören själv finns i EU/EES.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="492" />
            <source>No transfer.</source>
            <translation>Ingen överföring.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="494" />
            <source>Not assessed: the saved vendor has no transfer here, or is not in use.</source>
            <translation>Inte bedömd: den sparade leverantören har ingen överföring hit eller används inte.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="497" />
            <source>Not assessed yet: save the vendor to see the verdict.</source>
            <translation>Inte bedömd ännu: spara leverantören för att se bedömningen.</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="522" />
            <source>What the vendor does for you, as customers read it</source>
            <translation>Vad leverantören gör åt dig, så som kunderna läser det</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="525" />
            <source>Public description, {0}</source>
            <translation>Offentlig beskrivning, {0}</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="558" />
            <source>Sub-processor chain</source>
            <translation>Leverantörskedja</translation>
        </message>
        <message>
            <location filename="../../ui/editors/vendor_parts.py" line="582" />
            <source>(this vendor)</source>
            <translation>(den här leverantören)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_menu.py" line="138" />
            <location filename="../../ui/widgets/labels.py" line="76" />
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/labels.py" line="62" />
            <source>Not chosen yet</source>
            <translation>Inte vald ännu</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/labels.py" line="80" />
            <location filename="../../ui/widgets/labels.py" line="84" />
            <source>Not recorded</source>
            <translation>Inte registrerat</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/labels.py" line="90" />
            <source>No mechanism recorded</source>
            <translation>Ingen överföringsgrund registrerad</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/labels.py" line="96" />
            <source>{0} (no longer valid)</source>
            <translation>{0} (gäller inte längre)</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/errors.py" line="61" />
            <source>Something went wrong</source>
            <translation>Något gick fel</translation>
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
            <translation>Ett oväntat fel inträffade. Det du har sparat är i säkerhet, men den senaste åtgärden kanske inte slutfördes.

Detaljerna har skrivits till {0}. Skicka gärna den filen tillsammans med en beskrivning av vad du höll på med.</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <location filename="../../ui/i18n.py" line="46" />
            <source>en</source>
            <comment>The code of this translation's language: nb, da, sv or fi.</comment>
            <translation>sv</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <location filename="../../ui/editors/activity.py" line="216" />
            <location filename="../../ui/undo.py" line="52" />
            <source>vendors</source>
            <translation>leverantörer</translation>
        </message>
        <message>
            <location filename="../../ui/editors/activity.py" line="218" />
            <location filename="../../ui/undo.py" line="52" />
            <source>services</source>
            <translation>tjänster</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="50" />
            <source>vendor</source>
            <translation>leverantör</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="50" />
            <source>service</source>
            <translation>tjänst</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="51" />
            <source>processing activity</source>
            <translation>behandling</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="51" />
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="53" />
            <source>processing activities</source>
            <translation>behandlingar</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="53" />
            <source>organisations</source>
            <translation>organisationer</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="143" />
            <source>Redo</source>
            <translation>Gör om</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="146" />
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="184" />
            <source>Add {kind} {name}</source>
            <translation>Lägg till {kind} {name}</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="232" />
            <source>Edit {kind} {name}</source>
            <translation>Ändra {kind} {name}</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="279" />
            <source>Delete {kind} {name}</source>
            <translation>Ta bort {kind} {name}</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="281" />
            <source>Delete {count} {kinds}</source>
            <translation>Ta bort {count} {kinds}</translation>
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="35" />
            <source>Filter {0}…</source>
            <translation>Filtrera {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="36" />
            <source>Filter {0}</source>
            <translation>Filtrera {0}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="81" />
            <location filename="../../ui/widgets/tables.py" line="337" />
            <source>(deleted)</source>
            <translation>(borttagen)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="82" />
            <source>Linked: {0}</source>
            <translation>Kopplade: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist.py" line="83" />
            <source>None linked.</source>
            <translation>Inga kopplade.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="38" />
            <source>Date set</source>
            <translation>Datum angivet</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="39" />
            <source>Set or clear the date</source>
            <translation>Ange eller rensa datumet</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="44" />
            <source>not set</source>
            <translation>inte angivet</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="59" />
            <source>{0}: set</source>
            <translation>{0}: angivet</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pickers.py" line="117" />
            <source>Type a country or code</source>
            <translation>Skriv ett land eller en landskod</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pickers.py" line="156" />
            <source>"{0}" is not a country: pick one from the list.</source>
            <translation>”{0}” är inte ett land: välj ett i listan.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pickers.py" line="236" />
            <source>Nothing in the list is named "{0}": pick one from the list.</source>
            <translation>Inget i listan heter ”{0}”: välj ett alternativ i listan.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="39" />
            <source>Type and press Enter to add</source>
            <translation>Skriv och tryck Enter för att lägga till</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="47" />
            <location filename="../../ui/widgets/tables.py" line="142" />
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="48" />
            <source>Add the typed entry</source>
            <translation>Lägg till det du har skrivit</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="56" />
            <source>Remove selected</source>
            <translation>Ta bort markerade</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stringlist.py" line="57" />
            <source>Remove the selected entries</source>
            <translation>Ta bort de markerade värdena</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/tables.py" line="145" />
            <source>Remove selected rows</source>
            <translation>Ta bort markerade rader</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/tables.py" line="146" />
            <source>Remove the selected rows</source>
            <translation>Ta bort de markerade raderna</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/tables.py" line="290" />
            <source>Type a name to add…</source>
            <translation>Skriv ett namn för att lägga till…</translation>
        </message>
    </context>
</TS>