"""The same project open twice: the second writer sees the first's change or a clear conflict.

Two `Project` objects on one file stand for two windows or two coordinators on a shared
folder; every record kind a user edits is checked, through the store and through the
registrations view.
"""

import pytest
from PySide6.QtWidgets import QDialog

from app.domain import Registration
from app.services import registration_changes
from app.storage import ConflictError, Project
from app.ui.registration_dialog import RegistrationDialog
from app.ui.registrations_view import RegistrationsView
from app.ui.workers import active_workers

EVENT = 1


@pytest.fixture
def two(sample_location):
    with Project.open(sample_location) as first, Project.open(sample_location) as second:
        yield first, second


def test_an_event_saved_in_one_window_is_not_overwritten_by_the_other(two):
    first, second = two
    mine, theirs = first.events.get(EVENT), second.events.get(EVENT)
    theirs.organiser = "KKR Sjælland"
    second.events.save(theirs)
    mine.description = "Min tekst"
    with pytest.raises(ConflictError, match="changed elsewhere"):
        first.events.save(mine)
    assert first.events.get(EVENT).organiser == "KKR Sjælland"
    # Read again, the first window's edit goes through on top of the second's.
    fresh = first.events.get(EVENT)
    fresh.description = "Min tekst"
    first.events.save(fresh)
    stored = second.events.get(EVENT)
    assert (stored.organiser, stored.description) == ("KKR Sjælland", "Min tekst")


def test_a_venue_deleted_elsewhere_is_reported_not_recreated_silently(two):
    first, second = two
    venue_id = first.venues.all()[0].id
    mine = first.venues.get(venue_id)
    second.venues.delete(venue_id)
    mine.notes = "ny note"
    with pytest.raises(Exception, match="no venue"):
        first.venues.save(mine)


def test_a_registration_edited_in_two_places_keeps_the_first_and_refuses_the_second(two):
    first, second = two
    first.registrations.add_many(
        [Registration(event_id=EVENT, full_name="Anna Berg", email="anna@egedal.dk")]
    )
    [anna] = first.registrations.for_event(EVENT)
    theirs = second.registrations.get(anna.id)
    theirs.phone = "+45 12 34 56 78"
    registration_changes.save(second, theirs, second.registrations.get(anna.id))
    mine = first.registrations.get(anna.id)
    shown = first.registrations.get(anna.id)
    mine.phone = ""
    mine.comment = "Vegetar"
    with pytest.raises(ConflictError, match="Anna Berg was changed elsewhere"):
        registration_changes.save(first, mine, anna)
    assert first.registrations.get(anna.id).phone == "+45 12 34 56 78"
    # What the editor showed after a reload is current, so that save goes through.
    shown.comment = "Vegetar"
    registration_changes.save(first, shown, first.registrations.get(anna.id))
    stored = second.registrations.get(anna.id)
    assert (stored.phone, stored.comment) == ("+45 12 34 56 78", "Vegetar")


def test_the_registrations_view_says_so_and_shows_the_other_change(qtbot, two, monkeypatch):
    first, second = two
    first.registrations.add_many(
        [
            Registration(
                event_id=EVENT, full_name="Bo Holm", email="bo@greve.dk", organisation="Greve"
            )
        ]
    )
    view = RegistrationsView(first)
    qtbot.addWidget(view)
    view.set_event(EVENT)
    qtbot.waitUntil(lambda: not view.is_busy() and view.model.rowCount() == 1, timeout=10000)
    # A colleague changes Bo's organisation while this window shows the old one.
    bo = second.registrations.for_event(EVENT)[0]
    bo.organisation = "Greve Kommune"
    registration_changes.save(second, bo)

    def edit(dialog):
        dialog.phone.setText("+45 40 40 40 40")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RegistrationDialog, "exec", edit)
    view.table.selectRow(0)
    view.edit_current()
    qtbot.waitUntil(lambda: not view.is_busy() and active_workers() == 0, timeout=10000)
    assert view.notice.text().startswith("This registration was changed elsewhere")
    stored = first.registrations.for_event(EVENT)[0]
    assert (stored.organisation, stored.phone) == ("Greve Kommune", "")
    qtbot.waitUntil(
        lambda: view.model.registration(0).organisation == "Greve Kommune", timeout=10000
    )
    # Now the view shows the colleague's change, the same edit saves.
    view.table.selectRow(0)
    view.edit_current()
    qtbot.waitUntil(lambda: not view.is_busy() and active_workers() == 0, timeout=10000)
    stored = second.registrations.for_event(EVENT)[0]
    assert (stored.organisation, stored.phone) == ("Greve Kommune", "+45 40 40 40 40")
