"""The run lifecycle against a real job endpoint on loopback: dispatch headers, the
server's reading of the answer, retries on the emulator's clock, dead-lettering, the
run-token endpoints, and live streams."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from typing import Any

import httpx
import pytest

from strait import Client
from strait.local import LocalStrait
from strait.worker import RunContext

from .conftest import Endpoint, Seen, wait_for_status


def _job(client: Client, strait: LocalStrait, url: str, **extra: Any) -> Any:
    body = {"project_id": strait.project_id, "name": "Work", "slug": "work", "endpoint_url": url}
    body.update(extra)
    return client.jobs.create(body)


def _retrying(client: Client, run_id: str, attempt: int) -> Any:
    """Wait until the run is back in the queue for ``attempt`` (its backoff running)."""
    deadline = time.monotonic() + 10
    while True:
        run = client.runs.get(run_id)
        if (run["status"], run["attempt"]) == ("queued", attempt) or time.monotonic() > deadline:
            return run
        time.sleep(0.005)


def _claims(token: str) -> dict[str, Any]:
    body = token.split(".")[1]
    return dict(json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))))


def test_dispatch_headers_signature_and_result(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    endpoint.respond = lambda seen: (200, json.dumps({"echo": seen.json()}).encode())
    with local_strait.client() as client:
        job = _job(client, local_strait, endpoint.url, endpoint_signing_secret="whsec_local_test_secret")
        run = client.jobs.trigger(job["id"], {"payload": {"sku": "A-1"}})
        done = wait_for_status(client, run["id"], "completed")
    assert (done["status"], done["result"]) == ("completed", {"echo": {"sku": "A-1"}})
    (seen,) = endpoint.seen
    headers = {k.lower(): v for k, v in seen.headers.items()}
    assert (headers["x-run-id"], headers["x-job-id"], headers["x-attempt"]) == (run["id"], job["id"], "1")
    claims = _claims(headers["x-run-token"])
    assert (claims["iss"], claims["sub"], claims["attempt"]) == ("strait:run-token", run["id"], 1)
    assert claims["exp"] - claims["iat"] == 300 + 60  # job timeout + 60 s, as the server mints it
    expected = hmac.new(
        b"whsec_local_test_secret", headers["x-strait-timestamp"].encode() + b"." + seen.body, hashlib.sha256
    )
    assert headers["x-strait-signature"] == "v1=" + expected.hexdigest()
    assert "x-previous-error" not in headers


def test_non_json_answer_becomes_a_string_result(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    endpoint.respond = lambda seen: (200, b"plain text")
    with local_strait.client() as client:
        run = client.jobs.trigger(_job(client, local_strait, endpoint.url)["id"], {})
        assert wait_for_status(client, run["id"], "completed")["result"] == "plain text"


def test_5xx_retries_with_backoff_then_succeeds(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    answers = iter([(503, b"busy"), (200, b'{"ok": 2}')])
    endpoint.respond = lambda seen: next(answers)
    with local_strait.client() as client:
        run = client.jobs.trigger(_job(client, local_strait, endpoint.url)["id"], {"payload": {"n": 1}})
        waiting = _retrying(client, run["id"], 2)
        assert (waiting["status"], waiting["attempt"], waiting["error"]) == (
            "queued",
            2,
            "endpoint returned 503",
        )
        assert waiting["next_retry_at"] is not None
        assert len(endpoint.seen) == 1  # nothing happens until the backoff (about 1 s) has passed
        local_strait.advance(1.5)
        done = wait_for_status(client, run["id"], "completed")
    assert (done["attempt"], done["result"]) == (2, {"ok": 2})
    retry = {k.lower(): v for k, v in endpoint.seen[1].headers.items()}
    assert (retry["x-attempt"], retry["x-previous-error"]) == ("2", "endpoint returned 503")
    assert _claims(retry["x-run-token"])["attempt"] == 2


def test_exhausted_retries_dead_letter(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    endpoint.respond = lambda seen: (500, b"boom")
    with local_strait.client() as client:
        run = client.jobs.trigger(_job(client, local_strait, endpoint.url, max_attempts=2)["id"], {})
        _retrying(client, run["id"], 2)
        local_strait.advance(5)
        dead = wait_for_status(client, run["id"], "dead_letter")
        assert (dead["status"], dead["attempt"], dead["error_class"]) == ("dead_letter", 2, "server")
        assert [r["id"] for r in client.runs.get_dlq().data] == [run["id"]]


@pytest.mark.parametrize(("status", "error_class"), [(400, "client"), (408, "client"), (403, "auth")])
def test_4xx_is_not_retried(
    local_strait: LocalStrait, endpoint: Endpoint, status: int, error_class: str
) -> None:
    # The server classifies every 4xx but 429 as client/auth, which it never retries,
    # and dead-letters the run (internal/worker/executor_failure.go).
    endpoint.respond = lambda seen: (status, b"{}")
    with local_strait.client() as client:
        run = client.jobs.trigger(_job(client, local_strait, endpoint.url)["id"], {})
        dead = wait_for_status(client, run["id"], "dead_letter")
    assert (dead["attempt"], dead["error_class"], len(endpoint.seen)) == (1, error_class, 1)


def test_429_is_retried(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    answers = iter([(429, b""), (200, b"{}")])
    endpoint.respond = lambda seen: next(answers)
    with local_strait.client() as client:
        run = client.jobs.trigger(_job(client, local_strait, endpoint.url)["id"], {})
        _retrying(client, run["id"], 2)
        local_strait.advance(2)
        assert wait_for_status(client, run["id"], "completed")["attempt"] == 2


def test_timeout_on_the_clock(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    release = threading.Event()

    def slow(seen: Seen) -> tuple[int, bytes]:
        release.wait(10)
        return 200, b"{}"

    endpoint.respond = slow
    with local_strait.client() as client:
        run = client.jobs.trigger(
            _job(client, local_strait, endpoint.url, timeout_secs=60, max_attempts=1)["id"], {}
        )
        wait_for_status(client, run["id"], "executing")
        local_strait.advance(61)
        ended = wait_for_status(client, run["id"], "timed_out")
        release.set()
    # The last attempt out of time ends timed_out (worker/executor_timeout.go:13,32-44).
    assert (ended["status"], ended["error_class"], ended["error"]) == (
        "timed_out",
        "transient",
        "execution timed out",
    )


def test_handler_reports_through_the_run_token(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    def handle(ctx: RunContext, payload: Any) -> Any:
        ctx.log("starting", data={"n": payload["n"]})
        ctx.progress(50, step="half")
        ctx.checkpoint({"cursor": 5})
        ctx.set_state("k", {"v": 1})
        assert ctx.get_state("k") == {"v": 1}
        ctx.annotate({"team": "ops"})
        ctx.output("report", {"rows": 3})
        return {"n": payload["n"] * 2}

    def respond(seen: Seen) -> tuple[int, bytes]:
        result = RunContext.from_headers(seen.headers, local_strait.base_url, payload=seen.json()).run(handle)
        return 200, json.dumps(result).encode()

    endpoint.respond = respond
    with local_strait.client() as client:
        run = client.jobs.trigger(_job(client, local_strait, endpoint.url)["id"], {"payload": {"n": 21}})
        done = client.runs.wait(run["id"], timeout=10)
        assert (done["status"], done["result"]) == ("completed", {"n": 42})
        metadata = done.to_dict()["metadata"]
        assert metadata["team"] == "ops"
        # The server notes the request in run metadata (api/sentry_run_metadata.go:15-28).
        assert metadata["_sentry_route"] == "POST /v1/jobs/{jobID}/trigger"
        kinds = [e["type"] for e in client.runs.list_events(run["id"]).data]
        assert {"log", "progress", "status_change"} <= set(kinds)
        assert client.runs.list_checkpoints(run["id"]).data[0]["state"] == {"cursor": 5}
        assert client.runs.list_outputs(run["id"]).data[0]["value"] == {"rows": 3}
        token = {k.lower(): v for k, v in endpoint.seen[0].headers.items()}["x-run-token"]
    # The run is finished: its token is refused with the server's 410.
    late = httpx.post(
        f"{local_strait.base_url}/sdk/v1/runs/{run['id']}/log",
        json={"message": "late"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert (late.status_code, late.json()["error"]["message"]) == (410, "run has reached a terminal state")


def test_run_token_checks(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    release = threading.Event()
    endpoint.respond = lambda seen: (release.wait(10), (200, b"{}"))[1]
    with local_strait.client() as client:
        job = _job(client, local_strait, endpoint.url)
        run = client.jobs.trigger(job["id"], {})
        other = client.jobs.trigger(job["id"], {})
        wait_for_status(client, run["id"], "executing")
        while not endpoint.seen:
            time.sleep(0.002)
        token = {k.lower(): v for k, v in endpoint.seen[0].headers.items()}["x-run-token"]
        mine = _claims(token)["sub"]
        theirs = other["id"] if mine == run["id"] else run["id"]

        def post(run_id: str, auth: str) -> httpx.Response:
            return httpx.post(
                f"{local_strait.base_url}/sdk/v1/runs/{run_id}/heartbeat", headers={"Authorization": auth}
            )

        assert post(mine, f"Bearer {token}").status_code == 200
        assert post(theirs, f"Bearer {token}").json()["error"]["message"] == "token does not match run ID"
        assert post(mine, "Bearer " + token[:-4] + "AAAA").json()["error"]["message"] == "invalid run token"
        assert post(mine, "").status_code == 401
        release.set()


def test_follow_streams_progress_live(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    go = threading.Event()

    def handle(ctx: RunContext, payload: Any) -> Any:
        go.wait(10)
        for percent in (25, 50, 100):
            ctx.progress(percent)
        return "done"

    endpoint.respond = lambda seen: (
        200,
        json.dumps(
            RunContext.from_headers(seen.headers, local_strait.base_url, progress_interval=0).run(handle)
        ).encode(),
    )
    with local_strait.client() as client:
        run = client.jobs.trigger(_job(client, local_strait, endpoint.url)["id"], {})
        wait_for_status(client, run["id"], "executing")
        seen: list[Any] = []

        def release_when_followed() -> None:  # the stream has no replay: start once it listens
            channel = f"run:{run['id']}"
            while not local_strait.call(lambda: local_strait.emulator.has_subscribers(channel)):
                time.sleep(0.002)
            go.set()

        threading.Thread(target=release_when_followed, daemon=True).start()
        with client.runs.follow(run["id"], timeout=10) as events:
            for event in events:
                seen.append(event.data)
        percents = [d["data"]["percent"] for d in seen if d.get("event_type") == "progress"]
        recorded = [
            e["data"]["percent"] for e in client.runs.list_events(run["id"]).data if e["type"] == "progress"
        ]
        assert recorded[::-1] == [25, 50, 100], seen
        assert percents == [25, 50, 100], seen
        assert seen[-1]["type"] == "status_change"
        assert seen[-1]["to"] == "completed"
        # A finished run's stream is 410: follow ends at once, wait returns the run.
        assert list(client.runs.follow(run["id"], timeout=5)) == []
        assert client.runs.wait(run["id"], timeout=5)["result"] == "done"


def test_cancel_stops_a_running_run(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    release = threading.Event()
    endpoint.respond = lambda seen: (release.wait(10), (200, b'{"late": true}'))[1]
    with local_strait.client() as client:
        run = client.jobs.trigger(_job(client, local_strait, endpoint.url)["id"], {})
        wait_for_status(client, run["id"], "executing")
        assert client.runs.delete(run["id"])["status"] == "canceled"
        release.set()
        endpoint.arrived.wait(5)
        time.sleep(0.05)
        final = client.runs.get(run["id"])
    assert (final["status"], final.get("result")) == ("canceled", None)


def test_fail_through_sdk_then_replay(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    def respond(seen: Seen) -> tuple[int, bytes]:
        ctx = RunContext.from_headers(seen.headers, local_strait.base_url)
        if seen.json() == {"bad": True}:
            ctx.fail("bad input")
        else:
            ctx.complete({"fine": True})
        return 200, b"{}"

    endpoint.respond = respond
    with local_strait.client() as client:
        job = _job(client, local_strait, endpoint.url)
        run = client.jobs.trigger(job["id"], {"payload": {"bad": True}})
        failed = wait_for_status(client, run["id"], "failed")
        assert (failed["status"], failed["error"]) == ("failed", "bad input")
        replay = client.runs.replay(run["id"])
        assert replay["id"] != run["id"]
        assert wait_for_status(client, replay["id"], "failed")["payload"] == {"bad": True}


def test_run_records_and_idempotency_reset(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    with local_strait.client() as client:
        job = _job(client, local_strait, endpoint.url)
        first = client.jobs.trigger(job["id"], {"payload": {}}, idempotency_key="once")
        wait_for_status(client, first["id"], "completed")
        assert client.jobs.trigger(job["id"], {"payload": {}}, idempotency_key="once")["id"] == first["id"]
        client.runs.delete_idempotency_key(first["id"])
        # The same API key is still answered from the idempotency middleware's cache
        # (api/idempotency_middleware.go:196-212); another key reaches the handler, whose
        # run lookup no longer finds the reset key.
        assert client.jobs.trigger(job["id"], {"payload": {}}, idempotency_key="once")["id"] == first["id"]
        other_key = client.api_keys.create(
            {"project_id": local_strait.project_id, "name": "o", "scopes": ["*"], "expires_in_days": 1}
        )["key"]
        with local_strait.client(api_key=other_key) as other:
            assert other.jobs.trigger(job["id"], {"payload": {}}, idempotency_key="once")["id"] != first["id"]


def test_continue_as_new_and_lineage(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    def respond(seen: Seen) -> tuple[int, bytes]:
        ctx = RunContext.from_headers(seen.headers, local_strait.base_url)
        step = seen.json()["step"]
        if step < 2:
            ctx.continue_as_new({"step": step + 1})
            return 200, b"{}"
        return 200, b'{"last": true}'

    endpoint.respond = respond
    with local_strait.client() as client:
        first = client.jobs.trigger(_job(client, local_strait, endpoint.url)["id"], {"payload": {"step": 0}})
        deadline = time.monotonic() + 10
        while len(client.runs.list().data) < 3 and time.monotonic() < deadline:
            time.sleep(0.005)
        newest = client.runs.list().data[0]
        done = wait_for_status(client, newest["id"], "completed")
        assert done["result"] == {"last": True}
        lineage = [r["id"] for r in client.runs.get_lineage(newest["id"]).data]
        assert lineage[-1] == first["id"]
        assert len(lineage) == 2
