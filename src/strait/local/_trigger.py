"""Triggering a job: one run (``trigger-job``, with ``dry_run``) or many (``bulk-trigger-job``),
through the server's checks in the server's order (api/trigger.go:42-76,
api/trigger_intake.go:75-129, api/trigger_request.go:22-70, api/bulk_trigger_intake.go)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TypedDict, Unpack

from strait._limits import (
    JOB_RATE_LIMIT_RETRY_AFTER_SECS,
    MAX_BULK_TRIGGER_ITEMS,
    MAX_IDEMPOTENCY_KEY_LENGTH,
    MAX_RUN_PRIORITY,
    MAX_SCHEDULE_AHEAD_SECS,
    MAX_TAG_KEY_LENGTH,
    MAX_TAG_VALUE_LENGTH,
    MAX_TAGS,
    MAX_TRACE_HEADER_BYTES,
    MAX_TRACEPARENT_BYTES,
    MAX_TRIGGER_KEY_LENGTH,
    MAX_TRIGGER_TTL_SECS,
)
from strait._types import JSONObject, JSONValue

from . import _schema
from ._clock import format_time, parse_time
from ._core import EmulatorCore
from ._emulator import json_ok, operation
from ._engine import create_run, expiry, find_by_idempotency_key, payload_hash
from ._http import ApiFailure, Call, Reply, failed_on, validation_failed
from ._json import as_int, as_tags
from ._model import BatchItem, Debounced, Job, Run
from ._ops_batches import record_batch_operation
from ._ops_jobs import hold_for_dependencies
from ._timers import timer

__all__ = ["JSON_KINDS", "check_tags", "check_types", "request_metadata", "triggerable_job"]

#: The trigger route as the server names it in run metadata (api/batch_flush_run.go:14).
TRIGGER_ROUTE = "POST /v1/jobs/{jobID}/trigger"

_GO_TYPES = {str: "string", int: "int", bool: "bool", dict: "map[string]string", list: "[]"}
#: encoding/json's names for a JSON value, as its UnmarshalTypeError prints them.
JSON_KINDS = {str: "string", int: "number", float: "number", bool: "bool", dict: "object", list: "array"}


def check_types(body: JSONObject, struct: str, fields: dict[str, type]) -> None:
    """A field of the wrong JSON type fails the server's decoding: 400 ``invalid request
    body`` and nothing is stored (api/huma_bridge.go:61-66)."""
    for name, kind in fields.items():
        value = body.get(name)
        if value is None:
            continue
        wrong = isinstance(value, bool) != (kind is bool) or not isinstance(value, kind)
        if kind is int and isinstance(value, float) and value == int(value):
            wrong = False
        if wrong:
            # encoding/json's UnmarshalTypeError names the JSON value: string, number, ...
            found = JSON_KINDS.get(type(value), "value")
            if found == "number" and kind is int:
                found = f"number {value}"
            raise ApiFailure(
                400,
                f"invalid request body: json: cannot unmarshal {found} into Go struct "
                f"field {struct}.{name} of type {_GO_TYPES[kind]}",
            )


def check_tags(tags: JSONValue) -> None:
    """api/job_validation.go:73-89."""
    if not tags:
        return
    if not isinstance(tags, dict) or not all(isinstance(v, str) for v in tags.values()):
        raise ApiFailure(400, "invalid request body: tags must map strings to strings")
    if len(tags) > MAX_TAGS:
        raise ApiFailure(400, f"too many tags (max {MAX_TAGS})")
    for key, value in (as_tags(tags) or {}).items():
        if not key:
            raise ApiFailure(400, "tag keys must be non-empty")
        if len(key.encode()) > MAX_TAG_KEY_LENGTH:
            raise ApiFailure(400, f"tag key too long (max {MAX_TAG_KEY_LENGTH} characters)")
        if len(value.encode()) > MAX_TAG_VALUE_LENGTH:
            raise ApiFailure(400, f"tag value too long (max {MAX_TAG_VALUE_LENGTH} characters)")


def triggerable_job(call: Call) -> Job:
    """The job, enabled and not paused (api/trigger_intake.go:75-83, api/run_creation_job.go:13-20)."""
    job: Job = call.owned(call.emu.state.jobs, call.params["jobID"], "job")
    if not job.enabled:
        raise ApiFailure(400, "job is disabled")
    if job.paused:
        raise ApiFailure(409, "job is paused -- resume it before triggering new runs")
    return job


def _scheduled_at(emu: EmulatorCore, raw: JSONValue) -> datetime | None:
    """api/trigger_intake.go:104-116."""
    if not raw:
        return None
    try:
        moment = parse_time(str(raw))
    except ValueError:
        raise ApiFailure(400, f"invalid request body: parsing time {raw!r} as RFC3339") from None
    delay = (moment - emu.clock.now()).total_seconds()
    if delay < 0:
        raise ApiFailure(400, "scheduled_at must not be in the past")
    if delay > MAX_SCHEDULE_AHEAD_SECS:
        raise ApiFailure(400, "scheduled_at cannot exceed 30 days from now")
    return moment


def _ttl_secs(raw: JSONValue) -> None:
    """api/trigger_intake.go:118-129 (a bulk item: 400; a trigger checks it as 422 first)."""
    if not isinstance(raw, int | float):  # None, or refused by check_types before
        return
    if raw < 0:
        raise ApiFailure(400, "ttl_secs must be greater than or equal to 0")
    if raw > MAX_TRIGGER_TTL_SECS:
        raise ApiFailure(400, "ttl_secs cannot exceed 30 days")


def _trace_metadata(call: Call) -> dict[str, str]:
    """The trigger's trace headers, refused over their caps (api/sentry_run_metadata.go:34-60)
    and kept verbatim in run metadata: ``tracestate`` only beside a ``traceparent``,
    ``baggage`` only beside a ``sentry-trace`` (sentry_run_metadata.go:62-80)."""
    headers = call.request.headers
    values = {
        name: headers.get(name, "") for name in ("traceparent", "tracestate", "sentry-trace", "baggage")
    }
    for name, value in values.items():
        cap = MAX_TRACEPARENT_BYTES if name == "traceparent" else MAX_TRACE_HEADER_BYTES
        if len(value.encode()) > cap:
            raise ApiFailure(400, f"{name} header exceeds maximum length of {cap} bytes")
    metadata: dict[str, str] = {}
    if values["traceparent"]:
        metadata["_trace_parent"] = values["traceparent"]
        if values["tracestate"]:
            metadata["_trace_state"] = values["tracestate"]
    if values["sentry-trace"]:
        metadata["_sentry_trace"] = values["sentry-trace"]
        if values["baggage"]:
            metadata["_sentry_baggage"] = values["baggage"]
    return metadata


def request_metadata(call: Call, route: str = TRIGGER_ROUTE) -> dict[str, str]:
    """What the server writes into a triggered (or replayed) run's metadata about the request
    (api/sentry_run_metadata.go:15-28, api/trigger_immediate.go:65, api/runs.go:316)."""
    return {
        "_sentry_actor_type": "api_key",
        "_sentry_request_id": call.request_id,
        "_sentry_route": route,
    }


def _check_schema(job: Job, payload: JSONValue, item: int | None = None) -> None:
    try:
        _schema.check(payload, job.settings.get("payload_schema"))
    except _schema.SchemaMismatch as exc:
        where = "" if item is None else f" for item {item}"
        raise ApiFailure(400, f"payload validation failed{where}: {exc}") from None


def _idempotency_key(call: Call) -> str:
    """``X-Idempotency-Key``, else ``Idempotency-Key`` (api/trigger_idempotency.go:15-25)."""
    headers = call.request.headers
    key = headers.get("X-Idempotency-Key", "") or headers.get("Idempotency-Key", "")
    if len(key) > MAX_IDEMPOTENCY_KEY_LENGTH:
        raise ApiFailure(400, f"idempotency key must be {MAX_IDEMPOTENCY_KEY_LENGTH} characters or fewer")
    return key


def _recent_duplicate(emu: EmulatorCore, job: Job, digest: str) -> Run | None:
    """A run of the job with the same payload within ``dedup_window_secs``
    (api/trigger_dedup.go:13-30)."""
    window = job.number("dedup_window_secs")
    if window <= 0:
        return None
    since = emu.clock.now() - timedelta(seconds=window)
    found = [
        r
        for r in emu.state.runs.values()
        if r.job is job and r.payload_hash == digest and r.created_at > since
    ]
    return max(found, key=lambda r: r.created_at) if found else None


def _check_rate_limit(emu: EmulatorCore, job: Job) -> None:
    """``rate_limit_max`` runs per ``rate_limit_window_secs``: 429 with ``Retry-After``
    (api/trigger_admission.go:227-229,280-293,369-400)."""
    most, window = job.number("rate_limit_max"), job.number("rate_limit_window_secs")
    if most <= 0 or window <= 0:
        return
    since = emu.clock.now() - timedelta(seconds=window)
    if sum(1 for r in emu.state.runs.values() if r.job is job and r.created_at >= since) >= most:
        retry_after = str(JOB_RATE_LIMIT_RETRY_AFTER_SECS)
        raise ApiFailure(
            429,
            "job rate limit exceeded",
            details=[f"retry_after_seconds={retry_after}"],
            headers={"Retry-After": retry_after},
        )


#: The fields a trigger and a bulk item share (api/trigger.go:13-23, api/bulk_trigger.go:20-28).
_RUN_FIELDS: dict[str, type] = {
    "tags": dict,
    "priority": int,
    "ttl_secs": int,
    "concurrency_key": str,
    "scheduled_at": str,
}
_TRIGGER_FIELDS = {**_RUN_FIELDS, "dry_run": bool, "debounce_key": str, "batch_key": str}
_BULK_ITEM_FIELDS = {**_RUN_FIELDS, "idempotency_key": str}


class _RunOptions(TypedDict, total=False):
    """What a trigger path adds to a body's run (``create_run``'s keywords)."""

    scheduled_at: datetime | None
    idempotency_key: str
    triggered_by: str
    metadata: dict[str, str]
    job_tags: bool
    expiry_from_now: bool
    default_metadata: bool


def _run_from(emu: EmulatorCore, job: Job, body: JSONObject, **options: Unpack[_RunOptions]) -> Run:
    """A run of ``job`` with a trigger body's (or bulk item's) payload, priority, tags,
    ``ttl_secs`` and ``concurrency_key``."""
    return create_run(
        emu,
        job,
        body.get("payload"),
        priority=as_int(body.get("priority")),
        tags=as_tags(body.get("tags")),
        ttl_secs=as_int(body.get("ttl_secs")),
        concurrency_key=str(body.get("concurrency_key") or ""),
        **options,
    )


@operation("trigger-job")
def trigger_job(call: Call) -> Reply:
    emu = call.emu
    job = triggerable_job(call)
    body = call.obj()
    check_types(body, "TriggerRequest", _TRIGGER_FIELDS)
    problems = []
    priority = as_int(body.get("priority"))
    if not 0 <= priority <= MAX_RUN_PRIORITY:
        problems.append(failed_on("priority", "min" if priority < 0 else "max"))
    ttl = body.get("ttl_secs")  # a number or None (check_types)
    if isinstance(ttl, int | float) and not 0 <= ttl <= MAX_TRIGGER_TTL_SECS:
        problems.append(failed_on("ttl_secs", "min" if ttl < 0 else "max"))
    for name in ("concurrency_key", "debounce_key", "batch_key"):
        if len(str(body.get(name) or "")) > MAX_TRIGGER_KEY_LENGTH:
            problems.append(failed_on(name, "max"))
    if problems:
        raise validation_failed(*problems)
    trace = _trace_metadata(call)
    check_tags(body.get("tags"))
    scheduled_at = _scheduled_at(emu, body.get("scheduled_at"))
    payload = body.get("payload")
    if body.get("dry_run"):
        return _dry_run(emu, job, payload, scheduled_at, as_int(ttl))
    _check_schema(job, payload)
    _, digest = payload_hash(payload)
    key = _idempotency_key(call)
    existing = find_by_idempotency_key(emu, job, key)
    if existing is not None:
        return json_ok({"id": existing.id, "status": existing.status, "idempotency_hit": True})
    duplicate = _recent_duplicate(emu, job, digest)
    if duplicate is not None:
        answer: JSONObject = {
            "id": duplicate.id,
            "status": duplicate.status,
            "payload_hash": digest,
            "idempotency_hit": False,
        }
        return json_ok(answer, 201)
    _check_rate_limit(emu, job)
    metadata = {**request_metadata(call), **trace}
    if job.number("debounce_window_secs") > 0:
        fire_at = _debounce(emu, job, body)
        return json_ok({"debounced": True, "fire_at": format_time(fire_at)}, 201)
    if job.number("batch_window_secs") > 0:
        return _buffer(emu, job, body, metadata)
    run = _run_from(
        emu,
        job,
        body,
        scheduled_at=scheduled_at,
        idempotency_key=key,
        metadata=metadata,
        default_metadata=True,
    )
    hold_for_dependencies(emu, run)  # job dependencies (_ops_jobs)
    return json_ok(
        {"id": run.id, "status": run.status, "payload_hash": digest, "idempotency_hit": False}, 201
    )


def _debounce(emu: EmulatorCore, job: Job, body: JSONObject) -> datetime:
    """Keep the latest trigger per ``(job, debounce_key)``; the run is made ``debounce_window_secs``
    after the last one, ``triggered_by: debounce`` (api/trigger_buffering.go:14-45,134-149)."""
    fire_at = emu.clock.now() + timedelta(seconds=job.number("debounce_window_secs"))
    key = str(body.get("debounce_key") or "")
    pending_id = emu.new_id("deb")
    emu.state.debounced[(job.id, key)] = Debounced(pending_id, body)
    emu.clock.at(fire_at, "debounce.fire", job.id, key, pending_id)
    return fire_at


@timer("debounce.fire")
def _debounce_fire(emu: EmulatorCore, job_id: str, key: str, pending_id: str) -> None:
    pending = emu.state.debounced.get((job_id, key))
    job = emu.state.jobs.get(job_id)
    if pending is None or pending.id != pending_id:
        return  # a later trigger took its place
    del emu.state.debounced[(job_id, key)]
    if job is not None:
        # The trigger's tags only, no metadata (scheduler/debounce_run.go:12-42).
        key_for_run = f"debounce:{pending_id}"
        _run_from(
            emu, job, pending.body, triggered_by="debounce", job_tags=False, idempotency_key=key_for_run
        )


def _buffer(emu: EmulatorCore, job: Job, body: JSONObject, metadata: dict[str, str]) -> Reply:
    """``batch_window_secs``: the trigger is buffered per ``(job, batch_key)``, answered
    ``{"buffered": true}``; at ``batch_max_size`` items the oldest are drained into one run at
    once, ``{"id", "status", "batch": true}`` (api/trigger_buffering.go:46-123,
    api/batch_flush_run.go:25-61)."""
    key = str(body.get("batch_key") or "")
    group = emu.state.batches.setdefault((job.id, key), [])
    priority = as_int(body.get("priority"))
    item = BatchItem(emu.new_id("bbi"), payload_hash(body.get("payload"))[0], priority, emu.clock.stamp())
    group.append(item)
    if len(group) == 1:
        window = job.number("batch_window_secs")
        emu.clock.at(item.created_at + timedelta(seconds=window), "batch.flush", job.id, key)
    most = job.number("batch_max_size")
    if most <= 0 or len(group) < most:
        return json_ok({"buffered": True}, 201)
    items = _drain(emu, job.id, key, most)
    # The immediate flush: the trigger's priority and request metadata, no tags, expiry from
    # the timeout (api/batch_flush_run.go:25-61).
    run = create_run(
        emu,
        job,
        {"items": [i.payload for i in items]},
        priority=priority,
        triggered_by="batch",
        tags=None,
        job_tags=False,
        metadata=metadata,
        ttl_secs=job.number("timeout_secs") + 60,
    )
    return json_ok({"id": run.id, "status": run.status, "batch": True}, 201)


def _drain(emu: EmulatorCore, job_id: str, key: str, most: int) -> list[BatchItem]:
    group = emu.state.batches.get((job_id, key), [])
    items, rest = group[:most], group[most:]
    if rest:
        emu.state.batches[(job_id, key)] = rest
    else:
        emu.state.batches.pop((job_id, key), None)
    return items


@timer("batch.flush")
def _batch_flush(emu: EmulatorCore, job_id: str, key: str) -> None:
    """The flusher: a group whose oldest item waited ``batch_window_secs`` becomes one run
    of up to ``batch_max_size`` items, ``triggered_by: batch``, the job's tags, the first
    item's priority (scheduler/batch_flusher.go:79-205,255-262, store/batch.go:145-160)."""
    job = emu.state.jobs.get(job_id)
    group = emu.state.batches.get((job_id, key))
    if job is None or not group:
        return
    window = timedelta(seconds=job.number("batch_window_secs"))
    due = group[0].created_at + window
    if due > emu.clock.now():
        emu.clock.at(due, "batch.flush", job_id, key)
        return
    if not job.enabled:  # kept until the job is enabled again
        emu.clock.at(emu.clock.now() + window, "batch.flush", job_id, key)
        return
    items = _drain(emu, job_id, key, job.number("batch_max_size") or len(group))
    create_run(
        emu,
        job,
        {"items": [i.payload for i in items]},
        priority=items[0].priority,
        triggered_by="batch",
        idempotency_key=f"batch:{job_id}:{key}:{items[0].id}:{items[-1].id}",
    )
    rest = emu.state.batches.get((job_id, key))
    if rest:
        emu.clock.at(rest[0].created_at + window, "batch.flush", job_id, key)


def _dry_run(
    emu: EmulatorCore, job: Job, payload: JSONValue, scheduled_at: datetime | None, ttl: int
) -> Reply:
    """The checks a trigger would pass, and what it would make; no run
    (api/trigger_dry_run.go:39-122,167-198)."""
    _check_schema(job, payload)
    canonical, digest = payload_hash(payload)
    try:
        _check_rate_limit(emu, job)
    except ApiFailure as limited:
        raise ApiFailure(400, limited.message) from None
    warnings = []
    duplicate = _recent_duplicate(emu, job, digest)
    if duplicate is not None:
        warnings.append(f"payload deduplication: run {duplicate.id}")
    info: JSONObject = {
        "id": job.id,
        "name": job.settings["name"],
        "slug": job.slug,
        "execution_mode": job.mode,
        "queue": job.queue,
        "timeout_secs": job.number("timeout_secs"),
        "max_attempts": job.number("max_attempts"),
        "version": job.version,
        "version_id": job.version_id,
    }
    now = emu.clock.now()
    result: JSONObject = {
        "job": info,
        "payload_hash": digest,
        "payload": canonical,
        "expires_at": format_time(expiry(job, ttl, scheduled_at, now)),
    }
    if scheduled_at is not None:
        result["scheduled_at"] = format_time(scheduled_at)
    if warnings:
        result["validation_warnings"] = [*warnings]
    return json_ok(result)


@operation("bulk-trigger-job")
def bulk_trigger_job(call: Call) -> Reply:
    """api/bulk_trigger.go:16-41, api/bulk_trigger_intake.go:12-52."""
    emu = call.emu
    job = triggerable_job(call)
    items = call.obj().get("items")
    if items is not None and not isinstance(items, list):
        raise ApiFailure(400, "invalid request body: items must be a list")
    if not items:
        raise validation_failed(failed_on("items", "required" if items is None else "min"))
    if len(items) > MAX_BULK_TRIGGER_ITEMS:
        raise ApiFailure(400, f"maximum {MAX_BULK_TRIGGER_ITEMS} items per bulk trigger request")
    checked = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise ApiFailure(400, "invalid request body: every item must be an object")
        check_types(item, "BulkTriggerItem", _BULK_ITEM_FIELDS)
        try:
            scheduled = _scheduled_at(emu, item.get("scheduled_at"))
        except ApiFailure as bad:
            raise ApiFailure(400, f"scheduled_at validation failed for item {index}: {bad.message}") from None
        try:
            _ttl_secs(item.get("ttl_secs"))
        except ApiFailure as bad:
            raise ApiFailure(400, f"ttl_secs validation failed for item {index}: {bad.message}") from None
        try:
            check_tags(item.get("tags"))
        except ApiFailure as bad:
            raise ApiFailure(400, f"invalid tags for item {index}: {bad.message}") from None
        _check_schema(job, item.get("payload"), index)
        checked.append((item, scheduled))
    batch_id = emu.new_id("batch")
    results: list[JSONObject] = []
    for item, scheduled in checked:
        key = str(item.get("idempotency_key") or "")
        hit = find_by_idempotency_key(emu, job, key)
        if hit is not None:
            results.append({"id": hit.id, "status": hit.status, "idempotency_hit": True})
            continue
        run = _run_from(
            emu,
            job,
            item,
            scheduled_at=scheduled,
            idempotency_key=key,
            expiry_from_now=True,
            default_metadata=True,
        )
        run.batch_id = batch_id
        results.append({"id": run.id, "status": run.status, "idempotency_hit": False})
    created = sum(1 for r in results if not r["idempotency_hit"])
    record_batch_operation(call, job.id, batch_id, len(items), created)  # (_ops_batches)
    return json_ok({"batch_id": batch_id, "results": results, "total": len(items), "created": created}, 201)
