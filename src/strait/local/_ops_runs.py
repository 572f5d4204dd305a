"""Run control: pause, resume, restart and reschedule one run; bulk replay of failed
runs and of dead-lettered ones; bulk cancel by filter (``api/runs.go``,
``api/bulk_cancel_filter.go``, ``store/dlq.go``, ``store/runs.go``)."""

from __future__ import annotations

import asyncio
from datetime import datetime

from strait import fsm
from strait._types import JSONObject

from ._clock import parse_time
from ._core import EmulatorCore
from ._emulator import json_ok, operation
from ._engine import create_run, finish_run, move, start
from ._http import ApiFailure, Call, Reply
from ._json import as_int, as_list, as_str
from ._model import Run
from ._ops_common import id_list, required

_S = fsm.RunStatus
MAX_BULK_REPLAY_RUNS = 100  # api/runs.go:767 (validate max=100)
MAX_BULK_DLQ_RUNS = 500  # api/runs.go:478-486
DEFAULT_BULK_DLQ_LIMIT = 100  # api/runs.go:495-497
BULK_CANCEL_REASON = "canceled by user (bulk filter)"  # api/bulk_cancel_filter.go:56


def owned_run(call: Call, run_id: str) -> Run:
    return call.owned(call.emu.state.runs, run_id, "run")


def _requeue(emu: EmulatorCore, run: Run) -> None:
    """Into ``queued`` with no start or finish time, and picked up after the answer."""
    move(emu, run, _S.QUEUED.value)
    run.started_at = run.finished_at = None
    asyncio.get_running_loop().call_soon(start, emu, run)


def _stop_attempt(run: Run) -> None:
    """The running attempt's answer no longer counts. Nothing is sent to the endpoint or
    worker: the server only moves the run (api/runs.go:888-893), and the attempt's late
    result finds it no longer executing (a worker's slot stays taken until then)."""
    run.generation += 1


@operation("pause-run")
def pause_run(call: Call) -> Reply:
    run = owned_run(call, call.params["runID"])
    if run.status == _S.PAUSED.value:
        return json_ok(run.wire())
    if run.status != _S.EXECUTING.value:
        raise ApiFailure(400, "run must be in executing state to pause")
    _stop_attempt(run)
    move(call.emu, run, _S.PAUSED.value)
    return json_ok(run.wire())


@operation("resume-run")
def resume_run(call: Call) -> Reply:
    run = owned_run(call, call.params["runID"])
    if run.status != _S.PAUSED.value:
        raise ApiFailure(400, "run is not paused")
    _requeue(call.emu, run)
    return json_ok(run.wire())


@operation("restart-run")
def restart_run(call: Call) -> Reply:
    run = owned_run(call, call.params["runID"])
    if run.status not in (_S.EXECUTING.value, _S.PAUSED.value):
        raise ApiFailure(400, "run must be executing or paused to restart")
    if run.status == _S.EXECUTING.value:
        _stop_attempt(run)
    _requeue(call.emu, run)
    return json_ok(run.wire())


@operation("reschedule-run")
def reschedule_run(call: Call) -> Reply:
    body = call.obj()
    required(body, "scheduled_at")
    try:
        when = parse_time(str(body["scheduled_at"]))
    except ValueError:
        raise ApiFailure(400, "invalid request body") from None
    run = owned_run(call, call.params["runID"])
    emu = call.emu
    if run.status not in (_S.DELAYED.value, _S.QUEUED.value) or run.started_at is not None:
        raise ApiFailure(404, "run not found or not eligible for rescheduling")
    run.scheduled_at = when
    if body.get("payload") is not None:
        run.payload = body["payload"]  # the stored payload only: payload_hash stays
    if when <= emu.clock.now():
        if run.status == _S.DELAYED.value:
            move(emu, run, _S.QUEUED.value)
            asyncio.get_running_loop().call_soon(start, emu, run)
    else:
        # The store writes the status directly (queued -> delayed is no FSM edge).
        run.status = _S.DELAYED.value
        emu.clock.call_at(when, lambda: _due(emu, run, when))
    return json_ok(run.wire())


def _due(emu: EmulatorCore, run: Run, when: datetime) -> None:
    if run.status == _S.DELAYED.value and run.scheduled_at == when:
        move(emu, run, _S.QUEUED.value)
        start(emu, run)


@operation("bulk-replay-runs")
def bulk_replay_runs(call: Call) -> Reply:
    ids = id_list(call, "run_ids", MAX_BULK_REPLAY_RUNS)
    results: list[JSONObject] = []
    for run_id in ids:
        original = call.emu.state.runs.get(run_id)
        if original is None or original.project_id != call.project_id:
            results.append({"original_run_id": run_id, "status": "failed", "error": "run not found"})
        elif original.status not in fsm.RUN_REPLAYABLE_STATUSES:
            results.append({"original_run_id": run_id, "status": "skipped", "error": "run is not replayable"})
        elif original.job.id not in call.emu.state.jobs or not original.job.enabled:
            results.append(
                {"original_run_id": run_id, "status": "failed", "error": "job not found or disabled"}
            )
        else:
            replay = create_run(
                call.emu, original.job, original.payload, priority=original.priority, tags=original.tags
            )
            results.append({"original_run_id": run_id, "new_run_id": replay.id, "status": "replayed"})
    replayed = sum(1 for r in results if r["status"] == "replayed")
    return json_ok({"results": results, "total": len(ids), "replayed": replayed})


@operation("bulk-replay-dead-letter-runs")
def bulk_replay_dead_letter_runs(call: Call) -> Reply:
    body = call.obj()
    ids = as_list(body.get("run_ids"))
    project_id = body.get("project_id") or ""
    if bool(ids) == bool(project_id):
        raise ApiFailure(422, "provide either run_ids or project_id")
    emu = call.emu
    if project_id:
        if project_id != call.project_id:
            raise ApiFailure(403, "project access denied")
        limit = as_int(body.get("limit"))
        if limit <= 0:
            limit = DEFAULT_BULK_DLQ_LIMIT
        if limit > MAX_BULK_DLQ_RUNS:
            raise ApiFailure(422, "limit must be <= 500")
        dead = sorted(
            (r for r in emu.state.runs.values() if r.project_id == project_id and r.status == "dead_letter"),
            key=lambda r: r.created_at,
        )
        chosen = dead[:limit]
    else:
        if len(ids) > MAX_BULK_DLQ_RUNS:
            raise ApiFailure(422, "too many run_ids (max 500)")
        chosen = [owned_run(call, as_str(run_id)) for run_id in ids]
    replayed = []
    for run in chosen:
        if run.status != _S.DEAD_LETTER.value:
            continue
        move(emu, run, _S.REPLAY_STAGED.value)
        move(emu, run, _S.QUEUED.value)
        run.attempt, run.error = 1, ""
        run.started_at = run.finished_at = run.heartbeat_at = run.next_retry_at = None
        asyncio.get_running_loop().call_soon(start, emu, run)
        replayed.append(run.wire())
    if not replayed:
        raise ApiFailure(409, "no dead_letter runs available for replay")
    return json_ok({"replayed": replayed, "count": len(replayed)})


@operation("bulk-cancel-all-runs")
def bulk_cancel_all_runs(call: Call) -> Reply:
    body = call.obj()
    filters = {name: body.get(name) or "" for name in ("job_id", "batch_id", "triggered_by", "status")}
    if not any(filters.values()):
        raise ApiFailure(400, "at least one filter is required")
    chosen = []
    for run in call.emu.state.runs.values():
        if run.project_id != call.project_id or run.started_at is not None:
            continue
        if run.status not in (_S.DELAYED.value, _S.QUEUED.value):
            continue
        if (
            (filters["job_id"] and run.job.id != filters["job_id"])
            or (filters["batch_id"] and run.metadata.get("batch_id") != filters["batch_id"])
            or (filters["triggered_by"] and run.triggered_by != filters["triggered_by"])
            or (filters["status"] and run.status != filters["status"])
        ):
            continue
        chosen.append(run)
    chosen.sort(key=lambda r: r.id)
    for run in chosen:
        finish_run(call.emu, run, _S.CANCELED.value, error=BULK_CANCEL_REASON)
    # Nothing matched: the server's id slice was never appended to, so it encodes as null
    # (store/runs.go:3389-3397).
    return json_ok({"canceled": len(chosen), "run_ids": [r.id for r in chosen] or None})
