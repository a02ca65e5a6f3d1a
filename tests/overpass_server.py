"""An Overpass API stand-in on 127.0.0.1 that answers with the recorded (made-up) answers of
tests/data/overpass, chosen by the point the query asks around."""

from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

DATA = Path(__file__).resolve().parent / "data" / "overpass"
# The sample venues' points and their recorded answers.
ANSWERS = {
    (55.6557, 12.3551): "gate21.json",
    (55.7733, 12.1813): "egedal.json",
    (56.1623, 9.5644): "jysk.json",
}
EMPTY = b'{"version": 0.6, "elements": []}'


def recorded_answer(lat: float, lon: float) -> bytes:
    for (a, b), name in ANSWERS.items():
        if abs(a - lat) < 0.01 and abs(b - lon) < 0.01:
            return (DATA / name).read_bytes()
    return EMPTY


class OverpassStandIn:
    """Logs every request (its query and user agent); `status` other than 200 is sent with
    an empty body instead of an answer."""

    def __init__(self, status: int = 200):
        self.requests: list[dict] = []
        self.status = status
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode())
                query = form.get("data", [""])[0]
                stand_in.requests.append(
                    {
                        "path": self.path,
                        "query": query,
                        "user_agent": self.headers.get("User-Agent"),
                    }
                )
                found = re.search(r"around:(\d+),([-\d.]+),([-\d.]+)", query)
                body = recorded_answer(float(found[2]), float(found[3])) if found else EMPTY
                status = stand_in.status
                if status != 200:
                    body = b"{}"
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/interpreter"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)


def store_recorded(project, venue_id: int):
    """Give a venue of `project` the recorded surroundings around its point, as a fetch
    would (parsed and simplified the same way), without any server."""
    import datetime as dt
    import json

    from app.domain.surroundings import Surroundings
    from app.services.overpass import parse_answer

    venue = project.venues.get(venue_id)
    found = Surroundings(
        latitude=venue.latitude,
        longitude=venue.longitude,
        radius_m=800,
        fetched_at=dt.datetime(2026, 12, 1, 12, 0),
        source="recorded test answer",
        features=parse_answer(json.loads(recorded_answer(venue.latitude, venue.longitude))),
    )
    project.surroundings.save(venue_id, found)
    return found
