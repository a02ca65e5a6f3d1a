"""The exports of the sign-up tools coordinators use, recognised by their column headings."""

from __future__ import annotations

from dataclasses import dataclass, field

from .fields import guess_mapping, has_name, heading_key
from .table import ImportFileError, SourceTable


@dataclass(frozen=True)
class Format:
    key: str
    label: str
    # Each group: at least one of these headings must be there.
    signature: list[set[str]]
    # Heading -> field for the tool's own columns; None: a column to leave out.
    columns: dict[str, str | None]
    # Headings whose column wins over others of the same field (pretix: the attendee's
    # e-mail over the buyer's).
    preferred: tuple[str, ...] = ()
    # A heading whose value is added to the source id (pretix: the position in an order).
    id_suffix: tuple[str, ...] = ()
    # English exports of US tools write 4/10/2024 for 10 April.
    month_first_if: tuple[str, ...] = ()
    # The columns that tell the format, for "does not look like" messages.
    hint: str = ""


def _keys(*texts: str) -> set[str]:
    return {heading_key(t) for t in texts}


def _cols(**groups: list[str]) -> dict[str, str | None]:
    out = {}
    for target, headings in groups.items():
        for h in headings:
            out[heading_key(h)] = None if target == "skip" else target
    return out


MSFORMS = Format(
    "msforms",
    "Microsoft Forms",
    [
        _keys("ID", "Id"),
        _keys("Start time", "Starttidspunkt"),
        _keys("Completion time", "Fuldførelsestidspunkt", "Sluttidspunkt"),
    ],
    _cols(
        source_id=["ID"],
        registered_at=["Completion time", "Fuldførelsestidspunkt", "Sluttidspunkt"],
        email=["Email", "Mail", "E-mail"],
        full_name=["Name", "Navn"],
        skip=[
            "Start time",
            "Starttidspunkt",
            "Last modified time",
            "Tidspunkt for seneste ændring",
            "Total points",
            "Point i alt",
            "Quiz feedback",
            "Feedback til quiz",
        ],
    ),
    month_first_if=("start time",),
    hint='"ID", "Start time" and "Completion time"',
)

GOOGLE_FORMS = Format(
    "googleforms",
    "Google Forms",
    [_keys("Timestamp", "Tidsstempel")],
    _cols(
        registered_at=["Timestamp", "Tidsstempel"],
        email=["Email Address", "Email address", "E-mailadresse", "Mailadresse"],
        skip=["Score", "Point", "Resultat"],
    ),
    month_first_if=("timestamp",),
    hint='"Timestamp" (or "Tidsstempel") first',
)

EVENTBRITE = Format(
    "eventbrite",
    "Eventbrite",
    [
        _keys("Order #", "Ordrenr.", "Ordre nr.", "Ordrenummer"),
        _keys("Attendee #", "Ticket Type", "Deltagernr.", "Deltager nr.", "Billettype"),
    ],
    _cols(
        source_id=["Attendee #", "Deltagernr.", "Deltager nr."],
        registered_at=["Order Date", "Ordredato"],
        first_name=["First Name", "Fornavn"],
        last_name=["Last Name", "Efternavn"],
        email=["Email", "E-mail"],
        invitee_group=["Ticket Type", "Billettype"],
        status=["Attendee Status", "Deltagerstatus"],
        organisation=["Company", "Virksomhed"],
        role=["Job Title", "Jobtitel"],
        phone=["Cell Phone", "Work Phone", "Mobiltelefon", "Arbejdstelefon"],
        skip=[
            "Order #",
            "Ordrenr.",
            "Quantity",
            "Antal",
            "Buyer First Name",
            "Buyer Last Name",
            "Buyer Email",
            "Køberens fornavn",
            "Køberens efternavn",
            "Køberens e-mail",
            "Order Type",
            "Currency",
            "Total Paid",
            "Fees Paid",
            "Eventbrite Fees",
            "Eventbrite Payment Processing",
            "Date Attending",
            "Device Name",
            "Check-In Date",
            "Discount",
            "Hold",
            "Group",
            "Barcode #",
            "Ordretype",
            "Valuta",
            "Betalt i alt",
        ],
    ),
    month_first_if=("order date",),
    hint='"Order #" and "Attendee #" or "Ticket Type"',
)

PRETIX = Format(
    "pretix",
    "pretix",
    [_keys("Order code", "Bestillingskode")],
    _cols(
        source_id=["Order code", "Bestillingskode"],
        status=["Status"],
        email=["Attendee email", "Email", "E-mail", "E-mailadresse"],
        phone=["Phone number", "Telefonnummer"],
        registered_at=["Order date", "Bestillingsdato"],
        registered_time=["Order time", "Bestillingstidspunkt"],
        organisation=["Company", "Virksomhed"],
        full_name=["Attendee name", "Navn på deltager", "Name", "Navn"],
        first_name=[
            "Attendee name: Given name",
            "Navn på deltager: Fornavn",
            "Name: Given name",
            "Navn: Fornavn",
            "Given name",
        ],
        last_name=[
            "Attendee name: Family name",
            "Navn på deltager: Efternavn",
            "Name: Family name",
            "Navn: Efternavn",
            "Family name",
        ],
        invitee_group=["Product", "Produkt"],
        checked_in=["Checked in", "Tjekket ind"],
        comment=["Comment", "Order comment", "Kommentar"],
        skip=[
            "Event slug",
            "Order total",
            "I alt",
            "Position ID",
            "Linje",
            "Variation",
            "Variant",
            "Price",
            "Pris",
            "Tax rate",
            "Tax rule",
            "Momsregel",
            "Tax value",
            "Momsværdi",
            "Checked out",
            "Automatically checked in",
            "Paid",
            "Betalt",
            "Secret",
            "Voucher",
            "Voucher code",
            "Rabatkode",
            "Requires special attention",
            "Seat ID",
            "Seat name",
            "Seat zone",
            "Seat row",
            "Seat number",
            "Pseudonymization ID",
            "Invoice address name",
            "Faktureringsadresse: navn",
            "Address",
            "Adresse",
            "ZIP code",
            "Postnummer",
            "City",
            "By",
            "Country",
            "Land",
            "State",
            "VAT ID",
            "CVR-nr.",
            "Custom address field",
            "Date of last payment",
            "Seneste betalingsdato",
            "Fees",
            "Gebyrer",
            "Order locale",
            "Sprog",
            "Invoice numbers",
            "Fakturanumre",
            "Sales channel",
            "Follow-up date",
            "Positions",
            "E-mail address verified",
            "Payment providers",
            "Start date",
            "End date",
            "Date",
        ],
    ),
    preferred=tuple(
        heading_key(h)
        for h in (
            "Attendee email",
            "E-mailadresse",
            "Attendee name",
            "Navn på deltager",
            "Attendee name: Given name",
            "Attendee name: Family name",
            "Navn på deltager: Fornavn",
            "Navn på deltager: Efternavn",
        )
    ),
    id_suffix=(heading_key("Position ID"), heading_key("Linje")),
    hint='"Order code" (or "Bestillingskode")',
)

INDICO = Format(
    "indico",
    "Indico",
    [
        _keys("ID"),
        _keys("Name", "Navn"),
        _keys(
            "Registration date",
            "Registration state",
            "Check-in date",
            "Tilmeldingsdato",
            "Registreringsdato",
            "Tilmeldingsstatus",
            "Registreringsstatus",
        ),
    ],
    _cols(
        source_id=["ID"],
        full_name=["Name", "Navn"],
        first_name=["First Name", "Fornavn"],
        last_name=["Last Name", "Efternavn"],
        email=["Email Address", "Email", "E-mailadresse", "E-mail"],
        organisation=["Affiliation", "Organisation", "Tilknytning"],
        role=["Position", "Stilling"],
        phone=["Phone", "Phone Number", "Telefon"],
        registered_at=["Registration date", "Tilmeldingsdato", "Registreringsdato"],
        status=["Registration state", "Tilmeldingsstatus", "Registreringsstatus"],
        checked_in=["Checked in", "Tjekket ind"],
        skip=[
            "Check-in date",
            "Price",
            "Pris",
            "Payment date",
            "Tags",
            "Title",
            "Titel",
            "Country",
            "Land",
            "Address",
            "Adresse",
        ],
    ),
    preferred=tuple(heading_key(h) for h in ("First Name", "Last Name", "Fornavn", "Efternavn")),
    hint='"ID", "Name" and "Registration date" or "Registration state"',
)

# Checked in this order: the most telling signatures first.
FORMATS = [PRETIX, EVENTBRITE, INDICO, MSFORMS, GOOGLE_FORMS]
BY_KEY = {f.key: f for f in FORMATS}
FORMAT_CHOICES = ["auto", *BY_KEY]


def matches(fmt: Format, headers: list[str]) -> bool:
    if fmt is GOOGLE_FORMS:
        # Only as the first column: "Timestamp" alone is too common elsewhere.
        return bool(headers) and heading_key(headers[0]) in fmt.signature[0]
    keys = {heading_key(h) for h in headers}
    return all(keys & group for group in fmt.signature)


def recognise(headers: list[str]) -> Format | None:
    return next((fmt for fmt in FORMATS if matches(fmt, headers)), None)


@dataclass
class ColumnPlan:
    """How the columns of one table become registrations."""

    format_key: str  # a tool's key, or "columns" for a mapping by headings or by hand
    format_label: str
    mapping: list[str | None]
    # Column indexes in the order their values are preferred, per field.
    order: list[int] = field(default_factory=list)
    id_suffix_column: int | None = None
    month_first: bool = False

    def columns_for(self, target: str) -> list[int]:
        return [c for c in (self.order or range(len(self.mapping))) if self.mapping[c] == target]

    @property
    def provided(self) -> set[str]:
        return {f for f in self.mapping if f}


def plan_for(
    table: SourceTable, fmt: Format | None, mapping: list[str | None] | None = None
) -> ColumnPlan:
    """The plan for a table in a tool's format (or by headings), or with a given mapping."""
    keys = [heading_key(h) for h in table.headers]
    if mapping is None:
        fixed = {}
        if fmt is not None:
            fixed = {c: fmt.columns[k] for c, k in enumerate(keys) if k in fmt.columns}
        mapping = guess_mapping(table.headers, fixed)
    mapping = list(mapping) + [None] * (len(table.headers) - len(mapping))
    preferred = fmt.preferred if fmt else ()
    order = sorted(range(len(keys)), key=lambda c: (keys[c] not in preferred, c))
    suffix = None
    if fmt is not None:
        suffix = next((c for c, k in enumerate(keys) if k in fmt.id_suffix), None)
    month_first = bool(fmt and any(k in fmt.month_first_if for k in keys))
    if fmt is None:
        return ColumnPlan("columns", "columns", mapping, order, None, False)
    return ColumnPlan(fmt.key, fmt.label, mapping, order, suffix, month_first)


def choose_table(
    tables: list[SourceTable], format_key: str = "auto", require_name: bool = True
) -> tuple[SourceTable, ColumnPlan, bool]:
    """The first table with a name column, its plan and whether a tool's format was recognised.

    Raises ImportFileError when no table has a column for the name (unless
    `require_name` is False: then the first table comes back for mapping by hand).
    """
    if format_key not in FORMAT_CHOICES:
        raise ImportFileError(
            f"unknown format {format_key!r}; use one of {', '.join(FORMAT_CHOICES)}."
        )
    wanted = BY_KEY.get(format_key)
    for table in tables:
        fmt = wanted if wanted is not None else recognise(table.headers)
        if wanted is not None and not matches(wanted, table.headers):
            continue
        plan = plan_for(table, fmt)
        if has_name(plan.mapping):
            return table, plan, fmt is not None
    if not require_name and tables and wanted is None:
        fmt = recognise(tables[0].headers)
        return tables[0], plan_for(tables[0], fmt), fmt is not None
    name = tables[0].file_name if tables else "the file"
    if wanted is not None:
        raise ImportFileError(
            f"{name}: does not look like a {wanted.label} export "
            f"(it needs the columns {wanted.hint})."
        )
    raise ImportFileError(
        f"{name}: has no column for the name (looked for Name, First name, "
        f"Last name, Navn, Fornavn, Efternavn)."
    )
