"""Builders of registration exports as the sign-up tools write them, for the registration tests."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import openpyxl

T = dt.datetime


def write_csv(
    path: Path, rows: list[list], encoding: str = "utf-8", delimiter: str = ",", bom: bool = False
) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path: Path, rows: list[list], sheet: str = "Sheet1") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def with_cached_formula_value(path: Path, cell: str, value: str) -> Path:
    """Give a formula cell written by openpyxl the value Excel would have stored with it."""
    source = zipfile.ZipFile(path)
    parts = {name: source.read(name) for name in source.namelist()}
    source.close()
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    # openpyxl writes the empty value as <v/> (xml.etree) or <v></v> (lxml).
    xml = re.sub(
        rf'<c r="{cell}"([^>]*)><f>(.*?)</f>(?:<v\s*/>|<v></v>)',
        rf'<c r="{cell}"\1 t="str"><f>\2</f><v>{value}</v>',
        xml,
    )
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


MSFORMS_EN = [
    [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Municipality",
        "Which group are you attending as?",
        "Do you have dietary requirements?",
        "Will you arrive by car?",
    ],
    [
        1,
        T(2024, 4, 2, 9, 0),
        T(2024, 4, 2, 9, 3),
        "anna.berg@egedal.dk",
        "Anna Berg",
        "Egedal Kommune",
        "Politician",
        "Vegetarian",
        "Yes",
    ],
    [
        2,
        T(2024, 4, 3, 14, 0),
        T(2024, 4, 3, 14, 6),
        "bo.holm@greve.dk",
        "Bo Holm",
        "Greve Kommune",
        "Director",
        "None",
        "No",
    ],
    [
        3,
        T(2024, 4, 16, 8, 0),
        T(2024, 4, 16, 8, 2),
        "cia.lund@koege.dk",
        "Lund, Cia",
        "Køge Kommune",
        "Politician",
        "",
        "Yes",
    ],
]

MSFORMS_DA = [
    [
        "Id",
        "Starttidspunkt",
        "Fuldførelsestidspunkt",
        "Mail",
        "Navn",
        "Fulde navn",
        "Kommune",
        "Har du særlige kosthensyn?",
    ],
    [
        1,
        T(2024, 4, 2, 9, 0),
        T(2024, 4, 2, 9, 3),
        "anonymous",
        "",
        "Dorte Friis",
        "Albertslund Kommune",
        "glutenfri",
    ],
    [2, T(2024, 4, 3, 9, 0), T(2024, 4, 3, 9, 3), "anonymous", "", "Erik Juhl", "Ballerup", "nej"],
]

GOOGLE_EN = [
    ["Timestamp", "Email Address", "Full name", "Municipality", "Dietary requirements", "Comments"],
    ["4/2/2024 9:15:32", "anna.berg@egedal.dk", "Anna Berg", "Egedal", "", ""],
    ["4/16/2024 17:01:09", "Bo.Holm@Greve.dk ", "Bo Holm", "Greve", "vegan", "Late, sorry"],
]

GOOGLE_DA = [
    ["Tidsstempel", "E-mailadresse", "Fornavn", "Efternavn", "Kommune", "Kommer du i bil?"],
    ["02.04.2024 09.15.32", "søren@hvidovre.dk", "Søren", "Ærøe", "Hvidovre Kommune", "Ja"],
    [
        "15.04.2024 23.59.00",
        "åse@ishøj.dk",
        "Åse",
        "Øster",
        "Ishøj Kommune",
        "Nej, jeg tager toget",
    ],
]

EVENTBRITE_EN = [
    [
        "Order #",
        "Order Date",
        "First Name",
        "Last Name",
        "Email",
        "Quantity",
        "Ticket Type",
        "Attendee #",
        "Buyer First Name",
        "Buyer Last Name",
        "Buyer Email",
        "Attendee Status",
        "Company",
        "Job Title",
    ],
    [
        "901",
        "2024-04-02 10:00:00",
        "Anna",
        "Berg",
        "anna.berg@egedal.dk",
        "1",
        "Politician",
        "5001",
        "Kirsten",
        "Sekretær",
        "sekr@egedal.dk",
        "Attending",
        "Egedal Kommune",
        "Mayor",
    ],
    [
        "902",
        "2024-04-03 11:30:00",
        "Bo",
        "Holm",
        "bo.holm@greve.dk",
        "1",
        "Director",
        "5002",
        "Bo",
        "Holm",
        "bo.holm@greve.dk",
        "Not Attending",
        "Greve Kommune",
        "Director",
    ],
    [
        "903",
        "2024-04-04 12:00:00",
        "Cia",
        "Lund",
        "cia.lund@koege.dk",
        "1",
        "Politician",
        "5003",
        "Cia",
        "Lund",
        "cia.lund@koege.dk",
        "Checked In",
        "Køge Kommune",
        "Councillor",
    ],
]

EVENTBRITE_DA = [
    [
        "Ordrenr.",
        "Ordredato",
        "Fornavn",
        "Efternavn",
        "E-mail",
        "Antal",
        "Billettype",
        "Deltagernr.",
        "Deltagerstatus",
        "Virksomhed",
    ],
    [
        "77",
        "02-04-2024 10:00",
        "Dorte",
        "Friis",
        "dorte@albertslund.dk",
        "1",
        "Politiker",
        "8001",
        "Deltager",
        "Albertslund Kommune",
    ],
]

PRETIX_POSITIONS_EN = [
    [
        "Event slug",
        "Order code",
        "Position ID",
        "Status",
        "Email",
        "Phone number",
        "Order date",
        "Order time",
        "Product",
        "Variation",
        "Price",
        "Tax rate",
        "Tax rule",
        "Tax value",
        "Attendee name",
        "Attendee name: Given name",
        "Attendee name: Family name",
        "Attendee email",
        "Company",
        "Voucher",
        "Pseudonymization ID",
        "Order comment",
    ],
    [
        "kkr24",
        "AB12C",
        "1",
        "paid",
        "booker@egedal.dk",
        "+4512345678",
        "2024-04-02",
        "09:15:00",
        "Politician",
        "",
        "0.00",
        "0.00",
        "",
        "0.00",
        "Anna Berg",
        "Anna",
        "Berg",
        "anna.berg@egedal.dk",
        "Egedal Kommune",
        "",
        "X1",
        "",
    ],
    [
        "kkr24",
        "AB12C",
        "2",
        "paid",
        "booker@egedal.dk",
        "+4512345678",
        "2024-04-02",
        "09:15:00",
        "Director",
        "",
        "0.00",
        "0.00",
        "",
        "0.00",
        "Bo Holm",
        "Bo",
        "Holm",
        "bo.holm@egedal.dk",
        "Egedal Kommune",
        "",
        "X2",
        "",
    ],
    [
        "kkr24",
        "ZZ9QX",
        "1",
        "canceled",
        "cia@koege.dk",
        "",
        "2024-04-05",
        "10:00:00",
        "Politician",
        "",
        "0.00",
        "0.00",
        "",
        "0.00",
        "Cia Lund",
        "Cia",
        "Lund",
        "cia@koege.dk",
        "Køge Kommune",
        "",
        "X3",
        "",
    ],
]

PRETIX_CHECKIN_DA = [
    [
        "Bestillingskode",
        "Navn på deltager",
        "Produkt",
        "Pris",
        "Tjekket ind",
        "E-mail",
        "Virksomhed",
        "Bestillingsdato",
    ],
    [
        "QW3RT",
        "Dorte Friis",
        "Politiker",
        "0,00",
        "30-04-2024 15:58",
        "dorte@albertslund.dk",
        "Albertslund Kommune",
        "2024-04-02",
    ],
    [
        "QW3RT",
        "Erik Juhl",
        "Politiker",
        "0,00",
        "",
        "erik@albertslund.dk",
        "Albertslund Kommune",
        "2024-04-02",
    ],
]

INDICO_EN = [
    [
        "ID",
        "Name",
        "First Name",
        "Last Name",
        "Email Address",
        "Affiliation",
        "Position",
        "Registration date",
        "Registration state",
        "Checked in",
    ],
    [
        "1",
        "Anna Berg",
        "Anna",
        "Berg",
        "anna.berg@egedal.dk",
        "Egedal Kommune",
        "Mayor",
        "2024-04-02 09:00:00.123456+00:00",
        "Completed",
        "False",
    ],
    [
        "2",
        "Bo Holm",
        "Bo",
        "Holm",
        "bo.holm@greve.dk",
        "Greve Kommune",
        "Director",
        "2024-04-03 09:00:00+00:00",
        "Withdrawn",
        "False",
    ],
]

INDICO_DA = [
    [
        "ID",
        "Navn",
        "Fornavn",
        "Efternavn",
        "E-mail",
        "Organisation",
        "Stilling",
        "Tilmeldingsdato",
        "Tilmeldingsstatus",
    ],
    [
        "11",
        "Dorte Friis",
        "Dorte",
        "Friis",
        "dorte@albertslund.dk",
        "Albertslund Kommune",
        "Borgmester",
        "2024-04-02 09:00:00",
        "Completed",
    ],
]
