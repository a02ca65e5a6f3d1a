"""Where a venue map opens before the venue has coordinates (no window needed)."""

from app.domain import Venue
from app.domain.map_focus import AREA_ZOOM, TOWN_ZOOM, MapFocus, map_focus


def test_a_placed_venue_needs_no_focus():
    assert map_focus(Venue(name="A", latitude=55.0, longitude=12.0), []) is None


def test_another_venue_in_the_same_town_gives_the_town():
    known = Venue(
        id=1, name="Rådhus", postal_code="2630", city="Taastrup", latitude=55.65, longitude=12.30
    )
    new = Venue(id=2, name="Kulturhus", postal_code="2630", city="Taastrup")
    assert map_focus(new, [known, new]) == MapFocus(55.65, 12.30, TOWN_ZOOM)
    by_city = Venue(id=3, name="Skole", city="taastrup")
    assert map_focus(by_city, [known]) == MapFocus(55.65, 12.30, TOWN_ZOOM)


def test_a_danish_postal_code_alone_gives_its_part_of_the_country():
    focus = map_focus(Venue(name="Ny", postal_code="9000", city="Aalborg"), [])
    assert focus is not None and focus.zoom == AREA_ZOOM and focus.latitude > 56.8
    assert map_focus(Venue(name="Ny", postal_code="3700"), []).longitude > 14.5  # Bornholm
    assert map_focus(Venue(name="Abroad", postal_code="2100", country="SE"), []) is None
    assert map_focus(Venue(name="Nothing known"), []) is None
