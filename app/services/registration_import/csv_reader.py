"""Reading CSV as Danish Excel, Google and sign-up tools write it: encoding, delimiter found."""

from __future__ import annotations

import codecs
import csv
import io

from .table import ImportFileError

_DELIMITERS = [",", ";", "\t", "|"]
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in.

    A byte order mark decides; otherwise UTF-8 if the bytes are valid UTF-8, else
    Windows-1252, which is what Danish Excel writes for "CSV (semikolonsepareret)".
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
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
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
    data: bytes, name: str, cancelled=None, max_rows: int | None = None
) -> tuple[list[list[str]], str, str]:
    """(rows, encoding, delimiter) of a CSV file's bytes; ImportFileError as soon as there
    are more than `max_rows` rows, instead of after reading them all."""
    text, encoding = decode(data, name)
    printable = sum(1 for ch in text[:4096] if ch.isprintable() or ch in "\r\n\t")
    if text and printable < 0.9 * min(len(text), 4096):
        raise ImportFileError(f"{name}: is not a spreadsheet or CSV text file.")
    first_line, _, rest = text.partition("\n")
    delimiter = None
    # Excel honours a first line "sep=;" and so do we.
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter, text = first_line.strip()[4], rest
    delimiter = delimiter or sniff_delimiter(text)
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            rows.append(row)
            if max_rows is not None and len(rows) > max_rows:
                raise ImportFileError(f"{name}: has more than {max_rows:,} rows; split the file.")
            if cancelled is not None and len(rows) % 5000 == 0 and cancelled():
                break
    except csv.Error as exc:
        raise ImportFileError(
            f"{name}, line {reader.line_num}: cannot be read as CSV ({exc})."
        ) from None
    return rows, encoding, delimiter
