"""What every command is and returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from ..domain.record_diff import Difference

if TYPE_CHECKING:
    from .transaction import Tx


class Command(Protocol):
    """A change to a project, run inside one write transaction by `application.run`.
    It checks inside that transaction that what it changes is as its caller saw it."""

    def run(self, tx: Tx) -> Result: ...


@dataclass
class Result:
    """What a command did. `inverse` takes it back, and checks before it writes that the
    records are still as this command left them; None when it cannot be taken back.
    `differences` says what changed (for labels), `ends_undo` that earlier steps can no
    longer be undone (personal data was deleted), `seq` the sequence number of its last
    change record: the commits' order, in which replaying the commands gives the same data."""

    value: Any = None
    inverse: Command | None = None
    differences: list[Difference] = field(default_factory=list)
    ends_undo: bool = False
    seq: int = 0
