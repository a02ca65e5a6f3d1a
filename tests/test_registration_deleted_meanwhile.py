"""Editing a person someone else deleted meanwhile is refused as a conflict, in either language."""

from __future__ import annotations

import pytest

from app.application import run
from app.application.registrations import (
    AddRegistration,
    DeleteRegistrations,
    EditRegistration,
    SetStatus,
)
from app.domain import Registration, RegistrationStatus
from app.storage import ConflictError


def test_an_edit_of_a_person_deleted_elsewhere_is_a_conflict_not_a_crash(any_sample_project):
    sample_project = any_sample_project
    added = run(
        sample_project, AddRegistration(1, Registration(first_name="Mette", email="m@x.dk"))
    )
    assert added.seq is not None
    shown = sample_project.registrations.for_event(1)[0]
    run(sample_project, DeleteRegistrations(1, [shown.id]))  # another window deletes them
    edited = type(shown)(**{**shown.__dict__, "organisation": "Egedal Kommune"})

    with pytest.raises(ConflictError, match="was deleted elsewhere"):
        run(sample_project, EditRegistration(edited, shown))

    assert all(r.id != shown.id for r in sample_project.registrations.for_event(1))


def test_a_status_or_delete_of_a_person_deleted_elsewhere_is_refused(any_sample_project):
    """Nothing is changed for the others picked with them, and the message says why."""
    sample_project = any_sample_project
    for name in ("Mette", "Lars"):
        run(sample_project, AddRegistration(1, Registration(first_name=name, email=f"{name}@x.dk")))
    people = {r.first_name: r for r in sample_project.registrations.for_event(1)}
    mette, lars = people["Mette"], people["Lars"]
    run(sample_project, DeleteRegistrations(1, [mette.id]))  # another window deletes her

    for command in (
        SetStatus(1, [mette.id, lars.id], RegistrationStatus.CANCELLED),
        DeleteRegistrations(1, [mette.id, lars.id]),
    ):
        with pytest.raises(ConflictError, match="deleted elsewhere"):
            run(sample_project, command)
    assert [(r.id, r.status) for r in sample_project.registrations.for_event(1)] == [
        (lars.id, lars.status)
    ]


def test_the_window_says_it_in_danish(qapp, tmp_path):
    from PySide6.QtCore import QLocale, QSettings

    from app.ui.application import install_translations
    from app.ui.preferences import LANGUAGE_KEY
    from app.ui.service_messages import message_text

    before = QLocale()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "da")
    install_translations(qapp, settings)
    try:
        deleted = message_text(
            "The registration of Mette Frederiksen was deleted elsewhere since you opened it; "
            "your edit was not saved."
        )
        changed = message_text(
            "The registration of Mette Frederiksen was changed elsewhere since you opened it; "
            "your edit was not saved. Its current details are shown now."
        )
        restore = message_text(
            "Mette Frederiksen: status — changed since (by an import, another window or a "
            "colleague), so this step cannot be undone or redone without overwriting that change."
        )
        purged = message_text(
            "The personal data of “Dialogmøde” was deleted on 02-12-2026; this step would "
            "bring some of it back, so it can no longer be undone or redone."
        )
    finally:
        for translator in getattr(qapp, "_venueplan_translators", []):
            qapp.removeTranslator(translator)
        qapp._venueplan_translators = []
        QLocale.setDefault(before)
    assert deleted.startswith("Tilmeldingen for Mette Frederiksen er blevet slettet andetsteds")
    assert changed.startswith("Tilmeldingen for Mette Frederiksen er blevet ændret andetsteds")
    assert restore.startswith("Mette Frederiksen: status – ændret siden (af en import")
    assert purged == (
        "Personoplysningerne for ”Dialogmøde” blev slettet den 02.12.2026; dette trin ville "
        "bringe nogle af dem tilbage, så det kan ikke længere fortrydes eller gentages."
    )
