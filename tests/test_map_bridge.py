"""Messages from a map page: good ones become signals, malformed ones a log line and nothing else."""

import json
import logging

import pytest

from app.ui.map_bridge import MapBridge

SIGNALS = (
    "ready",
    "mode_changed",
    "zone_progress",
    "point_placed",
    "marker_moved",
    "zone_drawn",
    "zone_edited",
    "venue_clicked",
)
SQUARE = [[55.65, 12.35], [55.66, 12.35], [55.66, 12.36]]


@pytest.fixture
def bridge(qapp):
    bridge = MapBridge()
    bridge.heard = []
    for name in SIGNALS:
        getattr(bridge, name).connect(lambda *args, name=name: bridge.heard.append((name, *args)))
    return bridge


@pytest.mark.parametrize(
    "message, heard",
    [
        ({"type": "ready"}, ("ready",)),
        ({"type": "mode", "mode": "draw"}, ("mode_changed", "draw")),
        ({"type": "zone_progress", "corners": 2}, ("zone_progress", 2)),
        (
            {"type": "point_placed", "kind": "stop", "index": -1, "lat": 55.6, "lon": 12},
            ("point_placed", "stop", -1, 55.6, 12.0),
        ),
        (
            {"type": "marker_moved", "kind": "entrance", "index": 0, "lat": 55.6, "lon": 12.3},
            ("marker_moved", "entrance", 0, 55.6, 12.3),
        ),
        ({"type": "zone_drawn", "corners": SQUARE}, ("zone_drawn", SQUARE)),
        ({"type": "zone_edited", "index": 2, "corners": SQUARE}, ("zone_edited", 2, SQUARE)),
        ({"type": "venue_clicked", "id": 4}, ("venue_clicked", 4)),
    ],
)
def test_a_good_message_becomes_one_signal(bridge, message, heard):
    bridge.post(json.dumps(message))
    assert bridge.heard == [heard]


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[1, 2]",
        '"text"',
        "null",
        "{}",
        '{"type": "format_disk"}',
        '{"type": "mode", "mode": "delete"}',
        '{"type": "point_placed", "kind": "room", "index": 0, "lat": 55, "lon": 12}',
        '{"type": "point_placed", "kind": "venue", "index": 0, "lat": 91, "lon": 12}',
        '{"type": "point_placed", "kind": "venue", "index": 0, "lat": 55, "lon": -181}',
        '{"type": "point_placed", "kind": "venue", "index": 0, "lat": "55", "lon": 12}',
        '{"type": "point_placed", "kind": "venue", "index": 0, "lat": true, "lon": 12}',
        '{"type": "point_placed", "kind": "venue", "index": 0, "lat": NaN, "lon": 12}',
        '{"type": "point_placed", "kind": "venue", "index": 1.5, "lat": 55, "lon": 12}',
        '{"type": "point_placed", "kind": "venue", "index": -2, "lat": 55, "lon": 12}',
        '{"type": "point_placed", "kind": "venue", "lat": 55, "lon": 12}',
        '{"type": "marker_moved", "kind": "stop", "index": -1, "lat": 55, "lon": 12}',
        '{"type": "zone_drawn", "corners": [[55, 12], [56, 12]]}',
        '{"type": "zone_drawn", "corners": [[55, 12], [56, 12], [56]]}',
        '{"type": "zone_drawn", "corners": [[55, 12], [56, 12], [56, 13, 1]]}',
        '{"type": "zone_drawn", "corners": "55,12 56,12 56,13"}',
        '{"type": "zone_edited", "index": -1, "corners": [[55, 12], [56, 12], [56, 13]]}',
        '{"type": "venue_clicked", "id": "4"}',
        '{"type": "venue_clicked"}',
    ],
)
def test_a_malformed_message_is_logged_and_ignored(bridge, caplog, text):
    with caplog.at_level(logging.WARNING, logger="app.ui.map_bridge"):
        bridge.post(text)
    assert bridge.heard == []
    [record] = caplog.records
    assert record.getMessage().startswith("Map page message ignored (")


def test_oversized_and_non_text_messages_are_ignored(bridge, caplog):
    huge = json.dumps({"type": "zone_drawn", "corners": [[55.0, 12.0]] * 20000})
    bridge.post(huge)
    bridge.post(None)
    bridge.post(json.dumps({"type": "zone_drawn", "corners": [[55.0, 12.0]] * 501}))
    assert bridge.heard == []
    assert len(caplog.records) == 3
