"""The one line a user sees when background work fails (a worker thread or a child process)."""

from __future__ import annotations


def failure_line(error: BaseException) -> tuple[str, bool]:
    """The message for a failed job, and whether it is a bug (not the user's file, disk or
    choice): a service's own text as it is, anything else named by the error's kind."""
    from ..storage import ProjectError

    text = str(error).strip()
    message = text.splitlines()[0] if text else ""
    user_error = getattr(error, "user_message", False) or isinstance(
        error, (OSError, ValueError, ProjectError)
    )
    if message and user_error:
        return message, False
    return f"Unexpected error: {type(error).__name__}: {message}".rstrip(": "), True
