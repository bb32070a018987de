<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>ActivitiesPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="944" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="945" />
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
            <location filename="../../ui/pages/overview.py" line="400" />
            <source>{0}: %n vendor(s), in the EU/EEA</source>
            <translation>
                <numerusform>{0}: %n vendor, in the EU/EEA</numerusform>
                <numerusform>{0}: %n vendors, in the EU/EEA</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/overview.py" line="402" />
            <source>{0}: %n vendor(s) ({1})</source>
            <translation>
                <numerusform>{0}: %n vendor ({1})</numerusform>
                <numerusform>{0}: %n vendors ({1})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="360" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServicesPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="907" />
            <source>%n service(s)</source>
            <translation>
                <numerusform>%n service</numerusform>
                <numerusform>%n services</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="908" />
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
            <location filename="../../ui/pages/lists.py" line="985" />
            <source>%n transfer(s)</source>
            <translation>
                <numerusform>%n transfer</numerusform>
                <numerusform>%n transfers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="986" />
            <source>{0} of %n transfer(s)</source>
            <translation>
                <numerusform>{0} of %n transfer</numerusform>
                <numerusform>{0} of %n transfers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VendorsPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="857" />
            <source>%n vendor(s)</source>
            <translation>
                <numerusform>%n vendor</numerusform>
                <numerusform>%n vendors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/lists.py" line="858" />
            <source>{0} of %n vendor(s)</source>
            <translation>
                <numerusform>{0} of %n vendor</numerusform>
                <numerusform>{0} of %n vendors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs.py" line="141" />
            <source>Delete %n record(s)?</source>
            <translation>
                <numerusform>Delete %n record?</numerusform>
                <numerusform>Delete %n records?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs.py" line="153" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
</TS>