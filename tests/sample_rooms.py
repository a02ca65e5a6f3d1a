"""Sample events placed in their venues' example rooms, for tests of capacity and rooms.

The seed invitations name a room only for Egedal (Byrådssalen), so the sample's other
events have none; the venues' "Eksempellokale" rooms are example data. Tests of seats,
quotas and room suggestions put the events there first, as a coordinator would, and mark
the venues step-free (no invitation says so), so a guest in a wheelchair has rooms to fit.
"""

from __future__ import annotations

from pathlib import Path

from app.storage import Project

# event id -> room id, see resources/sample/sample_project.json
EXAMPLE_ROOMS = {3: 2, 4: 4, 5: 5}


def place_in_example_rooms(path: Path) -> None:
    with Project.open(path) as project:
        for venue in project.venues.all():
            venue.step_free_access = True
            project.venues.save(venue)
        for event_id, room_id in EXAMPLE_ROOMS.items():
            event = project.events.get(event_id)
            event.room_id = room_id
            project.events.save(event)
