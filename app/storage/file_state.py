"""The machine's problems with a project file told apart: read-only, busy, disk full,
damaged, each its own error and message (as qutebrowser's `raise_sqlite_error` does), and a
read-only file opened as a read-only copy in memory.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import uuid
from pathlib import Path

from .errors import (
    BusyProjectError,
    DamagedProjectError,
    DiskFullError,
    ProjectError,
    ReadOnlyProjectError,
)


def current_umask() -> int:
    """The process's umask. Read from /proc where there is one: setting the umask to read
    it would, for a moment, give files made by other threads the wrong permissions."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def usual_mode(path: str | os.PathLike[str]) -> None:
    """Give a file made by mkstemp (0600) the permissions any new file gets under the
    user's umask, so a colleague on a shared folder can open it too."""
    os.chmod(path, 0o666 & ~current_umask())


def is_writable(path: Path) -> bool:
    """Whether changes to `path` can be saved: the file and its folder (where SQLite
    writes its journal) are writable. Mode bits count as well as access, so a file
    marked read-only stays so even for an administrator."""

    def writable(target: Path) -> bool:
        return bool(os.stat(target).st_mode & 0o222) and os.access(target, os.W_OK)

    try:
        return writable(path) and writable(path.parent if str(path.parent) else Path("."))
    except OSError:
        return False


def classify(error: BaseException, name: str) -> ProjectError:
    """`error` from SQLite or the file system as the one-line error a user can act on."""
    text = str(error).lower()
    if (isinstance(error, OSError) and error.errno == errno.ENOSPC) or "disk is full" in text:
        return DiskFullError(
            f"{name}: the disk is full, so the change was not saved; free some space and try again."
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyProjectError(
            f"{name}: is read-only, so changes cannot be saved; save a copy elsewhere to edit."
        )
    if "locked" in text or "busy" in text:
        return BusyProjectError(
            f"{name}: is busy in another program or window; try again in a moment."
        )
    if isinstance(error, OSError) or "unable to open" in text:
        return ProjectError(f"{name}: cannot be opened ({error}).")
    return DamagedProjectError(f"{name}: is damaged and cannot be read ({error}).")


def memory_copy(path: Path) -> tuple[str, sqlite3.Connection]:
    """A copy of the file in memory (its URI, and the connection that keeps it alive), for
    an old-format file that cannot be written: upgraded there, never on disk."""
    uri = f"file:venueplan-{uuid.uuid4().hex}?mode=memory&cache=shared"
    keeper = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            source.backup(keeper)
        finally:
            source.close()
    except sqlite3.Error as exc:
        keeper.close()
        raise classify(exc, path.name) from None
    return uri, keeper
