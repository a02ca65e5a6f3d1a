"""Fuzzed CLI input: any argument list, any damage to the JSON a project's records hold.

`venueplan` either works or says in one line what is wrong and exits 1 (or 2 for a
usage error): never a traceback, and never the last guard's "unexpected error", which
means a check is missing. Runs happen in a temporary folder with relative paths only.
"""

import json
import sqlite3
from pathlib import Path, PurePath

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.cli import build_parser, main

from .fuzzing import FUZZ, examples, json_value

# -- argument lists -------------------------------------------------------------------

SAMPLE = "sample.venueplan"
# Random tokens hold no folder separator, so nothing is written outside the test's folder.
token = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="/\\"), max_size=10
)
# For each argument (by its dest): values that work, and values a command must refuse
# in one line. Paths are relative: the runs happen in the test's folder.
BAD_IDS = [
    "99",
    "0",
    "-1",
    "abc",
    "1.5",
    "",
    " 3",
    "1_0",
    "99999999999999999999",
    "-99999999999999999999",
]
VALUES = {
    "project": ([SAMPLE], ["missing.venueplan", "notes.txt", ".", "empty.venueplan", "sub", ""]),
    "out": (
        ["copy.venueplan", "sub/x.venueplan"],
        ["sub", ".", "", "nowhere/x.venueplan", SAMPLE, "notes.txt", "readonly.pdf"],
    ),
    # The project itself (by name, another spelling or a link) and a read-only file are
    # outputs that must be refused: _assert_kept checks that both survive.
    "output": (
        ["out.pdf", "out.xlsx", "out.html", "out.ics", "sub/o.xlsx"],
        ["out", "sub", ".", "", "nowhere/o.pdf", ".xlsx", SAMPLE, f"sub/../{SAMPLE}"]
        + ["link.pdf", "link.xlsx", "readonly.pdf", "readonly.xlsx"],
    ),
    "file": (["regs.csv"], ["notes.txt", SAMPLE, "missing.csv", "sub", ""]),
    "tiles": (
        ["http://127.0.0.1:9/{z}/{x}/{y}.png"],
        ["kort.example.dk", "{z}/{x}/{y}", "ftp://x/{z}/{x}/{y}", ""],
    ),
    "attribution": (["Test tiles"], [""]),
    "id": (["1", "2", "5"], BAD_IDS),
    "event": (["1", "2", "5"], BAD_IDS),
    "venue": (["1", "3"], BAD_IDS),
    "walking_speed": (["4.5", "3,5"], ["0", "fast", "99", "", "nan", "inf"]),
    # checkin's few letters of a name: one match, several, none, and nothing at all.
    "name": (["Mette", "kommune", "soren"], ["", "zzzz-nobody", "\x00"]),
    "tables": (["3"], ["0", "-1", "abc", "", "1.5", "99999999999999999999"]),
    "seats": (["8"], ["0", "-2", "x", ""]),
    "seed": (["2"], ["abc", "1.5", "", "99999999999999999999"]),
    "cards": (["cards.pdf"], ["sub", "", SAMPLE, "link.pdf", "readonly.pdf", "nowhere/c.pdf"]),
    "facilitator": (["1"], BAD_IDS),
    "together": (["1,2"], ["1", "1,2,3", "a,b", ",", ""]),
    "apart": (["1,2"], ["1", "x,1", ""]),
    "fix": (["1=2"], ["1", "1=0", "=2", "a=b", "1=", ""]),
    # copy: a file or a server address (port 9 on this computer: nothing listens there).
    "source": (
        [SAMPLE],
        ["missing.venueplan", "notes.txt", ".", "", "postgresql://u@127.0.0.1:9/x"],
    ),
    "dest": (
        ["copied.venueplan", "sub/c.venueplan"],
        ["", ".", "sub", SAMPLE, "nowhere/x.venueplan", "notes.txt", "readonly.pdf"]
        + [
            "postgresql://a:pw@127.0.0.1:9/x",
            "postgresql://127.0.0.1:9/",
            "postgresql://u@127.0.0.1:9/x",
        ],
    ),
}


def _commands() -> dict:
    """Each command's positionals, its option groups of which one is required, and its
    other options, as the parser has them (so a new flag is fuzzed without a change here)."""
    parser = build_parser()
    [sub] = [a for a in parser._actions if a.dest == "command"]
    commands = {}
    for name, command in sub.choices.items():
        groups = [g._group_actions for g in command._mutually_exclusive_groups if g.required]
        in_groups = {a for group in groups for a in group}
        actions = [a for a in command._actions if a.dest != "help" and a not in in_groups]
        commands[name] = (
            [a for a in actions if not a.option_strings],
            groups,
            [a for a in actions if a.option_strings],
        )
    return commands


COMMANDS = _commands()


def _value(draw, action) -> str:
    good, bad = VALUES.get(action.dest, (list(action.choices or []), ["", "Venue"]))
    chance = draw(st.integers(0, 9))  # mostly a value that works, so the command runs on
    return draw(
        st.sampled_from(good)
        if chance > 2 and good
        else st.sampled_from(bad)
        if chance > 0
        else token
    )


def _option(draw, action) -> list[str]:
    flag = draw(st.sampled_from(action.option_strings))
    return [flag] if action.nargs == 0 else [flag, _value(draw, action)]


@st.composite
def argvs(draw, name: str) -> list[str]:
    """The command with its arguments mostly right, now and then one wrong or missing,
    and now and then a stray token anywhere after the command's name."""
    positionals, groups, options = COMMANDS[name]
    argv = [name]
    for action in positionals:
        if draw(st.integers(0, 19)):
            argv.append(_value(draw, action))
    for group in groups:
        if draw(st.integers(0, 19)):
            argv += _option(draw, draw(st.sampled_from(group)))
    for action in options:
        if draw(st.integers(0, 19)) < (19 if action.required else 6):
            argv += _option(draw, action)
    if not draw(st.integers(0, 3)):
        argv.insert(
            draw(st.integers(1, len(argv))),
            draw(token | st.sampled_from(["-h", "--json", "--", "-o", "--bogus"])),
        )
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
    for name in ("link.pdf", "link.xlsx"):
        (tmp_path / name).symlink_to(SAMPLE)
    for name in ("readonly.pdf", "readonly.xlsx"):
        (tmp_path / name).write_text("keep me")
        (tmp_path / name).chmod(0o444)

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


def _assert_kept(argv) -> None:
    """The project is still a project and a read-only file is as it was."""
    assert Path(SAMPLE).read_bytes()[:16] == b"SQLite format 3\x00", argv
    assert Path("readonly.pdf").read_text() == "keep me", argv


def _assert_clear(code, err, argv) -> None:
    assert "Traceback" not in err, (argv, err)
    assert code in (0, 1, 2), (argv, code, err)
    if code == 1:
        assert err.startswith("venueplan: ") and err.count("\n") == 1, (argv, err)
        assert "unexpected error" not in err, (argv, err)


@pytest.mark.parametrize("command", sorted(COMMANDS))
@settings(max_examples=examples(40), **FUZZ)
@given(data=st.data())
def test_any_argument_list_works_or_says_why_in_one_line(qapp, cli_folder, capsys, command, data):
    """Guards the commands' own checks (ids, output paths, files, tile URLs) and the
    storage's one-line errors: a bad argument is one line and exit 1, or a usage error.
    Each command has its own examples, so none is left out by chance."""
    cli_folder()
    argv = data.draw(argvs(command), label="argv")
    code, _, err = _run(capsys, argv)
    _assert_clear(code, err, argv)
    _assert_kept(argv)


def _one_wrong_each(name: str):
    """The command's argument list with every value right, then once with each wrong
    value of each argument in turn (hypothesis may never draw a particular one)."""
    positionals, groups, options = COMMANDS[name]
    slots = [([], a) for a in positionals] + [([g[0].option_strings[0]], g[0]) for g in groups]
    slots += [
        ([a.option_strings[0]], a)
        for a in options
        if a.nargs != 0 and (a.required or a.dest in VALUES)
    ]
    good = {a.dest: VALUES.get(a.dest, (list(a.choices or []), []))[0][0] for _, a in slots}
    if "output" in good:  # the kind of file the command writes, as its help names it
        good["output"] = (
            "out" + PurePath(next(a.metavar for _, a in slots if a.dest == "output")).suffix
        )

    def argv(wrong=None, value=None):
        args = [name]
        for flag, action in slots:
            args += flag + [value if action is wrong else good[action.dest]]
        return args

    yield argv()
    for _, action in slots:
        for value in VALUES.get(action.dest, ([], ["", "Venue"]))[1]:
            yield argv(action, value)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_each_wrong_argument_among_right_ones_is_one_line(qapp, cli_folder, capsys, command):
    """Guards each check of an argument on its own: a folder or a missing folder as the
    output, a missing or foreign project, a bad id, tile URL or file to import."""
    for argv in _one_wrong_each(command):
        cli_folder()
        code, _, err = _run(capsys, argv)
        _assert_clear(code, err, argv)
        _assert_kept(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["show", SAMPLE, "venue", "99999999999999999999"],
        ["capacity", SAMPLE, "--event", "-99999999999999999999"],
        ["sample", ""],
        ["sample", "sub"],
    ],
)
def test_arguments_that_reached_the_last_guard(cli_folder, capsys, argv):
    """Ids too large for SQLite (an OverflowError) and a folder given as the sample's file
    (IsADirectoryError) came out as "unexpected error" before they had their own checks."""
    cli_folder()
    code, _, err = _run(capsys, argv)
    _assert_clear(code, err, argv)
    assert code == 1


# -- damaged JSON in a project's records ------------------------------------------

# (table, column, the record each command shows: venue or event, and where it sits there)
JSON_COLUMNS = [
    ("rooms", "capacities", "venue"),
    ("transit_options", "steps", "venue"),
    ("parking_zones", "geometry", "venue"),
    ("programme_items", "speakers", "event"),
]
near_miss = st.sampled_from(
    [
        '{"theatre": -5}',
        '{"theatre": 1.5}',
        '{"theatre": true}',
        '{"theatre": "40"}',
        '{"ballroom": 40}',
        '{"theatre": 1e400}',
        '{"theatre": NaN}',
        '{"theatre": null}',
        '["a", 1]',
        "[null]",
        '[["55", 12]]',
        "[[55, 12, 1]]",
        "[[NaN, 12]]",
        "[[55, Infinity]]",
        '[{"name": 1}]',
        '[{"name": "a", "role": "b", "x": 1}]',
        '["Anna"]',
        '[{"role": "chair"}]',
        '"text"',
        "5",
        "null",
        "true",
        "{}",
        "[]",
        "[[]]",
        "[{}]",
        "[" * 5000 + "]" * 5000,
    ]
)
stored = st.one_of(
    near_miss,
    json_value.map(lambda v: json.dumps(v, allow_nan=True)),
    st.text(max_size=40),
    st.binary(max_size=40).map(sqlite3.Binary),
)


def _strict_json(text: str):
    """JSON as any other program reads it: NaN and Infinity are not JSON."""

    def refuse(constant):
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def _shape_ok(column: str, record: dict) -> bool:
    """Whether the CLI's JSON gives the column's values the documented shape."""
    if column == "capacities":
        return all(
            isinstance(r["capacities"], dict)
            and all(type(n) is int for n in r["capacities"].values())
            for r in record["rooms"]
        )
    if column == "steps":
        return all(
            isinstance(t["steps"], list) and all(isinstance(s, str) for s in t["steps"])
            for t in record["transit_options"]
        )
    if column == "geometry":
        return all(
            isinstance(z["geometry"], list)
            and all(
                isinstance(p, list)
                and len(p) == 2
                and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in p)
                for p in z["geometry"]
            )
            for z in record["parking_zones"]
        )
    return all(
        isinstance(i["speakers"], list)
        and all(
            isinstance(s, dict)
            and set(s) == {"name", "role"}
            and all(isinstance(v, str) for v in s.values())
            for s in i["speakers"]
        )
        for i in record["programme"]
    )


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
        # The first child row of the table: the record it belongs to is the one shown.
        record_id, row_id = conn.execute(
            f"SELECT {parent}, id FROM {table} ORDER BY id LIMIT 1"
        ).fetchone()
        conn.execute(f"UPDATE {table} SET {name} = ? WHERE id = ?", (value, row_id))
    runs = [
        ["show", SAMPLE, kind, str(record_id), "--json"],
        ["list", SAMPLE, "venues" if kind == "venue" else "events", "--json"],
        ["list", SAMPLE, "events"],
    ]
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


@settings(max_examples=examples(40), **FUZZ)
@given(
    value=stored
    | st.sampled_from(
        ['["full_name", 5]', '[["x"], null]', '{"a": 1}', "[]", '["full_name", "email", "phone"]']
    )
)
@example(value="7")
def test_a_damaged_remembered_column_mapping_is_forgotten(qapp, cli_folder, capsys, value):
    """Guards the check of a remembered mapping (column_layouts.mapping): a damaged one
    reads as none, so `import` plans the columns by their headings as if it were new.

    The example is a mapping stored as a number, which reached len() (TypeError).
    """
    from app.services.column_layouts import layout_key

    with sqlite3.connect(cli_folder()) as conn:
        conn.execute(
            "INSERT INTO column_layouts VALUES (?, ?, ?, ?)",
            (layout_key(["Navn", "E-mail"]), '["Navn", "E-mail"]', value, "2025-01-01T00:00:00"),
        )
    argv = ["import", SAMPLE, "regs.csv", "--event", "1"]
    code, out, err = _run(capsys, argv)
    _assert_clear(code, err, argv)
    assert code == 0 and "1 added" in out, (out, err)


# -- damaged coordinates and registration rows --------------------------------------

# Every column a venue's position or a registration is read from, with values of any
# type SQLite keeps: numbers out of range, NaN-like texts, bytes.
SCALAR_COLUMNS = [
    ("venues", "latitude", "id"),
    ("venues", "longitude", "id"),
    ("entrances", "latitude", "venue_id"),
    ("transit_options", "stop_longitude", "venue_id"),
    ("registrations", "status", "event_id"),
    ("registrations", "full_name", "event_id"),
    ("registrations", "registered_at", "event_id"),
    ("registrations", "source_row", "event_id"),
    ("registrations", "by_car", "event_id"),
]
any_stored = st.one_of(
    st.none(),
    st.floats(),
    st.integers(-(2**63), 2**63 - 1),
    st.text(max_size=12),
    st.binary(max_size=8).map(sqlite3.Binary),
    st.sampled_from([1e308, -1e308, 90.0001, 181, "north", "NaN", "inf", "55,7"]),
)


@settings(max_examples=examples(60), **FUZZ)
@given(column=st.sampled_from(SCALAR_COLUMNS), value=any_stored)
@example(column=SCALAR_COLUMNS[0], value=1e308)
@example(column=SCALAR_COLUMNS[1], value="north")
@example(column=SCALAR_COLUMNS[4], value="bogus")
def test_a_damaged_coordinate_or_registration_is_one_clear_line(
    qapp, cli_folder, capsys, column, value
):
    """Guards the storage's checks of coordinates and registration rows: every command
    that reads them (and paints them) prints, or exits 1 with one line naming the record.

    The examples made the handout die with SIGSEGV and `list registrations` end in
    "unexpected error: ValueError"."""
    table, name, key = column
    path = cli_folder()
    code, _, err = _run(capsys, ["import", SAMPLE, "--event", "1", "regs.csv"])
    assert code == 0, err
    with sqlite3.connect(path) as conn:
        try:
            conn.execute(f"UPDATE {table} SET {name} = ? WHERE {key} = 1", (value,))
        except sqlite3.IntegrityError:  # a NOT NULL column: the file cannot hold it
            return
    runs = [
        ["handout", SAMPLE, "--event", "1", "-o", "h.pdf"],
        ["badges", SAMPLE, "--event", "1", "-o", "b.pdf"],
        ["map", SAMPLE, "--event", "1", "-o", "m.html"],
        ["export", SAMPLE, "--event", "1", "-o", "e.xlsx"],
        ["list", SAMPLE, "registrations", "--event", "1", "--json"],
        ["capacity", SAMPLE, "--event", "1", "--json"],
        ["show", SAMPLE, "venue", "1", "--json"],
    ]
    for argv in runs:
        code, _, err = _run(capsys, argv)
        _assert_clear(code, err, argv)
        if code == 1 and "damaged" in err:
            assert f"{table}.{name}" in err or "isoformat" in err, err
