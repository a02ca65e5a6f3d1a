"""The venue editor's tools: look up coordinates, nearest stations, proposed walking time."""

from edit_waits import settle_edits

from app.domain import TransitMode, TransitOption
from app.services.geocoding import GeocodeCandidate
from app.ui import geocode_dialog, nearest_stations_dialog


def _select(window, name):
    venue_id = next(v.id for v in window.project.venues.all() if v.name == name)
    window.venues_page.select(venue_id)
    return venue_id


def test_proposed_walking_time_fills_the_minutes(qtbot, window):
    venue_id = _select(window, "Egedal Rådhus")
    editor = window.venues_page.editor
    editor.tabs.setCurrentIndex(2)
    editor.transit.select_row(0)
    editor.walk_button.click()
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).transit_options[0].walking_minutes == 5
    settle_edits(qtbot, window)
    assert "5 min" in editor.walk_label.text()
    window.undo_action.trigger()
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).transit_options[0].walking_minutes is None


def test_walking_time_needs_both_points(qtbot, window):
    venue_id = _select(window, "Ringsted Kongrescenter")
    editor = window.venues_page.editor
    editor.transit.add_button.click()
    editor.transit.select_row(0)
    editor.walk_button.click()
    settle_edits(qtbot, window)
    assert "coordinates" in editor.walk_label.text()
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).transit_options[0].walking_minutes is None


def test_looked_up_coordinates_are_stored_with_undo(qtbot, window, monkeypatch):
    venue_id = _select(window, "JYSK Park")
    asked = {}

    def fake_get_place(geocoder, query, country=None, parent=None):
        asked["query"] = query
        return GeocodeCandidate(
            "JYSK Park, Silkeborg", 56.1601, 9.5671, "© OpenStreetMap contributors"
        )

    monkeypatch.setattr(geocode_dialog.GeocodeDialog, "get_place", staticmethod(fake_get_place))
    window.venues_page.editor.geocode_button.click()
    settle_edits(qtbot, window)
    assert asked["query"] == "JYSK Park, Silkeborg"
    venue = window.project.venues.get(venue_id)
    settle_edits(qtbot, window)
    assert (venue.latitude, venue.longitude, venue.coordinates_approximate) == (
        56.1601,
        9.5671,
        False,
    )
    window.undo_action.trigger()
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).latitude == 56.1623


def test_nearest_station_becomes_a_transit_option(qtbot, window, monkeypatch):
    venue_id = _select(window, "Ringsted Kongrescenter")

    class FakeDialog:
        def __init__(self, cache, venue, parent=None):
            self.transit_option = TransitOption(
                mode=TransitMode.REGIONAL_TRAIN,
                stop_name="Ringsted St.",
                stop_latitude=55.4396,
                stop_longitude=11.7880,
                walking_minutes=9,
            )

        def exec(self):
            from PySide6.QtWidgets import QDialog

            return QDialog.DialogCode.Accepted

        def deleteLater(self):
            pass

    monkeypatch.setattr(nearest_stations_dialog, "NearestStationsDialog", FakeDialog)
    window.venues_page.editor.nearest_button.click()
    settle_edits(qtbot, window)
    options = window.project.venues.get(venue_id).transit_options
    settle_edits(qtbot, window)
    assert [(o.stop_name, o.walking_minutes) for o in options] == [("Ringsted St.", 9)]
