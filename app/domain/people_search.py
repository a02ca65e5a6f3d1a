"""Finding a person at the door from a few letters of a name or organisation.

Typing at a door is hurried and keyboards differ: "soren" must find Søren, "aeroe"
Ærø, "aabenraa" Åbenrå and "jose" José. Both the names and what is typed are folded
the same way, so every spelling of a Danish letter meets in one form.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .registration import Registration

# Letters that do not decompose into a base letter and a mark.
_LETTERS = str.maketrans(
    {"æ": "a", "ø": "o", "ß": "ss", "ð": "d", "đ": "d", "þ": "th", "ł": "l", "œ": "o"}
)


def fold(text: str) -> str:
    """`text` in the form searches compare: no case, no accents, æ/ae/ä -> a, ø/oe/ö -> o,
    å/aa -> a. Folding a folded text changes nothing."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LETTERS)
    out: list[str] = []
    for c in base:
        last = out[-1] if out else ""
        # The written-out forms of æ, ø and å: "ae", "oe", "aa" collapse to one letter.
        if (c == "e" and last in ("a", "o")) or (c == "a" and last == "a"):
            continue
        out.append(c if c.isalnum() else " ")
    return " ".join("".join(out).split())


@dataclass(frozen=True)
class _Entry:
    registration_id: int
    name: str  # folded, with a leading space so " " + word finds a word start
    text: str  # folded name, organisation and group


class PeopleIndex:
    """An event's people folded once, searched on every keystroke (5,000 people in a few ms)."""

    def __init__(self, registrations: Iterable[Registration]):
        entries = []
        for r in registrations:
            if r.id is None:
                continue
            name = " " + fold(r.name or r.email)
            entries.append(
                _Entry(r.id, name, f"{name} {fold(r.organisation)} {fold(r.invitee_group)}")
            )
        # Sorted by name once, so matches come out in name order without sorting them.
        entries.sort(key=lambda e: (e.name, e.registration_id))
        self._entries = entries
        # The last few searches: typing on narrows the previous matches, deleting a letter
        # finds its answer here. A door types a name a letter at a time.
        self._recent: dict[tuple[str, ...], list[_Entry]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def _matching(self, words: tuple[str, ...]) -> list[_Entry]:
        found = self._recent.get(words)
        if found is not None:
            return found
        pool = self._entries
        # A search that only adds letters to the one before looks among its matches.
        for earlier in reversed(list(self._recent)):
            if len(earlier) <= len(words) and all(
                w.startswith(e) if i == len(earlier) - 1 else w == e
                for i, (w, e) in enumerate(zip(words, earlier, strict=False))
            ):
                pool = self._recent[earlier]
                break
        if len(words) == 1:
            word = words[0]
            found = [e for e in pool if word in e.text]
        else:
            found = [e for e in pool if all(w in e.text for w in words)]
        if len(self._recent) >= 32:
            self._recent.pop(next(iter(self._recent)))
        self._recent[words] = found
        return found

    def find(self, query: str, limit: int | None = None) -> list[int]:
        """Ids of the people every word of `query` finds, best first: a name starting
        with the words, then a word of the name, then anything else (organisation)."""
        words = tuple(fold(query).split())
        if not words:
            return []
        starts = [" " + w for w in words]
        first: list[int] = []
        second: list[int] = []
        rest: list[int] = []
        for e in self._matching(words):
            name = e.name
            if all(s in name for s in starts):
                (first if name.startswith(starts[0]) else second).append(e.registration_id)
            else:
                rest.append(e.registration_id)
        found = first + second + rest
        return found if limit is None else found[:limit]
