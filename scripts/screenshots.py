#!/usr/bin/env python3
"""Renders the main window on the sample project offscreen and saves screenshots to a folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py docs/screenshots [--lang da|en]
        [--text-scale 2]

The window speaks the language given (English by default), as Preferences would set it.
--text-scale 2 renders it as a system set to 200 % text would (docs/screenshots/a11y-200),
in a window the size of a full-HD screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(out: Path, lang: str = "en", text_scale: float = 1.0) -> None:
    from PySide6.QtCore import QSettings, QThread

    from app.services.sample_project import write_sample
    from app.ui.application import install_translations, make_application
    from app.ui.main_window import MainWindow
    from app.ui.preferences import LANGUAGE_KEY

    app = make_application()
    if text_scale != 1.0:
        # What a larger text size in the system settings does: a larger application font.
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * text_scale)
        app.setFont(font)
    tmp = Path(tempfile.mkdtemp())
    project = write_sample(
        tmp / ("Eksempelprojekt.venueplan" if lang == "da" else "Sample project.venueplan")
    )
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, lang)
    install_translations(app, settings)
    out.mkdir(parents=True, exist_ok=True)
    opening_shot(app, settings, out, (1920, 1080) if text_scale > 1.0 else (1280, 800))
    first_look_shot(
        app, settings, out, project.path, (1920, 1080) if text_scale > 1.0 else (1280, 800)
    )
    window = MainWindow(project, settings)
    window.resize(*((1920, 1080) if text_scale > 1.0 else (1280, 800)))
    window.show()

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    venues = {v.name: v.id for v in project.venues.all()}
    window.venues_page.select(venues["Gate21"])
    shot("venue-editor")
    window.venues_page.editor.tabs.setCurrentIndex(2)
    shot("venue-getting-there")
    window.venues_page.editor.tabs.setCurrentIndex(3)
    shot("venue-parking")
    window.nav.setCurrentRow(1)
    kickoff = next(e.id for e in project.events.all() if e.title.startswith("Kickoff"))
    window.events_page.select(kickoff)
    shot("event-editor")
    window.events_page.editor.tabs.setCurrentIndex(1)
    shot("event-programme")
    add_registrations(project, kickoff)
    window.registrations_view.reload()
    window.nav.setCurrentRow(2)
    for _ in range(100):  # the table loads on a worker thread
        app.processEvents()
        QThread.msleep(20)
    shot("registrations")
    import_shot(app, window, tmp, shot)
    window.nav.setCurrentRow(3)
    window.capacity_view.refresh()
    for _ in range(50):  # the counts come from a worker thread
        app.processEvents()
        QThread.msleep(20)
    shot("capacity")
    window.nav.setCurrentRow(4)
    window.map_page.map.map_ready.connect(lambda: None)
    for _ in range(150):
        app.processEvents()
        QThread.msleep(20)
    shot("map-overview")
    window.nav.setCurrentRow(0)
    window.venues_page.select(venues["Gate21"])
    window.venues_page.editor.tabs.setCurrentIndex(4)
    for _ in range(150):
        app.processEvents()
        QThread.msleep(20)
    shot("venue-map")
    guide_shot(app, window, out)
    invitation_shots(app, window, project, kickoff, out)
    door_shots(app, window, project, kickoff, out)
    connect_shots(app, window, out)
    window.close()


def opening_shot(app, settings, out: Path, size: tuple[int, int]) -> None:
    """The window as it first paints, before its project is open: "Opening…" in the list."""
    from app.ui.main_window import MainWindow

    window = MainWindow(None, settings)
    window.resize(*size)
    window.show()
    app.processEvents()
    window.grab().save(str(out / "opening.png"))
    print(out / "opening.png")
    window.close()
    window.deleteLater()


def first_look_shot(app, settings, out: Path, path: Path, size: tuple[int, int]) -> None:
    """The window while its project opens: the venue list read without SQLAlchemy (the
    first look), the open itself held on its worker until the shot is taken."""
    import threading

    import app.ui.project_opening as project_opening
    from app.ui.main_window import MainWindow

    go_on = threading.Event()
    real_open = project_opening.open_first

    def held_open(*args, **kwargs):
        go_on.wait(60)
        return real_open(*args, **kwargs)

    project_opening.open_first = held_open
    try:
        # Twice, as two starts: the first notes the room the editor takes, which the
        # first look of the second keeps for it.
        for shown in (False, True):
            go_on.clear()
            window = MainWindow(None, settings)
            window.resize(*size)
            window.show()
            window.open_path(path)
            for _ in range(500):
                look = window.opening_view.look
                if look is not None and look.isVisible() and look.model().rowCount():
                    break
                wait(app, 1)
            app.processEvents()
            if shown:
                window.grab().save(str(out / "first-look.png"))
                print(out / "first-look.png")
            go_on.set()
            for _ in range(500):
                if window.project is not None and not window.opener.is_opening():
                    break
                wait(app, 1)
            wait(app)
            window.close()
            window.deleteLater()
    finally:
        go_on.set()
        project_opening.open_first = real_open


def wait(app, rounds: int = 50) -> None:
    from PySide6.QtCore import QThread

    for _ in range(rounds):  # lists and counts load on worker threads
        app.processEvents()
        QThread.msleep(20)


def import_shot(app, window, tmp: Path, shot) -> None:
    """A Google Forms export with a question the tool's format does not know: the summary
    names it and offers Map Columns…"""
    import csv

    path = tmp / "Tilmelding til kickoff.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [
                ["Timestamp", "Email Address", "Full name", "Municipality", "Deltager i middag?"],
                ["5/2/2024 9:15:32", "lis.nygaard@greve.dk", "Lis Nygaard", "Greve", "Ja"],
                ["5/3/2024 10:01:09", "ove.berg@koege.dk", "Ove Berg", "Køge", "Nej"],
            ]
        )
    window.registrations_view.import_files([path])
    wait(app, 100)
    shot("registrations-import")


def guide_shot(app, window, out: Path) -> None:
    """Help > User Guide (F1), in the window's language."""
    from app.ui.user_guide import UserGuideDialog

    guide = UserGuideDialog.show_for(window)
    guide.resize(760, 700)
    wait(app, 10)
    guide.grab().save(str(out / "user-guide.png"))
    print(out / "user-guide.png")
    guide.close()


def invitation_shots(app, window, project, event_id: int, out: Path) -> None:
    """The event's invitation letter tab, the Documents menu with the invitation's entries
    (its Invitation submenu open) and the Mail Invitation dialog."""
    from PySide6.QtCore import QPoint

    from app.ui.mail_dialog import MailDialog

    window.nav.setCurrentRow(1)
    window.events_page.select(event_id)
    editor = window.events_page.editor
    editor.tabs.setCurrentWidget(editor.letter_tab)
    wait(app, 10)
    window.grab().save(str(out / "event-letter.png"))
    print(out / "event-letter.png")
    menu = window.documents_menu
    menu.popup(window.mapToGlobal(QPoint(220, 30)))
    wait(app, 10)
    invitation = next(
        a for a in menu.actions() if a.menu() and "nvitation" in a.text().replace("&", "")
    )
    menu.setActiveAction(invitation)
    invitation.menu().popup(menu.mapToGlobal(menu.actionGeometry(invitation).topRight()))
    wait(app, 10)
    # The menu and its open submenu side by side, as the user sees them.
    from PySide6.QtGui import QPainter, QPixmap

    main, sub = menu.grab(), invitation.menu().grab()
    offset = menu.actionGeometry(invitation).top()
    both = QPixmap(main.width() + sub.width(), max(main.height(), offset + sub.height()))
    both.fill(window.palette().window().color())
    painter = QPainter(both)
    painter.drawPixmap(0, 0, main)
    painter.drawPixmap(main.width(), offset, sub)
    painter.end()
    both.save(str(out / "documents-menu.png"))
    print(out / "documents-menu.png")
    invitation.menu().hide()
    menu.hide()
    for kind, name in (("invitation", "mail-invitation"), ("practical", "mail-practical")):
        dialog = MailDialog(project, event_id, kind, window)
        dialog.show()
        wait(app, 30)
        dialog.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
        dialog.reject()


def connect_shots(app, window, out: Path) -> None:
    """File > Connect to Server…: filled in for a server elsewhere (so it says the connection
    is encrypted), and as it looks when the server refused, with what was typed kept."""
    from app.ui.connect_dialog import ConnectDialog

    dialog = ConnectDialog("postgresql://anna.berg@db.kkr-hovedstaden.dk/moedesteder", window)
    dialog.password.setText("********")
    dialog.remember.setChecked(True)
    dialog.show()
    wait(app, 10)
    dialog.grab().save(str(out / "connect-server.png"))
    print(out / "connect-server.png")
    dialog._failed(
        "moedesteder on db.kkr-hovedstaden.dk: the server did not accept the password for "
        "anna.berg."
    )
    wait(app, 10)
    dialog.grab().save(str(out / "connect-server-refused.png"))
    print(out / "connect-server-refused.png")
    dialog.reject()


def door_shots(app, window, project, event_id: int, out: Path) -> None:
    """The check-in window at the door, some people in, a walk-in, a search typed."""
    import datetime as dt

    from app.application import run
    from app.application.tables import MakeTablePlan
    from app.services import checkin

    run(project, MakeTablePlan(event_id, 12, 8))
    people = project.registrations.for_event(event_id)
    morning = dt.datetime.combine(dt.date.today(), dt.time(8, 40))
    for n, r in enumerate(people[:47]):
        checkin.check_in_person(project, event_id, r.id, now=morning + dt.timedelta(minutes=n // 2))
    checkin.add_walk_in(project, event_id, "Kim Larsen", "Roskilde Kommune", "", now=morning)
    window.set_current_event(event_id)
    view = window.day.open_checkin()
    view.showNormal()
    view.resize(window.size())
    wait(app)
    view.search.setText("sor")
    view.results.setCurrentRow(2)
    view.check_in_selected()
    wait(app)
    view.grab().save(str(out / "checkin.png"))
    print(out / "checkin.png")
    view.close()
    plan = window.day.open_table_plan()
    plan.showNormal()
    plan.resize(window.size())
    wait(app)
    plan.grab().save(str(out / "table-plan.png"))
    print(out / "table-plan.png")
    plan.close()


def add_registrations(project, event_id: int) -> None:
    """Sign-ups from several municipalities, as a kick-off's registration list looks."""
    import datetime as dt
    import random

    from app.domain import Registration
    from app.domain.placement import place

    rng = random.Random(4)
    first = [
        "Anne",
        "Bo",
        "Camilla",
        "Dorte",
        "Erik",
        "Frida",
        "Gustav",
        "Hanne",
        "Ib",
        "Jens",
        "Karen",
        "Lars",
        "Mette",
        "Niels",
        "Ole",
        "Pia",
        "Rasmus",
        "Sofie",
        "Tina",
        "Ulla",
    ]
    last = [
        "Hansen",
        "Jensen",
        "Nielsen",
        "Pedersen",
        "Andersen",
        "Christensen",
        "Larsen",
        "Sørensen",
        "Rasmussen",
        "Jørgensen",
        "Madsen",
        "Kristensen",
    ]
    towns = [
        "Greve",
        "Køge",
        "Roskilde",
        "Ringsted",
        "Næstved",
        "Vordingborg",
        "Holbæk",
        "Slagelse",
    ]
    groups = [g.name for g in project.events.get(event_id).invitee_groups]
    diets = ["", "", "", "vegetar", "glutenfri", "laktosefri"]
    people = []
    for i in range(120):
        f, la, town = rng.choice(first), rng.choice(last), rng.choice(towns)
        people.append(
            Registration(
                event_id=event_id,
                first_name=f,
                last_name=la,
                email=f"{f}.{la}{i}@{town.lower()}.dk".lower().replace("ø", "oe"),
                organisation=f"{town} Kommune",
                invitee_group=rng.choice(groups),
                dietary=rng.choice(diets),
                by_car=rng.random() < 0.3,
                registered_at=dt.datetime(2024, 5, 1, 8) + dt.timedelta(hours=3 * i),
            )
        )
    event = project.events.get(event_id)
    place(people, 360, event.invitee_groups, people)
    project.registrations.add_many(people)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument("--lang", choices=("da", "en"), default="en")
    parser.add_argument("--text-scale", type=float, default=1.0)
    args = parser.parse_args()
    main(args.folder, args.lang, args.text_scale)
