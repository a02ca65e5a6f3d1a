"""The project file: SQLite through SQLAlchemy, schema versions and migrations. No Qt."""

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
