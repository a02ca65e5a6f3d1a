"""Who may see what on a team server, in the window: a new event's organiser, another
organisation's event shown read-only and its people's pages, documents and door declined
with the reason, the purge's message, and the refusals in Danish."""

from __future__ import annotations

import pytest
from team_server import (
    EVENT_A,
    EVENT_B,
    ORG_A,
    ORG_B,
    PEOPLE_A,
    PEOPLE_B,
    TeamServer,
    names,
    person,
)

from app.application import run
from app.application.records import SaveRecord
from app.application.registrations import AddRegistration, SetStatus
from app.domain import RegistrationStatus
from app.storage import Project, ProjectError


@pytest.fixture
def team(qapp, pg_cluster, sample_path):
    # qapp: the commands that paint (badges) start Qt's application as the test run has it.
    return TeamServer(pg_cluster, sample_path)


def test_a_new_event_in_the_window_is_organised_by_the_coordinators_organisation(
    team, qtbot, settings
):
    """New event on the Events page, as coordinator B: the editor shows B's organisation
    as organiser, and the server stores the event (it would refuse another's)."""
    from app.ui.main_window import MainWindow

    window = MainWindow(Project.open(team.url(team.coord_b)), settings)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(1)
    window.events_page.new_button.click()
    qtbot.waitUntil(lambda: not window.edits.is_busy(), timeout=10_000)
    from PySide6.QtWidgets import QLineEdit

    shown = window.events_page.editor.findChild(QLineEdit, "organiser")
    assert shown.text() == ORG_B
    made = window.events_page.current_record()
    with team.cluster.admin(team.db) as conn:
        assert conn.execute(
            "SELECT organiser FROM events WHERE id = %s", (made.id,)
        ).fetchone() == (ORG_B,)


def test_the_refusals_are_worded_in_danish_in_the_danish_window(team, qapp, tmp_path):
    from PySide6.QtCore import QLocale, QSettings

    from app.ui.application import install_translations
    from app.ui.preferences import LANGUAGE_KEY
    from app.ui.service_messages import message_text

    with Project.open(team.url(team.coord_b)) as project:
        event_a = project.events.get(EVENT_A)
        messages = []
        for command in (
            SaveRecord("event", EVENT_A, event_a, None),
            AddRegistration(EVENT_A, person("Bo Brink", EVENT_A)),
            SetStatus(EVENT_B, [10**6], RegistrationStatus.CANCELLED),
        ):
            with pytest.raises(ProjectError) as refused:
                run(project, command)
            messages.append(str(refused.value))
    before = QLocale()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "da")
    install_translations(qapp, settings)
    try:
        danish = [message_text(m) for m in messages]
    finally:
        for translator in getattr(qapp, "_venueplan_translators", []):
            qapp.removeTranslator(translator)
        qapp._venueplan_translators = []
        QLocale.setDefault(before)
    assert danish == [
        "Arrangementet tilhører en anden organisation; serveren lader dig kun ændre din egen "
        "organisations arrangementer.",
        f"{team.coord_b} må på denne server kun oprette og ændre arrangementer og tilmeldinger, "
        "der hører til egen organisation.",
        "En af de valgte tilmeldinger findes ikke længere i arrangementet (slettet andetsteds "
        "siden?); intet blev ændret.",
    ]


def test_the_window_says_whose_people_it_does_not_show(team, qtbot, settings):
    """Coordinator B opens A's event on the Registrations and Capacity pages: each says the
    people are the organiser's to see, instead of an empty list or a count of nobody; B's own
    event lists B's people."""
    from app.ui.main_window import MainWindow

    window = MainWindow(Project.open(team.url(team.coord_b)), settings)
    qtbot.addWidget(window)
    window.show()
    view, capacity = window.registrations_view, window.capacity_view
    view.set_event(EVENT_A)
    capacity.set_event(EVENT_A)
    qtbot.waitUntil(lambda: not view.is_busy() and not capacity._running, timeout=10_000)
    notice = (
        f"This event is organised by {ORG_A}. On this server its registrations are shown only "
        "to that organisation's coordinators."
    )
    assert not view.notice.isHidden() and view.notice.text() == notice
    assert view.counts.text() == "Registrations not shown"
    assert not view.import_button.isEnabled() and not view.add_button.isEnabled()
    assert not capacity.message.isHidden() and capacity.message.text().startswith(
        f"This event is organised by {ORG_A}. On this server its registrations, and so what it "
        "needs"
    )
    view.set_event(EVENT_B)
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=10_000)
    assert view.notice.isHidden()
    assert view.import_button.isEnabled()
    names = [view.model.registration(row).name for row in range(view.model.rowCount())]
    assert sorted(names) == sorted(PEOPLE_B)


def test_documents_and_the_door_of_another_organisations_event_say_why_not(
    team, qtbot, settings, monkeypatch
):
    """Participant list, sign-in sheet, name tags, workbook, mail, check-in and table plan
    of A's event, as coordinator B: one message each, no empty document and no window."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window = MainWindow(Project.open(team.url(team.coord_b)), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window.events_page.list_model.records()) == 5, timeout=10_000)
    window.set_current_event(EVENT_A)
    docs = window.documents
    for kind in ("participants", "sign_in", "tags"):
        docs._preview(kind)
    docs.export_workbook()
    docs.mail("invitation")
    assert window.day.open_checkin() is None
    assert window.day.open_table_plan() is None
    why = (
        f"This event is organised by {ORG_A}. On this server its registrations are shown only "
        "to that organisation's coordinators."
    )
    assert shown == [why] * 7
    assert window.day.windows == {}


def test_the_windows_purge_on_a_server_says_what_the_server_keeps(team, qtbot, settings):
    from app.ui.main_window import MainWindow

    window = MainWindow(Project.open(team.url(team.coord_a)), settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.privacy.purged, timeout=15_000) as done:
        window.privacy.purge([EVENT_A], needs_only=False)
    message = done.args[0]
    assert message.startswith("Personal data deleted for 3 registration")
    assert message.endswith(
        "The server's write-ahead log and backups keep the deleted data until they expire; "
        "your IT department knows how long that is."
    )
    qtbot.waitUntil(lambda: not window.edits.is_busy(), timeout=10_000)
    assert names(team.every_row_as_text(), PEOPLE_A) == []


def test_another_organisations_event_is_shown_in_the_editor_but_not_offered_for_change(
    team, qtbot, settings
):
    from app.ui.main_window import MainWindow

    window = MainWindow(Project.open(team.url(team.coord_b)), settings)
    qtbot.addWidget(window)
    window.show()
    page = window.events_page
    qtbot.waitUntil(lambda: len(page.list_model.records()) == 5, timeout=10_000)
    window.nav.setCurrentRow(1)
    assert page.select(EVENT_A)
    editor = page.editor
    assert editor.banner.text().endswith(
        f"This event is organised by {ORG_A}; on this server only that organisation's "
        "coordinators can change it."
    )
    assert not editor.tabs.widget(0).isEnabled() and not page.delete_button.isEnabled()
    assert page.new_button.isEnabled()
    assert page.select(EVENT_B)
    assert "organised by" not in editor.banner.text()
    assert editor.tabs.widget(0).isEnabled() and page.delete_button.isEnabled()
