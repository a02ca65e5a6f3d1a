"""Surroundings in the window: fetched once for the chosen venue with coordinates (against
the tests' own stand-in server), refreshed from the Tools menu, switched off in Preferences;
and the `venueplan surroundings` command."""

from __future__ import annotations

from overpass_server import OverpassStandIn

from app.cli import main
from app.storage import Project
from app.ui.preferences import OVERPASS_URL_KEY, SURROUNDINGS_ENABLED_KEY, PreferencesDialog

GATE21 = 2


def test_choosing_a_venue_fetches_its_streets_once(qtbot, window, settings, online, drained_pool):
    with OverpassStandIn() as server:
        settings.setValue(OVERPASS_URL_KEY, server.url)
        with qtbot.waitSignal(window.surroundings.fetched, timeout=10_000) as fetched:
            window.venues_page.select(GATE21)
        assert fetched.args[0] == GATE21
        assert "Gate21" in window.statusBar().currentMessage()
        assert "© OpenStreetMap contributors" in window.statusBar().currentMessage()
        assert window.project.surroundings.get(GATE21) is not None
        window.venues_page.select(1)
        qtbot.waitUntil(lambda: len(server.requests) == 2, timeout=10_000)
        qtbot.waitUntil(lambda: window.project.surroundings.get(1) is not None, timeout=10_000)
        window.venues_page.select(GATE21)  # stored already: asked no more
        window.surroundings_action.trigger()  # ...unless the user asks for a refresh
        qtbot.waitUntil(lambda: len(server.requests) == 3, timeout=10_000)
    assert server.requests[2]["query"].count("55.655700,12.355100") == 9


def test_switched_off_means_no_request(qtbot, window, settings, online, drained_pool):
    settings.setValue(SURROUNDINGS_ENABLED_KEY, False)
    with OverpassStandIn() as server:
        settings.setValue(OVERPASS_URL_KEY, server.url)
        window.venues_page.select(GATE21)
        with qtbot.waitSignal(window.surroundings.failed, timeout=30_000) as failed:
            window.surroundings_action.trigger()
    assert server.requests == []
    assert "switched off in Preferences" in failed.args[0]


def test_preferences_keep_the_overpass_server_and_the_switch(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.surroundings_enabled.isChecked() and dialog.overpass_url.isEnabled()
    dialog.overpass_url.setText("ftp://example.org")
    dialog.accept()
    assert dialog.overpass_problem.isVisibleTo(dialog) and dialog.result() == 0
    dialog.overpass_url.setText("https://overpass.example.org/api/interpreter")
    dialog.surroundings_enabled.setChecked(False)
    assert not dialog.overpass_url.isEnabled()
    dialog.accept()
    assert settings.value(OVERPASS_URL_KEY) == "https://overpass.example.org/api/interpreter"
    assert settings.value(SURROUNDINGS_ENABLED_KEY) in (False, "false")


def test_command_fetches_and_keeps_the_streets(sample_path, capsys, online):
    with OverpassStandIn() as server:
        code = main(["surroundings", str(sample_path), "--venue", "2", "--endpoint", server.url])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert out.startswith("Kept 15 features within 800 m of Gate21, fetched ")
    assert "© OpenStreetMap contributors" in out
    with Project.open(sample_path) as project:
        assert len(project.surroundings.get(2).features) == 15


def test_command_offline_is_one_line(sample_path, capsys):
    code = main(["surroundings", str(sample_path), "--venue", "2"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "offline" in err
