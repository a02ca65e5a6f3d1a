"""The one way to change a project: typed commands, each one write transaction. No Qt.

`run(project, command)` opens a write transaction (BEGIN IMMEDIATE on SQLite), lets the
command read and write through repositories bound to it, appends its change records to
the changes table and commits; the `Result` carries the command that takes it back.
"""

from .base import Command, Result
from .transaction import Tx, run

__all__ = ["Command", "Result", "Tx", "run"]
