"""Nothing but the application layer writes: the window and the CLI only run its commands."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CALLERS = [*sorted((ROOT / "app" / "ui").rglob("*.py")), *(ROOT / "app" / "commands").glob("*.py")]
CALLERS.append(ROOT / "app" / "cli.py")

# Calls that write a project: repositories' writing methods and the services that write.
WRITES = re.compile(
    r"\.(venues|events|registrations|checkins|tables|surroundings)\."
    r"(add|save|delete|update|update_many|add_many|log|remember_column_layout|check_in"
    r"|undo_check_in)\("
    r"|engine\.begin\(|\.transaction\(\)"
    r"|(?<!def )\b(import_table|purge_event|restore|check_in_person|add_walk_in|undo_walk_in)\("
    r"|registration_changes\.(add|save|set_status|delete)\("
    r"|column_layouts\.remember\("
)


def test_the_window_and_the_cli_write_only_through_commands():
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in CALLERS
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if WRITES.search(line)
    ]
    assert not found, "\n".join(found)
