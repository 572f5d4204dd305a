"""Every test here runs against one in-process local Strait that checks each request it
accepts and each answer it sends against ``openapi/strait.openapi.json``; a test fails
on any mismatch, and the session prints the figures."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from strait.local._validate import Validator

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "strait.openapi.json"
_VALIDATOR = Validator(SPEC)


@pytest.fixture(scope="session")
def strait_local_validator() -> Validator:
    return _VALIDATOR


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    figures = _VALIDATOR.figures
    if figures.requests_validated:
        terminalreporter.section("strait.local spec validation")
        terminalreporter.write_line(figures.summary())
        for (operation, status), count in sorted(figures.undocumented.items()):
            terminalreporter.write_line(f"  server-vs-spec: {operation} answered {status} x{count}")


def wait_for_status(client: Any, run_id: str, *statuses: str, timeout: float = 10.0) -> Any:
    """The run once its status is one of ``statuses`` (or as it is after ``timeout``)."""
    deadline = time.monotonic() + timeout
    while True:
        run = client.runs.get(run_id)
        if run["status"] in statuses or time.monotonic() > deadline:
            return run
        time.sleep(0.005)


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Endpoint:
    """A job endpoint on loopback: records each dispatch, answers with ``respond``."""

    url: str = ""
    seen: list[Seen] = field(default_factory=list)
    respond: Callable[[Seen], tuple[int, bytes]] = lambda seen: (200, b'{"ok": true}')
    arrived: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    state = Endpoint()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            seen = Seen(self.path, dict(self.headers.items()), self.rfile.read(length))
            state.seen.append(seen)
            status, body = state.respond(seen)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
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
        server.shutdown()
        server.server_close()
        thread.join(5)
