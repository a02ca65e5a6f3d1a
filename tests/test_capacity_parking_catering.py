"""Parking demand against guest spaces, and catering counts with dietary needs by kind."""

import datetime as dt

import pytest

from app.domain import (
    CateringItem,
    Event,
    GuestParking,
    ParkingZone,
    Registration,
    RegistrationStatus,
    Venue,
)
from app.domain.catering import catering_counts, diet_kinds, dietary_tally
from app.domain.parking_demand import parking_demand

W = RegistrationStatus.WAITLISTED


def venue(*zones):
    return Venue(name="V", parking_zones=list(zones))


def cars(n, **kw):
    return [Registration(by_car=True, **kw) for _ in range(n)]


def test_cars_against_guest_zones_with_permit_zones_apart():
    v = venue(
        ParkingZone(guests=GuestParking.YES, spaces=20, accessible_spaces=2),
        ParkingZone(guests=GuestParking.YES, spaces=5),
        ParkingZone(guests=GuestParking.PERMIT, spaces=30, accessible_spaces=1),
        ParkingZone(guests=GuestParking.NO, spaces=100),
    )
    demand = parking_demand(v, cars(25) + [Registration(), Registration(by_car=True, status=W)])
    assert (demand.cars, demand.guest.known, demand.guest.accessible_spaces) == (25, 25, 2)
    assert (demand.permit.zones, demand.permit.known) == (1, 30)
    assert demand.status == "ok"  # exactly full
    assert parking_demand(v, cars(26)).status == "short"
    assert parking_demand(v, cars(26)).cars_short == 1


def test_accessible_parking_counts_as_a_car_and_against_accessible_spaces():
    v = venue(ParkingZone(guests=GuestParking.YES, spaces=10, accessible_spaces=1))
    regs = [
        Registration(accessible_parking=True),
        Registration(accessible_parking=True, by_car=True),
    ]
    demand = parking_demand(v, regs)
    assert (demand.cars, demand.accessible, demand.accessible_short) == (2, 2, 1)


def test_unknown_spaces_are_unknown_not_zero():
    v = venue(
        ParkingZone(guests=GuestParking.YES, spaces=None),
        ParkingZone(guests=GuestParking.YES, spaces=4),
    )
    demand = parking_demand(v, cars(6))
    assert demand.guest.known == 4 and demand.guest.zones_without_count == 1
    assert demand.status == "unknown"  # the uncounted zone may hold the other two
    only_unknown = parking_demand(venue(ParkingZone(guests=GuestParking.YES)), cars(1))
    assert only_unknown.guest.known is None and only_unknown.status == "unknown"


@pytest.mark.parametrize(
    "zones, status",
    [
        ((), "not_entered"),
        ((ParkingZone(guests=GuestParking.NO, spaces=50),), "none"),
        ((ParkingZone(guests=GuestParking.PERMIT, spaces=50),), "none"),
    ],
)
def test_no_guest_parking(zones, status):
    assert parking_demand(venue(*zones), cars(1)).status == status
    assert parking_demand(venue(*zones), []).status == "ok"  # nobody comes by car


def test_no_venue_means_no_spaces():
    demand = parking_demand(None, cars(2))
    assert demand.guest.zones == 0 and demand.status == "not_entered"


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("vegetar", {"vegetarian"}),
        ("vegetarian", {"vegetarian"}),
        ("Vegetarisk", {"vegetarian"}),
        ("VEGETARIANER", {"vegetarian"}),
        ("veggie", {"vegetarian"}),
        ("Veganer", {"vegan"}),
        ("vegansk - ingen mælk", {"vegan"}),
        ("Glutenfri", {"gluten_free"}),
        ("cøliaki", {"gluten_free"}),
        ("laktosefri", {"lactose_free"}),
        ("lakto-ovo vegetar", {"vegetarian"}),
        ("nøddeallergi", {"nut_allergy"}),
        ("allergic to nuts", {"nut_allergy"}),
        ("Vegetar, glutenfri", {"vegetarian", "gluten_free"}),
        ("halal", {"halal"}),
        ("Spiser ikke svinekød", {"no_pork"}),
        ("pescetar", {"pescetarian"}),
        ("skaldyrsallergi", {"shellfish_allergy"}),
        ("diabetiker", {"diabetic"}),
        ("allergisk over selleri", {"other"}),
        ("Det er nødvendigt med en stol", {"other"}),
        ("nej", set()),
        ("Ingen", set()),
        ("", set()),
        ("-", set()),
    ],
)
def test_free_text_diets_become_kinds(text, kinds):
    assert diet_kinds(text) == kinds


def test_catering_counts_per_item_without_names():
    event = Event(
        no_show_rate=0.1,
        catering=[
            CateringItem(name="Morgenkaffe med brød", time=dt.time(8, 45)),
            CateringItem(name="Frokost", time=dt.time(12, 30)),
        ],
    )
    regs = [
        Registration(first_name="Anna", dietary=d)
        for d in (
            "vegetar",
            "Vegetarisk",
            "vegetarian",
            "glutenfri",
            "Vegetar, glutenfri",
            "",
            "nej",
            "allergisk over selleri",
            "Allergisk over  selleri.",
        )
    ]
    regs += [
        Registration(first_name="Bo", dietary="vegan", status=W),
        Registration(dietary="halal", status=RegistrationStatus.CANCELLED),
    ]
    morning, lunch = catering_counts(event, regs)
    assert (morning.item.name, morning.registered, morning.count) == ("Morgenkaffe med brød", 9, 9)
    assert morning.dietary == {"vegetarian": 4, "gluten_free": 2, "other": 2}
    assert morning.other_notes == {"Allergisk over selleri": 2}
    assert lunch.dietary == morning.dietary
    assert "Anna" not in repr(morning.dietary) + repr(morning.other_notes)


def test_catering_count_applies_the_no_show_rate():
    event = Event(no_show_rate=0.2, catering=[CateringItem(name="Frokost")])
    (lunch,) = catering_counts(event, [Registration() for _ in range(11)])
    assert (lunch.registered, lunch.count) == (11, 9)  # 8.8 rounds up


def test_dietary_kinds_keep_a_fixed_order():
    kinds, _ = dietary_tally([Registration(dietary=d) for d in ("halal", "glutenfri", "vegan")])
    assert list(kinds) == ["vegan", "gluten_free", "halal"]
