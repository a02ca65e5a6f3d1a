"""Map edits go into the project with undo; the overview map opens the clicked venue."""

from app.ui.map_tab import venue_with_point, venue_with_zone


def _venue_id(window, name):
    return next(v.id for v in window.project.venues.all() if v.name == name)


def test_placing_and_moving_on_the_map_saves_with_undo(qtbot, window):
    venue_id = _venue_id(window, "Ringsted Kongrescenter")
    window.venues_page.select(venue_id)
    signals = window.venues_page.editor.map_tab.map
    signals.point_placed.emit("entrance", -1, 55.4430, 11.7870)
    signals.point_placed.emit("stop", -1, 55.4396, 11.7880)
    signals.marker_moved.emit("venue", -1, 55.4428, 11.7866)
    venue = window.project.venues.get(venue_id)
    assert [(e.latitude, e.longitude) for e in venue.entrances] == [(55.4430, 11.7870)]
    assert venue.entrances[0].name == "Entrance"
    assert (venue.transit_options[0].stop_latitude, venue.transit_options[0].stop_longitude) == (
        55.4396,
        11.7880,
    )
    assert (venue.latitude, venue.longitude, venue.coordinates_approximate) == (
        55.4428,
        11.7866,
        False,
    )
    window.undo_action.trigger()
    assert window.project.venues.get(venue_id).latitude == 55.4427


def test_drawing_and_editing_a_zone(qtbot, window):
    venue_id = _venue_id(window, "Gate21")
    window.venues_page.select(venue_id)
    signals = window.venues_page.editor.map_tab.map
    corners = [[55.655, 12.356], [55.6552, 12.357], [55.6548, 12.3571]]
    signals.zone_drawn.emit(corners)
    zones = window.project.venues.get(venue_id).parking_zones
    assert len(zones) == 4 and zones[-1].geometry == [tuple(c) for c in corners]
    assert zones[-1].name == "New parking zone"
    signals.zone_edited.emit(1, [[55.0, 12.0]])
    assert window.project.venues.get(venue_id).parking_zones[1].geometry == [(55.0, 12.0)]
    signals.zone_drawn.emit([[55.0, 12.0], [55.1, 12.1]])  # two corners make no zone
    assert len(window.project.venues.get(venue_id).parking_zones) == 4


def test_clicking_a_venue_on_the_overview_opens_it(qtbot, window):
    gate21 = _venue_id(window, "Gate21")
    window.show_map_page()
    window.map_page.venue_clicked.emit(gate21)
    assert window.stack.currentWidget() is window.venues_page
    assert window.venues_page.current_id() == gate21


def test_snapshot_helpers_leave_the_original_alone(sample_project):
    venue = next(v for v in sample_project.venues.all() if v.name == "Gate21")
    moved = venue_with_point(venue, "stop", 0, 1.0, 2.0)
    assert venue.transit_options[0].stop_latitude == 55.6579
    assert moved.transit_options[0].stop_latitude == 1.0
    assert venue_with_zone(venue, 0, [[1, 2]]).parking_zones[0].geometry == [(1.0, 2.0)]
