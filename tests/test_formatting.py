"""Dates, times, transit and parking sentences as they appear in Danish and English documents."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.collation import danish_key
from app.domain.directions import build_directions, directions_text
from app.domain.enums import GuestParking, TransitMode
from app.domain.event import Event
from app.domain.formatting import (
    format_date,
    format_phone,
    format_when,
    parking_rule,
    transit_sentence,
    walking_sentence,
)
from app.domain.venue import ParkingZone, TransitOption, Venue

APRIL_30 = dt.date(2024, 4, 30)


def test_event_time_in_both_languages():
    assert (
        format_when(APRIL_30, dt.time(16), dt.time(18, 30), "da")
        == "tirsdag den 30. april 2024 kl. 16.00\u201318.30"
    )
    assert (
        format_when(APRIL_30, dt.time(16), dt.time(18, 30), "en")
        == "Tuesday 30 April 2024, 16:00\u201318:30"
    )
    # Morning hours: no leading zero in Danish, 24-hour with zero in English.
    assert (
        format_when(dt.date(2024, 5, 31), dt.time(9), dt.time(13), "da")
        == "fredag den 31. maj 2024 kl. 9.00\u201313.00"
    )
    assert format_when(dt.date(2024, 5, 31), dt.time(9), None, "en") == "Friday 31 May 2024, 09:00"
    assert format_when(dt.date(2016, 2, 4), None, None, "da") == "torsdag den 4. februar 2016"
    assert format_when(None, None, None, "en") == "Date not set"


@pytest.mark.parametrize(
    "day, da, en",
    [
        (dt.date(2024, 1, 1), "mandag den 1. januar 2024", "Monday 1 January 2024"),
        (dt.date(2025, 12, 28), "søndag den 28. december 2025", "Sunday 28 December 2025"),
        (dt.date(2026, 4, 15), "onsdag den 15. april 2026", "Wednesday 15 April 2026"),
    ],
)
def test_dates_name_every_weekday_and_month(day, da, en):
    assert format_date(day, "da") == da
    assert format_date(day, "en") == en


def test_transit_sentence_per_mode():
    s_train = TransitOption(
        mode=TransitMode.S_TRAIN, line="C", direction="Frederikssund", stop_name="Egedal st."
    )
    assert (
        transit_sentence(s_train, "da")
        == "Tag toget: S-togslinje C mod Frederikssund stopper på Egedal st."
    )
    assert (
        transit_sentence(s_train, "en")
        == "Take the train: S-train line C towards Frederikssund stops at Egedal st."
    )
    bus = TransitOption(
        mode=TransitMode.BUS, line="150S", direction="Kokkedal", stop_name="Lyngby St."
    )
    assert (
        transit_sentence(bus, "da")
        == "Tag bussen: Buslinje 150S mod Kokkedal stopper ved Lyngby St."
    )
    assert (
        transit_sentence(bus, "en")
        == "Take the bus: Bus line 150S towards Kokkedal stops at Lyngby St."
    )
    metro = TransitOption(mode=TransitMode.METRO, line="M3", stop_name="Rådhuspladsen")
    assert transit_sentence(metro, "da") == "Tag metroen: Metrolinje M3 stopper på Rådhuspladsen."
    assert transit_sentence(metro, "en") == "Take the metro: Metro line M3 stops at Rådhuspladsen."
    for mode in TransitMode:  # every mode has both languages
        option = TransitOption(mode=mode, stop_name="X")
        assert transit_sentence(option, "da").endswith("X.")
        assert transit_sentence(option, "en").endswith("X.")


def test_walking_sentence_prefers_what_the_coordinator_wrote():
    note = TransitOption(walking_note="Herfra kan du gå på få minutter til Egedal Rådhus.")
    assert (
        walking_sentence(note, "Egedal Rådhus", "da", estimated_minutes=4)
        == "Herfra kan du gå på få minutter til Egedal Rådhus."
    )
    # An English document: the Danish note once, with no generated sentence beside it...
    assert (
        walking_sentence(note, "Egedal Rådhus", "en", estimated_minutes=4)
        == "Herfra kan du gå på få minutter til Egedal Rådhus."
    )
    # ...or the coordinator's English version of it when there is one.
    note.walking_note_en = "From here it is a short walk to Egedal Rådhus."
    assert (
        walking_sentence(note, "Egedal Rådhus", "en", estimated_minutes=4)
        == "From here it is a short walk to Egedal Rådhus."
    )
    assert walking_sentence(note, "Egedal Rådhus", "da").startswith("Herfra")
    assert (
        walking_sentence(TransitOption(), "Egedal Rådhus", "en", estimated_minutes=4)
        == "From here it is roughly a 4-minute walk to Egedal Rådhus."
    )
    minutes = TransitOption(walking_minutes=1)
    assert (
        walking_sentence(minutes, "Gate21", "da") == "Herfra er der ca. 1 minuts gang til Gate21."
    )
    assert (
        walking_sentence(minutes, "Gate21", "en")
        == "From here it is about a 1-minute walk to Gate21."
    )
    assert "omkring 5 minutters" in walking_sentence(TransitOption(), "Gate21", "da", 5)
    assert walking_sentence(TransitOption(), "Gate21", "en") == ""


def _gate21_zones():
    return [
        ParkingZone(name="Langs bygningerne", colour="blue", guests=GuestParking.YES),
        ParkingZone(name="Gul zone bag gymnasiet", colour="yellow", guests=GuestParking.YES),
        ParkingZone(name="Øvrige zoner", colour="grey", guests=GuestParking.NO),
    ]


def test_parking_rule_names_allowed_and_forbidden_zones():
    assert parking_rule(_gate21_zones(), "da") == [
        "Kun blå og gul zone må anvendes.",
        "Grå zone må ikke anvendes.",
    ]
    assert parking_rule(_gate21_zones(), "en") == [
        "Only the blue and yellow zones may be used.",
        "The grey zone may not be used.",
    ]
    only_yellow = [
        ParkingZone(colour="Gul", guests=GuestParking.YES),
        ParkingZone(colour="grå", guests=GuestParking.NO),
    ]
    assert parking_rule(only_yellow, "da")[0] == "Kun gul zone må anvendes."
    assert parking_rule(only_yellow, "en")[0] == "Only the yellow zone may be used."


def test_parking_rule_without_restrictions_permits_and_names():
    assert parking_rule([ParkingZone(colour="blue")], "da") == ["Du kan parkere i blå zone."]
    assert parking_rule([ParkingZone(colour="blue")], "en") == ["You can park in the blue zone."]
    mixed = [
        ParkingZone(name="P-kælderen", guests=GuestParking.YES),
        ParkingZone(colour="red", guests=GuestParking.PERMIT),
    ]
    assert parking_rule(mixed, "da") == [
        "Kun P-kælderen må anvendes.",
        "Rød zone kræver parkeringstilladelse.",
    ]
    assert parking_rule(mixed, "en") == [
        "Only P-kælderen may be used.",
        "The red zone requires a parking permit.",
    ]
    assert parking_rule([ParkingZone(colour="grey", guests=GuestParking.NO)], "en") == [
        "There is no parking for guests at the venue.",
        "The grey zone may not be used.",
    ]
    assert parking_rule([], "da") == []


def test_phone_numbers_and_danish_order():
    assert format_phone("25450946") == "25 45 09 46"
    assert format_phone("+4525450946") == "+45 25 45 09 46"
    assert format_phone("0046 8 123 456") == "0046 8 123 456"
    names = ["Åse", "Zacharias", "Ærø", "Østergaard", "Anders", "Ødum"]
    assert sorted(names, key=danish_key) == [
        "Anders",
        "Zacharias",
        "Ærø",
        "Ødum",
        "Østergaard",
        "Åse",
    ]


def test_directions_text_without_a_venue_says_only_what_is_known():
    event = Event(title="Dialogmøde", date=dt.date(2016, 2, 4), organiser="KKR Hovedstaden")
    text = directions_text(build_directions(event, None, "da"))
    assert (
        text
        == "Dialogmøde\ntorsdag den 4. februar 2016\n\nTILMELDING OG KONTAKT\nArrangør: KKR Hovedstaden"
    )
    text = directions_text(build_directions(event, None, "en"))
    assert "venue" not in text and "Organiser: KKR Hovedstaden" in text


def test_directions_of_a_venue_without_step_free_information():
    venue = Venue(name="Hal", street="Vej 1", postal_code="1000", city="København K")
    event = Event(title="Møde", date=APRIL_30, language="en")
    d = build_directions(event, venue)  # the event's own language
    assert d.lang == "en"
    assert "Step-free access has not been confirmed" in d.accessibility[0]
    assert d.address == "Vej 1, 1000 København K"
