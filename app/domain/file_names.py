"""File names made from titles and imported text: one plain name inside the chosen folder."""

from __future__ import annotations

import re
import unicodedata

# Path separators, what Windows refuses in a name, and DEL; other control and format
# characters (a bidi override can make "x\u202efdp.exe" look like "xexe.pdf") are caught by
# their Unicode category below, and so are lone surrogates, which no file system can encode.
_REFUSED = re.compile(r'[\\/<>:"|?*\x7f]')
_SPACES = re.compile(r"\s+")
# Windows opens a device instead of a file for these, whatever the extension ("con.txt").
_RESERVED = re.compile(
    r"(con|prn|aux|nul|conin\$|conout\$|(com|lpt)[1-9\u00b9\u00b2\u00b3])", re.IGNORECASE
)
# ext4 and most other file systems allow 255 bytes; leave room for the caller's suffix.
MAX_BYTES = 200


def is_reserved(name: str) -> bool:
    """True if Windows reads `name` (with or without an extension) as a device."""
    return bool(_RESERVED.fullmatch(name.split(".", 1)[0].rstrip(" ")))


def _refused(char: str) -> bool:
    return bool(_REFUSED.match(char)) or unicodedata.category(char) in ("Cc", "Cf", "Cs")


def file_stem(text: str, fallback: str, limit: int = 80, replacement: str = "-") -> str:
    """`text` (a title, a name from an import) as a file name without its suffix.

    Each run of separators and refused characters becomes `replacement`, white space is
    one space, and leading or trailing spaces, dots and replacements go, so the name is
    never "..", a hidden file or a name Windows trims. At most `limit` characters (and
    MAX_BYTES in UTF-8); a device name gets "_" after it. `fallback` when nothing is left;
    it is the caller's own text and must already be a safe name.
    """
    # Tabs and line breaks are white space, not refused: "Møde\nom x" reads "Møde om x".
    marked = "".join("\0" if _refused(c) else c for c in _SPACES.sub(" ", text))
    name = _SPACES.sub(" ", re.sub("\0+", replacement, marked))
    trim = " ." + replacement
    name = name.strip(trim)[:limit]
    while len(name.encode("utf-8")) > MAX_BYTES:
        name = name[:-1]
    name = name.rstrip(trim)
    if not name:
        return fallback
    if is_reserved(name):
        first, dot, rest = name.partition(".")
        name = f"{first.rstrip(' ')}_{dot}{rest}"
    return name
