"""Cell values as registration fields: dates in the many ways exports write them, and yes/no."""

from __future__ import annotations

import datetime as dt
import re

from ...domain.registration_rules import plain, yes_no

_MONTHS = {
    "jan": 1,
    "january": 1,
    "januar": 1,
    "feb": 2,
    "february": 2,
    "februar": 2,
    "mar": 3,
    "march": 3,
    "marts": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "maj": 5,
    "jun": 6,
    "june": 6,
    "juni": 6,
    "jul": 7,
    "july": 7,
    "juli": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "okt": 10,
    "oktober": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
    "dek": 12,
}
_NUMERIC = re.compile(
    r"^(\d{1,4})[./-](\d{1,2})[./-](\d{2,4})"
    r"(?:[ T,]+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)
_TIME = r"(?:[ ,]+(?:kl\.?\s*|at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?)?$"
_DAY_MONTH = re.compile(r"^(\d{1,2})\.?\s+([a-zæøå]+)\.?,?\s+(\d{4})" + _TIME, re.IGNORECASE)
_MONTH_DAY = re.compile(r"^([a-zæøå]+)\.?\s+(\d{1,2}),?\s+(\d{4})" + _TIME, re.IGNORECASE)
_ZONE = re.compile(
    r"\s*(?:\(?(?:GMT|UTC|CET|CEST)\s*(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)\s*$", re.IGNORECASE
)
_WEEKDAY = re.compile(
    r"^[a-zæøå]+day,?\s+|^(?:man|tirs|ons|tors|fre|lør|søn)dag,?\s+", re.IGNORECASE
)
_LETTER = re.compile(r"[^\W\d_]")
# Excel's day numbers for 1954..2119: a plain number in a date column is read as one.
_SERIAL = (20000, 80000)
# The longest date text any export writes ("Wednesday, 30 September 2026 at 12:30:45 PM
# (GMT+02:00)") is far shorter; a longer cell is no date, and the patterns below would
# backtrack over it for minutes.
_MAX_DATE_TEXT = 80


def _naive(value: dt.datetime) -> dt.datetime:
    """Local wall-clock time: deadlines are days in the coordinator's time zone."""
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.replace(microsecond=0)


def _hms(hour, minute, second, ampm) -> tuple[int, int, int]:
    h, m, s = int(hour or 0), int(minute or 0), int(second or 0)
    if ampm:
        pm = ampm.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    return h, m, s


def _clock(hour, minute, second, ampm) -> dt.time:
    return dt.time(*_hms(hour, minute, second, ampm))


def day_first_hint(values: list) -> bool | None:
    """True/False when some date text shows its order (a first or second part above 12)."""
    for value in values:
        if not isinstance(value, str):
            continue
        m = _NUMERIC.match(value.strip())
        if m and len(m.group(1)) <= 2:
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                return True
            if b > 12 >= a:
                return False
    return None


def parse_datetime(value, month_first: bool = False) -> dt.datetime | None:
    """A date and time from a cell; None when empty; ValueError when it is not a date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return _naive(value)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if _SERIAL[0] <= value <= _SERIAL[1]:
            return (dt.datetime(1899, 12, 30) + dt.timedelta(days=float(value))).replace(
                microsecond=0
            )
        raise ValueError(value)
    text = str(value).strip()
    if len(text) > _MAX_DATE_TEXT:
        raise ValueError(value)
    if _LETTER.search(text):  # both need letters ("Monday, ", "GMT+2"); most dates have none
        text = _ZONE.sub("", _WEEKDAY.sub("", text))
    m = _NUMERIC.match(text)
    # An ISO date starts with its four-digit year: "01.03.2024" or "3/1/2024 08:02" need
    # not be tried (and fail, raising) as one, on every row of a file.
    if m is None or len(m.group(1)) == 4:
        try:
            return _naive(dt.datetime.fromisoformat(text))
        except ValueError:
            pass
    if m:
        a, b, c = m.group(1), int(m.group(2)), m.group(3)
        if len(a) == 4:
            year, month, day = int(a), b, int(c)
        elif month_first:
            year, month, day = int(c), int(a), b
        else:
            year, month, day = int(c), b, int(a)
        if year < 100:
            year += 2000
        # A day or a clock that does not exist (31.02, 25:00) raises ValueError.
        return dt.datetime(year, month, day, *_hms(*m.group(4, 5, 6, 7)))
    for pattern, day_at, month_at in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        if m := pattern.match(text):
            named = _MONTHS.get(m.group(month_at).lower().rstrip("."))
            if named is None:
                raise ValueError(value)
            month = named
            day = int(m.group(day_at))
            return dt.datetime.combine(
                dt.date(int(m.group(3)), month, day), _clock(*m.group(4, 5, 6, 7))
            )
    raise ValueError(value)


def parse_time(value) -> dt.time | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.timedelta):
        return (dt.datetime.min + value).time().replace(microsecond=0)
    m = re.match(
        r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?$",
        str(value).strip(),
        re.IGNORECASE,
    )
    if not m:
        raise ValueError(value)
    return _clock(*m.groups())


def answer_yes(text: str, words: tuple[str, ...] = ()) -> bool:
    """A yes/no answer, or free text naming one of `words` ("Bil", "I bil fra Køge")."""
    answer = yes_no(text)
    if answer is not None:
        return answer
    value = plain(text)
    first = value.split(" ", 1)[0].strip(".,!;:") if value else ""
    if first in ("ja", "yes"):
        return True
    if first in ("nej", "no"):
        return False
    tokens = set(re.findall(r"[\wæøå]+", value))
    return any(w in tokens for w in words)


def checked_in(value) -> bool:
    """A check-in column: a time, a tick or "yes" means checked in."""
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, (dt.date, dt.datetime)):
        return True
    text = str(value).strip()
    answer = yes_no(text)
    return answer if answer is not None else bool(text)
