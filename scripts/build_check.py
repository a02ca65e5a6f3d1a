#!/usr/bin/env python3
"""Build the one-folder app with PyInstaller and start it headless in smoke mode.

    .venv/bin/python scripts/build_check.py

Installs PyInstaller into the project's environment if needed, builds from
build.spec into build/ and dist/, then runs the frozen app with --smoke (it opens
the sample project, renders a map, writes a workbook and a handout) and prints
the bundle's size, as a folder and packed the way it is shipped (tar.gz, or zip on
Windows), and the build time. Exits non-zero if any step fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def packed_size(bundle: Path) -> tuple[int, str]:
    """Size in bytes of the bundle packed as it is handed out: a zip on Windows, else tar.gz."""
    kind = "zip" if os.name == "nt" else "gztar"
    with tempfile.TemporaryDirectory(prefix="venueplan-pack-") as folder:
        archive = Path(
            shutil.make_archive(str(Path(folder) / bundle.name), kind, bundle.parent, bundle.name)
        )
        return archive.stat().st_size, archive.name.split(".", 1)[1]


def main() -> int:
    python = sys.executable
    if subprocess.run([python, "-c", "import PyInstaller"], capture_output=True).returncode:
        subprocess.check_call([python, "-m", "pip", "install", "--quiet", "pyinstaller>=6.5"])
    subprocess.check_call([python, str(ROOT / "scripts" / "translations.py"), "build"])
    started = time.monotonic()
    subprocess.check_call(
        [python, "-m", "PyInstaller", "--noconfirm", "--clean", str(ROOT / "build.spec")], cwd=ROOT
    )
    build_seconds = time.monotonic() - started
    bundle = ROOT / "dist" / "Venueplan"
    exe = bundle / ("Venueplan.exe" if os.name == "nt" else "Venueplan")
    home = Path(tempfile.mkdtemp(prefix="venueplan-frozen-home-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "VENUEPLAN_NO_NETWORK": "1",
    }
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses its sandbox as root; only this headless check sets the flag.
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
    started = time.monotonic()
    done = subprocess.run(
        [str(exe), "--smoke"], env=env, capture_output=True, text=True, timeout=300
    )
    smoke_seconds = time.monotonic() - started
    shutil.rmtree(home, ignore_errors=True)
    print(done.stdout.strip())
    size_mb = folder_size(bundle) / 1e6
    packed, kind = packed_size(bundle)
    print(
        f"bundle: {bundle} {size_mb:.0f} MB, {packed / 1e6:.0f} MB as .{kind}; "
        f"build {build_seconds:.0f} s; smoke run {smoke_seconds:.1f} s, exit {done.returncode}"
    )
    if done.returncode != 0:
        print(done.stderr[-3000:], file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
