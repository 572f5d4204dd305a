"""``/sdk/v1/runs/{runID}/...``: what a running job's run token may call.

Every request has passed the server's run-token checks (``EmulatorCore._run_token_auth``):
a valid HS256 token with issuer ``strait:run-token``, ``exp``, a subject equal to the
URL's run, an ``attempt`` equal to the run's current attempt, and a run that is not
terminal (410 otherwise).
"""

from __future__ import annotations

import json

from strait import fsm
from strait._limits import (
    MAX_ANNOTATIONS,
    MAX_LINEAGE_DEPTH,
    MAX_RESULT_BYTES,
    MAX_STATE_KEY_LENGTH,
    MAX_STATE_VALUE_BYTES,
)
from strait._types import JSONObject, JSONValue

from . import _schema
from ._clock import format_time
from ._emulator import json_ok, operation
from ._engine import create_run, finish_run, move, record_event
from ._events import open_trigger
from ._http import ApiFailure, Call, Reply, failed_on, json_response, validation_failed
from ._json import as_str
from ._model import Run

MAX_RESULT_SIZE = MAX_RESULT_BYTES  # MAX_RESULT_SIZE (config/config.go:272, api/sdk_terminal.go:36)


def _run(call: Call) -> Run:
    return call.emu.state.runs[call.run_id]


def _now(call: Call) -> str:
    return format_time(call.emu.clock.stamp())


def _present(body: JSONObject, *names: str) -> None:
    """Fields that must be sent, though ``null`` or empty is a value (422 otherwise)."""
    missing = [n for n in names if n not in body]
    if missing:
        raise validation_failed(*(failed_on(n, "required") for n in missing))


def _record(call: Call, attr: str, prefix: str, fields: JSONObject) -> Reply:
    """Append a per-run record (``id``, ``run_id``, fields, ``created_at``) and answer 201."""
    run = _run(call)
    entry = {"id": call.emu.new_id(prefix), "run_id": run.id, **fields, "created_at": _now(call)}
    getattr(run, attr).append(entry)
    return json_ok(entry, 201)


def _publish_event(call: Call, run: Run, event: JSONObject, data: JSONValue) -> None:
    message = {
        "type": "event",
        "event_type": event["type"],
        "run_id": run.id,
        "level": event.get("level", "info"),
        "message": event["message"],
        "data": {} if data is None else data,
        "timestamp": event["created_at"],
    }
    call.emu.publish(f"run:{run.id}", message)


@operation("sdk-get-payload")
def get_payload(call: Call) -> Reply:
    return json_ok(_run(call).payload)


@operation("sdk-log")
def log(call: Call) -> Reply:
    """Any level string is kept (``info`` when empty); data ``{}`` when absent
    (api/sdk.go:395-420)."""
    body = call.obj()
    call.require(body, "message")
    level = str(body.get("level") or "info")
    run = _run(call)
    data = body.get("data")
    event = record_event(
        call.emu,
        run,
        as_str(body.get("type")) or "log",
        as_str(body["message"]),
        level=level,
        data={} if data is None else data,
    )
    _publish_event(call, run, event, body.get("data"))
    return json_ok(event, 201)


@operation("sdk-progress")
def progress(call: Call) -> Reply:
    body = call.obj()
    call.require(body, "message")
    percent = body.get("percent", 0)
    if not isinstance(percent, int | float) or not 0 <= percent <= 100:
        raise validation_failed(
            failed_on("percent", "min" if isinstance(percent, int | float) and percent < 0 else "max")
        )
    data: JSONObject = {"percent": percent}
    if body.get("step"):
        data["step"] = body["step"]
    if body.get("eta_seconds"):
        data["eta_seconds"] = body["eta_seconds"]
    run = _run(call)
    event = record_event(call.emu, run, "progress", as_str(body["message"]), data=data)
    _publish_event(call, run, event, data)
    return json_ok(event, 201)


@operation("sdk-heartbeat")
def heartbeat(call: Call) -> Reply:
    _run(call).heartbeat_at = call.emu.clock.now()
    return json_ok({"status": "ok"})


@operation("sdk-annotate")
def annotate(call: Call) -> Reply:
    body = call.obj()
    call.require(body, "annotations")
    raw = body["annotations"]
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ApiFailure(400, "invalid request body: annotations must map strings to strings")
    annotations = {k: str(v) for k, v in raw.items()}
    # api/sdk.go:503-517.
    if len(annotations) > MAX_ANNOTATIONS:
        raise ApiFailure(400, f"too many annotations (max {MAX_ANNOTATIONS})")
    for key, value in annotations.items():
        if not key.strip():
            raise ApiFailure(400, "annotation keys must be non-empty")
        if len(key.encode()) > 128:
            raise ApiFailure(400, "annotation key too long (max 128 characters)")
        if len(value.encode()) > 1024:
            raise ApiFailure(400, "annotation value too long (max 1024 characters)")
    run = _run(call)
    run.metadata.update(annotations)
    return json_ok(run.wire())


@operation("sdk-checkpoint")
def checkpoint(call: Call) -> Reply:
    body = call.obj()
    _present(body, "state")
    fields = {"sequence": len(_run(call).checkpoints) + 1, "source": body.get("source") or "sdk"}
    return _record(call, "checkpoints", "ckpt", {**fields, "state": body["state"]})


@operation("sdk-set-state")
def set_state(call: Call) -> Reply:
    body = call.obj()
    call.require(body, "key")
    _present(body, "value")
    # api/sdk_state.go:27-32 (the value's size as JSON).
    if len(str(body["key"]).encode()) > MAX_STATE_KEY_LENGTH:
        raise ApiFailure(400, f"state key must be {MAX_STATE_KEY_LENGTH} characters or fewer")
    if len(json.dumps(body["value"], separators=(",", ":")).encode()) > MAX_STATE_VALUE_BYTES:
        raise ApiFailure(400, "state value must not exceed 64KB")
    run = _run(call)
    key = as_str(body["key"])
    entry = {"run_id": run.id, "state_key": key, "value": body["value"], "updated_at": _now(call)}
    run.state[key] = entry
    return json_ok(entry, 201)


@operation("sdk-list-state")
def list_state(call: Call) -> Reply:
    return json_ok(list(_run(call).state.values()))


@operation("sdk-get-state")
def get_state(call: Call) -> Reply:
    entry = _run(call).state.get(call.params["key"])
    if entry is None:
        raise ApiFailure(404, "state key not found")
    return json_ok(entry)


@operation("sdk-delete-state")
def delete_state(call: Call) -> Reply:
    _run(call).state.pop(call.params["key"], None)
    return json_response(204, None)


def _memory(call: Call) -> dict[str, JSONObject]:
    run = _run(call)
    return call.emu.state.memory.setdefault((run.project_id, run.job.id), {})


@operation("sdk-list-memory")
def list_memory(call: Call) -> Reply:
    return json_ok(list(_memory(call).values()))


@operation("sdk-get-memory")
def get_memory(call: Call) -> Reply:
    entry = _memory(call).get(call.params["key"])
    if entry is None:
        raise ApiFailure(404, "memory key not found")
    return json_ok(entry)


@operation("sdk-set-memory")
def set_memory(call: Call) -> Reply:
    body = call.obj()
    _present(body, "value")
    run, key, store = _run(call), call.params["key"], _memory(call)
    now = _now(call)
    previous = store.get(key)
    entry = {
        "id": previous["id"] if previous else call.emu.new_id("mem"),
        "job_id": run.job.id,
        "project_id": run.project_id,
        "memory_key": key,
        "value": body["value"],
        "size_bytes": len(json.dumps(body["value"])),
        "created_at": previous["created_at"] if previous else now,
        "updated_at": now,
    }
    store[key] = entry
    return json_ok(entry, 201)


@operation("sdk-delete-memory")
def delete_memory(call: Call) -> Reply:
    """204 whether or not the key existed (api/sdk_memory.go)."""
    _memory(call).pop(call.params["key"], None)
    return json_response(204, None)


@operation("sdk-output")
def output(call: Call) -> Reply:
    body = call.obj()
    call.require(body, "output_key")
    _present(body, "value")
    return _record(call, "outputs", "out", {"output_key": body["output_key"], "value": body["value"]})


@operation("sdk-stream-chunk")
def stream_chunk(call: Call) -> Reply:
    body = call.obj()
    run = _run(call)
    message: JSONObject = {
        "type": "stream_chunk",
        "chunk": str(body.get("chunk") or ""),
        "stream_id": str(body.get("stream_id") or ""),
        "done": bool(body.get("done")),
        "timestamp": format_time(call.emu.clock.now()),
    }
    call.emu.publish(f"run_stream:{run.id}", message)
    return json_ok({"status": "ok"})


@operation("sdk-resources")
def resources(call: Call) -> Reply:
    return json_ok({"status": "ok"}, 201)


@operation("sdk-resource-snapshot")
def resource_snapshot(call: Call) -> Reply:
    body = call.obj()
    names = ("cpu_percent", "memory_mb", "memory_limit_mb", "network_rx_bytes", "network_tx_bytes")
    return _record(call, "resources", "res", {name: body.get(name) or 0 for name in names})


def _active(run: Run) -> None:
    if run.status not in (fsm.RunStatus.EXECUTING.value, fsm.RunStatus.WAITING.value):
        raise ApiFailure(409, "run status conflict")


@operation("sdk-complete")
def complete(call: Call) -> Reply:
    body = call.obj()
    run = _run(call)
    _active(run)
    size = len(json.dumps(body["result"], separators=(",", ":")).encode()) if "result" in body else 0
    if size > MAX_RESULT_SIZE:
        raise ApiFailure(413, f"result size {size} exceeds maximum {MAX_RESULT_SIZE} bytes")
    if body.get("result") is not None:
        try:
            _schema.check(body["result"], run.setting("result_schema"))
        except _schema.SchemaMismatch as exc:
            # api/sdk_terminal.go:44-57.
            raise ApiFailure(
                422,
                "result schema validation failed",
                details=[str(exc)],
                code="result_schema_validation_failed",
            ) from None
    finish_run(call.emu, run, "completed", result=body.get("result"), has_result="result" in body)
    return json_ok(run.wire())


@operation("sdk-fail")
def fail(call: Call) -> Reply:
    body = call.obj()
    call.require(body, "error")
    run = _run(call)
    _active(run)
    run.error_class = "unknown"
    finish_run(call.emu, run, "failed", error=str(body["error"]))
    return json_ok(run.wire())


@operation("sdk-continue")
def continue_as_new(call: Call) -> Reply:
    """Only makes the successor (``triggered_by: manual``, ``continuation_of``, one deeper,
    at most 10); the caller keeps running and must still finish (api/sdk_terminal.go:338-392)."""
    body = call.obj()
    run = _run(call)
    if run.status not in (fsm.RunStatus.EXECUTING.value, fsm.RunStatus.WAITING.value):
        raise ApiFailure(409, "run must be executing or waiting to continue")
    if run.lineage_depth >= MAX_LINEAGE_DEPTH:
        raise ApiFailure(400, f"max lineage depth ({MAX_LINEAGE_DEPTH}) exceeded")
    payload = body.get("payload")
    if payload is None:
        payload = run.payload
    successor = create_run(call.emu, run.job, payload, priority=run.priority, job_tags=False)
    successor.continuation_of = run.id
    successor.lineage_depth = run.lineage_depth + 1
    return json_ok(successor.wire(), 201)


@operation("sdk-spawn")
def spawn(call: Call) -> Reply:
    body = call.obj()
    call.require(body, "job_slug", "project_id")
    parent = _run(call)
    if body["project_id"] != parent.project_id:
        raise ApiFailure(400, "target_api_key is required for cross-project spawn")
    job = next(
        (
            j
            for j in call.emu.state.jobs.values()
            if j.project_id == parent.project_id and j.slug == body["job_slug"]
        ),
        None,
    )
    if job is None:
        raise ApiFailure(404, "job not found")
    child = create_run(call.emu, job, body.get("payload"), triggered_by="spawn", parent=parent)
    answer = {
        "id": child.id,
        "job_id": job.id,
        "parent_run_id": parent.id,
        "project_id": job.project_id,
        "status": child.status,
        "triggered_by": "spawn",
    }
    return json_ok(answer, 201)


@operation("sdk-wait-for-event")
def wait_for_event(call: Call) -> Reply:
    body = call.obj()
    call.require(body, "event_key")
    run = _run(call)
    if run.status != fsm.RunStatus.EXECUTING.value:
        raise ApiFailure(409, f"run must be executing to wait for event, current status: {run.status}")
    trigger = open_trigger(
        call.emu, run.project_id, str(body["event_key"]), body.get("timeout_secs"), "job_run"
    )
    trigger.job_run_id = run.id
    move(call.emu, run, fsm.RunStatus.WAITING.value)
    answer = {
        "status": "waiting",
        "event_key": trigger.key,
        "expires_at": format_time(trigger.expires_at),
        "trigger_id": trigger.id,
    }
    return json_ok(answer)
