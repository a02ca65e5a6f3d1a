"""The files a map page loads: Leaflet and jQuery from their xstatic packages, and our own JS/CSS.

folium's own page header points at CDNs (Leaflet, jQuery, Bootstrap, Font Awesome,
awesome-markers). Venueplan maps use none of those URLs: Leaflet and jQuery come from
the installed `xstatic-leaflet` and `xstatic-jquery` packages (the versions folium's
templates were written for), markers are our own CSS-drawn `L.divIcon`s, so Bootstrap,
Font Awesome and awesome-markers are simply left out (never use `folium.Icon`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import folium.folium
import xstatic.pkg.jquery as xs_jquery
import xstatic.pkg.leaflet as xs_leaflet

from ..paths import resource

# Qt serves its own copy of the page side of QWebChannel from its resources.
QWEBCHANNEL_URL = "qrc:///qtwebchannel/qwebchannel.js"


class MapAssetError(Exception):
    """A map asset is missing; the message names the file."""


@dataclass(frozen=True)
class Asset:
    name: str
    kind: str  # "js" or "css"
    path: Path


def _folium_expects(library: str) -> str | None:
    """The version of `library` that folium's default page header loads, e.g. '1.9.3'."""
    for name, url in folium.folium._default_js:
        if name == library:
            found = re.search(r"(?:@|-)(\d+\.\d+\.\d+)", url)
            return found.group(1) if found else None
    return None


def version_report() -> dict[str, dict[str, str | None]]:
    """Installed and folium-expected versions of Leaflet and jQuery."""
    return {
        "leaflet": {"installed": xs_leaflet.VERSION, "folium": _folium_expects("leaflet")},
        "jquery": {"installed": xs_jquery.VERSION, "folium": _folium_expects("jquery")},
    }


def version_mismatches() -> list[str]:
    """One line per library whose installed version differs from the one folium expects."""
    return [
        f"{lib}: installed {v['installed']}, folium expects {v['folium']}"
        for lib, v in version_report().items()
        if v["folium"] is not None and v["installed"] != v["folium"]
    ]


def assets() -> list[Asset]:
    """Every file a map page needs, in the order the page must load them."""
    leaflet = Path(xs_leaflet.BASE_DIR)
    jquery = Path(xs_jquery.BASE_DIR)
    found = [
        Asset("leaflet_css", "css", leaflet / "leaflet.css"),
        Asset("venueplan_css", "css", resource("map", "venueplan_map.css")),
        Asset("leaflet", "js", leaflet / "leaflet.js"),
        # Only folium's own popups and "stay in front" code call jQuery; it is kept so
        # that any folium element added later still works offline.
        Asset("jquery", "js", jquery / "jquery.min.js"),
        Asset("venueplan_js", "js", resource("map", "venueplan_map.js")),
    ]
    for asset in found:
        if not asset.path.is_file():
            raise MapAssetError(f"Map file missing: {asset.path} (reinstall Venueplan).")
    return found


def _script_safe(text: str) -> str:
    # Inlined code must not end its own <script> or <style> element early.
    return re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.IGNORECASE)


def linked_tags(*, bridge: bool) -> str:
    """<link>/<script> tags that load the assets from the disk (for the app's view)."""
    tags = []
    for asset in assets():
        url = asset.path.resolve().as_uri()
        if asset.kind == "css":
            tags.append(f'<link rel="stylesheet" href="{url}"/>')
        else:
            tags.append(f'<script src="{url}"></script>')
    if bridge:
        tags.append(f'<script src="{QWEBCHANNEL_URL}"></script>')
    return "\n".join(tags)


def inline_tags() -> str:
    """The assets' contents inside <style>/<script> elements: a page that needs no other file."""
    tags = []
    for asset in assets():
        text = _script_safe(asset.path.read_text(encoding="utf-8"))
        if asset.kind == "css":
            tags.append(f"<style>/* {asset.name} */\n{text}\n</style>")
        else:
            tags.append(f"<script>/* {asset.name} */\n{text}\n</script>")
    return "\n".join(tags)
