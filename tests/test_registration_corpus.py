"""Every real-world spreadsheet of the corpus: imported, or refused in one line, never a crash."""

import threading
from pathlib import Path

import pytest

from app.services.registration_import import ImportFileError, import_file

# The repository's own copy (tests/data/corpus/README.md says where it comes from).
CORPUS_DIR = Path(__file__).parent / "data" / "corpus"
CORPUS = sorted(CORPUS_DIR.glob("calamine_*"))
REASONS = {
    "calamine_any_sheets": "has no heading row",
    "calamine_base": None,  # .ods/.xls: no heading row; .xlsx/.xlsb: Sheet3 has one, no name
    "calamine_empty_file": "is empty (0 bytes)",
    "calamine_issue139": "has no column for the name",
    "calamine_password": "is password-protected",
    "calamine_table-multiple": "has no column for the name",
}


def test_the_corpus_is_there():
    assert len(CORPUS) == 17
    assert "MIT License" in (CORPUS_DIR / "LICENSE").read_text()


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_each_corpus_file_is_refused_in_one_line_and_changes_nothing(sample_project, path: Path):
    before = sample_project.path.read_bytes()
    outcome = {}

    def run():
        try:
            outcome["summary"] = import_file(sample_project, 1, path)
        except ImportFileError as exc:
            outcome["error"] = str(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), f"{path.name} hangs"
    message = outcome["error"]
    assert message.startswith(f"{path.name}: ") and "\n" not in message
    expected = REASONS[path.stem]
    if expected:
        assert expected in message
    else:
        assert "no heading row" in message or "no column for the name" in message
    assert sample_project.registrations.for_event(1) == []
    assert sample_project.path.read_bytes() == before


@pytest.mark.parametrize(
    "content,name,reason",
    [
        (b"%PDF-1.7\n...", "invitation.pdf", "is a PDF document"),
        (b"<html><table><tr><td>Navn</td></tr></table></html>", "export.xls", "is a web page"),
        (bytes(range(256)) * 4, "data.csv", "is not a spreadsheet or CSV text file"),
        (b"PK\x03\x04broken zip", "broken.xlsx", "is not a readable spreadsheet"),
        (b"Navn;E-mail\n", "tom.docx", "cannot import .docx files"),
        (b"1;2;3\n4;5;6\n", "tal.csv", "has no heading row"),
        (b"\n\n  \n", "blank.csv", "has no rows"),
    ],
)
def test_other_unusable_files_get_one_line(sample_project, tmp_path, content, name, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        import_file(sample_project, 1, path)
    assert str(caught.value).startswith(f"{name}: ") and reason in str(caught.value)


def test_a_missing_file(sample_project, tmp_path):
    with pytest.raises(ImportFileError, match=r"^nowhere\.csv: no such file\.$"):
        import_file(sample_project, 1, tmp_path / "nowhere.csv")
