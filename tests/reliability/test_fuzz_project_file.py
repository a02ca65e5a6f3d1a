"""Malformed project files: truncated, random bytes, another app's SQLite file. Always one clear message."""

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.storage import Project, ProjectError


@pytest.fixture(scope="module")
def sample_bytes(tmp_path_factory):
    from app.services.sample_project import write_sample

    path = tmp_path_factory.mktemp("sample") / "s.venueplan"
    write_sample(path).close()
    return path.read_bytes()


def _open_all(path):
    """Open and read everything, as the main window does on start."""
    with Project.open(path) as project:
        project.venues.all()
        for event in project.events.all():
            project.registrations.for_event(event.id)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.floats(min_value=0.0, max_value=0.99))
def test_truncated_project_is_refused_with_a_message(tmp_path, sample_bytes, cut):
    path = tmp_path / "cut.venueplan"
    path.write_bytes(sample_bytes[: int(len(sample_bytes) * cut)])
    try:
        _open_all(path)
    except ProjectError as exc:
        assert str(exc).startswith("cut.venueplan: ") and "\n" not in str(exc)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(noise=st.binary(min_size=0, max_size=4096), keep_header=st.booleans())
def test_random_bytes_are_refused_with_a_message(tmp_path, noise, keep_header):
    path = tmp_path / "noise.venueplan"
    path.write_bytes((b"SQLite format 3\x00" if keep_header else b"") + noise)
    with pytest.raises(ProjectError, match="^noise.venueplan: "):
        _open_all(path)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(offset=st.integers(min_value=100, max_value=60_000), junk=st.binary(min_size=1, max_size=64))
def test_damaged_pages_never_crash(tmp_path, sample_bytes, offset, junk):
    data = bytearray(sample_bytes)
    offset %= len(data)
    data[offset : offset + len(junk)] = junk
    path = tmp_path / "damaged.venueplan"
    path.write_bytes(bytes(data))
    try:
        _open_all(path)
    except ProjectError:
        pass
    except Exception as exc:  # noqa: BLE001 - the storage layer must say it in one line
        pytest.fail(f"{type(exc).__name__}: {exc}")


def test_another_apps_sqlite_file(tmp_path):
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="places.sqlite: is not a Venueplan project"):
        Project.open(path)
    assert path.read_bytes() == before
