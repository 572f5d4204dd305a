"""Health, projects, API keys, jobs (with versions and triggers) and runs."""

from __future__ import annotations

import re
import secrets
from typing import Any

from strait import fsm

from ._clock import format_time, parse_time
from ._emulator import ApiKey, hash_key, json_ok, operation
from ._engine import cancel_run, create_run, find_by_idempotency_key
from ._http import ApiFailure, Call, json_response, page
from ._model import Job, Run
from ._ops_batches import record_batch_operation
from ._ops_jobs import hold_for_dependencies

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_REPLAYABLE = {"failed", "timed_out", "crashed", "system_failed"}


@operation("health-check", "health-ready")
def health(call: Call) -> Any:
    return json_ok({"status": "ok" if call.operation_id == "health-check" else "ready"})


# -- projects and API keys -----------------------------------------------------------------


@operation("list-projects")
def list_projects(call: Call) -> Any:
    projects = call.emu.state.projects
    return json_ok([p for p in projects.values() if p["id"] == call.project_id])


@operation("get-project")
def get_project(call: Call) -> Any:
    project_id = call.params["projectID"]
    project = call.emu.state.projects.get(project_id)
    if project is None:
        raise ApiFailure(404, "project not found")
    if project_id != call.project_id:
        raise ApiFailure(403, "no access to project")
    return json_ok(project)


@operation("create-project")
def create_project(call: Call) -> Any:
    body = call.obj()
    call.require(body, "id", "org_id", "name")
    if body["id"] in call.emu.state.projects:
        raise ApiFailure(409, "project already exists")
    stamp = format_time(call.emu.clock.stamp())
    project = {"id": body["id"], "org_id": body["org_id"], "name": body["name"]}
    project.update(created_at=stamp, updated_at=stamp)
    call.emu.state.projects[project["id"]] = project
    return json_ok(project, 201)


def _keys(call: Call) -> list[ApiKey]:
    return [k for k in call.emu.state.keys.values() if k.project_id == call.project_id]


@operation("list-api-keys")
def list_api_keys(call: Call) -> Any:
    return json_ok(page(call, _keys(call), lambda k: k.created_at, ApiKey.wire))


@operation("create-api-key")
def create_api_key(call: Call) -> Any:
    body = call.obj()
    call.require(body, "project_id", "name")
    call.emu.project_match(call, body["project_id"])
    raw = "strait_" + secrets.token_hex(20)
    key = ApiKey(
        call.emu.new_id("key"),
        body["project_id"],
        body["name"],
        raw,
        body.get("scopes") or ["*"],
        call.emu.clock.stamp(),
    )
    call.emu.state.keys[hash_key(raw)] = key
    return json_ok({**key.wire(), "key": raw}, 201)


@operation("revoke-api-key")
def revoke_api_key(call: Call) -> Any:
    for key in _keys(call):
        if key.id == call.params["keyID"]:
            key.revoked_at = call.emu.clock.now()
            return json_ok({"status": "revoked", "id": key.id})
    raise ApiFailure(404, "api key not found")


# -- jobs ----------------------------------------------------------------------------------


def find_job(call: Call, job_id: str) -> Job:
    return call.owned(call.emu.state.jobs, job_id, "job")  # type: ignore[no-any-return]


#: The request-schema limits the server's validation applies to job fields (422).
_JOB_LIMITS: dict[str, dict[str, Any]] = {
    "name": {"maxLength": 255},
    "slug": {"maxLength": 255},
    "description": {"maxLength": 2000},
    "endpoint_signing_secret": {"minLength": 16, "maxLength": 4096},
    "webhook_secret": {"minLength": 16, "maxLength": 4096},
    "max_attempts": {"minimum": 1, "maximum": 100},
    "timeout_secs": {"minimum": 1},
    "retry_priority_boost": {"minimum": 0, "maximum": 10},
    "poison_pill_threshold": {"minimum": 1},
    "execution_mode": {"enum": ["http", "worker"]},
    "retry_strategy": {"enum": ["exponential", "linear", "fixed", "custom"]},
    "version_policy": {"enum": ["pin", "latest", "minor"]},
    "cron_overlap_policy": {"enum": ["allow", "skip", "cancel_running"]},
}


def check_limits(body: dict[str, Any], limits: dict[str, dict[str, Any]]) -> None:
    details = []
    for name, rule in limits.items():
        value = body.get(name)
        if value is None:
            continue
        if isinstance(value, str) and not rule.get("minLength", 0) <= len(value) <= rule.get(
            "maxLength", 1 << 30
        ):
            details.append(f"{name} has an invalid length")
        number = isinstance(value, int) and not isinstance(value, bool)
        if number and not rule.get("minimum", -(1 << 62)) <= value <= rule.get("maximum", 1 << 62):
            details.append(f"{name} is out of range")
        if "enum" in rule and value not in rule["enum"]:
            details.append(f"{name} must be one of {', '.join(rule['enum'])}")
    if details:
        raise ApiFailure(422, "validation failed", details=details)


def _validate_job(call: Call, body: dict[str, Any], job: Job | None) -> None:
    check_limits(body, _JOB_LIMITS)
    slug = body.get("slug", job.slug if job else None)
    if not isinstance(slug, str) or not _SLUG.match(slug) or len(slug) > 128:
        raise ApiFailure(400, "slug must be lowercase letters, digits, '-' or '_'")
    for other in call.emu.state.jobs.values():
        if other is not job and other.project_id == call.project_id and other.slug == slug:
            raise ApiFailure(409, "job with this slug already exists")
    mode = body.get("execution_mode", job.mode if job else "http") or "http"
    if mode not in ("http", "worker"):
        raise ApiFailure(400, "execution_mode must be http or worker")
    endpoint = body.get("endpoint_url", job.data.get("endpoint_url") if job else "")
    if mode == "http" and not endpoint:
        raise ApiFailure(400, "endpoint_url is required for http execution mode")
    if endpoint and not str(endpoint).startswith(("http://", "https://")):
        raise ApiFailure(400, "invalid endpoint_url: must be an http(s) URL")
    timeout = body.get("timeout_secs")
    if isinstance(timeout, int) and timeout > 86400:
        raise ApiFailure(400, "timeout_secs must not exceed 86400 (24 hours)")


@operation("create-job")
def create_job(call: Call) -> Any:
    body = call.obj()
    call.require(body, "project_id", "name", "slug")
    call.emu.project_match(call, body["project_id"])
    _validate_job(call, body, None)
    job = Job.create(call.emu.new_id("job"), body["project_id"], body, call.emu.clock.stamp())
    call.emu.state.jobs[job.id] = job
    return json_ok(job.wire(), 201)


@operation("list-jobs")
def list_jobs(call: Call) -> Any:
    jobs = [j for j in call.emu.state.jobs.values() if j.project_id == call.project_id]
    slug = call.query.get("slug")
    if slug:
        jobs = [j for j in jobs if j.slug == slug]
    return json_ok(page(call, jobs, lambda j: j.created_at, Job.wire))


@operation("get-job")
def get_job(call: Call) -> Any:
    return json_ok(find_job(call, call.params["jobID"]).wire())


@operation("update-job")
def update_job(call: Call) -> Any:
    job = find_job(call, call.params["jobID"])
    body = call.obj()
    _validate_job(call, body, job)
    job.apply(body)
    now = call.emu.clock.stamp()
    job.data["version"] += 1
    job.data["updated_at"] = format_time(now)
    job.snapshot(now, call.emu.new_id("ver"))
    return json_ok(job.wire())


@operation("delete-job")
def delete_job(call: Call) -> Any:
    job = find_job(call, call.params["jobID"])
    del call.emu.state.jobs[job.id]
    return json_response(204, None)


@operation("pause-job", "resume-job")
def pause_job(call: Call) -> Any:
    job = find_job(call, call.params["jobID"])
    paused = call.operation_id == "pause-job"
    job.data["paused"] = paused
    if paused:
        job.data["paused_at"] = format_time(call.emu.clock.now())
        job.data["pause_reason"] = str(call.obj().get("reason") or "")
    else:
        job.data.pop("paused_at", None)
        job.data.pop("pause_reason", None)
        from ._engine import start

        for run in list(call.emu.state.runs.values()):
            if run.job is job and run.status == "queued":
                start(call.emu, run)
    return json_ok(job.wire())


@operation("list-job-versions")
def list_job_versions(call: Call) -> Any:
    job = find_job(call, call.params["jobID"])
    return json_ok(page(call, job.versions, lambda v: parse_time(v["created_at"]), lambda v: v))


@operation("get-job-version")
def get_job_version(call: Call) -> Any:
    job = find_job(call, call.params["jobID"])
    wanted = call.params["versionID"]
    for version in job.versions:
        if wanted in (version["id"], str(version["version"])):
            return json_ok(version)
    raise ApiFailure(404, "job version not found")


@operation("trigger-job")
def trigger_job(call: Call) -> Any:
    job = find_job(call, call.params["jobID"])
    body = call.obj()
    if not job.data.get("enabled", True):
        raise ApiFailure(400, "job is disabled")
    key = call.request.headers.get("Idempotency-Key", "").strip()
    if len(key) > 255:
        raise ApiFailure(400, "idempotency key must be 255 characters or fewer")
    check_limits(body, {"priority": {"minimum": 0, "maximum": 10}, "ttl_secs": {"minimum": 0}})
    priority = body.get("priority", 0) or 0
    scheduled_at = None
    if body.get("scheduled_at"):
        try:
            scheduled_at = parse_time(str(body["scheduled_at"]))
        except ValueError:
            raise ApiFailure(400, "scheduled_at must be an RFC3339 timestamp") from None
    if body.get("dry_run"):
        from ._engine import payload_hash

        payload, digest = payload_hash(body.get("payload"))
        timeout = int(job.data["timeout_secs"])
        result: dict[str, Any] = {
            "job": {
                "id": job.id,
                "name": job.data["name"],
                "slug": job.slug,
                "execution_mode": job.mode,
                "timeout_secs": timeout,
                "max_attempts": job.data["max_attempts"],
                "version": job.data["version"],
            },
            "payload_hash": digest,
            "payload": payload,
            "expires_at": format_time(call.emu.clock.now().replace(microsecond=0)),
        }
        if scheduled_at is not None:
            result["scheduled_at"] = format_time(scheduled_at)
        return json_ok(result)
    existing = find_by_idempotency_key(call.emu, job, key)
    if existing is not None:
        # The server answers a replayed key with 200 and the existing run.
        hit = {"id": existing.id, "status": existing.status, "payload_hash": existing.payload_hash}
        return json_ok({**hit, "idempotency_hit": True})
    run = create_run(
        call.emu,
        job,
        body.get("payload"),
        priority=priority,
        scheduled_at=scheduled_at,
        idempotency_key=key,
        tags=body.get("tags"),
        ttl_secs=int(body.get("ttl_secs") or 0),
    )
    hold_for_dependencies(call.emu, run)  # job dependencies (_ops_jobs)
    answer = {"id": run.id, "status": run.status, "payload_hash": run.payload_hash, "idempotency_hit": False}
    return json_ok(answer, 201)


# -- runs ----------------------------------------------------------------------------------


def find_run(call: Call, run_id: str | None = None) -> Run:
    return call.owned(call.emu.state.runs, run_id or call.params["runID"], "run")  # type: ignore[no-any-return]


@operation("list-runs")
def list_runs(call: Call) -> Any:
    statuses = set(call.request.query.getall("statuses", []))
    if call.query.get("status"):
        statuses.add(call.query["status"])
    for status in statuses:
        if status not in fsm.RunStatus._value2member_map_:
            raise ApiFailure(400, "status is invalid")
    runs = [r for r in call.emu.state.runs.values() if r.project_id == call.project_id]
    if statuses:
        runs = [r for r in runs if r.status in statuses]
    for name in ("triggered_by", "execution_mode"):
        wanted = call.query.get(name)
        if wanted:
            runs = [r for r in runs if r.wire().get(name) == wanted]
    if call.query.get("job_id"):
        runs = [r for r in runs if r.job.id == call.query["job_id"]]
    return json_ok(page(call, runs, lambda r: r.created_at, Run.wire))


@operation("list-dead-letter-runs")
def list_dead_letter_runs(call: Call) -> Any:
    runs = [
        r
        for r in call.emu.state.runs.values()
        if r.project_id == call.project_id and r.status == "dead_letter"
    ]
    return json_ok(page(call, runs, lambda r: r.created_at, Run.wire))


@operation("get-run")
def get_run(call: Call) -> Any:
    return json_ok(find_run(call).wire())


@operation("cancel-run")
def cancel(call: Call) -> Any:
    run = find_run(call)
    cancel_run(call.emu, run)
    return json_ok(run.wire())


@operation("replay-run")
def replay_run(call: Call) -> Any:
    original = find_run(call)
    if original.status not in _REPLAYABLE:
        raise ApiFailure(400, "run is not replayable")
    if not original.job.data.get("enabled", True):
        raise ApiFailure(400, "job is disabled")
    replay = create_run(
        call.emu, original.job, original.payload, priority=original.priority, tags=original.tags
    )
    return json_ok(replay.wire(), 201)


@operation("replay-dead-letter-run")
def replay_dead_letter_run(call: Call) -> Any:
    from ._engine import move, start

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
    "list-run-usage": "usage",
    "list-run-tool-calls": "tool_calls",
}


@operation(*_RUN_RECORDS)
def list_run_records(call: Call) -> Any:
    records = getattr(find_run(call), _RUN_RECORDS[call.operation_id])
    return json_ok(page(call, records, lambda r: parse_time(r["created_at"]), lambda r: r))


@operation("list-run-state")
def list_run_state(call: Call) -> Any:
    return json_ok(list(find_run(call).state.values()))


@operation("list-child-runs")
def list_child_runs(call: Call) -> Any:
    run = find_run(call)
    children = [r for r in call.emu.state.runs.values() if r.parent_run_id == run.id]
    return json_ok(page(call, children, lambda r: r.created_at, Run.wire))


@operation("list-run-resources")
def list_run_resources(call: Call) -> Any:
    return json_ok(list(find_run(call).resources))


@operation("reset-idempotency-key")
def reset_idempotency_key(call: Call) -> Any:
    run = find_run(call)
    run.idempotency_key = ""
    return json_ok({"status": "reset", "run_id": run.id})


@operation("list-run-lineage")
def list_run_lineage(call: Call) -> Any:
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
def bulk_cancel_runs(call: Call) -> Any:
    body = call.obj()
    ids = body.get("run_ids")
    if not isinstance(ids, list) or not ids:
        raise ApiFailure(422, "validation failed", details=["run_ids must list at least one run"])
    results: list[dict[str, Any]] = []
    canceled = 0
    for run_id in ids:
        run = call.emu.state.runs.get(run_id)
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


@operation("bulk-trigger-job")
def bulk_trigger_job(call: Call) -> Any:
    job = find_job(call, call.params["jobID"])
    items = call.obj().get("items")
    if not isinstance(items, list) or not items:
        raise ApiFailure(422, "validation failed", details=["items must list at least one run"])
    if not job.data.get("enabled", True):
        raise ApiFailure(400, "job is disabled")
    batch_id = call.emu.new_id("batch")
    results = []
    for item in items:
        if not isinstance(item, dict):
            raise ApiFailure(422, "validation failed", details=["every item must be an object"])
        check_limits(item, {"priority": {"minimum": 0, "maximum": 10}, "ttl_secs": {"minimum": 0}})
        key = str(item.get("idempotency_key") or "")
        hit = find_by_idempotency_key(call.emu, job, key)
        if hit is not None:
            results.append({"id": hit.id, "status": hit.status, "idempotency_hit": True})
            continue
        scheduled = parse_time(str(item["scheduled_at"])) if item.get("scheduled_at") else None
        run = create_run(
            call.emu,
            job,
            item.get("payload"),
            priority=int(item.get("priority") or 0),
            scheduled_at=scheduled,
            idempotency_key=key,
            tags=item.get("tags"),
            ttl_secs=int(item.get("ttl_secs") or 0),
        )
        run.metadata["batch_id"] = batch_id
        results.append({"id": run.id, "status": run.status, "idempotency_hit": False})
    created = sum(1 for r in results if not r["idempotency_hit"])
    record_batch_operation(call, job.id, batch_id, len(items), created)  # (_ops_batches)
    return json_ok({"batch_id": batch_id, "results": results, "total": len(items), "created": created}, 201)


@operation("clone-job")
def clone_job(call: Call) -> Any:
    source = find_job(call, call.params["jobID"])
    body = call.obj()
    fields = {k: v for k, v in source.data.items() if k not in ("id", "version", "version_id", "created_at")}
    fields["name"] = body.get("name") or f"{source.data['name']} (copy)"
    fields["slug"] = body.get("slug") or f"{source.slug}-copy"
    _validate_job(call, fields, None)
    job = Job.create(call.emu.new_id("job"), source.project_id, fields, call.emu.clock.stamp())
    job.signing_secret, job.queue = source.signing_secret, source.queue
    call.emu.state.jobs[job.id] = job
    return json_ok(job.wire(), 201)
