"""Job groups: create/list/get/update/delete, a group's jobs, pausing and resuming them
all, and their runs counted by status (``api/job_groups.go``, ``store/job_groups.go``).

A job joins a group through its ``group_id`` on create-job or update-job (a ``group_id``
naming no group fails as the server's foreign key does, ``_api._check_group``); deleting
the group takes the ``group_id`` off its jobs. As the server's row-level security does,
only the caller's project's jobs are read and changed through a group."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from strait._limits import (
    MAX_JOB_GROUP_DESCRIPTION_LENGTH,
    MAX_JOB_GROUP_NAME_LENGTH,
    MAX_JOB_GROUP_SLUG_LENGTH,
)
from strait._types import JSONObject

from ._api import Rule, check_limits
from ._emulator import json_ok, operation
from ._engine import release_queued
from ._http import ApiFailure, Call, Reply, json_response, lister, page, reader
from ._model import Job, JobGroup
from ._trigger import check_types

#: The reason a group pause gives its jobs (store/job_groups.go:217-224).
GROUP_PAUSE_REASON = "group pause"
#: The request fields as the server decodes them (api/job_groups.go:14-24).
_TYPES: dict[str, type] = {"project_id": str, "name": str, "slug": str, "description": str}
#: The create request's validator tags; update has none (api/job_groups.go:14-24).
_LIMITS = {
    "name": Rule(max_length=MAX_JOB_GROUP_NAME_LENGTH),
    "slug": Rule(max_length=MAX_JOB_GROUP_SLUG_LENGTH),
    "description": Rule(max_length=MAX_JOB_GROUP_DESCRIPTION_LENGTH),
}


def _find(call: Call) -> JobGroup:
    """Another project's group is not found either (api/job_groups.go:56-71)."""
    return call.owned(call.emu.state.job_groups, call.params["groupID"], "job group")


def _slug_taken(call: Call, group: JobGroup) -> bool:
    """``UNIQUE(project_id, slug)`` (migrations/000029_add_job_groups.up.sql:9)."""
    return any(
        (other.project_id, other.slug) == (group.project_id, group.slug) and other.id != group.id
        for other in call.emu.state.job_groups.values()
    )


def _members(call: Call, group_id: str) -> list[Job]:
    return [
        job
        for job in call.emu.state.jobs.values()
        if job.project_id == call.project_id and job.text("group_id") == group_id
    ]


@operation("create-job-group")
def create_job_group(call: Call) -> Reply:
    """Validator tags (422), then the project: another project's is 404 ``job group not
    found``; a slug the project already has fails its unique index, a 500
    (api/job_groups.go:29-49)."""
    body = call.obj()
    check_types(body, "CreateJobGroupRequest", _TYPES)
    check_limits(body, _LIMITS, ("project_id", "name", "slug"))
    if body["project_id"] != call.project_id:
        raise ApiFailure(404, "job group not found")
    now = call.emu.clock.stamp()
    group = JobGroup(
        call.emu.new_id("grp"),
        call.project_id,
        str(body["name"]),
        str(body["slug"]),
        now,
        now,
        str(body.get("description") or ""),
    )
    if _slug_taken(call, group):
        raise ApiFailure(500, "failed to create job group")
    call.emu.state.job_groups[group.id] = group
    return json_ok(group.wire(), 201)


# The project's groups, newest first, by cursor (store/job_groups.go:66-107).
operation("list-job-groups")(lister(lambda emu: emu.state.job_groups, JobGroup.wire))


operation("get-job-group")(reader(_find, JobGroup.wire))


@operation("update-job-group")
def update_job_group(call: Call) -> Reply:
    """The fields given (not null) replace the group's, with no validator tags; ``""``
    clears the description; a slug another group of the project has is a 500
    (api/job_groups.go:100-135, store/job_groups.go:109-138)."""
    group = _find(call)
    body = call.obj()
    check_types(body, "UpdateJobGroupRequest", dict.fromkeys(("name", "slug", "description"), str))
    changed = replace(group)
    for name in ("name", "slug", "description"):
        value = body.get(name)
        if value is not None:
            setattr(changed, name, str(value))
    if _slug_taken(call, changed):
        raise ApiFailure(500, "failed to update job group")
    changed.updated_at = call.emu.clock.stamp()
    call.emu.state.job_groups[group.id] = changed
    return json_ok(changed.wire())


@operation("delete-job-group")
def delete_job_group(call: Call) -> Reply:
    """204; the group's jobs lose their ``group_id`` and are otherwise unchanged
    (api/job_groups.go:141-166, store/job_groups.go:140-157)."""
    group = _find(call)
    for job in call.emu.state.jobs.values():
        if job.text("group_id") == group.id:
            job.settings.pop("group_id", None)
    del call.emu.state.job_groups[group.id]
    return json_response(204, None)


@operation("list-jobs-by-group")
def list_jobs_by_group(call: Call) -> Reply:
    """A group that does not exist, or is another project's, lists no jobs (200, not 404),
    before ``limit``/``cursor`` are read (api/job_groups.go:175-199)."""
    group_id = call.params["groupID"]
    group = call.emu.state.job_groups.get(group_id)
    if group is not None and group.project_id != call.project_id:
        empty: JSONObject = {"data": [], "has_more": False}
        return json_ok(empty)
    return json_ok(page(call, _members(call, group_id), lambda j: j.created_at, Job.wire))


@operation("pause-all-jobs-by-group")
def pause_all_jobs_by_group(call: Call) -> Reply:
    """Every job of the group not already group-paused is paused with reason ``group
    pause`` (a job paused for another reason takes it, and a new ``paused_at``)
    (api/job_groups.go:206-230, store/job_groups.go:209-230)."""
    group = _find(call)
    now = call.emu.clock.now()
    for job in _members(call, group.id):
        if not (job.paused and job.pause_reason == GROUP_PAUSE_REASON):
            job.paused, job.paused_at, job.pause_reason = True, now, GROUP_PAUSE_REASON
            job.updated_at = now
    return json_ok({"status": "paused"})


@operation("resume-all-jobs-by-group")
def resume_all_jobs_by_group(call: Call) -> Reply:
    """Every paused job of the group is resumed, whatever paused it (a single job's pause
    too), and its queued runs may start (api/job_groups.go:237-261,
    store/job_groups.go:232-253)."""
    group = _find(call)
    now = call.emu.clock.now()
    resumed = [job for job in _members(call, group.id) if job.paused or job.paused_at or job.pause_reason]
    for job in resumed:
        job.paused, job.paused_at, job.pause_reason = False, None, ""
        job.updated_at = now
    release_queued(call.emu, resumed)
    return json_ok({"status": "resumed"})


@operation("get-job-group-stats")
def get_job_group_stats(call: Call) -> Reply:
    """The runs of the group's jobs counted by status, ``{}`` without runs
    (api/job_groups.go:268-290, store/job_groups.go:255-292)."""
    group = _find(call)
    members = {job.id for job in _members(call, group.id)}
    counts = Counter(r.status for r in call.emu.state.runs.values() if r.job.id in members)
    stats: JSONObject = {"group_id": group.id, "run_counts": dict(counts)}
    return json_ok(stats)
