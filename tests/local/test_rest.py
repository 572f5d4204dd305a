"""The REST side of strait.local: auth, 501, jobs with versions, triggers, runs, pages."""

from __future__ import annotations

import threading
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from aiohttp import web

from strait import ApiError, Client, ForbiddenError, NotFoundError, UnauthorizedError
from strait.local import LocalStrait, implemented_operations, routes
from strait.local import _streams as local_streams


def _job(client: Client, project: str, slug: str = "sync", **extra: Any) -> Any:
    body = {
        "project_id": project,
        "name": slug.title(),
        "slug": slug,
        "endpoint_url": "http://127.0.0.1:9/run",
    }
    body.update(extra)
    return client.jobs.create(body)


def test_route_table_is_the_spec(local_strait: LocalStrait) -> None:
    table = routes()
    assert len(table) == 307
    assert {r.operation_id for r in table} >= set(implemented_operations())


def test_unimplemented_operation_answers_501_naming_it(local_strait: LocalStrait) -> None:
    with local_strait.client() as client, pytest.raises(ApiError) as caught:
        client.analytics.get_runs_summary(from_="2026-01-01T00:00:00Z", to="2026-01-02T00:00:00Z")
    assert caught.value.status_code == 501
    body = caught.value.body
    assert isinstance(body, dict)
    assert "get-run-summary" in body["error"]["message"]
    assert body["request_id"]


@pytest.mark.parametrize(
    ("authorization", "message"),
    [
        (None, "invalid or missing api key"),
        ("Bearer nope", "invalid or missing api key"),
        ("Bearer strait_unknown", "invalid api key"),
    ],
)
def test_api_key_failures_are_the_servers_401(
    local_strait: LocalStrait, authorization: str | None, message: str
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = httpx.get(local_strait.base_url + "/v1/jobs", headers=headers)
    assert response.status_code == 401
    body = response.json()
    assert body["error"] == {"code": "authentication_required", "message": message}
    assert body["request_id"] == response.headers["X-Request-Id"]


def test_revoked_key_and_typed_errors(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        created = client.api_keys.create(
            {"project_id": local_strait.project_id, "name": "ci", "scopes": ["*"], "expires_in_days": 30}
        )
        key = created["key"]
        with local_strait.client(api_key=key) as other:
            assert other.jobs.list().data == []
            client.api_keys.delete(created["id"])
            with pytest.raises(UnauthorizedError) as caught:
                other.jobs.list()
        assert "revoked" in str(caught.value)
        assert key not in str(caught.value)
        with pytest.raises(ForbiddenError):
            _job(client, "someone-elses-project")


def test_health_needs_no_key(local_strait: LocalStrait) -> None:
    with urllib.request.urlopen(local_strait.base_url + "/health") as answer:
        assert answer.status == 200


def test_job_crud_with_versions(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        job = _job(client, local_strait.project_id, timeout_secs=30)
        assert (job["version"], job["max_attempts"], job["timeout_secs"]) == (1, 3, 30)
        with pytest.raises(ApiError) as conflict:
            _job(client, local_strait.project_id)
        assert conflict.value.status_code == 409
        updated = client.jobs.update(job["id"], {"description": "v2", "max_attempts": 5})
        assert (updated["version"], updated["max_attempts"], updated["description"]) == (2, 5, "v2")
        versions = client.jobs.list_versions(job["id"])
        assert [v["version"] for v in versions.data] == [2, 1]
        assert client.jobs.get_version(job["id"], versions.data[1]["id"])["version"] == 1
        assert client.jobs.get(job["id"])["description"] == "v2"
        client.jobs.delete(job["id"])
        with pytest.raises(NotFoundError):
            client.jobs.get(job["id"])


def test_trigger_idempotency_priority_and_dry_run(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        job = _job(client, local_strait.project_id, execution_mode="worker", endpoint_url="")
        first = client.jobs.trigger(
            job["id"], {"payload": {"n": 1}, "priority": 7}, idempotency_key="order-1"
        )
        again = client.jobs.trigger(
            job["id"], {"payload": {"n": 1}, "priority": 7}, idempotency_key="order-1"
        )
        assert first["id"] == again["id"]
        # The same API key gets the first answer replayed (api/idempotency_middleware.go:196-212).
        assert (first["idempotency_hit"], again["idempotency_hit"]) == (False, False)
        run = client.runs.get(first["id"])
        assert (run["priority"], run["payload"], run["status"]) == (7, {"n": 1}, "queued")
        other = client.jobs.trigger(job["id"], {"payload": {"n": 1}}, idempotency_key="order-2")
        assert other["id"] != first["id"]
        assert other["payload_hash"] == first["payload_hash"]
        with pytest.raises(ApiError) as bad:
            client.jobs.trigger(job["id"], {"priority": 11})
        assert bad.value.status_code in (400, 422)
        dry = httpx.post(
            f"{local_strait.base_url}/v1/jobs/{job['id']}/trigger",
            json={"dry_run": True, "payload": {"n": 1}},
            headers={"Authorization": f"Bearer {local_strait.api_key}"},
        )
        assert dry.status_code == 200
        assert dry.json()["payload_hash"] == first["payload_hash"]
        assert len(client.runs.list().data) == 2  # the dry run created nothing


def test_scheduled_run_waits_for_the_clock(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        job = _job(client, local_strait.project_id, execution_mode="worker", endpoint_url="")
        at = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
        run = client.jobs.trigger(job["id"], {"scheduled_at": at})
        assert run["status"] == "delayed"
        local_strait.advance(3600)
        assert client.runs.get(run["id"])["status"] == "delayed"
        local_strait.advance(3601)
        assert client.runs.get(run["id"])["status"] == "queued"


def test_cursor_pagination_as_the_server_pages(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        job = _job(client, local_strait.project_id, execution_mode="worker", endpoint_url="")
        ids = [client.jobs.trigger(job["id"], {"payload": {"i": i}})["id"] for i in range(7)]
        first = client.runs.list(limit=3)
        assert [r["id"] for r in first.data] == ids[::-1][:3]
        assert first.has_more
        # The cursor is the last item's created_at as the server writes it (Go's RFC3339Nano,
        # trailing fractional zeros dropped: api/runs.go, cursor of the last row).
        assert first.next_cursor == first.data[-1]["created_at"]
        seen = [r["id"] for r in client.runs.list(limit=3)]
        assert seen == ids[::-1]
        last = client.runs.list(limit=3, cursor=client.runs.list(limit=6).next_cursor)
        assert ([r["id"] for r in last.data], last.has_more, last.next_cursor) == ([ids[0]], False, None)
        assert client.runs.list(limit=500).data[0]["id"] == ids[-1]  # capped at 100, not refused
        with pytest.raises(ApiError) as bad:
            client.runs.list(cursor="yesterday")
        assert bad.value.status_code == 400


def test_cancel_and_replay(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        job = _job(client, local_strait.project_id, execution_mode="worker", endpoint_url="")
        run = client.jobs.trigger(job["id"], {"payload": {"a": 1}})
        canceled = client.runs.delete(run["id"])
        assert canceled["status"] == "canceled"
        with pytest.raises(ApiError) as again:
            client.runs.delete(run["id"])
        assert again.value.status_code == 400
        with pytest.raises(ApiError) as replay:
            client.runs.replay(run["id"])  # only failed/timed_out/crashed/system_failed replay
        assert replay.value.status_code == 400


def test_reset_empties_everything_fast(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        _job(client, local_strait.project_id)
        started = time.perf_counter()
        local_strait.reset()
        elapsed = time.perf_counter() - started
        assert client.jobs.list().data == []
    assert elapsed < 1.0  # the benchmark holds the real target; this only guards against a restart


def test_reset_ends_the_streams_that_followed_the_old_state(local_strait: LocalStrait) -> None:
    """A stream still open on a run of the old state ends at ``reset()`` instead of waiting
    for events that can no longer come."""
    with local_strait.client() as client:
        job = _job(client, local_strait.project_id, execution_mode="worker", endpoint_url="")
        run_id = client.jobs.trigger(job["id"], {"payload": {}})["id"]
    url = f"{local_strait.base_url}/v1/runs/{run_id}/stream"
    headers = {"Authorization": f"Bearer {local_strait.api_key}"}
    with httpx.stream("GET", url, headers=headers, timeout=10) as response:
        assert response.status_code == 200
        local_strait.reset()
        assert b"".join(response.iter_bytes()) == b""
    assert not local_strait.call(lambda: local_strait.emulator.has_subscribers(f"run:{run_id}"))


class _GoneStream(web.StreamResponse):
    """An event stream whose client left before its headers went out."""

    async def prepare(self, request: web.BaseRequest) -> Any:
        raise ConnectionResetError("the client went away")


@pytest.mark.parametrize("stream", ["activity", "run"])
def test_an_event_stream_whose_client_left_before_its_headers_ends_quietly(
    local_strait: LocalStrait,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    stream: str,
) -> None:
    """The stream is given up without an error logged and its channel is left: nothing is
    kept for a client that is gone."""
    answer = local_streams._response
    monkeypatch.setattr(local_streams, "_response", lambda call: _GoneStream(headers=answer(call).headers))
    with local_strait.client() as client:
        if stream == "activity":
            channel = f"activity:{local_strait.project_id}"
            path = f"/v1/projects/{local_strait.project_id}/activity/stream"
        else:
            job = _job(client, local_strait.project_id, execution_mode="worker", endpoint_url="")
            run_id = client.jobs.trigger(job["id"], {"payload": {}})["id"]
            channel, path = f"run:{run_id}", f"/v1/runs/{run_id}/stream"
    with pytest.raises(httpx.HTTPError):
        httpx.get(local_strait.base_url + path, headers={"Authorization": f"Bearer {local_strait.api_key}"})
    assert not local_strait.call(lambda: local_strait.emulator.has_subscribers(channel))
    assert [r.getMessage() for r in caplog.records if r.name.startswith("strait.local")] == []


def test_unstarted_runs_expire(local_strait: LocalStrait) -> None:
    # The server's expiry: ttl_secs, else the job's run_ttl_secs, else timeout + 60 s, from
    # scheduled_at when that is later; a run still queued or delayed then is expired.
    with local_strait.client() as client:
        job = _job(client, local_strait.project_id, execution_mode="worker", endpoint_url="", timeout_secs=30)
        short = client.jobs.trigger(job["id"], {"ttl_secs": 10})
        default = client.jobs.trigger(job["id"], {})
        local_strait.advance(11)
        assert client.runs.get(short["id"])["status"] == "expired"
        assert client.runs.get(default["id"])["status"] == "queued"
        local_strait.advance(80)
        expired = client.runs.get(default["id"])
        assert (expired["status"], expired["error"]) == ("expired", "run expired")


def test_bulk_trigger_cancel_and_clone(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        job = _job(client, local_strait.project_id, execution_mode="worker", endpoint_url="")
        batch = client.jobs.bulk_trigger(
            job["id"], {"items": [{"payload": {"i": 1}, "idempotency_key": "k1"}, {"payload": {"i": 2}}]}
        )
        assert (batch["total"], batch["created"]) == (2, 2)
        again = client.jobs.bulk_trigger(job["id"], {"items": [{"idempotency_key": "k1"}]})
        assert (again["created"], again["results"][0]["idempotency_hit"]) == (0, True)
        ids = [r["id"] for r in batch["results"]]
        client.runs.delete(ids[0])
        outcome = client.runs.bulk_cancel({"run_ids": [*ids, "run_missing"]})
        assert (outcome["total"], outcome["canceled"], outcome["failed"]) == (3, 1, 2)
        assert [r["status"] for r in outcome["results"]] == ["canceled", "canceled", "failed"]
        copy = client.jobs.clone(job["id"], {"slug": "sync-2"})
        assert (copy["slug"], copy["execution_mode"], copy["version"]) == ("sync-2", "worker", 1)


def test_project_activity_stream(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        job = _job(client, local_strait.project_id, execution_mode="worker", endpoint_url="")
        seen: list[Any] = []
        done = threading.Event()

        def trigger_once_followed() -> None:
            channel = f"activity:{local_strait.project_id}"
            while not local_strait.call(lambda: local_strait.emulator.has_subscribers(channel)):
                if done.wait(0.002):
                    return  # the test is over: never trigger into a later test's Strait
            client.jobs.trigger(job["id"], {"payload": {"n": 1}})

        trigger = threading.Thread(target=trigger_once_followed, daemon=True)
        trigger.start()
        try:
            with client.projects.follow_activity(local_strait.project_id, timeout=10) as events:
                for event in events:
                    seen.append((event.event, event.data))
                    break
        finally:
            done.set()
            trigger.join(10)
    ((kind, data),) = seen
    assert kind == "activity"
    assert (data["table"], data["action"], data["source"]) == ("job_runs", "insert", "cdc")
    assert data["record"]["payload"] == {"n": 1}
