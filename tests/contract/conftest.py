"""Servers and clients for the contract tests.

By default every test runs twice, against Prism serving ``openapi/strait.openapi.json``
with static examples and with schema-generated (``--dynamic``) answers; one Prism per
mode for the whole session, stopped at the end (also on failure).

With ``STRAIT_BASE_URL`` and ``STRAIT_API_KEY`` (and ``STRAIT_PROJECT``) set, the
same tests run once against that real server instead: read-only operations only,
plus the end-to-end flow in ``test_flow.py``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from strait import Client

from ._support import API_KEY, make_run_token, operation_cases

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from mock_server import mock_server

LIVE = bool(os.environ.get("STRAIT_BASE_URL") and os.environ.get("STRAIT_API_KEY"))
MODES = ["live"] if LIVE else ["static", "dynamic"]

#: (mode, operationId) of every operation a test exercised, for the summary below.
EXERCISED: set[tuple[str, str]] = set()


@dataclass(frozen=True)
class Server:
    mode: str  # "static" | "dynamic" (Prism) | "live"
    base_url: str

    @property
    def live(self) -> bool:
        return self.mode == "live"


@dataclass
class Recorder:
    """Every HTTP answer the clients received, newest last."""

    responses: list[httpx.Response] = field(default_factory=list)

    def __call__(self, response: httpx.Response) -> None:
        self.responses.append(response)

    def clear(self) -> None:
        self.responses.clear()

    @property
    def last(self) -> httpx.Response:
        assert self.responses, "no request reached the server"
        return self.responses[-1]


@dataclass(frozen=True)
class Clients:
    server: Server
    api: Client
    """API-key client for ``/v1/...`` (and the unauthenticated routes)."""
    run: Client | None
    """Run-token client for ``/sdk/v1/runs/{RUN_ID}/...`` (``None`` live without a token)."""
    recorder: Recorder
    project: str


@pytest.fixture(scope="session", params=MODES)
def server(request: pytest.FixtureRequest) -> Iterator[Server]:
    mode: str = request.param
    if mode == "live":
        yield Server(mode, os.environ["STRAIT_BASE_URL"])
        return
    with mock_server(dynamic=mode == "dynamic") as base_url:
        yield Server(mode, base_url)


@pytest.fixture(scope="session")
def clients(server: Server) -> Iterator[Clients]:
    recorder = Recorder()
    http = httpx.Client(event_hooks={"response": [recorder]}, timeout=30.0)
    common: dict[str, Any] = {"base_url": server.base_url, "max_retries": 0, "http_client": http}
    if server.live:
        api = Client(api_key=os.environ["STRAIT_API_KEY"], **common)
        token = os.environ.get("STRAIT_RUN_TOKEN")
        run = Client(run_token=token, auth_type="runToken", **common) if token else None
        project = os.environ.get("STRAIT_PROJECT", "")
    else:
        api = Client(api_key=API_KEY, **common)
        run = Client(run_token=make_run_token(), auth_type="runToken", **common)
        project = "proj_contract_1"
    try:
        yield Clients(server, api, run, recorder, project)
    finally:
        api.close()
        if run is not None:
            run.close()
        http.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not EXERCISED:
        return
    cases = operation_cases()
    special = {
        "SSE operations (their method is the follow stream: returns at once, opens on first read)": sum(
            c.sse for c in cases.values()
        ),
        "streamed exports (body compared with the raw answer)": sum(c.streamed for c in cases.values()),
        "operations whose only success media type is not JSON (sent a matching Accept)": sum(
            c.accept is not None for c in cases.values()
        ),
    }
    terminalreporter.section("contract coverage")
    for mode in sorted({m for m, _ in EXERCISED}):
        done = sum(1 for m, _ in EXERCISED if m == mode)
        terminalreporter.write_line(f"{mode}: {done}/{len(cases)} operations exercised through the facade")
    for what, count in special.items():
        terminalreporter.write_line(f"handled specially: {count} {what}")
