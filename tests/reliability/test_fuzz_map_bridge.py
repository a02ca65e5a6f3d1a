"""Fuzzed map page messages: each becomes its one signal with usable values, or one warning.

The page sends JSON text to MapBridge.post(); whatever it sends (random text, wrong
types, values off the globe or past a Qt int, deep nesting, huge lists), post() returns
at once, never raises, and either emits the one signal the message stands for or logs
one short warning and emits nothing. Good messages: tests/test_map_bridge.py.
"""

import json
import logging
import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.ui.map_bridge import MAX_CORNERS, MAX_MESSAGE, MODES, POINT_KINDS, MapBridge

from .fuzzing import FUZZ, examples, json_value

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
FIELDS = {
    "ready": (),
    "mode": ("mode",),
    "zone_progress": ("corners",),
    "point_placed": ("kind", "index", "lat", "lon"),
    "marker_moved": ("kind", "index", "lat", "lon"),
    "zone_drawn": ("corners",),
    "zone_edited": ("index", "corners"),
    "venue_clicked": ("id",),
}
INT_MAX = 2**31 - 1  # a Qt int: what the signals carry

# Values a page might send by mistake: another JSON type, true for 1, a number as text.
wrong_type = st.one_of(
    st.booleans(),
    st.none(),
    st.sampled_from(["55", "", "venue"]),
    st.just([55, 12]),
    st.just({}),
    st.floats(allow_nan=True),
)
# The edges of the globe and of a Qt int are where a check is most easily off by one.
good_latitude = st.floats(-90, 90) | st.sampled_from([-90, 90, -90.0, 90.0])
good_longitude = st.floats(-180, 180) | st.sampled_from([-180, 180, -180.0, 180.0])
good_corners = st.lists(st.tuples(good_latitude, good_longitude).map(list), min_size=3, max_size=8)
GOOD = {
    "mode": st.sampled_from(MODES),
    "kind": st.sampled_from(POINT_KINDS),
    # -1 asks for a new entrance or stop: right when placing, wrong when moving.
    "index": st.sampled_from([-1, 0, INT_MAX]) | st.integers(-1, 12),
    "id": st.integers(0, 12),
    "count": st.integers(0, 12) | st.just(INT_MAX),
    "lat": good_latitude,
    "lon": good_longitude,
    "corners": good_corners | st.just([[55.5, 12.5]] * MAX_CORNERS),
}


def _off(limit: float):
    return st.floats(limit, 1e6, exclude_min=True) | st.floats(-1e6, -limit, exclude_max=True)


def _bad_whole(low: int):
    return st.integers(low - 4, low - 1) | st.sampled_from([INT_MAX + 1, 2**63, 10**30, 1.5])


@st.composite
def bad_corner(draw):
    lat, lon = draw(good_latitude), draw(good_longitude)
    problem = draw(st.integers(0, 4))  # one_of would favour its first kinds
    return [
        [draw(_off(90)), lon],
        [lat, lon, lat],
        [lat],
        draw(wrong_type),
        [draw(wrong_type), lon],
    ][problem]


@st.composite
def bad_corners(draw) -> list:
    if draw(st.booleans()):  # one bad corner among good ones: the easiest to miss
        corners = draw(good_corners)
        corners.insert(draw(st.integers(0, len(corners))), draw(bad_corner()))
        return corners
    return draw(
        st.one_of(
            wrong_type,
            st.lists(good_corners, max_size=2),
            good_corners.map(lambda c: c[:2]),
            st.integers(MAX_CORNERS + 1, MAX_CORNERS + 3).map(lambda n: [[55.5, 12.5]] * n),
        )
    )


BAD = {
    "mode": st.sampled_from(["delete", "Draw", ""]) | wrong_type,
    "kind": st.sampled_from(["room", "Venue", ""]) | wrong_type,
    "index": _bad_whole(-1) | wrong_type,
    "id": _bad_whole(0) | wrong_type,
    "count": _bad_whole(0) | wrong_type,
    "lat": _off(90) | wrong_type,
    "lon": _off(180) | wrong_type,
    "corners": bad_corners(),
}


@st.composite
def messages(draw) -> dict:
    """A message of a real type with all its fields right, or all but one: that one is
    wrong, of another type or missing (the mistakes a check is most likely to let by)."""
    kind = draw(st.sampled_from(list(FIELDS)) if draw(st.integers(0, 9)) else json_value)
    message = draw(st.dictionaries(st.text(max_size=6), json_value, max_size=2))
    if draw(st.integers(0, 9)):
        message["type"] = kind
    names = FIELDS.get(kind, ()) if isinstance(kind, str) else ()
    wrong = draw(st.sampled_from([None, *names]))
    for name in names:
        key = "count" if kind == "zone_progress" else name
        if name != wrong:
            message[name] = draw(GOOD[key])
        elif draw(st.integers(0, 4)):
            message[name] = draw(BAD[key])
    return message


def _nested(depth: int, opener: str) -> str:
    closer = {"[": "]", '{"type":': "}"}[opener]
    return opener * depth + "1" + closer * depth


other_texts = st.one_of(
    st.tuples(messages().map(json.dumps), st.integers(0, 200)).map(lambda t: t[0][: t[1]]),
    st.text(max_size=200),
    st.tuples(st.integers(1, 200_000), st.sampled_from(["[", '{"type":'])).map(
        lambda t: _nested(*t)
    ),
    st.integers(0, 20_000).map(
        lambda n: '{"type": "zone_drawn", "corners": [' + ", ".join(["[55.5, 12.5]"] * n) + "]}"
    ),
    # A good message padded past the size limit.
    st.tuples(messages(), st.integers(MAX_MESSAGE - 100, MAX_MESSAGE + 100)).map(
        lambda t: json.dumps({**t[0], "pad": "x" * t[1]})
    ),
)


@st.composite
def texts(draw) -> str:
    # one_of would give each kind of text an equal share; messages deserve most.
    if draw(st.integers(0, 2)):
        return json.dumps(draw(messages()), allow_nan=True)
    return draw(other_texts)


@pytest.fixture(scope="module")
def bridge(qapp):
    bridge = MapBridge()
    bridge.heard = []
    for name in SIGNALS:
        getattr(bridge, name).connect(lambda *args, name=name: bridge.heard.append((name, *args)))
    return bridge


class Warnings(logging.Handler):
    """The bridge's log lines of one post (caplog is per test, not per example)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


def _number(value, low, high) -> bool:
    return type(value) in (int, float) and math.isfinite(value) and low <= value <= high


def _whole(value, low) -> bool:
    return type(value) is int and low <= value <= INT_MAX


def _corners(value) -> bool:
    return (
        isinstance(value, list)
        and 3 <= len(value) <= MAX_CORNERS
        and all(
            isinstance(c, list)
            and len(c) == 2
            and _number(c[0], -90, 90)
            and _number(c[1], -180, 180)
            for c in value
        )
    )


def _expected(text):
    """The signal a page's text must become (name, *values), or None if it must be ignored:
    the rules of the page's messages, written out independently of the bridge."""
    if not isinstance(text, str) or len(text) > MAX_MESSAGE:
        return None
    try:
        message = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(message, dict):
        return None
    kind, get = message.get("type"), message.get
    if kind == "ready":
        return ("ready",)
    if kind == "mode":
        return ("mode_changed", get("mode")) if get("mode") in MODES else None
    if kind == "zone_progress":
        return (kind, get("corners")) if _whole(get("corners"), 0) else None
    if kind == "venue_clicked":
        return (kind, get("id")) if _whole(get("id"), 0) else None
    if kind in ("point_placed", "marker_moved"):
        point = (get("kind"), get("index"), get("lat"), get("lon"))
        ok = (
            point[0] in POINT_KINDS
            and _whole(point[1], -1 if kind == "point_placed" else 0)
            and _number(point[2], -90, 90)
            and _number(point[3], -180, 180)
        )
        return (kind, *point[:2], float(point[2]), float(point[3])) if ok else None
    if kind == "zone_drawn":
        return (kind, get("corners")) if _corners(get("corners")) else None
    if kind == "zone_edited":
        ok = _whole(get("index"), 0) and _corners(get("corners"))
        return (kind, get("index"), get("corners")) if ok else None
    return None


def test_an_oversized_message_is_refused_before_it_is_read(bridge, monkeypatch):
    """What bounds the bridge's work: no text past MAX_MESSAGE is even parsed (the time one
    message takes is not measured here)."""
    import app.ui.map_bridge as map_bridge

    parsed = []
    monkeypatch.setattr(map_bridge.json, "loads", lambda text: parsed.append(text) or {})
    heard, warnings = _post(bridge, '{"type": "ready", "pad": "' + "x" * MAX_MESSAGE + '"}')
    assert parsed == [] and heard == [] and len(warnings) == 1


def _post(bridge, text) -> tuple[list, list[str]]:
    bridge.heard.clear()
    handler = Warnings()
    logger = logging.getLogger("app.ui.map_bridge")
    logger.addHandler(handler)
    try:
        bridge.post(text)
    finally:
        logger.removeHandler(handler)
    return bridge.heard, handler.lines


@settings(max_examples=examples(1000), **FUZZ)
@given(text=texts() | st.sampled_from([None, 5, b"{}", ["ready"]]))
@example(text=_nested(50_000, "["))
@example(text=json.dumps({"type": "zone_progress", "corners": 2**40}))
@example(
    text=json.dumps(
        {"type": "point_placed", "kind": "stop", "index": 2**33, "lat": 55.0, "lon": 12.0}
    )
)
@example(text=json.dumps({"type": [0] * 30_000}))
@example(
    text=json.dumps({"type": "marker_moved", "kind": "stop", "index": -1, "lat": 55, "lon": 12})
)  # -1 (a new one) is only for placing
def test_any_message_is_its_one_signal_or_one_warning(bridge, text):
    """Guards every check in MapBridge: the size limit, the JSON parse (deep nesting
    included), types (true is no number), ranges (coordinates on the globe, indexes that
    fit a Qt int) and list sizes; and that no check drops a message that is right.

    The first examples are a message nested 50,000 deep (json raised RecursionError out of
    post()), indexes past a Qt int (the signal raised OverflowError) and a type of 30,000
    items (its whole repr went into the log line).
    """
    heard, warnings = _post(bridge, text)
    expected = _expected(text)
    if expected is None:
        assert heard == [], heard
        assert len(warnings) == 1, warnings
        assert warnings[0].startswith("Map page message ignored ("), warnings[0][:300]
        assert len(warnings[0]) < 500, warnings[0][:500]  # the text shown is cut at 200
    else:
        assert heard == [expected] and warnings == [], (heard, warnings)
