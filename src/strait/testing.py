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
methods and argument checks); each SDK call it makes is answered in memory and written
down in a :class:`RunRecord`. An ``async def`` handler needs
:func:`create_async_test_context` (an :class:`AsyncRunContext`, ``await ctx.run(fn)``);
giving one to :func:`create_test_context`'s ``ctx.run`` raises a ``ValidationError``
saying so.

For the whole lifecycle (trigger, dispatch to your handler, events, workflows) use a
local Strait: ``with LocalStrait() as strait: client = strait.client()``, or the
``local_strait`` pytest fixture (see :mod:`strait.local`).
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, Unpack, overload

import httpx

from strait._auth import mint_run_token
from strait._client import AsyncClient, Client
from strait._core import Operation, encode_json
from strait._generated.services import sdk_runs as _sdk_operations
from strait._settings import check_keywords
from strait._signing import signature_headers  # sign test requests as Strait does
from strait._types import JSONInput, JSONObject, JSONValue
from strait.worker import AsyncRunContext, RunContext
from strait.worker._context import Checkpoints, Sdk
from strait.worker._core import MISSING

if TYPE_CHECKING:
    from strait.local import LocalStrait

__all__ = [
    "ContextOptions",
    "LocalStrait",
    "RunRecord",
    "create_async_test_context",
    "create_test_context",
    "make_run_token",
    "signature_headers",
]


def __getattr__(name: str) -> type[LocalStrait]:
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


def make_run_token(run_id: str = "test-run", attempt: int = 1, **claims: object) -> str:
    """A run token with Strait's claims, signed with the key ``b"test"`` (the SDK reads
    claims, never signatures); ``claims`` replace any of them."""
    return mint_run_token(run_id, attempt, key=b"test", claims=claims)


def _entry_key(op: str) -> str:
    return "state_key" if op == "state" else "memory_key"


class _Recorder:
    """Answers a test context's SDK calls in memory and writes each into the record.

    This is the one seam faked: the run context's plans yield each SDK call as a step
    (``Sdk(name, args)``, :mod:`strait.worker._context`), and a context made with
    ``_faked`` hands the step here instead of to its client. No HTTP, no routes: the
    answer is decoded by the same generated operation the client would use, so return
    values and errors are the ones a handler sees against Strait.
    """

    def __init__(self, record: RunRecord) -> None:
        self.record = record
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def __call__(self, step: Sdk | Checkpoints) -> object:
        with self._lock:
            if isinstance(step, Checkpoints):
                rec = self.record
                rec.requests.append(("GET", f"/v1/runs/{rec.run_id}/checkpoints"))
                data = [self._checkpoint(state, i + 1) for i, state in enumerate(rec.checkpoints)]
                return SimpleNamespace(data=data[::-1][:1], has_more=False)
            op: Operation[Any] = getattr(_sdk_operations, "_" + step.name.upper())
            run_id, *rest = step.args
            key = rest[0] if rest and isinstance(rest[0], str) else None
            given = rest[-1] if rest and not isinstance(rest[-1], str) else {}
            body: JSONObject = json.loads(encode_json(op.operation_id, given))  # what the client would send
            path = op.path.replace("{runID}", run_id).replace("{key}", key or "")
            self.record.requests.append((op.http_method, path))
            status, answer = self._answer(step.name, key, body)
            request = httpx.Request(op.http_method, _BASE_URL + path)
            content = b"" if answer is None else json.dumps(answer).encode()
            return op.parse(
                httpx.Response(
                    status, content=content, headers={"content-type": "application/json"}, request=request
                )
            )

    def _id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids)}"

    def _answer(self, name: str, key: str | None, body: JSONObject) -> tuple[int, JSONValue]:
        rec = self.record
        now = _now()
        listed = _LIST_BODIES.get(name)
        if listed is not None:
            getattr(rec, listed).append(body)
        if name == "get_payload":
            return 200, rec.payload
        if name in ("log_run", "progress_run"):
            kind = body.get("type") or ("log" if name == "log_run" else "progress")
            event = {"id": self._id("evt"), "run_id": rec.run_id, "type": kind, "created_at": now}
            return 201, {**event, "message": body["message"], "level": body.get("level", "info")}
        if name == "heartbeat_run":
            rec.heartbeats += 1
            return 200, {"status": "ok"}
        if name in ("stream_run", "resources_run"):
            return (200 if name == "stream_run" else 201), {"status": "ok"}
        if name == "annotate_run":
            rec.annotations.update(_object(body["annotations"]))
            return 200, self._run(rec.status)
        if name == "checkpoint_run":
            rec.checkpoints.append(body["state"])
            return 201, self._checkpoint(body["state"], len(rec.checkpoints))
        if name.endswith(("_state", "_memory")):
            return self._key_value(name, key, body, now)
        if name == "output_run":
            rec.outputs[str(body["output_key"])] = body["value"]
            out = {"id": self._id("out"), "run_id": rec.run_id, "output_key": body["output_key"]}
            return 201, {**out, "value": body["value"], "created_at": now}
        if name == "usage_run":
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
            return 201, {**usage, **counts, "created_at": now}
        if name == "tool_call_run":
            call = {"id": self._id("tool"), "run_id": rec.run_id, "tool_name": body["tool_name"]}
            return 201, {**call, "status": body.get("status", "success"), "created_at": now}
        if name == "resource_snapshot_run":
            numbers = ("cpu_percent", "memory_mb", "memory_limit_mb", "network_rx_bytes", "network_tx_bytes")
            snapshot = {k: body.get(k, 0) for k in numbers}
            return 201, {"id": self._id("res"), "run_id": rec.run_id, **snapshot, "created_at": now}
        if name == "spawn_run":
            child = {"id": self._id("run"), "job_id": body["job_slug"], "parent_run_id": rec.run_id}
            return 201, {
                **child,
                "project_id": body["project_id"],
                "status": "queued",
                "triggered_by": "spawn",
            }
        if name == "continue_run":
            rec.continuations.append(body.get("payload", rec.payload))
            return 201, {**self._run("queued"), "id": self._id("run"), "continuation_of": rec.run_id}
        if name == "wait_for_event_run":
            rec.status = "waiting"
            answer = {"status": "waiting", "event_key": body["event_key"], "trigger_id": self._id("trg")}
            return 200, {**answer, "expires_at": now}
        if name in ("complete_run", "fail_run"):
            return self._finish(name, body)
        return _error(404, "not_found", f"the test context does not answer {name}")

    def _finish(self, name: str, body: JSONObject) -> tuple[int, JSONValue]:
        rec = self.record
        if rec.status in ("completed", "failed"):
            return _error(410, None, "run has reached a terminal state")
        if name == "complete_run":
            rec.status, rec.result = "completed", body.get("result")
        else:
            rec.status, rec.error = "failed", str(body["error"])
        return 200, self._run(rec.status)

    def _key_value(self, name: str, key: str | None, body: JSONObject, now: str) -> tuple[int, JSONValue]:
        rec = self.record
        op = "state" if name.endswith("_state") else "memory"
        store = rec.state if op == "state" else rec.memory
        if name.startswith("list_"):
            return 200, [self._entry(op, k, v, now) for k, v in store.items()]
        if name.startswith("delete_"):
            store.pop(key or "", None)
            return 204, None
        if name.startswith("set_"):
            name_of = key if key is not None else str(body["key"])
            store[name_of] = body["value"]
            return 201, self._entry(op, name_of, body["value"], now)
        if key not in store:
            return _error(404, "not_found", f"{op} key not found")
        return 200, self._entry(op, key or "", store[key or ""], now)

    def _entry(self, op: str, key: str, value: JSONValue, now: str) -> JSONObject:
        rec = self.record
        if op == "state":
            return {"run_id": rec.run_id, _entry_key(op): key, "value": value, "updated_at": now}
        ids = {"id": self._id("mem"), "job_id": rec.job_id, "project_id": rec.project_id, _entry_key(op): key}
        return {
            **ids,
            "value": value,
            "size_bytes": len(json.dumps(value)),
            "created_at": now,
            "updated_at": now,
        }

    def _checkpoint(self, state: JSONValue, sequence: int) -> JSONObject:
        ids: JSONObject = {
            "id": f"ckpt_{sequence}",
            "run_id": self.record.run_id,
            "sequence": sequence,
            "source": "sdk",
        }
        return {**ids, "state": state, "created_at": _now()}

    def _run(self, status: str) -> JSONObject:
        rec = self.record
        run = {"id": rec.run_id, "job_id": rec.job_id, "project_id": rec.project_id, "status": status}
        defaults = {"triggered_by": "manual", "priority": 0, "job_version": 1, "debug_mode": False}
        extra = {"result": rec.result} if rec.result is not None else {}
        if rec.error is not None:
            extra["error"] = rec.error
        return {**run, **defaults, "attempt": rec.attempt, "lineage_depth": 0, "created_at": _now(), **extra}


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _object(value: JSONValue) -> dict[str, str]:
    """A request body's object of strings (``annotations``), as the server reads it."""
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _error(status: int, code: str | None, message: str) -> tuple[int, JSONValue]:
    return status, {"error": {"code": code or "internal_error", "message": message}}


#: SDK calls whose request bodies the record lists, in order.
_LIST_BODIES = {
    "log_run": "logs",
    "progress_run": "progress",
    "usage_run": "usage",
    "tool_call_run": "tool_calls",
    "stream_run": "chunks",
    "resources_run": "resources",
    "resource_snapshot_run": "resources",
    "spawn_run": "spawns",
    "wait_for_event_run": "events",
}


def _record(run_id: str, attempt: int, payload: JSONInput, project_id: str) -> tuple[RunRecord, str]:
    return RunRecord(run_id=run_id, attempt=attempt, payload=payload, project_id=project_id), make_run_token(
        run_id, attempt
    )


class ContextOptions(TypedDict, total=False):
    """The keyword options of :func:`create_test_context` and :func:`create_async_test_context`.

    ``last_checkpoint`` and ``previous_error`` play the ``X-Last-Checkpoint`` /
    ``X-Previous-Error`` of a retry, ``secrets`` the job's ``X-Secret-<KEY>`` headers
    (``ctx.secrets``). ``project_id`` defaults to ``"test-project"``; progress is not
    throttled unless ``progress_interval`` is set, so every update is recorded.
    """

    last_checkpoint: Any
    project_id: str
    progress_interval: float
    heartbeat_interval: float | None
    secrets: Mapping[str, str] | None
    previous_error: str | None


_Ctx = TypeVar("_Ctx", RunContext, AsyncRunContext)


@overload
def _client_for(ctx_cls: type[RunContext], token: str, project_id: str) -> Client: ...


@overload
def _client_for(ctx_cls: type[AsyncRunContext], token: str, project_id: str) -> AsyncClient: ...


def _client_for(
    ctx_cls: type[RunContext] | type[AsyncRunContext], token: str, project_id: str
) -> Client | AsyncClient:
    """The client a context of ``ctx_cls`` is built with (it never sends: the recorder answers)."""
    kind = AsyncClient if issubclass(ctx_cls, AsyncRunContext) else Client
    return kind(base_url=_BASE_URL, run_token=token, project_id=project_id, max_retries=0)


def _build(
    ctx_cls: type[_Ctx],
    run_id: str,
    attempt: int,
    payload: JSONInput,
    options: ContextOptions,
) -> tuple[_Ctx, RunRecord]:
    """The context of either kind, its SDK calls answered by a recorder."""
    check_keywords(options, ContextOptions.__annotations__, "the test context")
    project_id = options.get("project_id", "test-project")
    record, token = _record(run_id, attempt, payload, project_id)
    ctx = ctx_cls._faked(
        _Recorder(record),
        client=_client_for(ctx_cls, token, project_id),
        last_checkpoint=options.get("last_checkpoint", MISSING),
        progress_interval=options.get("progress_interval", 0.0),
        heartbeat_interval=options.get("heartbeat_interval"),
        secrets=options.get("secrets"),
        previous_error=options.get("previous_error"),
    )
    return ctx, record


def create_test_context(
    run_id: str = "test-run", attempt: int = 1, payload: JSONInput = None, **options: Unpack[ContextOptions]
) -> tuple[RunContext, RunRecord]:
    """A :class:`RunContext` that records instead of calling a server, and its record.

    The keyword options are :class:`ContextOptions` (``last_checkpoint``, ``project_id``,
    ``progress_interval``, ``heartbeat_interval``, ``secrets``, ``previous_error``). For an
    ``async def`` handler use :func:`create_async_test_context`.
    """
    return _build(RunContext, run_id, attempt, payload, options)


def create_async_test_context(
    run_id: str = "test-run", attempt: int = 1, payload: JSONInput = None, **options: Unpack[ContextOptions]
) -> tuple[AsyncRunContext, RunRecord]:
    """The :class:`AsyncRunContext` version of :func:`create_test_context`."""
    return _build(AsyncRunContext, run_id, attempt, payload, options)
