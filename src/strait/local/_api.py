"""Health, projects, API keys, jobs (with versions and triggers) and runs."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from strait import fsm
from strait._limits import (
    API_KEY_SCOPES,
    MAX_API_KEY_DURATION_DAYS,
    MAX_JOB_NAME_LENGTH,
    MAX_JOB_SLUG_LENGTH,
    MAX_JOB_TIMEOUT_SECS,
    QUEUE_NAME_PATTERN,
)
from strait._types import JSONObject, JSONValue

from ._clock import parse_time
from ._core import ApiKey, EmulatorCore, hash_key, mint_key
from ._cron import CronSchedule, again, arm, current, fire_key
from ._emulator import json_ok, operation
from ._engine import cancel_run, create_run, move, release_queued, start
from ._http import ApiFailure, Call, Reply, failed_on, json_response, page, reader, validation_failed
from ._json import as_int, as_list, as_str, as_tags, go_quote
from ._model import Job, Project, Run
from ._ops_projects import key_expiry
from ._timers import timer
from ._trigger import check_tags, check_types, request_metadata

_QUEUE_NAME = re.compile(QUEUE_NAME_PATTERN)
_REPLAYABLE = {"failed", "timed_out", "crashed", "system_failed"}


@operation("health-check", "health-ready")
def health(call: Call) -> Reply:
    return json_ok({"status": "ok" if call.operation_id == "health-check" else "ready"})


# -- projects and API keys -----------------------------------------------------------------


@operation("list-projects")
def list_projects(call: Call) -> Reply:
    projects = call.emu.state.projects
    return json_ok([p.wire() for p in projects.values() if p.id == call.project_id])


@operation("get-project")
def get_project(call: Call) -> Reply:
    project_id = call.params["projectID"]
    project = call.emu.state.projects.get(project_id)
    if project is None:
        raise ApiFailure(404, "project not found")
    if project_id != call.project_id:
        raise ApiFailure(403, "no access to project")
    return json_ok(project.wire())


@operation("create-project")
def create_project(call: Call) -> Reply:
    body = call.obj()
    call.require(body, "id", "org_id", "name")
    project_id = as_str(body["id"])
    if project_id in call.emu.state.projects:
        raise ApiFailure(409, "project already exists")
    now = call.emu.clock.stamp()
    project = Project(project_id, as_str(body["org_id"]), as_str(body["name"]), now, now)
    call.emu.state.projects[project_id] = project
    return json_ok(project.wire(), 201)


def _keys(call: Call) -> list[ApiKey]:
    return [k for k in call.emu.state.keys.values() if k.project_id == call.project_id]


@operation("list-api-keys")
def list_api_keys(call: Call) -> Reply:
    return json_ok(page(call, _keys(call), lambda k: k.created_at, ApiKey.wire))


@operation("create-api-key")
def create_api_key(call: Call) -> Reply:
    body = call.obj()
    call.require(body, "project_id", "name")
    days = body.get("expires_in_days")
    if days is not None and not 1 <= as_int(days) <= MAX_API_KEY_DURATION_DAYS:  # api/api_keys.go:30
        raise validation_failed(failed_on("expires_in_days", "min" if as_int(days) < 1 else "max"))
    call.project_match(body["project_id"])
    scopes = [as_str(s) for s in as_list(body.get("scopes"))]
    if not scopes:  # api/api_keys.go:78-80 (no "empty means everything" on create)
        raise ApiFailure(400, "scopes must contain at least one explicit permission")
    for scope in scopes:  # api/api_keys.go:81-83, domain/scopes.go:90-97
        if scope not in API_KEY_SCOPES:
            raise ApiFailure(400, f"unknown scope: {go_quote(scope)}")  # %q
    requested = None if days is None else call.emu.clock.now() + timedelta(days=as_int(days))
    # Without expires_in_days the project's max_key_lifetime_days decides; with neither, 400
    # (api/api_keys.go:108-111,175-195, domain/api_key_lifetime.go:12-27).
    expires_at = key_expiry(call.emu, as_str(body["project_id"]), requested)
    raw, prefix = mint_key()
    key = ApiKey(
        call.emu.new_id("key"),
        as_str(body["project_id"]),
        as_str(body["name"]),
        prefix,
        scopes,
        call.emu.clock.stamp(),
        expires_at=expires_at,
    )
    call.emu.state.keys[hash_key(raw)] = key
    return json_ok({**key.wire(), "key": raw}, 201)


@operation("revoke-api-key")
def revoke_api_key(call: Call) -> Reply:
    for key in _keys(call):
        if key.id == call.params["keyID"]:
            key.revoked_at = call.emu.clock.now()
            return json_ok({"status": "revoked", "id": key.id})
    raise ApiFailure(404, "api key not found")


# -- jobs ----------------------------------------------------------------------------------


def find_job(call: Call, job_id: str) -> Job:
    return call.owned(call.emu.state.jobs, job_id, "job")


@dataclass(frozen=True)
class Rule:
    """One field's validator tags: string length, number range, allowed values."""

    min_length: int = 0
    max_length: int = 1 << 30
    minimum: int = -(1 << 62)
    maximum: int = 1 << 62
    oneof: tuple[str, ...] = ()


#: The request-schema limits the server's validation applies to job fields (422;
#: api/job_create.go:16-60).
_JOB_LIMITS: dict[str, Rule] = {
    "name": Rule(max_length=255),
    "slug": Rule(max_length=255),
    **dict.fromkeys(
        (
            "max_concurrency",
            "max_concurrency_per_key",
            "rate_limit_max",
            "rate_limit_window_secs",
            "dedup_window_secs",
            "run_ttl_secs",
            "debounce_window_secs",
            "batch_window_secs",
            "batch_max_size",
        ),
        Rule(minimum=0),
    ),
    "description": Rule(max_length=2000),
    "endpoint_signing_secret": Rule(min_length=16, max_length=4096),
    "webhook_secret": Rule(min_length=16, max_length=4096),
    "max_attempts": Rule(minimum=1, maximum=100),
    "timeout_secs": Rule(minimum=1),
    "retry_priority_boost": Rule(minimum=0, maximum=10),
    "poison_pill_threshold": Rule(minimum=1),
    "execution_mode": Rule(oneof=("http", "worker")),
    "retry_strategy": Rule(oneof=("exponential", "linear", "fixed", "custom")),
    "version_policy": Rule(oneof=("pin", "latest", "minor")),
    "cron_overlap_policy": Rule(oneof=("allow", "skip", "cancel_running")),
}


def check_limits(body: JSONObject, limits: Mapping[str, Rule], required: tuple[str, ...] = ()) -> None:
    """The validator's field tags, every failing field reported: ``required`` first, then
    the limits, where a zero value is not checked (``omitempty``); details read
    ``name: failed on 'max'`` (api/huma_bridge.go:423-437)."""
    details = [failed_on(n, "required") for n in required if body.get(n) in (None, "")]
    for name, rule in limits.items():
        value = body.get(name)
        if value is None or value in ("", 0):
            continue
        if isinstance(value, str):
            if len(value) < rule.min_length:
                details.append(failed_on(name, "min"))
            elif len(value) > rule.max_length:
                details.append(failed_on(name, "max"))
        if isinstance(value, int) and not isinstance(value, bool):
            if value < rule.minimum:
                details.append(failed_on(name, "min"))
            elif value > rule.maximum:
                details.append(failed_on(name, "max"))
        if rule.oneof and value not in rule.oneof:
            details.append(failed_on(name, "oneof"))
    if details:
        raise validation_failed(*details)


#: The JSON types the server decodes job fields into (api/job_create.go:16-60).
_JOB_TYPES: dict[str, type] = {
    "project_id": str,
    "group_id": str,
    "name": str,
    "slug": str,
    "description": str,
    "cron": str,
    "execution_window_cron": str,
    "endpoint_url": str,
    "fallback_endpoint_url": str,
    "endpoint_signing_secret": str,
    "webhook_secret": str,
    "max_attempts": int,
    "timeout_secs": int,
    "max_concurrency": int,
    "max_concurrency_per_key": int,
    "timezone": str,
    "rate_limit_max": int,
    "rate_limit_window_secs": int,
    "dedup_window_secs": int,
    "run_ttl_secs": int,
    "retry_strategy": str,
    "retry_delays_secs": list,
    "retry_priority_boost": int,
    "version_policy": str,
    "cron_overlap_policy": str,
    "debounce_window_secs": int,
    "batch_window_secs": int,
    "batch_max_size": int,
    "execution_mode": str,
    "enabled": bool,
    "queue_name": str,
    "tags": dict,
    "default_run_metadata": dict,
}


def _check_cron(expression: JSONValue, invalid: str = "invalid cron expression") -> None:
    """Five fields, each parseable (api/job_validation.go:14-34,126-135)."""
    if not expression:
        return
    fields = str(expression).split()
    if len(fields) != 5:
        raise ApiFailure(
            400,
            "cron expression must have exactly 5 fields (minute hour day-of-month month day-of-week), "
            f"got {len(fields)}",
        )
    try:
        CronSchedule(str(expression))
    except ValueError:
        raise ApiFailure(400, invalid) from None


def _validate_job(call: Call, body: JSONObject, job: Job | None) -> None:
    """api/job_create.go:227-286 (and the update's equivalent)."""
    check_types(body, "CreateJobRequest", _JOB_TYPES)
    check_limits(body, _JOB_LIMITS, () if job else ("project_id", "name", "slug"))
    if job is None:
        call.project_match(body["project_id"])
    name = body.get("name", job.settings["name"] if job else "")
    if len(str(name).encode()) > MAX_JOB_NAME_LENGTH:
        raise ApiFailure(400, f"name too long (max {MAX_JOB_NAME_LENGTH} characters)")
    slug = body.get("slug", job.slug if job else None)
    if len(str(slug).encode()) > MAX_JOB_SLUG_LENGTH:
        raise ApiFailure(400, f"slug too long (max {MAX_JOB_SLUG_LENGTH} characters)")
    for other in call.emu.state.jobs.values():
        if other is not job and other.project_id == call.project_id and other.slug == slug:
            raise ApiFailure(409, "job with this slug already exists")
    mode = body.get("execution_mode", job.mode if job else "http") or "http"
    if mode not in ("http", "worker"):
        raise ApiFailure(400, "execution_mode must be http or worker")
    endpoint = body.get("endpoint_url", job.settings.get("endpoint_url") if job else "")
    if mode == "http" and not endpoint:
        raise ApiFailure(400, "endpoint_url is required for http execution mode")
    if endpoint and not str(endpoint).startswith(("http://", "https://")):
        raise ApiFailure(400, "invalid endpoint_url: must be an http(s) URL")
    timeout = body.get("timeout_secs")
    if isinstance(timeout, int) and timeout > MAX_JOB_TIMEOUT_SECS:
        raise ApiFailure(400, "timeout_secs must not exceed 86400 (24 hours)")
    _check_cron(body.get("cron"))
    _check_cron(body.get("execution_window_cron"), "invalid execution_window_cron expression")
    for delay in as_list(body.get("retry_delays_secs")):
        if not isinstance(delay, int) or delay <= 0:
            raise ApiFailure(400, "retry_delays_secs values must be positive")
    check_tags(body.get("tags"))
    debounce = body.get("debounce_window_secs", job.settings.get("debounce_window_secs") if job else 0)
    batch = body.get("batch_window_secs", job.settings.get("batch_window_secs") if job else 0)
    if as_int(debounce) > 0 and as_int(batch) > 0:
        raise ApiFailure(400, "debounce_window_secs and batch_window_secs are mutually exclusive")
    queue = body.get("queue_name")
    if queue and not _QUEUE_NAME.match(str(queue)):
        raise ApiFailure(400, f"queue_name must match {QUEUE_NAME_PATTERN}")


def _check_group(call: Call, body: JSONObject, failure: str) -> None:
    """``jobs.group_id`` references ``job_groups(id)``: a ``group_id`` naming no group fails
    the store's write, a 500 (migrations/000029_add_job_groups.up.sql:12,
    api/job_create.go:170, api/job_update.go:430); ``""`` leaves the group."""
    group_id = body.get("group_id")
    if group_id and group_id not in call.emu.state.job_groups:
        raise ApiFailure(500, failure)


@operation("create-job")
def create_job(call: Call) -> Reply:
    body = call.obj()
    _validate_job(call, body, None)
    _check_group(call, body, "failed to create job")
    job = Job.create(call.emu.new_id("job"), as_str(body["project_id"]), body, call.emu.clock.stamp())
    call.emu.state.jobs[job.id] = job
    arm_job_cron(call.emu, job)
    return json_ok(job.wire(), 201)


def arm_job_cron(emu: EmulatorCore, job: Job) -> None:
    """A job with a ``cron`` fires on it while it exists, is enabled and not paused, after its
    ``cron_overlap_policy`` (scheduler/cron.go:176-281)."""
    if not job.text("cron"):
        emu.state.cron.pop(job.id, None)
        return
    arm(emu, "cron.job", job.id, job.text("cron"), job.text("timezone"))


@timer("cron.job")
def _cron_fire(emu: EmulatorCore, job_id: str, generation: int, at: datetime) -> None:
    job = emu.state.jobs.get(job_id)
    if job is None or not current(emu, job_id, generation) or not job.text("cron"):
        return
    if job.enabled and not job.paused:
        policy = job.text("cron_overlap_policy") or "allow"
        active = [r for r in emu.state.runs.values() if r.job is job and not r.terminal]
        if not (policy == "skip" and active):
            # No expiry without run_ttl_secs (scheduler/cron.go:206-212).
            key = fire_key("job", job.id, at)
            expires = bool(job.settings.get("run_ttl_secs"))
            create_run(emu, job, None, triggered_by="cron", idempotency_key=key, expires=expires)
            if policy == "cancel_running":  # scheduler/cron.go:267-281
                for run in active:
                    if not run.terminal:
                        cancel_run(emu, run, error="canceled by cron overlap policy: cancel_running")
    again(emu, "cron.job", job_id, generation, at, job.text("cron"), job.text("timezone"))


@operation("list-jobs")
def list_jobs(call: Call) -> Reply:
    """api/job_read.go:60-105: ``slug``, else ``tag_key`` (with ``tag_value`` when given)."""
    jobs = [j for j in call.emu.state.jobs.values() if j.project_id == call.project_id]
    slug = call.query.get("slug")
    tag_key, tag_value = call.query.get("tag_key", ""), call.query.get("tag_value", "")
    if slug:
        jobs = [j for j in jobs if j.slug == slug]
    elif tag_key:
        jobs = [j for j in jobs if _tagged(as_tags(j.settings.get("tags")), tag_key, tag_value)]
    return json_ok(page(call, jobs, lambda j: j.created_at, Job.wire))


operation("get-job")(reader(lambda call: find_job(call, call.params["jobID"]), Job.wire))


@operation("update-job")
def update_job(call: Call) -> Reply:
    job = find_job(call, call.params["jobID"])
    body = call.obj()
    _validate_job(call, body, job)
    _check_group(call, body, "failed to update job")
    job.apply(body)
    now = call.emu.clock.stamp()
    job.version += 1
    job.updated_at = now
    job.snapshot(now, call.emu.new_id("ver"))
    if "cron" in body or "timezone" in body:
        arm_job_cron(call.emu, job)
    return json_ok(job.wire())


@operation("delete-job")
def delete_job(call: Call) -> Reply:
    """A job with runs not yet finished is kept: 409 (api/job_delete.go:35-41)."""
    job = find_job(call, call.params["jobID"])
    if any(r.job is job and not r.terminal for r in call.emu.state.runs.values()):
        raise ApiFailure(409, "job has active runs \u2014 cancel them first or wait for completion")
    del call.emu.state.jobs[job.id]
    return json_response(204, None)


@operation("pause-job", "resume-job")
def pause_job(call: Call) -> Reply:
    job = find_job(call, call.params["jobID"])
    paused = call.operation_id == "pause-job"
    job.paused = paused
    if paused:
        job.paused_at = call.emu.clock.now()
        job.pause_reason = str(call.obj().get("reason") or "")
    else:
        job.paused_at, job.pause_reason = None, ""
        release_queued(call.emu, [job])
    return json_ok(job.wire())


@operation("list-job-versions")
def list_job_versions(call: Call) -> Reply:
    job = find_job(call, call.params["jobID"])
    return json_ok(page(call, job.versions, lambda v: parse_time(as_str(v["created_at"])), lambda v: v))


@operation("get-job-version")
def get_job_version(call: Call) -> Reply:
    job = find_job(call, call.params["jobID"])
    wanted = call.params["versionID"]
    for version in job.versions:
        if wanted in (version["id"], str(version["version"])):
            return json_ok(version)
    raise ApiFailure(404, "job version not found")


# -- runs ----------------------------------------------------------------------------------


def find_run(call: Call, run_id: str | None = None) -> Run:
    return call.owned(call.emu.state.runs, run_id or call.params["runID"], "run")


@operation("list-runs")
def list_runs(call: Call) -> Reply:
    statuses = set(call.request.query.getall("statuses", []))
    if call.query.get("status"):
        statuses.add(call.query["status"])
    for status in statuses:
        if status not in fsm.RunStatus._value2member_map_:
            raise ApiFailure(400, "status is invalid")
    runs = [r for r in call.emu.state.runs.values() if r.project_id == call.project_id]
    if statuses:
        runs = [r for r in runs if r.status in statuses]
    # No job_id filter: the server ignores the parameter (api/runs.go:39-53).
    for name in ("triggered_by", "execution_mode", "batch_id", "error_class"):
        wanted = call.query.get(name)
        if wanted:
            runs = [r for r in runs if r.wire().get(name) == wanted]
    tag_key, tag_value = call.query.get("tag_key", ""), call.query.get("tag_value", "")
    meta_key, meta_value = call.query.get("metadata_key", ""), call.query.get("metadata_value", "")
    if tag_value and not tag_key:
        raise ApiFailure(400, "tag_key is required when tag_value is provided")
    if meta_value and not meta_key:
        raise ApiFailure(400, "metadata_key is required when metadata_value is provided")
    if tag_key and meta_key:
        raise ApiFailure(400, "tag_key and metadata_key filters are mutually exclusive")
    if tag_key:
        check_tags({tag_key: tag_value})
        runs = [r for r in runs if _tagged(r.tags, tag_key, tag_value)]
    if meta_key:
        runs = [r for r in runs if _tagged(r.metadata, meta_key, meta_value)]
    raw = call.query.get("payload_contains", "")
    if raw:
        try:
            wanted = json.loads(raw)
        except ValueError:
            raise ApiFailure(400, "payload_contains must be valid JSON") from None
        runs = [r for r in runs if _contains(r.payload, wanted)]
    return json_ok(page(call, runs, lambda r: r.created_at, Run.wire))


def _tagged(tags: Mapping[str, JSONValue] | None, key: str, value: str) -> bool:
    """``tags ? key`` without a value, ``tags ->> key = value`` with one (store/jobs.go:1276-1281)."""
    tags = tags or {}
    return key in tags and (not value or tags[key] == value)


def _contains(have: JSONValue, want: JSONValue) -> bool:
    """Postgres ``jsonb @>``: objects by key, arrays element-wise, scalars equal."""
    if isinstance(want, dict):
        return isinstance(have, dict) and all(k in have and _contains(have[k], v) for k, v in want.items())
    if isinstance(want, list):
        return isinstance(have, list) and all(any(_contains(h, w) for h in have) for w in want)
    return type(have) is type(want) and have == want


@operation("list-dead-letter-runs")
def list_dead_letter_runs(call: Call) -> Reply:
    runs = [
        r
        for r in call.emu.state.runs.values()
        if r.project_id == call.project_id and r.status == "dead_letter"
    ]
    return json_ok(page(call, runs, lambda r: r.created_at, Run.wire))


operation("get-run")(reader(find_run, Run.wire))


@operation("cancel-run")
def cancel(call: Call) -> Reply:
    run = find_run(call)
    cancel_run(call.emu, run)
    return json_ok(run.wire())


@operation("replay-run")
def replay_run(call: Call) -> Reply:
    """A new run with the original's payload, or with checkpoint ``from_checkpoint``'s state
    and ``debug_mode`` (api/runs.go:260-330)."""
    original = find_run(call)
    if original.status not in _REPLAYABLE:
        raise ApiFailure(400, "run is not replayable")
    if not original.job.enabled:
        raise ApiFailure(400, "job is disabled")
    payload, debug = original.payload, False
    raw = call.query.get("from_checkpoint", "")
    if raw:
        sequence = int(raw) if raw.isdigit() else 0
        if sequence <= 0:
            raise ApiFailure(400, "from_checkpoint must be a positive integer")
        found = [c for c in original.checkpoints if c.get("sequence") == sequence]
        if not found:
            raise ApiFailure(404, "checkpoint not found")
        payload, debug = found[0]["state"], True
    replay = create_run(
        call.emu,
        original.job,
        payload,
        priority=original.priority,
        tags=original.tags,
        job_tags=False,
        metadata=request_metadata(call, "POST /v1/runs/{runID}/replay"),
    )
    replay.debug_mode = debug
    return json_ok(replay.wire(), 201)


@operation("replay-dead-letter-run")
def replay_dead_letter_run(call: Call) -> Reply:
    run = find_run(call)
    if run.status != "dead_letter":
        raise ApiFailure(409, "run is not in the dead-letter queue")
    move(call.emu, run, "queued")
    run.attempt, run.error, run.error_class, run.finished_at = 1, "", "", None
    run.generation += 1
    start(call.emu, run)
    return json_ok(run.wire())


#: Paged per-run records, newest first by ``created_at``: operation -> ``Run`` attribute.
_RUN_RECORDS = {
    "list-run-events": "events",
    "list-run-checkpoints": "checkpoints",
    "list-run-outputs": "outputs",
}


@operation(*_RUN_RECORDS)
def list_run_records(call: Call) -> Reply:
    records = getattr(find_run(call), _RUN_RECORDS[call.operation_id])
    return json_ok(page(call, records, lambda r: parse_time(r["created_at"]), lambda r: r))


@operation("list-run-state")
def list_run_state(call: Call) -> Reply:
    return json_ok(list(find_run(call).state.values()))


@operation("list-child-runs")
def list_child_runs(call: Call) -> Reply:
    run = find_run(call)
    children = [r for r in call.emu.state.runs.values() if r.parent_run_id == run.id]
    return json_ok(page(call, children, lambda r: r.created_at, Run.wire))


@operation("list-run-resources")
def list_run_resources(call: Call) -> Reply:
    return json_ok(list(find_run(call).resources))


@operation("reset-idempotency-key")
def reset_idempotency_key(call: Call) -> Reply:
    run = find_run(call)
    run.idempotency_key = ""
    return json_ok({"status": "reset", "run_id": run.id})


@operation("list-run-lineage")
def list_run_lineage(call: Call) -> Reply:
    """The run's ancestors (parents and continued runs), up to the root."""
    run = find_run(call)
    chain = []
    runs = call.emu.state.runs
    seen = {run.id}
    current = runs.get(run.parent_run_id or run.continuation_of)
    while current is not None and current.id not in seen:
        chain.append(current)
        seen.add(current.id)
        current = runs.get(current.parent_run_id or current.continuation_of)
    return json_ok(page(call, chain, lambda r: r.created_at, Run.wire))


@operation("bulk-cancel-runs")
def bulk_cancel_runs(call: Call) -> Reply:
    body = call.obj()
    ids = body.get("run_ids")
    if not isinstance(ids, list) or not ids:  # api/bulk_cancel_runs.go:14-16,40-47
        raise validation_failed(failed_on("run_ids", "required" if ids is None else "min"))
    if len(ids) > 100:
        raise ApiFailure(400, "maximum 100 run IDs per bulk cancel request")
    results: list[JSONObject] = []
    canceled = 0
    for run_id in ids:
        run = call.emu.state.runs.get(run_id) if isinstance(run_id, str) else None
        if run is None or run.project_id != call.project_id:
            results.append({"id": run_id, "status": "failed", "error": "run not found"})
        elif run.terminal:
            results.append({"id": run_id, "status": run.status, "error": "run already in terminal state"})
        else:
            cancel_run(call.emu, run)
            results.append({"id": run_id, "status": "canceled"})
            canceled += 1
    return json_ok(
        {"results": results, "total": len(ids), "canceled": canceled, "failed": len(ids) - canceled}
    )


@operation("clone-job")
def clone_job(call: Call) -> Reply:
    source = find_job(call, call.params["jobID"])
    body = call.obj()
    fields = {
        k: v for k, v in source.wire().items() if k not in ("id", "version", "version_id", "created_at")
    }
    fields["name"] = body.get("name") or f"{source.settings['name']} (copy)"
    fields["slug"] = body.get("slug") or f"{source.slug}-copy"
    _validate_job(call, fields, None)
    job = Job.create(call.emu.new_id("job"), source.project_id, fields, call.emu.clock.stamp())
    job.signing_secret, job.queue = source.signing_secret, source.queue
    call.emu.state.jobs[job.id] = job
    return json_ok(job.wire(), 201)
