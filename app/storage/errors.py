"""Errors the storage layer reports; each message is one line fit for a user."""


class ProjectError(Exception):
    """The file cannot be used as a project (missing, foreign, newer, damaged)."""


class NotFoundError(ProjectError):
    """A record with that id is not in the project."""


class ConflictError(ProjectError):
    """The record was changed by someone else since it was read."""
