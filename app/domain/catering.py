"""Catering counts: people expected at each catering item and dietary needs by kind, no names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .capacity import answered, expected_present
from .diets import DIET_KINDS, OTHER, diet_name
from .event import CateringItem, Event
from .registration import Registration

# English names of the kinds, for the CLI and documents in English (from the one table).
DIET_LABELS = {**{k.key: k.english for k in DIET_KINDS}, OTHER: diet_name(OTHER, danish=False)}
_PATTERNS = {k.key: re.compile(k.pattern) for k in DIET_KINDS}


def diet_kinds(text: str | None) -> set[str]:
    """The kinds of dietary need a free-text answer names; {"other"} if it names none we know."""
    if not answered(text):
        return set()
    plain = (text or "").casefold()
    kinds = {kind for kind, pattern in _PATTERNS.items() if pattern.search(plain)}
    if "vegan" in kinds:
        # A vegan meal is also vegetarian and dairy-free; the kitchen needs only "vegan".
        kinds -= {"vegetarian", "dairy_free", "lactose_free"}
    return kinds or {OTHER}


@dataclass(frozen=True)
class CateringCount:
    item: CateringItem
    # Confirmed registrations, and those expected to turn up after the no-show rate.
    registered: int
    count: int
    dietary: dict[str, int] = field(default_factory=dict)
    # Answers naming no known kind, as written (spaces and case evened out), with how many
    # gave each; shown to the kitchen, so nobody's name goes with them.
    other_notes: dict[str, int] = field(default_factory=dict)


def dietary_tally(registrations: Iterable[Registration]) -> tuple[dict[str, int], dict[str, int]]:
    """(count per kind in DIET_KINDS order, other answers) over confirmed registrations."""
    kinds: Counter[str] = Counter()
    notes: Counter[str] = Counter()
    for r in registrations:
        if not r.is_confirmed:
            continue
        found = diet_kinds(r.dietary)
        kinds.update(found)
        if found == {OTHER}:
            notes[" ".join(r.dietary.split()).rstrip(".").capitalize()] += 1
    order = [k.key for k in DIET_KINDS] + [OTHER]
    return (
        {k: kinds[k] for k in order if kinds[k]},
        dict(sorted(notes.items(), key=lambda item: (-item[1], item[0]))),
    )


def catering_counts(event: Event, registrations: Iterable[Registration]) -> list[CateringCount]:
    """One count per catering item of the event, in the event's order.

    Every confirmed registration is expected at every item, unless the sign-up form asked
    about that meal (a yes/no column mapped to it): then only those who said yes count,
    and the dietary needs are theirs.
    """
    confirmed = [r for r in registrations if r.is_confirmed]
    counts = []
    for item in event.catering:
        asked = any(item.name in r.meal_answers for r in confirmed)
        coming = [r for r in confirmed if r.meal_answers.get(item.name)] if asked else confirmed
        dietary, notes = dietary_tally(coming)
        registered = len(coming)
        count = expected_present(registered, event.no_show_rate or 0.0)
        counts.append(CateringCount(item, registered, count, dict(dietary), dict(notes)))
    return counts
