"""Fuzzed map page messages and CLI input: never a crash, never a hang, always a clear message.

The map bridge takes any text a page could send and either emits one signal with values
the app can use, or logs one warning and emits nothing. The CLI takes any argument list
and any damage to the JSON its project records hold, and either works or says in one
line what is wrong (never a traceback, never the last guard's "unexpected error").
"""
import json
import logging
import math
import sqlite3
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from app.cli import build_parser, main
from app.ui.map_bridge import MAX_CORNERS, MODES, POINT_KINDS, MapBridge

from .fuzzing import FUZZ, examples

# -- the map bridge ----------------------------------------------------------------

SIGNALS = ("ready", "mode_changed", "zone_progress", "point_placed", "marker_moved",
           "zone_drawn", "zone_edited", "venue_clicked")
FIELDS = {"ready": (), "mode": ("mode",), "zone_progress": ("corners",),
          "point_placed": ("kind", "index", "lat", "lon"),
          "marker_moved": ("kind", "index", "lat", "lon"), "zone_drawn": ("corners",),
          "zone_edited": ("index", "corners"), "venue_clicked": ("id",)}
INT_MAX = 2**31 - 1  # a Qt int: what the signals carry

json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=4),
    max_leaves=12)
edge = st.sampled_from([0, -0.0, 1, -1, -2, 89.9999, 90, -90, 90.000001, 180, -180, -180.5,
                        1.5, INT_MAX, INT_MAX + 1, 2**63, -2**63 - 1, 10**30, 1e308,
                        float("inf"), float("-inf"), float("nan"), True, False, "55", "",
                        None, [], {}, [55, 12]])
whole = st.integers(-3, 12) | edge
latitude = st.floats(-90, 90) | st.floats(-1e3, 1e3) | edge
longitude = st.floats(-180, 180) | st.floats(-1e3, 1e3) | edge
pair = st.tuples(latitude, longitude).map(list) | st.lists(latitude, max_size=3) | edge
corners = (st.lists(pair, max_size=8) | edge | json_value
           | st.integers(MAX_CORNERS - 2, MAX_CORNERS + 2).map(lambda n: [[55.5, 12.5]] * n))
FIELD_VALUES = {"mode": st.sampled_from(MODES) | json_value,
                "kind": st.sampled_from(POINT_KINDS + ("room", "")) | json_value,
                "index": whole, "id": whole, "lat": latitude, "lon": longitude}


@st.composite
def messages(draw) -> dict:
    """A message of a real type with each field right, wrong, of another type or missing."""
    kind = draw(st.sampled_from(list(FIELDS)) | json_value)
    message = draw(st.dictionaries(st.text(max_size=6), json_value, max_size=3))
    if draw(st.integers(0, 9)):
        message["type"] = kind
    for name in FIELDS.get(kind, ()) if isinstance(kind, str) else ():
        if draw(st.integers(0, 9)):  # now and then the field is missing
            value = corners if name == "corners" and kind != "zone_progress" else \
                FIELD_VALUES.get(name, whole)
            message[name] = draw(value)
    return message


def _nested(depth: int, opener: str) -> str:
    closer = {"[": "]", '{"type":': "}"}[opener]
    return opener * depth + "1" + closer * depth


texts = st.one_of(
    messages().map(lambda m: json.dumps(m, allow_nan=True)),
    st.tuples(messages().map(json.dumps), st.integers(0, 200)).map(lambda t: t[0][:t[1]]),
    st.text(max_size=200),
    st.tuples(st.integers(1, 200_000), st.sampled_from(["[", '{"type":'])).map(
        lambda t: _nested(*t)),
    st.integers(0, 20_000).map(lambda n: '{"type": "zone_drawn", "corners": ['
                               + ", ".join(["[55.5, 12.5]"] * n) + "]}"),
)


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


def _coordinate_ok(lat, lon) -> bool:
    return all(isinstance(v, float) and math.isfinite(v) for v in (lat, lon)) \
        and -90 <= lat <= 90 and -180 <= lon <= 180


def _corners_ok(value) -> bool:
    return isinstance(value, list) and 3 <= len(value) <= MAX_CORNERS and all(
        isinstance(c, list) and len(c) == 2 and _coordinate_ok(*c) for c in value)


def _index_ok(value, low) -> bool:
    return type(value) is int and low <= value <= INT_MAX


def _signal_ok(name, *args) -> bool:
    """Whether a signal carries values the map view and the venue editor can use."""
    if name == "ready":
        return args == ()
    if name == "mode_changed":
        return args[0] in MODES
    if name in ("zone_progress", "venue_clicked"):
        return _index_ok(args[0], 0)
    if name in ("point_placed", "marker_moved"):
        kind, index, lat, lon = args
        low = -1 if name == "point_placed" else 0
        return kind in POINT_KINDS and _index_ok(index, low) and _coordinate_ok(lat, lon)
    if name == "zone_drawn":
        return _corners_ok(args[0])
    return name == "zone_edited" and _index_ok(args[0], 0) and _corners_ok(args[1])


def _post(bridge, text) -> tuple[list, list[str]]:
    bridge.heard.clear()
    handler = Warnings()
    logger = logging.getLogger("app.ui.map_bridge")
    logger.addHandler(handler)
    started = time.perf_counter()
    try:
        bridge.post(text)
    finally:
        logger.removeHandler(handler)
    # Far above the few milliseconds the largest allowed message takes.
    assert time.perf_counter() - started < 1.0, "the bridge took too long over one message"
    return bridge.heard, handler.lines


@settings(max_examples=examples(400), **FUZZ)
@given(text=texts | st.sampled_from([None, 5, b"{}", ["ready"]]))
@example(text=_nested(50_000, "["))
@example(text=json.dumps({"type": "zone_progress", "corners": 2**40}))
@example(text=json.dumps({"type": "point_placed", "kind": "stop", "index": 2**33,
                          "lat": 55.0, "lon": 12.0}))
def test_any_message_is_one_good_signal_or_one_warning(bridge, text):
    """Guards every check in MapBridge: the JSON parse (deep nesting included), types,
    ranges (coordinates on the globe, indexes that fit a Qt int) and list sizes.

    The first examples are a message nested 50,000 deep (json raised RecursionError out of
    post()) and indexes past a Qt int (the signal raised OverflowError).
    """
    heard, warnings = _post(bridge, text)
    if heard:
        assert len(heard) == 1 and warnings == [], (heard, warnings)
        assert _signal_ok(*heard[0]), heard[0]
    else:
        assert len(warnings) == 1, warnings
        assert warnings[0].startswith("Map page message ignored ("), warnings[0]


@st.composite
def good_messages(draw) -> tuple[dict, tuple]:
    """A well-formed message and the signal it must become."""
    kind = draw(st.sampled_from(list(FIELDS)))
    lat, lon = draw(st.floats(-90, 90)), draw(st.floats(-180, 180))
    points = draw(st.lists(st.tuples(st.floats(-90, 90), st.floats(-180, 180)).map(list),
                           min_size=3, max_size=MAX_CORNERS))
    count = draw(st.integers(0, INT_MAX))
    point_kind = draw(st.sampled_from(POINT_KINDS))
    if kind == "ready":
        return {"type": kind}, ("ready",)
    if kind == "mode":
        mode = draw(st.sampled_from(MODES))
        return {"type": kind, "mode": mode}, ("mode_changed", mode)
    if kind in ("zone_progress", "venue_clicked"):
        name = "corners" if kind == "zone_progress" else "id"
        return {"type": kind, name: count}, (kind, count)
    if kind in ("point_placed", "marker_moved"):
        index = draw(st.integers(-1 if kind == "point_placed" else 0, INT_MAX))
        return ({"type": kind, "kind": point_kind, "index": index, "lat": lat, "lon": lon},
                (kind, point_kind, index, lat, lon))
    if kind == "zone_drawn":
        return {"type": kind, "corners": points}, (kind, points)
    return {"type": kind, "index": count, "corners": points}, (kind, count, points)


@settings(max_examples=examples(150), **FUZZ)
@given(case=good_messages())
def test_every_well_formed_message_becomes_its_signal(bridge, case):
    """Guards against checks so strict that the page's real messages are dropped."""
    message, signal = case
    heard, warnings = _post(bridge, json.dumps(message))
    assert heard == [signal] and warnings == []


# -- the CLI: argument lists ---------------------------------------------------------

SAMPLE = "sample.venueplan"
# Only names without a folder separator, so nothing is written outside the test's folder.
token = st.text(st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="/\\"),
                max_size=10)
IDS = ["1", "2", "5", "99", "0", "-1", "abc", "1.5", "", " 3", "٣", "1_0",
       "99999999999999999999", "-99999999999999999999"]
VALUES = {
    "project": [SAMPLE, "missing.venueplan", "notes.txt", ".", "empty.venueplan", "sub"],
    "out": ["copy.venueplan", "sub", "missing", "sub/x.venueplan", "nowhere/x.venueplan"],
    "output": ["out.pdf", "out.xlsx", "out.html", "out.ics", "out", "sub", "sub/o.xlsx",
               "nowhere/o.pdf", "."],
    "file": ["regs.csv", "notes.txt", SAMPLE, "missing.csv", "sub"],
    "tiles": ["http://127.0.0.1:9/{z}/{x}/{y}.png", "kort.example.dk", "{z}/{x}/{y}",
              "ftp://x/{z}/{x}/{y}"],
    "id": IDS, "event": IDS, "venue": IDS,
}


def _commands() -> dict:
    """Each command's positionals and options (dest, flags, takes a value, choices)."""
    parser = build_parser()
    [sub] = [a for a in parser._actions if a.dest == "command"]
    commands = {}
    for name, command in sub.choices.items():
        actions = [a for a in command._actions if a.dest != "help"]
        commands[name] = ([a for a in actions if not a.option_strings],
                          [a for a in actions if a.option_strings])
    return commands


COMMANDS = _commands()


def _value(draw, action) -> str:
    known = list(action.choices or VALUES.get(action.dest, []))
    return draw(st.sampled_from(known) | token if known else token)


@st.composite
def argvs(draw) -> list[str]:
    """A command with its arguments mostly in the right places, plus random tokens."""
    name = draw(st.sampled_from(sorted(COMMANDS)))
    positionals, options = COMMANDS[name]
    argv = [name] + [_value(draw, a) for a in positionals[:draw(st.integers(0, 3))]]
    for action in draw(st.lists(st.sampled_from(options), max_size=4)) if options else []:
        argv.append(draw(st.sampled_from(action.option_strings)))
        if action.nargs != 0:
            argv.append(_value(draw, action))
    for _ in range(draw(st.integers(0, 2))):
        argv.insert(draw(st.integers(1, len(argv))),
                    draw(token | st.sampled_from(["-h", "--json", "--", "-o", "--bogus"])))
    return argv


@pytest.fixture(scope="module")
def sample_bytes(tmp_path_factory):
    from app.services.sample_project import write_sample
    path = tmp_path_factory.mktemp("cli-sample") / SAMPLE
    write_sample(path).close()
    return path.read_bytes()


@pytest.fixture
def cli_folder(tmp_path, monkeypatch, sample_bytes):
    """The working folder of the runs, with a few files and folders; fresh() puts the
    sample project back as it was before each example."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("not a project\n")
    (tmp_path / "empty.venueplan").write_bytes(b"")
    (tmp_path / "regs.csv").write_text("Navn;E-mail\nAnna Berg;anna@example.dk\n")
    (tmp_path / "sub").mkdir()

    def fresh():
        (tmp_path / SAMPLE).write_bytes(sample_bytes)
        return tmp_path / SAMPLE
    return fresh


def _run(capsys, argv) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse: usage errors, --help, --version
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def _assert_clear(code, err, argv) -> None:
    assert "Traceback" not in err, (argv, err)
    assert code in (0, 1, 2), (argv, code, err)
    if code == 1:
        assert err.startswith("venueplan: ") and err.count("\n") == 1, (argv, err)
        assert "unexpected error" not in err, (argv, err)


@settings(max_examples=examples(150), **FUZZ)
@given(argv=argvs())
@example(argv=["show", SAMPLE, "venue", "99999999999999999999"])
@example(argv=["capacity", SAMPLE, "--event", "-99999999999999999999"])
def test_any_argument_list_works_or_says_why_in_one_line(qapp, cli_folder, capsys, argv):
    """Guards the commands' own checks (ids, output paths, files, tile URLs) and the
    storage's one-line errors: a bad argument is one line and exit 1, or a usage error.

    The examples are ids too large for SQLite, which reached the last guard as an
    OverflowError ("unexpected error").
    """
    cli_folder()
    code, _, err = _run(capsys, argv)
    _assert_clear(code, err, argv)


# -- the CLI: damaged JSON in a project's records -------------------------------------

# (table, column, the record each command shows: venue or event, and where it sits there)
JSON_COLUMNS = [("rooms", "capacities", "venue"), ("transit_options", "steps", "venue"),
                ("parking_zones", "geometry", "venue"), ("programme_items", "speakers", "event")]
near_miss = st.sampled_from([
    '{"theatre": -5}', '{"theatre": 1.5}', '{"theatre": true}', '{"theatre": "40"}',
    '{"ballroom": 40}', '{"theatre": 1e400}', '{"theatre": NaN}', '{"theatre": null}',
    '["a", 1]', '[null]', '[["55", 12]]', "[[55, 12, 1]]", "[[NaN, 12]]", "[[55, Infinity]]",
    '[{"name": 1}]', '[{"name": "a", "role": "b", "x": 1}]', '["Anna"]', '[{"role": "chair"}]',
    '"text"', "5", "null", "true", "{}", "[]", "[[]]", "[{}]", "[" * 5000 + "]" * 5000])
stored = st.one_of(near_miss, json_value.map(lambda v: json.dumps(v, allow_nan=True)),
                   st.text(max_size=40), st.binary(max_size=40).map(sqlite3.Binary))


def _strict_json(text: str):
    """JSON as any other program reads it: NaN and Infinity are not JSON."""
    def refuse(constant):
        raise ValueError(f"{constant} is not JSON")
    return json.loads(text, parse_constant=refuse)


def _shape_ok(column: str, record: dict) -> bool:
    """Whether the CLI's JSON gives the column's values the documented shape."""
    if column == "capacities":
        return all(isinstance(r["capacities"], dict) and all(
            type(n) is int for n in r["capacities"].values()) for r in record["rooms"])
    if column == "steps":
        return all(isinstance(t["steps"], list) and all(isinstance(s, str) for s in t["steps"])
                   for t in record["transit_options"])
    if column == "geometry":
        return all(isinstance(z["geometry"], list) and all(
            isinstance(p, list) and len(p) == 2 and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in p)
            for p in z["geometry"]) for z in record["parking_zones"])
    return all(isinstance(i["speakers"], list) and all(
        isinstance(s, dict) and set(s) == {"name", "role"}
        and all(isinstance(v, str) for v in s.values()) for s in i["speakers"])
        for i in record["programme"])


@settings(max_examples=examples(120), **FUZZ)
@given(column=st.sampled_from(JSON_COLUMNS), value=stored)
@example(column=JSON_COLUMNS[0], value='["theatre"]')
@example(column=JSON_COLUMNS[0], value='{"theatre": 1e400}')
@example(column=JSON_COLUMNS[1], value="[" * 5000 + "]" * 5000)
def test_damaged_json_in_a_record_is_one_clear_line(qapp, cli_folder, capsys, column, value):
    """Guards the storage's checks of every JSON column: `show` and `list` print records
    with the documented shapes, or exit 1 with one line that names the damaged column.

    The examples are a room's seats stored as a list (AttributeError), as a number too
    large for an int (OverflowError), and nested too deep to parse (RecursionError).
    """
    table, name, kind = column
    with sqlite3.connect(cli_folder()) as conn:
        parent = "venue_id" if kind == "venue" else "event_id"
        record_id, row_id = conn.execute(f"SELECT {parent}, id FROM {table} "  # noqa: S608
                                         f"ORDER BY id LIMIT 1").fetchone()
        conn.execute(f"UPDATE {table} SET {name} = ? WHERE id = ?", (value, row_id))  # noqa: S608
    runs = [["show", SAMPLE, kind, str(record_id), "--json"],
            ["list", SAMPLE, "venues" if kind == "venue" else "events", "--json"],
            ["list", SAMPLE, "events"]]
    for argv in runs:
        code, out, err = _run(capsys, argv)
        _assert_clear(code, err, argv)
        if code == 1:
            assert "damaged" in err and f"{table}.{name}" in err, err
        else:
            assert code == 0 and err == "", (argv, err)
            if argv[0] == "show":
                assert _shape_ok(name, _strict_json(out)), out
            elif "--json" in argv:
                _strict_json(out)
