<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Venueplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Venue and logistics planning for event coordinators.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled components and their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map data © OpenStreetMap contributors (ODbL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityView</name>
    <message>
        <source>Choose an event to see whether it fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over a quota (first come, first served):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee group quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need an accessible place: %1; no room is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need an accessible place: %1; the room has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seats, %2 too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seats, %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered · %2 waitlisted · %3 cancelled · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expected after %2 % no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overbooked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no invitee groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has registered in an invitee group yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving by car: %1; needing accessible parking: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parking entered for the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zone where guests may park.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Guest spaces: not entered (%n zone(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Guest spaces: %1, %2 accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Permit only: %n zone(s), counted apart.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No catering planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>vegan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vegetarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pescetarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gluten-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lactose-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dairy-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nut allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shellfish allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fish allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egg allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kosher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diabetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room is chosen, so the capacity is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layout is chosen, so the room&apos;s capacity is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{room} cannot be set up as {layout}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity is 0: there are no seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly full: {registered} registered for {capacity} seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity: {registered} registered for {capacity} seats ({over} too many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overbooked: {registered} registered for {capacity} seats; {present} expected after no-shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected attendance {expected} is more than the {capacity} seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list: {waitlisted}, with free seats: {free}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need an accessible place: {needed}; the room has {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations over an invitee group quota: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations naming no invitee group of this event: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations in a group with a quota but without an organisation: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving by car: {cars}, but the venue has no parking zone for guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving by car: {cars}, but no parking is entered for the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving by car: {cars}, but guests may park only with a permit (permit zones: {permit_zones}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving by car: {cars}; guest parking spaces: {spaces} ({short} short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving by car: {cars}; guest parking spaces not entered (zones without a count: {zones}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need accessible parking: {needed}; accessible spaces in guest zones: {spaces}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{room} is also booked for &quot;{title}&quot; ({date} {start}-{end}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember for files with these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows. Choose what each column holds; the first rows are shown below. Columns left out are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives by car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs accessible parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column with the name (or first and last name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDocuments</name>
    <message>
        <source>Directions &amp;Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view (2 × 4 on A4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview (2 × &amp;5 on A4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar Invite (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics &amp;Workbook (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue &amp;Catalogue Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events Overview Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Calendar Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add programme item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add invitee group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invitees and quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layout chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no venue yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventScopedPage</name>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Excel Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations: %1. Sheets: overview, programme, participants, quotas, directions, parking and catering, sign-in sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full workbook, for the organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With participants&apos; e-mail, phone, comments, and dietary and accessibility needs per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sharing with caterers, venues and colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, organisations and groups only: no e-mail, phone or comments; dietary and accessibility needs as counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file will contain personal data. Keep it to those who need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file will contain no e-mail addresses, phone numbers, comments or needs of any one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Excel Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeocodeBatch</name>
    <message>
        <source>Every venue already has coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geocode venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 venues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates found for %1 of %2 venues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeocodeDialog</name>
    <message>
        <source>Find coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to look up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an address to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One place found. Check it and use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 places found. Pick the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You seem to be offline. Type the coordinates in, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geocoding service did not answer in time. Try again later, or type the coordinates in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geocoding service refused the connection. Check its address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place found for this address. Check the spelling or try fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geocoding service failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GtfsImport</name>
    <message>
        <source>Import GTFS feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTFS feed (*.zip stops.txt *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing stops from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 stops (%2 stations) from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed has no route data, so modes are guessed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geocode All Venues Without Coordinates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Public Transport &amp;Stops (GTFS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Venueplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was upgraded from an older version; a backup is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double booking: the room is also booked for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venueplan projects (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online look-up is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up addresses online is switched off in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 stops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Place venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw parking zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NearestStationsDialog</name>
    <message>
        <source>Nearest stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking estimate: straight line × %1 for streets and paths, at %2 km/h. Line and direction are yours to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as transit option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import GTFS feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue has no coordinates yet: geocode its address or type them in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stops imported yet. Import a GTFS feed (the national feed, or your region&apos;s) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stops within %1 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops within %1 km, nearest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %2, imported %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Venueplan is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default seating &amp;layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to propose walking times from stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walking speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up addresses online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geocoding &amp;service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the service&apos;s public server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show online background maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tile server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile &amp;attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venueplan makes no other network connections and sends no usage data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete participants&apos; data &amp;after the event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaTableModel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n over the quota</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaViolationModel</name>
    <message>
        <source>No. %1, quota %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 registered in &quot;%3&quot; (at most %2 per organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Edit registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when first and last name cannot be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives by car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs accessible parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationImporter</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered after the registration deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationsView</name>
    <message>
        <source>Search name, e-mail or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an export of Microsoft Forms, Google Forms, Eventbrite, pretix or Indico, or any spreadsheet. You can also drop the file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event to see its registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places: %1, free: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved up from the waiting list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopSuggestionModel</name>
    <message>
        <source>Stop or station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode (guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueEditor</name>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parking zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates are approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up coordinates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the address with the geocoding service chosen in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact at the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add transit option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One walking step per line, from the stop to the entrance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nearest stations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest stops near the venue from an imported GTFS feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose &amp;walking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking steps of the selected transit option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up addresses online is switched off in Preferences; type the coordinates or place the venue on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up coordinates of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the stop&apos;s coordinates and the venue&apos;s (or an entrance&apos;s) to propose a walking time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 m on foot, %2 min (straight line %3 m, detours counted, at %4 km/h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose walking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit venue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <source>Search by name, city or postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same address as: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
