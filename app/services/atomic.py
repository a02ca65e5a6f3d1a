"""Writing a file so that a crash never leaves half of it: a temp file moved into place.

Every document, workbook, map and invite the app writes goes through `atomic_write`, so it
is also the one place that refuses what must never be written over: a folder, a FIFO or
device, a read-only file, and a project (any SQLite file: the project open now, or the one
a command was given). Its errors are `OutputError`s: one line naming the user's file and
the reason, never the temporary file's name.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..storage.file_state import usual_mode

_SQLITE_HEADER = b"SQLite format 3\x00"


class OutputError(OSError):
    """A file that cannot or must not be written; str() is one line for the user."""

    user_message = True

    def __init__(self, path: str | os.PathLike, reason: str, errno: int | None = None):
        super().__init__(errno, reason)
        self.path = Path(path)
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def check_output(path: str | os.PathLike, protect: Iterable[str | os.PathLike] = ()) -> Path:
    """`path` as a Path if a document may be written there; else OutputError.

    `protect` names files that must survive (the project a command reads): compared as
    the same file, so a link or another spelling of the path is caught too.
    """
    target = Path(path)
    if not str(path).strip():
        raise OutputError(path, "give the name of the file to write.")
    if target.is_dir():
        raise OutputError(path, "is a folder; give a file name.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(path, f"the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK):
        raise OutputError(path, f"the folder {folder} cannot be written to (no permission).")
    if not os.path.lexists(target):
        return target
    for kept in protect:
        if _same_file(target, Path(kept)):
            raise OutputError(path, "is the project file itself; choose another file name.")
    try:
        mode = os.stat(target).st_mode
    except OSError as exc:  # a link to nowhere: replacing the link is fine
        if not target.is_symlink():
            raise OutputError(path, f"cannot be written ({exc.strerror}).", exc.errno) from None
        return target
    if not stat.S_ISREG(mode):
        raise OutputError(path, "is not a regular file (a pipe or a device); give a file name.")
    if _is_database(target):
        raise OutputError(path, "is a project or another database; choose another file name.")
    # The move into place would replace even a file without write permission (the folder
    # is what a rename needs), and root may write anything: so the mode bits decide.
    if not mode & 0o222 or not os.access(target, os.W_OK):
        raise OutputError(path, "is read-only; it was left as it is.")
    return target


def _reason(exc: OSError) -> str:
    """The cause without a file name (which may be the temporary file's)."""
    return exc.strerror or "could not be written"


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike, protect: Iterable[str | os.PathLike] = ()
) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces `path`.

    The temp file sits in the same folder so that `os.replace` is a rename on one file
    system (atomic on POSIX and Windows). If the block raises, the temp file is removed
    and `path` is left as it was. `check_output` runs first, so a target that must not be
    replaced fails before any work is done.
    """
    target = check_output(path, protect)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(path, f"cannot be written ({_reason(exc)}).", exc.errno) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if not tmp.exists() or not tmp.stat().st_size:
            raise OutputError(path, "nothing was written.")
        # mkstemp creates 0600; a document should get the permissions any new file gets.
        usual_mode(tmp)
        os.replace(tmp, target)
    except OutputError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(path, f"cannot be written ({_reason(exc)}).", exc.errno) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to `path` through atomic_write, flushed to disk before the move."""
    with atomic_write(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    return Path(path)
