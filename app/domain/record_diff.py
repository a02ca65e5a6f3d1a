"""What changed between two versions of a record, field by field, in words a label can use."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

# Bookkeeping, not content: two versions differing only here hold the same record.
_IGNORED = frozenset({"id", "revision"})


@dataclass(frozen=True)
class Difference:
    """One changed value: `field` of `subject` (a venue, a room...) went from `old` to `new`.
    `field` is the attribute's name ("capacity" for a room's seats in a layout, `part`
    holding the layout); `old`/`new` are "" when a part was added or removed."""

    subject: str
    field: str
    old: str
    new: str
    part: str = ""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _name(record: Any) -> str:
    for attr in ("name", "title", "stop_name"):
        value = getattr(record, attr, "")
        if value:
            return str(value)
    return ""


def content(record: Any) -> Any:
    """The record as plain data without ids and revisions, for comparing versions."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {
            f.name: content(getattr(record, f.name))
            for f in dataclasses.fields(record)
            if f.name not in _IGNORED
        }
    if isinstance(record, list | tuple):
        return [content(v) for v in record]
    if isinstance(record, dict):
        return {str(k): content(v) for k, v in record.items()}
    return record


def same(a: Any, b: Any) -> bool:
    """True when `a` and `b` hold the same content (ids and revisions aside)."""
    return bool(content(a) == content(b))


def differences(before: Any, after: Any) -> list[Difference]:
    """Every value that differs, the record's own fields first, then its parts'."""
    found: list[Difference] = []
    _compare(_name(after) or _name(before), before, after, found)
    return found


def _compare(subject: str, before: Any, after: Any, found: list[Difference]) -> None:
    for f in dataclasses.fields(before):
        if f.name in _IGNORED:
            continue
        old, new = getattr(before, f.name), getattr(after, f.name)
        if content(old) == content(new):
            continue
        if isinstance(old, list) and (old or new) and _parts(old + new):
            _compare_parts(f.name, old, new, found)
        elif isinstance(old, dict) and f.name == "capacities":
            for key in sorted({*old, *new}, key=str):
                if old.get(key) != new.get(key):
                    found.append(
                        Difference(
                            subject,
                            "capacity",
                            _text(old.get(key)),
                            _text(new.get(key)),
                            _text(key),
                        )
                    )
        else:
            found.append(Difference(subject, f.name, _text(old), _text(new)))


def _parts(items: list[Any]) -> bool:
    return all(dataclasses.is_dataclass(i) for i in items)


def _compare_parts(attr: str, old: list[Any], new: list[Any], found: list[Difference]) -> None:
    # Parts are matched by id where both have one, else by their place in the list.
    by_id = {p.id: p for p in old if getattr(p, "id", None) is not None}
    matched: set[int] = set()
    for index, part in enumerate(new):
        twin = by_id.get(getattr(part, "id", None))
        if twin is None and getattr(part, "id", None) is None and index < len(old):
            twin = old[index]
        if twin is None:
            found.append(Difference(_name(part), attr, "", "added"))
            continue
        matched.add(id(twin))
        _compare(_name(part) or _name(twin), twin, part, found)
    for part in old:
        if id(part) not in matched:
            found.append(Difference(_name(part), attr, "removed", ""))
