"""Self-contained map files (Leaflet inlined, no CDN) for `venueplan map` and "Export map…"."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..storage import Store, stored_id
from .atomic import atomic_write
from .map_features import MapFeatures, TileSource, event_features, overview_features, venue_features
from .map_text import MapText, texts_for


class MapExportError(Exception):
    """One line for the user: why no map was written."""


@dataclass
class ExportedMap:
    html: str
    features: MapFeatures
    what: str  # "Gate21", "event 3", "4 venues" — for the command's report

    def summary(self) -> str:
        f = self.features
        counts = [
            _n(len(f.markers), "marker"),
            _n(len(f.zones), "parking zone"),
            _n(len(f.routes), "walking route"),
        ]
        return f"map of {self.what}: " + ", ".join(counts)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def write_page(path: Path, html: str) -> None:
    """Writes `html` to `path` through a temporary file, so no half-written page is left."""
    with atomic_write(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(html)


def _page(
    features: MapFeatures, tiles: TileSource | None, texts: MapText, overview: bool = False
) -> str:
    from .map_html import PageOptions, render_page

    return render_page(
        features, PageOptions(tiles=tiles, texts=texts, inline=True), overview=overview
    )


def project_map(
    project: Store,
    *,
    event_id: int | None = None,
    venue_id: int | None = None,
    all_venues: bool = False,
    tiles: TileSource | None = TileSource(),
    language: str | None = None,
) -> ExportedMap:
    """The exported map of one event, one venue or the whole catalogue of `project`.

    Documents take the event's language; a venue or catalogue map takes `language`
    (Danish unless "en"). Storage errors (no such id) pass through as ProjectError.
    """
    if sum((event_id is not None, venue_id is not None, all_venues)) != 1:
        raise MapExportError("Choose one of an event, a venue or all venues.")
    if event_id is not None:
        event = project.events.get(event_id)
        if event.venue_id is None:
            raise MapExportError(
                f"Event {event_id} ({event.title}) has no venue yet, so there is nothing to map."
            )
        venue = project.venues.get(event.venue_id)
        texts = texts_for(language or event.language)
        features = event_features(
            event, venue, texts, project.surroundings.get(stored_id(venue.id, "venue"))
        )
        what = f"event {event_id} at {venue.name}"
    elif venue_id is not None:
        venue = project.venues.get(venue_id)
        texts = texts_for(language)
        features = venue_features(venue, texts, surroundings=project.surroundings.get(venue_id))
        what = venue.name or f"venue {venue_id}"
    else:
        venues = project.venues.all()
        texts = texts_for(language)
        features = overview_features(venues, texts)
        what = f"{len(venues)} venues"
        return ExportedMap(_page(features, tiles, texts, overview=True), features, what)
    return ExportedMap(_page(features, tiles, texts), features, what)
