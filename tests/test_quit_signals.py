"""A logout or Ctrl+C closes the window as File > Quit does: the layout is remembered and the
process ends normally, instead of ending at once with an edit perhaps still queued."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _settings_file(home: Path) -> Path:
    return home / "config" / "Venueplan" / "Venueplan.conf"


def _wait_for(condition, seconds: float) -> bool:
    give_up = time.monotonic() + seconds
    while time.monotonic() < give_up:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_window_as_quit_does_and_the_app_ends_normally(
    tmp_path, sample_path, number
):
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data")):
        (home / sub).mkdir(parents=True)
        env[var] = str(home / sub)
    settings = _settings_file(home)
    app = subprocess.Popen(
        [sys.executable, "-m", "app", str(sample_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The project is open once the window has put it among the recent files.
        opened = _wait_for(
            lambda: settings.exists() and sample_path.name in settings.read_text("utf-8"), 60
        )
        assert opened, "the window never opened the project"
        assert "editorWidth" not in settings.read_text("utf-8")  # written when it closes
        app.send_signal(number)
        _, errors = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, errors
    assert "Traceback" not in errors
    written = settings.read_text("utf-8")
    # What only closing the window writes: its page and the room its editors need.
    assert "editorWidth" in written and "page=" in written
