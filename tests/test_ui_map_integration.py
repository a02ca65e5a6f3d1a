"""Map edits go into the project with undo; the overview map opens the clicked venue."""

from edit_waits import settle_edits

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
    settle_edits(qtbot, window)
    venue = window.project.venues.get(venue_id)
    settle_edits(qtbot, window)
    assert [(e.latitude, e.longitude) for e in venue.entrances] == [(55.4430, 11.7870)]
    settle_edits(qtbot, window)
    assert venue.entrances[0].name == "Entrance"
    settle_edits(qtbot, window)
    assert (venue.transit_options[0].stop_latitude, venue.transit_options[0].stop_longitude) == (
        55.4396,
        11.7880,
    )
    settle_edits(qtbot, window)
    # Placed by hand: approximate until the user says otherwise.
    assert (venue.latitude, venue.longitude, venue.coordinates_approximate) == (
        55.4428,
        11.7866,
        True,
    )
    window.undo_action.trigger()
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).latitude == 55.4427


def test_drawing_and_editing_a_zone(qtbot, window):
    venue_id = _venue_id(window, "Gate21")
    window.venues_page.select(venue_id)
    editor = window.venues_page.editor
    signals = editor.map_tab.map
    editor.zones.add_button.click()  # a new row in the Parking tab, chosen
    corners = [[55.655, 12.356], [55.6552, 12.357], [55.6548, 12.3571]]
    signals.zone_drawn.emit(corners)
    settle_edits(qtbot, window)
    zones = window.project.venues.get(venue_id).parking_zones
    settle_edits(qtbot, window)
    new = next(z for z in zones if z.name == "New zone")
    assert len(zones) == 4 and new.geometry == [tuple(c) for c in corners]
    signals.zone_edited.emit(1, [[55.0, 12.0]])
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).parking_zones[1].geometry == [(55.0, 12.0)]
    signals.zone_drawn.emit([[55.0, 12.0], [55.1, 12.1]])  # two corners make no zone
    settle_edits(qtbot, window)
    assert len(window.project.venues.get(venue_id).parking_zones) == 4


def test_clicking_a_venue_on_the_overview_opens_it(qtbot, window):
    gate21 = _venue_id(window, "Gate21")
    window.show_map_page()
    window.map_page.venue_clicked.emit(gate21)
    settle_edits(qtbot, window)
    assert window.stack.currentWidget() is window.venues_page
    settle_edits(qtbot, window)
    assert window.venues_page.current_id() == gate21


def test_snapshot_helpers_leave_the_original_alone(sample_project):
    venue = next(v for v in sample_project.venues.all() if v.name == "Gate21")
    moved = venue_with_point(venue, "stop", 0, 1.0, 2.0)
    assert venue.transit_options[0].stop_latitude == 55.6579
    assert moved.transit_options[0].stop_latitude == 1.0
    assert venue_with_zone(venue, 0, [[1, 2]]).parking_zones[0].geometry == [(1.0, 2.0)]


def test_draw_parking_zone_draws_the_zone_chosen_in_the_parking_tab(qtbot, window):
    venue_id = _venue_id(window, "Gate21")
    window.venues_page.select(venue_id)
    editor = window.venues_page.editor
    editor.tabs.setCurrentWidget(editor.zones)
    before = window.project.venues.get(venue_id).parking_zones
    editor.zones.view.setCurrentIndex(editor.zones.model.index(2, 0))
    assert editor.map_tab.map.act_draw_zone.text() == f"Draw “{before[2].name}”"
    corners = [[55.6551, 12.3561], [55.6553, 12.3571], [55.6547, 12.3572]]
    editor.map_tab.map.zone_drawn.emit(corners)
    settle_edits(qtbot, window)
    after = window.project.venues.get(venue_id).parking_zones
    assert len(after) == len(before)
    assert after[2].name == before[2].name
    assert after[2].geometry == [tuple(c) for c in corners]
    assert [z.geometry for z in after[:2]] == [z.geometry for z in before[:2]]


def test_a_venue_without_coordinates_opens_on_its_town_with_the_outline(qtbot, window):
    from app.domain.map_focus import TOWN_ZOOM
    from app.services.map_html import venue_map_html

    page = window.venues_page
    page.add_new()
    settle_edits(qtbot, window)
    editor = page.editor
    for attr, text in (("postal_code", "4100"), ("city", "Ringsted")):
        field = editor.form.widget(attr)
        field.setText(text)
        field.editingFinished.emit()
    settle_edits(qtbot, window)
    venue = window.project.venues.get(page.current_id())
    assert venue.latitude is None
    editor.tabs.setCurrentWidget(editor.map_tab)
    focus = editor.map_tab.map.focus
    ringsted = next(v for v in window.project.venues.all() if v.name == "Ringsted Kongrescenter")
    assert (focus.latitude, focus.longitude, focus.zoom) == (
        ringsted.latitude,
        ringsted.longitude,
        TOWN_ZOOM,
    )
    page_html = venue_map_html(venue, editor.map_tab.map._page_options(inline=True))
    assert f"{ringsted.latitude}, {ringsted.longitude}" in page_html  # the page opens there
    # The Denmark outline, as on the Map page.
    assert '"land": {"credit": "Made with Natural Earth", "denmark": [[[' in page_html


def test_dragging_the_route_and_pinning_steps_saves_with_undo(qtbot, window):
    from overpass_server import store_recorded

    venue_id = _venue_id(window, "Gate21")
    store_recorded(window.project, venue_id)
    window.venues_page.select(venue_id)
    signals = window.venues_page.editor.map_tab.map
    signals.waypoint_moved.emit(0, 55.6575, 12.3560)
    settle_edits(qtbot, window)
    option = window.project.venues.get(venue_id).transit_options[0]
    assert option.route_waypoints == [(55.6575, 12.356)]
    signals.step_pinned.emit(0, 3, 55.657, 12.3536)
    signals.step_pinned.emit(0, 9, 55.0, 12.0)  # there is no step 9: nothing changes
    settle_edits(qtbot, window)
    option = window.project.venues.get(venue_id).transit_options[0]
    assert option.step_points == [None, None, (55.657, 12.3536)]
    window.undo_action.trigger()
    settle_edits(qtbot, window)
    option = window.project.venues.get(venue_id).transit_options[0]
    assert option.step_points == [] and option.route_waypoints == [(55.6575, 12.356)]
