"""Copying a whole project between a file and a server (either way, or file to file): one
transaction on the destination, every table's count checked before it commits."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, func, insert, select, text

from . import migrations, schema, server
from .errors import ProjectError
from .file_state import usual_mode

if TYPE_CHECKING:
    from .project import Project

_BATCH = 2000


def copy_project(source: Project, dest: str, replace: bool = False) -> dict[str, int]:
    """Copy everything in `source` to `dest` (a file path or `postgresql://…`); the number
    of rows copied per table. A server database must be empty; a file must not exist
    unless `replace` (Save a Copy As, which has asked)."""
    if server.is_server(dest):
        return _to_server(source, server.ServerAddress.parse(dest))
    return _to_file(source, Path(dest), replace)


def _to_server(source: Project, address: server.ServerAddress) -> dict[str, int]:
    from .project import WRITE_OPTION

    engine = server.server_engine(address, WRITE_OPTION)
    try:
        with engine.execution_options(**{WRITE_OPTION: "IMMEDIATE"}).begin() as conn:
            names = {
                str(name)
                for (name,) in conn.exec_driver_sql(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = current_schema()"
                )
            }
            if not names:
                return _fill(source, conn, address.display)
            # A schema made by `venueplan server-setup`, with no project in it yet, is empty.
            _check_empty_schema(conn, names, address.display)
            return _fill(source, conn, address.display, schema_made=True)
    finally:
        engine.dispose()


def _to_file(source: Project, dest: Path, replace: bool) -> dict[str, int]:
    from .project import _engine

    if dest.exists() and not replace:
        raise ProjectError(f"{dest.name}: already exists; copy to a new file name.")
    if source.path is not None and dest.exists() and os.path.samefile(dest, source.path):
        raise ProjectError(f"{dest.name}: is this project itself; choose another name.")
    folder = dest.parent if str(dest.parent) else Path(".")
    if not folder.is_dir():
        raise ProjectError(f"{dest}: the folder {folder} does not exist.")
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    tmp_path = Path(tmp)
    tmp_path.unlink()  # SQLite makes the file itself
    engine: Engine | None = None
    try:
        engine = _engine(tmp_path)
        with engine.begin() as conn:
            counts = _fill(source, conn, dest.name)
        engine.dispose()
        engine = None
        usual_mode(tmp_path)
        os.replace(tmp_path, dest)
    except BaseException:
        if engine is not None:
            engine.dispose()
        tmp_path.unlink(missing_ok=True)
        raise
    return counts


def _check_empty_schema(conn: Connection, names: set[str], where: str) -> None:
    """Refuse a database holding anything but an empty schema of this format."""
    ours = {table.name for table in schema.metadata.sorted_tables}
    if not ours <= names or "meta" not in names:
        raise ProjectError(
            f"{where}: is not empty (it holds other tables); copy into a new, empty database."
        )
    meta = {str(k): str(v) for k, v in conn.execute(select(schema.meta)).all()}
    if meta.get("app") != schema.APP_ID:
        raise ProjectError(f"{where}: holds another application's tables; nothing was copied.")
    if migrations.stored_version(meta.get("schema_version", "")) != migrations.CURRENT:
        raise ProjectError(
            f"{where}: holds an empty project of format {meta.get('schema_version')}, not "
            f"{migrations.CURRENT}; make it with this version's `venueplan server-setup`."
        )
    for table in schema.metadata.sorted_tables:
        if table.name == "meta":
            continue
        rows = conn.execute(select(func.count()).select_from(table)).scalar_one()
        if rows:
            raise ProjectError(
                f"{where}: already holds a project ({rows} rows in {table.name}); copy into "
                "an empty database."
            )


def _fill(
    source: Project, dest: Connection, dest_name: str, schema_made: bool = False
) -> dict[str, int]:
    """Make the schema in `dest` (unless it is there, empty) and copy every row into it,
    in `dest`'s transaction."""
    if not schema_made:
        migrations.create(dest, schema.APP_ID)
    dest.execute(schema.meta.delete())
    counts: dict[str, int] = {}
    with source.engine.connect() as src:
        if src.dialect.name == "postgresql":
            # One snapshot for every table, so the copy is of one moment.
            src = src.execution_options(isolation_level="REPEATABLE READ")
        with src.begin():
            for table in schema.metadata.sorted_tables:
                rows = src.execute(select(table)).mappings()
                copied = 0
                while batch := rows.fetchmany(_BATCH):
                    dest.execute(insert(table), [dict(row) for row in batch])
                    copied += len(batch)
                counts[table.name] = copied
    for table in schema.metadata.sorted_tables:
        found = dest.execute(select(func.count()).select_from(table)).scalar_one()
        if found != counts[table.name]:
            raise ProjectError(
                f"{dest_name}: the copy of {table.name} has {found} rows, not "
                f"{counts[table.name]}; nothing was copied."
            )
    version = dest.execute(
        select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
    ).scalar_one_or_none()
    if version is None or migrations.stored_version(version) != migrations.CURRENT:
        raise ProjectError(f"{dest_name}: the copy's format is not {migrations.CURRENT}.")
    if dest.dialect.name == "postgresql":
        _advance_numbering(dest)
    return counts


def _advance_numbering(conn: Connection) -> None:
    """After rows came in with their ids, the next number given is past the largest."""
    for table in schema.metadata.sorted_tables:
        for column in ("id", "seq"):
            if column in table.c and table.c[column].primary_key:
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column}'), "
                        f'COALESCE(MAX("{column}"), 0) + 1, false) FROM "{table.name}"'
                    )
                )
