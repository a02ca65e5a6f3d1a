"""Gives every control of a window a name that a screen reader can announce.

Qt names a field after a label only when the label is the field's buddy *and* its sibling;
our forms put each field in a holder with its message line (`form.Form`), so Qt finds no
label and a screen reader says "edit text" with nothing more. `name_controls` ties each
form label to the field it stands for (also giving the label's Alt key to the field) and
copies the label's words into the field's accessible name. Run it at the end of building
a window or dialog; it leaves names that were set by hand.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# What a user operates: clicks, types into or moves through with the keyboard.
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
    QTabBar,
)


def is_qt_part(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets: they are announced through their owner.

    A scroll bar or a table's header belongs to its view (a screen reader reads the column
    headers with each cell); the line edit in a combo or spin box and the clear button of
    a line edit are the owner itself; `qt_`-named parts (a table's corner button, the
    calendar's navigation) are Qt's own; a combo box's popup list only lives while open
    and is named by the combo. (Qt's containers, such as a tab widget's page stack, are
    `qt_`-named too, so only the widget's own name counts.)
    """
    parent = widget.parentWidget()
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)):
        return True
    while parent is not None:
        if type(parent).__name__.startswith("QComboBox"):  # the open list of a combo box
            return True
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for `widget`, as Qt's accessibility gives it."""
    from PySide6.QtGui import QAccessible

    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def label_words(label: QLabel) -> str:
    """A label's text as words: without its Alt-key ampersand, rich text or final colon."""
    from PySide6.QtGui import QTextDocumentFragment

    text = label.text()
    if "<" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return _words(text)


def _words(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def _operated_part(field: QWidget | QLayout | None) -> QWidget | None:
    """The control a form row's field stands for: the field itself, or the first control
    inside its holder widget or row layout (a folder field with its Choose button)."""
    if field is None:  # a spacer
        return None
    if isinstance(field, QLayout):
        for i in range(field.count()):
            item = field.itemAt(i)
            found = _operated_part(item.widget() or item.layout()) if item else None
            if found is not None:
                return found
        return None
    if isinstance(field, INTERACTIVE):
        # A check box beside the field ("Known") names itself; the label is the field's.
        return None if isinstance(field, QAbstractButton) and field.text() else field
    proxy = field.focusProxy()
    if proxy is not None:
        return proxy
    for child in field.findChildren(QWidget):
        if isinstance(child, INTERACTIVE) and not is_qt_part(child):
            return child
    return None


def _sole_view(page: QWidget) -> QWidget | None:
    """The one table, list or text box on `page` (None if there are none or several)."""
    views = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, (QAbstractItemView, QPlainTextEdit, QTextEdit)) and not is_qt_part(w)
    ]
    return views[0] if len(views) == 1 else None


def _name_from(label: QWidget | None, target: QWidget | None) -> None:
    if not isinstance(label, QLabel) or target is None:
        return
    words = label_words(label)
    if not words:
        return
    if label.buddy() is None or label.buddy() is not target:
        label.setBuddy(target)
    if not target.accessibleName():
        target.setAccessibleName(words)


def name_controls(root: QWidget) -> None:
    """Name each field of `root` after its label: the rows of every form layout, and every
    label with a buddy. A row without a label (a check box, a button) keeps its own text."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            field = field_item.widget() or field_item.layout()
            if field is not None:
                _name_from(label_item.widget(), _operated_part(field))
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            _name_from(label, _operated_part(buddy))
    # A table or text box alone in a titled box or on a tab is named by the title ("Notes",
    # "Rooms"); an icon button by its tooltip, which is what a mouse user reads.
    for box in root.findChildren(QGroupBox):
        view = _sole_view(box)
        if view is not None and not view.accessibleName() and box.title():
            view.setAccessibleName(_words(box.title()))
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            page = tabs.widget(i)
            view = _sole_view(page) if page is not None else None
            if view is not None and not view.accessibleName():
                view.setAccessibleName(_words(tabs.tabText(i)))
    for button in root.findChildren(QAbstractButton):
        if not button.text() and not button.accessibleName() and button.toolTip():
            button.setAccessibleName(button.toolTip())
    # A search field has no label, only a hint inside it: the hint is its name, as browsers
    # name such a field from its placeholder when nothing better is there.
    for line in root.findChildren(QLineEdit):
        if not line.accessibleName() and line.placeholderText() and not is_qt_part(line):
            if not accessible_name(line):
                line.setAccessibleName(line.placeholderText().rstrip("…. "))


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """The controls of `root` a user reaches that a screen reader could not name."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not is_qt_part(w) and not accessible_name(w)
    ]


def set_name(widget: QWidget, name: str, description: str = "") -> None:
    """Name a control that has no label (a table, a list, an icon button)."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
