"""A newer export updates people already there and never duplicates; one file is one transaction."""

import datetime as dt

import pytest
from registration_exports import MSFORMS_EN, write_csv, write_xlsx

from app.domain import RegistrationStatus
from app.services.registration_import import ImportCancelled, import_file


def names(project, event_id=1):
    return sorted(r.name for r in project.registrations.for_event(event_id))


def test_a_newer_export_updates_and_adds_without_duplicating(any_sample_project, tmp_path):
    sample_project = any_sample_project
    import_file(sample_project, 1, write_xlsx(tmp_path / "forms.xlsx", MSFORMS_EN))
    newer = [row[:] for row in MSFORMS_EN] + [
        [
            4,
            dt.datetime(2024, 4, 5, 9),
            dt.datetime(2024, 4, 5, 9, 1),
            "dan@egedal.dk",
            "Dan Krog",
            "Egedal Kommune",
            "Director",
            "",
            "No",
        ]
    ]
    newer[1][7] = "Vegan"  # Anna changed her answer
    newer[2][3] = "  BO.HOLM@greve.dk "  # same person, e-mail typed differently
    summary = import_file(sample_project, 1, write_xlsx(tmp_path / "forms(2).xlsx", newer))
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 2)
    assert names(sample_project) == ["Anna Berg", "Bo Holm", "Cia Lund", "Dan Krog"]
    anna = next(r for r in sample_project.registrations.for_event(1) if r.name == "Anna Berg")
    assert anna.dietary == "Vegan" and anna.source_file == "forms(2).xlsx"


def test_matching_falls_back_to_the_e_mail_ignoring_case_and_spaces(any_sample_project, tmp_path):
    sample_project = any_sample_project
    first = [["Navn", "E-mail", "Kommune"], ["Anna Berg", "Anna.Berg@Egedal.dk", "Egedal"]]
    import_file(sample_project, 1, write_csv(tmp_path / "a.csv", first))
    # A Google export of the same people, no ids: the e-mail decides.
    second = [
        ["Tidsstempel", "E-mailadresse", "Navn", "Kommune"],
        ["01.04.2024 10.00.00", " anna.berg@egedal.DK", "Anna Berg", "Egedal Kommune"],
    ]
    summary = import_file(sample_project, 1, write_csv(tmp_path / "b.csv", second))
    assert (summary.added, summary.updated) == (0, 1)
    anna = sample_project.registrations.for_event(1)[0]
    assert anna.organisation == "Egedal Kommune"


def test_a_coordinators_note_in_a_column_the_export_lacks_survives(any_sample_project, tmp_path):
    sample_project = any_sample_project
    import_file(
        sample_project,
        1,
        write_csv(tmp_path / "a.csv", [["Navn", "E-mail"], ["Anna Berg", "a@x.dk"]]),
    )
    anna = sample_project.registrations.for_event(1)[0]
    anna.comment = "Taler kl. 16.10"
    sample_project.registrations.update(anna)
    import_file(
        sample_project,
        1,
        write_csv(tmp_path / "a.csv", [["Navn", "E-mail"], ["Anna Berg", "a@x.dk"]]),
    )
    assert sample_project.registrations.for_event(1)[0].comment == "Taler kl. 16.10"


def test_someone_cancelled_here_is_not_revived_by_an_older_looking_export(
    any_sample_project, tmp_path
):
    sample_project = any_sample_project
    path = write_csv(tmp_path / "a.csv", [["Navn", "E-mail"], ["Anna Berg", "a@x.dk"]])
    import_file(sample_project, 1, path)
    anna = sample_project.registrations.for_event(1)[0]
    anna.status = RegistrationStatus.CANCELLED
    sample_project.registrations.update(anna)
    import_file(sample_project, 1, path)
    assert sample_project.registrations.for_event(1)[0].status == RegistrationStatus.CANCELLED


def test_duplicates_inside_one_file_are_reported_and_merged(any_sample_project, tmp_path):
    sample_project = any_sample_project
    rows = [
        ["Tidsstempel", "E-mailadresse", "Navn", "Kosthensyn"],
        ["01.04.2024 10.00.00", "anna@x.dk", "Anna Berg", ""],
        ["02.04.2024 10.00.00", "bo@x.dk", "Bo Holm", ""],
        ["03.04.2024 12.00.00", "ANNA@x.dk", "Anna Berg", "vegetar"],
    ]
    summary = import_file(sample_project, 1, write_csv(tmp_path / "d.csv", rows))
    assert summary.added == 2
    assert summary.duplicates == [
        "rows 2 and 4: the same person (Anna Berg, same e-mail ANNA@x.dk); merged."
    ]
    anna = next(r for r in sample_project.registrations.for_event(1) if r.name == "Anna Berg")
    # The later answer wins; the first registration time stays (first come, first served).
    assert anna.dietary == "vegetar" and anna.registered_at == dt.datetime(2024, 4, 1, 10)
    assert "1 duplicates merged" in summary.line()


def test_people_without_e_mail_are_matched_by_name_on_re_import(any_sample_project, tmp_path):
    sample_project = any_sample_project
    path = write_csv(
        tmp_path / "n.csv",
        [["Fornavn", "Efternavn", "Kommune"], ["Anna", "Berg", "Egedal"], ["Bo", "Holm", "Greve"]],
    )
    import_file(sample_project, 1, path)
    summary = import_file(sample_project, 1, path)
    assert (summary.added, summary.unchanged) == (0, 2)
    assert names(sample_project) == ["Anna Berg", "Bo Holm"]


def test_late_flags_follow_the_deadline_and_are_kept_on_re_import(any_sample_project, tmp_path):
    sample_project = any_sample_project
    rows = [
        ["Tidsstempel", "Navn", "E-mailadresse"],
        ["15.04.2024 23.59.59", "On Time", "a@x.dk"],
        ["16.04.2024 00.00.01", "Too Late", "b@x.dk"],
    ]
    path = write_csv(tmp_path / "l.csv", rows)
    assert import_file(sample_project, 1, path).late == 1
    late = {r.name: r.late for r in sample_project.registrations.for_event(1)}
    assert late == {"On Time": False, "Too Late": True}
    import_file(sample_project, 1, path)
    assert {r.name: r.late for r in sample_project.registrations.for_event(1)} == late


def test_a_cancelled_import_changes_nothing(any_sample_project, tmp_path):
    sample_project = any_sample_project
    import_file(
        sample_project,
        1,
        write_csv(tmp_path / "a.csv", [["Navn", "E-mail"], ["Anna Berg", "a@x.dk"]]),
    )
    rows = [["Navn", "E-mail"]] + [[f"P{n} Hansen", f"p{n}@x.dk"] for n in range(5000)]
    calls = []

    def cancel_after_reading():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled):
        import_file(
            sample_project, 1, write_csv(tmp_path / "big.csv", rows), cancelled=cancel_after_reading
        )
    assert names(sample_project) == ["Anna Berg"]
    assert len(sample_project.registrations.log_entries(1)) == 1


def test_a_failure_while_writing_rolls_everything_back(any_sample_project, tmp_path, monkeypatch):
    sample_project = any_sample_project
    import_file(
        sample_project,
        1,
        write_csv(tmp_path / "a.csv", [["Navn", "E-mail"], ["Anna Berg", "a@x.dk"]]),
    )
    repo = sample_project.registrations

    def broken_log(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(repo, "log", broken_log)
    rows = [["Navn", "E-mail"], ["Anna Berg", "anna@new.dk"], ["Bo Holm", "b@x.dk"]]
    with pytest.raises(OSError):
        import_file(sample_project, 1, write_csv(tmp_path / "b.csv", rows))
    monkeypatch.undo()
    people = sample_project.registrations.for_event(1)
    assert [(r.name, r.email) for r in people] == [("Anna Berg", "a@x.dk")]
