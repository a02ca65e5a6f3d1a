"""Where a project lives, told apart without importing the storage: a file or a server."""

from __future__ import annotations

SCHEMES = ("postgresql://", "postgres://")


def is_server(location: object) -> bool:
    """Whether a project location names a server (`postgresql://…`) rather than a file."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)
