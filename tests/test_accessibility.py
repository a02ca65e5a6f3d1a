"""A screen reader can name every control, and Tab goes down each form: the main window, its
pages and editor tabs, every dialog and the door windows, in Danish and in English."""

from __future__ import annotations

import pytest
import test_i18n
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QTabWidget, QWidget
from test_i18n import (  # the same walk and recipes the language test uses
    _dialog_classes,
    _dialog_recipes,
    _settings,
    _settle,
    _walk_main_window,
)

from app.storage import Project
from app.ui.accessible_names import accessible_name, is_qt_part, label_words, unnamed_controls
from app.ui.checkin_view import CheckinView
from app.ui.main_window import MainWindow
from app.ui.table_plan_view import TablePlanView

# The language test's fixtures: install a language for the window, built .qm files first.
app_language = test_i18n.app_language
built = test_i18n.built


def _tab_order_problem(form: QFormLayout) -> str:
    """'' if Tab goes from each field of the form to the one below it, else where it goes
    wrong. Tab is followed only inside the form's own widget (the focus chain of the whole
    window runs through the web map, which is not for this test)."""
    box = form.parentWidget()
    fields = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        holder = item.widget() if item is not None else None
        if holder is None:
            continue
        for w in [holder, *holder.findChildren(QWidget)]:
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not is_qt_part(w):
                fields.append(w)
                break
    for field, below in zip(fields, fields[1:], strict=False):
        w = field.nextInFocusChain()
        while w is not below:
            if w in fields or box is None or not box.isAncestorOf(w):
                return (
                    f"Tab from {_describe(field)} goes to {_describe(w)}, not to {_describe(below)}"
                )
            w = w.nextInFocusChain()
    return ""


def _describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    return (
        f"{type(widget).__name__} {widget.objectName()!r} "
        f"in {type(parent).__name__ if parent else None} {parent.objectName() if parent else ''!r}"
    )


class NameWalk:
    """Collects the controls without a name while the i18n walk moves through the windows.

    What counts as a control is `accessible_names.INTERACTIVE` minus `is_qt_part`: scroll
    bars, header views, a table's corner button, the line edit inside a combo or spin box and
    the popup list of a combo box are parts Qt builds and announces through their owner;
    everything else the user clicks, types into or tabs to must have a name of its own.
    """

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.unnamed: dict[str, str] = {}
        self.out_of_order: dict[str, str] = {}

    def look(self, widget: QWidget, place: str) -> None:
        for control in unnamed_controls(widget):
            self.unnamed.setdefault(_describe(control), place)
        for form in widget.findChildren(QFormLayout):
            problem = _tab_order_problem(form)
            if problem:
                self.out_of_order.setdefault(problem, place)

    def tabs(self, widget: QWidget, place: str, window: QWidget | None = None) -> None:
        window = window or widget
        self.look(window, place)
        for tabs in widget.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                self.look(window, f"{place}, tab {tabs.tabText(i)}")
            tabs.setCurrentIndex(0)


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_control_has_a_name_a_screen_reader_can_say(
    qtbot, app_language, sample_path, tmp_path, language, drained_pool
):
    settings = _settings(tmp_path, language)
    app_language(settings)
    window = MainWindow(Project.open(sample_path), settings)
    qtbot.addWidget(window)
    window.show()
    walk = NameWalk(qtbot)
    _walk_main_window(walk, window, tmp_path)  # every page, every venue's and event's tabs

    recipes = _dialog_recipes(window, tmp_path)
    assert not _dialog_classes() - set(recipes)
    for name, makers in recipes.items():
        for make in makers:
            dialog: QDialog = make()
            dialog.show()
            walk.tabs(dialog, name)
            dialog.reject()
            _settle(qtbot)
            dialog.deleteLater()
    event_id = window.current_event_id
    assert event_id is not None
    for view in (
        CheckinView(window.project, event_id, "Kickoff"),
        TablePlanView(window.project, event_id, "Kickoff"),
    ):
        qtbot.addWidget(view)
        view.show()
        walk.tabs(view, type(view).__name__)
        view.close()
    _settle(qtbot)

    assert not walk.unnamed, "no accessible name:\n" + "\n".join(
        f"{where}: {what}" for what, where in walk.unnamed.items()
    )
    assert not walk.out_of_order, "Tab order against the form:\n" + "\n".join(
        f"{where}: {what}" for what, where in walk.out_of_order.items()
    )


def test_a_form_field_is_named_by_its_label_and_the_label_points_at_it(window):
    from PySide6.QtWidgets import QLabel

    editor = window.venues_page.editor
    name = editor.form.widget("name")
    postal = editor.form.widget("postal_code")
    assert accessible_name(name) == "Name"
    assert accessible_name(postal) == "Postal code"
    # The label's buddy is the line edit itself: a click on the label or its Alt key
    # lands in the field, not in the holder around it.
    label = next(w for w in editor.findChildren(QLabel) if w.text() == "Postal code")
    assert label.buddy() is postal


def test_label_words_drop_the_alt_key_and_the_colon():
    from PySide6.QtWidgets import QLabel

    assert label_words(QLabel("&Postnummer:")) == "Postnummer"
    assert label_words(QLabel("Salt && peber")) == "Salt & peber"
    assert label_words(QLabel("<b>Adresse</b>")) == "Adresse"


def test_tables_lists_and_search_fields_have_names(window):
    names = {accessible_name(v) for v in (window.nav, window.venues_page.view)}
    assert "" not in names
