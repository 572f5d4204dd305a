"""Triggering a job (issue 16 items 1-7; issue 19's trace headers)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from strait.local import LocalStrait

from ._api import Api, error, serve_endpoint, wait


def _at(**delta: float) -> str:
    return (datetime.now(UTC) + timedelta(**delta)).isoformat()


def test_paused_job_refuses_trigger_dry_run_and_bulk(api: Api) -> None:
    """A paused job: 409 for trigger, dry run and bulk (api/trigger_intake.go:75-83,
    api/bulk_trigger_intake.go:20-22)."""
    job = api.job()
    api.ok("POST", f"/v1/jobs/{job['id']}/pause", {})
    message = "job is paused -- resume it before triggering new runs"
    assert error(api.trigger(job["id"])) == (409, message)
    assert error(api.trigger(job["id"], {"dry_run": True})) == (409, message)
    bulk = api("POST", f"/v1/jobs/{job['id']}/trigger/bulk", {"items": [{}]})
    assert error(bulk) == (409, message)
    assert api.ok("GET", "/v1/runs")["data"] == []


def test_scheduled_at_in_the_past_or_beyond_30_days(api: Api) -> None:
    """``scheduled_at`` in the past or over 30 days ahead: 400, before the dry run
    (api/trigger_intake.go:98-116, api/trigger.go:42-55)."""
    job = api.job()
    assert error(api.trigger(job["id"], {"scheduled_at": _at(minutes=-1)})) == (
        400,
        "scheduled_at must not be in the past",
    )
    far = {"scheduled_at": _at(days=31), "dry_run": True}
    assert error(api.trigger(job["id"], far)) == (400, "scheduled_at cannot exceed 30 days from now")
    assert api.trigger(job["id"], {"scheduled_at": _at(days=29)}).json()["status"] == "delayed"


def test_payload_schema_is_enforced(api: Api) -> None:
    """``payload_schema`` checked with the server's own checker: 400 ``payload validation
    failed: $.path ...``, bulk items too (api/trigger_request.go:28-30,
    api/payload_schema.go:91-400, api/bulk_trigger_intake.go:48-50)."""
    schema = {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}}
    job = api.job(payload_schema=schema)
    assert error(api.trigger(job["id"], {"payload": {}})) == (
        400,
        "payload validation failed: $.n is required",
    )
    assert error(api.trigger(job["id"], {"payload": {"n": 1.5}})) == (
        400,
        "payload validation failed: $.n must be integer",
    )
    assert api.trigger(job["id"], {"payload": {"n": 2}}).status_code == 201
    bulk = api(
        "POST", f"/v1/jobs/{job['id']}/trigger/bulk", {"items": [{"payload": {"n": 1}}, {"payload": {}}]}
    )
    assert error(bulk) == (400, "payload validation failed for item 1: $.n is required")


def test_request_body_over_one_mebibyte(api: Api) -> None:
    """A body over ``MAX_REQUEST_BODY_SIZE`` (1 MiB) is cut and fails to decode: 400
    (config/config.go:111, api/server.go:870-873, api/huma_bridge.go:220)."""
    job = api.job()
    big = b'{"payload": "' + b"x" * (1024 * 1024) + b'"}'
    response = api(
        "POST", f"/v1/jobs/{job['id']}/trigger", content=big, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("invalid request body")


def test_trigger_field_limits_are_422(api: Api) -> None:
    """``ttl_secs`` over 2592000 and a ``concurrency_key`` over 256: 422 with the validator's
    details (api/trigger.go:13-23, api/huma_bridge.go:423-437)."""
    job = api.job()
    response = api.trigger(job["id"], {"ttl_secs": 2592001, "concurrency_key": "k" * 257})
    assert response.status_code == 422
    assert response.json()["error"]["details"] == [
        "ttl_secs: failed on 'max'",
        "concurrency_key: failed on 'max'",
    ]


def test_more_than_20_run_tags(api: Api) -> None:
    """Over 20 tags on a trigger: 400 (api/trigger_intake.go:95-97, api/job_validation.go:73-76)."""
    job = api.job()
    tags = {f"k{i}": "v" for i in range(21)}
    assert error(api.trigger(job["id"], {"tags": tags})) == (400, "too many tags (max 20)")


def test_bulk_trigger_limits(api: Api) -> None:
    """Bulk: over 500 items 400; an item's ``ttl_secs: -1`` 400 (api/bulk_trigger_intake.go:26-45)."""
    job = api.job()
    path = f"/v1/jobs/{job['id']}/trigger/bulk"
    assert error(api("POST", path, {"items": [{}] * 501})) == (
        400,
        "maximum 500 items per bulk trigger request",
    )
    assert error(api("POST", path, {"items": [{}, {"ttl_secs": -1}]})) == (
        400,
        "ttl_secs validation failed for item 1: ttl_secs must be greater than or equal to 0",
    )


def test_non_json_content_type_is_415(api: Api) -> None:
    """A body sent as anything but ``application/json``: 415 (api/middleware.go:115-138)."""
    job = api.job()
    response = api(
        "POST", f"/v1/jobs/{job['id']}/trigger", content=b"{}", headers={"Content-Type": "text/plain"}
    )
    assert error(response) == (415, "Content-Type must be application/json")
    assert response.json()["error"]["code"] == "internal_error"


def test_idempotency_replays_the_first_answer(api: Api) -> None:
    """The same key from the same API key: the first 2xx answer again, 201 and
    ``idempotency_hit: false``, with ``Idempotency-Replayed: true``
    (api/routes.go:311, api/idempotency_middleware.go:196-212)."""
    job = api.job()
    first = api.trigger(job["id"], {"payload": {"n": 1}}, headers={"Idempotency-Key": "order-1"})
    api.strait.call(lambda: None)
    again = api.trigger(job["id"], {"payload": {"n": 2}}, headers={"Idempotency-Key": "order-1"})
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json()
    assert again.json()["idempotency_hit"] is False
    assert again.headers["Idempotency-Replayed"] == "true"
    assert "Idempotency-Replayed" not in first.headers


def test_x_idempotency_key_and_another_api_key(api: Api, local_strait: LocalStrait) -> None:
    """``X-Idempotency-Key`` counts like ``Idempotency-Key``; another API key reaches the
    handler, which answers 200 ``idempotency_hit: true`` with the existing run
    (api/trigger_idempotency.go:15-47,84-90)."""
    job = api.job()
    first = api.trigger(job["id"], headers={"X-Idempotency-Key": "k1"}).json()
    other_key = {"project_id": api.project, "name": "other", "scopes": ["*"], "expires_in_days": 1}
    raw = api.ok("POST", "/v1/api-keys", other_key)["key"]
    other = Api(local_strait, raw)
    try:
        hit = other.trigger(job["id"], headers={"Idempotency-Key": "k1"})
    finally:
        other.close()
    assert hit.status_code == 200
    assert hit.json() == {"id": first["id"], "status": "queued", "idempotency_hit": True}


def test_idempotency_key_length(api: Api) -> None:
    """Keys up to 256 characters; a longer one is 400 (api/trigger.go:11,
    api/idempotency_middleware.go:144-148)."""
    job = api.job()
    assert api.trigger(job["id"], headers={"Idempotency-Key": "k" * 256}).status_code == 201
    assert error(api.trigger(job["id"], headers={"Idempotency-Key": "k" * 257})) == (
        400,
        "idempotency key must be 256 characters or fewer",
    )


def test_idempotency_window_is_24_hours_after_the_run_finished(api: Api, local_strait: LocalStrait) -> None:
    """After 24 h (the run finished) the same key makes a new run
    (api/idempotency_middleware.go:23, store/runs.go:404-416)."""
    job = api.job()
    first = api.trigger(job["id"], headers={"Idempotency-Key": "daily"}).json()
    api.ok("DELETE", f"/v1/runs/{first['id']}")
    local_strait.advance(23 * 3600)
    assert api.trigger(job["id"], headers={"Idempotency-Key": "daily"}).json()["id"] == first["id"]
    local_strait.advance(3601)
    later = api.trigger(job["id"], headers={"Idempotency-Key": "daily"})
    assert later.status_code == 201 and later.json()["id"] != first["id"]


def test_dedup_window_returns_the_existing_run(api: Api) -> None:
    """``dedup_window_secs``: the same payload again answers the existing run
    (api/trigger_dedup.go:13-30)."""
    job = api.job(dedup_window_secs=60)
    first = api.trigger(job["id"], {"payload": {"a": 1}}).json()
    again = api.trigger(job["id"], {"payload": {"a": 1}})
    assert again.status_code == 201
    assert again.json() == {**first, "idempotency_hit": False}
    assert api.trigger(job["id"], {"payload": {"a": 2}}).json()["id"] != first["id"]


def test_debounce_answers_fire_at_and_makes_one_run_later(api: Api, local_strait: LocalStrait) -> None:
    """``debounce_window_secs``: ``{"debounced": true, "fire_at": ...}``, no run until the
    window after the last trigger passes, then one ``triggered_by: debounce`` run with the
    last payload (api/trigger_buffering.go:14-45,134-149, scheduler/debounce_run.go:12-42)."""
    job = api.job(debounce_window_secs=30, tags={"team": "ops"}, default_run_metadata={"owner": "ops"})
    first = api.trigger(job["id"], {"payload": {"v": 1}})
    assert first.status_code == 201
    assert first.json()["debounced"] is True and "fire_at" in first.json()
    api.trigger(job["id"], {"payload": {"v": 2}, "tags": {"env": "ci"}})
    assert api.ok("GET", "/v1/runs")["data"] == []
    local_strait.advance(31)
    runs = api.ok("GET", "/v1/runs")["data"]
    assert [(r["triggered_by"], r["payload"]) for r in runs] == [("debounce", {"v": 2})]
    # The flushed run: the trigger's tags only, no metadata, key ``debounce:<pending id>``
    # (scheduler/debounce_run.go:12-42).
    assert runs[0]["tags"] == {"env": "ci"}
    assert "metadata" not in runs[0]
    assert runs[0]["idempotency_key"].startswith("debounce:")


def test_job_rate_limit_is_429_with_retry_after(api: Api) -> None:
    """``rate_limit_max`` per ``rate_limit_window_secs``: 429 ``job rate limit exceeded``
    with ``Retry-After`` (api/trigger_admission.go:57-66,280-293,369-400)."""
    job = api.job(rate_limit_max=2, rate_limit_window_secs=60)
    assert [api.trigger(job["id"]).status_code for _ in range(2)] == [201, 201]
    limited = api.trigger(job["id"])
    assert error(limited) == (429, "job rate limit exceeded")
    assert limited.headers["Retry-After"] == "5"


def test_max_concurrency_holds_runs_queued(api: Api) -> None:
    """``max_concurrency``: runs past the limit wait ``queued`` until one finishes
    (queue/pgque_claim.go:483-550)."""
    with serve_endpoint(held=True) as endpoint:
        job = api.job(endpoint_url=endpoint.url, max_concurrency=1)
        first = api.trigger(job["id"]).json()
        second = api.trigger(job["id"]).json()
        wait(api, first["id"], "executing")
        assert api.run(second["id"])["status"] == "queued"
        endpoint.hold.set()
        wait(api, second["id"], "completed")


def test_concurrency_key_limit_holds_runs_of_the_same_key(api: Api) -> None:
    """``max_concurrency_per_key`` limits runs sharing a ``concurrency_key``; other keys run
    (queue/pgque_claim.go:483-550)."""
    with serve_endpoint(held=True) as endpoint:
        job = api.job(endpoint_url=endpoint.url, max_concurrency_per_key=1)
        a1 = api.trigger(job["id"], {"concurrency_key": "a"}).json()
        a2 = api.trigger(job["id"], {"concurrency_key": "a"}).json()
        b1 = api.trigger(job["id"], {"concurrency_key": "b"}).json()
        wait(api, a1["id"], "executing")
        wait(api, b1["id"], "executing")
        assert api.run(a2["id"])["status"] == "queued"
        assert api.run(a2["id"])["concurrency_key"] == "a"
        endpoint.hold.set()
        wait(api, a2["id"], "completed")


def test_job_queue_defaults_and_run_has_no_queue_name(api: Api) -> None:
    """A job's queue defaults to ``default``; a run read back carries no ``queue_name``
    (api/job_validation.go:12,66-71, store/runs.go:240-252)."""
    job = api.job()
    assert job["queue"] == "default"
    run = api.run(api.trigger(job["id"]).json()["id"])
    assert "queue_name" not in run


def test_run_tags_are_job_tags_then_trigger_tags(api: Api) -> None:
    """Run tags: the job's, with the trigger's over them (api/trigger_intake.go:21-35,
    api/trigger_immediate.go:70)."""
    job = api.job(tags={"team": "ops", "tier": "1"})
    run = api.run(api.trigger(job["id"], {"tags": {"tier": "2", "env": "ci"}}).json()["id"])
    assert run["tags"] == {"team": "ops", "tier": "2", "env": "ci"}


def test_default_run_metadata_is_merged(api: Api) -> None:
    """The job's ``default_run_metadata`` fills a triggered run's metadata, and the request is
    noted as the server notes it (api/trigger_immediate.go:65,93, api/trigger_intake.go:57-73,
    api/sentry_run_metadata.go:15-28)."""
    job = api.job(default_run_metadata={"owner": "ops"})
    response = api.trigger(job["id"])
    metadata = api.run(response.json()["id"])["metadata"]
    assert metadata["owner"] == "ops"
    assert metadata["_sentry_route"] == "POST /v1/jobs/{jobID}/trigger"
    assert metadata["_sentry_actor_type"] == "api_key"
    assert metadata["_sentry_request_id"] == response.headers["X-Request-Id"]
    # Only a trigger (or bulk) applies the defaults: not a replay (api/runs.go:300-318).
    run_id = response.json()["id"]
    api.strait.call(lambda: setattr(api.strait.emulator.state.runs[run_id], "status", "failed"))
    replay = api.ok("POST", f"/v1/runs/{run_id}/replay")
    assert "owner" not in replay["metadata"]
    assert replay["metadata"]["_sentry_route"] == "POST /v1/runs/{runID}/replay"


def test_run_keeps_its_job_version_for_dispatch(api: Api, local_strait: LocalStrait) -> None:
    """A run keeps the job version it was triggered with, and dispatch uses that version's
    config (api/trigger_immediate.go:83-84,92, worker/executor_dispatch_job.go:61-110)."""
    with serve_endpoint() as old, serve_endpoint() as new:
        job = api.job(endpoint_url=old.url)
        run = api.trigger(job["id"], {"scheduled_at": _at(hours=1)}).json()
        api.ok("PATCH", f"/v1/jobs/{job['id']}", {"endpoint_url": new.url})
        local_strait.advance(3601)
        done = wait(api, run["id"], "completed")
    assert done["job_version"] == 1
    assert (len(old.seen), len(new.seen)) == (1, 0)


def test_payload_hash_is_go_canonical_json(api: Api) -> None:
    """``payload_hash``: SHA-256 of the canonical JSON, keys sorted, strings escaped as Go
    escapes them (``<``, ``>``, ``&``) (api/trigger_intake.go:131-266)."""
    job = api.job()
    answer = api.trigger(job["id"], {"payload": {"b": "<a&b>", "a": "é"}}).json()
    canonical = '{"a":"é","b":"\\u003ca\\u0026b\\u003e"}'
    assert answer["payload_hash"] == hashlib.sha256(canonical.encode()).hexdigest()
    empty = api.trigger(job["id"]).json()
    assert empty["payload_hash"] == "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"


def test_dry_run_answer(api: Api, local_strait: LocalStrait) -> None:
    """Dry run: the job block (with ``queue`` and ``version_id``), the canonical payload and
    hash, ``expires_at`` = now (or ``scheduled_at``) + ttl or timeout + 60 s; no run
    (api/trigger_dry_run.go:17-37,107-122,183-198, api/trigger_schedule.go:74-100)."""
    job = api.job(timeout_secs=100)
    at = datetime.now(UTC) + timedelta(hours=1)
    answer = api.trigger(job["id"], {"dry_run": True, "payload": {"x": 1}, "scheduled_at": at.isoformat()})
    assert answer.status_code == 200
    body = answer.json()
    assert body["job"] == {
        "id": job["id"],
        "name": job["name"],
        "slug": job["slug"],
        "execution_mode": "worker",
        "queue": "default",
        "timeout_secs": 100,
        "max_attempts": 3,
        "version": 1,
        "version_id": job["version_id"],
    }
    expires = datetime.fromisoformat(body["expires_at"])
    assert abs((expires - at).total_seconds() - 160) < 1
    assert api.ok("GET", "/v1/runs")["data"] == []


def test_trace_headers_kept_in_run_metadata(api: Api) -> None:
    """``traceparent``/``tracestate``/``sentry-trace``/``baggage`` kept verbatim as
    ``_trace_parent``/``_trace_state``/``_sentry_trace``/``_sentry_baggage``; ``tracestate``
    only beside a ``traceparent``, ``baggage`` only beside a ``sentry-trace``
    (api/trigger_immediate.go:95-101, api/sentry_run_metadata.go:62-80, domain/run_metadata.go:3-10)."""
    job = api.job()
    parent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    headers = {"traceparent": parent, "tracestate": "k=v", "baggage": "a=b"}
    metadata = api.run(api.trigger(job["id"], headers=headers).json()["id"])["metadata"]
    assert (metadata["_trace_parent"], metadata["_trace_state"]) == (parent, "k=v")
    assert "_sentry_baggage" not in metadata  # no sentry-trace beside it
    alone = api.run(
        api.trigger(job["id"], headers={"tracestate": "k=v", "sentry-trace": "abc-def"}).json()["id"]
    )
    assert "_trace_state" not in alone["metadata"]
    assert alone["metadata"]["_sentry_trace"] == "abc-def"


def test_trace_headers_over_their_caps_are_400(api: Api) -> None:
    """A ``traceparent`` over 256 bytes, or another trace header over 8192: 400
    (api/sentry_run_metadata.go:34-60, api/trigger_intake.go:89-91)."""
    job = api.job()
    assert error(api.trigger(job["id"], headers={"traceparent": "0" * 257})) == (
        400,
        "traceparent header exceeds maximum length of 256 bytes",
    )
    assert error(api.trigger(job["id"], headers={"baggage": "b" * 8193})) == (
        400,
        "baggage header exceeds maximum length of 8192 bytes",
    )
    assert api.ok("GET", "/v1/runs")["data"] == []


def test_trace_headers_forwarded_verbatim_on_dispatch(api: Api) -> None:
    """HTTP dispatch sends the kept trace headers on as they came, and none it does not hold
    (worker/executor_dispatch_http.go:96-109)."""
    with serve_endpoint() as endpoint:
        job = api.job(endpoint_url=endpoint.url)
        parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
        headers = {"traceparent": parent, "tracestate": "vendor=1", "sentry-trace": "s-t", "baggage": "x=y"}
        wait(api, api.trigger(job["id"], headers=headers).json()["id"], "completed")
        plain = api.trigger(job["id"]).json()
        wait(api, plain["id"], "completed")
    sent = {k.lower(): v for k, v in endpoint.seen[0].headers.items()}
    assert (sent["traceparent"], sent["tracestate"], sent["sentry-trace"], sent["baggage"]) == (
        parent,
        "vendor=1",
        "s-t",
        "x=y",
    )
    bare = {k.lower() for k in endpoint.seen[1].headers}
    assert not bare & {"traceparent", "tracestate", "sentry-trace", "baggage"}


def test_batch_window_buffers_and_flushes(api: Api, local_strait: LocalStrait) -> None:
    """``batch_window_secs``: triggers are buffered (``{"buffered": true}``); at
    ``batch_max_size`` the oldest become one run at once (``{"id", "status", "batch": true}``,
    payload ``{"items": [...]}``); the rest become one run ``batch_window_secs`` after the
    oldest, ``triggered_by: batch`` (api/trigger_buffering.go:46-123,
    api/batch_flush_run.go:25-80, scheduler/batch_flusher.go:79-205)."""
    job = api.job(batch_window_secs=60, batch_max_size=2, tags={"team": "ops"})
    first = api.trigger(job["id"], {"payload": {"n": 1}})
    assert (first.status_code, first.json()) == (201, {"buffered": True})
    second = api.trigger(job["id"], {"payload": {"n": 2}}).json()
    assert second["batch"] is True
    flushed = api.run(second["id"])
    assert (flushed["triggered_by"], flushed["payload"]) == ("batch", {"items": [{"n": 1}, {"n": 2}]})
    assert api.trigger(job["id"], {"payload": {"n": 3}}).json() == {"buffered": True}
    local_strait.advance(61)
    later = [r for r in api.ok("GET", "/v1/runs")["data"] if r["id"] != second["id"]]
    assert [(r["triggered_by"], r["payload"], r["tags"]) for r in later] == [
        ("batch", {"items": [{"n": 3}]}, {"team": "ops"})
    ]
    assert later[0]["idempotency_key"].startswith(f"batch:{job['id']}::")
