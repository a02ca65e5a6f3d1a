"""The bundled sample project: the seed invitations as venues and events."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..domain.serialize import event_from_dict, venue_from_dict
from ..paths import sample_project_data
from ..storage import Project


def write_sample(path: str | os.PathLike) -> Project:
    """Create a project at `path` holding the sample venues and events."""
    data = json.loads(sample_project_data().read_text(encoding="utf-8"))
    path = Path(path)
    tmp = path.with_name(f".{path.name}.building")
    project = Project.create(tmp)
    try:
        for item in data["venues"]:
            project.venues.add(venue_from_dict(item))
        for item in data["events"]:
            project.events.add(event_from_dict(item))
    finally:
        project.close()
    os.replace(tmp, path)
    return Project.open(path)


def ensure_user_sample(data_dir: Path) -> Path:
    """The user's own copy of the sample (made on first use); the bundled data is never touched."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "Sample project.venueplan"
    if not path.exists():
        write_sample(path).close()
    return path


__all__ = ["write_sample", "ensure_user_sample"]
