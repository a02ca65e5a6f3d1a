"""The map's tile server setting and the page texts in the user's language."""

from PySide6.QtCore import QSettings

from app.services.map_features import OSM_TILE_URL, TileSource
from app.ui.map_settings import save_tiles, tiles_from_settings, translated_texts


def test_tiles_come_from_settings_and_fall_back_to_openstreetmap(qapp, tmp_path, caplog):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert tiles_from_settings(settings) == TileSource()
    chosen = TileSource(url="https://kort.example.dk/{z}/{x}/{y}.png", attribution="© Eksempel")
    save_tiles(settings, chosen)
    assert tiles_from_settings(settings) == chosen
    settings.setValue("map/tileUrl", "kort.example.dk")  # no scheme, no {z}/{x}/{y}
    assert tiles_from_settings(settings).url == OSM_TILE_URL
    assert "Map tiles setting ignored" in caplog.text


def test_page_texts_default_to_the_english_source_strings(qapp):
    texts = translated_texts()
    assert texts.tiles_unavailable == "Background map unavailable"
    assert texts.mode("s_train") == "S-train"
