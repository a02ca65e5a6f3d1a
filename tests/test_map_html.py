"""Map pages as HTML (no web engine): local assets only, escaped text, tiles, colours, features."""

import copy
import re

import folium.folium
import pytest

from app.domain import Event, Language, ParkingZone, Venue
from app.services import map_assets
from app.services.map_features import (
    DEFAULT_ZONE_COLOUR,
    TileSource,
    event_features,
    overview_features,
    venue_features,
    zone_colour,
)
from app.services.map_html import (
    PageOptions,
    event_map_html,
    overview_map_html,
    safe_attribution,
    venue_map_html,
)
from app.services.map_text import MapText, texts_for

CDN_HOSTS = (
    "jsdelivr",
    "cdnjs",
    "code.jquery",
    "bootstrapcdn",
    "fontawesome",
    "unpkg",
    "googleapis",
    "cloudflare",
)


@pytest.fixture
def gate21(sample_project) -> Venue:
    return next(v for v in sample_project.venues.all() if v.name == "Gate21")


def test_leaflet_and_jquery_are_the_versions_folium_expects():
    report = map_assets.version_report()
    assert report["leaflet"] == {"installed": "1.9.3", "folium": "1.9.3"}
    assert report["jquery"] == {"installed": "3.7.1", "folium": "3.7.1"}
    assert map_assets.version_mismatches() == []
    assert all(asset.path.is_file() for asset in map_assets.assets())


def test_app_page_loads_only_local_files_and_qt_resources(gate21):
    page = venue_map_html(gate21, PageOptions(bridge=True, editable=True))
    sources = re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', page)
    assert len(sources) == 6
    assert all(s.startswith(("file:///", "qrc:///")) for s in sources)
    assert "qrc:///qtwebchannel/qwebchannel.js" in sources
    assert not any(host in page for host in CDN_HOSTS)
    # folium's own defaults (Bootstrap, awesome-markers) are not in the page either.
    assert "bootstrap" not in page.lower() and "awesome" not in page.lower()
    assert folium.folium._default_js[0][0] == "leaflet"  # folium's shared lists untouched


def test_exported_page_needs_no_other_file(gate21):
    page = venue_map_html(gate21, PageOptions(inline=True))
    assert re.findall(r"<(?:script|link)[^>]*(?:src|href)=", page) == []
    assert "Leaflet 1.9.3" in page and "jQuery v3.7.1" in page
    assert "file:///" not in page.replace("file: ", "")
    assert not any(host in page for host in CDN_HOSTS)
    assert "qwebchannel" not in page


def test_user_text_reaches_the_page_only_as_escaped_json(gate21):
    venue = copy.deepcopy(gate21)
    venue.name = "<img src=x onerror=alert(1)>"
    venue.parking_zones[0].name = "`${alert(2)}` </script><script>alert(3)</script>"
    page = venue_map_html(venue, PageOptions())
    assert "<img src=x" not in page
    assert "</script><script>alert(3)" not in page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    assert "<title>&lt;img src=x onerror=alert(1)&gt;</title>" in page
    # Each time the zone's name appears, it opens a JSON string (never a JS template string).
    before = re.findall(r"(.)`\$\{alert\(2\)\}", page)
    assert before and set(before) == {'"'}


def test_zone_colours_come_only_from_known_names_or_hex():
    assert zone_colour("yellow") == zone_colour("Gul") == "#f2c200"
    assert zone_colour("grå") == zone_colour("grey") == "#8a8f98"
    assert zone_colour("#A0B0C0") == "#a0b0c0"
    assert zone_colour("red; background: url(x)") == DEFAULT_ZONE_COLOUR
    assert zone_colour("") == DEFAULT_ZONE_COLOUR


def test_tile_url_and_attribution_are_parameters(gate21):
    tiles = TileSource(
        url="https://{s}.tiles.example.dk/{z}/{x}/{y}.png",
        attribution='Kort: <a href="https://example.dk/">Eksempel</a> '
        '<script>alert(1)</script><a href="javascript:x()">y</a>',
        max_zoom=18,
    )
    page = venue_map_html(gate21, PageOptions(tiles=tiles))
    assert "https://{s}.tiles.example.dk/{z}/{x}/{y}.png" in page
    assert "tile.openstreetmap.org" not in page
    assert "img-src data: blob: file: https://*.tiles.example.dk;" in page
    assert (
        safe_attribution(tiles.attribution)
        == 'Kort: <a href="https://example.dk/">Eksempel</a> alert(1)y'
    )
    no_tiles = venue_map_html(gate21, PageOptions(tiles=None))
    assert "L.tileLayer" not in no_tiles and "VP.init(" in no_tiles


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.dk/{z}/{x}/{y}.png",
        "https://example.dk/tiles",
        "file:///tmp/{z}/{x}/{y}.png",
        "javascript:{z}{x}{y}",
    ],
)
def test_a_bad_tile_url_is_refused(url):
    with pytest.raises(ValueError, match="Tile URL"):
        TileSource(url=url)


def test_gate21_features_stop_route_entrance_and_zones(gate21):
    # The sample's point is approximate: its route gives no minutes until it is checked.
    assert venue_features(gate21, MapText()).routes[0].lines == []
    gate21.coordinates_approximate = False
    f = venue_features(gate21, MapText())
    assert [(m.kind, m.index, m.title) for m in f.markers] == [
        ("venue", 0, "Gate21"),
        ("entrance", 0, "Hovedindgang"),
        ("stop", 0, "Albertslund st."),
    ]
    stop = f.markers[2]
    assert (stop.glyph, stop.lines) == ("S", ["S-train B → Høje Taastrup"])
    [route] = f.routes
    assert (route.start, route.end) == ("stop:0", "entrance:0")
    assert route.points == [(55.6579, 12.3533), (55.6559, 12.3548)]
    assert route.title == "Albertslund st. → Hovedindgang"
    assert route.lines == ["about 302 m, 5 min on foot"]
    assert [(z.colour, z.guests) for z in f.zones] == [
        ("#6b7280", "yes"),  # no colour given: the default grey
        ("#f2c200", "yes"),
        ("#6b7280", "no"),
    ]
    assert [i.symbol for i in f.legend] == [
        "venue",
        "entrance",
        "stop",
        "route",
        "zone",
        "zone",
        "zone",
    ]
    assert f.bounds() == [[55.6541, 12.3533], [55.6579, 12.3589]]


def test_entered_walking_minutes_win_over_the_estimate(gate21):
    venue = copy.deepcopy(gate21)
    venue.transit_options[0].walking_minutes = 6
    venue.transit_options[0].walking_note = "Følg skiltene."
    assert venue_features(venue, MapText()).routes[0].lines == ["Walk: 6 min", "Følg skiltene."]


def test_only_positions_changed_keeps_the_structure(gate21):
    texts = MapText()
    before = venue_features(gate21, texts)
    moved = copy.deepcopy(gate21)
    moved.entrances[0].latitude = 55.6562
    moved.parking_zones[2].geometry[0] = (55.6545, 12.3573)
    after = venue_features(moved, texts)
    assert after.structure() == before.structure()
    assert after.geometry()["markers"]["entrance:0"] == [55.6562, 12.3548]
    assert after.geometry()["zones"]["2"][0] == [55.6545, 12.3573]
    renamed = copy.deepcopy(moved)
    renamed.parking_zones[1].name = "Gul zone"
    assert venue_features(renamed, texts).structure() != before.structure()
    added = copy.deepcopy(moved)
    added.parking_zones.append(ParkingZone(name="Ny", colour="green", geometry=[(55.65, 12.35)]))
    assert venue_features(added, texts).structure() != before.structure()


def test_overview_names_city_capacity_and_counts_venues_without_coordinates(sample_project):
    venues = sample_project.venues.all() + [Venue(name="Ukendt sted", id=99)]
    f = overview_features(venues, MapText())
    gate21 = next(m for m in f.markers if m.title == "Gate21")
    assert gate21.lines == ["Albertslund", "Capacity: 200"]
    assert gate21.venue_id == next(v.id for v in venues if v.name == "Gate21")
    assert len(f.markers) == 4
    assert f.notes == ["Venues without coordinates, not shown: 1."]
    page = overview_map_html(venues, PageOptions())
    assert '"overview": true' in page and '"labels": true' in page
    assert '"credit": "Made with Natural Earth"' in page  # the coastline drawn under the tiles


def test_event_map_takes_the_event_title_and_its_language(gate21):
    gate21.coordinates_approximate = False
    event = Event(title="Politisk temamøde", language=Language.DA, venue_id=gate21.id)
    f = event_features(event, gate21, texts_for(event.language))
    assert f.heading == "Politisk temamøde"
    assert f.legend[0].label == "Mødested: Gate21"
    assert f.routes[0].lines == ["ca. 302 m, 5 min. til fods"]
    assert f.zones[2].lines[0] == "Parkering: må ikke anvendes"
    page = event_map_html(event, gate21, PageOptions(texts=texts_for("en")))
    assert "No guest parking" in page
    assert event_features(event, None, MapText()).notes == ["No venue chosen for this event."]


def test_a_venue_with_no_coordinates_says_so(gate21):
    venue = copy.deepcopy(gate21)
    venue.latitude = venue.longitude = None
    f = venue_features(venue, MapText())
    assert f.notes == ["Gate21 has no coordinates yet."]
    assert [m.kind for m in f.markers] == ["entrance", "stop"]
