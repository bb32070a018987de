<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>ActivitiesPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="160" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="161" />
            <source>{0} of %n record(s)</source>
            <translation>
                <numerusform>{0} of %n record</numerusform>
                <numerusform>{0} of %n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DestinationChart</name>
        <message numerus="yes">
            <location filename="../../ui/pages/overview_chart.py" line="72" />
            <source>{0}: %n vendor(s), in the EU/EEA</source>
            <translation>
                <numerusform>{0}: %n vendor, in the EU/EEA</numerusform>
                <numerusform>{0}: %n vendors, in the EU/EEA</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/overview_chart.py" line="74" />
            <source>{0}: %n vendor(s) ({1})</source>
            <translation>
                <numerusform>{0}: %n vendor ({1})</numerusform>
                <numerusform>{0}: %n vendors ({1})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/history.py" line="284" />
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/history.py" line="322" />
            <source>Wrote %n change(s) to {0}.</source>
            <translation>
                <numerusform>Wrote %n change to {0}.</numerusform>
                <numerusform>Wrote %n changes to {0}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/list_page.py" line="234" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrganisationEditor</name>
        <message numerus="yes">
            <location filename="../../ui/editors/organisation.py" line="84" />
            <source> day(s)</source>
            <translation>
                <numerusform> day</numerusform>
                <numerusform> days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editors/organisation.py" line="86" />
            <source> month(s)</source>
            <translation>
                <numerusform> month</numerusform>
                <numerusform> months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServicesPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="119" />
            <source>%n service(s)</source>
            <translation>
                <numerusform>%n service</numerusform>
                <numerusform>%n services</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="120" />
            <source>{0} of %n service(s)</source>
            <translation>
                <numerusform>{0} of %n service</numerusform>
                <numerusform>{0} of %n services</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TransfersPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="221" />
            <source>%n transfer(s)</source>
            <translation>
                <numerusform>%n transfer</numerusform>
                <numerusform>%n transfers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="222" />
            <source>{0} of %n transfer(s)</source>
            <translation>
                <numerusform>{0} of %n transfer</numerusform>
                <numerusform>{0} of %n transfers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VendorEditor</name>
        <message numerus="yes">
            <location filename="../../ui/editors/vendor.py" line="129" />
            <source> day(s)</source>
            <translation>
                <numerusform> day</numerusform>
                <numerusform> days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VendorsPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="61" />
            <source>%n vendor(s)</source>
            <translation>
                <numerusform>%n vendor</numerusform>
                <numerusform>%n vendors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="62" />
            <source>{0} of %n vendor(s)</source>
            <translation>
                <numerusform>{0} of %n vendor</numerusform>
                <numerusform>{0} of %n vendors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WhatIfBar</name>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="208" />
            <source>{0} (%n transfer(s))</source>
            <translation>
                <numerusform>{0} (%n transfer)</numerusform>
                <numerusform>{0} (%n transfers)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="265" />
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n decision</numerusform>
                <numerusform>%n decisions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="293" />
            <source>What if: the registry as of {0}, with the adequacy decision(s) for {1} revoked. A supposition, not today's state; nothing is saved.</source>
            <translation>
                <numerusform>What if: the registry as of {0}, with the adequacy decision for {1} revoked. A supposition, not today's state; nothing is saved.</numerusform>
                <numerusform>What if: the registry as of {0}, with the adequacy decisions for {1} revoked. A supposition, not today's state; nothing is saved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="315" />
            <source>%n transfer(s) would fail.</source>
            <translation>
                <numerusform>%n transfer would fail.</numerusform>
                <numerusform>%n transfers would fail.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="317" />
            <source>%n transfer(s) would no longer fail.</source>
            <translation>
                <numerusform>%n transfer would no longer fail.</numerusform>
                <numerusform>%n transfers would no longer fail.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="322" />
            <source>%n transfer(s) would fail: {0}.</source>
            <translation>
                <numerusform>%n transfer would fail: {0}.</numerusform>
                <numerusform>%n transfers would fail: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="325" />
            <source>%n vendor(s) affected: {0}.</source>
            <translation>
                <numerusform>%n vendor affected: {0}.</numerusform>
                <numerusform>%n vendors affected: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="328" />
            <source>%n transfer(s) would no longer fail: {0}.</source>
            <translation>
                <numerusform>%n transfer would no longer fail: {0}.</numerusform>
                <numerusform>%n transfers would no longer fail: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/whatif.py" line="344" />
            <source>{0} and %n more</source>
            <translation>
                <numerusform>{0} and %n more</numerusform>
                <numerusform>{0} and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs.py" line="147" />
            <source>Delete %n record(s)?</source>
            <translation>
                <numerusform>Delete %n record?</numerusform>
                <numerusform>Delete %n records?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs.py" line="159" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
</TS>