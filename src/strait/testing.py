"""Unit-test job handlers without a Strait server.

::

    from strait.testing import create_test_context

    def test_handler():
        ctx, record = create_test_context(payload={"sku": "ABC-123"})
        ctx.run(handle)                      # or call handle(ctx, payload) yourself
        assert record.status == "completed"
        assert record.result == {"synced": True}
        assert [p["percent"] for p in record.progress] == [50, 100]

The context is a real :class:`strait.worker.RunContext` (so it has exactly the same
methods and argument checks), whose requests go to an in-memory stand-in for the
SDK endpoints that writes everything down in a :class:`RunRecord`.
:func:`create_async_test_context` does the same for :class:`AsyncRunContext`.

For the whole lifecycle (trigger, dispatch to your handler, events, workflows) use a
local Strait: ``with LocalStrait() as strait: client = strait.client()``, or the
``local_strait`` pytest fixture (see :mod:`strait.local`).
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httpx

from strait._client import AsyncClient, Client
from strait.worker import AsyncRunContext, RunContext
from strait.worker._core import MISSING

if TYPE_CHECKING:
    from strait.local import LocalStrait

__all__ = ["LocalStrait", "RunRecord", "create_async_test_context", "create_test_context", "make_run_token"]


def __getattr__(name: str) -> Any:
    # A local Strait (strait.local) for tests that need the whole run lifecycle; loaded
    # on first use so that test contexts do not start an HTTP server library.
    if name == "LocalStrait":
        from strait.local import LocalStrait

        return LocalStrait
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_BASE_URL = "http://strait.test"


@dataclass
class RunRecord:
    """Everything a handler reported through its test context.

    ``logs``, ``progress``, ``usage``, ``tool_calls``, ``chunks``, ``resources``,
    ``spawns`` and ``events`` (``wait_for_event`` calls) hold the request bodies in
    order; ``checkpoints`` the saved states; ``state``, ``memory``, ``outputs`` and
    ``annotations`` the current values. ``status`` is ``"executing"``, ``"waiting"``,
    ``"completed"`` or ``"failed"``, with ``result`` / ``error``.
    """

    run_id: str
    attempt: int
    payload: Any = None
    project_id: str = "test-project"
    job_id: str = "test-job"
    logs: list[dict[str, Any]] = field(default_factory=list)
    progress: list[dict[str, Any]] = field(default_factory=list)
    heartbeats: int = 0
    checkpoints: list[Any] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)
    memory: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, Any] = field(default_factory=dict)
    annotations: dict[str, str] = field(default_factory=dict)
    usage: list[dict[str, Any]] = field(default_factory=list)
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    chunks: list[dict[str, Any]] = field(default_factory=list)
    resources: list[dict[str, Any]] = field(default_factory=list)
    spawns: list[dict[str, Any]] = field(default_factory=list)
    continuations: list[Any] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    status: str = "executing"
    result: Any = None
    error: str | None = None
    requests: list[tuple[str, str]] = field(default_factory=list)

    @property
    def completed(self) -> bool:
        """Whether the handler completed the run."""
        return self.status == "completed"

    @property
    def failed(self) -> bool:
        """Whether the handler failed the run."""
        return self.status == "failed"


def make_run_token(run_id: str = "test-run", attempt: int = 1, **claims: Any) -> str:
    """An unsigned run token with Strait's claims (the SDK reads claims, never signatures)."""

    def part(obj: Any) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    now = int(time.time())
    body: dict[str, Any] = {"iss": "strait:run-token", "sub": run_id, "attempt": attempt, "iat": now}
    body["exp"] = now + 86_400
    body.update(claims)
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(body)}.dGVzdA"


_ROUTE = re.compile(r"^/sdk/v1/runs/[^/]+/(?P<op>[a-z-]+)(?:/(?P<key>[^/]+))?$")
_LIST_BODIES = {
    "log": "logs",
    "progress": "progress",
    "usage": "usage",
    "tool-call": "tool_calls",
    "stream": "chunks",
    "resources": "resources",
    "resource-snapshot": "resources",
    "spawn": "spawns",
    "wait-for-event": "events",
}


class _FakeServer:
    """The SDK endpoints in memory; every request is written into the record."""

    def __init__(self, record: RunRecord) -> None:
        self.record = record
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            return self._handle(request)

    def _id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids)}"

    def _handle(self, request: httpx.Request) -> httpx.Response:
        rec = self.record
        path = request.url.path
        rec.requests.append((request.method, path))
        body: Any = json.loads(request.content) if request.content else {}
        if path.endswith("/checkpoints") and path.startswith("/v1/runs/"):
            data = [self._checkpoint(state, i + 1) for i, state in enumerate(rec.checkpoints)][::-1][:1]
            return httpx.Response(200, json={"data": data, "has_more": False})
        match = _ROUTE.match(path)
        if match is None:
            return _error(404, "not_found", f"no such route {path}")
        op, key = match["op"], match["key"]
        method = request.method
        now = _now()
        if op in _LIST_BODIES and method == "POST":
            getattr(rec, _LIST_BODIES[op]).append(body)
        if op == "payload":
            content = json.dumps(rec.payload).encode()
            return httpx.Response(200, content=content, headers={"content-type": "application/json"})
        if op in ("log", "progress"):
            event = {
                "id": self._id("evt"),
                "run_id": rec.run_id,
                "type": body.get("type", op),
                "created_at": now,
            }
            return httpx.Response(201, json={**event, "message": body["message"]})
        if op == "heartbeat":
            rec.heartbeats += 1
            return httpx.Response(200, json={"status": "ok"})
        if op in ("stream", "resources"):
            return httpx.Response(200 if op == "stream" else 201, json={"status": "ok"})
        if op == "annotate":
            rec.annotations.update(body["annotations"])
            return httpx.Response(200, json=self._run(rec.status))
        if op == "checkpoint":
            rec.checkpoints.append(body["state"])
            return httpx.Response(201, json=self._checkpoint(body["state"], len(rec.checkpoints)))
        if op in ("state", "memory"):
            return self._key_value(op, method, key or body.get("key"), body, now)
        if op == "output":
            rec.outputs[body["output_key"]] = body["value"]
            out = {"id": self._id("out"), "run_id": rec.run_id, "output_key": body["output_key"]}
            return httpx.Response(201, json={**out, "value": body["value"], "created_at": now})
        if op == "usage":
            counts = {
                k: body.get(k, 0)
                for k in ("prompt_tokens", "completion_tokens", "total_tokens", "cost_microusd")
            }
            usage = {
                "id": self._id("use"),
                "run_id": rec.run_id,
                "provider": body["provider"],
                "model": body["model"],
            }
            return httpx.Response(201, json={**usage, **counts, "created_at": now})
        if op == "tool-call":
            call = {"id": self._id("tool"), "run_id": rec.run_id, "tool_name": body["tool_name"]}
            return httpx.Response(
                201, json={**call, "status": body.get("status", "success"), "created_at": now}
            )
        if op == "resource-snapshot":
            numbers = ("cpu_percent", "memory_mb", "memory_limit_mb", "network_rx_bytes", "network_tx_bytes")
            snapshot = {k: body.get(k, 0) for k in numbers}
            return httpx.Response(
                201, json={"id": self._id("res"), "run_id": rec.run_id, **snapshot, "created_at": now}
            )
        if op == "spawn":
            child = {"id": self._id("run"), "job_id": body["job_slug"], "parent_run_id": rec.run_id}
            extra = {"project_id": body["project_id"], "status": "queued", "triggered_by": "spawn"}
            return httpx.Response(201, json={**child, **extra})
        if op == "continue":
            rec.continuations.append(body.get("payload", rec.payload))
            return httpx.Response(
                201, json={**self._run("queued"), "id": self._id("run"), "continuation_of": rec.run_id}
            )
        if op == "wait-for-event":
            rec.status = "waiting"
            answer = {"status": "waiting", "event_key": body["event_key"], "trigger_id": self._id("trg")}
            return httpx.Response(200, json={**answer, "expires_at": now})
        if op in ("complete", "fail"):
            return self._finish(op, body)
        return _error(404, "not_found", f"no such route {path}")

    def _finish(self, op: str, body: dict[str, Any]) -> httpx.Response:
        rec = self.record
        if rec.status in ("completed", "failed"):
            return _error(410, None, "run has reached a terminal state")
        if op == "complete":
            rec.status, rec.result = "completed", body.get("result")
        else:
            rec.status, rec.error = "failed", body["error"]
        return httpx.Response(200, json=self._run(rec.status))

    def _key_value(
        self, op: str, method: str, key: str | None, body: dict[str, Any], now: str
    ) -> httpx.Response:
        rec = self.record
        store = rec.state if op == "state" else rec.memory
        if key is None:  # list
            return httpx.Response(200, json=[self._entry(op, k, v, now) for k, v in store.items()])
        if method == "DELETE":
            store.pop(key, None)
            return httpx.Response(204)
        if method == "POST":
            store[key] = body["value"]
            return httpx.Response(201, json=self._entry(op, key, body["value"], now))
        if key not in store:
            return _error(404, "not_found", f"{op} key not found")
        return httpx.Response(200, json=self._entry(op, key, store[key], now))

    def _entry(self, op: str, key: str, value: Any, now: str) -> dict[str, Any]:
        rec = self.record
        if op == "state":
            return {"run_id": rec.run_id, "state_key": key, "value": value, "updated_at": now}
        ids = {"id": self._id("mem"), "job_id": rec.job_id, "project_id": rec.project_id, "memory_key": key}
        return {
            **ids,
            "value": value,
            "size_bytes": len(json.dumps(value)),
            "created_at": now,
            "updated_at": now,
        }

    def _checkpoint(self, state: Any, sequence: int) -> dict[str, Any]:
        ids = {"id": f"ckpt_{sequence}", "run_id": self.record.run_id, "sequence": sequence, "source": "sdk"}
        return {**ids, "state": state, "created_at": _now()}

    def _run(self, status: str) -> dict[str, Any]:
        rec = self.record
        run = {"id": rec.run_id, "job_id": rec.job_id, "project_id": rec.project_id, "status": status}
        defaults = {"triggered_by": "manual", "priority": 0, "job_version": 1, "debug_mode": False}
        extra = {"result": rec.result} if rec.result is not None else {}
        if rec.error is not None:
            extra["error"] = rec.error
        return {**run, **defaults, "attempt": rec.attempt, "lineage_depth": 0, "created_at": _now(), **extra}


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _error(status: int, code: str | None, message: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"code": code or "internal_error", "message": message}})


def _record(run_id: str, attempt: int, payload: Any, project_id: str) -> tuple[RunRecord, str]:
    return RunRecord(run_id=run_id, attempt=attempt, payload=payload, project_id=project_id), make_run_token(
        run_id, attempt
    )


def _build(
    ctx_cls: Any,
    client_cls: Any,
    http_cls: Any,
    run_id: str,
    attempt: int,
    payload: Any,
    last_checkpoint: Any,
    project_id: str,
    progress_interval: float,
    heartbeat_interval: float | None,
) -> tuple[Any, RunRecord]:
    """The context of either kind over an in-memory server that records every call."""
    record, token = _record(run_id, attempt, payload, project_id)
    http = http_cls(transport=httpx.MockTransport(_FakeServer(record)))
    client = client_cls(
        base_url=_BASE_URL, run_token=token, http_client=http, project_id=project_id, max_retries=0
    )
    ctx = ctx_cls(
        client=client,
        last_checkpoint=last_checkpoint,
        progress_interval=progress_interval,
        heartbeat_interval=heartbeat_interval,
    )
    return ctx, record


def create_test_context(
    run_id: str = "test-run",
    attempt: int = 1,
    payload: Any = None,
    *,
    last_checkpoint: Any = MISSING,
    project_id: str = "test-project",
    progress_interval: float = 0.0,
    heartbeat_interval: float | None = None,
) -> tuple[RunContext, RunRecord]:
    """A :class:`RunContext` that records instead of calling a server, and its record.

    Progress is not throttled unless ``progress_interval`` is set, so every update is
    recorded. ``last_checkpoint`` plays the ``X-Last-Checkpoint`` of a retry.
    """
    return _build(
        RunContext,
        Client,
        httpx.Client,
        run_id,
        attempt,
        payload,
        last_checkpoint,
        project_id,
        progress_interval,
        heartbeat_interval,
    )


def create_async_test_context(
    run_id: str = "test-run",
    attempt: int = 1,
    payload: Any = None,
    *,
    last_checkpoint: Any = MISSING,
    project_id: str = "test-project",
    progress_interval: float = 0.0,
    heartbeat_interval: float | None = None,
) -> tuple[AsyncRunContext, RunRecord]:
    """The :class:`AsyncRunContext` version of :func:`create_test_context`."""
    return _build(
        AsyncRunContext,
        AsyncClient,
        httpx.AsyncClient,
        run_id,
        attempt,
        payload,
        last_checkpoint,
        project_id,
        progress_interval,
        heartbeat_interval,
    )
