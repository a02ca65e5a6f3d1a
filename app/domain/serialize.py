"""Domain objects to and from plain JSON-ready dicts (CLI output, sample file, snapshots)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from .event import Event
from .registration import Registration
from .venue import Venue

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def to_dict(obj: Any) -> dict[str, Any]:
    """A JSON-ready dict of a domain dataclass, nested parts included."""
    return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return to_dict(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.time)):  # datetime is a date too
        return (
            value.isoformat(timespec="minutes")
            if isinstance(value, (dt.time, dt.datetime))
            else value.isoformat()
        )
    if isinstance(value, dict):
        return {str(_plain(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


@cache
def _hints(cls: type[DataclassInstance]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build a domain dataclass from a dict made by `to_dict` (unknown keys are an error)."""
    hints = _hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"unknown field(s) for {cls.__name__}: {', '.join(sorted(unknown))}")
    return cls(**{k: _typed(hints[k], v) for k, v in data.items()})


def _typed(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _typed(inner[0], value)
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_typed(item, v) for v in value]
    if origin is tuple:
        args = typing.get_args(hint)
        return tuple(_typed(a, v) for a, v in zip(args, value, strict=False))
    if origin is dict:
        key, val = typing.get_args(hint)
        return {_typed(key, k): _typed(val, v) for k, v in value.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if hint is dt.datetime:
        return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    if hint is dt.date:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    if hint is dt.time:
        return value if isinstance(value, dt.time) else dt.time.fromisoformat(value)
    if hint is float and isinstance(value, int):
        return float(value)
    return value


def venue_from_dict(data: dict[str, Any]) -> Venue:
    return from_dict(Venue, data)


def event_from_dict(data: dict[str, Any]) -> Event:
    return from_dict(Event, data)


def registration_from_dict(data: dict[str, Any]) -> Registration:
    return from_dict(Registration, data)
