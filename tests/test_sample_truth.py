"""The sample project is true to the seed invitations: no document of it prints a fact that
no seed gives (issue 17: zones by colour, rooms, accessibility, an estimated walk)."""

from __future__ import annotations

import re

import pytest
from test_excel_event_workbook import all_text
from test_handout import pdf_text

from app.services.calendar_invite import event_ics
from app.services.document_pdf import write_pdf
from app.services.excel import write_catalogue_workbook, write_event_workbook, write_events_workbook
from app.services.handout_pdf import handout_for

SAMPLE_EVENTS = [1, 2, 3, 4, 5]

# Facts the sample once printed though no seed gives them, in both languages.
INVENTED = [
    r"blå zone",
    r"blue zone",
    r"grå zone",
    r"grey zone",
    r"Konferencesalen",
    r"Store sal",
    r"Sal 2",
    r"Mødelokale",
    r"har [1-9]\d* kørestolsplads",
    r"has [1-9]\d* wheelchair space",
    r"elevator",
    r"\ba lift\b",
    r"teleslynge",
    r"hearing loop",
    r"handicaptoilet",
    r"accessible toilet",
    r"Trinfri adgang:",
    r"Step-free entrance:",
    r"der er trinfri adgang",
    r"has step-free access",
    r"minutters gang",
    r"minute walk",
    r"min\. til fods",
    r"min on foot",
    r"Ansvej",
    r"8600 Silkeborg",  # (a bare 8600 turns up in the random ids of a map page)
]


def invented_in(text: str) -> list[str]:
    # Map pages carry their texts as JSON, where "ø" may be written "\\u00f8".
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return [p for p in INVENTED if re.search(p, text, re.IGNORECASE)]


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("event_id", SAMPLE_EVENTS)
def test_handouts_and_calendar_invites_print_nothing_invented(
    qapp, sample_project, tmp_path, event_id, lang
):
    event = sample_project.events.get(event_id)
    venue = sample_project.venues.get(event.venue_id) if event.venue_id else None
    texts = [event_ics(event, venue, lang)]
    if venue is not None:  # an event without a venue has no handout
        path = tmp_path / "handout.pdf"
        write_pdf(handout_for(sample_project, event_id, lang), path)
        texts.append(pdf_text(path))
    for text in texts:
        assert not invented_in(text), text


def test_workbooks_print_nothing_invented(sample_project, tmp_path):
    paths = [tmp_path / "venues.xlsx", tmp_path / "events.xlsx"]
    write_catalogue_workbook(sample_project, paths[0])
    write_events_workbook(sample_project, paths[1])
    for event_id in SAMPLE_EVENTS:
        paths.append(tmp_path / f"event-{event_id}.xlsx")
        write_event_workbook(sample_project, event_id, paths[-1])
    for path in paths:
        assert not invented_in(all_text(path)), path.name


def test_seed_facts_the_sample_once_lacked_are_there(sample_project):
    events = {e.id: e for e in sample_project.events.all()}
    assert events[1].registration_channel == "via dette link"
    assert events[3].registration_channel == "via linket"
    assert events[4].free_of_charge and events[4].programme_preliminary
    kickoff = events[5]
    assert kickoff.registration_channel == "til sekretariatet"
    assert [(a.label, a.url) for a in kickoff.attachments] == [
        ("Uddybende om Rammeaftale Sjælland", "www.rs17.dk")
    ]
    assert [c.name for c in kickoff.catering] == ["Morgenkaffe med brød", "Frokost"]
    # No invitation names a room at Gate21, JYSK Park or Ringsted: those events have none.
    assert [events[i].room_id for i in (3, 4, 5)] == [None, None, None]


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("event_id", SAMPLE_EVENTS)
def test_invitations_and_programmes_print_nothing_invented(
    qapp, sample_project, tmp_path, event_id, lang
):
    from test_invitation import docx_text

    from app.services.invitation_docx import invitation_docx, programme_docx
    from app.services.invitation_pdf import invitation_for, programme_for

    event = sample_project.events.get(event_id)
    venue = sample_project.venues.get(event.venue_id) if event.venue_id else None
    texts = []
    for name, document in (
        ("invitation.pdf", invitation_for(sample_project, event_id, lang)),
        ("programme.pdf", programme_for(sample_project, event_id, lang)),
    ):
        write_pdf(document, tmp_path / name)
        texts.append(pdf_text(tmp_path / name))
    invitation_docx(event, venue, tmp_path / "invitation.docx", lang)
    programme_docx(event, venue, tmp_path / "programme.docx", lang)
    texts += [docx_text(tmp_path / "invitation.docx"), docx_text(tmp_path / "programme.docx")]
    for text in texts:
        assert not invented_in(text), text


def test_name_tags_lists_and_maps_print_nothing_invented(qapp, sample_project, tmp_path):
    from app.domain import Registration
    from app.services.map_export import project_map
    from app.services.name_tags import name_tags_for
    from app.services.participant_list import participant_list_for

    texts = []
    for event_id in SAMPLE_EVENTS:
        sample_project.registrations.add_many(
            [Registration(event_id=event_id, first_name="Åse", last_name="Holm", email="a@b.dk")]
        )
        for name, document in (
            ("tags.pdf", name_tags_for(sample_project, event_id)),
            ("sign-in.pdf", participant_list_for(sample_project, event_id, sign_in=True)),
            ("list.pdf", participant_list_for(sample_project, event_id)),
        ):
            write_pdf(document, tmp_path / name)
            texts.append(pdf_text(tmp_path / name))
        if sample_project.events.get(event_id).venue_id is not None:
            texts.append(project_map(sample_project, event_id=event_id, tiles=None).html)
    texts.append(project_map(sample_project, all_venues=True, tiles=None).html)
    for text in texts:
        assert not invented_in(text), invented_in(text)
