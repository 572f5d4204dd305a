"""Secrets: create/list/get/delete (the value never comes back), and their injection
into HTTP dispatches as ``X-Secret-<KEY>`` headers (``api/secrets.go``,
``store/secrets.go``, ``worker/executor_dispatch_headers.go``)."""

from __future__ import annotations

from ._core import EmulatorCore
from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, Reply, json_response, page, reader
from ._model import Job, Secret
from ._ops_common import creation_body
from ._ops_environments import resolve_environment

__all__ = ["secret_headers"]

DEFAULT_ENVIRONMENT = "production"  # api/secrets.go:47-49, store/secrets.go:207-216


def _find(call: Call) -> Secret:
    return call.owned(call.emu.state.secrets, call.params["secretID"], "secret")


@operation("create-secret")
def create_secret(call: Call) -> Reply:
    body = creation_body(call, "secret_key", "value")
    environment = resolve_environment(call, str(body.get("environment") or ""))
    job_id = str(body.get("job_id") or "")
    if job_id:
        job = call.emu.state.jobs.get(job_id)
        if job is None or job.project_id != call.project_id:
            raise ApiFailure(404, "job not found")
        job_env = job.text("environment_id")
        if job_env and job_env != environment:
            raise ApiFailure(403, "secret environment does not match job environment")
    key = str(body["secret_key"])
    secrets = call.emu.state.secrets
    for other in secrets.values():
        if (other.project_id, other.job_id, other.environment, other.secret_key) == (
            call.project_id,
            job_id,
            environment,
            key,
        ):
            # The unique index refuses it and the handler answers 500 (api/secrets.go:66-69).
            raise ApiFailure(500, "failed to create secret")
    now = call.emu.clock.stamp()
    secret = Secret(
        call.emu.new_id("sec"), call.project_id, environment, key, str(body["value"]), now, job_id
    )
    secrets[secret.id] = secret
    return json_ok(secret.wire(), 201)


@operation("list-secrets")
def list_secrets(call: Call) -> Reply:
    job_id = call.query.get("job_id", "")
    environment = call.query.get("environment", "")
    if environment:
        environment = resolve_environment(call, environment)
    chosen = [
        s
        for s in call.emu.state.secrets.values()
        if s.project_id == call.project_id
        and (not job_id or s.job_id == job_id)
        and (not environment or s.environment == environment)
    ]
    return json_ok(page(call, chosen, lambda s: s.created_at, Secret.wire))


operation("get-secret")(reader(_find, Secret.wire))


@operation("delete-secret")
def delete_secret(call: Call) -> Reply:
    del call.emu.state.secrets[_find(call).id]
    return json_response(204, None)


def secret_headers(emu: EmulatorCore, job: Job) -> dict[str, str]:
    """The job's own secrets (``job_id`` set) of its environment (the job's
    ``environment_id``, else the project's ``production`` environment, else the
    literal ``production``), by key then age: ``X-Secret-<KEY>: <value>``
    (store/secrets.go:194-216, worker/executor_dispatch_headers.go:111-117)."""
    chosen = [s for s in emu.state.secrets.values() if s.job_id == job.id]
    if not chosen:
        return {}
    environment = job.text("environment_id")
    if not environment:
        production = [
            e
            for e in emu.state.environments.values()
            if e.project_id == job.project_id and e.slug == DEFAULT_ENVIRONMENT
        ]
        environment = production[0].id if production else DEFAULT_ENVIRONMENT
    chosen = [s for s in chosen if s.environment == environment and s.project_id == job.project_id]
    chosen.sort(key=lambda s: (s.secret_key, s.created_at))
    return {"X-Secret-" + s.secret_key: s.value for s in chosen}
