"""A job endpoint on loopback for the local Strait's tests: records each request and
answers with ``respond(seen)``, ``(status, body)`` or ``(status, headers, body)``; a
``held`` endpoint keeps its answers back until ``hold`` is set."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["Endpoint", "Seen", "serve_endpoint"]


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


Answer = tuple[int, bytes] | tuple[int, dict[str, str], bytes]


@dataclass
class Endpoint:
    url: str = ""
    seen: list[Seen] = field(default_factory=list)
    respond: Callable[[Seen], Answer] = lambda seen: (200, b'{"ok": true}')
    hold: threading.Event = field(default_factory=threading.Event)
    arrived: threading.Event = field(default_factory=threading.Event)


@contextmanager
def serve_endpoint(*, held: bool = False) -> Iterator[Endpoint]:
    state = Endpoint()
    if not held:
        state.hold.set()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            seen = Seen(self.path, dict(self.headers.items()), self.rfile.read(length))
            state.seen.append(seen)
            state.hold.wait(10)
            answer = state.respond(seen)
            status, headers, body = answer if len(answer) == 3 else (answer[0], {}, answer[-1])
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            state.arrived.set()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/run"
    try:
        yield state
    finally:
        state.hold.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
