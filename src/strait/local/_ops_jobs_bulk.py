"""Jobs enabled or disabled by the batch (``api/job_batch.go:164-255``,
``store/jobs.go:603-627``), and the queued runs a job lets go when it may run again; a
job's endpoint set (its signing secret rotated on request) and verified with a signed test
ping (``api/job_endpoints.go``, ``store/jobs.go:1433-1461``). Loopback and private
endpoint URLs are allowed, as everywhere in the emulator."""

from __future__ import annotations

import json
import secrets

from strait._types import JSONObject

from ._emulator import json_ok, operation
from ._engine import release_queued
from ._http import (
    ApiFailure,
    Call,
    Reply,
    failed_on,
    is_http_url,
    matches_url_rule,
    required,
    validation_failed,
)
from ._model import Job
from ._ops_jobs import MAX_BATCH_JOBS
from ._ops_webhooks import ping
from ._trigger import check_types


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


#: The request fields as the server decodes them (api/job_endpoints.go:26-33).
_ENDPOINT_TYPES: dict[str, type] = {
    "endpoint_url": str,
    "fallback_endpoint_url": str,
    "rotate_signing_secret": bool,
}
#: What verify-job-endpoint sends (api/job_endpoints.go:233,240-242).
VERIFY_PAYLOAD = json.dumps({"type": "endpoint.test"}, separators=(",", ":"))
VERIFY_USER_AGENT = "Strait-Endpoint-Verify/1.0"


def _check_endpoint(value: str, name: str) -> None:
    """The server's endpoint URL check: http or https, with a host (private hosts allowed:
    the emulator's relaxation of ``ALLOW_PRIVATE_ENDPOINTS``; api/server.go:1371-1385)."""
    if not is_http_url(value):
        raise ApiFailure(400, f"{name} failed validation")


def _may_write_secrets(call: Call) -> bool:
    key = next((k for k in call.emu.state.keys.values() if k.id == call.key_id), None)
    return key is not None and bool({"*", "secrets:write"} & set(key.scopes))


@operation("set-job-endpoint")
def set_job_endpoint(call: Call) -> Reply:
    """Validator tags (422), then the URLs (400), then the job (404); changing the URLs of
    a job with secrets needs ``secrets:write`` (403); the signing secret is kept unless
    ``rotate_signing_secret``, when a new ``esec_`` one is answered once. Only the URLs,
    the secret and ``updated_at`` change: no new version (api/job_endpoints.go:95-210,
    store/secrets.go:117-140, store/jobs.go:1433-1461)."""
    body = call.obj()
    check_types(body, "SetJobEndpointRequest", _ENDPOINT_TYPES)
    required(body, "endpoint_url")
    endpoint = str(body["endpoint_url"])
    fallback = str(body.get("fallback_endpoint_url") or "")
    bad = [
        n
        for n, v in (("endpoint_url", endpoint), ("fallback_endpoint_url", fallback))
        if v and not matches_url_rule(v)
    ]
    if bad:
        raise validation_failed(*(failed_on(n, "url") for n in bad))
    _check_endpoint(endpoint, "endpoint_url")
    if fallback:
        _check_endpoint(fallback, "fallback_endpoint_url")
    job: Job = call.owned(call.emu.state.jobs, call.params["jobID"], "job")
    changed = (endpoint, fallback) != (job.text("endpoint_url"), job.text("fallback_endpoint_url"))
    env = job.text("environment_id")  # the job's secrets, of its environment if it has one
    with_secrets = any(
        (s.project_id, s.job_id) == (job.project_id, job.id) and (not env or s.environment == env)
        for s in call.emu.state.secrets.values()
    )
    if changed and with_secrets and not _may_write_secrets(call):
        raise ApiFailure(403, "changing endpoint for a job with attached secrets requires secrets:write")
    answer: JSONObject = {}
    if body.get("rotate_signing_secret") is True:
        job.signing_secret = "esec_" + secrets.token_hex(32)
        answer["signing_secret"] = job.signing_secret
    job.settings["endpoint_url"] = endpoint
    if fallback:
        job.settings["fallback_endpoint_url"] = fallback
    else:
        job.settings.pop("fallback_endpoint_url", None)
    job.updated_at = call.emu.clock.stamp()
    return json_ok({"job": job.wire(), **answer})


@operation("verify-job-endpoint")
async def verify_job_endpoint(call: Call) -> Reply:
    """POSTs ``{"type":"endpoint.test"}`` to the job's endpoint, signed with its secret
    when it has one, and reports the answer: ``success`` for a 2xx, ``status_code``, or
    ``connection to endpoint URL failed`` (api/job_endpoints.go:214-307)."""
    job: Job = call.owned(call.emu.state.jobs, call.params["jobID"], "job")
    url = job.text("endpoint_url")
    if not url:
        raise ApiFailure(400, "job has no endpoint_url configured")
    stamp = int(call.emu.clock.now().timestamp())  # stamped even unsigned
    headers = {"User-Agent": VERIFY_USER_AGENT}
    got = await ping(call.emu, url, VERIFY_PAYLOAD, headers, secret=job.signing_secret or "", stamp=stamp)
    if got.status is None:
        return json_ok(
            {"success": False, "latency_ms": got.latency_ms, "error": "connection to endpoint URL failed"}
        )
    return json_ok(
        {"success": 200 <= got.status < 300, "status_code": got.status, "latency_ms": got.latency_ms}
    )
