"""Stateful flows against a live server whose dispatches reach this machine's loopback
(strait.local in ``make test-contract-local``): create -> trigger -> dispatch ->
complete -> list; wait for an event -> send it -> the run resumes; an approval
workflow. Skipped against Prism (stateless) and against a remote server."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlparse

import pytest

from strait.worker import RunContext

from .conftest import Clients

pytestmark = pytest.mark.contract

Handler = Callable[[dict[str, str], Any], tuple[int, Any]]


@pytest.fixture
def live(clients: Clients) -> Clients:
    host = urlparse(clients.server.base_url).hostname
    if not clients.server.live or host not in ("127.0.0.1", "localhost", "::1"):
        pytest.skip("needs a live server on loopback that can dispatch to this machine")
    if not clients.project:
        pytest.skip("set STRAIT_PROJECT")
    return clients


@pytest.fixture
def job_endpoint() -> Iterator[tuple[str, list[Handler]]]:
    """A job endpoint on loopback; the test appends the handler that answers."""
    handlers: list[Handler] = []

    class Endpoint(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status, answer = handlers[-1](dict(self.headers.items()), json.loads(body or b"null"))
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/run", handlers
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _job(clients: Clients, url: str) -> Any:
    slug = f"flow-{uuid.uuid4().hex[:10]}"
    body = {"project_id": clients.project, "name": slug, "slug": slug, "endpoint_url": url, "max_attempts": 1}
    return clients.api.jobs.create(body)


def test_trigger_dispatch_complete_list(live: Clients, job_endpoint: tuple[str, list[Handler]]) -> None:
    url, handlers = job_endpoint
    handlers.append(lambda headers, payload: (200, {"doubled": payload["n"] * 2}))
    job = _job(live, url)
    try:
        run = live.api.jobs.trigger(job["id"], {"payload": {"n": 21}})
        done = live.api.runs.wait(run["id"], timeout=20)
        assert (done["status"], done["result"]) == ("completed", {"doubled": 42})
        assert run["id"] in [r["id"] for r in live.api.runs.list(limit=20)]
    finally:
        live.api.jobs.delete(job["id"])


def test_wait_for_event_send_resume(live: Clients, job_endpoint: tuple[str, list[Handler]]) -> None:
    url, handlers = job_endpoint
    key = f"flow:{uuid.uuid4().hex[:10]}"
    dispatches: list[str] = []

    def handle(headers: dict[str, str], payload: Any) -> tuple[int, Any]:
        ctx = RunContext.from_headers(headers, live.server.base_url)
        dispatches.append(ctx.run_id)
        if len(dispatches) == 1:
            ctx.wait_for_event(key, timeout=600)
            return 202, {"waiting": key}
        received = live.api.event_triggers.get_event(key)
        ctx.complete({"approved_by": received["response_payload"]["by"]})
        return 200, {}

    handlers.append(handle)
    job = _job(live, url)
    try:
        run = live.api.jobs.trigger(job["id"], {"payload": {}})
        deadline = time.monotonic() + 20
        while live.api.runs.get(run["id"])["status"] != "waiting" and time.monotonic() < deadline:
            time.sleep(0.01)
        with live.api.event_triggers.follow(key, timeout=20) as frames:
            first = next(iter(frames))
            assert first.data["status"] == "waiting"
            assert live.api.runs.get(run["id"])["status"] == "waiting"
            sent = live.api.event_triggers.send_event(key, {"payload": {"by": "ops"}})
            assert sent["status"] == "received"
        done = live.api.runs.wait(run["id"], timeout=20)
        assert (done["status"], done["result"]) == ("completed", {"approved_by": "ops"})
        assert dispatches == [run["id"], run["id"]]
    finally:
        live.api.jobs.delete(job["id"])


def test_approval_workflow(live: Clients, job_endpoint: tuple[str, list[Handler]]) -> None:
    url, handlers = job_endpoint
    handlers.append(lambda headers, payload: (200, {"charged": payload["amount"]}))
    job = _job(live, url)
    tag = uuid.uuid4().hex[:10]
    event_key = f"flow:{tag}:shipped"
    # The server approves as the caller's identity: "apikey:<key id>" for an API key.
    me = next(k for k in live.api.api_keys.list().data if live.api.config.token.startswith(k["key_prefix"]))
    body = {
        "project_id": live.project,
        "name": f"flow-{tag}",
        "slug": f"flow-{tag}",
        "steps": [
            {"step_ref": "approve", "step_type": "approval", "approval_approvers": [f"apikey:{me['id']}"]},
            {
                "step_ref": "charge",
                "step_type": "job",
                "job_id": job["id"],
                "depends_on": ["approve"],
                "payload": {"amount": 5},
            },
            {
                "step_ref": "shipped",
                "step_type": "wait_for_event",
                "event_key": event_key,
                "depends_on": ["charge"],
            },
        ],
    }
    workflow = live.api.workflows.create(body)
    try:
        run = live.api.workflows.trigger(workflow["id"], {"payload": {"order": tag}})
        approved = live.api.workflow_runs.approve_step(run["id"], "approve", {})
        assert approved["approval"]["status"] == "approved"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            steps = {s["step_ref"]: s["status"] for s in live.api.workflow_runs.list_steps(run["id"]).data}
            if steps["shipped"] == "waiting":
                break
            time.sleep(0.01)
        assert steps == {"approve": "completed", "charge": "completed", "shipped": "waiting"}
        live.api.event_triggers.send_event(event_key, {"payload": {"carrier": "ups"}})
        while live.api.workflow_runs.get(run["id"])["status"] == "running" and time.monotonic() < deadline:
            time.sleep(0.01)
        assert live.api.workflow_runs.get(run["id"])["status"] == "completed"
    finally:
        live.api.workflows.delete(workflow["id"])
        live.api.jobs.delete(job["id"])
