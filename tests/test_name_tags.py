"""Name tags: the right number per label sheet, registered people only, Danish order; the
participant list and sign-in sheet with every name and page x of y."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from app.domain.enums import RegistrationStatus
from app.domain.registration import Registration
from app.services.document_pdf import write_pdf
from app.services.name_tags import SHEETS, name_tags_for
from app.services.participant_list import participant_list_for

SURNAMES = ["Hansen", "Ørum", "Ågaard", "Jensen", "Æbelø", "Andersen", "Nielsen"]


def _people(count: int) -> list[Registration]:
    return [
        Registration(
            event_id=5,
            first_name=f"Person{i:02d}",
            last_name=SURNAMES[i % len(SURNAMES)],
            organisation=f"Kommune {i % 4}",
            role="Direktør",
            email=f"p{i}@example.dk",
            dietary="vegetar",
        )
        for i in range(count)
    ]


def _page_texts(path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages]


def _names_on(text: str) -> list[str]:
    return re.findall(r"Person\d\d", text)


@pytest.mark.parametrize("sheet, per_page", [("2x4", 8), ("2x5", 10)])
def test_tags_per_page(qapp, sample_project, tmp_path, sheet, per_page):
    people = _people(23)
    people.append(
        Registration(
            event_id=5, first_name="Venter", last_name="Liste", status=RegistrationStatus.WAITLISTED
        )
    )
    people.append(
        Registration(
            event_id=5, first_name="Afbud", last_name="Givet", status=RegistrationStatus.CANCELLED
        )
    )
    sample_project.registrations.add_many(people)
    doc = name_tags_for(sample_project, 5, sheet)
    assert SHEETS[sheet].per_page == per_page
    path = tmp_path / f"tags-{sheet}.pdf"
    pages = write_pdf(doc, path)
    texts = _page_texts(path)
    assert pages == len(texts) == -(-23 // per_page)
    counts = [len(_names_on(text)) for text in texts]
    assert counts[:-1] == [per_page] * (len(texts) - 1)
    assert sum(counts) == 23
    everything = " ".join(texts)
    assert "Venter" not in everything and "Afbud" not in everything
    assert "Kommune 1" in everything and "Direktør" in everything
    assert "p1@example.dk" not in everything  # no contact data on a badge


def test_tags_are_in_danish_alphabetical_order(qapp, sample_project, tmp_path):
    sample_project.registrations.add_many(_people(7))
    path = tmp_path / "tags.pdf"
    write_pdf(name_tags_for(sample_project, 5, "2x4"), path)
    text = _page_texts(path)[0]
    surnames = [s for s in re.findall(r"Person\d\d (\w+)", text)]
    assert surnames == ["Andersen", "Hansen", "Jensen", "Nielsen", "Æbelø", "Ørum", "Ågaard"]


def test_label_positions_fill_a4_symmetrically():
    sheet = SHEETS["2x4"]
    first, last = sheet.label_rect(0), sheet.label_rect(7)
    assert first.left() == pytest.approx(4.65, abs=0.01)
    assert first.top() == pytest.approx(13.1, abs=0.01)
    assert 210 - last.right() == pytest.approx(first.left())
    assert 297 - last.bottom() == pytest.approx(first.top())


def test_unknown_sheet_is_refused(sample_project):
    with pytest.raises(ValueError, match="Unknown label sheet '3x9'"):
        name_tags_for(sample_project, 5, "3x9")


def test_sign_in_sheet_lists_everyone_over_pages(qapp, sample_project, tmp_path):
    sample_project.registrations.add_many(_people(45))
    doc = participant_list_for(sample_project, 5, sign_in=True)
    path = tmp_path / "sign-in.pdf"
    pages = write_pdf(doc, path)
    texts = _page_texts(path)
    assert pages == len(texts) >= 2
    assert sorted(n for t in texts for n in _names_on(t)) == [f"Person{i:02d}" for i in range(45)]
    for number, text in enumerate(texts, start=1):
        assert "Underskrift" in text and "FREMMØDELISTE" in text
        assert f"Side {number} af {pages}" in text
    assert "fredag den 31. maj 2024 kl. 9.00–13.00 · Ringsted Kongrescenter" in texts[0]
    assert "45 deltagere" in texts[0]
    assert "vegetar" not in " ".join(texts)  # no diets or e-mails on a list at the door


def test_participant_list_in_english_with_groups(qapp, sample_project, tmp_path):
    people = _people(3)
    people[0].invitee_group = "Fagdirektører og fagchefer"
    sample_project.registrations.add_many(people)
    path = tmp_path / "list.pdf"
    write_pdf(participant_list_for(sample_project, 5, sign_in=False, lang="en"), path)
    text = _page_texts(path)[0]
    assert "LIST OF PARTICIPANTS" in text and "Group" in text and "Signature" not in text
    assert "Fagdirektører og fagchefer" in text and "Page 1 of 1" in text


def test_empty_event_still_prints_one_page_that_says_so(qapp, sample_project, tmp_path):
    path = tmp_path / "empty.pdf"
    assert write_pdf(name_tags_for(sample_project, 1), path) == 1
    assert "ingen tilmeldte" in _page_texts(path)[0]
    path = tmp_path / "empty-list.pdf"
    assert write_pdf(participant_list_for(sample_project, 1), path) == 1
    assert "ingen tilmeldte" in _page_texts(path)[0]
