"""A project on a PostgreSQL server: its address, the password's sources, and the engine
(psycopg 3 through SQLAlchemy) whose write transactions queue like a file's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext

# Also here for the storage's callers; in app.locations so the window can tell a server
# from a file before SQLAlchemy is imported.
from ..locations import SCHEMES as SCHEMES
from ..locations import is_server as is_server
from .errors import NotPermittedError, ProjectError, ReadOnlyProjectError
from .rows import PROJECT_NAME_OPTION

DEFAULT_PORT = 5432
# The service name under which the operating system's keyring keeps server passwords.
KEYRING_SERVICE = "Venueplan"
# One number for the project's write lock (pg_advisory_xact_lock): every write transaction
# takes it first, so writers queue as they do on a file (BEGIN IMMEDIATE), and what a
# command reads stays true until it commits. Chosen once; never change it.
WRITE_LOCK = 0x56504C4E  # "VPLN"
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", ""}


@dataclass(frozen=True)
class ServerAddress:
    """Where a project lives on a server. Never holds a password."""

    host: str
    database: str
    user: str = ""
    port: int = DEFAULT_PORT

    @classmethod
    def parse(cls, location: str) -> ServerAddress:
        """`postgresql://user@host:port/dbname`; a password in it is refused, as it would
        end up in shell histories and recent-file lists."""
        if not is_server(location):
            raise ProjectError(f"{location}: is not a server address (postgresql://…).")
        try:
            parts = urlsplit(location)
            port = parts.port
        except ValueError:
            raise ProjectError(f"{_safe(location)}: is not a valid server address.") from None
        if parts.password is not None:
            raise ProjectError(
                f"{_safe(location)}: holds a password; leave it out (Venueplan takes it from "
                "the keyring, PGPASSWORD or .pgpass)."
            )
        database = unquote(parts.path.lstrip("/"))
        host = parts.hostname or ""
        if not database or "/" in database:
            raise ProjectError(
                f"{_safe(location)}: names no database (postgresql://user@host/dbname)."
            )
        if not host:
            raise ProjectError(
                f"{_safe(location)}: names no server (postgresql://user@host/dbname)."
            )
        return cls(host, database, unquote(parts.username or ""), port or DEFAULT_PORT)

    @property
    def local(self) -> bool:
        return self.host.lower() in _LOCAL_HOSTS

    @property
    def location(self) -> str:
        """The address as typed on the command line (no password)."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{user}{host}{port}/{quote(self.database, safe='')}"

    @property
    def display(self) -> str:
        """A short name for titles and messages: "kkr on db.example.dk"."""
        return f"{self.database} on {self.host}"

    @property
    def keyring_user(self) -> str:
        """The keyring entry's user name: one password per user and server."""
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"{self.user}@{self.host}{port}"


def _safe(location: str) -> str:
    """A location fit for a message: any password replaced."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", location)


def keyring_password(address: ServerAddress) -> str | None:
    """The password stored for `address` in the operating system's keyring, or None (no
    keyring, or nothing stored: libpq then looks at PGPASSWORD and .pgpass itself)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - a dependency; a broken install reads no keyring
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_user)
    except (KeyringError, RuntimeError, OSError):
        # A locked or missing keyring is not an error: the password may come from libpq.
        return None


def store_password(address: ServerAddress, password: str) -> None:
    """Keep `password` for `address` in the keyring (never in a settings file)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, address.keyring_user, password)
    except (KeyringError, RuntimeError, OSError) as exc:
        raise ProjectError(f"The password could not be kept in the keyring ({exc}).") from None


def server_engine(
    address: ServerAddress, write_option: str, read_only: bool = False, password: str | None = None
) -> Engine:
    """An engine on the server's database. TLS is required for any host that is not this
    computer; a read-only engine's transactions are read-only on the server. `password`
    (typed for this session, kept only in memory) comes before the keyring's."""
    query = {"application_name": "Venueplan", "connect_timeout": "10"}
    if not address.local:
        query["sslmode"] = "require"
    url = URL.create(
        "postgresql+psycopg",
        username=address.user or None,
        password=password if password else keyring_password(address),
        host=address.host,
        port=address.port,
        database=address.database,
        query=query,
    )
    engine = create_engine(
        url,
        pool_pre_ping=True,
        execution_options={PROJECT_NAME_OPTION: address.display},
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        if conn.get_execution_options().get(write_option):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    @event.listens_for(engine, "connect")
    def _session(dbapi_conn: object, _record: object) -> None:
        if read_only:
            with dbapi_conn.cursor() as cur:  # type: ignore[attr-defined]
                cur.execute("SET default_transaction_read_only = on")
            dbapi_conn.commit()  # type: ignore[attr-defined]

    @event.listens_for(engine, "handle_error")
    def _one_line(context: ExceptionContext) -> None:
        original = context.original_exception
        problem = server_problem(original, address)
        if problem is not None:
            raise problem from original

    return engine


def server_problem(exc: BaseException, address: ServerAddress) -> ProjectError | None:
    """The server's refusal as one line naming the project, or None for errors the
    code handles itself (constraint violations)."""
    import psycopg
    from psycopg import errors as pg

    name = address.display
    if isinstance(exc, pg.IntegrityError):
        return None
    if isinstance(exc, pg.ReadOnlySqlTransaction):
        return ReadOnlyProjectError(f"{name}: is open read-only; changes cannot be saved.")
    if isinstance(exc, pg.InsufficientPrivilege) and "row-level security" in str(exc):
        # A policy of the team server's setup script (storage/server_setup.py) refused a row.
        found = re.search(r'table "([^"]+)"', str(exc))
        table = f" (in {found.group(1)})" if found else ""
        return NotPermittedError(
            f"{name}: {address.user or 'you'} may add and change only events and registrations "
            f"of their own organisation{table}."
        )
    if isinstance(exc, pg.InsufficientPrivilege):
        return ProjectError(f"{name}: the server does not let {address.user or 'you'} do this.")
    if isinstance(exc, psycopg.OperationalError):
        detail = _first_line(str(exc))
        # Reached, but refused at the door: say which of the typed things was wrong.
        reason = re.sub(r"^(FATAL|ERROR):\s*", "", detail)
        who = address.user or "you"
        if "no password supplied" in reason:
            return ProjectError(
                f"{name}: the server asks for a password for {who}; none was given."
            )
        if "password authentication failed" in reason:
            return ProjectError(f"{name}: the server did not accept the password for {who}.")
        if re.fullmatch(r'database ".*" does not exist', reason):
            return ProjectError(f"{name}: the server has no such database.")
        return ProjectError(f"{name}: cannot reach the server ({detail}).")
    if isinstance(exc, psycopg.Error):
        return ProjectError(f"{name}: the server refused ({_first_line(str(exc))}).")
    return None


def _first_line(text: str) -> str:
    line = next((part.strip() for part in text.splitlines() if part.strip()), "no reason given")
    # libpq's messages start with where it connected; keep the reason.
    return line.rsplit(" failed: ", 1)[-1].rstrip(".")
