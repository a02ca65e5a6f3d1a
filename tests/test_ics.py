"""The calendar invite parses with a real iCalendar parser and carries the right local times."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest

from app.domain.event import Event
from app.services.calendar_invite import (
    CalendarError,
    escape_text,
    event_ics,
    fold,
    write_event_ics,
)

CPH = ZoneInfo("Europe/Copenhagen")


def parse(text: str) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(text.encode("utf-8"))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return events[0]


def test_summer_event_in_copenhagen_time(sample_project, tmp_path):
    path = tmp_path / "event1.ics"
    text = write_event_ics(sample_project, 1, path, project_name="sample")
    assert path.read_bytes().decode("utf-8") == text
    vevent = parse(text)
    start, end = vevent["DTSTART"].dt, vevent["DTEND"].dt
    assert (start.year, start.month, start.day, start.hour, start.minute) == (2024, 4, 30, 16, 0)
    assert (end.hour, end.minute) == (18, 30)
    # 16:00 in Copenhagen in April is summer time, 14:00 UTC.
    assert start.utcoffset() == dt.timedelta(hours=2)
    assert start.astimezone(dt.UTC).hour == 14
    assert start == dt.datetime(2024, 4, 30, 16, 0, tzinfo=CPH)
    assert str(vevent["SUMMARY"]) == "Politisk dialogmøde om det specialiserede socialområde"
    assert (
        str(vevent["LOCATION"])
        == "Byrådssalen, Egedal Rådhus, Dronning Dagmars Vej 200, 3650 Ølstykke"
    )
    description = str(vevent["DESCRIPTION"])
    assert "Tag toget: S-togslinje C mod Frederikssund stopper på Egedal st." in description
    assert "Du kan parkere i P-pladserne ved rådhuset." in description
    assert "Tilmelding senest mandag den 15. april 2024." in description
    assert vevent["GEO"].latitude == pytest.approx(55.7733)
    calendar = icalendar.Calendar.from_ical(text.encode("utf-8"))
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Copenhagen"]


def test_winter_time_and_english(sample_project):
    event = sample_project.events.get(5)
    event.date = dt.date(2024, 11, 29)  # after the clocks went back
    text = event_ics(event, sample_project.venues.get(4), "en")
    vevent = parse(text)
    assert vevent["DTSTART"].dt.utcoffset() == dt.timedelta(hours=1)
    assert vevent["DTSTART"].dt.hour == 9 and vevent["DTEND"].dt.hour == 13
    description = str(vevent["DESCRIPTION"])
    assert "Doors open at 08:45." in description
    assert "Register by e-mail to posk@greve.dk." in description


def test_gate21_parking_rule_and_steps_survive_escaping(sample_project):
    event = sample_project.events.get(3)
    vevent = parse(event_ics(event, sample_project.venues.get(2)))
    description = str(vevent["DESCRIPTION"])
    assert (
        "Kun P-pladserne ved Gate21 og Next Vestskoven Gymnasium og gul zone må anvendes.\n"
        "Øvrige P-pladser bag Next Vestskoven Gymnasium må ikke anvendes."
    ) in description
    assert "1. Drej til højre, når du kommer ned ad trappen." in description
    assert vevent["DTSTART"].dt == dt.datetime(2026, 5, 4, 15, 30, tzinfo=CPH)


def test_event_without_time_is_a_whole_day_and_without_date_is_refused(sample_project):
    event = sample_project.events.get(2)  # 2016: a date, no time, no venue
    vevent = parse(event_ics(event, None))
    assert vevent["DTSTART"].dt == dt.date(2016, 2, 4)
    assert vevent["DTEND"].dt == dt.date(2016, 2, 5)
    assert "LOCATION" not in vevent
    # Only what is known reaches the participant: no note about the missing venue, no
    # data-entry remark of the sample's source document.
    description = str(vevent["DESCRIPTION"])
    assert "Udviklingsstrategi 2016." in description
    for unknown in ("ikke fastlagt", "nævner intet mødested", "ikke angivet"):
        assert unknown not in description
    with pytest.raises(CalendarError, match="has no date"):
        event_ics(Event(id=9, title="Udateret"), None)


def test_lines_are_crlf_and_folded_at_75_octets_without_splitting_letters(sample_project):
    event = sample_project.events.get(3)
    event.title = "Temamøde " + "æøå" * 60
    text = event_ics(event, sample_project.venues.get(2))
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert str(parse(text)["SUMMARY"]) == event.title


def test_uid_is_stable_and_per_project(sample_project):
    event = sample_project.events.get(1)
    first = parse(event_ics(event, None, project_name="a"))["UID"]
    event.date = dt.date(2024, 5, 2)  # moved: same calendar entry
    assert parse(event_ics(event, None, project_name="a"))["UID"] == first
    assert parse(event_ics(event, None, project_name="b"))["UID"] != first


def test_escaping_and_folding_rules():
    assert escape_text("a,b;c\\d\r\ne") == "a\\,b\\;c\\\\d\\ne"
    assert fold("X" * 75) == "X" * 75
    assert fold("X" * 76) == "X" * 75 + "\r\n X"
    folded = fold("D:" + "ø" * 50)
    assert all(len(p.encode("utf-8")) <= 75 for p in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "D:" + "ø" * 50
