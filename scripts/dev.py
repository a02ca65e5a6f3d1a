#!/usr/bin/env python3
"""Set up the local virtual environment and run Venueplan or its tests.

    python3 scripts/dev.py app [PROJECT]   set up, then open the app (the sample project by default)
    python3 scripts/dev.py test [ARGS]     set up, then run the checks and the whole test suite

Works with only Python 3.11+ on Linux, macOS and Windows. The environment lives
in .venv/ beside this folder and is reused while pyproject.toml is unchanged.
On Windows and macOS the Qt wheels bring everything Qt needs. On Debian/Ubuntu the
system libraries Qt loads (and, for the tests, LibreOffice and poppler-utils) are
installed with apt-get when missing; where that is not possible, one line names the
exact command to run.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
# Debian packages Qt loads in a window (the xcb platform) and QtWebEngine loads. The
# xcb list is Qt's own (doc.qt.io: "Qt for X11 Requirements"); ldd checks it below.
DEBIAN_APP_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
    "libdbus-1-3", "libnss3", "libxcomposite1", "libxdamage1", "libxrandr2", "libxtst6",
    "libxshmfence1", "libasound2", "libxkbfile1", "libgbm1", "libxcb-cursor0",
    "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-xinerama0", "libxcb-randr0", "libxcb-xfixes0", "libxcb-xkb1",
    "fonts-dejavu-core",
]  # fmt: skip
# What the tests add: LibreOffice renders workbooks, poppler reads and renders PDFs, and
# PostgreSQL's server programs run the throwaway cluster of the team-server tests.
DEBIAN_TEST_PACKAGES = [
    "poppler-utils",
    "libreoffice-calc-nogui",
    "libreoffice-writer-nogui",
    "postgresql",
]
# The Qt libraries whose missing dependencies would keep the window or the map from
# starting; relative to the PySide6 package.
QT_BINARIES = [
    "Qt/plugins/platforms/libqxcb.so",
    "Qt/lib/libQt6XcbQpa.so.6",
    "Qt/lib/libQt6WebEngineCore.so.6",
]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs under any python3 to say so
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
        subprocess.check_call(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             "-e", target],
            cwd=ROOT,
        )  # fmt: skip
        stamp_file.write_text(stamp)
    return python


def missing_debian_packages(packages: list[str]) -> list[str]:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return []
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${Status}\n", *packages],
        capture_output=True,
        text=True,
    ).stdout
    installed = {
        line.split()[0] for line in status.splitlines() if line.endswith("install ok installed")
    }
    return [p for p in packages if p not in installed]


def debian_package_for(soname: str) -> str:
    """Debian's naming rule for a shared library: libxcb-icccm.so.4 -> libxcb-icccm4."""
    stem, _, version = soname.partition(".so.")
    major = version.split(".")[0]
    return f"{stem}-{major}" if stem[-1:].isdigit() else f"{stem}{major}"


def missing_qt_libraries(python: Path) -> list[str]:
    """Shared libraries Qt's window and web engine need that this system lacks (ldd)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    site = subprocess.run(
        [str(python), "-c", "import PySide6, os; print(os.path.dirname(PySide6.__file__))"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    missing: set[str] = set()
    for rel in QT_BINARIES:
        binary = Path(site, rel)
        if binary.exists():
            out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
            missing.update(re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE))
    return sorted(missing)


def install_debian_packages(packages: list[str], purpose: str) -> bool:
    """apt-get install, as root or through sudo; False (after one line saying what to
    run) when that is not possible here."""
    if not packages:
        return True
    as_root = os.geteuid() == 0
    apt = ["apt-get"] if as_root else ["sudo", "apt-get"]
    command = " ".join(["sudo", "apt-get", "install", *packages])
    if not as_root and (shutil.which("sudo") is None or not sys.stdin.isatty()):
        print(f"{purpose} needs system packages; install them with: {command}", flush=True)
        return False
    print(f"Installing system packages ({purpose}): {' '.join(packages)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.check_call(apt + ["update", "-qq"], env=env)
        subprocess.check_call(
            apt + ["install", "-y", "-qq", "--no-install-recommends", *packages], env=env
        )
    except (OSError, subprocess.CalledProcessError):
        print(f"{purpose} needs system packages; install them with: {command}", flush=True)
        return False
    return True


def ensure_system_libraries(python: Path, packages: list[str], purpose: str) -> bool:
    if not install_debian_packages(missing_debian_packages(packages), purpose):
        return False
    still = missing_qt_libraries(python)
    if still and shutil.which("dpkg-query"):
        extra = sorted({debian_package_for(lib) for lib in still})
        if not install_debian_packages(extra, purpose):
            return False
        still = missing_qt_libraries(python)
    if still:
        print(f"Qt cannot start: missing system libraries {', '.join(still)}", flush=True)
        return False
    return True


def build_translations(python: Path) -> None:
    """Compile the .ts sources to the .qm files the app loads (they are not kept in git)."""
    subprocess.check_call(
        [str(python), str(ROOT / "scripts" / "translations.py"), "build"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def run_checks(python: Path) -> int:
    """Lint, format and type checks, configured in pyproject.toml."""
    for check in (
        ["ruff", "check", "--quiet", "."],
        ["ruff", "format", "--check", "--quiet", "."],
        ["mypy"],  # packages and strictness per layer in [tool.mypy]
    ):
        print(f"$ {' '.join(check)}", flush=True)
        code = subprocess.call([str(python), "-m", *check], cwd=ROOT)
        if code != 0:
            return code
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    if argv[0] == "app":
        python = ensure_venv("")
        if not ensure_system_libraries(python, DEBIAN_APP_PACKAGES, "The Venueplan window"):
            return 1
        build_translations(python)
        return subprocess.call([str(python), "-m", "app", *argv[1:]], cwd=ROOT)
    python = ensure_venv("test")
    if not ensure_system_libraries(python, DEBIAN_APP_PACKAGES + DEBIAN_TEST_PACKAGES, "The tests"):
        return 1
    build_translations(python)
    # Checks first when the whole suite runs; a run of chosen tests skips them.
    if not argv[1:]:
        code = run_checks(python)
        if code != 0:
            return code
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(python), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
