"""Figures of the meeting day: check-in search per keystroke, and seating people at tables
(how fast, and how well mixed against a random seating)."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.data import registrations
from benchmarks.measure import loop_until, report


def checkin_search_figure(project_path: str, count: str, name: str) -> None:
    """Typing `name` letter by letter into the check-in window over `count` people: the UI
    thread's work per keystroke (the search, the list of people found, its repaint),
    against a bare list comprehension over the same lower-case names."""
    from PySide6.QtWidgets import QApplication

    from app.domain import Event
    from app.storage import Project
    from app.ui.checkin_view import CheckinView

    app = QApplication(["venueplan"])
    folder = Path(tempfile.mkdtemp(prefix="venueplan-checkin-"))
    work = folder / "door.venueplan"
    shutil.copy(project_path, work)
    project = Project.open(work)
    event = project.events.add(Event(title="Konference"))
    people = registrations(int(count), event.id, seed=5)
    project.registrations.add_many(people)
    view = CheckinView(project, event.id, event.title)
    view.resize(1280, 800)
    view.show()
    loop_until(app, lambda: view.state is not None and not view._busy)
    view.timer.stop()  # polling the file is not what is measured
    texts = [f"{r.name} {r.organisation} {r.invitee_group}".casefold() for r in people]
    prefixes = [name[:i] for i in range(1, len(name) + 1)]
    mine, bare, shown = [], [], []
    for typed in prefixes + prefixes[::-1][1:] + [""]:
        start = time.perf_counter()
        view.search.setText(typed)  # the search runs on every keystroke
        view.results.viewport().repaint()
        mine.append(time.perf_counter() - start)
        shown.append(view.results.count())
        start = time.perf_counter()
        words = typed.casefold().split()
        found = range(len(texts))
        for word in words:
            found = [i for i in found if word in texts[i]]
        bare.append(time.perf_counter() - start)
    report(
        ours=mine,
        baseline=bare,
        people=int(count),
        keystrokes=len(mine),
        shown=shown,
        max_ms=round(max(mine) * 1000, 1),
    )
    view.close()
    project.close()
    shutil.rmtree(folder, ignore_errors=True)


def tables_figure(count: str, tables: str, seats: str, reps: str) -> None:
    """Seating `count` people from the benchmark's municipalities at `tables` tables, with
    one facilitator per table, against a random seating of the same people; both plans'
    same-organisation pairs at a table are reported."""
    from app.domain.table_assignment import (
        Guest,
        assign_tables,
        random_seating,
        same_organisation_pairs,
    )

    people = registrations(int(count), 1, seed=11)
    for n, r in enumerate(people, 1):
        r.id = n
    guests = [Guest.of(r) for r in people]
    n_tables, n_seats = int(tables), int(seats)
    facilitators = [g.id for g in guests[:n_tables]]
    mine, bare = [], []
    assign_tables(guests, n_tables, n_seats, facilitators=facilitators)  # warm-up
    for seed in range(int(reps)):
        start = time.perf_counter()
        seating = assign_tables(guests, n_tables, n_seats, facilitators=facilitators, seed=seed)
        mine.append(time.perf_counter() - start)
        start = time.perf_counter()
        shuffled = random_seating(guests, n_tables, n_seats, seed)
        bare.append(time.perf_counter() - start)
    pairs = same_organisation_pairs(guests, seating.tables)
    randoms = [
        same_organisation_pairs(guests, random_seating(guests, n_tables, n_seats, k))
        for k in range(20)
    ]
    best_possible = _fewest_pairs(guests, n_tables)
    # A harder mix: the same people from only 8 municipalities, at 50 tables of 10, so
    # every table must hold several of one municipality.
    towns = sorted({g.organisation for g in guests})
    tight = [Guest(g.id, towns[towns.index(g.organisation) % 8], g.group) for g in guests]
    tight_pairs = same_organisation_pairs(tight, assign_tables(tight, 50, 10, seed=0).tables)
    tight_random = [
        same_organisation_pairs(tight, random_seating(tight, 50, 10, k)) for k in range(20)
    ]
    report(
        ours=mine,
        baseline=bare,
        people=len(guests),
        tables=n_tables,
        seats=n_seats,
        unseated=len(seating.unseated),
        same_organisation_pairs=pairs,
        random_same_organisation_pairs=statistics.median(randoms),
        random_best_of_20=min(randoms),
        fewest_possible=best_possible,
        organisations=len({g.organisation for g in guests}),
        random_seated=len(shuffled),
        tight={
            "organisations": 8,
            "tables": 50,
            "seats": 10,
            "same_organisation_pairs": tight_pairs,
            "random_same_organisation_pairs": statistics.median(tight_random),
            "random_best_of_20": min(tight_random),
            "fewest_possible": _fewest_pairs(tight, 50),
        },
    )


def _fewest_pairs(guests, tables: int) -> int:
    """The fewest same-organisation pairs any seating can have: each organisation spread
    as evenly as possible over the tables (seats aside)."""
    from collections import Counter

    total = 0
    for size in Counter(g.organisation for g in guests).values():
        each, extra = divmod(size, tables)
        total += extra * (each + 1) * each // 2 + (tables - extra) * each * (each - 1) // 2
    return total


FIGURES = {"checkin-search": checkin_search_figure, "tables": tables_figure}
