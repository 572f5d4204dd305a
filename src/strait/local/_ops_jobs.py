"""Job dependencies (and a run's dependency status), job health, and batch job
creation (``api/job_dependencies.go``, ``store/job_dependencies.go``,
``api/job_health.go``, ``store/run_health.go``, ``api/job_batch.go``).

A triggered run whose job's dependencies are not satisfied is created ``waiting``
instead of ``queued`` (``api/trigger_immediate.go:129-136``). The shipped server never
releases it: its release path (``workflow/callback.go:723-767``) asks the store for
``waiting -> queued``, which the run FSM refuses (``domain/fsm.go:41-44``, checked
first in ``store/runs.go:1020-1027``), so the run stays ``waiting`` until canceled.
The emulator does the same."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from strait import fsm
from strait._types import JSONObject, JSONValue

from ._clock import format_time
from ._core import EmulatorCore
from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, Reply, json_response, page
from ._model import JobDependency
from ._ops_common import invoke, required

if TYPE_CHECKING:
    from ._model import Job, Run

__all__ = ["dependencies_satisfied", "hold_for_dependencies"]

CONDITIONS = ("completed", "failed", "any")  # api/job_dependencies.go:209-216
HEALTH_WINDOWS = {"1h": 3600, "1d": 86400, "7d": 7 * 86400, "30d": 30 * 86400}  # api/job_health.go:45-58
#: Statuses counted by job health: the terminal ones but dead_letter (store/run_health.go:46).
HEALTH_STATUSES = fsm.RUN_TERMINAL_STATUSES - {fsm.RunStatus.DEAD_LETTER.value}
MAX_BATCH_JOBS = 50  # api/job_batch.go:15


def _job(call: Call, job_id: str) -> Job:
    return call.owned(call.emu.state.jobs, job_id, "job")


def dependencies_of(emu: EmulatorCore, job_id: str) -> list[JobDependency]:
    """Newest first, as the store lists them."""
    deps = [d for d in emu.state.job_dependencies.values() if d.job_id == job_id]
    return sorted(deps, key=lambda d: d.created_at, reverse=True)


@operation("create-job-dependency")
def create_job_dependency(call: Call) -> Reply:
    job = _job(call, call.params["jobID"])
    body = call.obj()
    required(body, "depends_on_job_id")
    target = str(body["depends_on_job_id"])
    if target == job.id:
        raise ApiFailure(400, "job cannot depend on itself")
    other = call.emu.state.jobs.get(target)
    if other is None:
        raise ApiFailure(400, "depends_on_job_id does not exist")
    if other.project_id != job.project_id:
        raise ApiFailure(400, "dependency jobs must belong to the same project")
    condition = str(body.get("condition") or "completed")
    if condition not in CONDITIONS:
        raise ApiFailure(400, "condition must be one of: completed, failed, any")
    dep = JobDependency(call.emu.new_id("dep"), job.id, target, condition, call.emu.clock.stamp())
    call.emu.state.job_dependencies[dep.id] = dep
    return json_ok(dep.wire(), 201)


@operation("list-job-dependencies")
def list_job_dependencies(call: Call) -> Reply:
    job = _job(call, call.params["jobID"])
    return json_ok(page(call, dependencies_of(call.emu, job.id), lambda d: d.created_at, JobDependency.wire))


@operation("delete-job-dependency")
def delete_job_dependency(call: Call) -> Reply:
    job = _job(call, call.params["jobID"])
    deps = call.emu.state.job_dependencies
    dep = deps.get(call.params["depID"])
    if dep is None or dep.job_id != job.id:
        raise ApiFailure(404, "job dependency not found")
    del deps[dep.id]
    return json_response(204, None)


def _latest_terminal(emu: EmulatorCore, job_id: str, run: Run) -> Run | None:
    """The dependency job's latest terminal run, matched by the run's idempotency key,
    else by its ``dependency_key`` metadata (store/job_dependencies.go:270-313)."""
    key = run.idempotency_key
    dependency_key = run.metadata.get("dependency_key", "")
    found: list[Run] = [
        r
        for r in emu.state.runs.values()
        if r.job.id == job_id
        and r.terminal
        and (
            r.idempotency_key == key
            if key
            else not dependency_key or r.metadata.get("dependency_key") == dependency_key
        )
    ]
    if not found:
        return None
    return max(found, key=lambda r: (r.finished_at is not None, r.finished_at or r.created_at, r.created_at))


def dependencies_satisfied(emu: EmulatorCore, run: Run) -> bool:
    """store/job_dependencies.go:227-268."""
    for dep in dependencies_of(emu, run.job.id):
        matched = _latest_terminal(emu, dep.depends_on_job_id, run)
        if matched is None:
            return False
        if dep.condition == "completed" and matched.status != "completed":
            return False
        if dep.condition == "failed" and matched.status not in fsm.RUN_FAILURE_STATUSES:
            return False
    return True


def hold_for_dependencies(emu: EmulatorCore, run: Run) -> None:
    """A just-triggered queued run whose dependencies are not satisfied waits instead
    (api/trigger_immediate.go:129-136); its pending dispatch then finds it not queued."""
    if run.status == fsm.RunStatus.QUEUED.value and not dependencies_satisfied(emu, run):
        run.status = fsm.RunStatus.WAITING.value


@operation("get-run-dependency-status")
def get_run_dependency_status(call: Call) -> Reply:
    run = call.owned(call.emu.state.runs, call.params["runID"], "run")
    return json_ok(
        {
            "run_id": run.id,
            "job_id": run.job.id,
            "status": run.status,
            "dependencies": [d.wire() for d in dependencies_of(call.emu, run.job.id)],
            "dependencies_satisfied": dependencies_satisfied(call.emu, run),
        }
    )


def _percentile(values: list[float], fraction: float) -> float:
    """PostgreSQL's ``PERCENTILE_CONT`` (linear interpolation)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    position = fraction * (len(ordered) - 1)
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@operation("get-job-health")
def get_job_health(call: Call) -> Reply:
    job = _job(call, call.params["jobID"])
    window = call.query.get("window", "") or "7d"
    if window not in HEALTH_WINDOWS:
        raise ApiFailure(400, "invalid window: must be 1h, 1d, 7d, or 30d")
    since = call.emu.clock.now() - timedelta(seconds=HEALTH_WINDOWS[window])
    runs = [
        r
        for r in call.emu.state.runs.values()
        if r.job.id == job.id and r.created_at >= since and r.status in HEALTH_STATUSES
    ]
    count = {s: sum(1 for r in runs if r.status == s) for s in HEALTH_STATUSES}
    durations = [
        (r.finished_at - r.started_at).total_seconds()
        for r in runs
        if r.finished_at is not None and r.started_at is not None
    ]
    stats: dict[str, Any] = {
        "job_id": job.id,
        "window": window,
        "since": format_time(since),
        "total_runs": len(runs),
        "completed_runs": count["completed"],
        "failed_runs": count["failed"],
        "timed_out_runs": count["timed_out"],
        "crashed_runs": count["crashed"] + count["system_failed"],
        "canceled_runs": count["canceled"],
        "expired_runs": count["expired"],
        "success_rate": 0.0,
        "avg_duration_secs": sum(durations) / len(durations) if durations else 0.0,
        "p95_duration_secs": _percentile(durations, 0.95),
        "p99_duration_secs": _percentile(durations, 0.99),
        "health_score": -1.0,  # unknown without runs (store/run_health.go:106-110)
    }
    if runs:
        # 70 % success rate + 30 % duration stability (store/run_health.go:112-126).
        stats["success_rate"] = count["completed"] / len(runs) * 100
        stability = 0.0
        avg, p95 = stats["avg_duration_secs"], stats["p95_duration_secs"]
        if avg > 0:
            stability = 30.0
            if p95 > 2 * avg:
                stability = max(0.0, 30 - min((p95 / avg - 2) * 15, 30))
        stats["health_score"] = min(100.0, stats["success_rate"] * 0.7 + stability)
    return json_ok(stats)


@operation("batch-create-jobs")
async def batch_create_jobs(call: Call) -> Reply:
    """Each item goes through create-job; the failures are reported by index
    (api/job_batch.go:47-149)."""
    items = call.obj().get("jobs")
    if not isinstance(items, list) or not items:
        raise ApiFailure(400, "jobs array is required and must not be empty")
    if len(items) > MAX_BATCH_JOBS:
        raise ApiFailure(400, f"too many jobs in batch (max {MAX_BATCH_JOBS})")
    created: list[JSONValue] = []
    errors: list[JSONObject] = []
    for index, item in enumerate(items):
        try:
            created.append(await invoke(call, "create-job", {}, item))
        except ApiFailure as failure:
            errors.append({"index": index, "message": failure.message})
    result: JSONObject = {"created": created or None}
    if errors:
        result["errors"] = [*errors]
    if not created:
        return json_response(400, result)  # the batch answer itself, not an error envelope
    return json_ok(result, 201)
