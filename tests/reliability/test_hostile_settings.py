"""A setting that reaches a web page (the tile server) is untrusted input: a URL carrying
markup or script is refused in Preferences and by `venueplan map --tiles`, a stored one is
ignored, and whatever URL passes cannot add an element or an attribute to the page."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from app.cli import main
from app.services.map_features import OSM_TILE_URL, PageOptions, TileSource
from app.services.map_html import event_map_html
from app.ui.map_settings import TILE_URL_KEY, tiles_from_settings
from app.ui.preferences import PreferencesDialog

from .fuzzing import FUZZ, examples

HOSTILE = [
    'https://a"><svg onload=alert(1)>x/{z}/{x}/{y}.png',
    "https://a'><script>alert(2)</script>/{z}/{x}/{y}.png",
    'https://a/{z}/{x}/{y}.png"><svg onload=alert(3)>',
    "https://a.dk/{z}/{x}/{y}.png; script-src *",
    "https://a.dk;script-src */{z}/{x}/{y}.png",
    "javascript:alert(4)//{z}/{x}/{y}",
    "https://a.dk\\@evil/{z}/{x}/{y}.png",
]


class _Tags(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def test_map_command_refuses_a_tile_url_with_markup(capsys, sample_path, tmp_path):
    out = tmp_path / "m.html"
    for url in HOSTILE:
        code = main(
            [str(a) for a in ("map", sample_path, "--event", 1, "-o", out, "--tiles", url)]
            + ["--attribution", "x"]
        )
        err = capsys.readouterr().err
        assert code == 1 and err.startswith("venueplan: Tile URL ") and err.count("\n") == 1
        assert not out.exists()


def test_preferences_refuse_a_tile_url_with_markup_and_keep_the_old_one(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue(TILE_URL_KEY, "https://kort.example.dk/{z}/{x}/{y}.png")
    dialog = PreferencesDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tiles_enabled.setChecked(True)
    dialog.tile_url.setText(HOSTILE[0])
    dialog.accept()
    assert dialog.isVisible() and dialog.tile_problem.isVisible()
    assert "angle brackets" in dialog.tile_problem.text()
    assert store.value(TILE_URL_KEY) == "https://kort.example.dk/{z}/{x}/{y}.png"
    dialog.tile_url.setText("https://{s}.kort.example.dk:8080/t/{z}/{x}/{y}.png?key=a-b_c")
    dialog.accept()
    assert not dialog.isVisible()
    assert (
        store.value(TILE_URL_KEY) == "https://{s}.kort.example.dk:8080/t/{z}/{x}/{y}.png?key=a-b_c"
    )


def test_a_stored_hostile_tile_url_is_ignored(qapp, tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    for url in HOSTILE:
        store.setValue(TILE_URL_KEY, url)
        assert tiles_from_settings(store).url == OSM_TILE_URL


url_text = st.tuples(
    st.sampled_from(["https://", "http://", "https://{s}.", "ftp://", ""]),
    st.text(st.sampled_from("ab.-:8{}s<>\"' /\\;=&?%@#\t\n"), max_size=14),
    st.sampled_from(["/{z}/{x}/{y}.png", "{z}/{x}/{y}", '/{z}/{x}/{y}.png"><svg onload=x>', ""]),
    st.text(st.sampled_from("ab<>\"' ;=&?%"), max_size=4),
).map("".join)


@settings(max_examples=examples(60), **FUZZ)
@given(url=url_text)
def test_any_tile_url_is_refused_or_adds_nothing_to_the_page(sample_project, url):
    try:
        tiles = TileSource(url=url, attribution="x")
    except ValueError as exc:
        assert str(exc).startswith("Tile URL ") and "\n" not in str(exc)
        return
    event = sample_project.events.get(1)
    page = event_map_html(event, sample_project.venues.get(event.venue_id), PageOptions(tiles))
    plain = event_map_html(event, sample_project.venues.get(event.venue_id), PageOptions())
    shape = [(tag, sorted(attrs)) for tag, attrs in _tags(page)]
    assert shape == [(tag, sorted(attrs)) for tag, attrs in _tags(plain)]
    csp = next(a["content"] for tag, a in _tags(page) if a.get("http-equiv"))
    assert f"img-src data: blob: file: {tiles.origin}; connect-src 'none'" in csp
