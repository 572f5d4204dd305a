"""Secrets: create/list/get/delete (the value never comes back), and their injection
into HTTP dispatches as ``X-Secret-<KEY>`` headers (``api/secrets.go``,
``store/secrets.go``, ``worker/executor_dispatch_headers.go``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from strait._types import JSONObject

from ._core import EmulatorCore
from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, Reply, json_response, reader
from ._json import as_str
from ._ops_common import creation_body, owned_record, public, records, stamp, table
from ._ops_environments import resolve_environment

if TYPE_CHECKING:
    from ._model import Job

__all__ = ["secret_headers"]

DEFAULT_ENVIRONMENT = "production"  # api/secrets.go:47-49, store/secrets.go:207-216


def _find(call: Call) -> JSONObject:
    return owned_record(call, "secrets", call.params["secretID"], "secret")


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
    secrets = table(call.emu, "secrets")
    for other in secrets.values():
        same = (other["project_id"], other.get("job_id", ""), other["environment"], other["secret_key"])
        if same == (call.project_id, job_id, environment, body["secret_key"]):
            # The unique index refuses it and the handler answers 500 (api/secrets.go:66-69).
            raise ApiFailure(500, "failed to create secret")
    now = stamp(call.emu)
    secret: dict[str, Any] = {
        "id": call.emu.new_id("sec"),
        "project_id": call.project_id,
        "environment": environment,
        "secret_key": body["secret_key"],
        "key_version": 1,
        "created_at": now,
        "updated_at": now,
        "_value": str(body["value"]),
    }
    if job_id:
        secret["job_id"] = job_id
    secrets[secret["id"]] = secret
    return json_ok(public(secret), 201)


@operation("list-secrets")
def list_secrets(call: Call) -> Reply:
    job_id = call.query.get("job_id", "")
    environment = call.query.get("environment", "")
    if environment:
        environment = resolve_environment(call, environment)
    chosen = [
        s
        for s in table(call.emu, "secrets").values()
        if s["project_id"] == call.project_id
        and (not job_id or s.get("job_id") == job_id)
        and (not environment or s["environment"] == environment)
    ]
    return json_ok(records(call, chosen))


operation("get-secret")(reader(_find, public))


@operation("delete-secret")
def delete_secret(call: Call) -> Reply:
    secret = _find(call)
    del table(call.emu, "secrets")[as_str(secret["id"])]
    return json_response(204, None)


def secret_headers(emu: EmulatorCore, job: Job) -> dict[str, str]:
    """The job's own secrets (``job_id`` set) of its environment (the job's
    ``environment_id``, else the project's ``production`` environment, else the
    literal ``production``), by key then age: ``X-Secret-<KEY>: <value>``
    (store/secrets.go:194-216, worker/executor_dispatch_headers.go:111-117)."""
    chosen = [s for s in table(emu, "secrets").values() if s.get("job_id") == job.id]
    if not chosen:
        return {}
    environment = job.text("environment_id")
    if not environment:
        production = [
            e
            for e in table(emu, "environments").values()
            if e["project_id"] == job.project_id and e["slug"] == DEFAULT_ENVIRONMENT
        ]
        environment = production[0]["id"] if production else DEFAULT_ENVIRONMENT
    chosen = [s for s in chosen if s["environment"] == environment and s["project_id"] == job.project_id]
    chosen.sort(key=lambda s: (s["secret_key"], s["created_at"]))
    return {"X-Secret-" + s["secret_key"]: s["_value"] for s in chosen}
