"""Errors the storage layer reports; each message is one line fit for a user."""


class ProjectError(Exception):
    """The file cannot be used as a project (missing, foreign, newer, damaged)."""


class NotFoundError(ProjectError):
    """A record with that id is not in the project."""


class ConflictError(ProjectError):
    """The record was changed by someone else since it was read."""


class NotPermittedError(ProjectError):
    """The server's row-level security keeps this record to another organisation."""


class ReadOnlyProjectError(ProjectError):
    """The file or its folder cannot be written: the project opens read-only."""


class BusyProjectError(ProjectError):
    """Another program or window holds the file's lock."""


class DiskFullError(ProjectError):
    """The disk has no room for the change."""


class DamagedProjectError(ProjectError):
    """The file is not a readable SQLite database (any more)."""


class NewerProjectError(ProjectError):
    """The file was saved by a newer Venueplan, in a format this one cannot read."""
