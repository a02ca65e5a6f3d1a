"""Undo and redo without limit: each step holds the command that takes it back or forward.

A step's command checks, inside its transaction, that the records are as the step left
them; when another window changed them since, it raises ConflictError naming what
changed, and the step stays where it was in the history (nothing is dropped).
Qt-free: the window runs the commands on a worker and reports back with `undone`/`redone`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ..storage import Project
from .base import Command, Result
from .transaction import run


@dataclass
class Step:
    """One change in the history. `label` says what it did in the user's words; `kind`
    and `target` say which record it touched (venue/event id, or the event of
    registrations), so the window can show it after an undo."""

    label: str
    kind: str
    target: int | None
    undo: Command | None
    redo: Command | None = None


class History:
    def __init__(self) -> None:
        self._steps: list[Step] = []
        self._done = 0  # steps[:done] are done, steps[done:] undone (redoable)

    def record(self, label: str, kind: str, target: int | None, result: Result) -> None:
        """Add a change just made; one that cannot be taken back (a purge) ends the history."""
        if result.ends_undo:
            self.clear()
            return
        del self._steps[self._done :]
        if result.inverse is None:
            return
        self._steps.append(Step(label, kind, target, result.inverse))
        self._done += 1

    def clear(self) -> None:
        self._steps.clear()
        self._done = 0

    def __len__(self) -> int:
        return len(self._steps)

    def undo_step(self) -> Step | None:
        return self._steps[self._done - 1] if self._done > 0 else None

    def redo_step(self) -> Step | None:
        return self._steps[self._done] if self._done < len(self._steps) else None

    def undo_command(self, step: Step) -> Command | None:
        """`step`'s undo, logging "Undone: <label>" where the command keeps a log line."""
        return _logged(step.undo, f"Undone: {step.label}")

    def redo_command(self, step: Step) -> Command | None:
        return _logged(step.redo, f"Redone: {step.label}")

    def undone(self, step: Step, result: Result) -> None:
        """`step`'s undo command ran: its result's inverse is how to redo it."""
        if self.undo_step() is step:
            step.undo, step.redo = None, result.inverse
            self._done -= 1

    def redone(self, step: Step, result: Result) -> None:
        if self.redo_step() is step:
            step.redo, step.undo = None, result.inverse
            self._done += 1

    def undo(self, project: Project) -> Step | None:
        """Undo the last step here and now (the CLI's and tests' way); ConflictError if
        another window changed its records since, and then the history is unchanged."""
        step = self.undo_step()
        command = self.undo_command(step) if step is not None else None
        if step is None or command is None:
            return None
        self.undone(step, run(project, command))
        return step

    def redo(self, project: Project) -> Step | None:
        step = self.redo_step()
        command = self.redo_command(step) if step is not None else None
        if step is None or command is None:
            return None
        self.redone(step, run(project, command))
        return step


def _logged(command: Command | None, line: str) -> Command | None:
    # The registrations' activity log says which step was taken back or forward.
    if command is not None and dataclasses.is_dataclass(command) and hasattr(command, "log_line"):
        return dataclasses.replace(command, log_line=line)
    return command
