"""File names from titles and imported text stay one plain file inside the chosen folder."""

import re
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.file_names import MAX_BYTES, file_stem, is_reserved

# Written out here, not taken from the module, so that a name dropped there fails here.
DEVICES = {
    "con",
    "prn",
    "aux",
    "nul",
    "conin$",
    "conout$",
    *(f"{kind}{n}" for kind in ("com", "lpt") for n in "123456789\u00b9\u00b2\u00b3"),
}
REFUSED = set('/\\<>:"|?*')
HOSTILE_TITLES = [
    "../../etc/passwd",
    "..\\..\\Windows\\win.ini",
    "C:\\x",
    "\\\\server\\share\\x",
    "con",
    " . ",
    "..",
    ".",
    ".bashrc",
    "CON.txt",
    "lpt1 .log",
    "nul.tar.gz",
    "COM\u00b9",
    "a\x00b",
    "x\u202efdp.exe",
    "~/x",
    "/",
    "",
    "\t\n",
]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Møde: del 1/2", "Møde- del 1-2"),
        ("../../etc/passwd", "etc-passwd"),
        ("..\\..\\Windows\\win.ini", "Windows-win.ini"),
        ("C:\\x", "C-x"),
        ("\\\\server\\share\\x", "server-share-x"),
        ("con", "con_"),
        ("CON.txt", "CON_.txt"),
        ("Com1", "Com1_"),
        ("console", "console"),
        ("com10", "com10"),
        (" . ", "fallback"),
        ("", "fallback"),
        (".bashrc", "bashrc"),
        ("Kickoff\tmøde\n  2025 ", "Kickoff møde 2025"),
        ("Rød   og\u00a0grøn", "Rød og grøn"),
        ("x\u202efdp.exe", "x-fdp.exe"),
    ],
)
def test_titles_become_plain_names(title, expected):
    assert file_stem(title, "fallback") == expected


def test_the_replacement_and_the_limit_follow_the_caller():
    assert file_stem("KKR 2024: Debat om <alt>", "x", replacement=" ") == "KKR 2024 Debat om alt"
    assert file_stem("a/b|c", "x", replacement="_") == "a_b_c"
    assert file_stem("Langt navn " * 20, "x", limit=30) == "Langt navn Langt navn Langt na"
    assert file_stem("ab. cd", "x", limit=3) == "ab"  # no trailing dot after the cut
    # Every letter is four bytes here: the byte limit, not the characters, decides.
    assert len(file_stem("\U0001f600" * 80, "x").encode()) <= MAX_BYTES


def test_reserved_names_are_recognised_with_an_extension():
    assert all(is_reserved(name) and is_reserved(name.upper() + ".pdf") for name in DEVICES)
    assert not any(is_reserved(n) for n in ("cons", "com0", "lpt", "auxiliary", "nul_.pdf"))


def _check(folder: Path, text: str) -> None:
    stem = file_stem(text, "x")
    name = stem + ".pdf"
    assert stem and not set(stem) & REFUSED
    assert not re.search(r"[\x00-\x1f\x7f]", stem)
    assert stem == stem.strip(" .") and not stem.startswith(".")
    assert stem.split(".", 1)[0].rstrip(" ").lower() not in DEVICES
    assert len(name.encode()) <= 255
    assert (folder / name).resolve().parent == folder.resolve()
    # The same name read the Windows way: still one file in the folder.
    windows = PureWindowsPath("C:\\Users\\anne\\Dokumenter") / name
    assert windows.parent == PureWindowsPath("C:\\Users\\anne\\Dokumenter")
    assert windows.name == PurePosixPath(name).name == name


@pytest.mark.parametrize("text", HOSTILE_TITLES)
def test_hostile_titles_stay_in_the_folder(tmp_path, text):
    _check(tmp_path, text)


# Pieces that make names dangerous, so that random joins of them are tried often.
PIECES = st.sampled_from(
    list('./\\:<>|?*" \t\n\x00\u202e\u00b9é') + ["con", "CON", "lpt9", "..", "aux.", "C:", "\\\\"]
)


@settings(max_examples=300)
@given(text=st.one_of(st.text(), st.lists(PIECES, max_size=12).map("".join)))
def test_any_text_gives_one_safe_file_in_the_folder(tmp_path_factory, text):
    _check(tmp_path_factory.getbasetemp(), text)
