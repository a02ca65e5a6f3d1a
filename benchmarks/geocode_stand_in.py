"""A Nominatim look-alike on 127.0.0.1 for the responsiveness figure: every query finds a place."""

from __future__ import annotations

import json
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlsplit(self.path).query).get("q", [""])[0]
        # A place near Roskilde that differs per query, so every venue gets its own point.
        spread = zlib.crc32(query.encode()) % 1000 / 10000
        body = json.dumps(
            [
                {
                    "place_id": 1,
                    "lat": str(55.64 + spread),
                    "lon": str(12.08 + spread),
                    "display_name": f"{query}, Danmark",
                    "licence": "Data © OpenStreetMap contributors, ODbL 1.0",
                }
            ]
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class GeocodeStandIn:
    """`with GeocodeStandIn() as url:` serves look-ups at `url` until the block ends."""

    def __enter__(self) -> str:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
