#!/usr/bin/env python3
"""Qt Linguist tooling for Venueplan's user interface.

    python scripts/translations.py update [DIR]   re-scan app/ for tr() strings into resources/translations/*.ts
                                                  (or into the copies in DIR)
    python scripts/translations.py build    compile the .ts sources to .qm files (done by scripts/dev.py)

The .ts files are the sources kept in the repository; the .qm files are built.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ["da", "en"]
# English is the language of the sources: its file holds only the plural forms
# ("1 event" / "2 events" for "%n event(s)").
PLURAL_ONLY = {"en"}


def _tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: run this with the project's virtual environment.")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def update(ts_dir: Path = TRANSLATIONS) -> None:
    """Re-scan app/ into the .ts files in ``ts_dir`` (a copy elsewhere lets tests compare)."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_dir / f"venueplan_{language}.ts"
        plural_only = ["-pluralonly"] if language in PLURAL_ONLY else []
        subprocess.check_call(
            [
                _tool("lupdate"),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                *plural_only,
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
        )


def build() -> list[Path]:
    built = []
    for ts in sorted(TRANSLATIONS.glob("venueplan_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            built.append(qm)
            continue
        subprocess.check_call([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)])
        built.append(qm)
    return built


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update(Path(sys.argv[2]).resolve() if len(sys.argv) > 2 else TRANSLATIONS)
    elif command == "build":
        for path in build():
            print(path.relative_to(ROOT))
    else:
        print(__doc__)
        sys.exit(2)
