"""Runs through the server's run state machine: queueing, HTTP dispatch, retries (always
the executor's exponential backoff), dead-lettering, timeouts, cancel, and the live
events each move publishes.

Facts from the server (``internal/worker``): a dispatch is a POST of the payload to the
job's ``endpoint_url`` with ``X-Run-ID``/``X-Job-ID``/``X-Attempt``, ``X-Run-Token`` and,
when the job has a signing secret, ``X-Strait-Timestamp``/``X-Strait-Signature``;
retries add ``X-Last-Checkpoint``/``X-Checkpoint-At``/``X-Previous-Error``. A 2xx
completes the run with the body as result (a non-JSON body as a JSON string). A
failure is classified (429 rate_limited, 401/403 auth, other 4xx client, 5xx server,
no answer connection/timeout); auth and client failures are not retried. A retry puts
the run back to ``queued`` with ``attempt + 1`` after the backoff; a failure that is
not retried, or the last attempt's, dead-letters the run; a last attempt that runs out
of time ends ``timed_out``. The endpoint's redirects are never followed.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

import aiohttp

from strait import fsm
from strait._backoff import Backoff
from strait._limits import (
    IDEMPOTENCY_WINDOW_SECS,
    MAX_CANCEL_DEPTH,
    MAX_DISPATCH_RESPONSE_BYTES,
    MAX_RUN_PRIORITY,
    RETRY_INITIAL_SECS,
    RETRY_JITTER,
    RETRY_MAX_SECS,
)
from strait._signing import signature_headers
from strait._types import JSONObject, JSONValue

from . import _bus
from ._clock import format_time
from ._core import EmulatorCore
from ._http import ApiFailure
from ._json import as_int, as_str, as_tags
from ._model import Job, Run
from ._ops_secrets import secret_headers
from ._timers import timer
from ._tokens import mint_run_token

__all__ = [
    "cancel_run",
    "canonical_json",
    "create_run",
    "expiry",
    "finish_run",
    "move",
    "payload_hash",
    "record_event",
    "release_queued",
    "start",
]

_NOT_RETRIED = frozenset({"client", "auth", "budget", "oom"})
#: Classes a job's ``fallback_endpoint_url`` is tried for (worker/executor_errors.go:135-137,
#: domain/error_class_enum.go:71-80).
_FALLBACK_CLASSES = frozenset({"rate_limited", "transient", "connection", "timeout"})
MAX_RESULT_BYTES = MAX_DISPATCH_RESPONSE_BYTES
#: worker/executor_timeout.go:13.
TIMED_OUT_ERROR = "execution timed out"
#: The executor's retry delay, step ``2**(attempt-1)`` s within [1 s, 1 h], +-20 %: the one
#: backoff formula with its step and ceiling scaled so its downward jitter spans
#: ``[0.8, 1.2]`` of the server's step.
_RETRY_BACKOFF = Backoff(
    initial=RETRY_INITIAL_SECS * (1 + RETRY_JITTER),
    maximum=RETRY_MAX_SECS * (1 + RETRY_JITTER),
    factor=2.0,
    jitter=2 * RETRY_JITTER / (1 + RETRY_JITTER),
)
#: Go's encoding/json escapes these inside strings (HTML-safe output).
_GO_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def canonical_json(value: JSONValue) -> str:
    """The server's canonical JSON: keys sorted, no spaces, strings as Go writes them."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.translate(_GO_ESCAPES)


def payload_hash(payload: JSONValue) -> tuple[JSONValue, str]:
    """The canonical payload (``{}`` when absent) and the SHA-256 of its canonical JSON
    (api/trigger_intake.go:131-266)."""
    if payload is None:
        payload = {}
    return payload, hashlib.sha256(canonical_json(payload).encode()).hexdigest()


def record_event(
    emu: EmulatorCore, run: Run, kind: str, message: str, *, level: str = "info", data: JSONValue = None
) -> JSONObject:
    event: JSONObject = {
        "id": emu.new_id("evt"),
        "run_id": run.id,
        "type": kind,
        "level": level,
        "message": message,
        "created_at": format_time(emu.clock.stamp()),
    }
    if data is not None:
        event["data"] = data
    run.events.append(event)
    return event


def move(emu: EmulatorCore, run: Run, to: str, *, error: str = "") -> None:
    """Apply the FSM move to ``to`` (``InvalidTransitionError`` -> 409) and publish it."""
    try:
        fsm.transition_run(run.status, fsm.run_event_to(to))
    except fsm.InvalidTransitionError:
        raise ApiFailure(409, f"cannot move run from {run.status} to {to}") from None
    previous, run.status = run.status, to
    now = emu.clock.now()
    if run.terminal:
        run.finished_at = now
    message: JSONObject = {
        "type": "status_change",
        "run_id": run.id,
        "job_id": run.job.id,
        "project_id": run.project_id,
        "from": previous,
        "to": to,
    }
    if error:
        message["error"] = error
    message["timestamp"] = format_time(now)
    record_event(emu, run, "status_change", f"{previous} -> {to}", data={"from": previous, "to": to})
    emu.publish(f"run:{run.id}", message)
    if emu.has_subscribers(f"activity:{run.project_id}"):
        emu.activity(run.project_id, "job_runs", "update", run.wire())
    if run.terminal:
        _after_terminal(emu, run)


def _after_terminal(emu: EmulatorCore, run: Run) -> None:
    if emu.workers is not None:
        emu.workers.forget(run)
    _bus.emit(emu, _bus.RUN_FINISHED, run)
    _start_held(emu, run.job)


def create_run(
    emu: EmulatorCore,
    job: Job,
    payload: JSONValue,
    *,
    priority: int = 0,
    scheduled_at: datetime | None = None,
    idempotency_key: str = "",
    triggered_by: str = "manual",
    tags: dict[str, str] | None = None,
    parent: Run | None = None,
    ttl_secs: int = 0,
    metadata: dict[str, str] | None = None,
    concurrency_key: str = "",
    job_tags: bool = True,
    expiry_from_now: bool = False,
    default_metadata: bool = False,
    expires: bool = True,
) -> Run:
    """A new run of ``job``'s current version. Its tags are the job's with ``tags`` over
    them (``job_tags``); it expires unstarted unless ``expires`` is false; for a trigger
    (``default_metadata``) the job's
    ``default_run_metadata`` fills keys ``metadata`` lacks (api/trigger_intake.go:21-73,
    api/trigger_immediate.go:70-93, api/bulk_trigger_run.go:33,51; no other path applies it)."""
    payload, digest = payload_hash(payload)
    now = emu.clock.stamp()
    run = Run(emu.new_id("run"), job, now, payload, digest, priority=priority, triggered_by=triggered_by)
    run.idempotency_key = idempotency_key
    if idempotency_key:
        emu.state.idempotency[(job.id, idempotency_key)] = run
    run.tags = {**(as_tags(job.settings.get("tags")) or {}), **(tags or {})} if job_tags else dict(tags or {})
    run.metadata = dict(metadata or {})
    if default_metadata:
        for key, value in (as_tags(job.settings.get("default_run_metadata")) or {}).items():
            run.metadata.setdefault(key, value)
    run.concurrency_key = concurrency_key
    run.job_version = job.version
    run.job_version_id = job.version_id
    run.config = job.config()
    if parent is not None:
        run.parent_run_id = parent.id
        run.lineage_depth = parent.lineage_depth + 1
    emu.state.runs[run.id] = run
    if emu.has_subscribers(f"activity:{job.project_id}"):
        emu.activity(job.project_id, "job_runs", "insert", run.wire())
    # Not started by expires_at: expired (the server's reaper).
    if expires:
        run.expires_at = expiry(job, ttl_secs, None if expiry_from_now else scheduled_at, now)
        emu.clock.at(run.expires_at, "run.expire", run.id)
    if scheduled_at is not None and scheduled_at > emu.clock.now():
        run.status = fsm.RunStatus.DELAYED.value
        run.scheduled_at = scheduled_at
        emu.clock.at(scheduled_at, "run.enqueue", run.id)
    else:
        run.status = fsm.RunStatus.QUEUED.value
        # Picked up after the answer, as the server's executor does: a trigger says "queued".
        asyncio.get_running_loop().call_soon(start, emu, run)
    return run


def expiry(job: Job, ttl_secs: int, scheduled_at: datetime | None, now: datetime) -> datetime:
    """When a run not started expires: the trigger's ``ttl_secs``, else the job's
    ``run_ttl_secs``, else its timeout + 60 s, counted from ``scheduled_at`` when later
    (api/trigger_schedule.go:74-100); a bulk item passes no ``scheduled_at``, its expiry
    counting from now (api/bulk_trigger_run.go:55-65)."""
    base = scheduled_at if scheduled_at is not None and scheduled_at > now else now
    ttl = ttl_secs or job.number("run_ttl_secs") or job.number("timeout_secs") + 60
    return base + timedelta(seconds=ttl)


@timer("run.expire")
def _expire_timer(emu: EmulatorCore, run_id: str) -> None:
    run = emu.state.runs.get(run_id)
    if run is not None:
        expire_unstarted(emu, run)


@timer("run.enqueue")
def _enqueue_timer(emu: EmulatorCore, run_id: str) -> None:
    run = emu.state.runs.get(run_id)
    if run is not None:
        enqueue_due(emu, run)


@timer("run.timeout")
def _timeout_timer(emu: EmulatorCore, run_id: str, generation: int) -> None:
    run = emu.state.runs.get(run_id)
    if run is not None:
        _timeout(emu, run, generation)


def expire_unstarted(emu: EmulatorCore, run: Run) -> None:
    waiting = run.status in (fsm.RunStatus.DELAYED.value, fsm.RunStatus.QUEUED.value)
    if waiting and run.expires_at is not None and run.expires_at <= emu.clock.now():
        run.error = "run expired"
        move(emu, run, fsm.RunStatus.EXPIRED.value, error=run.error)


def enqueue_due(emu: EmulatorCore, run: Run) -> None:
    if run.status == fsm.RunStatus.DELAYED.value and run.scheduled_at and run.scheduled_at > emu.clock.now():
        return  # rescheduled later (reschedule-run, _ops_runs): its own timer moves it
    if run.status == fsm.RunStatus.DELAYED.value:
        move(emu, run, fsm.RunStatus.QUEUED.value)
        start(emu, run)
    elif run.status == fsm.RunStatus.QUEUED.value:
        run.next_retry_at = None  # the backoff is over: any free worker may take it now
        start(emu, run)


_KEY_HOLDING = frozenset({"delayed", "queued", "dequeued", "executing", "waiting"})


def find_by_idempotency_key(emu: EmulatorCore, job: Job, key: str) -> Run | None:
    """The run this job made for ``key``, while it is not finished or finished (not
    expired) less than 24 h ago (store/runs.go:404-416); an index, so a trigger costs the
    same with many runs."""
    run: Run | None = emu.state.idempotency.get((job.id, key)) if key else None
    if run is None or run.idempotency_key != key:
        return None
    if run.status in _KEY_HOLDING:
        return run
    finished = run.finished_at if run.terminal and run.status != fsm.RunStatus.EXPIRED.value else None
    recent = finished is not None and (emu.clock.now() - finished).total_seconds() < IDEMPOTENCY_WINDOW_SECS
    return run if recent else None


def _active(run: Run) -> bool:
    return run.status in (fsm.RunStatus.DEQUEUED.value, fsm.RunStatus.EXECUTING.value)


def held(emu: EmulatorCore, run: Run) -> bool:
    """Whether the job's ``max_concurrency`` (or ``max_concurrency_per_key`` for the run's
    ``concurrency_key``) keeps the run queued for now (queue/pgque_claim.go:483-550)."""
    limit = run.job.number("max_concurrency")
    per_key = run.job.number("max_concurrency_per_key") if run.concurrency_key else 0
    if not limit and not per_key:
        return False
    siblings = [r for r in emu.state.runs.values() if r.job is run.job and r is not run and _active(r)]
    if limit and len(siblings) >= limit:
        return True
    same_key = [r for r in siblings if r.concurrency_key == run.concurrency_key]
    return bool(per_key) and len(same_key) >= per_key


def _start_held(emu: EmulatorCore, job: Job) -> None:
    """A run of ``job`` finished: start the queued runs its concurrency limits held."""
    if not job.number("max_concurrency") and not job.number("max_concurrency_per_key"):
        return
    queued = [
        r
        for r in emu.state.runs.values()
        if r.job is job and r.status == fsm.RunStatus.QUEUED.value and r.next_retry_at is None
    ]
    for run in sorted(queued, key=lambda r: (-r.priority, r.created_at)):
        start(emu, run)


def start(emu: EmulatorCore, run: Run) -> None:
    """Hand a queued run to its executor: an HTTP dispatch, or a connected worker."""
    if run.status != fsm.RunStatus.QUEUED.value:
        return  # e.g. held ``waiting`` for its job dependencies (_ops_jobs)
    if not run.job.enabled or run.job.paused:
        return
    if held(emu, run):
        return
    if run.job.mode == "worker":
        if emu.workers is not None:
            emu.workers.offer(run)
        return
    emu.spawn(_dispatch_http(emu, run))


def release_queued(emu: EmulatorCore, jobs: Iterable[Job]) -> None:
    """The queue claims only runs of enabled, unpaused jobs (queue/pgque_claim.go:253-254):
    once ``jobs`` may run, their queued runs are handed to their executors."""
    ids = {job.id for job in jobs}
    for run in list(emu.state.runs.values()):
        if run.job.id in ids and run.status == fsm.RunStatus.QUEUED.value:
            start(emu, run)


def begin_attempt(emu: EmulatorCore, run: Run, *, assignment_id: str = "") -> str:
    """queued -> executing; returns the attempt's run token (with the worker
    assignment's id as the server mints it for worker mode)."""
    move(emu, run, fsm.RunStatus.EXECUTING.value)
    now = emu.clock.now()
    run.started_at = now
    run.next_retry_at = None
    run.generation += 1
    timeout = as_int(run.setting("timeout_secs"))
    expires = now + timedelta(seconds=timeout + 60)
    generation = run.generation
    emu.clock.at(now + timedelta(seconds=timeout), "run.timeout", run.id, generation)
    return mint_run_token(
        emu.signing_key, run.id, run.attempt, int(now.timestamp()), int(expires.timestamp()), assignment_id
    )


def dispatch_headers(emu: EmulatorCore, run: Run, token: str, body: bytes) -> dict[str, str]:
    headers = {
        "Content-Type": "application/json",
        "X-Run-ID": run.id,
        "X-Job-ID": run.job.id,
        "X-Attempt": str(run.attempt),
        "X-Run-Token": token,
    }
    headers.update(secret_headers(emu, run.job))  # the job's secrets (_ops_secrets)
    secret = str(run.setting("signing_secret") or "")
    if secret:
        headers.update(signature_headers(secret, body, timestamp=int(emu.clock.now().timestamp())))
    headers.update(trace_headers(run.metadata))
    if run.attempt > 1:
        if run.checkpoints:
            latest = run.checkpoints[-1]
            data = json.dumps(latest["state"], separators=(",", ":"))
            if len(data) <= 65536:
                headers["X-Last-Checkpoint"] = data
                headers["X-Checkpoint-At"] = as_str(latest["created_at"])[:19] + "Z"
        if run.error:
            headers["X-Previous-Error"] = run.error
    return headers


def trace_headers(metadata: dict[str, str]) -> dict[str, str]:
    """The trigger's trace headers kept in run metadata, sent on as they came:
    ``tracestate`` only beside a ``traceparent``, ``baggage`` only beside a
    ``sentry-trace`` (worker/executor_dispatch_http.go:96-109)."""
    headers: dict[str, str] = {}
    if metadata.get("_trace_parent"):
        headers["Traceparent"] = metadata["_trace_parent"]
        if metadata.get("_trace_state"):
            headers["Tracestate"] = metadata["_trace_state"]
    if metadata.get("_sentry_trace"):
        headers["Sentry-Trace"] = metadata["_sentry_trace"]
        if metadata.get("_sentry_baggage"):
            headers["Baggage"] = metadata["_sentry_baggage"]
    return headers


async def _post(
    emu: EmulatorCore, url: str, body: bytes, headers: dict[str, str], seconds: float
) -> tuple[int | None, bytes, str, str]:
    """One POST, redirects never followed (worker/executor_http_client.go:38-40): ``(status,
    body, error class, error)``, the status None when there was no answer."""
    timeout = aiohttp.ClientTimeout(total=seconds)
    try:
        async with emu.http.post(
            url, data=body, headers=headers, timeout=timeout, allow_redirects=False
        ) as response:
            return response.status, await response.content.read(MAX_RESULT_BYTES), "", ""
    except TimeoutError:
        return None, b"", "timeout", TIMED_OUT_ERROR
    except (aiohttp.ClientError, OSError, ValueError) as exc:
        return None, b"", "connection", f"http dispatch: {type(exc).__name__}"


async def _dispatch_http(emu: EmulatorCore, run: Run) -> None:
    if run.status != fsm.RunStatus.QUEUED.value:
        return
    token = begin_attempt(emu, run)
    generation = run.generation
    body = json.dumps(run.payload, separators=(",", ":")).encode()
    headers = dispatch_headers(emu, run, token, body)
    seconds = float(as_int(run.setting("timeout_secs")))
    status, raw, error_class, error = await _post(
        emu, str(run.setting("endpoint_url") or ""), body, headers, seconds
    )
    if status is not None and not 200 <= status < 300:
        error_class, error = _classify(status), f"endpoint returned {status}"
    fallback = str(run.setting("fallback_endpoint_url") or "")
    if fallback and error_class in _FALLBACK_CLASSES and run.generation == generation:
        # The fallback gets the same request (worker/executor_dispatch.go:85-93,133-140).
        status, raw, error_class, error = await _post(emu, fallback, body, headers, seconds)
    _settle(emu, run, generation, status, raw, error_class, error)


def _classify(status: int) -> str:
    if status == 429:
        return "rate_limited"
    if status in (401, 403):
        return "auth"
    if 400 <= status < 500:
        return "client"
    if status >= 500:
        return "server"
    return "unknown"


def _settle(
    emu: EmulatorCore, run: Run, generation: int, status: int | None, raw: bytes, error_class: str, error: str
) -> None:
    """Read the endpoint's answer, unless the run moved on meanwhile (the handler
    completed or failed it through the SDK, it was cancelled, or it timed out)."""
    if run.generation != generation or run.status != fsm.RunStatus.EXECUTING.value:
        return
    if error_class == "timeout":
        _time_out(emu, run)
        return
    if status is not None and 200 <= status < 300:
        result: Any = None
        if raw:
            try:
                result = json.loads(raw)
            except ValueError:
                result = raw.decode("utf-8", "replace")
        finish_run(emu, run, fsm.RunStatus.COMPLETED.value, result=result, has_result=bool(raw))
        _bus.emit(emu, _bus.RUN_SETTLED, run)
        return
    if status is not None:
        error_class, error = _classify(status), f"endpoint returned {status}"
    fail_attempt(emu, run, error, error_class)


def classify_text(error: str) -> str:
    """A failure known only by its text (a worker's report): ``budget`` for ``budget
    exceeded``/``cost limit``, ``oom`` for out-of-memory signals, else ``unknown``
    (worker/executor_errors.go:16-35,72-97)."""
    if "budget exceeded" in error or "cost limit" in error:
        return "budget"
    if any(sign in error for sign in ("out of memory", "OOM", "memory limit exceeded", "ENOMEM")):
        return "oom"
    return "unknown"


def max_attempts(run: Run) -> int:
    """The run's ``max_attempts``: its job version's, which a workflow step's
    ``retry_max_attempts`` replaces in the run's config (worker/executor_dispatch_policy.go:21-54)."""
    return as_int(run.setting("max_attempts"), 1)


def _retry(emu: EmulatorCore, run: Run, error: str, error_class: str) -> None:
    """Back to ``queued`` with the next attempt after the executor's backoff, the priority
    raised by the job's ``retry_priority_boost`` (worker/executor_transitions.go:50-68)."""
    run.error, run.error_class = error, error_class
    move(emu, run, fsm.RunStatus.QUEUED.value)
    boost = as_int(run.setting("retry_priority_boost"))
    if boost > 0:
        run.priority = min(run.priority + boost, MAX_RUN_PRIORITY)
    run.attempt += 1
    run.started_at = None
    run.next_retry_at = emu.clock.now() + timedelta(seconds=retry_delay(run.attempt - 1))
    emu.clock.at(run.next_retry_at, "run.enqueue", run.id)


def fail_attempt(emu: EmulatorCore, run: Run, error: str, error_class: str) -> None:
    """Retry while attempts remain and the class is retried; otherwise dead-letter the run.
    A worker's failure (class ``unknown``) is classified by its text first."""
    if error_class == "unknown":
        error_class = classify_text(error)
    if run.attempt < max_attempts(run) and error_class not in _NOT_RETRIED:
        _retry(emu, run, error, error_class)
        return
    run.error, run.error_class = error, error_class
    move(emu, run, fsm.RunStatus.DEAD_LETTER.value, error=error)
    _bus.emit(emu, _bus.RUN_SETTLED, run)


def retry_delay(attempt: int) -> float:
    """Seconds before the retry after ``attempt``: exponential from 1 s whatever the job's
    ``retry_strategy`` and ``retry_delays_secs`` say (worker/executor_dispatch_policy.go:11-19,
    worker/backoff.go:143-190)."""
    return _RETRY_BACKOFF.delay(max(attempt, 1) - 1)


def _time_out(emu: EmulatorCore, run: Run) -> None:
    """The attempt ran out of time: retried while attempts remain, else ``timed_out`` with
    ``execution timed out``, class ``transient`` (worker/executor_timeout.go:13,32-44,
    worker/executor_transitions.go:86-97)."""
    if run.attempt < max_attempts(run):
        _retry(emu, run, TIMED_OUT_ERROR, "transient")
        return
    run.error, run.error_class = TIMED_OUT_ERROR, "transient"
    finish_run(emu, run, fsm.RunStatus.TIMED_OUT.value, error=TIMED_OUT_ERROR)
    _bus.emit(emu, _bus.RUN_SETTLED, run)


def _timeout(emu: EmulatorCore, run: Run, generation: int) -> None:
    if run.generation == generation and run.status == fsm.RunStatus.EXECUTING.value:
        run.generation += 1
        if emu.workers is not None:
            emu.workers.abandon(run)
        _time_out(emu, run)


def finish_run(
    emu: EmulatorCore,
    run: Run,
    to: str,
    *,
    result: JSONValue = None,
    has_result: bool = False,
    error: str = "",
) -> None:
    if has_result:
        run.result, run.has_result = result, True
    if error:
        run.error = error
    run.generation += 1
    move(emu, run, to, error=error)


def cancel_run(emu: EmulatorCore, run: Run, *, error: str = "canceled by user") -> None:
    """Cancel ``run`` and, generation by generation, the children it spawned that are still
    running (api/runs.go:153-179, api/run_child_cancellation.go:10-46)."""
    if run.terminal:
        raise ApiFailure(400, "run already in terminal state")
    _cancel(emu, run, error)
    parents = {run.id}
    for _ in range(MAX_CANCEL_DEPTH):
        children = [r for r in emu.state.runs.values() if r.parent_run_id in parents and not r.terminal]
        if not children:
            break
        for child in children:
            _cancel(emu, child, "parent run canceled")
        parents = {c.id for c in children}


def _cancel(emu: EmulatorCore, run: Run, error: str) -> None:
    if emu.workers is not None and run.status == fsm.RunStatus.EXECUTING.value:
        emu.workers.cancel(run)
    finish_run(emu, run, fsm.RunStatus.CANCELED.value, error=error)


def now_iso(emu: EmulatorCore) -> str:
    return format_time(emu.clock.now())


async def sleep0() -> None:
    await asyncio.sleep(0)
