"""Importing each sign-up tool's export, as CSV in every encoding and delimiter and as workbooks."""

import datetime as dt

import pytest
from registration_exports import (
    EVENTBRITE_DA,
    EVENTBRITE_EN,
    GOOGLE_DA,
    GOOGLE_EN,
    INDICO_DA,
    INDICO_EN,
    MSFORMS_DA,
    MSFORMS_EN,
    PRETIX_CHECKIN_DA,
    PRETIX_POSITIONS_EN,
    write_csv,
    write_xlsx,
)

from app.domain import RegistrationStatus
from app.services.registration_import import ImportFileError, import_file, prepare

EGEDAL = 1  # the sample's dialogue meeting: deadline 15 April 2024, Byrådssalen theatre 120


def people(project, event_id=EGEDAL):
    return {r.name: r for r in project.registrations.for_event(event_id)}


def test_microsoft_forms_english_workbook(sample_project, tmp_path):
    path = write_xlsx(tmp_path / "Tilmelding(1-3).xlsx", MSFORMS_EN)
    summary = import_file(sample_project, EGEDAL, path)
    assert summary.format_label == "Microsoft Forms"
    assert (summary.added, summary.late, summary.rejected) == (3, 1, [])
    got = people(sample_project)
    anna = got["Anna Berg"]
    assert (anna.first_name, anna.last_name, anna.email) == ("Anna", "Berg", "anna.berg@egedal.dk")
    assert anna.organisation == "Egedal Kommune" and anna.invitee_group == "Politician"
    assert anna.dietary == "Vegetarian" and anna.by_car and not got["Bo Holm"].by_car
    assert anna.registered_at == dt.datetime(2024, 4, 2, 9, 3)  # completion, not start
    assert anna.source_id == "msforms:1" and anna.source_row == 2
    cia = got["Cia Lund"]  # "Lund, Cia" split at the comma
    assert (cia.first_name, cia.last_name) == ("Cia", "Lund") and cia.late


def test_microsoft_forms_danish_anonymous_form_takes_the_name_question(sample_project, tmp_path):
    path = write_xlsx(tmp_path / "svar.xlsx", MSFORMS_DA)
    summary = import_file(sample_project, EGEDAL, path)
    assert summary.format_label == "Microsoft Forms" and summary.added == 2
    dorte = people(sample_project)["Dorte Friis"]
    assert dorte.email == ""  # "anonymous" is no address
    assert dorte.organisation == "Albertslund Kommune" and dorte.dietary == "glutenfri"


@pytest.mark.parametrize(
    "encoding,bom,delimiter",
    [
        ("utf-8", False, ","),
        ("utf-8", True, ";"),
        ("cp1252", False, ";"),
        ("cp1252", False, "\t"),
        ("utf-8", True, "\t"),
        ("utf-8", False, ";"),
        ("cp1252", False, ","),
    ],
)
def test_google_forms_danish_csv_in_every_encoding_and_delimiter(
    sample_project, tmp_path, encoding, bom, delimiter
):
    path = write_csv(tmp_path / "Tilmelding.csv", GOOGLE_DA, encoding, delimiter, bom)
    prepared = prepare(path)
    assert prepared.table.delimiter == delimiter
    assert prepared.table.encoding == {"cp1252": "Windows-1252"}.get(
        encoding, "UTF-8 (BOM)" if bom else "UTF-8"
    )
    summary = import_file(sample_project, EGEDAL, path)
    assert summary.format_label == "Google Forms" and summary.added == 2
    got = people(sample_project)
    soren = got["Søren Ærøe"]
    assert soren.organisation == "Hvidovre Kommune" and soren.by_car
    assert soren.registered_at == dt.datetime(2024, 4, 2, 9, 15, 32)
    ase = got["Åse Øster"]
    assert not ase.by_car and not ase.late  # 23.59 on the deadline day is still on time
    assert ase.email == "åse@ishøj.dk"


def test_google_forms_english_csv_with_us_dates(sample_project, tmp_path):
    path = write_csv(tmp_path / "responses.csv", GOOGLE_EN)
    summary = import_file(sample_project, EGEDAL, path)
    assert summary.added == 2 and summary.late == 1
    bo = people(sample_project)["Bo Holm"]
    assert bo.registered_at == dt.datetime(2024, 4, 16, 17, 1, 9)
    assert bo.email == "Bo.Holm@Greve.dk" and bo.comment == "Late, sorry"


def test_eventbrite_attendee_report_takes_the_attendee_not_the_buyer(sample_project, tmp_path):
    path = write_csv(tmp_path / "report.csv", EVENTBRITE_EN)
    summary = import_file(sample_project, EGEDAL, path)
    assert summary.format_label == "Eventbrite" and summary.added == 3
    got = people(sample_project)
    assert "Kirsten Sekretær" not in got
    anna = got["Anna Berg"]
    assert anna.email == "anna.berg@egedal.dk" and anna.role == "Mayor"
    assert anna.invitee_group == "Politician" and anna.source_id == "eventbrite:5001"
    assert got["Bo Holm"].status == RegistrationStatus.CANCELLED
    assert got["Cia Lund"].status == RegistrationStatus.ATTENDED


def test_eventbrite_danish_headings(sample_project, tmp_path):
    path = write_csv(tmp_path / "deltagere.csv", EVENTBRITE_DA, "cp1252", ";")
    summary = import_file(sample_project, EGEDAL, path)
    assert summary.format_label == "Eventbrite" and summary.added == 1
    dorte = people(sample_project)["Dorte Friis"]
    assert dorte.registered_at == dt.datetime(2024, 4, 2, 10, 0)
    assert dorte.invitee_group == "Politiker" and dorte.organisation == "Albertslund Kommune"


def test_pretix_order_positions_one_row_per_attendee(sample_project, tmp_path):
    path = write_xlsx(tmp_path / "kkr24_orders.xlsx", PRETIX_POSITIONS_EN, "Order positions")
    summary = import_file(sample_project, EGEDAL, path, "pretix")
    assert summary.format_label == "pretix" and summary.added == 3
    got = people(sample_project)
    # Two attendees of one order are two people, each with their own e-mail.
    assert got["Anna Berg"].email == "anna.berg@egedal.dk"
    assert got["Bo Holm"].email == "bo.holm@egedal.dk"
    assert {got["Anna Berg"].source_id, got["Bo Holm"].source_id} == {
        "pretix:AB12C-1",
        "pretix:AB12C-2",
    }
    assert got["Anna Berg"].registered_at == dt.datetime(2024, 4, 2, 9, 15)
    assert got["Cia Lund"].status == RegistrationStatus.CANCELLED


def test_pretix_danish_check_in_list(sample_project, tmp_path):
    path = write_csv(tmp_path / "kkr24_checkin.csv", PRETIX_CHECKIN_DA, "utf-8", ";", bom=True)
    summary = import_file(sample_project, EGEDAL, path)
    assert summary.format_label == "pretix" and summary.added == 2
    assert summary.duplicates == []  # one order code, two people
    got = people(sample_project)
    assert got["Dorte Friis"].status == RegistrationStatus.ATTENDED
    assert got["Erik Juhl"].status == RegistrationStatus.REGISTERED


@pytest.mark.parametrize("rows", [INDICO_EN, INDICO_DA], ids=["english", "danish"])
def test_indico_registration_list(sample_project, tmp_path, rows):
    path = write_csv(tmp_path / "registrations.csv", rows)
    summary = import_file(sample_project, EGEDAL, path)
    assert summary.format_label == "Indico"
    first = people(sample_project)[rows[1][1]]
    assert first.source_id == f"indico:{rows[1][0]}"
    assert first.organisation == rows[1][5] and first.role == rows[1][6]
    if rows is INDICO_EN:
        assert people(sample_project)["Bo Holm"].status == RegistrationStatus.CANCELLED


def test_an_unknown_file_is_imported_by_its_headings(sample_project, tmp_path):
    rows = [
        ["Tilmeldinger til dialogmødet"],
        [],
        ["Deltager", "Mail", "Arbejdsplads", "Stilling", "Handicapparkering", "Bemærkninger"],
        ["Henriette Thirup-Bielefeldt", "htb@egedal.dk", "Egedal Kommune", "Formand", "ja", ""],
        [
            "Steen Christiansen",
            "sc@albertslund.dk",
            "Albertslund Kommune",
            "Borgmester",
            "",
            "Kommer lidt senere",
        ],
    ]
    path = write_xlsx(tmp_path / "liste.xlsx", rows)
    prepared = prepare(path, sample_project)
    assert prepared.needs_mapping and prepared.table.header_row == 3
    assert prepared.plan.mapping == [
        "full_name",
        "email",
        "organisation",
        "role",
        "accessible_parking",
        "comment",
    ]
    summary = import_file(sample_project, EGEDAL, path)
    assert summary.added == 2
    htb = people(sample_project)["Henriette Thirup-Bielefeldt"]
    assert htb.accessible_parking and htb.role == "Formand" and htb.source_row == 4


def test_three_part_names_stay_whole(sample_project, tmp_path):
    path = write_csv(
        tmp_path / "x.csv", [["Navn", "E-mail"], ["Søren Trier Høisgaard", "sth@egedal.dk"]]
    )
    import_file(sample_project, EGEDAL, path)
    soren = people(sample_project)["Søren Trier Høisgaard"]
    assert (soren.first_name, soren.last_name, soren.full_name) == ("", "", "Søren Trier Høisgaard")


def test_a_formula_in_a_name_cell_is_kept_as_plain_text(sample_project, tmp_path):
    csv_path = write_csv(
        tmp_path / "f.csv", [["Navn", "E-mail"], ['=HYPERLINK("http://x","Anna")', "a@x.dk"]]
    )
    import_file(sample_project, EGEDAL, csv_path)
    xlsx_path = write_xlsx(
        tmp_path / "f.xlsx", [["Navn", "E-mail"], ['=CONCATENATE("Bo"," ","Holm")', "b@x.dk"]]
    )
    import_file(sample_project, EGEDAL, xlsx_path)
    names = {r.email: r.name for r in sample_project.registrations.for_event(EGEDAL)}
    assert names["a@x.dk"] == '=HYPERLINK("http://x","Anna")'
    assert names["b@x.dk"] == '=CONCATENATE("Bo"," ","Holm")'


def test_a_formula_with_a_stored_value_gives_the_value(sample_project, tmp_path):
    from registration_exports import with_cached_formula_value

    path = write_xlsx(
        tmp_path / "g.xlsx", [["Navn", "E-mail"], ['=CONCATENATE("Cia"," ","Lund")', "c@x.dk"]]
    )
    with_cached_formula_value(path, "A2", "Cia Lund")
    import_file(sample_project, EGEDAL, path)
    assert people(sample_project)["Cia Lund"].email == "c@x.dk"


def test_rows_without_a_name_are_rejected_with_file_row_and_column(sample_project, tmp_path):
    path = write_csv(
        tmp_path / "huller.csv",
        [
            ["Navn", "E-mail", "Tilmeldt"],
            ["Anna Berg", "a@x.dk", "2024-04-01"],
            ["", "ghost@x.dk", "2024-04-01"],
            ["Bo Holm", "b@x.dk", "i går"],
        ],
    )
    summary = import_file(sample_project, EGEDAL, path)
    assert summary.added == 2
    assert summary.rejected == ['huller.csv, row 3, column "Navn": no name.']
    assert summary.warnings == [
        "huller.csv, row 4, column \"Tilmeldt\": 'i går' is not a date; "
        "the registration time is left empty."
    ]
    assert "1 rows rejected: huller.csv, row 3" in summary.line()


def test_a_wrong_format_choice_is_refused(sample_project, tmp_path):
    path = write_csv(tmp_path / "g.csv", GOOGLE_EN)
    with pytest.raises(ImportFileError, match=r"^g\.csv: does not look like a pretix export"):
        import_file(sample_project, EGEDAL, path, "pretix")
    assert sample_project.registrations.for_event(EGEDAL) == []


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_libreoffice_and_old_excel_workbooks(sample_project, tmp_path, suffix):
    import subprocess

    source = write_xlsx(tmp_path / "forms.xlsx", MSFORMS_EN)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            suffix,
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    summary = import_file(sample_project, EGEDAL, tmp_path / "out" / f"forms.{suffix}")
    assert summary.format_label == "Microsoft Forms" and summary.added == 3
    anna = people(sample_project)["Anna Berg"]
    assert anna.registered_at == dt.datetime(2024, 4, 2, 9, 3) and anna.source_id == "msforms:1"
