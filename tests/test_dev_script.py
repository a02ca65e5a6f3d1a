"""scripts/dev.py: what it says when Qt's system libraries are missing on Debian/Ubuntu."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "dev_script", Path(__file__).resolve().parent.parent / "scripts" / "dev.py"
)
assert _SPEC is not None and _SPEC.loader is not None
dev = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(dev)


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libnss3.so.1", "libnss3-1"),
    ],
)
def test_a_missing_library_is_named_by_its_debian_package(soname, package):
    assert dev.debian_package_for(soname) == package


def test_without_root_or_a_terminal_one_line_names_the_exact_command(monkeypatch, capsys):
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    calls: list[object] = []
    monkeypatch.setattr(dev.subprocess, "check_call", lambda *a, **k: calls.append(a))

    ok = dev.install_debian_packages(["libxcb-icccm4", "libxcb-keysyms1"], "The Venueplan window")

    assert not ok and calls == []
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "The Venueplan window needs system packages; install them with: "
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    ]


def test_nothing_missing_installs_nothing(monkeypatch):
    monkeypatch.setattr(dev.subprocess, "check_call", lambda *a, **k: pytest.fail("installed"))
    assert dev.install_debian_packages([], "The tests")
