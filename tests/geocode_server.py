"""Geocoding stand-ins on 127.0.0.1: recorded answers, misbehaving servers, a silent
server, a closed port."""

from __future__ import annotations

import json
import socket
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

DATA = Path(__file__).resolve().parent / "data" / "geocoding"

# Which recorded answer a query gets, by a word in it; anything else finds nothing.
NOMINATIM_ANSWERS = {
    "egedal": "nominatim_egedal.json",
    "dagmars": "nominatim_egedal.json",
    "hovedgaden": "nominatim_hovedgade.json",
}
PHOTON_ANSWERS = {"ringsted": "photon_ringsted.json"}


class RecordedService:
    """A Nominatim (/search) and Photon (/api) look-alike that logs every request."""

    def __init__(self, clock=None):
        self.requests: list[dict] = []
        self.clock = clock
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                parts = urlsplit(self.path)
                params = {k: v[0] for k, v in parse_qs(parts.query).items()}
                service.requests.append(
                    {
                        "path": parts.path,
                        "params": params,
                        "user_agent": self.headers.get("User-Agent"),
                        "at": service.clock() if service.clock else None,
                    }
                )
                query = params.get("q", "").casefold()
                if "error500" in query:
                    self._send(500, b'{"error": "internal"}')
                    return
                if parts.path.endswith("/api"):
                    name = next((f for w, f in PHOTON_ANSWERS.items() if w in query), None)
                    body = (
                        (DATA / name).read_bytes()
                        if name
                        else b'{"type": "FeatureCollection", "features": []}'
                    )
                else:
                    name = next((f for w, f in NOMINATIM_ANSWERS.items() if w in query), None)
                    body = (DATA / name).read_bytes() if name else b"[]"
                self._send(200, body)

            def _send(self, status, body):
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)

    def queries(self) -> list[str]:
        return [r["params"].get("q", "") for r in self.requests]


# How a misbehaving service answers every request: (status, body, seconds before the
# answer, seconds between the body's bytes); a body of None closes the connection unanswered.
MISBEHAVIOURS = {
    "slow": (200, (DATA / "nominatim_egedal.json").read_bytes(), 1.5, 0),
    "trickle": (200, b" " * 400, 0, 0.25),  # each byte in time, the whole far too late
    "garbage": (200, b"<html><body>Service temporarily moved</body></html>", 0, 0),
    "wrong_json": (200, b'{"results": [1, 2, 3]}', 0, 0),
    "error500": (500, b"<html>Internal Server Error</html>", 0, 0),
    "busy429": (429, b"Too Many Requests", 0, 0),
    "hang_up": (200, None, 0, 0),
}


@contextmanager
def misbehaving_server(kind: str):
    """A local server that answers every request the way MISBEHAVIOURS[kind] says."""
    status, body, delay, pause = MISBEHAVIOURS[kind]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            time.sleep(delay)
            if body is None:
                self.close_connection = True
                return
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            step = 1 if pause else max(len(body), 1)
            try:
                for start in range(0, len(body), step):
                    self.wfile.write(body[start : start + step])
                    self.wfile.flush()
                    time.sleep(pause)
            except OSError:
                pass  # the client gave up, as it should

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextmanager
def silent_server():
    """A port that accepts connections (the kernel's backlog) but never answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()


def closed_port_url() -> str:
    """A local port nothing listens on, so a connection is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def recorded_json(name: str):
    return json.loads((DATA / name).read_text(encoding="utf-8"))
