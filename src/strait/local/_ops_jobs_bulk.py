"""Jobs enabled or disabled by the batch (``api/job_batch.go:164-255``,
``store/jobs.go:603-627``), and the queued runs a job lets go when it may run again."""

from __future__ import annotations

from collections.abc import Iterable

from strait import fsm

from ._core import EmulatorCore
from ._emulator import json_ok, operation
from ._engine import start
from ._http import ApiFailure, Call, Reply
from ._model import Job
from ._ops_jobs import MAX_BATCH_JOBS
from ._trigger import check_types

__all__ = ["release_queued"]


def release_queued(emu: EmulatorCore, jobs: Iterable[Job]) -> None:
    """The queue claims only runs of enabled, unpaused jobs (queue/pgque_claim.go:253-254):
    once ``jobs`` may run, their queued runs are handed to their executors."""
    ids = {job.id for job in jobs}
    for run in list(emu.state.runs.values()):
        if run.job.id in ids and run.status == fsm.RunStatus.QUEUED.value:
            start(emu, run)


@operation("batch-enable-jobs", "batch-disable-jobs")
def batch_set_enabled(call: Call) -> Reply:
    """Up to 50 ids; those that name none of the caller's jobs are skipped; ``updated``
    counts the jobs matched, whether or not they changed (``enabled`` and ``updated_at``
    only: no new version)."""
    body = call.obj()
    check_types(body, "BatchJobIDsRequest", {"ids": list})
    ids = body.get("ids") or []
    if not isinstance(ids, list) or not ids:
        raise ApiFailure(400, "ids array is required and must not be empty")
    if not all(isinstance(i, str) for i in ids):
        raise ApiFailure(400, "invalid request body")
    if len(ids) > MAX_BATCH_JOBS:
        raise ApiFailure(400, f"too many ids in batch (max {MAX_BATCH_JOBS})")
    enabled = call.operation_id == "batch-enable-jobs"
    jobs = call.emu.state.jobs
    chosen = {i: jobs[i] for i in ids if i in jobs and jobs[i].project_id == call.project_id}
    now = call.emu.clock.stamp()
    for job in chosen.values():
        job.settings["enabled"] = enabled
        job.updated_at = now
    if enabled:
        release_queued(call.emu, chosen.values())
    return json_ok({"updated": len(chosen)})
