"""The event logistics workbook read back as Excel users would see it (openpyxl and calamine)."""

import datetime as dt
import zipfile

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from sample_rooms import place_in_example_rooms

from app.domain import Language, Registration, RegistrationStatus
from app.services.excel import ExportCancelled, write_event_workbook
from app.services.excel.styles import print_scale


@pytest.fixture
def sample_path(sample_path):
    """The sample with its events in the venues' example rooms (tests/sample_rooms.py)."""
    place_in_example_rooms(sample_path)
    return sample_path


DA_SHEETS = [
    "Oversigt",
    "Program",
    "Deltagere",
    "Kvoter",
    "Find vej",
    "Parkering og forplejning",
    "Fremmødeliste",
]
EN_SHEETS = [
    "Overview",
    "Programme",
    "Participants",
    "Quotas",
    "Directions",
    "Parking and catering",
    "Sign-in sheet",
]
INJECTION_NAME = '=HYPERLINK("http://evil.example","Klik her")'


def kickoff(project):
    return next(e for e in project.events.all() if e.title.startswith("Kickoff"))


def gate21_meeting(project):
    return next(e for e in project.events.all() if e.title.startswith("Politisk temamøde"))


def people(event_id: int, count: int = 30) -> list[Registration]:
    """Sign-ups from five municipalities, with needs, a car now and then, one cancelled, one
    waitlisted, and a hostile name from an import."""
    towns = ["Greve", "Køge", "Næstved", "Ringsted", "Sorø"]
    firsts = ["Åse", "Bjørn", "Søren", "Mette", "Ærling", "Inger"]
    diets = {3: "vegetar", 7: "Glutenfri kost, tak", 11: "Allergisk over for kiwi", 15: "nej tak"}
    out = []
    for i in range(count):
        out.append(
            Registration(
                event_id=event_id,
                first_name=firsts[i % len(firsts)],
                last_name=f"Testesen{i:02d}",
                email=f"deltager{i:02d}@example-kommune.dk",
                phone="61234567",
                organisation=f"{towns[i % len(towns)]} Kommune",
                role="Byrådsmedlem",
                invitee_group="Fagdirektører og fagchefer"
                if i % 3
                else "Repræsentanter fra handicapråd",
                dietary=diets.get(i, ""),
                accessibility="Kørestol og rollator" if i == 5 else "",
                by_car=i % 4 == 0,
                accessible_parking=i == 5,
                comment="Kommer med ledsager" if i == 9 else "",
                status={2: RegistrationStatus.CANCELLED, 29: RegistrationStatus.WAITLISTED}.get(
                    i, RegistrationStatus.REGISTERED
                ),
                registered_at=dt.datetime(2024, 5, 1, 9, 0) + dt.timedelta(minutes=13 * i),
            )
        )
    out.append(
        Registration(
            event_id=event_id,
            full_name=INJECTION_NAME,
            organisation="+45 Kommune",
            email="evil@example.org",
            comment="@SUM(A1:A9)",
            invitee_group="-2+3",
            registered_at=dt.datetime(2024, 5, 10, 12, 0),
        )
    )
    return out


def calamine_sheets(path) -> dict[str, list[list]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def all_text(path) -> str:
    """Every cell value of every sheet, as calamine reads them, in one string."""
    return "\n".join(
        str(v)
        for rows in calamine_sheets(path).values()
        for row in rows
        for v in row
        if v not in ("", None)
    )


@pytest.fixture
def kickoff_files(sample_project, tmp_path):
    event = kickoff(sample_project)
    sample_project.registrations.add_many(people(event.id))
    full, shared = tmp_path / "kickoff.xlsx", tmp_path / "kickoff-deling.xlsx"
    write_event_workbook(sample_project, event.id, full)
    write_event_workbook(sample_project, event.id, shared, sensitive=False)
    return full, shared


def test_sheets_are_in_the_event_language_with_title_and_author(kickoff_files):
    full, _ = kickoff_files
    wb = openpyxl.load_workbook(full)
    assert wb.sheetnames == DA_SHEETS
    assert wb.properties.title == "Kickoff-møde om Rammeaftale 2025-2026"
    assert wb.properties.creator.startswith("KKR Sjælland")
    assert calamine_sheets(full).keys() == set(DA_SHEETS)


def test_overview_gives_danish_date_venue_and_numbers(kickoff_files):
    full, _ = kickoff_files
    rows = calamine_sheets(full)["Oversigt"]
    pairs = {r[0]: r[1] for r in rows if r and r[0]}
    assert rows[0][0] == "Kickoff-møde om Rammeaftale 2025-2026"
    assert pairs["Tidspunkt"] == "fredag den 31. maj 2024 kl. 9.00\u201313.00"
    assert pairs["Mødested"] == "Ringsted Kongrescenter"
    assert pairs["Adresse"] == "Nørretorv 55, 4100 Ringsted"
    assert pairs["Opstilling"] == "Caféopstilling"
    assert pairs["Kapacitet"] == "360 pladser (caféopstilling)"
    # 31 registrations: one cancelled, one waitlisted.
    assert (pairs["Tilmeldte"], pairs["På venteliste"], pairs["Afmeldte"]) == (29, 1, 1)
    assert pairs["Ledige pladser"] == 331
    assert pairs["Tilmeldingsfrist"] == "onsdag den 22. maj 2024"
    assert "posk@greve.dk" in pairs["Tilmelding via"]
    assert "Mikael Smed" in pairs["Afsendere"]
    warnings = [r[0] for r in rows if r and str(r[0]).startswith("Tilmeldinger")]
    assert "Tilmeldinger, der ikke nævner nogen af arrangementets grupper: 1." in warnings


def test_programme_lists_times_items_and_speakers(kickoff_files):
    full, _ = kickoff_files
    rows = calamine_sheets(full)["Program"]
    assert rows[3] == ["Tid", "Punkt", "Oplægsholdere"]
    body = {r[1]: r for r in rows[4:]}
    welcome = next(r for title, r in body.items() if title.startswith("Velkomst"))
    assert welcome[0] == "9.00" and "Mikael Smed" in welcome[2]
    assert any(r[0] == "12.30" and r[1] == "Frokost" for r in rows)


def test_participants_are_a_filterable_table_with_a_frozen_header(kickoff_files):
    full, _ = kickoff_files
    ws = openpyxl.load_workbook(full)["Deltagere"]
    table = ws.tables["Participants"]
    assert table.ref == "A4:O35"  # the header and 31 registrations, 15 columns
    assert table.autoFilter.ref == table.ref
    assert [c.name for c in table.tableColumns][:6] == [
        "Nr.",
        "Navn",
        "Organisation",
        "Titel/rolle",
        "Gruppe",
        "Status",
    ]
    assert ws.freeze_panes == "C5"
    assert ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "landscape"
    rows = calamine_sheets(full)["Deltagere"]
    header = rows[3]
    # Numbered and ordered as the sign-in sheet: confirmed people by last name first.
    first = dict(zip(header, rows[5], strict=False))
    assert first["Nr."] == 2
    assert first["Navn"] == "Åse Testesen00" and first["Status"] == "Tilmeldt"
    assert first["E-mail"] == "deltager00@example-kommune.dk"
    assert first["Telefon"] == "61 23 45 67"
    assert first["Tilmeldt den"] == dt.datetime(2024, 5, 1, 9, 0)
    assert [dict(zip(header, r, strict=False))["Status"] for r in rows[-2:]] == [
        "Afmeldt",
        "På venteliste",
    ]
    statuses = {dict(zip(header, r, strict=False))["Status"] for r in rows[4:]}
    assert statuses == {"Tilmeldt", "Afmeldt", "På venteliste"}
    widths = [ws.column_dimensions[c].width for c in "BCI"]
    assert all(w >= 14 for w in widths)  # name, organisation and e-mail readable


def test_sharing_export_leaves_out_contact_details_comments_and_needs(kickoff_files):
    full, shared = kickoff_files
    assert "deltager00@example-kommune.dk" in all_text(full)
    text = all_text(shared)
    for needle in (
        "@example-kommune.dk",
        "evil@example.org",
        "61 23 45 67",
        "Kommer med ledsager",
        "Kørestol og rollator",
        "Allergisk over for kiwi",
        "Glutenfri kost",
    ):
        assert needle not in text
    # Not in the file at all, not only not in the cells calamine reads.
    with zipfile.ZipFile(shared) as z:
        raw = b"".join(z.read(n) for n in z.namelist())
    assert b"example-kommune.dk" not in raw and b"kiwi" not in raw
    header = calamine_sheets(shared)["Deltagere"][3]
    assert "E-mail" not in header and "Kost" not in header and "Kommentar" not in header
    assert "Handicapparkering" not in header and "Navn" in header
    # The needs survive as counts.
    rows = calamine_sheets(shared)["Parkering og forplejning"]
    counts = {r[0]: r[1] for r in rows if r and r[0]}
    assert counts["Vegetarisk"] == 1 and counts["Glutenfri"] == 1 and counts["Andet"] == 1
    assert counts["Behov for kørestolsplads"] == 1
    assert counts["Behov for handicapparkering"] == 1


def test_full_export_gives_other_dietary_answers_without_names(kickoff_files):
    full, _ = kickoff_files
    rows = calamine_sheets(full)["Parkering og forplejning"]
    i = next(i for i, r in enumerate(rows) if r[0] == "Andre svar")
    assert rows[i + 1][:2] == ["Allergisk over for kiwi", 1]
    catering = {r[0]: r for r in rows if r and r[0] in ("Morgenkaffe med brød", "Frokost")}
    assert catering["Frokost"][1:4] == ["12.30", 29, 29]
    # Eight by car, and one who needs accessible parking comes by car too.
    assert {r[0]: r[1] for r in rows if r}["Kommer i bil"] == 9


def test_quotas_per_organisation_and_group(kickoff_files):
    full, _ = kickoff_files
    rows = calamine_sheets(full)["Kvoter"]
    groups = {
        r[0]: r
        for r in rows
        if r and r[0].startswith(("Repræsentanter", "Fagdirektører")) and r[1] == ""
    }
    assert groups["Repræsentanter fra handicapråd"][2:4] == [2, 10]
    assert groups["Fagdirektører og fagchefer"][2] == "ingen grænse"
    per_org = [r for r in rows if r and r[0] == "Greve Kommune"]
    # Greve sends 2 to the handicap council group (quota 2) and 4 directors (no limit).
    assert ["Greve Kommune", "Repræsentanter fra handicapråd", 2, 2, ""] in per_org
    assert ["Greve Kommune", "Fagdirektører og fagchefer", "ingen grænse", 4, ""] in per_org


def test_directions_give_transit_steps_entrances_and_parking_rule(sample_project, tmp_path):
    path = tmp_path / "gate21.xlsx"
    write_event_workbook(sample_project, gate21_meeting(sample_project).id, path)
    rows = calamine_sheets(path)["Find vej"]
    text = [r[0] for r in rows if r and r[0]]
    assert "Tag toget: S-togslinje B mod Høje Taastrup stopper på Albertslund st." in text
    assert "1. Drej til højre, når du kommer ned ad trappen." in text
    assert (
        "Kun P-pladserne ved Gate21 og Next Vestskoven Gymnasium og gul zone må anvendes." in text
    )
    assert "Øvrige P-pladser bag Next Vestskoven Gymnasium må ikke anvendes." in text
    zones = {r[0]: r for r in rows if r and r[0].endswith(("zone", "Gymnasium"))}
    assert zones["Gul zone"][2] == "Må anvendes"
    assert zones["Øvrige P-pladser bag Next Vestskoven Gymnasium"][2] == "Må ikke anvendes"
    assert zones["P-pladserne ved Gate21 og Next Vestskoven Gymnasium"][3] == "ikke angivet"
    assert any(r[0] == "Hovedindgang" for r in rows)


def test_sign_in_sheet_prints_a4_portrait_with_headers_on_every_page(kickoff_files):
    full, _ = kickoff_files
    ws = openpyxl.load_workbook(full)["Fremmødeliste"]
    setup = ws.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
        "portrait",
        9,
        1,
        0,
    )
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$3"
    assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
    assert ws.oddFooter.left.text == "Kickoff-møde om Rammeaftale 2025-2026"
    rows = calamine_sheets(full)["Fremmødeliste"]
    assert rows[2] == ["Nr.", "Navn", "Organisation", "Underskrift"]
    names = [r[1] for r in rows[3:]]
    # Confirmed people only (not the cancelled or the waitlisted), in the order and with the
    # numbers of the Deltagere sheet and the printed lists: by last name, in Danish order.
    assert len(names) == 29 and names[0] == INJECTION_NAME
    assert names[1:4] == ["Åse Testesen00", "Bjørn Testesen01", "Mette Testesen03"]
    participants = calamine_sheets(full)["Deltagere"]
    numbered = {r[1]: r[0] for r in participants[4:]}
    assert all(numbered[r[1]] == r[0] for r in rows[3:])


def test_every_sheet_has_print_settings_and_a_footer(kickoff_files):
    full, _ = kickoff_files
    for ws in openpyxl.load_workbook(full).worksheets:
        assert ws.page_setup.paperSize == 9, ws.title
        if ws.title == "Deltagere":
            # 15 columns on one page would print at about 6 points: the sheet prints at 73 %
            # (11-point cells at 8 points), over pages side by side, number and name on each.
            assert not ws.sheet_properties.pageSetUpPr.fitToPage
            assert int(ws.page_setup.scale) == 73
            assert ws.print_title_cols == "$A:$B"
        else:
            assert ws.page_setup.fitToWidth == 1, ws.title
            assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
            assert print_scale(widths_of(ws), ws.page_setup.orientation == "landscape") >= 8 / 11
        assert ws.oddFooter.right.text == "Side &P af &N", ws.title


def widths_of(ws) -> list[float]:
    return [d.width for d in ws.column_dimensions.values() if d.width]


def test_english_event_gets_english_headings_and_dates(sample_project, tmp_path):
    event = kickoff(sample_project)
    event.language = Language.EN
    sample_project.events.save(event)
    path = tmp_path / "en.xlsx"
    write_event_workbook(sample_project, event.id, path)
    sheets = calamine_sheets(path)
    assert list(sheets) == EN_SHEETS
    pairs = {r[0]: r[1] for r in sheets["Overview"] if r and r[0]}
    assert pairs["When"] == "Friday 31 May 2024, 09:00\u201313:00"
    assert openpyxl.load_workbook(path)["Overview"].oddFooter.right.text == "Page &P of &N"


def test_a_cancelled_export_leaves_the_old_file_and_no_temp_file(sample_project, tmp_path):
    event = kickoff(sample_project)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "kickoff.xlsx"
    path.write_bytes(b"the previous export")
    with pytest.raises(ExportCancelled):
        write_event_workbook(sample_project, event.id, path, cancelled=lambda: True)
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in out.iterdir()] == ["kickoff.xlsx"]


def test_a_failing_sheet_leaves_the_old_file(sample_project, tmp_path, monkeypatch):
    from app.services.excel import logistics_sheets

    def broken(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(logistics_sheets, "quotas_sheet", broken)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "kickoff.xlsx"
    path.write_bytes(b"the previous export")
    with pytest.raises(OSError, match="disk full"):
        write_event_workbook(sample_project, kickoff(sample_project).id, path)
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in out.iterdir()] == ["kickoff.xlsx"]


def test_progress_is_reported_up_to_the_total(sample_project, tmp_path):
    event = kickoff(sample_project)
    sample_project.registrations.add_many(people(event.id, 1200))
    seen = []
    write_event_workbook(
        sample_project,
        event.id,
        tmp_path / "k.xlsx",
        report=lambda done, total: seen.append((done, total)),
    )
    assert seen[-1][0] == seen[-1][1] and len(seen) > 8
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))


def test_an_event_without_venue_says_so(sample_project, tmp_path):
    event = next(e for e in sample_project.events.all() if e.venue_id is None)
    path = tmp_path / "uden-sted.xlsx"
    write_event_workbook(sample_project, event.id, path)
    sheets = calamine_sheets(path)
    pairs = {r[0]: r[1] for r in sheets["Oversigt"] if r and r[0]}
    assert pairs["Mødested"] == "ikke fastlagt" and pairs["Kapacitet"] == "ukendt"
    assert any(r[0].startswith("Mødestedet er endnu ikke fastlagt") for r in sheets["Find vej"])
    assert sheets["Deltagere"][3][1] == "Navn" and len(sheets["Deltagere"]) >= 4


def test_cells_keep_their_look_row_after_row(kickoff_files):
    """Each column's cell is styled once and carries every row's value: every row still has
    its column's font, border, fill, number format and height, and a status its colour."""
    full, _ = kickoff_files
    book = openpyxl.load_workbook(full)
    ws = book["Deltagere"]
    header = [c.value for c in ws[4]]
    assert all(c.fill.fgColor.rgb == "00DCE6F1" and c.font.b for c in ws[4])
    body = list(ws.iter_rows(min_row=5))
    assert len(body) == 31
    for row in body:
        cells = dict(zip(header, row, strict=False))
        for cell in row:
            assert (cell.font.name, cell.font.sz) == ("Calibri", 11)
            assert cell.border.left.style == "thin" and cell.border.bottom.color.rgb == "009FB3C8"
        assert cells["Nr."].alignment.horizontal == "right"
        assert cells["Tilmeldt den"].number_format == 'dd"."mm"."yyyy hh"."mm'
        assert cells["I bil"].alignment.horizontal == "center"
        status = cells["Status"]
        if status.value == "På venteliste":
            assert status.fill.fgColor.rgb == "00FFF2CC" and status.font.color.rgb == "007F4F00"
        elif status.value == "Afmeldt":
            assert status.font.i and status.fill.fill_type is None
        else:
            assert status.fill.fill_type is None and not status.font.i
        assert cells["Navn"].quotePrefix == cells["Navn"].value.startswith("=")
    sign_in = book["Fremmødeliste"]
    heights = [sign_in.row_dimensions[r].height for r in range(4, sign_in.max_row + 1)]
    assert len(heights) == 29 and all(h is not None and h >= 28 for h in heights)
    assert all(c.font.sz == 12 for row in sign_in.iter_rows(min_row=4) for c in row[1:3])


def test_the_fast_row_writer_replaces_a_step_openpyxl_still_has():
    """The workbook's sheets number ready cells instead of openpyxl's per-cell conversion
    (`_values_to_row`); if openpyxl renamed that step, the export would still be right but
    slow again, so the name is checked here."""
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from app.services.excel.ready_cells import ReadyCellSheet

    assert callable(getattr(WriteOnlyWorksheet, "_values_to_row", None))
    assert ReadyCellSheet._values_to_row is not WriteOnlyWorksheet._values_to_row
