"""The project file: SQLite through SQLAlchemy, schema versions and migrations. No Qt."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # for the type checker, and PyInstaller's import scan (build.spec)
    from .errors import ConflictError, NotFoundError, ProjectError
    from .project import SUFFIX, Project
    from .rows import stored_id
    from .store import Store

__all__ = [
    "ConflictError",
    "NotFoundError",
    "Project",
    "ProjectError",
    "SUFFIX",
    "Store",
    "stored_id",
]

# Each name is imported when first asked for, not with the package: `first_look` (stdlib
# sqlite3 only) must be importable while SQLAlchemy, which the others import, still loads
# on the opening worker (issue 22).
_HOMES = {
    "ConflictError": "errors",
    "NotFoundError": "errors",
    "ProjectError": "errors",
    "Project": "project",
    "SUFFIX": "project",
    "stored_id": "rows",
    "Store": "store",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # asked once
    return value
