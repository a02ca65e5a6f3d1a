<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CapacityView</name>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln seat</numerusform>
            <numerusform>%Ln seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln too many</source>
        <translation>
            <numerusform>%Ln too many</numerusform>
            <numerusform>%Ln too many</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln free</source>
        <translation>
            <numerusform>%Ln free</numerusform>
            <numerusform>%Ln free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered</source>
        <translation>
            <numerusform>%Ln registered</numerusform>
            <numerusform>%Ln registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waitlisted</source>
        <translation>
            <numerusform>%Ln waitlisted</numerusform>
            <numerusform>%Ln waitlisted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
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
    <name>ColumnMappingDialog</name>
    <message numerus="yes">
        <source>%1: %Ln row(s). Choose what each column holds; the first rows are shown below. Columns left out are not imported.</source>
        <translation>
            <numerusform>%1: %Ln row. Choose what each column holds; the first rows are shown below. Columns left out are not imported.</numerusform>
            <numerusform>%1: %Ln rows. Choose what each column holds; the first rows are shown below. Columns left out are not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDocuments</name>
    <message numerus="yes">
        <source>Wrote %n draft(s) to %1</source>
        <translation>
            <numerusform>Wrote %n draft to %1</numerusform>
            <numerusform>Wrote %n drafts to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeocodeBatch</name>
    <message numerus="yes">
        <source>Cancelled after %1 of %Ln venue(s).</source>
        <translation>
            <numerusform>Cancelled after %1 of %Ln venue.</numerusform>
            <numerusform>Cancelled after %1 of %Ln venues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coordinates found for %1 of %Ln venue(s).</source>
        <translation>
            <numerusform>Coordinates found for %1 of %Ln venue.</numerusform>
            <numerusform>Coordinates found for %1 of %Ln venues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeocodeDialog</name>
    <message numerus="yes">
        <source>%Ln place(s) found. Pick the right one.</source>
        <translation>
            <numerusform>%Ln place found. Pick the right one.</numerusform>
            <numerusform>%Ln places found. Pick the right one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GtfsImport</name>
    <message numerus="yes">
        <source>%Ln stop(s) imported from %1 (stations among them: %2).</source>
        <translation>
            <numerusform>%Ln stop imported from %1 (stations among them: %2).</numerusform>
            <numerusform>%Ln stops imported from %1 (stations among them: %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message numerus="yes">
        <source>%n registered people with an e-mail address</source>
        <translation>
            <numerusform>%n registered person with an e-mail address</numerusform>
            <numerusform>%n registered people with an e-mail address</numerusform>
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
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message numerus="yes">
        <source>Special needs deleted for %Ln registration(s); earlier edits can no longer be undone.</source>
        <translation>
            <numerusform>Special needs deleted for %Ln registration; earlier edits can no longer be undone.</numerusform>
            <numerusform>Special needs deleted for %Ln registrations; earlier edits can no longer be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted for %Ln registration(s); earlier edits can no longer be undone.</source>
        <translation>
            <numerusform>Personal data deleted for %Ln registration; earlier edits can no longer be undone.</numerusform>
            <numerusform>Personal data deleted for %Ln registrations; earlier edits can no longer be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) made before upgrades, which still held the data, were deleted.</source>
        <translation>
            <numerusform>%Ln backup made before an upgrade, which still held the data, was deleted.</numerusform>
            <numerusform>%Ln backups made before upgrades, which still held the data, were deleted.</numerusform>
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
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) merged</source>
        <translation>
            <numerusform>%Ln duplicate merged</numerusform>
            <numerusform>%Ln duplicates merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln late</numerusform>
            <numerusform>%Ln late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waitlisted</source>
        <translation>
            <numerusform>%Ln waitlisted</numerusform>
            <numerusform>%Ln waitlisted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved up</source>
        <translation>
            <numerusform>%Ln moved up</numerusform>
            <numerusform>%Ln moved up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed elsewhere meanwhile and kept as they were</source>
        <translation>
            <numerusform>%Ln changed elsewhere meanwhile and kept as it was</numerusform>
            <numerusform>%Ln changed elsewhere meanwhile and kept as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln row rejected</numerusform>
            <numerusform>%Ln rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message numerus="yes">
        <source>%Ln stop(s) imported.</source>
        <translation>
            <numerusform>%Ln stop imported.</numerusform>
            <numerusform>%Ln stops imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
