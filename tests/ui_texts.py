"""The texts a user can read in a window, and the checks the translation tests make on them."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
MAX_ROWS = 200
# Words of English sentences that Danish never uses: a text holding one was not translated,
# even when it comes from outside the .ts file (a service's message, a stored reason).
ENGLISH_WORDS = {
    "the",
    "of",
    "with",
    "this",
    "that",
    "already",
    "your",
    "please",
    "cannot",
    "which",
    "there",
    "been",
    "was",
    "were",
    "would",
    "could",
    "should",
    "added",
    "updated",
    "rejected",
    "merged",
    "waitlisted",
    "registered",
    "cancelled",
    "moved",
    "rows",
    "seats",
    "places",
    "waiting",
    "full",
    "chosen",
    "entered",
}


def _where(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}#{name}" if name else type(widget).__name__


def _model_texts(where: str, model) -> list[tuple[str, str]]:
    found = []
    # A list model hides columnCount() from Python: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for column in range(columns):
        for role in (DISPLAY, TOOLTIP):
            found.append(
                (
                    f"{where} header {column}",
                    model.headerData(column, Qt.Orientation.Horizontal, role),
                )
            )
    for row in range(min(model.rowCount(), MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (DISPLAY, TOOLTIP):
                found.append((f"{where} cell {row},{column}", model.data(index, role)))
    return found


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for `root` and every widget, menu and action below it, hidden ones too."""
    found: list[tuple[str, object]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        where = _where(widget)
        if widget.isWindow():
            found.append((f"{where} title", widget.windowTitle()))
        found.append((f"{where} tooltip", widget.toolTip()))
        found.append((f"{where} status tip", widget.statusTip()))
        if isinstance(widget, QLabel):
            found.append((where, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                found += [
                    (f"{where} tab {i}", widget.tabText(i)),
                    (f"{where} tab {i} tooltip", widget.tabToolTip(i)),
                ]
        elif isinstance(widget, QLineEdit):
            found.append((f"{where} placeholder", widget.placeholderText()))
        elif isinstance(widget, QTextBrowser):
            found.append((where, widget.toPlainText()))
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            found.append((f"{where} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(f"{where} item {i}", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QMenu):
            found.append((f"{where} menu", widget.title()))
        if isinstance(widget, QAbstractSpinBox):
            found.append((f"{where} special", widget.specialValueText()))
            if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                found += [
                    (f"{where} prefix", widget.prefix()),
                    (f"{where} suffix", widget.suffix()),
                ]
        if (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)
            and widget.model() is not None
        ):
            found += _model_texts(where, widget.model())
        for action in widget.actions():
            found += [(f"{where} action", action.text()), (f"{where} action tip", action.toolTip())]
    return [(where, text) for where, text in found if isinstance(text, str) and text.strip()]


def _plain(text: str) -> str:
    """Without the mnemonic marks and extra white space."""
    return " ".join(re.sub(r"&(?!&)", "", text).replace("&&", "&").split())


def fragments(text: str) -> set[str]:
    """The text as a user reads it: whole, without markup, and line by line."""
    untagged = html.unescape(re.sub(r"<[^>]+>", "", text))
    pieces = {
        text,
        untagged,
        *untagged.splitlines(),
        *(html.unescape(p) for p in re.split(r"<[^>]+>", text)),
    }
    return {p for p in map(_plain, pieces) if p}


class Translations:
    """The messages of a .ts file, and matchers for the English of those translated differently."""

    def __init__(self, ts: Path):
        self.root = ET.parse(ts).getroot()
        translated: dict[str, set[str]] = {}
        for message in self.root.iter("message"):
            source = message.findtext("source") or ""
            translated.setdefault(source, set()).update(self.translations(message))
        # A source is a leak only if no context translates it to itself ("Status", "Bus").
        self.english = sorted(s for s, ts_ in translated.items() if ts_ and s not in ts_)
        self._exact, self._inside = [], []
        for source in self.english:
            plain = _plain(html.unescape(re.sub(r"<[^>]+>", "", source)))
            pattern = re.sub(r"%[0-9n]|\\\{\w+\\\}", ".+?", re.escape(plain))
            words = re.sub(r"%[0-9n]|\{\w+\}", "", plain)
            if len(re.findall(r"[A-Za-z]", words)) < 2:
                continue
            self._exact.append((source, re.compile(pattern)))
            if words.count(" ") >= 2 and len(words) >= 15:
                self._inside.append((source, re.compile(pattern)))

    @staticmethod
    def translations(message: ET.Element) -> list[str]:
        translation = message.find("translation")
        if translation is None:
            return []
        if message.get("numerus") == "yes":
            return [f.text or "" for f in translation.findall("numerusform")]
        return [translation.text or ""]

    def messages(self):
        """(context, source, translation element, message element) for every message."""
        for context in self.root.iter("context"):
            for message in context.iter("message"):
                yield (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    message.find("translation"),
                    message,
                )

    def english_source_of(self, text: str) -> str | None:
        """The English source `text` shows untranslated, if any."""
        for piece in fragments(text):
            for source, pattern in self._exact:
                if pattern.fullmatch(piece):
                    return source
            for source, pattern in self._inside:
                if pattern.search(piece):
                    return source
        return None


def english_words(text: str) -> set[str]:
    """The English words of `text`, file names and paths left aside."""
    words = (
        token
        for piece in fragments(text)
        for token in piece.split()
        if not re.search(r"[/\\_@]|\.\w{2,4}$", token)
    )
    return {
        w for token in words for w in re.findall(r"[A-Za-z]+", token) if w.lower() in ENGLISH_WORDS
    }


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def mnemonic_clashes(texts: list[str]) -> dict[str, list[str]]:
    """Letters used as the Alt key of more than one of `texts`."""
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter:
            by_letter.setdefault(letter, []).append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def visible_mnemonic_texts(root: QWidget) -> list[str]:
    """Texts with an Alt key that are reachable now in `root` (menu bar titles included)."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QMenuBar):
            texts += [a.text() for a in widget.actions() if a.isVisible()]
    return texts


def menu_clashes(menu_bar: QMenuBar) -> dict[str, dict[str, list[str]]]:
    """For the menu bar and each menu under it, the Alt keys used more than once."""
    out = {}
    todo = [("menu bar", menu_bar.actions())]
    while todo:
        name, actions = todo.pop()
        clashes = mnemonic_clashes(
            [a.text() for a in actions if a.isVisible() and not a.isSeparator()]
        )
        if clashes:
            out[name] = clashes
        todo += [(a.text(), a.menu().actions()) for a in actions if a.menu() is not None]
    return out
