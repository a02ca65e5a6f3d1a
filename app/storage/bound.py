"""Repositories bound to one open transaction, so a command reads and writes in it alone."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import Protocol

from sqlalchemy import Connection


class Connector(Protocol):
    """What a repository needs: a connection to read with and one to write with. An
    `Engine` is one (each call its own transaction); `Bound` is the caller's transaction."""

    def connect(self) -> AbstractContextManager[Connection]: ...

    def begin(self) -> AbstractContextManager[Connection]: ...


class Bound:
    """Hands out one connection, already inside the caller's write transaction, to every
    repository call: their reads see the transaction's own writes and nothing commits
    until the caller's transaction does."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def connect(self) -> AbstractContextManager[Connection]:
        return nullcontext(self.conn)

    def begin(self) -> AbstractContextManager[Connection]:
        return nullcontext(self.conn)
