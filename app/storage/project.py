"""Opening, creating, migrating and copying a project: a file (`.venueplan`, SQLite) or a
database on a PostgreSQL server (`postgresql://user@host/dbname`, see `server.py`)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import uuid
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import QueuePool

from . import migrations, schema, server
from .checkin_repo import CheckinRepository
from .errors import (
    DamagedProjectError,
    NewerProjectError,
    ProjectError,
    ReadOnlyProjectError,
)
from .event_repo import EventRepository
from .file_state import classify, is_writable, memory_copy, usual_mode
from .registration_repo import RegistrationRepository
from .rows import PROJECT_NAME_OPTION
from .schema_version import SchemaVersion
from .server_setup import may_change_tables, own_organisations
from .surroundings_repo import SurroundingsRepository
from .table_repo import TableRepository
from .venue_repo import VenueRepository

SUFFIX = ".venueplan"
# The execution option that makes a transaction a write transaction (see `Project.write`).
WRITE_OPTION = "venueplan_begin"
_SQLITE_HEADER = b"SQLite format 3\x00"


def _engine(path: Path, uri: str | None = None, read_only: bool = False) -> Engine:
    """An engine on the file at `path`, or on `uri` (a read-only file, or its upgraded
    copy in memory) standing for it; `read_only` refuses every write."""
    target = uri or str(path)
    # A creator, not a URL: folder names may hold '?', '#' or '%', which a URL would mangle.
    engine = create_engine(
        "sqlite://",
        poolclass=QueuePool,
        # isolation_level=None: the driver never starts transactions on its own (it would
        # start none before DDL, so a failed migration stayed half done); `_begin` does.
        creator=lambda: sqlite3.connect(
            target, check_same_thread=False, timeout=10, isolation_level=None, uri=bool(uri)
        ),
        # Messages about damaged records name the file (storage.rows.source_name).
        execution_options={PROJECT_NAME_OPTION: path.name},
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A write transaction takes the write lock at its start (BEGIN IMMEDIATE), so two
        # writers queue instead of failing when both read and then try to write.
        mode = conn.get_execution_options().get(WRITE_OPTION, "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        if read_only:
            cur.execute("PRAGMA query_only=ON")  # a write is refused as "readonly"
        # A rollback journal (not WAL) keeps the project one file and works on shared
        # folders; FULL sync makes every reported save survive a crash or power cut.
        cur.execute("PRAGMA journal_mode=DELETE")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA secure_delete=ON")  # deleted personal data leaves no trace
        cur.close()

    @event.listens_for(engine, "handle_error")
    def _one_line(context: ExceptionContext) -> None:
        # A damaged or busy file must reach the user as one line, never a traceback.
        original = context.original_exception
        if isinstance(original, sqlite3.IntegrityError):
            return
        # Read-only, busy, disk full and damaged each get their own error and message.
        if isinstance(original, sqlite3.DatabaseError):
            raise classify(original, path.name) from original

    return engine


def _read_version(path: Path) -> SchemaVersion:
    """The schema version of `path`, or ProjectError if it is no project of ours."""
    name = path.name
    mode = "rw" if is_writable(path) else "ro"
    try:
        # Opening a FIFO (or a device) for reading waits forever for a writer.
        if path.exists() and not path.is_dir() and not path.is_file():
            raise ProjectError(f"{name}: is not a regular file (a pipe or a device).")
        with open(path, "rb") as fh:
            header = fh.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        raise ProjectError(f"{name}: no such file.") from None
    except IsADirectoryError:
        raise ProjectError(f"{name}: is a folder, not a project file.") from None
    except OSError as exc:
        raise ProjectError(f"{name}: cannot be read ({exc.strerror}).") from None
    if header != _SQLITE_HEADER:
        raise ProjectError(f"{name}: is not a Venueplan project.")
    try:
        # Read-write (never create): a crash may have left a hot journal that SQLite
        # must roll back before the file reads consistently.
        # (A read-only file is read as it is: nothing could roll a journal back.)
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=10)
        try:
            rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problem = classify(exc, name)
        if isinstance(problem, DamagedProjectError):
            raise DamagedProjectError(
                f"{name}: is not a Venueplan project (it is another database, or damaged)."
            ) from None
        raise problem from None
    if rows.get("app") != schema.APP_ID:
        raise ProjectError(f"{name}: is not a Venueplan project.")
    try:
        version = migrations.stored_version(rows.get("schema_version", ""))
    except ValueError:
        raise DamagedProjectError(
            f"{name}: is a damaged Venueplan project (no schema version)."
        ) from None
    current = migrations.CURRENT
    # A newer minor only added tables or defaulted columns, so this version reads and
    # writes it as it is; only a newer major holds something this version would misread.
    if version.major > current.major:
        raise NewerProjectError(
            f"{name}: was saved by a newer Venueplan (file format {version}); this version "
            f"reads formats up to {current.major}.x. Please update Venueplan."
        )
    if version < migrations.OLDEST:
        raise ProjectError(f"{name}: has an unknown file format ({version}).")
    return version


def _has_meta(conn: Connection) -> bool:
    return bool(
        conn.exec_driver_sql(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_name = 'meta'"
        ).scalar()
    )


def _server_version(conn: Connection, address: server.ServerAddress) -> SchemaVersion:
    """The format of the project in a server's database, or one line saying why there is
    none (an empty database, another application's, a newer Venueplan's)."""
    name = address.display
    if not _has_meta(conn):
        raise ProjectError(
            f"{name}: holds no Venueplan project (copy one there with `venueplan copy`)."
        )
    rows: dict[str, str] = {
        str(k): str(v) for k, v in conn.exec_driver_sql("SELECT key, value FROM meta").all()
    }
    if rows.get("app") != schema.APP_ID:
        raise ProjectError(f"{name}: is not a Venueplan project.")
    try:
        version = migrations.stored_version(rows.get("schema_version", ""))
    except ValueError:
        raise DamagedProjectError(f"{name}: holds a damaged project (no schema version).") from None
    if version.major > migrations.CURRENT.major:
        raise NewerProjectError(
            f"{name}: was saved by a newer Venueplan (format {version}); this version reads "
            f"formats up to {migrations.CURRENT.major}.x. Please update Venueplan."
        )
    return version


def _writer(engine: Engine) -> Engine:
    return engine.execution_options(**{WRITE_OPTION: "IMMEDIATE"})


def backup_path(path: Path, version: SchemaVersion) -> Path:
    return path.with_name(f"{path.stem}.schema{version}-backup{path.suffix}")


def backups_of(path: Path) -> list[Path]:
    """The backups made beside `path` before its upgrades (see `backup_path`)."""
    prefix, suffix = f"{path.stem}.schema", f"-backup{path.suffix}"
    folder = path.parent if str(path.parent) else Path(".")
    try:
        names = sorted(p.name for p in folder.iterdir())
    except OSError:
        return []
    return [
        folder / n
        for n in names
        if n.startswith(prefix) and n.endswith(suffix) and (folder / n).is_file()
    ]


class Project:
    """An open project, a file or a database on a server. Every repository method commits
    at once."""

    def __init__(
        self, path: Path | None, engine: Engine, address: server.ServerAddress | None = None
    ):
        # A file project has its path; a server project has its address instead.
        self.path = path
        self.address = address
        self.engine = engine
        self.venues = VenueRepository(engine)
        self.events = EventRepository(engine)
        self.registrations = RegistrationRepository(engine)
        self.checkins = CheckinRepository(engine)
        self.tables = TableRepository(engine)
        # Names this window's change records, so its change feed can tell them apart.
        self.session_id = uuid.uuid4().hex
        self.surroundings = SurroundingsRepository(engine)
        self.migrated_from: SchemaVersion | None = None
        self.backup: Path | None = None
        # A file that cannot be written is shown, never changed; see `open`.
        self.read_only = False
        # On a team server, the organisations whose people this login sees and whose
        # events it changes (storage/server_setup.py); None: every organisation.
        self.organisations: tuple[str, ...] | None = None
        self._keeper: sqlite3.Connection | None = None

    @property
    def location(self) -> str:
        """What opens this project again: the file's path or the server address."""
        if self.address is not None:
            return self.address.location
        assert self.path is not None
        return str(self.path)

    @property
    def name(self) -> str:
        """A short name for titles and file names: the file's stem or the database's name."""
        if self.address is not None:
            return self.address.database
        assert self.path is not None
        return self.path.stem

    @property
    def display_name(self) -> str:
        """The project in a one-line message: the file's name or "db on host"."""
        if self.address is not None:
            return self.address.display
        assert self.path is not None
        return self.path.name

    @property
    def on_server(self) -> bool:
        return self.address is not None

    def people_hidden(self, organiser: str) -> bool:
        """Whether, on a team server, the people of an event organised by `organiser` are
        kept from this login (the server shows it none of them: a list, a count or a
        document of them would be untrue)."""
        return self.organisations is not None and organiser not in self.organisations

    @property
    def default_organiser(self) -> str:
        """The organiser of a new event: a coordinator's one organisation on a team server
        (the server refuses an event of another), else none."""
        if self.organisations is not None and len(self.organisations) == 1:
            return self.organisations[0]
        return ""

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Project:
        """Make a new, empty project at `path`, replacing any file there; on a server
        (`postgresql://…`), in its database, which must hold no project yet."""
        if server.is_server(path):
            return cls._create_on_server(server.ServerAddress.parse(str(path)))
        path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        tmp_path = Path(tmp)
        try:
            engine = _engine(tmp_path)
            with engine.begin() as conn:
                migrations.create(conn, schema.APP_ID)
            engine.dispose()
            usual_mode(tmp_path)
            os.replace(tmp_path, path)
        except BaseException:
            tmp_path.unlink(missing_ok=True)
            raise
        return cls(path, _engine(path))

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], read_only: bool = False, password: str | None = None
    ) -> Project:
        """Open a project, migrating (after a backup) a file from an older version.

        A file that cannot be written, or any file when `read_only` is asked (a command
        that only reads), opens read-only: an old format is upgraded in memory only.
        On a server, `password` (typed, not stored) is used before the keyring's.
        """
        if server.is_server(path):
            address = server.ServerAddress.parse(str(path))
            return cls._open_on_server(address, read_only, password)
        path = Path(path)
        version = _read_version(path)
        if read_only or not is_writable(path):
            return cls._open_read_only(path, version)
        backup = None
        if version < migrations.CURRENT:
            backup = backup_path(path, version)
            shutil.copy2(path, backup)
        engine = _engine(path)
        if backup is not None:
            try:
                with _writer(engine).begin() as conn:
                    # Another window may have upgraded the file since it was read.
                    now = conn.exec_driver_sql(
                        "SELECT value FROM meta WHERE key = 'schema_version'"
                    ).scalar_one()
                    migrations.migrate(conn, migrations.stored_version(now))
            except Exception as exc:
                engine.dispose()
                raise ProjectError(
                    f"{path.name}: could not be upgraded from format {version} "
                    f"({exc.__class__.__name__}); the file is unchanged."
                ) from exc
        project = cls(path, engine)
        if backup is not None:
            project.migrated_from, project.backup = version, backup
        return project

    @classmethod
    def _open_read_only(cls, path: Path, version: SchemaVersion) -> Project:
        """A file (or folder) that cannot be written opens read-only, not refused. An old
        format is upgraded in a copy in memory: no backup is made and the file is not
        touched."""
        keeper = None
        if version < migrations.CURRENT:
            uri, keeper = memory_copy(path)
            upgrade = _engine(path, uri)
            try:
                with _writer(upgrade).begin() as conn:
                    migrations.migrate(conn, version)
            except Exception as exc:
                keeper.close()
                raise ProjectError(
                    f"{path.name}: could not be read from format {version} "
                    f"({exc.__class__.__name__}); the file is unchanged."
                ) from exc
            finally:
                upgrade.dispose()
        else:
            uri = f"{path.resolve().as_uri()}?mode=ro"
        project = cls(path, _engine(path, uri, read_only=True))
        project.read_only, project._keeper = True, keeper
        if keeper is not None:
            project.migrated_from = version
        return project

    @classmethod
    def _create_on_server(cls, address: server.ServerAddress) -> Project:
        engine = server.server_engine(address, WRITE_OPTION)
        try:
            with _writer(engine).begin() as conn:
                if _has_meta(conn):
                    raise ProjectError(
                        f"{address.display}: already holds a project; copy into an empty database."
                    )
                migrations.create(conn, schema.APP_ID)
        except BaseException:
            engine.dispose()
            raise
        return cls(None, engine, address)

    @classmethod
    def _open_on_server(
        cls, address: server.ServerAddress, read_only: bool, password: str | None = None
    ) -> Project:
        engine = server.server_engine(address, WRITE_OPTION, read_only, password)
        try:
            with engine.connect() as conn:
                version = _server_version(conn, address)
            if version < migrations.CURRENT and not read_only:
                with engine.connect() as conn:
                    if not may_change_tables(conn):
                        # A coordinator on a team server (storage/server_setup.py).
                        raise ProjectError(
                            f"{address.display}: holds format {version} and this Venueplan "
                            f"needs {migrations.CURRENT}; only the owner of its tables may "
                            "upgrade it (ask your IT department)."
                        )
                # The whole upgrade is one transaction: a failed step leaves it as it was.
                # (The server's own backups are the operator's; see the README.)
                with _writer(engine).begin() as conn:
                    migrations.migrate(conn, _server_version(conn, address))
            elif version < migrations.CURRENT:
                raise ProjectError(
                    f"{address.display}: holds format {version}; open it once for writing "
                    "to upgrade it."
                )
            organisations = own_organisations(engine)
        except BaseException:
            engine.dispose()
            raise
        project = cls(None, engine, address)
        project.read_only = read_only
        project.organisations = organisations
        if version < migrations.CURRENT:
            project.migrated_from = version
        return project

    def write(self) -> AbstractContextManager[Connection]:
        """A write transaction: holds the file's write lock from its first statement, so
        what it reads stays true until it commits."""
        return _writer(self.engine).begin()

    def schema_version(self) -> SchemaVersion:
        with self.engine.connect() as conn:
            value = conn.execute(
                select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
            ).scalar_one()
        return migrations.stored_version(value)

    def save_copy_as(self, dest: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of the project to `dest` (atomically)."""
        dest = Path(dest)
        if self.path is None:
            from .copy import copy_project

            copy_project(self, str(dest), replace=True)
            return dest
        if dest.exists() and os.path.samefile(dest, self.path):
            # Replacing the open file under its own connection would leave this window
            # writing to a deleted file.
            raise ReadOnlyProjectError(
                f"{dest.name}: is this project itself; choose another name for the copy."
            )
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
        os.close(fd)
        try:
            raw = self.engine.raw_connection()
            try:
                target = sqlite3.connect(tmp)
                with target:
                    source = raw.driver_connection
                    assert isinstance(source, sqlite3.Connection)  # the pysqlite driver
                    source.backup(target)
                target.close()
            finally:
                raw.close()
            usual_mode(tmp)
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return dest

    def vacuum(self) -> None:
        """Rewrite the file so no free page keeps the bytes of deleted data. (On a server
        the rows are deleted; the server reuses their space, and what its write-ahead log
        and backups keep is the operator's to expire: see the README.)"""
        if self.on_server:
            return
        raw = self.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None  # a pooled sqlite3 connection, never detached here
            driver.execute("VACUUM")  # outside any transaction, as it must be
        finally:
            raw.close()

    def integrity_ok(self) -> bool:
        if self.on_server:
            return True  # the server checks its own pages
        with self.engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

    def close(self) -> None:
        self.engine.dispose()
        if self._keeper is not None:
            self._keeper.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
