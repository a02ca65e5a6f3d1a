<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Venueplan</source>
        <translation>Om Venueplan</translation>
    </message>
    <message>
        <source>&lt;p&gt;Venue and logistics planning for event coordinators.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Planlægning af mødesteder og logistik for arrangører.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bundled components and their licences:</source>
        <translation>Medfølgende komponenter og deres licenser:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Map data © OpenStreetMap contributors (ODbL).</source>
        <translation>Kortdata © OpenStreetMap-bidragydere (ODbL).</translation>
    </message>
</context>
<context>
    <name>CapacityView</name>
    <message>
        <source>Choose an event to see whether it fits.</source>
        <translation>Vælg et arrangement for at se, om der er plads.</translation>
    </message>
    <message>
        <source>Over a quota (first come, first served):</source>
        <translation>Over en kvote (først til mølle):</translation>
    </message>
    <message>
        <source>Invitee group quotas</source>
        <translation>Kvoter for invitationsgrupper</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parkering</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Forplejning</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tæller op…</translation>
    </message>
    <message>
        <source>The capacity could not be counted: %1</source>
        <translation>Kapaciteten kunne ikke opgøres: %1</translation>
    </message>
    <message>
        <source>No venue chosen</source>
        <translation>Intet mødested valgt</translation>
    </message>
    <message>
        <source>capacity unknown</source>
        <translation>kapacitet ukendt</translation>
    </message>
    <message>
        <source>Need a wheelchair space: %1; no room is chosen.</source>
        <translation>Behov for kørestolsplads: %1; der er ikke valgt lokale.</translation>
    </message>
    <message>
        <source>This event is organised by %1. On this server its registrations, and so what it needs, are shown only to that organisation&apos;s coordinators.</source>
        <translation>Arrangementet holdes af %1. På denne server vises dets tilmeldinger, og dermed hvad det kræver, kun for den organisations koordinatorer.</translation>
    </message>
    <message>
        <source>Need a wheelchair space: %1; wheelchair spaces in the room: %2.</source>
        <translation>Behov for kørestolsplads: %1; kørestolspladser i lokalet: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln plads</numerusform>
            <numerusform>%Ln pladser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln too many</source>
        <translation>
            <numerusform>%Ln for mange</numerusform>
            <numerusform>%Ln for mange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln free</source>
        <translation>
            <numerusform>%Ln ledig</numerusform>
            <numerusform>%Ln ledige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered</source>
        <translation>
            <numerusform>%Ln tilmeldt</numerusform>
            <numerusform>%Ln tilmeldte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waitlisted</source>
        <translation>
            <numerusform>%Ln på venteliste</numerusform>
            <numerusform>%Ln på venteliste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln afmeldt</numerusform>
            <numerusform>%Ln afmeldte</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected attendance: %1 (at %2 % no-shows)</source>
        <translation>Forventet fremmøde: %1 (ved %2 % udeblivelser)</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Plads nok</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Fuldt</translation>
    </message>
    <message>
        <source>Overbooked</source>
        <translation>Overbooket</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Over kapacitet</translation>
    </message>
    <message>
        <source>Capacity unknown</source>
        <translation>Kapacitet ukendt</translation>
    </message>
    <message>
        <source>This event has no invitee groups.</source>
        <translation>Arrangementet har ingen invitationsgrupper.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <source>%1 per organisation</source>
        <translation>%1 pr. organisation</translation>
    </message>
    <message>
        <source>Nobody has registered in an invitee group yet.</source>
        <translation>Ingen er endnu tilmeldt i en invitationsgruppe.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>tilmeldt</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>på venteliste</translation>
    </message>
    <message>
        <source>over the seats</source>
        <translation>ud over pladserne</translation>
    </message>
    <message>
        <source>Guest spaces: %1, of which accessible: %2.</source>
        <translation>Pladser til gæster: %1, heraf handicappladser: %2.</translation>
    </message>
    <message>
        <source>Arriving by car: %1; needing accessible parking: %2.</source>
        <translation>Kommer i bil: %1; behov for handicapparkering: %2.</translation>
    </message>
    <message>
        <source>No venue is chosen.</source>
        <translation>Der er ikke valgt mødested.</translation>
    </message>
    <message>
        <source>No parking entered for the venue.</source>
        <translation>Der er ikke angivet parkering for mødestedet.</translation>
    </message>
    <message>
        <source>No zone where guests may park.</source>
        <translation>Ingen zone, som gæster må anvende.</translation>
    </message>
    <message numerus="yes">
        <source>Guest spaces: not entered (%n zone(s)).</source>
        <translation>
            <numerusform>Pladser til gæster: ikke angivet (%n zone).</numerusform>
            <numerusform>Pladser til gæster: ikke angivet (%n zoner).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Permit only: %n zone(s), counted apart.</source>
        <translation>
            <numerusform>Kun med tilladelse: %n zone, opgjort særskilt.</numerusform>
            <numerusform>Kun med tilladelse: %n zoner, opgjort særskilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No catering planned.</source>
        <translation>Der er ikke planlagt forplejning.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message>
        <source>capacity</source>
        <translation>kapacitet</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>street</source>
        <translation>vej</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <source>city</source>
        <translation>by</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>breddegrad</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>længdegrad</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>kontakttelefon</translation>
    </message>
    <message>
        <source>contact e-mail</source>
        <translation>kontaktmail</translation>
    </message>
    <message>
        <source>wheelchair places</source>
        <translation>kørestolspladser</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>slut</translation>
    </message>
    <message>
        <source>doors open</source>
        <translation>ankomst</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>mødested</translation>
    </message>
    <message>
        <source>room</source>
        <translation>lokale</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>opstilling</translation>
    </message>
    <message>
        <source>capacity limit</source>
        <translation>loft over deltagere</translation>
    </message>
    <message>
        <source>expected attendance</source>
        <translation>forventet fremmøde</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>arrangør</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>pladser</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>omrids</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>indgang</translation>
    </message>
    <message>
        <source>parking zone</source>
        <translation>parkeringszone</translation>
    </message>
    <message>
        <source>transit option</source>
        <translation>offentlig transport</translation>
    </message>
    <message>
        <source>programme item</source>
        <translation>programpunkt</translation>
    </message>
    <message>
        <source>add %1 %2</source>
        <translation>tilføj %1 %2</translation>
    </message>
    <message>
        <source>remove %1 %2</source>
        <translation>fjern %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3 → %4</source>
        <translation>%1 for %2 %3 → %4</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(+%1 mere)</translation>
    </message>
    <message>
        <source>The venue was deleted elsewhere since; nothing was changed.</source>
        <translation>Mødestedet er slettet andetsteds siden; intet blev ændret.</translation>
    </message>
    <message>
        <source>The event was deleted elsewhere since; nothing was changed.</source>
        <translation>Arrangementet er slettet andetsteds siden; intet blev ændret.</translation>
    </message>
    <message>
        <source>%1 of %2 is now %3, not %4</source>
        <translation>%1 for %2 er nu %3, ikke %4</translation>
    </message>
    <message>
        <source>Changed elsewhere since: %1.</source>
        <translation>Ændret andetsteds siden: %1.</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <source>Type a few letters of a name or organisation</source>
        <translation>Skriv nogle bogstaver af et navn eller en organisation</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Fundne personer</translation>
    </message>
    <message>
        <source>Walk-in: name, organisation, group</source>
        <translation>Uanmeldt: navn, organisation, gruppe</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Print name tag</source>
        <translation>Udskriv navneskilt</translation>
    </message>
    <message>
        <source>Straight to the default printer</source>
        <translation>Direkte til standardprinteren</translation>
    </message>
    <message>
        <source>Print name tags without the print dialog</source>
        <translation>Udskriv navneskilte uden udskriftsdialogen</translation>
    </message>
    <message>
        <source>&amp;Walk-in:</source>
        <translation>&amp;Uanmeldt:</translation>
    </message>
    <message>
        <source>… and %1 more: type more letters</source>
        <translation>… og %1 mere: skriv flere bogstaver</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>walk-in, arrived %1</source>
        <translation>uanmeldt, ankom %1</translation>
    </message>
    <message>
        <source>arrived %1</source>
        <translation>ankom %1</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>på venteliste</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afmeldt</translation>
    </message>
    <message>
        <source>marked as no-show</source>
        <translation>markeret som udeblevet</translation>
    </message>
    <message>
        <source>Nobody found: type more of the name, or add a walk-in below.</source>
        <translation>Ingen fundet: skriv mere af navnet, eller tilføj en uanmeldt nedenfor.</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name first (then organisation and group).</source>
        <translation>Skriv først den uanmeldtes navn (derefter organisation og gruppe).</translation>
    </message>
    <message>
        <source>%1 checked in.</source>
        <translation>%1 er registreret som mødt.</translation>
    </message>
    <message>
        <source>%1 added as a walk-in and checked in.</source>
        <translation>%1 er tilføjet som uanmeldt og registreret som mødt.</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Indtjekning af %1 er fortrudt.</translation>
    </message>
    <message>
        <source>Walk-in removed again.</source>
        <translation>Den uanmeldte er fjernet igen.</translation>
    </message>
    <message>
        <source>%1 has already arrived.</source>
        <translation>%1 er allerede ankommet.</translation>
    </message>
    <message>
        <source>%1 has already arrived, at %2.</source>
        <translation>%1 er allerede ankommet, kl. %2.</translation>
    </message>
    <message>
        <source>Arrived: %1</source>
        <translation>Ankommet: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Forventet: %1</translation>
    </message>
    <message>
        <source>Walk-ins: %1</source>
        <translation>Uanmeldte: %1</translation>
    </message>
    <message>
        <source>Not yet arrived: %1</source>
        <translation>Ikke ankommet endnu: %1</translation>
    </message>
    <message>
        <source>Seats taken: %1 of %2</source>
        <translation>Pladser optaget: %1 af %2</translation>
    </message>
    <message>
        <source>%1 over capacity</source>
        <translation>%1 over kapaciteten</translation>
    </message>
    <message>
        <source>Waiting list: %1</source>
        <translation>På venteliste: %1</translation>
    </message>
    <message>
        <source>Name tag of %1 printed.</source>
        <translation>Navneskiltet til %1 er udskrevet.</translation>
    </message>
    <message>
        <source>Find the person first, then print their name tag.</source>
        <translation>Find først personen, og udskriv så navneskiltet.</translation>
    </message>
    <message>
        <source>Check %1 in first, then print their name tag.</source>
        <translation>Tjek først %1 ind, og udskriv så navneskiltet.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>Kolonner i %1</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Filens første rækker</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolonne %1</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Indeholder</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(udelad)</translation>
    </message>
    <message>
        <source>Takes part in: %1</source>
        <translation>Deltager i: %1</translation>
    </message>
    <message>
        <source>Remember for files with these columns</source>
        <translation>Husk til filer med de samme kolonner</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>ark %1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>lodret streg</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s). Choose what each column holds; the first rows are shown below. Columns left out are not imported.</source>
        <translation>
            <numerusform>%1: %Ln række. Vælg, hvad hver kolonne indeholder; de første rækker vises nedenfor. Udeladte kolonner importeres ikke.</numerusform>
            <numerusform>%1: %Ln rækker. Vælg, hvad hver kolonne indeholder; de første rækker vises nedenfor. Udeladte kolonner importeres ikke.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name (whole)</source>
        <translation>Fulde navn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Titel/rolle</translation>
    </message>
    <message>
        <source>Invitee group</source>
        <translation>Invitationsgruppe</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Særlig kost</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Tilgængelighedsbehov</translation>
    </message>
    <message>
        <source>Arrives by car</source>
        <translation>Kommer i bil</translation>
    </message>
    <message>
        <source>Needs accessible parking</source>
        <translation>Har brug for handicapparkering</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Tilmeldt den</translation>
    </message>
    <message>
        <source>Registration time</source>
        <translation>Tilmeldt kl.</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Mødt</translation>
    </message>
    <message>
        <source>Id in the form</source>
        <translation>Id i formularen</translation>
    </message>
    <message>
        <source>Choose the column with the name (or first and last name).</source>
        <translation>Vælg kolonnen med navnet (eller med for- og efternavn).</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Forbind til server</translation>
    </message>
    <message>
        <source>db.example.dk</source>
        <translation>db.kommune.dk</translation>
    </message>
    <message>
        <source>Empty: the keyring, PGPASSWORD or .pgpass</source>
        <translation>Tom: nøgleringen, PGPASSWORD eller .pgpass</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Husk adgangskoden i computerens nøglering</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Adgangs&amp;kode</translation>
    </message>
    <message>
        <source>The connection to a server on another computer is encrypted (TLS is required).</source>
        <translation>Forbindelsen til en server på en anden computer er krypteret (TLS er påkrævet).</translation>
    </message>
    <message>
        <source>The server is on this computer: the connection does not leave it.</source>
        <translation>Serveren er på denne computer: forbindelsen forlader den ikke.</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (TLS is required); Venueplan does not connect without it.</source>
        <translation>Forbindelsen til %1 er krypteret (TLS er påkrævet); Venueplan forbinder ikke uden.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address only.</source>
        <translation>Skriv kun serverens navn eller adresse.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Forbinder til %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Forbundet til %1.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Vælg datoen i en kalender</translation>
    </message>
</context>
<context>
    <name>DayActions</name>
    <message>
        <source>&amp;Check-in at the Door…</source>
        <translation>&amp;Indtjekning ved døren…</translation>
    </message>
    <message>
        <source>&amp;Table Plan…</source>
        <translation>&amp;Bordplan…</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Indtjekning: %1</translation>
    </message>
    <message>
        <source>Table plan: %1</source>
        <translation>Bordplan: %1</translation>
    </message>
    <message>
        <source>No Table Cards</source>
        <translation>Ingen bordkort</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Vis udskrift: %1</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Sidetal</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Udskriv %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>”%1” blev ikke fortrudt: %2</translation>
    </message>
    <message>
        <source>“%1” was not redone: %2</source>
        <translation>”%1” blev ikke gentaget: %2</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Fortryd: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Gentag: %1</translation>
    </message>
</context>
<context>
    <name>EventDocuments</name>
    <message>
        <source>Directions &amp;Handout</source>
        <translation>&amp;Praktisk information</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vis udskrift…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Gem som &amp;PDF…</translation>
    </message>
    <message>
        <source>In&amp;vitation</source>
        <translation>In&amp;vitation</translation>
    </message>
    <message>
        <source>Save as &amp;Word File…</source>
        <translation>Gem som &amp;Word-fil…</translation>
    </message>
    <message>
        <source>P&amp;rogramme (One Page)</source>
        <translation>P&amp;rogram (én side)</translation>
    </message>
    <message>
        <source>&amp;Mail Invitation…</source>
        <translation>Mail &amp;invitationen…</translation>
    </message>
    <message>
        <source>Mail Practical &amp;Info…</source>
        <translation>Mail praktisk in&amp;formation…</translation>
    </message>
    <message>
        <source>&amp;Name Tags</source>
        <translation>&amp;Navneskilte</translation>
    </message>
    <message>
        <source>Print Pre&amp;view (2 × 4 on A4)…</source>
        <translation>&amp;Vis udskrift (2 × 4 på A4)…</translation>
    </message>
    <message>
        <source>Print Preview (2 × &amp;5 on A4)…</source>
        <translation>Vis udskrift (2 × &amp;5 på A4)…</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Lister</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet…</source>
        <translation>&amp;Fremmødeliste…</translation>
    </message>
    <message>
        <source>&amp;Participant List…</source>
        <translation>&amp;Deltagerliste…</translation>
    </message>
    <message>
        <source>&amp;Calendar Invite (.ics)…</source>
        <translation>&amp;Kalenderinvitation (.ics)…</translation>
    </message>
    <message>
        <source>Logistics &amp;Workbook (Excel)…</source>
        <translation>Lo&amp;gistik (Excel)…</translation>
    </message>
    <message>
        <source>Venue &amp;Catalogue Workbook…</source>
        <translation>Katalog over &amp;mødesteder (Excel)…</translation>
    </message>
    <message>
        <source>&amp;Events Overview Workbook…</source>
        <translation>&amp;Oversigt over arrangementer (Excel)…</translation>
    </message>
    <message>
        <source>No Handout</source>
        <translation>Ingen praktisk information</translation>
    </message>
    <message>
        <source>This event has no venue yet, so it has no directions handout.</source>
        <translation>Arrangementet har endnu intet mødested, så der er ingen praktisk information.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Directions handout</source>
        <translation>Praktisk information</translation>
    </message>
    <message>
        <source>Save as Word File</source>
        <translation>Gem som Word-fil</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <source>No Practical Information</source>
        <translation>Ingen praktisk information</translation>
    </message>
    <message>
        <source>This event has no venue yet, so it has no practical information to send.</source>
        <translation>Arrangementet har endnu intet mødested, så der er ingen praktisk information at sende.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n draft(s) to %1</source>
        <translation>
            <numerusform>Skrev %n kladde i %1</numerusform>
            <numerusform>Skrev %n kladder i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Calendar Invite</source>
        <translation>Gem kalenderinvitation</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Mødesteder</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>Export Workbook</source>
        <translation>Eksportér Excel-fil</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-filer (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Arrangement</translation>
    </message>
    <message>
        <source>Add programme item</source>
        <translation>Tilføj programpunkt</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>Add catering</source>
        <translation>Tilføj forplejning</translation>
    </message>
    <message>
        <source>&amp;Catering</source>
        <translation>Forplej&amp;ning</translation>
    </message>
    <message>
        <source>Add invitee group</source>
        <translation>Tilføj invitationsgruppe</translation>
    </message>
    <message>
        <source>&amp;Invitees and quotas</source>
        <translation>&amp;Inviterede og kvoter</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Tilføj afsender</translation>
    </message>
    <message>
        <source>&amp;Signatories</source>
        <translation>Afs&amp;endere</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Tilføj bilag</translation>
    </message>
    <message>
        <source>Invitation &amp;letter</source>
        <translation>Invitations&amp;brev</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentsprog</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Ankomst</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tidspunkter</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Mødested</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>Seating layout</source>
        <translation>Opstilling</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>Forventet antal</translation>
    </message>
    <message>
        <source>Attendance limit</source>
        <translation>Maks. antal deltagere</translation>
    </message>
    <message>
        <source>Expected no-shows</source>
        <translation>Forventet udeblivelse</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Tilmelding</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>for example: to the secretariat</source>
        <translation>for eksempel: til sekretariatet</translation>
    </message>
    <message>
        <source>Channel in words</source>
        <translation>Tilmelding sker</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratis deltagelse</translation>
    </message>
    <message>
        <source>Fields left empty get a letter made from the event&apos;s kind, title, organiser and invitee groups, in the document language.</source>
        <translation>Tomme felter får et brev lavet ud fra arrangementets type, titel, arrangør og inviterede grupper, på dokumentsproget.</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Indledende hilsen</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brevtekst</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afslutning</translation>
    </message>
    <message>
        <source>The programme is preliminary</source>
        <translation>Programmet er foreløbigt</translation>
    </message>
    <message>
        <source>Attachments and links</source>
        <translation>Bilag og links</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>Intet mødested</translation>
    </message>
    <message>
        <source>No room chosen</source>
        <translation>Intet lokale valgt</translation>
    </message>
    <message>
        <source>No layout chosen</source>
        <translation>Ingen opstilling valgt</translation>
    </message>
    <message>
        <source>This event has no venue yet.</source>
        <translation>Arrangementet har endnu intet mødested.</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Intet arrangement valgt</translation>
    </message>
    <message>
        <source>Measured at the last event of this kind: %1 % (%2, %3)</source>
        <translation>Målt ved det seneste arrangement af denne type: %1 % (%2, %3)</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>Rediger arrangementet %1</translation>
    </message>
</context>
<context>
    <name>EventScopedPage</name>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Arrangement:</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Search events</source>
        <translation>Søg i arrangementer</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nyt arrangement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Slet arrangement</translation>
    </message>
    <message>
        <source>event</source>
        <translation>arrangement</translation>
    </message>
    <message>
        <source>This event is organised by %1; on this server only that organisation&apos;s coordinators can change it.</source>
        <translation>Arrangementet holdes af %1; på denne server kan kun den organisations koordinatorer ændre det.</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>ingen organisation</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Excel Workbook</source>
        <translation>Eksportér Excel-fil</translation>
    </message>
    <message>
        <source>Registrations: %1. Sheets: overview, programme, participants, quotas, directions, parking and catering, sign-in sheet.</source>
        <translation>Tilmeldinger: %1. Ark: oversigt, program, deltagere, kvoter, find vej, parkering og forplejning, fremmødeliste.</translation>
    </message>
    <message>
        <source>Full workbook, for the organisers</source>
        <translation>Fuld udgave til arrangørerne</translation>
    </message>
    <message>
        <source>With participants&apos; e-mail, phone, comments, and dietary and accessibility needs per person.</source>
        <translation>Med deltagernes e-mail, telefon og kommentarer og hver persons behov for særlig kost og tilgængelighed.</translation>
    </message>
    <message>
        <source>For sharing with caterers, venues and colleagues</source>
        <translation>Til deling med cateringfirma, mødesteder og kolleger</translation>
    </message>
    <message>
        <source>Names, organisations and groups only: no e-mail, phone or comments; dietary and accessibility needs as counts.</source>
        <translation>Kun navne, organisationer og grupper: ingen e-mail, telefon eller kommentarer; særlig kost og tilgængelighed kun som antal.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>This file will contain personal data. Keep it to those who need it.</source>
        <translation>Filen kommer til at indeholde personoplysninger. Del den kun med dem, der har brug for den.</translation>
    </message>
    <message>
        <source>This file will contain no e-mail addresses, phone numbers, comments or needs of any one person.</source>
        <translation>Filen kommer ikke til at indeholde e-mailadresser, telefonnumre, kommentarer eller den enkeltes behov.</translation>
    </message>
    <message>
        <source>Save Excel Workbook</source>
        <translation>Gem Excel-fil</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-filer (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksporten blev annulleret; der blev ikke skrevet nogen fil.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>hh:mm</source>
        <translation>tt.mm</translation>
    </message>
</context>
<context>
    <name>GeocodeBatch</name>
    <message>
        <source>Every venue already has coordinates.</source>
        <translation>Alle mødesteder har allerede koordinater.</translation>
    </message>
    <message>
        <source>Looking up addresses…</source>
        <translation>Slår adresser op…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %Ln venue(s).</source>
        <translation>
            <numerusform>Annulleret efter %1 af %Ln mødested.</numerusform>
            <numerusform>Annulleret efter %1 af %Ln mødesteder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coordinates found for %1 of %Ln venue(s).</source>
        <translation>
            <numerusform>Koordinater fundet for %1 af %Ln mødested.</numerusform>
            <numerusform>Koordinater fundet for %1 af %Ln mødesteder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Geocode venues</source>
        <translation>Find koordinater for mødesteder</translation>
    </message>
    <message>
        <source>Looking up %1 (%2 of %3)…</source>
        <translation>Slår %1 op (%2 af %3)…</translation>
    </message>
</context>
<context>
    <name>GeocodeDialog</name>
    <message>
        <source>Find coordinates</source>
        <translation>Find koordinater</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Steder fundet</translation>
    </message>
    <message>
        <source>Use this place</source>
        <translation>Brug dette sted</translation>
    </message>
    <message>
        <source>Address to look up:</source>
        <translation>Adresse, der skal slås op:</translation>
    </message>
    <message>
        <source>Type an address to look up.</source>
        <translation>Skriv en adresse, der skal slås op.</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Søger efter ”%1”…</translation>
    </message>
    <message>
        <source>One place found. Check it and use it.</source>
        <translation>Ét sted fundet. Kontrollér det, og brug det.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) found. Pick the right one.</source>
        <translation>
            <numerusform>%Ln sted fundet. Vælg det rigtige.</numerusform>
            <numerusform>%Ln steder fundet. Vælg det rigtige.</numerusform>
        </translation>
    </message>
    <message>
        <source>You seem to be offline. Type the coordinates in, or try again later.</source>
        <translation>Du ser ud til at være offline. Skriv koordinaterne ind, eller prøv igen senere.</translation>
    </message>
    <message>
        <source>The geocoding service did not answer in time. Try again later, or type the coordinates in.</source>
        <translation>Tjenesten til adresseopslag svarede ikke i tide. Prøv igen senere, eller skriv koordinaterne ind.</translation>
    </message>
    <message>
        <source>The geocoding service refused the connection. Check its address in the settings.</source>
        <translation>Tjenesten til adresseopslag afviste forbindelsen. Kontrollér dens adresse i indstillingerne.</translation>
    </message>
    <message>
        <source>The geocoding service is busy and asks for fewer look-ups. Try again in a minute, or type the coordinates in.</source>
        <translation>Tjenesten til adresseopslag har travlt og beder om færre opslag. Prøv igen om et minut, eller skriv koordinaterne ind.</translation>
    </message>
    <message>
        <source>No place found for this address. Check the spelling or try fewer words.</source>
        <translation>Der blev ikke fundet noget sted for adressen. Kontrollér stavningen, eller prøv med færre ord.</translation>
    </message>
    <message>
        <source>The geocoding service failed: %1</source>
        <translation>Tjenesten til adresseopslag fejlede: %1</translation>
    </message>
</context>
<context>
    <name>GtfsImport</name>
    <message>
        <source>Import GTFS feed</source>
        <translation>Importér GTFS-data</translation>
    </message>
    <message>
        <source>GTFS feed (*.zip stops.txt *.txt);;All files (*)</source>
        <translation>GTFS-data (*.zip stops.txt *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Importing stops from %1…</source>
        <translation>Importerer stoppesteder fra %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stop(s) imported from %1 (stations among them: %2).</source>
        <translation>
            <numerusform>%Ln stoppested importeret fra %1 (heraf stationer: %2).</numerusform>
            <numerusform>%Ln stoppesteder importeret fra %1 (heraf stationer: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed has no route data, so modes are guessed.</source>
        <translation>Dataene har ingen ruteoplysninger, så transportmidlerne er gættet.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel import</source>
        <translation>Annuller import</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Mail Invitation</source>
        <translation>Mail invitationen</translation>
    </message>
    <message>
        <source>Mail Practical Info</source>
        <translation>Mail praktisk information</translation>
    </message>
    <message>
        <source>Attached: the invitation with its programme, as a PDF.</source>
        <translation>Vedhæftet: invitationen med program, som PDF.</translation>
    </message>
    <message>
        <source>Attached: the practical information as a PDF and the calendar invite (.ics).</source>
        <translation>Vedhæftet: den praktiske information som PDF og kalenderinvitationen (.ics).</translation>
    </message>
    <message>
        <source>Counting the recipients…</source>
        <translation>Tæller modtagerne…</translation>
    </message>
    <message>
        <source>One draft per person (each addressed to them)</source>
        <translation>Én kladde pr. person (stilet til personen)</translation>
    </message>
    <message>
        <source>One draft with everyone in Bcc</source>
        <translation>Én kladde med alle som Bcc</translation>
    </message>
    <message>
        <source>mail drafts</source>
        <translation>mailkladder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>The drafts are files in this folder; it opens when they are written. Open a draft in Outlook or Apple Mail, check it and send it from there.</source>
        <translation>Kladderne er filer i denne mappe, som åbnes, når de er skrevet. Åbn en kladde i Outlook eller Apple Mail, se den igennem, og send den derfra.</translation>
    </message>
    <message>
        <source>Write Drafts</source>
        <translation>Skriv kladder</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message numerus="yes">
        <source>%n registered people with an e-mail address</source>
        <translation>
            <numerusform>%n tilmeldt med e-mailadresse</numerusform>
            <numerusform>%n tilmeldte med e-mailadresse</numerusform>
        </translation>
    </message>
    <message>
        <source>No registrations with an e-mail address yet: one draft without recipients is written for you to address.</source>
        <translation>Der er endnu ingen tilmeldte med e-mailadresse: der skrives én kladde uden modtagere, som du selv adresserer.</translation>
    </message>
    <message>
        <source>Folder for the Drafts</source>
        <translation>Mappe til kladderne</translation>
    </message>
    <message>
        <source>Choose a folder whose parent folder exists.</source>
        <translation>Vælg en mappe, hvis overordnede mappe findes.</translation>
    </message>
    <message>
        <source>Writing the drafts…</source>
        <translation>Skriver kladderne…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Mødesteder</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Tilmeldinger</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Venueplan projects (*%1)</source>
        <translation>Venueplan-projekter (*%1)</translation>
    </message>
    <message>
        <source>%1 (read-only) — %2</source>
        <translation>%1 (skrivebeskyttet) — %2</translation>
    </message>
    <message>
        <source>%1 — read-only: changes cannot be saved</source>
        <translation>%1 — skrivebeskyttet: ændringer kan ikke gemmes</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projektet kan ikke oprettes</translation>
    </message>
    <message>
        <source>%1 is the open project; choose another name.</source>
        <translation>%1 er det åbne projekt; vælg et andet navn.</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Gem en kopi som</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Kopien blev ikke gemt</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopi gemt som %1</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Ikke fortrudt</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n event(s) is due for deletion…</source>
        <translation>
            <numerusform>Personoplysninger fra %n arrangement skal slettes…</numerusform>
            <numerusform>Personoplysninger fra %n arrangementer skal slettes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>&amp;All venues</source>
        <translation>&amp;Alle mødesteder</translation>
    </message>
    <message>
        <source>The chosen &amp;event</source>
        <translation>Det valgte arra&amp;ngement</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Place venue</source>
        <translation>Placér mødested</translation>
    </message>
    <message>
        <source>Place entrance</source>
        <translation>Placér indgang</translation>
    </message>
    <message>
        <source>Place stop</source>
        <translation>Placér stoppested</translation>
    </message>
    <message>
        <source>Draw parking zone</source>
        <translation>Tegn parkeringszone</translation>
    </message>
    <message>
        <source>Finish zone</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation>Eksportér kort…</translation>
    </message>
    <message>
        <source>Click the map; or type the latitude and longitude on the Venue tab</source>
        <translation>Klik på kortet, eller skriv bredde- og længdegrad på fanen Mødested</translation>
    </message>
    <message>
        <source>Click the map; or type the latitude and longitude of the entrance</source>
        <translation>Klik på kortet, eller skriv indgangens bredde- og længdegrad</translation>
    </message>
    <message>
        <source>Click the map; or type the stop&apos;s latitude and longitude</source>
        <translation>Klik på kortet, eller skriv stoppestedets bredde- og længdegrad</translation>
    </message>
    <message>
        <source>Click the corners on the map; or type them in the Shape column</source>
        <translation>Klik hjørnerne på kortet, eller skriv dem i kolonnen Form</translation>
    </message>
    <message>
        <source>The map appears here.</source>
        <translation>Kortet vises her.</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Eksportér kort</translation>
    </message>
    <message>
        <source>map.html</source>
        <translation>kort.html</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webside (*.html)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Kunne ikke skrive {0}: {1}</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Mødested</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Indgang</translation>
    </message>
    <message>
        <source>Public transport stop</source>
        <translation>Stoppested</translation>
    </message>
    <message>
        <source>Walking route</source>
        <translation>Gangrute</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Trinfri adgang</translation>
    </message>
    <message>
        <source>Position is approximate</source>
        <translation>Placeringen er omtrentlig</translation>
    </message>
    <message>
        <source>Guests may park</source>
        <translation>Parkering: må anvendes</translation>
    </message>
    <message>
        <source>No guest parking</source>
        <translation>Parkering: må ikke anvendes</translation>
    </message>
    <message>
        <source>Permit only</source>
        <translation>Parkering: kun med tilladelse</translation>
    </message>
    <message>
        <source>Spaces: {count}</source>
        <translation>Pladser: {count}</translation>
    </message>
    <message>
        <source>Accessible spaces: {count}</source>
        <translation>Handicappladser: {count}</translation>
    </message>
    <message>
        <source>EV chargers: {count}</source>
        <translation>Ladestandere: {count}</translation>
    </message>
    <message>
        <source>Walk: {minutes} min</source>
        <translation>Gangtid: {minutes} min.</translation>
    </message>
    <message>
        <source>Capacity: {count}</source>
        <translation>Kapacitet: {count}</translation>
    </message>
    <message>
        <source>Venues without coordinates, not shown: {count}.</source>
        <translation>Mødesteder uden koordinater, som ikke vises: {count}.</translation>
    </message>
    <message>
        <source>&amp;copy; &lt;a href=&quot;https://www.openstreetmap.org/copyright&quot;&gt;OpenStreetMap&lt;/a&gt; contributors</source>
        <translation>&amp;copy; &lt;a href=&quot;https://www.openstreetmap.org/copyright&quot;&gt;OpenStreetMap&lt;/a&gt;-bidragydere</translation>
    </message>
    <message>
        <source>Made with Natural Earth</source>
        <translation>Natural Earth (fri af ophavsret)</translation>
    </message>
    <message>
        <source>Time limit: {text}</source>
        <translation>Tidsbegrænsning: {text}</translation>
    </message>
    <message>
        <source>Fee: {text}</source>
        <translation>Pris: {text}</translation>
    </message>
    <message>
        <source>about {metres} m, {minutes} min on foot</source>
        <translation>ca. {metres} m, {minutes} min. til fods</translation>
    </message>
    <message>
        <source>Capacity not entered</source>
        <translation>Kapacitet ikke angivet</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Signaturforklaring</translation>
    </message>
    <message>
        <source>Background map unavailable</source>
        <translation>Baggrundskortet er ikke tilgængeligt</translation>
    </message>
    <message>
        <source>{name} has no coordinates yet.</source>
        <translation>{name} har endnu ingen koordinater.</translation>
    </message>
    <message>
        <source>No venue chosen for this event.</source>
        <translation>Arrangementet har endnu intet mødested.</translation>
    </message>
    <message>
        <source>Click the map where the venue is.</source>
        <translation>Klik på kortet, hvor mødestedet ligger.</translation>
    </message>
    <message>
        <source>Click the map where the entrance is.</source>
        <translation>Klik på kortet, hvor indgangen ligger.</translation>
    </message>
    <message>
        <source>Click the map where the stop is.</source>
        <translation>Klik på kortet, hvor stoppestedet ligger.</translation>
    </message>
    <message>
        <source>Click the corners of the parking zone, then Finish.</source>
        <translation>Klik på parkeringszonens hjørner, og klik derefter på Færdig.</translation>
    </message>
</context>
<context>
    <name>NearestStationsDialog</name>
    <message>
        <source>Nearest stations</source>
        <translation>Nærmeste stationer</translation>
    </message>
    <message>
        <source>Stops near the venue</source>
        <translation>Stoppesteder nær mødestedet</translation>
    </message>
    <message>
        <source>Walking estimate: straight line × %1 for streets and paths, at %2 km/h. Line and direction are yours to fill in.</source>
        <translation>Gangtiden er anslået som luftlinje × %1 for veje og stier ved %2 km/t. Linje og retning udfylder du selv.</translation>
    </message>
    <message>
        <source>Add as transit option</source>
        <translation>Tilføj som transportmulighed</translation>
    </message>
    <message>
        <source>Import GTFS feed…</source>
        <translation>Importér GTFS-data…</translation>
    </message>
    <message>
        <source>The venue has no coordinates yet: geocode its address or type them in first.</source>
        <translation>Mødestedet har endnu ingen koordinater: slå først adressen op, eller skriv dem ind.</translation>
    </message>
    <message>
        <source>Walking distance to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Gangafstand til &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No stops imported yet. Import a GTFS feed first.</source>
        <translation>Der er endnu ikke importeret stoppesteder. Importér først et GTFS-feed.</translation>
    </message>
    <message>
        <source>A GTFS feed is the timetable file that public transport publishes for journey planners: a .zip file with every stop, line and departure. For Denmark, Rejseplanen publishes one feed for all buses, trains, metro and ferries (on Rejseplanen Labs, labs.rejseplanen.dk, after registering); download it once and import it here or with Tools &gt; Import Public Transport Stops (GTFS).</source>
        <translation>Et GTFS-feed er den køreplansfil, som den offentlige transport udgiver til rejseplanlæggere: en .zip-fil med alle stoppesteder, linjer og afgange. For Danmark udgiver Rejseplanen ét feed for alle busser, tog, metro og færger (på Rejseplanen Labs, labs.rejseplanen.dk, efter registrering); hent det én gang, og importér det her eller med Værktøjer &gt; Importér stoppesteder for offentlig transport (GTFS).</translation>
    </message>
    <message>
        <source>No stops within %1 km.</source>
        <translation>Ingen stoppesteder inden for %1 km.</translation>
    </message>
    <message>
        <source>Stops within %1 km, nearest first.</source>
        <translation>Stoppesteder inden for %1 km, nærmeste først.</translation>
    </message>
    <message>
        <source>From %2, imported %3.</source>
        <translation>Fra %2, importeret %3.</translation>
    </message>
</context>
<context>
    <name>OpeningView</name>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Åbner…</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Søg i arrangementer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nyt arrangement</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Slet arrangement</translation>
    </message>
    <message>
        <source>Search by name, city or postal code</source>
        <translation>Søg på navn, by eller postnummer</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Mødesteder</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nyt mødested</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>Slet mødested</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>A new language applies when Venueplan is started again.</source>
        <translation>Et nyt sprog træder i kraft, næste gang Venueplan startes.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Default seating &amp;layout</source>
        <translation>Standard&amp;opstilling</translation>
    </message>
    <message>
        <source> km/h</source>
        <translation> km/t</translation>
    </message>
    <message>
        <source>Used to propose walking times from stops</source>
        <translation>Bruges til at foreslå gangtider fra stoppesteder</translation>
    </message>
    <message>
        <source>&amp;Walking speed</source>
        <translation>&amp;Ganghastighed</translation>
    </message>
    <message>
        <source>Online services</source>
        <translation>Onlinetjenester</translation>
    </message>
    <message>
        <source>Look up addresses online</source>
        <translation>Slå adresser op på nettet</translation>
    </message>
    <message>
        <source>Geocoding &amp;service</source>
        <translation>&amp;Tjeneste til adresseopslag</translation>
    </message>
    <message>
        <source>Empty: the service&apos;s public server</source>
        <translation>Tom: tjenestens offentlige server</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <source>Show online background maps</source>
        <translation>Vis baggrundskort fra nettet</translation>
    </message>
    <message>
        <source>&amp;Tile server</source>
        <translation>&amp;Kortserver</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-bidragydere</translation>
    </message>
    <message>
        <source>Tile &amp;attribution</source>
        <translation>Kortets k&amp;ildeangivelse</translation>
    </message>
    <message>
        <source>Fetch the streets around each venue once, for printed maps and routes</source>
        <translation>Hent gaderne omkring hvert mødested én gang til trykte kort og ruter</translation>
    </message>
    <message>
        <source>An Overpass API server (OpenStreetMap data); empty: the public one</source>
        <translation>En Overpass API-server (OpenStreetMap-data); tom: den offentlige</translation>
    </message>
    <message>
        <source>&amp;Overpass server</source>
        <translation>O&amp;verpass-server</translation>
    </message>
    <message>
        <source>Venueplan makes no other network connections and sends no usage data.</source>
        <translation>Venueplan opretter ingen andre netværksforbindelser og sender ingen brugsdata.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Personoplysninger</translation>
    </message>
    <message>
        <source>Delete participants&apos; data &amp;after the event</source>
        <translation>Slet deltagernes oplysninger &amp;efter arrangementet</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> måned</numerusform>
            <numerusform> måneder</numerusform>
        </translation>
    </message>
    <message>
        <source>The tile server must be an http:// or https:// address with {z}, {x} and {y}, without spaces, quotes, backslashes or angle brackets.</source>
        <translation>Kortserveren skal være en http://- eller https://-adresse med {z}, {x} og {y}, uden mellemrum, anførselstegn, omvendte skråstreger eller vinkelparenteser.</translation>
    </message>
    <message>
        <source>The Overpass server must be an http:// or https:// address.</source>
        <translation>Overpass-serveren skal være en http://- eller https://-adresse.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message numerus="yes">
        <source>Special needs deleted for %Ln registration(s); earlier edits can no longer be undone.</source>
        <translation>
            <numerusform>Særlige behov slettet for %Ln tilmelding; tidligere ændringer kan ikke længere fortrydes.</numerusform>
            <numerusform>Særlige behov slettet for %Ln tilmeldinger; tidligere ændringer kan ikke længere fortrydes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted for %Ln registration(s); earlier edits can no longer be undone.</source>
        <translation>
            <numerusform>Personoplysninger slettet for %Ln tilmelding; tidligere ændringer kan ikke længere fortrydes.</numerusform>
            <numerusform>Personoplysninger slettet for %Ln tilmeldinger; tidligere ændringer kan ikke længere fortrydes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) made before upgrades, which still held the data, were deleted.</source>
        <translation>
            <numerusform>%Ln sikkerhedskopi fra før en opgradering, som stadig indeholdt oplysningerne, blev slettet.</numerusform>
            <numerusform>%Ln sikkerhedskopier fra før opgraderinger, som stadig indeholdt oplysningerne, blev slettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>These backups still hold the data and could not be deleted: %1</source>
        <translation>Disse sikkerhedskopier indeholder stadig oplysningerne og kunne ikke slettes: %1</translation>
    </message>
    <message>
        <source>The server&apos;s write-ahead log and backups keep the deleted data until they expire; your IT department knows how long that is.</source>
        <translation>Serverens transaktionslog (WAL) og sikkerhedskopier gemmer de slettede oplysninger, indtil de udløber; din it-afdeling ved, hvor længe det er.</translation>
    </message>
    <message>
        <source>Delete personal data?</source>
        <translation>Slet personoplysninger?</translation>
    </message>
    <message>
        <source>The deletion date has passed for participants&apos; personal data of:

%1

Delete names, contact details and special needs now? The counts are kept.</source>
        <translation>Slettefristen er overskredet for deltagernes personoplysninger fra:

%1

Vil du slette navne, kontaktoplysninger og særlige behov nu? Antallene bevares.</translation>
    </message>
    <message>
        <source>Delete the special needs (diet, accessibility) of every participant of “%1”? This cannot be undone.</source>
        <translation>Vil du slette de særlige behov (særlig kost, tilgængelighed) for alle deltagere i ”%1”? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Delete the names, contact details and special needs of every participant of “%1”? The counts are kept. This cannot be undone.</source>
        <translation>Vil du slette navne, kontaktoplysninger og særlige behov for alle deltagere i ”%1”? Antallene bevares. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Delete personal data</source>
        <translation>Slet personoplysninger</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Gem ikke</translation>
    </message>
</context>
<context>
    <name>QuotaTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Tilmeldte</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kvote</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message numerus="yes">
        <source>%n over the quota</source>
        <translation>
            <numerusform>%n over kvoten</numerusform>
            <numerusform>%n over kvoten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaViolationModel</name>
    <message>
        <source>No. %1, quota %2</source>
        <translation>Nr. %1, kvote %2</translation>
    </message>
    <message>
        <source>%1 already has %2 registered in &quot;%3&quot; (at most %2 per organisation).</source>
        <translation>%1 har allerede %2 tilmeldt i ”%3” (højst %2 pr. organisation).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>It has been reloaded; make your change again.</source>
        <translation>Det er indlæst igen; foretag ændringen igen.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tilføj %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation>Slet ”%1”? Du kan fortryde med Rediger &gt; Fortryd.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Slet %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Edit registration</source>
        <translation>Rediger tilmelding</translation>
    </message>
    <message>
        <source>Add registration</source>
        <translation>Tilføj tilmelding</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Only when first and last name cannot be told</source>
        <translation>Kun når for- og efternavn ikke kan skelnes</translation>
    </message>
    <message>
        <source>Arrives by car</source>
        <translation>Kommer i bil</translation>
    </message>
    <message>
        <source>Needs accessible parking</source>
        <translation>Har brug for handicapparkering</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Kendt</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>For- og efternavn</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Navn som skrevet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Titel/rolle</translation>
    </message>
    <message>
        <source>Invitee group</source>
        <translation>Invitationsgruppe</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Særlig kost</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Tilgængelighedsbehov</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Tilmeldt den</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, række %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Angiv personens navn.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Det er ikke en e-mailadresse.</translation>
    </message>
</context>
<context>
    <name>RegistrationFilterBar</name>
    <message>
        <source>Search name, e-mail or organisation</source>
        <translation>Søg på navn, e-mail eller organisation</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisationer</translation>
    </message>
</context>
<context>
    <name>RegistrationImporter</name>
    <message>
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was changed.</source>
        <translation>Importen af %1 blev annulleret; intet blev ændret.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Titel/rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Tilmeldt den</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>For sent</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Særlig kost</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>By car</source>
        <translation>I bil</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>Handicapparkering</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Registered after the registration deadline.</source>
        <translation>Tilmeldt efter tilmeldingsfristen.</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, række %2</translation>
    </message>
</context>
<context>
    <name>RegistrationsView</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>Import an export of Microsoft Forms, Google Forms, Eventbrite, pretix or Indico, or any spreadsheet. You can also drop the file here.</source>
        <translation>Importér en eksport fra Microsoft Forms, Google Forms, Eventbrite, pretix eller Indico eller et hvilket som helst regneark. Du kan også trække filen herind.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Skift stat&amp;us</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Tilmeldinger</translation>
    </message>
    <message>
        <source>&amp;Map Columns…</source>
        <translation>Tilkn&amp;yt kolonner…</translation>
    </message>
    <message>
        <source>Choose what the columns left out hold, and import the file again</source>
        <translation>Vælg, hvad de udeladte kolonner indeholder, og importér filen igen</translation>
    </message>
    <message>
        <source>Choose an event to see its registrations.</source>
        <translation>Vælg et arrangement for at se dets tilmeldinger.</translation>
    </message>
    <message>
        <source>Registrations not shown</source>
        <translation>Tilmeldingerne vises ikke</translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation>For sent: %1</translation>
    </message>
    <message>
        <source>Places: %1, free: %2</source>
        <translation>Pladser: %1, ledige: %2</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Viser %1 af %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tilføj %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message numerus="yes">
        <source>Set %n registration(s) to %1</source>
        <translation>
            <numerusform>Skift status til %1 for %n tilmelding</numerusform>
            <numerusform>Skift status til %1 for %n tilmeldinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n registration(s)</source>
        <translation>
            <numerusform>Slet %n tilmelding</numerusform>
            <numerusform>Slet %n tilmeldinger</numerusform>
        </translation>
    </message>
    <message>
        <source>This registration was changed elsewhere (another window, a colleague or an import) since you opened it, so your edit was not saved. Its current details are shown now; make your change again.</source>
        <translation>Tilmeldingen er ændret et andet sted (et andet vindue, en kollega eller en import), siden du åbnede den, så din ændring blev ikke gemt. De aktuelle oplysninger vises nu. Foretag ændringen igen.</translation>
    </message>
    <message>
        <source>Moved up from the waiting list: %1</source>
        <translation>Rykket op fra ventelisten: %1</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importér tilmeldinger</translation>
    </message>
    <message>
        <source>Registrations (%1)</source>
        <translation>Tilmeldinger (%1)</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing can be imported into it.</source>
        <translation>%1 er skrivebeskyttet; der kan ikke importeres til den.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln tilføjet</numerusform>
            <numerusform>%Ln tilføjet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln opdateret</numerusform>
            <numerusform>%Ln opdateret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) merged</source>
        <translation>
            <numerusform>%Ln dublet slået sammen</numerusform>
            <numerusform>%Ln dubletter slået sammen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln for sent</numerusform>
            <numerusform>%Ln for sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waitlisted</source>
        <translation>
            <numerusform>%Ln på venteliste</numerusform>
            <numerusform>%Ln på venteliste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln afmeldt</numerusform>
            <numerusform>%Ln afmeldt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved up</source>
        <translation>
            <numerusform>%Ln rykket op</numerusform>
            <numerusform>%Ln rykket op</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed elsewhere meanwhile and kept as they were</source>
        <translation>
            <numerusform>%Ln ændret andetsteds imens og beholdt som den var</numerusform>
            <numerusform>%Ln ændret andetsteds imens og beholdt som de var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln række afvist</numerusform>
            <numerusform>%Ln rækker afvist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advarsel</numerusform>
            <numerusform>%Ln advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source> (see the tooltip)</source>
        <translation> (se værktøjstippet)</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>ikke importeret: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
</context>
<context>
    <name>SpotTagPrinter</name>
    <message>
        <source>No default printer is set up on this computer; the tag was not printed.</source>
        <translation>Der er ingen standardprinter på denne computer; skiltet blev ikke udskrevet.</translation>
    </message>
    <message>
        <source>Print name tag: %1</source>
        <translation>Udskriv navneskilt: %1</translation>
    </message>
</context>
<context>
    <name>StopSuggestionModel</name>
    <message>
        <source>Stop or station</source>
        <translation>Stoppested/station</translation>
    </message>
    <message>
        <source>Mode (guessed)</source>
        <translation>Transportmiddel (gættet)</translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation>Luftlinje</translation>
    </message>
    <message>
        <source>Walking distance</source>
        <translation>Gangafstand</translation>
    </message>
    <message>
        <source>Walking time (min)</source>
        <translation>Gangtid (min.)</translation>
    </message>
</context>
<context>
    <name>SurroundingsActions</name>
    <message>
        <source>Fetching streets around venues is switched off in Preferences.</source>
        <translation>Hentning af gader omkring mødesteder er slået fra i Indstillinger.</translation>
    </message>
    <message>
        <source>Streets around %1 fetched (%2 features; © OpenStreetMap contributors).</source>
        <translation>Gaderne omkring %1 er hentet (elementer: %2; © OpenStreetMap-bidragydere).</translation>
    </message>
    <message>
        <source>The computer seems to be offline.</source>
        <translation>Computeren ser ud til at være offline.</translation>
    </message>
    <message>
        <source>The map service did not answer in time; try again later.</source>
        <translation>Korttjenesten svarede ikke i tide; prøv igen senere.</translation>
    </message>
    <message>
        <source>The map service refused the connection.</source>
        <translation>Korttjenesten afviste forbindelsen.</translation>
    </message>
    <message>
        <source>The map service is busy; try again in a minute.</source>
        <translation>Korttjenesten har travlt; prøv igen om et minut.</translation>
    </message>
    <message>
        <source>The map service sent an answer that cannot be used.</source>
        <translation>Korttjenesten sendte et svar, der ikke kan bruges.</translation>
    </message>
    <message>
        <source>Streets not fetched: %1</source>
        <translation>Gaderne blev ikke hentet: %1</translation>
    </message>
</context>
<context>
    <name>TablePlanView</name>
    <message>
        <source>Make the plan</source>
        <translation>Lav bordplanen</translation>
    </message>
    <message>
        <source>Another plan</source>
        <translation>En anden plan</translation>
    </message>
    <message>
        <source>Another seating just as mixed (fixed seats stay)</source>
        <translation>En anden placering, lige så blandet (faste pladser bliver)</translation>
    </message>
    <message>
        <source>Print table cards…</source>
        <translation>Udskriv bordkort…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Borde:</translation>
    </message>
    <message>
        <source>&amp;Seats per table:</source>
        <translation>&amp;Pladser pr. bord:</translation>
    </message>
    <message>
        <source>No table plan yet: choose tables and seats, then Make the plan.</source>
        <translation>Ingen bordplan endnu: vælg borde og pladser, og tryk så Lav bordplanen.</translation>
    </message>
    <message>
        <source>The event has no participants to seat yet.</source>
        <translation>Arrangementet har endnu ingen deltagere at placere.</translation>
    </message>
    <message>
        <source>%1 seated at %2 tables. Same-organisation pairs at a table: %3 (a random seating: %4).</source>
        <translation>Placeret: %1, antal borde: %2. Par fra samme organisation ved et bord: %3 (ved tilfældig placering: %4).</translation>
    </message>
    <message>
        <source>%1 without a table: add tables or seats.</source>
        <translation>%1 uden bord: tilføj borde eller pladser.</translation>
    </message>
    <message>
        <source>Table %1 (%2 of %3)</source>
        <translation>Bord %1 (%2 af %3)</translation>
    </message>
    <message>
        <source>Without a table (%1)</source>
        <translation>Uden bord (%1)</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>bordformand</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fast</translation>
    </message>
    <message>
        <source>Not a facilitator</source>
        <translation>Ikke bordformand</translation>
    </message>
    <message>
        <source>Facilitator of the table</source>
        <translation>Bordformand ved bordet</translation>
    </message>
    <message>
        <source>Sit together with %1</source>
        <translation>Skal sidde sammen med %1</translation>
    </message>
    <message>
        <source>Sit apart from %1</source>
        <translation>Skal sidde adskilt fra %1</translation>
    </message>
    <message>
        <source>Choose for a pair (together or apart)</source>
        <translation>Vælg til et par (sammen eller adskilt)</translation>
    </message>
    <message>
        <source>Now right-click the person who must sit together with or apart from %1.</source>
        <translation>Højreklik nu på den person, der skal sidde sammen med eller adskilt fra %1.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Venueplan User Guide</source>
        <translation>Brugervejledning til Venueplan</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
</context>
<context>
    <name>VenueEditor</name>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Mødested</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Tilføj lokale</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Lokaler</translation>
    </message>
    <message>
        <source>&amp;Getting there</source>
        <translation>Find ve&amp;j</translation>
    </message>
    <message>
        <source>Add parking zone</source>
        <translation>Tilføj parkeringszone</translation>
    </message>
    <message>
        <source>&amp;Parking</source>
        <translation>&amp;Parkering</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Kor&amp;t</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Vej og nr.</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breddegrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Længdegrad</translation>
    </message>
    <message>
        <source>Coordinates are approximate</source>
        <translation>Koordinaterne er omtrentlige</translation>
    </message>
    <message>
        <source>&amp;Look up coordinates…</source>
        <translation>Find k&amp;oordinater…</translation>
    </message>
    <message>
        <source>Find the address with the geocoding service chosen in Preferences</source>
        <translation>Slå adressen op med den tjeneste, der er valgt i Indstillinger</translation>
    </message>
    <message>
        <source>Contact at the venue</source>
        <translation>Kontakt på mødestedet</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Trinfri adgang</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Teleslynge</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Handicaptoilet</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Elevator</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Add entrance</source>
        <translation>Tilføj indgang</translation>
    </message>
    <message>
        <source>Add transit option</source>
        <translation>Tilføj transportmulighed</translation>
    </message>
    <message>
        <source>One walking step per line, from the stop to the entrance.</source>
        <translation>Én anvisning pr. linje, fra stoppestedet til indgangen.</translation>
    </message>
    <message>
        <source>Optional: the same steps in English, for English documents.</source>
        <translation>Valgfrit: de samme trin på engelsk til engelske dokumenter.</translation>
    </message>
    <message>
        <source>&amp;Nearest stations…</source>
        <translation>&amp;Nærmeste stationer…</translation>
    </message>
    <message>
        <source>Suggest stops near the venue from an imported GTFS feed</source>
        <translation>Foreslå stoppesteder nær mødestedet ud fra importerede GTFS-data</translation>
    </message>
    <message>
        <source>Propose &amp;walking time</source>
        <translation>Foreslå &amp;gangtid</translation>
    </message>
    <message>
        <source>Walking steps of the selected transit option</source>
        <translation>Sådan går du fra det valgte stoppested</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Offentlig transport</translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation>Indgange</translation>
    </message>
    <message>
        <source>No venue selected</source>
        <translation>Intet mødested valgt</translation>
    </message>
    <message>
        <source>Looking up addresses online is switched off in Preferences; type the coordinates or place the venue on the map.</source>
        <translation>Adresseopslag på nettet er slået fra i Indstillinger; skriv koordinaterne, eller placér mødestedet på kortet.</translation>
    </message>
    <message>
        <source>Write the address first.</source>
        <translation>Skriv først adressen.</translation>
    </message>
    <message>
        <source>Look up coordinates of %1</source>
        <translation>Find koordinater for %1</translation>
    </message>
    <message>
        <source>Give the stop&apos;s coordinates and the venue&apos;s (or an entrance&apos;s) to propose a walking time.</source>
        <translation>Angiv koordinater for stoppestedet og for mødestedet (eller en indgang) for at få foreslået en gangtid.</translation>
    </message>
    <message>
        <source>About %1 m on foot, %2 min (straight line %3 m, detours counted, at %4 km/h).</source>
        <translation>Ca. %1 m til fods, %2 min. (luftlinje %3 m, omveje medregnet, ved %4 km/t).</translation>
    </message>
    <message>
        <source>Propose walking time</source>
        <translation>Foreslå gangtid</translation>
    </message>
    <message>
        <source>Edit venue %1</source>
        <translation>Rediger mødestedet %1</translation>
    </message>
</context>
<context>
    <name>VenueMapTab</name>
    <message>
        <source>Draw “%1”</source>
        <translation>Tegn ”%1”</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Indgang</translation>
    </message>
    <message>
        <source>Move %1 on the map</source>
        <translation>Flyt %1 på kortet</translation>
    </message>
    <message>
        <source>Move walking route</source>
        <translation>Flyt gangruten</translation>
    </message>
    <message>
        <source>Pin walking step %1</source>
        <translation>Sæt gangtrin %1 på kortet</translation>
    </message>
    <message>
        <source>New parking zone</source>
        <translation>Ny parkeringszone</translation>
    </message>
    <message>
        <source>Draw parking zone</source>
        <translation>Tegn parkeringszone</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <source>Search by name, city or postal code</source>
        <translation>Søg på navn, by eller postnummer</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nyt mødested</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Mødesteder</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>Slet mødested</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>mødested</translation>
    </message>
    <message>
        <source>Same address as: %1</source>
        <translation>Samme adresse som: %1</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>&amp;Forbind til server…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Gem en &amp;kopi som…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Import Registrations…</source>
        <translation>&amp;Importér tilmeldinger…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>&amp;About Venueplan</source>
        <translation>&amp;Om Venueplan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumenter</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Vær&amp;ktøjer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Geocode All Venues Without Coordinates…</source>
        <translation>Find koordinater for alle mødesteder &amp;uden koordinater…</translation>
    </message>
    <message>
        <source>Fetch &amp;Streets Around the Venue</source>
        <translation>Hent &amp;gader omkring mødestedet</translation>
    </message>
    <message>
        <source>Import Public Transport &amp;Stops (GTFS)…</source>
        <translation>Importér &amp;stoppesteder for offentlig transport (GTFS)…</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>Delete Personal Data of the Event…</source>
        <translation>Slet arrangementets personoplysninger…</translation>
    </message>
    <message>
        <source>Delete Special Needs of the Event…</source>
        <translation>Slet arrangementets oplysninger om særlige behov…</translation>
    </message>
    <message>
        <source>Choose an event on the Events page first.</source>
        <translation>Vælg først et arrangement på siden Arrangementer.</translation>
    </message>
    <message>
        <source>Online look-up is off</source>
        <translation>Onlineopslag er slået fra</translation>
    </message>
    <message>
        <source>Looking up addresses online is switched off in Preferences.</source>
        <translation>Adresseopslag på nettet er slået fra i Indstillinger.</translation>
    </message>
    <message>
        <source>Stops not imported</source>
        <translation>Stoppesteder ikke importeret</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stop(s) imported.</source>
        <translation>
            <numerusform>%Ln stoppested importeret.</numerusform>
            <numerusform>%Ln stoppesteder importeret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowOpening</name>
    <message>
        <source>Opening %1…</source>
        <translation>Åbner %1…</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Intet projekt er åbent.</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projektet kan ikke åbnes</translation>
    </message>
    <message>
        <source>The project was upgraded from an older version; a backup is at %1</source>
        <translation>Projektet er opgraderet fra en ældre version; der ligger en sikkerhedskopi i %1</translation>
    </message>
</context>
<context>
    <name>WindowPages</name>
    <message>
        <source>Double booking: the room is also booked for %1</source>
        <translation>Dobbeltbooking: lokalet er også booket til %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>”%1”</translation>
    </message>
</context>
<context>
    <name>capacity_texts</name>
    <message>
        <source>No room is chosen, so the capacity is unknown.</source>
        <translation>Der er ikke valgt lokale, så kapaciteten er ukendt.</translation>
    </message>
    <message>
        <source>No layout is chosen, so the room&apos;s capacity is unknown.</source>
        <translation>Der er ikke valgt opstilling, så lokalets kapacitet er ukendt.</translation>
    </message>
    <message>
        <source>{room} cannot be set up as {layout}.</source>
        <translation>{room} har ingen pladser i {layout}.</translation>
    </message>
    <message>
        <source>The capacity is 0: there are no seats.</source>
        <translation>Kapaciteten er 0: der er ingen pladser.</translation>
    </message>
    <message>
        <source>Exactly full: registered {registered}, seats {capacity}.</source>
        <translation>Fuldt – tilmeldte: {registered}, pladser: {capacity}.</translation>
    </message>
    <message>
        <source>Over capacity: registered {registered}, seats {capacity}, too many {over}.</source>
        <translation>Over kapacitet – tilmeldte: {registered}, pladser: {capacity}, for mange: {over}.</translation>
    </message>
    <message>
        <source>Overbooked: registered {registered}, seats {capacity}, expected after no-shows {present}.</source>
        <translation>Overbooket – tilmeldte: {registered}, pladser: {capacity}, forventet fremmøde efter udeblivelser: {present}.</translation>
    </message>
    <message>
        <source>Need a wheelchair space: {needed}; wheelchair spaces in the room: {places}.</source>
        <translation>Behov for kørestolsplads: {needed}; kørestolspladser i lokalet: {places}.</translation>
    </message>
    <message>
        <source>{room} is also booked for &quot;{title}&quot; ({when}).</source>
        <translation>{room} er også booket til ”{title}” ({when}).</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>Lokalet</translation>
    </message>
    <message>
        <source>Expected attendance {expected} is more than the {capacity} seats.</source>
        <translation>Det forventede antal deltagere ({expected}) er større end antallet af pladser ({capacity}).</translation>
    </message>
    <message>
        <source>Waiting list: {waitlisted}, with free seats: {free}.</source>
        <translation>På venteliste: {waitlisted}, selvom der er ledige pladser: {free}.</translation>
    </message>
    <message>
        <source>Registrations over an invitee group quota: {count}.</source>
        <translation>Tilmeldinger over en invitationsgruppes kvote: {count}.</translation>
    </message>
    <message>
        <source>Registrations naming no invitee group of this event: {count}.</source>
        <translation>Tilmeldinger uden en af arrangementets invitationsgrupper: {count}.</translation>
    </message>
    <message>
        <source>Registrations in a group with a quota but without an organisation: {count}.</source>
        <translation>Tilmeldinger i en gruppe med kvote, men uden organisation: {count}.</translation>
    </message>
    <message>
        <source>Arriving by car: {cars}, but the venue has no parking zone for guests.</source>
        <translation>Kommer i bil: {cars}, men mødestedet har ingen parkeringszone til gæster.</translation>
    </message>
    <message>
        <source>Arriving by car: {cars}, but no parking is entered for the venue.</source>
        <translation>Kommer i bil: {cars}, men der er ikke angivet parkering for mødestedet.</translation>
    </message>
    <message>
        <source>Arriving by car: {cars}, but guests may park only with a permit (permit zones: {permit_zones}).</source>
        <translation>Kommer i bil: {cars}, men gæster må kun parkere med tilladelse (zoner med tilladelse: {permit_zones}).</translation>
    </message>
    <message>
        <source>Arriving by car: {cars}; guest parking spaces: {spaces} ({short} short).</source>
        <translation>Kommer i bil: {cars}, men p-pladser til gæster: kun {spaces} ({short} for få).</translation>
    </message>
    <message>
        <source>Arriving by car: {cars}; guest parking spaces not entered (zones without a count: {zones}).</source>
        <translation>Kommer i bil: {cars}; antallet af p-pladser til gæster er ikke angivet (zoner uden antal: {zones}).</translation>
    </message>
    <message>
        <source>Need accessible parking: {needed}; accessible spaces in guest zones: {spaces}.</source>
        <translation>Behov for handicapparkering: {needed}; handicappladser i gæstezoner: {spaces}.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>This field is required.</source>
        <translation>Feltet skal udfyldes.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Sluttidspunktet skal ligge efter starttidspunktet.</translation>
    </message>
    <message>
        <source>Doors must open before the event starts.</source>
        <translation>Ankomsttidspunktet skal ligge før arrangementets start.</translation>
    </message>
    <message>
        <source>The registration deadline must be on or before the event date.</source>
        <translation>Tilmeldingsfristen må ikke ligge efter arrangementets dato.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Værdien må ikke være negativ.</translation>
    </message>
    <message>
        <source>A Danish postal code has 4 digits.</source>
        <translation>Et dansk postnummer har 4 cifre.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Det er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90.</source>
        <translation>Breddegraden skal ligge mellem -90 og 90.</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180.</source>
        <translation>Længdegraden skal ligge mellem -180 og 180.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Angiv både bredde- og længdegrad eller ingen af dem.</translation>
    </message>
    <message>
        <source>The no-show rate must be between 0 and 100 %.</source>
        <translation>Udeblivelsen skal ligge mellem 0 og 100 %.</translation>
    </message>
    <message>
        <source>The room does not belong to the chosen venue.</source>
        <translation>Lokalet hører ikke til det valgte mødested.</translation>
    </message>
    <message>
        <source>Choose a venue before choosing a room.</source>
        <translation>Vælg et mødested, før du vælger lokale.</translation>
    </message>
    <message>
        <source>The room has no capacity for this layout.</source>
        <translation>Lokalet har ingen kapacitet i denne opstilling.</translation>
    </message>
    <message>
        <source>Programme item %1 starts before the one above it.</source>
        <translation>Programpunkt %1 starter før punktet ovenover.</translation>
    </message>
    <message>
        <source>Programme item %1 ends before it starts.</source>
        <translation>Programpunkt %1 slutter, før det starter.</translation>
    </message>
    <message>
        <source>A parking zone needs one point or at least three corners.</source>
        <translation>En parkeringszone skal have ét punkt eller mindst tre hjørner.</translation>
    </message>
    <message>
        <source>Write a number.</source>
        <translation>Skriv et tal.</translation>
    </message>
    <message>
        <source>Theatre</source>
        <translation>Biografopstilling</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Skoleopstilling</translation>
    </message>
    <message>
        <source>Round tables</source>
        <translation>Runde borde</translation>
    </message>
    <message>
        <source>Cabaret</source>
        <translation>Caféopstilling</translation>
    </message>
    <message>
        <source>U-shape</source>
        <translation>Hesteskoopstilling</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Stående reception</translation>
    </message>
    <message>
        <source>Dialogue meeting</source>
        <translation>Dialogmøde</translation>
    </message>
    <message>
        <source>Theme meeting</source>
        <translation>Temamøde</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konference</translation>
    </message>
    <message>
        <source>Kick-off meeting</source>
        <translation>Kickoff-møde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkomst</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Drøftelse</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Måltid</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afrunding</translation>
    </message>
    <message>
        <source>Part heading</source>
        <translation>Deloverskrift</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Tilmeldt</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>På venteliste</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afmeldt</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Mødt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>S-train</source>
        <translation>S-tog</translation>
    </message>
    <message>
        <source>Regional train</source>
        <translation>Regionaltog</translation>
    </message>
    <message>
        <source>Metro</source>
        <translation>Metro</translation>
    </message>
    <message>
        <source>Light rail</source>
        <translation>Letbane</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Færge</translation>
    </message>
    <message>
        <source>Guests may park</source>
        <translation>Må anvendes</translation>
    </message>
    <message>
        <source>Not for guests</source>
        <translation>Må ikke anvendes</translation>
    </message>
    <message>
        <source>With permit only</source>
        <translation>Kun med tilladelse</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Write a time as 18.00, 18:00, 18 or kl. 18 (hours 0 to 23).</source>
        <translation>Skriv et klokkeslæt som 18.00, 18:00, 18 eller kl. 18 (timer fra 0 til 23).</translation>
    </message>
    <message>
        <source>Write a date as 12.03.2027, 12/3 2027 or 2027-03-12.</source>
        <translation>Skriv en dato som 12.03.2027, 12/3 2027 eller 2027-03-12.</translation>
    </message>
    <message>
        <source>Write each corner as latitude and longitude, corners apart by semicolons: 55.6761 12.5683; 55.6765 12.5690; 55.6758 12.5695.</source>
        <translation>Skriv hvert hjørne som breddegrad og længdegrad, med semikolon mellem hjørnerne: 55,6761 12,5683; 55,6765 12,5690; 55,6758 12,5695.</translation>
    </message>
    <message>
        <source>Cannot be negative; the value before was kept.</source>
        <translation>Værdien må ikke være negativ; den hidtidige værdi er bevaret.</translation>
    </message>
    <message>
        <source>This value cannot be used here.</source>
        <translation>Værdien kan ikke bruges her.</translation>
    </message>
    <message>
        <source>Waiting list: the event is full (places: %1).</source>
        <translation>På venteliste: arrangementet er fuldt (pladser: %1).</translation>
    </message>
    <message>
        <source>Over the quota: %1 already has %2 in “%3” (at most %2 per organisation).</source>
        <translation>Over kvoten: %1 har allerede %2 i ”%3” (højst %2 pr. organisation).</translation>
    </message>
    <message>
        <source>Put on the waiting list by hand.</source>
        <translation>Sat på venteliste manuelt.</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <source>Largest room</source>
        <translation>Største lokale</translation>
    </message>
    <message>
        <source>Another venue has the same address.</source>
        <translation>Et andet mødested har samme adresse.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Mødested</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>Intet mødested</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 findes ikke.</translation>
    </message>
    <message>
        <source>The background process stopped unexpectedly (exit code %1); nothing was changed.</source>
        <translation>Baggrundsprocessen stoppede uventet (slutkode %1); intet blev ændret.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 er tom (0 byte).</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a spreadsheet.</source>
        <translation>%1 er et PDF-dokument, ikke et regneark.</translation>
    </message>
    <message>
        <source>%1 is a web page or XML file, not a spreadsheet.</source>
        <translation>%1 er en webside eller XML-fil, ikke et regneark.</translation>
    </message>
    <message>
        <source>%1 has no rows (the file holds no data).</source>
        <translation>%1 har ingen rækker (filen indeholder ingen data).</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet or a CSV text file.</source>
        <translation>%1 er hverken et regneark eller en CSV-tekstfil.</translation>
    </message>
    <message>
        <source>%1 is damaged (broken UTF-16 text).</source>
        <translation>%1 er beskadiget (ødelagt UTF-16-tekst).</translation>
    </message>
    <message>
        <source>%1 is not a Venueplan project.</source>
        <translation>%1 er ikke et Venueplan-projekt.</translation>
    </message>
    <message>
        <source>%1: cannot reach the server (%2).</source>
        <translation>%1: serveren kan ikke nås (%2).</translation>
    </message>
    <message>
        <source>%1: the server refused (%2).</source>
        <translation>%1: serveren afviste (%2).</translation>
    </message>
    <message>
        <source>%1: the server has no such database.</source>
        <translation>%1: serveren har ingen database med det navn.</translation>
    </message>
    <message>
        <source>%1: the server did not accept the password for %2.</source>
        <translation>%1: serveren godtog ikke adgangskoden for %2.</translation>
    </message>
    <message>
        <source>%1: the server asks for a password for %2; none was given.</source>
        <translation>%1: serveren beder om en adgangskode for %2, men der blev ikke givet nogen.</translation>
    </message>
    <message>
        <source>%1 holds no Venueplan project yet (copy one there with “venueplan copy”).</source>
        <translation>%1 rummer endnu intet Venueplan-projekt (kopiér et dertil med ”venueplan copy”).</translation>
    </message>
    <message>
        <source>%1: the server does not let %2 do this.</source>
        <translation>%1: serveren giver ikke %2 lov til dette.</translation>
    </message>
    <message>
        <source>The venue was changed elsewhere (another window or a colleague) since you opened it; it has been reloaded, so make your change again.</source>
        <translation>Mødestedet er blevet ændret andetsteds (i et andet vindue eller af en kollega), siden du åbnede det; det er indlæst igen, foretag ændringen igen.</translation>
    </message>
    <message>
        <source>The event was changed elsewhere (another window or a colleague) since you opened it; it has been reloaded, so make your change again.</source>
        <translation>Arrangementet er blevet ændret andetsteds (i et andet vindue eller af en kollega), siden du åbnede det; det er indlæst igen, foretag ændringen igen.</translation>
    </message>
    <message>
        <source>The registration of %1 was deleted elsewhere (another window or a colleague) since you opened it; your change was not saved.</source>
        <translation>Tilmeldingen for %1 er blevet slettet andetsteds (i et andet vindue eller af en kollega), siden du åbnede den; din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>The registration of %1 was changed elsewhere (another window or a colleague) since you opened it; your change was not saved. Its current details are shown now.</source>
        <translation>Tilmeldingen for %1 er blevet ændret andetsteds (i et andet vindue eller af en kollega), siden du åbnede den; din ændring blev ikke gemt. De aktuelle oplysninger vises nu.</translation>
    </message>
    <message>
        <source>%1 — changed since (by an import, another window or a colleague), so this step cannot be undone or redone without overwriting that change.</source>
        <translation>%1 – ændret siden (af en import, i et andet vindue eller af en kollega), så dette trin kan ikke fortrydes eller gentages uden at overskrive den ændring.</translation>
    </message>
    <message>
        <source>The personal data of “%1” was deleted on %2; this step would bring some of it back, so it can no longer be undone or redone.</source>
        <translation>Personoplysningerne for ”%1” blev slettet den %2; dette trin ville bringe nogle af dem tilbage, så det kan ikke længere fortrydes eller gentages.</translation>
    </message>
    <message>
        <source>This event belongs to another organisation; the server lets you change only your own organisation&apos;s events.</source>
        <translation>Arrangementet tilhører en anden organisation; serveren lader dig kun ændre din egen organisations arrangementer.</translation>
    </message>
    <message>
        <source>%1 may add and change only events and registrations of their own organisation on this server.</source>
        <translation>%1 må på denne server kun oprette og ændre arrangementer og tilmeldinger, der hører til egen organisation.</translation>
    </message>
    <message>
        <source>A registration you chose is no longer in this event (deleted elsewhere since?); nothing was changed.</source>
        <translation>En af de valgte tilmeldinger findes ikke længere i arrangementet (slettet andetsteds siden?); intet blev ændret.</translation>
    </message>
    <message>
        <source>This event is organised by %1. On this server its registrations are shown only to that organisation&apos;s coordinators.</source>
        <translation>Arrangementet holdes af %1. På denne server vises dets tilmeldinger kun for den organisations koordinatorer.</translation>
    </message>
    <message>
        <source>Registrations Not Shown</source>
        <translation>Tilmeldingerne vises ikke</translation>
    </message>
    <message>
        <source>columns as mapped</source>
        <translation>kolonner som tilknyttet</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>ingen organisation</translation>
    </message>
</context>
<context>
    <name>progress_dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>Seats in this layout; empty if the room cannot be set up so.</source>
        <translation>Pladser i denne opstilling; tom, hvis lokalet ikke kan stilles sådan op.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>Accessible places</source>
        <translation>Kørestolspladser</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nyt lokale</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Indgang</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breddegrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Længdegrad</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Trinfri</translation>
    </message>
    <message>
        <source>Notes in English</source>
        <translation>Bemærkninger på engelsk</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Transportmiddel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Towards</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Stop or station</source>
        <translation>Stoppested/station</translation>
    </message>
    <message>
        <source>Stop latitude</source>
        <translation>Stoppested, breddegrad</translation>
    </message>
    <message>
        <source>Stop longitude</source>
        <translation>Stoppested, længdegrad</translation>
    </message>
    <message>
        <source>Walk (min)</source>
        <translation>Gangtid (min.)</translation>
    </message>
    <message>
        <source>About the walk</source>
        <translation>Om gangvejen</translation>
    </message>
    <message>
        <source>About the walk in English</source>
        <translation>Om gangvejen på engelsk</translation>
    </message>
    <message>
        <source>Step-free route</source>
        <translation>Trinfri rute</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>ikke tegnet</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punkt</translation>
    </message>
    <message>
        <source>area (corners: %1)</source>
        <translation>område (hjørner: %1)</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Colour / label</source>
        <translation>Farve/betegnelse</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Accessible</source>
        <translation>Handicappladser</translation>
    </message>
    <message>
        <source>EV chargers</source>
        <translation>Ladestandere</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Tidsbegrænsning</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Type the corners as latitude and longitude, apart by semicolons (one corner for a point, three or more for an area), or draw on the map.</source>
        <translation>Skriv hjørnerne som breddegrad og længdegrad med semikolon imellem (ét hjørne for et punkt, tre eller flere for et område), eller tegn på kortet.</translation>
    </message>
    <message>
        <source>Zone in English</source>
        <translation>Zone på engelsk</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>Ny zone</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oplægsholdere</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nyt punkt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Forplejning</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Invitee group</source>
        <translation>Invitationsgruppe</translation>
    </message>
    <message>
        <source>Quota per organisation</source>
        <translation>Kvote pr. organisation</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <source>Attachment or link</source>
        <translation>Bilag eller link</translation>
    </message>
    <message>
        <source>What the reader finds there, as the invitation should say it.</source>
        <translation>Hvad læseren finder der, sådan som invitationen skal sige det.</translation>
    </message>
    <message>
        <source>Address or file</source>
        <translation>Adresse eller fil</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Name (role); Name (role) ...</source>
        <translation>Navn (rolle); Navn (rolle) ...</translation>
    </message>
    <message>
        <source>How many each organisation may send; empty for no limit.</source>
        <translation>Hvor mange hver organisation må sende; tom for ingen grænse.</translation>
    </message>
</context>
</TS>
