"""Reading CSV as Danish Excel, Google and sign-up tools write it: encoding, delimiter found."""

from __future__ import annotations

import codecs
import csv
import io
import re
from itertools import islice

from .table import ImportFileError

_DELIMITERS = [",", ";", "\t", "|"]
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
_RUN = 5000  # rows read between checks of the row limit and of a cancel


# A letter outside ASCII written as UTF-8: two to four bytes of this shape.
_UTF8_LETTER = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def _broken_utf8(data: bytes, limit: int = 1000) -> list[int]:
    """Offsets of the bytes that break UTF-8 (at most `limit`)."""
    found: list[int] = []
    start = 0
    while len(found) < limit:
        try:
            data[start:].decode("utf-8")
            break
        except UnicodeDecodeError as error:
            found.append(start + error.start)
            start += error.end
    return found


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, name: str, notes: list[str] | None = None) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in.

    A byte order mark decides; otherwise UTF-8 if the bytes are valid UTF-8, else
    Windows-1252, which is what Danish Excel writes for "CSV (semikolonsepareret)".
    A UTF-8 file with a few broken bytes stays UTF-8 (read as Windows-1252 every "Æ"
    would become "Ã†"): the broken bytes become "\ufffd" and `notes` says on which lines.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportFileError(f"{name}: is damaged (broken UTF-16 text).") from None
    if b"\x00" in data[:65536]:
        raise ImportFileError(f"{name}: is not a spreadsheet or CSV text file.")
    nul = data.find(b"\x00")
    if nul >= 0:  # a NUL byte would end up inside a name
        raise ImportFileError(
            f"{name}, line {_line_of(data, nul)}: holds a NUL byte; the file is damaged."
        )
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    broken = _broken_utf8(data)
    # More well-formed UTF-8 letters than broken bytes: a UTF-8 file with a few damaged
    # bytes, not a Windows-1252 file (whose "æøå" are never well-formed UTF-8).
    if len(_UTF8_LETTER.findall(data)) >= len(broken):
        if notes is not None:
            lines = sorted({_line_of(data, offset) for offset in broken})
            shown = ", ".join(map(str, lines[:5])) + (" …" if len(lines) > 5 else "")
            notes.append(
                f"{name}: {len(broken)} byte(s) that are not UTF-8 were read as \ufffd "
                f"(line {shown}); the rest of the file is UTF-8."
            )
        return data.decode("utf-8", errors="replace"), "UTF-8"
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


def _widths(sample: str, delimiter: str) -> list[int]:
    widths = []
    try:
        for row in csv.reader(io.StringIO(sample), delimiter=delimiter):
            if any(cell.strip() for cell in row):
                widths.append(len(row))
            if len(widths) >= 50:
                break
    except csv.Error:
        return []
    return widths


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of columns most often."""
    sample = text[:65536]
    last_newline = sample.rfind("\n")
    if 0 < last_newline < len(sample) - 1:
        sample = sample[:last_newline]  # never judge a line cut in half
    best, best_score = ",", (0.0, 0)
    for delimiter in _DELIMITERS:
        widths = _widths(sample, delimiter)
        if not widths:
            continue
        mode = max(set(widths), key=widths.count)
        if mode < 2:
            continue
        score = (widths.count(mode) / len(widths), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(
    data: bytes,
    name: str,
    cancelled=None,
    max_rows: int | None = None,
    notes: list[str] | None = None,
) -> tuple[list[list[str]], str, str]:
    """(rows, encoding, delimiter) of a CSV file's bytes; ImportFileError as soon as there
    are more than `max_rows` rows, instead of after reading them all. What was read other
    than written (broken bytes) is added to `notes`."""
    text, encoding = decode(data, name, notes)
    printable = sum(1 for ch in text[:4096] if ch.isprintable() or ch in "\r\n\t")
    if text and printable < 0.9 * min(len(text), 4096):
        raise ImportFileError(f"{name}: is not a spreadsheet or CSV text file.")
    first_line, _, rest = text.partition("\n")
    delimiter = None
    skipped = 0  # lines before the text the reader sees, for line numbers in messages
    # Excel honours a first line "sep=;" and so do we.
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter, text, skipped = first_line.strip()[4], rest, 1
    delimiter = delimiter or sniff_delimiter(text)
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        # In runs of rows, so the reader's C loop does the work; the limit and a cancel
        # are checked between runs.
        while run := list(islice(reader, _RUN)):
            rows += run
            if max_rows is not None and len(rows) > max_rows:
                raise ImportFileError(f"{name}: has more than {max_rows:,} rows; split the file.")
            if cancelled is not None and cancelled():
                break
    except csv.Error as exc:
        raise ImportFileError(
            f"{name}, line {reader.line_num + skipped}: cannot be read as CSV ({exc})."
        ) from None
    if rows and any("\n" in cell or "\r" in cell for cell in rows[-1]):
        last_start = _last_record_line(text, delimiter, len(rows))
        _refuse_an_open_quote(text, delimiter, name, last_start, skipped, reader.line_num)
    return rows, encoding, delimiter


def _last_record_line(text: str, delimiter: str, records: int) -> int:
    """The line on which record number `records` (the last one read) starts."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    for _ in islice(reader, records - 1):
        start = reader.line_num + 1
    return start


def _refuse_an_open_quote(
    text: str, delimiter: str, name: str, first: int, skipped: int, last: int
) -> None:
    """ImportFileError when the last record starts a quoted value that the file never
    closes: the reader would take every line after it as part of one value (one name
    holding the rest of the file) and report nothing wrong."""
    lines = io.StringIO(text, newline="").readlines()
    tail = "".join(lines[first - 1 :])
    try:
        for _ in csv.reader(io.StringIO(tail, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise ImportFileError(
                f'{name}, line {first + skipped}: a quote (") opens a value that is never '
                f"closed, so lines {first + skipped}-{last + skipped} would become one value; "
                "close or remove the quote."
            ) from None
