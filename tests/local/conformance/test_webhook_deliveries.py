"""Webhook deliveries: which endings make them, what is sent, retries on the emulator's
clock, and the delivery API (server at ac094a3c8: ``api/webhook_deliveries.go``,
``api/webhooks.go``, ``store/webhook_deliveries.go``, ``webhook/event_notify.go``,
``webhook/circuit_breaker.go``, ``worker/executor_completion.go``)."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest

from local.endpoint import Answer, Endpoint, Seen
from local.test_persist import KEY, _restored
from strait.local import LocalStrait
from strait.local._json import jsonb_text
from strait.local._ops_deliveries import backoff_secs
from strait.local._persist import Store

from ._api import Api, error, serve_endpoint, wait
from ._ops_helpers import eventually, fail_through_sdk

_T = TypeVar("_T")

#: One endpoint serves both sides: the job's runs, and under HOOK the subscribers.
HOOK = "/hook"


def _answer(endpoint: Endpoint, hook: Callable[[Seen], Answer]) -> None:
    endpoint.respond = lambda seen: hook(seen) if seen.path.startswith(HOOK) else (200, b'{"ok": true}')


def _in_turn(*answers: Answer) -> Callable[[Seen], Answer]:
    """The answers one after the other, then 200."""
    left = list(answers)
    return lambda seen: left.pop(0) if left else (200, b"")


def _hooks(endpoint: Endpoint) -> list[Seen]:
    return [s for s in endpoint.seen if s.path.startswith(HOOK)]


def _hook_url(endpoint: Endpoint, path: str = HOOK) -> str:
    return endpoint.url.rsplit("/", 1)[0] + path


def _subscribe(api: Api, url: str, *types: str, **extra: Any) -> dict[str, Any]:
    body = {"project_id": api.project, "webhook_url": url, "event_types": list(types), **extra}
    return api.ok("POST", "/v1/webhooks/subscriptions", body)  # type: ignore[no-any-return]


def _deliveries(api: Api, **query: Any) -> list[dict[str, Any]]:
    return api.ok("GET", "/v1/webhooks/deliveries", params=query)["data"]  # type: ignore[no-any-return]


def _eventually(read: Callable[[], _T], done: Callable[[_T], bool]) -> _T:
    value = eventually(read, done)
    assert done(value), value
    return value


def _settled(api: Api, count: int = 1) -> list[dict[str, Any]]:
    """The deliveries once ``count`` exist and none is being sent or due right now."""

    def ready(found: list[dict[str, Any]]) -> bool:
        return len(found) >= count and all(
            d["status"] != "pending" or d.get("last_error") or d["attempts"] for d in found
        )

    return _eventually(lambda: _deliveries(api), ready)


def _completed_run(api: Api, endpoint: Endpoint, **job: Any) -> dict[str, Any]:
    created = api.job(endpoint_url=endpoint.url, **job)
    run = api.trigger(created["id"]).json()
    return wait(api, run["id"], "completed")


def _headers(seen: Seen) -> dict[str, str]:
    return {k.lower(): v for k, v in seen.headers.items()}


def _mac(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def test_a_run_the_executor_completes_is_posted_to_its_subscribers_signed(
    api: Api, endpoint: Endpoint
) -> None:
    """One delivery per active subscription to the run's event: POSTed with the delivery,
    run and job ids, ``X-Strait-Attempt: n/3``, ``v1=HMAC(secret, ts.body)`` in
    ``X-Strait-Signature`` and ``X-Webhook-Signature``, replay and idempotency keys bound to
    the secret (worker/executor_completion.go:60-124, webhook/event_notify.go:1015-1086,
    1660-1708)."""
    sub = _subscribe(api, _hook_url(endpoint), "run.completed")
    secret = sub["signing_secret"]
    run = _completed_run(api, endpoint)
    (delivery,) = _settled(api)
    (seen,) = _hooks(endpoint)
    headers = _headers(seen)
    assert headers["x-strait-delivery-id"] == delivery["id"]
    assert (headers["x-run-id"], headers["x-job-id"]) == (run["id"], run["job_id"])
    assert headers["x-strait-attempt"] == "1/3"
    signature = "v1=" + _mac(secret, headers["x-strait-timestamp"].encode() + b"." + seen.body)
    assert headers["x-strait-signature"] == headers["x-webhook-signature"] == signature
    assert headers["x-strait-replay-key"] == "rk_" + _mac(secret, delivery["id"].encode())[:32]
    assert headers["x-strait-idempotency-key"] == "ik_" + _mac(secret, f"{delivery['id']}:1".encode())[:32]
    body = json.loads(seen.body)
    assert (body["type"], body["run_id"], body["status"], body["attempt"]) == (
        "run.completed",
        run["id"],
        "completed",
        1,
    )
    assert (body["result"], body["error"]) == ({"ok": True}, "")


def test_the_delivery_record(api: Api, endpoint: Endpoint) -> None:
    """As listed: delivered, 1 of 3 attempts, the answer's status, policy ``exponential``,
    the subscription, run and job, and the URL cut to scheme and host
    (domain/types.go:709-733, api/webhook_deliveries.go:187-190, httputil/ssrf.go:348-360)."""
    sub = _subscribe(api, _hook_url(endpoint, "/hook/path?token=abc"), "run.completed")
    run = _completed_run(api, endpoint)
    (delivery,) = _settled(api)
    assert delivery["status"] == "delivered" and delivery["attempts"] == 1
    assert (delivery["max_attempts"], delivery["last_status_code"]) == (3, 200)
    assert delivery["webhook_retry_policy"] == "exponential"
    assert delivery["subscription_id"] == sub["subscription"]["id"]
    assert (delivery["run_id"], delivery["job_id"]) == (run["id"], run["job_id"])
    assert delivery["webhook_url"] == _hook_url(endpoint).rsplit("/", 1)[0]
    assert "delivered_at" in delivery and "last_error" not in delivery


def test_the_body_is_the_payload_as_postgres_prints_jsonb(api: Api, endpoint: Endpoint) -> None:
    """The worker sends the ``payload jsonb`` column as it reads it back: keys shorter first
    then by bytes, ``", "`` and ``": "`` separators (store/webhook_deliveries.go:46-57,
    248-256, webhook/event_notify.go:990-1006)."""
    _subscribe(api, _hook_url(endpoint), "run.completed")
    _completed_run(api, endpoint)
    _settled(api)
    (seen,) = _hooks(endpoint)
    keys = [k for k, _ in json.loads(seen.body, object_pairs_hook=lambda pairs: pairs)]
    assert keys == [
        "type",
        "error",
        "job_id",
        "result",
        "run_id",
        "status",
        "attempt",
        "timestamp",
        "project_id",
    ]
    assert seen.body.decode() == jsonb_text(json.loads(seen.body))
    assert seen.body.startswith(b'{"type": "run.completed", "error": "", ')


def test_a_job_webhook_url_gets_an_unsigned_delivery(api: Api, endpoint: Endpoint) -> None:
    """A job's ``webhook_url`` gets its own delivery of the run: no ``type``, empty error
    left out, no signature (no job webhook secret is ever stored), unsigned keys
    ``rk_<id>`` and ``<id>:<attempt>`` (store/webhook_deliveries.go:18-27,99-180,
    api/job_create.go:103-118, webhook/event_notify.go:1072-1076,1683-1727)."""
    run = _completed_run(api, endpoint, webhook_url=_hook_url(endpoint))
    (delivery,) = _settled(api)
    (seen,) = _hooks(endpoint)
    headers = _headers(seen)
    assert "x-strait-signature" not in headers and "subscription_id" not in delivery
    assert headers["x-strait-replay-key"] == "rk_" + delivery["id"]
    assert headers["x-strait-idempotency-key"] == f"{delivery['id']}:1"
    body = json.loads(seen.body)
    assert "type" not in body and "error" not in body
    assert (body["run_id"], body["status"], body["result"]) == (run["id"], "completed", {"ok": True})


def test_only_the_executor_ending_a_run_makes_deliveries(api: Api, endpoint: Endpoint) -> None:
    """A cancel through the API and a run the run-token API fails make none: only the
    executor's terminal moves enqueue them (worker/executor_completion.go:15-58, callers
    executor_handlers.go:35, executor_failure.go:105, executor_timeout.go:58)."""
    _subscribe(api, _hook_url(endpoint), "run.canceled", "run.failed", "run.completed")
    queued = api.trigger(api.job()["id"]).json()
    api.ok("DELETE", f"/v1/runs/{queued['id']}")
    assert wait(api, queued["id"], "canceled")["status"] == "canceled"

    fail_through_sdk(endpoint, api.strait.base_url)
    failed = api.trigger(api.job(endpoint_url=endpoint.url)["id"]).json()
    wait(api, failed["id"], "failed")
    # A run the executor completes afterwards is delivered: the two before made none.
    _answer(endpoint, lambda seen: (200, b""))
    completed = _completed_run(api, endpoint)
    (delivery,) = _settled(api)
    assert delivery["run_id"] == completed["id"]
    assert [json.loads(seen.body)["status"] for seen in _hooks(endpoint)] == ["completed"]


def test_subscriptions_get_only_their_events(api: Api, endpoint: Endpoint) -> None:
    """A subscription to ``run.failed`` gets a dead-lettered run (``run.failed``), not a
    completed one; an inactive subscription gets nothing (worker/executor_completion.go:
    103-106,153-175)."""
    _subscribe(api, _hook_url(endpoint), "run.failed")
    _subscribe(api, _hook_url(endpoint, "/hook/off"), "run.failed", "run.completed", active=False)
    _completed_run(api, endpoint)
    endpoint.respond = lambda seen: (200, b"{}") if seen.path.startswith(HOOK) else (400, b"no")
    job = api.job(endpoint_url=endpoint.url)
    run = api.trigger(job["id"]).json()
    wait(api, run["id"], "dead_letter")
    (delivery,) = _settled(api)
    (seen,) = _hooks(endpoint)
    assert seen.path == HOOK and delivery["run_id"] == run["id"]
    assert (json.loads(seen.body)["type"], json.loads(seen.body)["status"]) == ("run.failed", "dead_letter")


def test_a_5xx_is_retried_after_the_exponential_backoff_on_the_clock(
    api: Api, endpoint: Endpoint, local_strait: LocalStrait
) -> None:
    """A 5xx keeps the delivery ``pending`` with ``server error: status N`` and the next
    attempt ``5**attempts`` s later (+-20 %); the last attempt's failure makes it ``dead``
    (webhook/event_notify.go:1266-1274,1335-1390,1510-1581)."""
    _answer(endpoint, lambda seen: (503, b"busy"))
    _subscribe(api, _hook_url(endpoint), "run.completed")
    _completed_run(api, endpoint)
    (first,) = _settled(api)
    assert (first["status"], first["attempts"], first["last_status_code"]) == ("pending", 1, 503)
    assert first["last_error"] == "server error: status 503"
    due = datetime.fromisoformat(first["next_retry_at"]) - datetime.fromisoformat(first["updated_at"])
    assert 3.5 <= due.total_seconds() <= 6  # 5 s +-20 %, from the attempt's start
    local_strait.advance(6)
    _eventually(lambda: _deliveries(api)[0], lambda d: d["attempts"] == 2)
    assert _headers(_hooks(endpoint)[1])["x-strait-attempt"] == "2/3"
    local_strait.advance(30)
    last = _eventually(lambda: _deliveries(api)[0], lambda d: d["status"] == "dead")
    assert (last["attempts"], len(_hooks(endpoint))) == (3, 3)


def test_the_backoff_steps() -> None:
    """``5**attempts`` s, capped at 30 minutes before the +-20 % jitter is applied, so a
    step is at most 36 minutes (webhook/event_notify.go:1510-1581; cap, then jitter:
    1527-1535)."""
    for attempts, step in ((1, 5), (2, 25), (3, 125), (4, 625), (5, 1800), (9, 1800)):
        delays = [backoff_secs(attempts) for _ in range(200)]
        assert all(step * 0.8 <= d <= step * 1.2 for d in delays), (attempts, min(delays), max(delays))


def test_a_4xx_or_a_redirect_is_dead_at_once(api: Api, endpoint: Endpoint) -> None:
    """4xx: ``client error: status N``; 3xx: ``redirect not followed: status N`` and the
    redirect is not followed; neither is retried (webhook/event_notify.go:209-215,1275-1286)."""
    moved = _hook_url(endpoint, "/elsewhere")
    _answer(endpoint, lambda seen: (302, {"Location": moved}, b"") if "/moved" in seen.path else (404, b""))
    _subscribe(api, _hook_url(endpoint, "/hook/gone"), "run.completed")
    _subscribe(api, _hook_url(endpoint, "/hook/moved"), "run.completed")
    _completed_run(api, endpoint)
    errors = sorted((d["status"], d["attempts"], d["last_error"]) for d in _settled(api, 2))
    assert errors == [
        ("dead", 1, "client error: status 404"),
        ("dead", 1, "redirect not followed: status 302"),
    ]
    assert not any(s.path == "/elsewhere" for s in endpoint.seen)


def test_no_answer_is_retried_without_showing_the_cause(api: Api) -> None:
    """A connection failure: ``http request: Post: request failed`` (no URL, no cause), no
    status code, retried (webhook/event_notify.go:1235-1253, httputil/ssrf.go:365-399)."""
    with serve_endpoint() as endpoint:
        _subscribe(api, "http://127.0.0.1:9/hook", "run.completed")
        _completed_run(api, endpoint)
    (delivery,) = _settled(api)
    assert (delivery["status"], delivery["attempts"]) == ("pending", 1)
    assert delivery["last_error"] == "http request: Post: request failed"
    assert "last_status_code" not in delivery


def test_list_filters_by_status_and_pages_newest_first(api: Api, endpoint: Endpoint) -> None:
    """``status`` must be pending, delivered, failed or dead (else 400 ``status is
    invalid``); newest first in cursor pages; the legacy path answers the same
    (api/webhook_deliveries.go:25-52, store/webhook_deliveries.go:362-405, api/routes.go:396,402)."""
    _subscribe(api, _hook_url(endpoint), "run.completed")
    _subscribe(api, _hook_url(endpoint, "/hook/b"), "run.completed")
    _completed_run(api, endpoint)
    both = _settled(api, 2)
    assert error(api("GET", "/v1/webhooks/deliveries", params={"status": "sent"})) == (
        400,
        "status is invalid",
    )
    assert _deliveries(api, status="dead") == [] and len(_deliveries(api, status="delivered")) == 2
    first = api.ok("GET", "/v1/webhooks/deliveries", params={"limit": 1})
    assert first["has_more"] and first["data"] == both[:1]
    rest = api.ok("GET", "/v1/webhooks/deliveries", params={"limit": 1, "cursor": first["next_cursor"]})
    assert rest["data"] == both[1:] and not rest["has_more"]
    assert both[0]["created_at"] > both[1]["created_at"]
    assert api.ok("GET", "/v1/webhook-deliveries")["data"] == both


def test_get_answers_the_delivery_or_404(api: Api, endpoint: Endpoint) -> None:
    """get-webhook-delivery: the record, else 404 ``delivery not found``; a job's delivery
    is not found once the job is gone (api/webhook_deliveries.go:100-119,206-231)."""
    run = _completed_run(api, endpoint, webhook_url=_hook_url(endpoint))
    (delivery,) = _settled(api)
    assert api.ok("GET", f"/v1/webhooks/deliveries/{delivery['id']}") == delivery
    assert error(api("GET", "/v1/webhooks/deliveries/whd_nope")) == (404, "delivery not found")
    api.ok("DELETE", f"/v1/jobs/{run['job_id']}")
    assert error(api("GET", f"/v1/webhooks/deliveries/{delivery['id']}")) == (404, "delivery not found")


def test_retry_restarts_a_dead_delivery_and_refuses_others(api: Api, endpoint: Endpoint) -> None:
    """Only failed or dead deliveries: 409 otherwise; retried, it is pending with no
    attempts, error or status code, due now, and is sent again; the legacy path too
    (api/webhook_deliveries.go:130-170, store/webhook_deliveries.go:337-360)."""
    _answer(endpoint, _in_turn((404, b""), (200, b"")))
    _subscribe(api, _hook_url(endpoint), "run.completed")
    _completed_run(api, endpoint)
    (dead,) = _settled(api)
    assert dead["status"] == "dead"
    retried = api.ok("POST", f"/v1/webhooks/deliveries/{dead['id']}/retry")
    assert (retried["status"], retried["attempts"]) == ("pending", 0)
    assert "last_error" not in retried and "last_status_code" not in retried
    done = _eventually(lambda: _deliveries(api)[0], lambda d: d["status"] == "delivered")
    assert done["attempts"] == 1 and len(_hooks(endpoint)) == 2
    refused = api("POST", f"/v1/webhook-deliveries/{dead['id']}/retry")
    assert error(refused) == (409, "only failed or dead deliveries can be retried")
    assert error(api("POST", "/v1/webhooks/deliveries/whd_nope/retry")) == (404, "delivery not found")


def test_replay_sends_the_same_payload_as_a_new_delivery(api: Api, endpoint: Endpoint) -> None:
    """201 with a new pending delivery of the same payload, URL and subscription, whatever
    the original's status; an unknown id 404 ``webhook delivery not found``
    (api/webhooks.go:142-180, store/webhook_deliveries.go:656-687)."""
    _subscribe(api, _hook_url(endpoint), "run.completed")
    _completed_run(api, endpoint)
    (original,) = _settled(api)
    response = api("POST", f"/v1/webhooks/deliveries/{original['id']}/replay")
    assert response.status_code == 201
    replay = response.json()
    assert replay["id"] != original["id"] and (replay["status"], replay["attempts"]) == ("pending", 0)
    assert replay["subscription_id"] == original["subscription_id"]
    _eventually(
        lambda: api.ok("GET", f"/v1/webhooks/deliveries/{replay['id']}"), lambda d: d["status"] == "delivered"
    )
    first, second = _hooks(endpoint)
    assert first.body == second.body
    assert _headers(second)["x-strait-delivery-id"] == replay["id"]
    missing = api("POST", "/v1/webhooks/deliveries/whd_nope/replay")
    assert error(missing) == (404, "webhook delivery not found")


def test_during_a_rotation_the_old_secret_signs_too(api: Api, endpoint: Endpoint) -> None:
    """Within the grace period the previous secret signs ``X-Strait-Signature-Old`` and
    ``X-Webhook-Signature-Old`` (webhook/event_notify.go:1038-1063,1081-1085)."""
    sub = _subscribe(api, _hook_url(endpoint), "run.completed")
    rotated = api.ok("POST", f"/v1/webhooks/subscriptions/{sub['subscription']['id']}/rotate-secret", {})
    _completed_run(api, endpoint)
    _settled(api)
    (seen,) = _hooks(endpoint)
    headers = _headers(seen)
    signed = headers["x-strait-timestamp"].encode() + b"." + seen.body
    assert headers["x-strait-signature"] == "v1=" + _mac(rotated["new_secret"], signed)
    assert headers["x-strait-signature-old"] == headers["x-webhook-signature-old"]
    assert headers["x-strait-signature-old"] == "v1=" + _mac(sub["signing_secret"], signed)


def test_deleting_a_subscription_detaches_its_deliveries(
    api: Api, endpoint: Endpoint, local_strait: LocalStrait
) -> None:
    """Its deliveries lose ``subscription_id`` and are still sent, now unsigned
    (store/webhook_subscriptions.go:256-259, webhook/event_notify.go:1038-1046)."""
    _answer(endpoint, _in_turn((500, b""), (200, b"")))
    sub = _subscribe(api, _hook_url(endpoint), "run.completed")
    _completed_run(api, endpoint)
    (pending,) = _settled(api)
    api.ok("DELETE", f"/v1/webhooks/subscriptions/{sub['subscription']['id']}")
    assert "subscription_id" not in api.ok("GET", f"/v1/webhooks/deliveries/{pending['id']}")
    local_strait.advance(7)
    _eventually(lambda: _deliveries(api)[0], lambda d: d["status"] == "delivered")
    assert "x-strait-signature" not in _headers(_hooks(endpoint)[1])


def test_five_failures_in_a_minute_open_the_circuit(api: Api, endpoint: Endpoint) -> None:
    """After 5 failures to a URL within a minute the breaker opens: a due delivery is put
    off with ``circuit breaker is open``, its attempt not spent (webhook/circuit_breaker.go:
    15-18,80-145, webhook/event_notify.go:1210-1233,1392-1414)."""
    _answer(endpoint, lambda seen: (500, b""))
    _subscribe(api, _hook_url(endpoint), "run.completed")
    job = api.job(endpoint_url=endpoint.url)
    for _ in range(5):
        wait(api, api.trigger(job["id"]).json()["id"], "completed")
    _eventually(lambda: _hooks(endpoint), lambda seen: len(seen) == 5)
    _settled(api, 5)
    wait(api, api.trigger(job["id"]).json()["id"], "completed")
    deferred = _eventually(
        lambda: _deliveries(api)[0], lambda d: d.get("last_error") == "circuit breaker is open"
    )
    assert (deferred["status"], deferred["attempts"]) == ("pending", 0)
    assert len(_hooks(endpoint)) == 5


def _flow(api: Api, job: dict[str, Any]) -> dict[str, Any]:
    step = {"step_ref": "a", "job_id": job["id"], "depends_on": []}
    body = {"project_id": api.project, "name": "flow", "slug": "flow", "steps": [step]}
    return api.ok("POST", "/v1/workflows", body)  # type: ignore[no-any-return]


def test_a_workflow_the_engine_completes_is_delivered(api: Api, endpoint: Endpoint) -> None:
    """``workflow.completed`` with ``{"type": "workflow_status_change", from, to, reason:
    "workflow_completion", ...}``, 3 attempts, policy exponential (cmd/strait/main.go:
    585-669, workflow/callback_progression.go:295-305, webhook/event_notify.go:1583-1616)."""
    _subscribe(api, _hook_url(endpoint), "workflow.completed")
    flow = _flow(api, api.job(endpoint_url=endpoint.url))
    run = api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {})
    (delivery,) = _settled(api)
    assert (delivery["max_attempts"], delivery["webhook_retry_policy"]) == (3, "exponential")
    assert "run_id" not in delivery
    body = json.loads(_hooks(endpoint)[0].body)
    assert body["type"] == "workflow_status_change" and body["workflow_run_id"] == run["id"]
    assert (body["workflow_id"], body["from"], body["to"]) == (flow["id"], "running", "completed")
    assert body["reason"] == "workflow_completion"


def test_a_workflow_cancelled_through_the_api_is_delivered_as_failed(api: Api, endpoint: Endpoint) -> None:
    """Cancel: ``workflow.failed`` with reason ``cancel``, 5 attempts, no retry policy shown
    (api/workflow_runs.go:184, api/workflow_hooks.go:58-110)."""
    _subscribe(api, _hook_url(endpoint), "workflow.failed")
    flow = _flow(api, api.job())
    run = api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {})
    api.ok("DELETE", f"/v1/workflow-runs/{run['id']}")
    (delivery,) = _settled(api)
    assert delivery["max_attempts"] == 5 and "webhook_retry_policy" not in delivery
    body = json.loads(_hooks(endpoint)[0].body)
    assert (body["to"], body["reason"]) == ("canceled", "cancel")


def test_a_bulk_cancel_of_workflow_runs_sends_nothing(api: Api, endpoint: Endpoint) -> None:
    """bulk-cancel-workflow-runs writes the statuses in the store and publishes no hook, so
    no delivery is made (api/workflow_runs.go:833-863)."""
    _subscribe(api, _hook_url(endpoint), "workflow.failed")
    flow = _flow(api, api.job())
    run = api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {})
    answer = api.ok("POST", "/v1/workflow-runs/bulk-cancel", {"workflow_run_ids": [run["id"]]})
    assert answer["canceled"] == 1
    # An API cancel of another run of it is delivered: the bulk cancel before made none.
    other = api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {})
    api.ok("DELETE", f"/v1/workflow-runs/{other['id']}")
    _settled(api)
    assert [json.loads(seen.body)["workflow_run_id"] for seen in _hooks(endpoint)] == [other["id"]]


def test_deliveries_and_their_timers_survive_a_restart(tmp_path: Path) -> None:
    """``--db`` keeps the deliveries and their pending retries (timers as data), as the
    server's are rows that survive a restart (store/webhook_deliveries.go:29-80,
    webhook/event_notify.go:1-6)."""
    db = tmp_path / "strait.db"
    with serve_endpoint() as endpoint:
        with LocalStrait(api_key=KEY) as strait:
            api = Api(strait)
            _answer(endpoint, lambda seen: (500, b""))
            _subscribe(api, _hook_url(endpoint), "run.completed")
            _completed_run(api, endpoint)
            (before,) = _settled(api)
            strait.call(lambda: Store(db).save(strait.emulator))
            api.close()
        with _restored(db) as (http, _, emu):
            assert http.get(f"/v1/webhooks/deliveries/{before['id']}").json() == before
            due = {d.args for _, d in emu.clock.pending() if d.kind == "webhook.deliver"}
            assert due == {(before["id"],)}


def test_a_claim_a_restart_left_is_taken_again_after_its_lease(tmp_path: Path) -> None:
    """A delivery saved while its attempt was in flight is claimed again once the claim's
    2-minute lease is over (webhook/event_notify.go:69, store/webhook_deliveries.go:200-258)."""
    db = tmp_path / "strait.db"
    gate = threading.Event()

    def respond(seen: Seen) -> Answer:
        if seen.path.startswith(HOOK):
            gate.wait(10)
            return 200, b""
        return 200, b'{"ok": true}'

    with serve_endpoint() as endpoint:
        endpoint.respond = respond
        with LocalStrait(api_key=KEY) as strait:
            api = Api(strait)
            _subscribe(api, _hook_url(endpoint), "run.completed")
            _completed_run(api, endpoint)
            _eventually(lambda: _hooks(endpoint), lambda seen: len(seen) == 1)
            strait.call(lambda: Store(db).save(strait.emulator))
            api.close()
            gate.set()
        with _restored(db) as (http, thread, emu):
            (saved,) = http.get("/v1/webhooks/deliveries").json()["data"]
            assert (saved["status"], saved["attempts"]) == ("pending", 0)

            async def advance() -> None:
                emu.clock.advance(121)

            thread.run(advance())
            done = _eventually(
                lambda: http.get(f"/v1/webhooks/deliveries/{saved['id']}").json(),
                lambda d: d["status"] == "delivered",
            )
            assert done["attempts"] == 1 and len(_hooks(endpoint)) == 2


def _window_query(**extra: Any) -> dict[str, Any]:
    now = datetime.now(UTC)
    start, end = now - timedelta(days=1), now + timedelta(days=1)
    return {"from": start.strftime("%Y-%m-%dT%H:%M:%SZ"), "to": end.strftime("%Y-%m-%dT%H:%M:%SZ"), **extra}


@pytest.fixture
def two_hosts(api: Api, endpoint: Endpoint, local_strait: LocalStrait) -> tuple[str, str]:
    """One subscriber that answers 200 (on ``127.0.0.1``) and one that answers 503 (on
    ``localhost``), after one completed run and one retry of the failing delivery."""
    _answer(endpoint, lambda seen: (503, b"") if "/fail" in seen.path else (200, b""))
    good, bad = _hook_url(endpoint), _hook_url(endpoint, "/hook/fail").replace("127.0.0.1", "localhost")
    _subscribe(api, good, "run.completed")
    _subscribe(api, bad, "run.completed")
    _completed_run(api, endpoint)
    _settled(api, 2)
    local_strait.advance(6)
    _eventually(lambda: _hooks(endpoint), lambda seen: len(seen) == 3)
    _eventually(lambda: [d["attempts"] for d in _deliveries(api)], lambda found: sorted(found) == [1, 2])
    return good.rsplit("/", 1)[0], bad.rsplit("/", 2)[0]


def test_delivery_stats_count_attempts_per_url(api: Api, two_hosts: tuple[str, str]) -> None:
    """Strait Cloud's delivery stats: per scheme and host, one row per attempt with the
    delivery's status after it (a retried failure is ``pending``, never ``failed``), most
    attempts first (api/webhook_analytics.go:18-32, clickhouse/analytics.go:1067-1098,
    webhook/event_notify.go:1103-1117)."""
    good, bad = two_hosts
    stats = api.ok("GET", "/v1/analytics/webhooks/delivery-stats", params=_window_query())
    assert [(s["url"], s["total"], s["delivered"], s["failed"], s["dead"]) for s in stats] == [
        (bad, 2, 0, 0, 0),
        (good, 1, 1, 0, 0),
    ]
    assert all(s["p95_latency_ms"] >= 0 and s["avg_latency_ms"] >= 0 for s in stats)


def test_endpoint_health_by_day(api: Api, two_hosts: tuple[str, str]) -> None:
    """Per URL and day (the default; ``hour`` too, anything else 400) of the deliveries'
    creation: the share of attempts that left them delivered (api/analytics.go:72-83,
    clickhouse/analytics.go:1100-1138)."""
    good, bad = two_hosts
    health = api.ok("GET", "/v1/analytics/webhooks/endpoint-health", params=_window_query())
    day = datetime.now(UTC).strftime("%Y-%m-%dT00:00:00Z")
    assert [(h["url"], h["period"], h["success_rate"]) for h in health] == [(good, day, 1), (bad, day, 0)]
    hourly = api.ok("GET", "/v1/analytics/webhooks/endpoint-health", params=_window_query(bucket="hour"))
    hours = {d["created_at"][:13] + ":00:00Z" for d in _deliveries(api)}
    assert len(hours) == 1, hours  # both made in the same hour (by the emulator's clock)
    (hour,) = hours
    assert [(h["url"], h["period"], h["success_rate"]) for h in hourly] == [(good, hour, 1), (bad, hour, 0)]
    refused = api("GET", "/v1/analytics/webhooks/endpoint-health", params=_window_query(bucket="week"))
    assert error(refused) == (400, "bucket must be 'hour' or 'day'")


def test_top_failing_webhooks_stays_empty(api: Api, two_hosts: tuple[str, str]) -> None:
    """Ranked by attempts that left a delivery ``failed``, which the worker never writes
    (retried: ``pending``, exhausted: ``dead``), so the list is empty; ``limit`` 1-100
    (api/webhook_analytics.go:68-89, clickhouse/analytics.go:1140-1172,
    webhook/event_notify.go:1335-1390)."""
    assert api.ok("GET", "/v1/analytics/webhooks/top-failing", params=_window_query()) == []
    refused = api("GET", "/v1/analytics/webhooks/top-failing", params=_window_query(limit=101))
    assert error(refused) == (400, "limit must be between 1 and 100")


def test_analytics_windows(api: Api) -> None:
    """``from`` and ``to`` required, RFC 3339, ``to`` after ``from``, at most 90 days
    (api/analytics.go:51-70, api/cost_analytics.go:96)."""
    path = "/v1/analytics/webhooks/delivery-stats"
    assert error(api("GET", path)) == (400, "from and to query parameters are required (RFC3339 format)")
    bad = api("GET", path, params={"from": "2026-01-01", "to": "2026-01-02T00:00:00Z"})
    assert error(bad) == (400, "from must be in RFC3339 format")
    backwards = {"from": "2026-01-02T00:00:00Z", "to": "2026-01-01T00:00:00Z"}
    assert error(api("GET", path, params=backwards)) == (400, "to must be after from")
    wide = {"from": "2026-01-01T00:00:00Z", "to": "2026-04-02T00:00:00Z"}
    assert error(api("GET", path, params=wide)) == (400, "time range must not exceed 90 days")
    assert api.ok("GET", path, params=_window_query()) == []
