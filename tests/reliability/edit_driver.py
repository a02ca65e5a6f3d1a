"""Drives random edits on a project and reports each one once it is saved (for the crash test).

    python edit_driver.py PROJECT SEED

Prints `venue ID SEQ`, `event ID SEQ` or `registrations EVENT_ID COUNT` after
each edit has been committed, and runs until it is killed.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain import Registration
from app.storage import Project


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    project = Project.open(path)
    venue_ids = [v.id for v in project.venues.all()]
    event_ids = [e.id for e in project.events.all()]
    seq = 0
    while True:
        seq += 1
        choice = rng.random()
        if choice < 0.4:
            venue = project.venues.get(rng.choice(venue_ids))
            venue.notes = f"seq {seq}"
            venue.rooms[0].accessible_places = seq % 50 if venue.rooms else 0
            project.venues.save(venue)
            print(f"venue {venue.id} {seq}", flush=True)
        elif choice < 0.7:
            event = project.events.get(rng.choice(event_ids))
            event.description = f"seq {seq}"
            project.events.save(event)
            print(f"event {event.id} {seq}", flush=True)
        else:
            event_id = rng.choice(event_ids)
            batch = [
                Registration(event_id=event_id, first_name=f"P{seq}-{i}", email=f"p{seq}.{i}@x.dk")
                for i in range(rng.randint(1, 200))
            ]
            project.registrations.add_many(batch)
            total = sum(project.registrations.count_by_status(event_id).values())
            print(f"registrations {event_id} {total}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
