"""Danish that reads as written in Danish: one vocabulary (resources/translations/glossary_da.toml)
in the window, the documents and the workbooks, and plural forms for every count."""

from __future__ import annotations

import re

import pytest
from danish_texts import (
    GLOSSARY,
    counted_plurals,
    formatting_texts,
    rendered_texts,
    retired_terms,
    singular_plurals,
    table_texts,
    ts_texts,
    workbook_texts,
)

from app.domain.formatting import format_number
from app.domain.workbook_text import warning_text


def _report(found: list[str], what: str) -> str:
    return f"{len(found)} {what}:\n" + "\n".join(found)


def test_the_glossary_names_a_term_and_what_it_retires_for_each_concept():
    concepts = GLOSSARY["concept"]
    assert len(concepts) >= 20
    for concept in concepts:
        assert concept["use"] and concept["english"]
        assert concept.get("retired") or concept.get("retired_exact"), concept["english"]
        # The chosen term never trips its own rule.
        assert not retired_terms(concept["use"]), concept["use"]


def test_retired_terms_are_found_as_whole_words_and_allowed_phrases_pass():
    assert retired_terms("Kontakt på stedet")  # the venue is "mødestedet"
    assert not retired_terms("Kontakt på mødestedet")
    assert not retired_terms("Brug dette sted")  # a place found on the map
    assert retired_terms("Status: Venteliste")
    assert not retired_terms("Rykket op fra ventelisten")
    assert retired_terms("Særlige behov (kost)")
    assert not retired_terms("Særlig kost: 3")
    assert retired_terms("Placér stop") and not retired_terms("Placér stoppested")


@pytest.mark.parametrize(
    "source",
    [ts_texts, table_texts, formatting_texts],
    ids=["venueplan_da.ts", "document tables", "formatting"],
)
def test_no_danish_text_uses_a_term_the_glossary_retired(source):
    found = [
        f"{t.where}: {t.text!r} uses {', '.join(retired_terms(t.text))}"
        for t in source()
        if retired_terms(t.text)
    ]
    assert not found, _report(found, "texts use retired terms")


def test_the_danish_documents_of_the_sample_use_only_the_glossary_terms(sample_project, tmp_path):
    texts = list(rendered_texts(sample_project, tmp_path))
    assert len(texts) > 500
    found = [
        f"{t.where}: {t.text!r} uses {', '.join(retired_terms(t.text))}"
        for t in texts
        if retired_terms(t.text)
    ]
    assert not found, _report(found, "printed texts use retired terms")
    ones = [f"{t.where}: {t.text!r}" for t in texts if counted_plurals(t.text, placeholders=False)]
    assert not ones, _report(ones, "printed texts say '1' before a plural")


@pytest.mark.parametrize(
    "source", [ts_texts, table_texts], ids=["venueplan_da.ts", "document tables"]
)
def test_every_count_before_a_noun_has_plural_forms(source):
    """'%1 pladser' in a plain message reads '1 pladser'; such a count needs a numerus
    message (tr(..., n)) or the domain's plural table, whose singular says '%n plads'."""
    found = []
    for t in source():
        if t.numerus:
            if t.where.endswith("form 0") and singular_plurals(t.text):
                found.append(f"{t.where}: singular {t.text!r}")
        elif counted_plurals(t.text):
            found.append(f"{t.where}: {t.text!r} ({', '.join(counted_plurals(t.text))})")
    assert not found, _report(found, "counts without plural forms")


def test_formatting_writes_one_and_many_in_the_right_number():
    texts = [t.text for t in formatting_texts()]
    ones = [t for t in texts if counted_plurals(t, placeholders=False)]
    assert not ones, ones
    assert "1 plads" in " ".join(texts) and "40 pladser" in " ".join(texts)


# -- numbers, dates, times and quotation marks ---------------------------------------------------

# Written the Danish way, a full stop between digits is a time (8.45), a short date
# (31.05.2024) or a thousands separator (45.000); anything else is an English decimal.
_DANISH_DOTTED = re.compile(
    r"\d{2}\.\d{2}\.\d{4}"  # 31.05.2024
    r"|(?<![\d.])\d{1,3}(?:\.\d{3})+(?!\d|\.\d)"  # 45.000
    r"|(?<![\d.])(?:[01]?\d|2[0-4])\.[0-5]\d(?!\d|\.\d)"  # 8.45, 08.45, 24.00 (and a full stop)
)


def english_formats(text: str) -> list[str]:
    """ISO dates, 08:45, 4.5 and 45,000 in a Danish text."""
    found = re.findall(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,3}(?:,\d{3})+\b", text)
    rest = _DANISH_DOTTED.sub(" ", text)
    return found + re.findall(r"\d+\.\d+", rest)


def test_english_number_formats_are_told_from_danish_ones():
    assert english_formats("2024-05-31 09:00, 45,000 m, 4.5 km/t, 55.6557") == [
        "2024-05-31",
        "09:00",
        "45,000",
        "4.5",
        "55.6557",
    ]
    assert not english_formats("31.05.2024 kl. 8.45–13.00, 45.000 m, 4,5 km/t, × 1,25, 55,6557")
    assert not english_formats("Ankomst fra kl. 8.45.")


def test_the_danish_documents_write_numbers_dates_and_times_the_danish_way(
    sample_project, tmp_path
):
    texts = list(rendered_texts(sample_project, tmp_path))
    formats = {t.text for t in texts if t.where.endswith(" format")}
    assert formats and all(f.startswith('dd"."mm"."yyyy') for f in formats), formats
    found = [
        f"{t.where}: {t.text!r} {english_formats(t.text)}"
        for t in texts
        if not t.where.endswith(" format") and english_formats(t.text)
    ]
    assert not found, _report(found, "Danish texts with English number formats")


@pytest.mark.parametrize(
    "source",
    [ts_texts, table_texts, formatting_texts],
    ids=["venueplan_da.ts", "document tables", "formatting"],
)
def test_danish_texts_quote_with_danish_quotation_marks(source):
    found = [
        f"{t.where}: {t.text!r}"
        for t in source()
        if re.search(r"[\u201c\u201e\"]", re.sub(r"<[^>]*>", "", t.text))
    ]
    assert not found, _report(found, "Danish texts with English quotation marks (use ”…”)")


def test_the_danish_workbook_gives_arrival_and_catering_times_the_danish_way(
    sample_project, tmp_path
):
    from test_capacity_report import add_kickoff_registrations

    from app.services.excel import write_event_workbook

    kickoff = add_kickoff_registrations(sample_project)
    write_event_workbook(sample_project, kickoff.id, tmp_path / "kickoff.xlsx")
    cells = {t.text for t in workbook_texts(tmp_path / "kickoff.xlsx")}
    assert {"Ankomst", "kl. 8.45", "Morgenkaffe med brød", "08.45", "Fremmødeliste"} <= cells
    assert "Dannet" in " ".join(cells) and "Udskrevet" not in " ".join(cells)


def test_a_double_booking_is_worded_with_a_danish_date_and_times():
    params = {"room": "The room", "title": "Budgetmøde", "date": "2024-05-31"}
    params |= {"start": "09:00", "end": "24:00"}
    assert (
        warning_text("double_booked", params, "da")
        == "Lokalet er også booket til ”Budgetmøde” (31. maj 2024 kl. 9.00–24.00)."
    )
    assert format_number(45000, "da") == "45.000" and format_number(4.5, "da", 1) == "4,5"
    assert format_number(45000, "en") == "45,000"


# -- the Danish window --------------------------------------------------------------------------


@pytest.fixture
def danish_ui(qapp, tmp_path):
    """The window's language set to Danish as Preferences would; English again afterwards."""
    from PySide6.QtCore import QLocale, QSettings

    from app.ui.application import install_translations
    from app.ui.preferences import LANGUAGE_KEY

    before = QLocale()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "da")
    install_translations(qapp, settings)
    yield
    for translator in getattr(qapp, "_venueplan_translators", []):
        qapp.removeTranslator(translator)
    qapp._venueplan_translators = []
    QLocale.setDefault(before)


def test_the_danish_capacity_page_counts_in_danish(qtbot, danish_ui, sample_project):
    from test_capacity_report import add_kickoff_registrations

    from app.ui.capacity_view import CapacityView
    from app.ui.workers import active_workers

    kickoff = add_kickoff_registrations(sample_project)
    kickoff.no_show_rate = 0.1
    room = sample_project.venues.get(kickoff.venue_id).rooms[0]  # 360 seats in café layout
    kickoff.room_id = room.id
    sample_project.events.save(kickoff)
    view = CapacityView(sample_project)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.report_shown, timeout=10000):
        view.set_event(kickoff.id)
    headline = view.headline.text()
    assert "Plads nok" in headline
    assert "42 tilmeldte · 1 på venteliste · 1 afmeldt · 360 pladser, 318 ledige" in headline
    assert "Forventet fremmøde: 38 (ved 10 % udeblivelser)" in headline
    assert "Caféopstilling" in view.subtitle.text()
    catering = view.catering.text()
    assert "08.45 Morgenkaffe med brød</b>: 38 personer" in catering  # after no-shows
    assert "vegetarisk:\u00a01" in catering
    assert view.access.text() == (
        f"Behov for kørestolsplads: 1; kørestolspladser i lokalet: {room.accessible_places}."
    )
    qtbot.waitUntil(lambda: active_workers() == 0)


def test_the_danish_walking_estimate_uses_decimal_commas(
    qtbot, danish_ui, sample_project, tmp_path
):
    from app.services.stops_cache import StopsCache
    from app.ui.nearest_stations_dialog import NearestStationsDialog

    venue = next(v for v in sample_project.venues.all() if v.name == "Egedal Rådhus")
    dialog = NearestStationsDialog(StopsCache(tmp_path / "stops"), venue)
    qtbot.addWidget(dialog)
    assert "luftlinje × 1,25 for veje og stier ved 4,5 km/t" in dialog.note.text()


def test_the_danish_pdfs_use_the_glossary_and_danish_formats(qapp, sample_project, tmp_path):
    """The handout of every event with a venue, every invitation, and the kickoff's
    participant list, sign-in sheet and name tags, as poppler reads them."""
    from test_capacity_report import add_kickoff_registrations
    from test_handout import pdf_text

    from app.services.document_pdf import write_pdf
    from app.services.handout_pdf import handout_for
    from app.services.invitation_pdf import invitation_for
    from app.services.name_tags import name_tags_for
    from app.services.participant_list import participant_list_for

    kickoff = add_kickoff_registrations(sample_project)
    documents = {
        f"handout of event {e.id}": handout_for(sample_project, e.id, "da")
        for e in sample_project.events.all()
        if e.venue_id
    }
    documents["participant list"] = participant_list_for(sample_project, kickoff.id, False, "da")
    documents["sign-in sheet"] = participant_list_for(sample_project, kickoff.id, True, "da")
    documents["name tags"] = name_tags_for(sample_project, kickoff.id, lang="da")
    for event in sample_project.events.all():
        documents[f"invitation of event {event.id}"] = invitation_for(
            sample_project, event.id, "da"
        )
    problems = []
    for name, document in documents.items():
        path = tmp_path / f"{name}.pdf"
        write_pdf(document, path)
        text = pdf_text(path)
        problems += [f"{name}: {term}" for term in retired_terms(text)]
        problems += [f"{name}: {found}" for found in english_formats(text)]
        problems += [f"{name}: {found}" for found in counted_plurals(text, placeholders=False)]
    assert "FREMMØDELISTE" in pdf_text(tmp_path / "sign-in sheet.pdf")
    assert not problems, _report(problems, "problems in the Danish PDFs")
