"""The project file: SQLite through SQLAlchemy, schema versions and migrations. No Qt."""

from .errors import ConflictError, NotFoundError, ProjectError
from .project import SUFFIX, Project
from .store import Store

__all__ = ["ConflictError", "NotFoundError", "Project", "ProjectError", "SUFFIX", "Store"]
