"""Column mappings remembered per column layout, so a form's next export imports without asking."""

from __future__ import annotations

import hashlib

from ..storage import Store
from .registration_import.fields import heading_key, is_field


def layout_key(headers: list[str]) -> str:
    """The same headings in the same order give the same key, whatever their case or spacing."""
    joined = "\x1f".join(heading_key(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:40]


def remembered(project: Store, headers: list[str]) -> list[str | None] | None:
    """The mapping the user confirmed for files with these headings, if any and still valid."""
    mapping = project.registrations.column_layout(layout_key(headers))
    if mapping is None or len(mapping) != len(headers):
        return None
    if any(f is not None and not is_field(f) for f in mapping):
        return None  # written by a version with other fields: ask again
    return mapping


def remember(project: Store, headers: list[str], mapping: list[str | None]) -> None:
    project.registrations.remember_column_layout(layout_key(headers), list(headers), list(mapping))
