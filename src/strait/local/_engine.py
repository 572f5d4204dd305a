"""Runs through the server's run state machine: queueing, HTTP dispatch, retries with the
job's backoff, dead-lettering, timeouts, cancel, and the live events each move publishes.

Facts from the server (``internal/worker``): a dispatch is a POST of the payload to the
job's ``endpoint_url`` with ``X-Run-ID``/``X-Job-ID``/``X-Attempt``, ``X-Run-Token`` and,
when the job has a signing secret, ``X-Strait-Timestamp``/``X-Strait-Signature``;
retries add ``X-Last-Checkpoint``/``X-Checkpoint-At``/``X-Previous-Error``. A 2xx
completes the run with the body as result (a non-JSON body as a JSON string). A
failure is classified (429 rate_limited, 401/403 auth, other 4xx client, 5xx server,
no answer connection/timeout); auth and client failures are not retried. A retry puts
the run back to ``queued`` with ``attempt + 1`` after the backoff; a failure that is
not retried, or the last attempt's, dead-letters the run.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import aiohttp

from strait import fsm
from strait._limits import MAX_DISPATCH_RESPONSE_BYTES
from strait._signing import signature_headers

from ._clock import format_time
from ._http import ApiFailure
from ._model import Job, Run
from ._ops_secrets import secret_headers
from ._tokens import mint_run_token

if TYPE_CHECKING:
    from ._emulator import Emulator

__all__ = ["cancel_run", "create_run", "finish_run", "move", "payload_hash", "record_event"]

_EVENT_FOR: dict[str, fsm.RunEvent] = {target.value: event for event, target in fsm._RUN_TARGET.items()}
_NOT_RETRIED = frozenset({"client", "auth", "budget", "oom"})
MAX_RESULT_BYTES = MAX_DISPATCH_RESPONSE_BYTES


def payload_hash(payload: Any) -> tuple[Any, str]:
    """The canonical payload (``{}`` when absent) and the SHA-256 of its canonical JSON."""
    if payload is None:
        payload = {}
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return payload, hashlib.sha256(canonical.encode()).hexdigest()


def record_event(
    emu: Emulator, run: Run, kind: str, message: str, *, level: str = "info", data: Any = None
) -> dict[str, Any]:
    event: dict[str, Any] = {
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


def move(emu: Emulator, run: Run, to: str, *, error: str = "") -> None:
    """Apply the FSM move to ``to`` (``InvalidTransitionError`` -> 409) and publish it."""
    try:
        fsm.transition_run(run.status, _EVENT_FOR[to])
    except fsm.InvalidTransitionError:
        raise ApiFailure(409, f"cannot move run from {run.status} to {to}") from None
    previous, run.status = run.status, to
    now = emu.clock.now()
    if run.terminal:
        run.finished_at = now
    message: dict[str, Any] = {
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


def _after_terminal(emu: Emulator, run: Run) -> None:
    from ._workflows import on_job_run_finished

    if emu.workers is not None:
        emu.workers.forget(run)
    on_job_run_finished(emu, run)


def create_run(
    emu: Emulator,
    job: Job,
    payload: Any,
    *,
    priority: int = 0,
    scheduled_at: datetime | None = None,
    idempotency_key: str = "",
    triggered_by: str = "manual",
    tags: dict[str, str] | None = None,
    parent: Run | None = None,
    ttl_secs: int = 0,
) -> Run:
    payload, digest = payload_hash(payload)
    now = emu.clock.stamp()
    run = Run(emu.new_id("run"), job, now, payload, digest, priority=priority, triggered_by=triggered_by)
    run.idempotency_key = idempotency_key
    if idempotency_key:
        emu.state.idempotency[(job.id, idempotency_key)] = run
    run.tags = dict(tags or {})
    if parent is not None:
        run.parent_run_id = parent.id
        run.lineage_depth = parent.lineage_depth + 1
    emu.state.runs[run.id] = run
    if emu.has_subscribers(f"activity:{job.project_id}"):
        emu.activity(job.project_id, "job_runs", "insert", run.wire())
    # Not started by expires_at: expired (the server's reaper). From the trigger's ttl_secs,
    # else the job's run_ttl_secs, else its timeout + 60 s, counted from scheduled_at if later.
    base = scheduled_at if scheduled_at is not None and scheduled_at > now else now
    ttl = ttl_secs or int(job.data.get("run_ttl_secs") or 0) or int(job.data["timeout_secs"]) + 60
    run.expires_at = base + timedelta(seconds=ttl)
    emu.clock.call_at(run.expires_at, lambda: _expire(emu, run))
    if scheduled_at is not None and scheduled_at > emu.clock.now():
        run.status = fsm.RunStatus.DELAYED.value
        run.scheduled_at = scheduled_at
        emu.clock.call_at(scheduled_at, lambda: _enqueue(emu, run))
    else:
        run.status = fsm.RunStatus.QUEUED.value
        # Picked up after the answer, as the server's executor does: a trigger says "queued".
        asyncio.get_running_loop().call_soon(start, emu, run)
    return run


def _expire(emu: Emulator, run: Run) -> None:
    waiting = run.status in (fsm.RunStatus.DELAYED.value, fsm.RunStatus.QUEUED.value)
    if waiting and run.expires_at is not None and run.expires_at <= emu.clock.now():
        run.error = "run expired"
        move(emu, run, fsm.RunStatus.EXPIRED.value, error=run.error)


def _enqueue(emu: Emulator, run: Run) -> None:
    if run.status == fsm.RunStatus.DELAYED.value and run.scheduled_at and run.scheduled_at > emu.clock.now():
        return  # rescheduled later (reschedule-run, _ops_runs): its own timer moves it
    if run.status == fsm.RunStatus.DELAYED.value:
        move(emu, run, fsm.RunStatus.QUEUED.value)
        start(emu, run)
    elif run.status == fsm.RunStatus.QUEUED.value:
        run.next_retry_at = None  # the backoff is over: any free worker may take it now
        start(emu, run)


def find_by_idempotency_key(emu: Emulator, job: Job, key: str) -> Run | None:
    """The run this job made for ``key`` (an index, so a trigger costs the same with many runs)."""
    run = emu.state.idempotency.get((job.id, key)) if key else None
    return run if run is not None and run.idempotency_key == key else None


def start(emu: Emulator, run: Run) -> None:
    """Hand a queued run to its executor: an HTTP dispatch, or a connected worker."""
    if run.status != fsm.RunStatus.QUEUED.value:
        return  # e.g. held ``waiting`` for its job dependencies (_ops_jobs)
    if not run.job.data.get("enabled", True) or run.job.data.get("paused"):
        return
    if run.job.mode == "worker":
        if emu.workers is not None:
            emu.workers.offer(run)
        return
    emu.spawn(_dispatch_http(emu, run))


def begin_attempt(emu: Emulator, run: Run, *, assignment_id: str = "") -> str:
    """queued -> executing; returns the attempt's run token (with the worker
    assignment's id as the server mints it for worker mode)."""
    move(emu, run, fsm.RunStatus.EXECUTING.value)
    now = emu.clock.now()
    run.started_at = now
    run.next_retry_at = None
    run.generation += 1
    expires = now + timedelta(seconds=int(run.job.data["timeout_secs"]) + 60)
    generation = run.generation
    emu.clock.call_at(
        now + timedelta(seconds=int(run.job.data["timeout_secs"])), lambda: _timeout(emu, run, generation)
    )
    return mint_run_token(
        emu.signing_key, run.id, run.attempt, int(now.timestamp()), int(expires.timestamp())
    )


def dispatch_headers(emu: Emulator, run: Run, token: str, body: bytes) -> dict[str, str]:
    headers = {
        "Content-Type": "application/json",
        "X-Run-ID": run.id,
        "X-Job-ID": run.job.id,
        "X-Attempt": str(run.attempt),
        "X-Run-Token": token,
    }
    headers.update(secret_headers(emu, run.job))  # the job's secrets (_ops_secrets)
    if run.job.signing_secret:
        headers.update(
            signature_headers(run.job.signing_secret, body, timestamp=int(emu.clock.now().timestamp()))
        )
    if run.attempt > 1:
        if run.checkpoints:
            latest = run.checkpoints[-1]
            data = json.dumps(latest["state"], separators=(",", ":"))
            if len(data) <= 65536:
                headers["X-Last-Checkpoint"] = data
                headers["X-Checkpoint-At"] = latest["created_at"][:19] + "Z"
        if run.error:
            headers["X-Previous-Error"] = run.error
    return headers


async def _dispatch_http(emu: Emulator, run: Run) -> None:
    if run.status != fsm.RunStatus.QUEUED.value:
        return
    token = begin_attempt(emu, run)
    generation = run.generation
    body = json.dumps(run.payload, separators=(",", ":")).encode()
    headers = dispatch_headers(emu, run, token, body)
    url = str(run.job.data.get("endpoint_url") or "")
    timeout = aiohttp.ClientTimeout(total=float(run.job.data["timeout_secs"]))
    try:
        async with emu.http.post(url, data=body, headers=headers, timeout=timeout) as response:
            raw = await response.content.read(MAX_RESULT_BYTES)
            status = response.status
    except TimeoutError:
        _settle(emu, run, generation, None, b"", "timeout", "http dispatch: timeout")
        return
    except (aiohttp.ClientError, OSError, ValueError) as exc:
        _settle(emu, run, generation, None, b"", "connection", f"http dispatch: {type(exc).__name__}")
        return
    _settle(emu, run, generation, status, raw, "", "")


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
    emu: Emulator, run: Run, generation: int, status: int | None, raw: bytes, error_class: str, error: str
) -> None:
    """Read the endpoint's answer, unless the run moved on meanwhile (the handler
    completed or failed it through the SDK, it was cancelled, or it timed out)."""
    if run.generation != generation or run.status != fsm.RunStatus.EXECUTING.value:
        return
    if status is not None and 200 <= status < 300:
        result: Any = None
        if raw:
            try:
                result = json.loads(raw)
            except ValueError:
                result = raw.decode("utf-8", "replace")
        finish_run(emu, run, fsm.RunStatus.COMPLETED.value, result=result, has_result=bool(raw))
        return
    if status is not None:
        error_class, error = _classify(status), f"endpoint returned {status}"
    fail_attempt(emu, run, error, error_class)


def fail_attempt(emu: Emulator, run: Run, error: str, error_class: str) -> None:
    """Retry with the job's backoff while attempts remain and the class is retried;
    otherwise dead-letter the run."""
    max_attempts = int(run.job.data.get("max_attempts") or 1)
    run.error, run.error_class = error, error_class
    if run.attempt < max_attempts and error_class not in _NOT_RETRIED:
        delay = retry_delay(run.job, run.attempt)
        move(emu, run, fsm.RunStatus.QUEUED.value)
        run.attempt += 1
        run.started_at = None
        run.next_retry_at = emu.clock.now() + timedelta(seconds=delay)
        emu.clock.call_at(run.next_retry_at, lambda: _enqueue(emu, run))
        return
    move(emu, run, fsm.RunStatus.DEAD_LETTER.value, error=error)


def retry_delay(job: Job, attempt: int) -> float:
    """The server's backoff: exponential from 1 s (``linear``, ``fixed`` and ``custom``
    with ``retry_delays_secs`` too), capped at an hour, with +-20 % jitter."""
    strategy = job.data.get("retry_strategy") or "exponential"
    base, cap = 1.0, 3600.0
    if strategy == "linear":
        delay = min(base * attempt, cap)
    elif strategy == "fixed":
        delay = base
    elif strategy == "custom" and job.data.get("retry_delays_secs"):
        delays = job.data["retry_delays_secs"]
        delay = min(float(delays[min(attempt - 1, len(delays) - 1)]), cap)
    else:
        delay = min(base * 2 ** (attempt - 1), cap)
    delay = max(delay, base)
    return delay + delay * 0.2 * (random.random() * 2 - 1)


def _timeout(emu: Emulator, run: Run, generation: int) -> None:
    if run.generation == generation and run.status == fsm.RunStatus.EXECUTING.value:
        run.generation += 1
        if emu.workers is not None:
            emu.workers.abandon(run)
        fail_attempt(emu, run, f"run timed out after {run.job.data['timeout_secs']}s", "timeout")


def finish_run(
    emu: Emulator, run: Run, to: str, *, result: Any = None, has_result: bool = False, error: str = ""
) -> None:
    if has_result:
        run.result, run.has_result = result, True
    if error:
        run.error = error
    run.generation += 1
    move(emu, run, to, error=error)


def cancel_run(emu: Emulator, run: Run) -> None:
    if run.terminal:
        raise ApiFailure(400, "run already in terminal state")
    if emu.workers is not None and run.status == fsm.RunStatus.EXECUTING.value:
        emu.workers.cancel(run)
    finish_run(emu, run, fsm.RunStatus.CANCELED.value)


def now_iso(emu: Emulator) -> str:
    return format_time(emu.clock.now())


async def sleep0() -> None:
    await asyncio.sleep(0)
