<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CapacityView</name>
    <message numerus="yes">
        <source>Guest spaces: not entered (%n zone(s)).</source>
        <translation>
            <numerusform>Guest spaces: not entered (%n zone).</numerusform>
            <numerusform>Guest spaces: not entered (%n zones).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Permit only: %n zone(s), counted apart.</source>
        <translation>
            <numerusform>Permit only: %n zone, counted apart.</numerusform>
            <numerusform>Permit only: %n zones, counted apart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Personal data of %n event(s) is due for deletion…</source>
        <translation>
            <numerusform>Personal data of %n event is due for deletion…</numerusform>
            <numerusform>Personal data of %n events is due for deletion…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaTableModel</name>
    <message numerus="yes">
        <source>%n over the quota</source>
        <translation>
            <numerusform>%n over the quota</numerusform>
            <numerusform>%n over the quota</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationsView</name>
    <message numerus="yes">
        <source>Set %n registration(s) to %1</source>
        <translation>
            <numerusform>Set %n registration to %1</numerusform>
            <numerusform>Set %n registrations to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n registration(s)</source>
        <translation>
            <numerusform>Delete %n registration</numerusform>
            <numerusform>Delete %n registrations</numerusform>
        </translation>
    </message>
</context>
</TS>
