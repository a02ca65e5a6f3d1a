"""Reading what a coordinator types into a field: times, dates and whole numbers, the Danish way.

Each reader returns None for an empty field and raises `InputError` (a ValueError with a
problem code the UI translates) for text it cannot read, so a typo never becomes an
empty value that would delete what was stored.
"""

from __future__ import annotations

import datetime as dt
import re

from .formatting import MONTHS


class InputError(ValueError):
    """Text a field cannot read; `code` names the problem (see ui.labels.problem_text)."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(text)
        self.code = code


# "kl. 18", "Kl 18.30", "18", "18:00", "18.00", "18,00", "1830", "18:30:00"
_TIME = re.compile(
    r"^(?:kl\.?\s*)?(?P<h>\d{1,2})(?:\s*[.:,]\s*(?P<m>\d{2})(?::\d{2})?)?$", re.IGNORECASE
)
_TIME_DIGITS = re.compile(r"^(?:kl\.?\s*)?(?P<h>\d{1,2})(?P<m>\d{2})$", re.IGNORECASE)


def parse_time(text: str) -> dt.time | None:
    """A time as Danes write it ("kl 18", "18", "18:00", "18.00", "1830"); '' is None."""
    clean = text.strip()
    if not clean:
        return None
    match = _TIME.match(clean) or _TIME_DIGITS.match(clean)
    if not match:
        raise InputError("bad_time", text)
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if hour == 24 and minute == 0:
        hour = 0  # "24.00" is midnight; the day does not change for an event's times
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise InputError("bad_time", text)
    return dt.time(hour, minute)


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for months in MONTHS.values():
        for number, name in enumerate(months, start=1):
            names[name.lower()] = number
            names[name.lower()[:3]] = number
    names["sept"] = 9
    return names


_MONTH_NAMES = _month_names()
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")
# 12.03.2027, 12.3.27, 12/3 2027, 12/3-2027, 12-03-2027, 12/3 (this year)
_DAY_FIRST = re.compile(
    r"^(?P<d>\d{1,2})\s*[./-]\s*(?P<m>\d{1,2})(?:\s*[./\s-]\s*(?P<y>\d{2}|\d{4}))?\.?$"
)
# 12. marts 2027, 12 March 2027, 12 mar. 2027, 12. marts
_WORDS = re.compile(r"^(?P<d>\d{1,2})\.?\s+(?P<m>[^\W\d_]+)\.?,?(?:\s+(?P<y>\d{4}))?$")


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """A date typed the Danish way or as ISO ("12.03.2027", "12/3 2027", "2027-03-12",
    "12. marts 2027"); the day comes first; without a year, `today`'s year. '' is None."""
    clean = " ".join(text.strip().split())
    if not clean:
        return None
    year: int | None
    if match := _ISO.match(clean):
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    elif match := _DAY_FIRST.match(clean):
        day, month = int(match["d"]), int(match["m"])
        year = int(match["y"]) if match["y"] else None
    elif (match := _WORDS.match(clean)) and match["m"].lower() in _MONTH_NAMES:
        day, month = int(match["d"]), _MONTH_NAMES[match["m"].lower()]
        year = int(match["y"]) if match["y"] else None
    else:
        raise InputError("bad_date", text)
    if year is None:
        year = today.year
    elif year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InputError("bad_date", text) from None


_GROUPED = re.compile(r"\d{1,3}(?:[.\s\u00a0]\d{3})+")


def parse_whole_number(text: str) -> int | None:
    """A count ("120", "1.200", "1 200"); '' is None; a negative number or text is refused."""
    clean = text.strip()
    if not clean:
        return None
    if _GROUPED.fullmatch(clean):
        clean = re.sub(r"[\s.\u00a0]", "", clean)
    if re.fullmatch(r"[-\u2212]\s*\d+", clean):
        raise InputError("negative_number", text)
    if not re.fullmatch(r"\d+", clean, re.ASCII):
        raise InputError("bad_number", text)
    return int(clean)


def parse_decimal(text: str) -> float | None:
    """A decimal number with a comma or a point ("55,6762" or "55.6762"); '' is None."""
    clean = text.strip().replace("\u2212", "-").replace(",", ".")
    if not clean:
        return None
    try:
        return float(clean)
    except ValueError:
        raise InputError("bad_number", text) from None


# One corner: latitude and longitude, apart by spaces, a slash or a comma and a space
# ("55,6761 12,5683", "55.6761, 12.5683", "55,6761/12,5683").
_CORNER = re.compile(r"(-?\d+(?:[.,]\d+)?)\s*(?:[,/]\s+|\s+|/)\s*(-?\d+(?:[.,]\d+)?)")


def parse_corners(text: str) -> list[tuple[float, float]]:
    """A parking zone typed as corners, "lat lon; lat lon; lat lon" (or one per line), for
    those who cannot draw on the map; '' is no shape, one corner a point, three an area."""
    corners: list[tuple[float, float]] = []
    for part in re.split(r"[;\n]", text.replace("\u2212", "-")):
        if not part.strip():
            continue
        match = _CORNER.fullmatch(part.strip())
        if match is None:
            raise InputError("bad_corners", text)
        lat, lon = (float(g.replace(",", ".")) for g in match.groups())
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InputError("bad_corners", text)
        corners.append((lat, lon))
    if len(corners) == 2:
        raise InputError("polygon_points", text)
    return corners
