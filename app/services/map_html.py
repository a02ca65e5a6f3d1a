"""folium map pages of a venue, an event and the venue catalogue, with no CDN and all text escaped.

folium draws the map, the tile layer, the markers (CSS-drawn `L.divIcon`s), zones
and walking lines. User text never goes through folium's Tooltip/Popup, which paste
it into JavaScript template strings; each feature's texts travel as HTML-safe JSON
to `VP.add()` in resources/map/venueplan_map.js, which writes them with textContent.
"""

from __future__ import annotations

import functools
import html
import json
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import folium
from folium.elements import MacroElement
from folium.template import Template

from ..domain import Event, Venue
from ..domain.surroundings import Surroundings
from ..paths import resource
from . import map_assets
from .map_features import (
    OSM_ATTRIBUTION,
    MapFeatures,
    MarkerFeature,
    PageOptions,
    TileSource,
    event_features,
    overview_features,
    venue_features,
)

DENMARK = (56.0, 10.8)
# Up to this many venues the overview labels every marker; beyond, labels show on hover.
LABELLED_VENUES = 40
LAND_CREDIT = "Made with Natural Earth"
_ICONS = {
    "venue": ((28, 36), (14, 35)),
    "entrance": ((20, 20), (10, 10)),
    "stop": ((24, 24), (12, 12)),
}


class _AttributionCleaner(HTMLParser):
    """Keeps text and <a href="http(s)://…"> links from an attribution; drops other markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open_links = 0

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href") or ""
        if tag == "a" and urlsplit(href).scheme in ("http", "https"):
            self.out.append(f'<a href="{html.escape(href, quote=True)}">')
            self.open_links += 1

    def handle_endtag(self, tag):
        if tag == "a" and self.open_links:
            self.out.append("</a>")
            self.open_links -= 1

    def handle_data(self, data):
        self.out.append(html.escape(data, quote=False))


def safe_attribution(text: str) -> str:
    cleaner = _AttributionCleaner()
    cleaner.feed(text or "")
    cleaner.close()
    return "".join(cleaner.out) + "</a>" * cleaner.open_links


class _LocalMap(folium.Map):
    # Instance-level lists: folium's add_js_link mutates class lists shared by all maps.
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default_js = []
        self.default_css = []


class _Setup(MacroElement):
    _template = Template("""
        {% macro script(this, kwargs) %}
            VP.init({{ this._parent.get_name() }},
                    {{ this.tiles.get_name() if this.tiles else 'null' }},
                    {{ this.config|tojson }});
        {% endmacro %}
    """)

    def __init__(self, tiles, config: dict):
        super().__init__()
        self._name = "VenueplanSetup"
        self.tiles = tiles
        self.config = config


class _Register(MacroElement):
    _template = Template("""
        {% macro script(this, kwargs) %}
            VP.add({{ this.layer.get_name() }}, {{ this.meta|tojson }});
        {% endmacro %}
    """)

    def __init__(self, layer, meta: dict):
        super().__init__()
        self._name = "VenueplanFeature"
        self.layer = layer
        self.meta = meta


class _Fit(MacroElement):
    """Fits the map to its features, keeping them clear of the legend in the corner."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            VP.fit({{ this.bounds|tojson }}, {{ this.max_zoom }});
        {% endmacro %}
    """)

    def __init__(self, bounds, max_zoom: int):
        super().__init__()
        self._name = "VenueplanFit"
        self.bounds = [list(corner) for corner in bounds]
        self.max_zoom = max_zoom


def _csp(tiles: TileSource | None) -> str:
    images = "data: blob: file:" + (f" {tiles.origin}" if tiles else "")
    # No fetch/XHR at all, and images only from the tile server: even a script that got
    # in could not send anything anywhere.
    return (
        f"default-src 'none'; script-src 'unsafe-inline' file: qrc:; "
        f"style-src 'unsafe-inline' file:; img-src {images}; connect-src 'none'; "
        f"base-uri 'none'; form-action 'none'"
    )


def _marker(m: MarkerFeature, editable: bool) -> folium.Marker:
    size, anchor = _ICONS[m.kind]
    glyph = html.escape(m.glyph)
    icon = folium.DivIcon(
        html=f'<div class="vp-glyph">{glyph}</div>',
        icon_size=size,
        icon_anchor=anchor,
        class_name=f"vp-marker vp-marker-{m.kind}",
    )
    return folium.Marker([m.lat, m.lon], icon=icon, draggable=editable, keyboard=False)


@functools.cache
def _land() -> dict | None:
    """Denmark's and its neighbours' coasts as [lat, lon] rings, drawn under the tiles of
    the overview so that the catalogue still reads as a map of Denmark with no network."""
    try:
        data = json.loads(resource("geodata", "denmark.json").read_text(encoding="utf-8"))
        flip = lambda rings: [[[lat, lon] for lon, lat in ring] for ring in rings]  # noqa: E731 - a one-line helper beside its only use
        return {
            "denmark": flip(data["denmark"]),
            "neighbours": flip(data["neighbours"]),
            "credit": LAND_CREDIT,
        }
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _land_with_credit(credit: str) -> dict | None:
    land = _land()
    return None if land is None else {**land, "credit": credit}


def _config(features: MapFeatures, options: PageOptions, overview: bool) -> dict:
    t = options.texts
    return {
        "heading": features.heading,
        "notes": features.notes,
        "overview": overview,
        # Every page, not only the overview: offline, a venue map without a position must
        # still show where Denmark is before the user places the venue with a click.
        "land": _land_with_credit(t.land_credit),
        "streets": {**features.streets, "credit": safe_attribution(t.osm_credit)}
        if features.streets
        else None,
        "labels": overview and len(features.markers) <= LABELLED_VENUES,
        "editable": options.editable and not overview,
        "tileTimeout": options.tile_timeout_ms,
        "legend": [vars(item) for item in features.legend],
        "texts": {
            "legend": t.legend,
            "tilesUnavailable": t.tiles_unavailable,
            "hintVenue": t.hint_venue,
            "hintEntrance": t.hint_entrance,
            "hintStop": t.hint_stop,
            "hintDraw": t.hint_draw,
        },
    }


def render_page(features: MapFeatures, options: PageOptions, *, overview: bool = False) -> str:
    """The whole HTML page for `features`."""
    editable = options.editable and not overview
    focus = options.focus
    m = _LocalMap(
        location=[focus.latitude, focus.longitude] if focus else list(DENMARK),
        zoom_start=focus.zoom if focus else 7,
        tiles=None,
        control_scale=False,
        max_zoom=(options.tiles.max_zoom if options.tiles else 19),
    )
    # folium types the root as an Element; it is the map's Figure, with a title and header.
    figure: Any = m.get_root()
    figure.title = html.escape(features.heading or "Venueplan")
    figure.header.add_child(
        folium.Element(
            # Escaped as well as validated: the policy is an HTML attribute.
            f'<meta http-equiv="Content-Security-Policy" '
            f'content="{html.escape(_csp(options.tiles), quote=True)}"/>'
        ),
        name="csp",
        index=0,
    )
    assets = (
        map_assets.inline_tags()
        if options.inline
        else map_assets.linked_tags(bridge=options.bridge)
    )
    figure.header.add_child(folium.Element(assets), name="venueplan_assets")
    tiles = None
    if options.tiles:
        tiles = folium.TileLayer(
            tiles=options.tiles.url,
            name="background",
            attr=safe_attribution(
                options.texts.osm_credit
                if options.tiles.attribution == OSM_ATTRIBUTION
                else options.tiles.attribution
            ),
            max_zoom=options.tiles.max_zoom,
        )
        tiles.add_to(m)
    m.add_child(_Setup(tiles, _config(features, options, overview)))
    for zone in features.zones:
        style: dict[str, Any] = dict(
            color=zone.colour,
            weight=2,
            fill=True,
            fill_color=zone.colour,
            fill_opacity=0.4 if zone.guests != "no" else 0.25,
            dash_array={"no": "6 5", "permit": "2 5"}.get(zone.guests),
            class_name=f"vp-zone vp-zone-{zone.guests}",
        )
        shape: folium.Polygon | folium.CircleMarker = (
            folium.Polygon(zone.corners, **style)
            if zone.is_polygon
            else folium.CircleMarker(zone.corners[0], radius=10, **style)
        )
        shape.add_to(m)
        m.add_child(
            _Register(
                shape,
                {
                    "kind": "zone",
                    "index": zone.index,
                    "title": zone.title,
                    "lines": zone.lines,
                    "guests": zone.guests,
                    "colour": zone.colour,
                    "polygon": zone.is_polygon,
                },
            )
        )
    for route in features.routes:
        line = folium.PolyLine(
            route.points,
            color="#1d4f91",
            weight=4,
            opacity=0.9,
            dash_array="1 8",
            line_cap="round",
            class_name="vp-route",
        )
        line.add_to(m)
        m.add_child(
            _Register(
                line,
                {
                    "kind": "route",
                    "index": route.index,
                    "title": route.title,
                    "lines": route.lines,
                    "start": route.start,
                    "end": route.end,
                    "handle": list(route.handle) if route.handle else None,
                    "pins": route.pins,
                },
            )
        )
    for marker in features.markers:
        layer = _marker(marker, editable)
        layer.add_to(m)
        m.add_child(
            _Register(
                layer,
                {
                    "kind": marker.kind,
                    "index": marker.index,
                    "title": marker.title,
                    "lines": marker.lines,
                    "venueId": marker.venue_id,
                },
            )
        )
    bounds = features.bounds()
    if bounds:
        m.add_child(_Fit(bounds, 11 if overview else 17))
    return figure.render()


def venue_map_html(
    venue: Venue, options: PageOptions = PageOptions(), surroundings: Surroundings | None = None
) -> str:
    return render_page(venue_features(venue, options.texts, surroundings=surroundings), options)


def event_map_html(
    event: Event,
    venue: Venue | None,
    options: PageOptions = PageOptions(),
    surroundings: Surroundings | None = None,
) -> str:
    return render_page(event_features(event, venue, options.texts, surroundings), options)


def overview_map_html(venues: list[Venue], options: PageOptions = PageOptions()) -> str:
    return render_page(overview_features(venues, options.texts), options, overview=True)


def update_script(features: MapFeatures) -> str:
    """JavaScript that moves a shown page's features to the positions in `features`."""
    return f"VP.update({json.dumps(features.geometry())});"
