#!/usr/bin/env python3
"""Set up the local virtual environment and run Venueplan or its tests.

    python3 scripts/dev.py app [PROJECT]   set up, then open the app (the sample project by default)
    python3 scripts/dev.py test [ARGS]     set up, then run the whole test suite headless

Works with only Python 3.11+ on Linux, macOS and Windows. The environment lives
in .venv/ beside this folder and is reused while pyproject.toml is unchanged.
On Debian/Ubuntu the system packages the tests need (LibreOffice, poppler-utils,
the libraries Qt needs) are installed with apt-get when missing.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
# Debian packages: what Qt's offscreen platform and QtWebEngine load, and what the
# tests use to check documents (LibreOffice to render workbooks, poppler for PDFs).
DEBIAN_TEST_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
    "libdbus-1-3", "libnss3", "libxcomposite1", "libxdamage1", "libxrandr2", "libxtst6",
    "libxshmfence1", "libasound2", "libxkbfile1", "libgbm1", "libxcb-cursor0",
    "fonts-dejavu-core", "poppler-utils", "libreoffice-calc-nogui",
]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(extras: str) -> Path:
    if sys.version_info < (3, 11):
        sys.exit("Venueplan needs Python 3.11 or newer.")
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp_text = (ROOT / "pyproject.toml").read_bytes() + extras.encode()
    stamp = hashlib.sha256(stamp_text).hexdigest()
    stamp_file = VENV / f".installed-{extras or 'app'}"
    if not stamp_file.exists() or stamp_file.read_text() != stamp:
        print("Installing Venueplan and its dependencies ...", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.check_call([str(python), "-m", "pip", "install", "--quiet",
                               "--disable-pip-version-check", "-e", target], cwd=ROOT)
        stamp_file.write_text(stamp)
    return python


def ensure_debian_packages() -> None:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return
    missing = [p for p in DEBIAN_TEST_PACKAGES if subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", p], capture_output=True, text=True
    ).stdout.strip() != "install ok installed"]
    if not missing:
        return
    apt = ["apt-get"] if os.geteuid() == 0 else ["sudo", "apt-get"]
    print(f"Installing system packages for the tests: {' '.join(missing)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.check_call(apt + ["update", "-qq"], env=env)
    subprocess.check_call(apt + ["install", "-y", "-qq", "--no-install-recommends", *missing],
                          env=env)


def build_translations(python: Path) -> None:
    """Compile the .ts sources to the .qm files the app loads (they are not kept in git)."""
    subprocess.check_call([str(python), str(ROOT / "scripts" / "translations.py"), "build"],
                          cwd=ROOT, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    if argv[0] == "app":
        python = ensure_venv("")
        build_translations(python)
        return subprocess.call([str(python), "-m", "app", *argv[1:]], cwd=ROOT)
    ensure_debian_packages()
    python = ensure_venv("test")
    build_translations(python)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(python), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
