"""`venueplan import` and `venueplan list ... registrations --json`, as a coordinator's script runs them."""

import json

from registration_exports import PRETIX_POSITIONS_EN, write_csv, write_xlsx

from app.cli import main


def test_import_prints_one_summary_line_and_list_shows_the_people(sample_path, tmp_path, capsys):
    path = write_csv(tmp_path / "orders.csv", PRETIX_POSITIONS_EN, "utf-8", ";")
    assert main(["import", str(sample_path), "--event", "1", str(path)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    # Cia's order was cancelled in pretix: she is added, as cancelled.
    assert out == [
        "orders.csv (pretix): 3 added, 0 updated, 0 duplicates merged, 0 late, "
        "0 waitlisted, 1 cancelled; 0 rows rejected; not imported: "
        '"Event slug", "Position ID", "Variation", "Price", "Tax rate", "Tax rule", '
        '"Tax value", "Voucher", "Pseudonymization ID"'
    ]
    assert main(["list", str(sample_path), "registrations", "--event", "1", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["name"]: (r["email"], r["organisation"], r["status"], r["late"]) for r in rows} == {
        "Anna Berg": ("anna.berg@egedal.dk", "Egedal Kommune", "registered", False),
        "Bo Holm": ("bo.holm@egedal.dk", "Egedal Kommune", "registered", False),
        "Cia Lund": ("cia@koege.dk", "Køge Kommune", "cancelled", False),
    }


def test_explicit_format_and_rejected_rows(sample_path, tmp_path, capsys):
    rows = [
        ["Timestamp", "Full name", "Email Address"],
        ["4/2/2024 9:00:00", "Anna Berg", "a@x.dk"],
        ["4/3/2024 9:00:00", "", "b@x.dk"],
        ["4/20/2024 9:00:00", "Cia Lund", "c@x.dk"],
    ]
    path = write_xlsx(tmp_path / "g.xlsx", rows)
    assert (
        main(["import", str(sample_path), "--event", "1", str(path), "--format", "googleforms"])
        == 0
    )
    assert capsys.readouterr().out.strip() == (
        "g.xlsx (Google Forms): 2 added, 0 updated, 0 duplicates merged, 1 late, 0 waitlisted; "
        '1 rows rejected: g.xlsx, row 3, column "Full name": no name.'
    )


def test_an_unusable_file_exits_1_with_one_line(sample_path, tmp_path, capsys):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert main(["import", str(sample_path), "--event", "1", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "venueplan: empty.xlsx: is empty (0 bytes).\n"


def test_an_unknown_event_exits_1(sample_path, tmp_path, capsys):
    path = write_csv(tmp_path / "a.csv", [["Navn"], ["Anna Berg"]])
    assert main(["import", str(sample_path), "--event", "99", str(path)]) == 1
    assert capsys.readouterr().err == "venueplan: there is no event with id 99.\n"
