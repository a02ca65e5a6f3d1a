"""What the app writes and shows, with hostile text in every field: workbooks hold no formula,
maps show no markup, PDFs print the markup as the letters that were typed."""

from __future__ import annotations

import datetime as dt
import html
import re
import zipfile
from collections.abc import Callable

import openpyxl
import pytest
from pypdf import PdfReader
from test_excel_event_workbook import all_text
from test_handout import pdf_text

from app.domain import Registration
from app.domain.event import CateringItem, InviteeGroup, Signatory, Speaker
from app.services.document_pdf import write_pdf
from app.services.excel import write_catalogue_workbook, write_event_workbook, write_events_workbook
from app.services.excel.safe_cell import clean_text
from app.services.handout_pdf import handout_for
from app.services.map_export import project_map, write_page
from app.services.map_html import PageOptions, event_map_html, overview_map_html
from app.services.name_tags import name_tags_for
from app.services.participant_list import participant_list_for

EVENT_ID = 1  # the Egedal dialogue meeting: a venue with a room, a stop, a zone, an entrance
FORMULAS = [
    '=HYPERLINK("http://evil.example","Klik {}")',
    "+45 1 {}",
    "-2+3 {}",
    "@SUM(A1:A9) {}",
    "\t=1+1 {}",
    # A control character in front is removed by the cleaning a cell needs; the guard must
    # judge the text after that cleaning (U+0001 arrives from an .xlsx as `_x0001_`).
    '\x01=HYPERLINK("http://evil.example","C1") {}',
    "\x1b=2+3 {}",
    "\x08\x0e+45 1 {}",
]
RISKY = ("=", "+", "-", "@", "\t")
SCRIPTS = ["<img src=x onerror=alert(1)> {}", "</script><script>alert(3)</script> {}"]
MARKUP = ['<b>Fed</b> <img src="file:///etc/hostname"> {}', "&amp; <i>x</i> {}"]


def fill_every_field(project, make: Callable[[int, str], str]) -> dict[str, str]:
    """Puts make(n, tag) into every text field a user or an import fills for the event, its
    venue, room, stop, zone and entrance, and one registration; returns tag -> text."""
    texts: dict[str, str] = {}

    def put(obj, attr: str, tag: str) -> str:
        texts[tag] = make(len(texts), tag)
        setattr(obj, attr, texts[tag])
        return texts[tag]

    event = project.events.get(EVENT_ID)
    venue = project.venues.get(event.venue_id)
    for attr in ("name", "street", "city", "notes", "contact_name"):
        put(venue, attr, f"venue {attr}")
    room = venue.room_by_id(event.room_id)
    put(room, "name", "room name")
    put(room, "notes", "room notes")
    stop, zone, entrance = venue.transit_options[0], venue.parking_zones[0], venue.entrances[0]
    for attr in ("line", "direction", "stop_name", "walking_note"):
        put(stop, attr, f"transit {attr}")
    stop.steps = [make(len(texts), "transit step")]
    texts["transit step"] = stop.steps[0]
    for obj, what in ((zone, "zone"), (entrance, "entrance")):
        put(obj, "name", f"{what} name")
        put(obj, "notes", f"{what} notes")
    project.venues.save(venue)

    for attr in ("title", "organiser", "description", "registration_url"):
        put(event, attr, f"event {attr}")
    item = event.programme[0]
    put(item, "title", "programme title")
    item.speakers = [Speaker(), Speaker()]
    put(item.speakers[0], "name", "speaker name")
    put(item.speakers[1], "role", "speaker role")
    item.speakers[1].name = "Anne Hansen"
    event.catering = [CateringItem(time=dt.time(16, 0)), CateringItem()]
    put(event.catering[0], "name", "catering name")
    put(event.catering[1], "notes", "catering notes")
    event.catering[1].name = "Kaffe"
    event.signatories = [Signatory()]
    put(event.signatories[0], "name", "signatory name")
    event.invitee_groups = [InviteeGroup(quota_per_organisation=3)]
    put(event.invitee_groups[0], "name", "group")
    project.events.save(event)

    person = Registration(
        event_id=EVENT_ID, email="imported@example.dk", registered_at=dt.datetime(2024, 4, 2, 9, 30)
    )
    for attr in ("full_name", "organisation", "role", "comment", "dietary", "accessibility"):
        put(person, attr, f"registration {attr}")
    person.invitee_group = texts["group"]
    project.registrations.add_many([person])
    return texts


# --- a. formula injection, in every workbook -------------------------------------------------


def _formula(n: int, tag: str) -> str:
    return FORMULAS[n % len(FORMULAS)].format(tag)


VENUE_TAGS = {
    "venue name",
    "venue street",
    "venue city",
    "venue notes",
    "room name",
    "room notes",
    "transit line",
    "transit direction",
    "transit stop_name",
    "transit walking_note",
    "transit step",
    "zone name",
    "zone notes",
    "entrance name",
    "entrance notes",
    "venue contact_name",
}
EVENT_TAGS = {
    "event title",
    "event organiser",
    "event description",
    "event registration_url",
    "programme title",
    "speaker name",
    "speaker role",
    "catering name",
    "signatory name",
    "group",
}
PERSON_TAGS = {"registration full_name", "registration organisation", "registration role"}
NEEDS_TAGS = {"registration comment", "registration dietary", "registration accessibility"}
# Which texts each workbook shows: the event workbook has the venue's facts but not its notes,
# the one for sharing has needs only as counts, the overviews have one line per record.
WORKBOOKS = {
    "event full": (
        lambda p, path: write_event_workbook(p, EVENT_ID, path),
        VENUE_TAGS - {"venue notes", "room notes"} | EVENT_TAGS | PERSON_TAGS | NEEDS_TAGS,
    ),
    "event for sharing": (
        lambda p, path: write_event_workbook(p, EVENT_ID, path, sensitive=False),
        VENUE_TAGS - {"venue notes", "room notes"} | EVENT_TAGS | PERSON_TAGS,
    ),
    "venue catalogue": (write_catalogue_workbook, VENUE_TAGS),
    "events overview": (
        write_events_workbook,
        {"event title", "event organiser", "venue name", "room name"},
    ),
}


@pytest.mark.parametrize("workbook", list(WORKBOOKS))
def test_every_workbook_keeps_hostile_text_as_quoted_text(sample_project, tmp_path, workbook):
    texts = fill_every_field(sample_project, _formula)
    write, shown = WORKBOOKS[workbook]
    path = tmp_path / "book.xlsx"
    write(sample_project, path)
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and not any(re.search(rb"<f[ >]", z.read(n)) for n in sheets)
    book = openpyxl.load_workbook(path)
    risky = [
        c
        for ws in book
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith(RISKY)
    ]
    assert risky
    unquoted = [
        (c.parent.title, c.coordinate, c.value)
        for c in risky
        if c.data_type != "s" or not c.quotePrefix
    ]
    assert unquoted == []
    seen = all_text(path)
    # A leading tab may be trimmed and control characters are dropped; the rest of the text
    # is shown as typed.
    assert sorted(tag for tag in shown if clean_text(texts[tag]).strip() not in seen) == []


# --- b. markup in every map ------------------------------------------------------------------


def _script(n: int, tag: str) -> str:
    return SCRIPTS[n % len(SCRIPTS)].format(tag)


def _as_json(text: str) -> str:
    """`text` as the page carries it: in a JSON string with <, > and & as \\u escapes."""
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace('"', '\\"')
    )


def _assert_inert(page: str, texts: dict[str, str], shown: set[str]) -> None:
    assert "<img src=x" not in page and "alert(3)</script>" not in page
    assert "<script>alert" not in page
    assert sorted(tag for tag in shown if _as_json(texts[tag]) not in page) == []


MAP_TAGS = {
    "venue name",
    "entrance name",
    "entrance notes",
    "transit stop_name",
    "transit line",
    "transit direction",
    "transit walking_note",
    "zone name",
    "zone notes",
}


def test_event_and_overview_maps_in_the_app_show_no_markup(sample_project):
    texts = fill_every_field(sample_project, _script)
    event = sample_project.events.get(EVENT_ID)
    venue = sample_project.venues.get(event.venue_id)
    options = PageOptions(bridge=True, editable=True)
    page = event_map_html(event, venue, options)
    _assert_inert(page, texts, MAP_TAGS | {"event title"})
    assert f"<title>{html.escape(texts['event title'])}</title>" in page
    overview = overview_map_html(sample_project.venues.all(), options)
    _assert_inert(overview, texts, {"venue name", "venue city"})


@pytest.mark.parametrize("what", ["event", "venue", "all venues"])
def test_exported_maps_show_no_markup(sample_project, tmp_path, what):
    texts = fill_every_field(sample_project, _script)
    venue_id = sample_project.events.get(EVENT_ID).venue_id
    exported = project_map(
        sample_project,
        event_id=EVENT_ID if what == "event" else None,
        venue_id=venue_id if what == "venue" else None,
        all_venues=what == "all venues",
    )
    path = tmp_path / "map.html"
    write_page(path, exported.html)
    shown = {
        "event": MAP_TAGS | {"event title"},
        "venue": MAP_TAGS,
        "all venues": {"venue name", "venue city"},
    }[what]
    _assert_inert(path.read_text(encoding="utf-8"), texts, shown)


# --- c. markup in every PDF ------------------------------------------------------------------


def _markup(n: int, tag: str) -> str:
    return MARKUP[n % len(MARKUP)].format(tag)


HANDOUT_TAGS = {
    "event title",
    "event organiser",
    "event registration_url",
    "venue name",
    "venue street",
    "venue city",
    "room name",
    "transit line",
    "transit direction",
    "transit stop_name",
    "transit walking_note",
    "transit step",
    "zone name",
    "zone notes",
    "entrance name",
}
DOCUMENTS = {
    "handout": (lambda p: handout_for(p, EVENT_ID), HANDOUT_TAGS),
    "name tags": (lambda p: name_tags_for(p, EVENT_ID), PERSON_TAGS),
    # The lists' "room, venue" line shrinks, then ends in "…" at the page's edge: with the
    # long tagged texts only the room is whole.
    "participant list": (
        lambda p: participant_list_for(p, EVENT_ID, sign_in=False),
        PERSON_TAGS | {"event title", "group", "room name", "event organiser"},
    ),
    "sign-in sheet": (
        lambda p: participant_list_for(p, EVENT_ID),
        PERSON_TAGS | {"event title", "room name"},
    ),
}


@pytest.mark.parametrize("document", list(DOCUMENTS))
def test_every_pdf_prints_markup_as_typed(qapp, sample_project, tmp_path, document):
    texts = fill_every_field(sample_project, _markup)
    make, shown = DOCUMENTS[document]
    path = tmp_path / "document.pdf"
    write_pdf(make(sample_project), path)
    # Qt may break a line after the "/" of a URL: compare without the white space.
    text = re.sub(r"\s", "", pdf_text(path))
    assert sorted(tag for tag in shown if re.sub(r"\s", "", texts[tag]) not in text) == []
    # Nothing was fetched for the <img>: the PDF holds no image but the handout's own map.
    images = sum(len(page.images) for page in PdfReader(path).pages)
    assert images <= (1 if document == "handout" else 0)
