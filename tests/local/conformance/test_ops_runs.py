"""Run control through the sync client: pause/resume/restart/reschedule, bulk replay,
bulk dead-letter replay and bulk cancel by filter (server: ``api/runs.go``,
``api/bulk_cancel_filter.go``, ``store/dlq.go``, ``store/runs.go`` at ac094a3c8)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from local.conftest import Endpoint, wait_for_status
from strait import ApiError, BadRequestError, NotFoundError
from strait.local import LocalStrait

from ._ops_helpers import fail_through_sdk, hold, make_job, validation_details


def _later(strait: LocalStrait, seconds: int) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat()


def test_pause_executing_run_then_resume_dispatches_again(
    local_strait: LocalStrait, endpoint: Endpoint
) -> None:
    """executing -> paused, then paused -> queued with started_at cleared and dispatched
    again (api/runs.go:874-956)."""
    gate = hold(endpoint)
    with local_strait.client() as client:
        run = client.jobs.trigger(make_job(client, local_strait, endpoint.url)["id"], {})
        wait_for_status(client, run["id"], "executing")
        paused = client.runs.pause(run["id"])
        assert paused["status"] == "paused"
        assert client.runs.pause(run["id"])["status"] == "paused"  # pausing a paused run: 200, unchanged
        resumed = client.runs.resume(run["id"])
        assert resumed["status"] == "queued"
        assert "started_at" not in resumed or resumed["started_at"] is None
        gate.set()
        done = wait_for_status(client, run["id"], "completed")
    assert done["status"] == "completed"
    assert len(endpoint.seen) == 2


def test_pause_requires_executing_and_resume_requires_paused(local_strait: LocalStrait) -> None:
    """Pause of a non-executing run and resume of a non-paused run are 400
    (api/runs.go:884-886, 921-923)."""
    with local_strait.client() as client:
        job = make_job(client, local_strait, "http://127.0.0.1:9/run")
        run = client.jobs.trigger(job["id"], {"scheduled_at": _later(local_strait, 600)})
        with pytest.raises(BadRequestError, match="run must be in executing state to pause"):
            client.runs.pause(run["id"])
        with pytest.raises(BadRequestError, match="run is not paused"):
            client.runs.resume(run["id"])
        with pytest.raises(BadRequestError, match="run must be executing or paused to restart"):
            client.runs.restart(run["id"])
        with pytest.raises(NotFoundError):
            client.runs.pause("run_missing")


def test_restart_executing_run_requeues_it(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """executing -> queued, same attempt, dispatched again (api/runs.go:958-991)."""
    gate = hold(endpoint)
    with local_strait.client() as client:
        run = client.jobs.trigger(make_job(client, local_strait, endpoint.url)["id"], {})
        wait_for_status(client, run["id"], "executing")
        restarted = client.runs.restart(run["id"])
        assert (restarted["status"], restarted["attempt"]) == ("queued", 1)
        gate.set()
        assert wait_for_status(client, run["id"], "completed")["status"] == "completed"
    assert len(endpoint.seen) == 2


def test_reschedule_delayed_run_moves_its_due_time(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """A delayed run rescheduled later stays delayed until the new time; the payload
    may be replaced; ``expires_at`` is not moved (store/runs.go:3265-3300)."""
    with local_strait.client() as client:
        run = client.jobs.trigger(
            make_job(client, local_strait, endpoint.url)["id"], {"scheduled_at": _later(local_strait, 60)}
        )
        moved = client.runs.reschedule(
            run["id"], {"scheduled_at": _later(local_strait, 300), "payload": {"v": 2}}
        )
        assert (moved["status"], moved["payload"]) == ("delayed", {"v": 2})
        assert moved["expires_at"] == run_expires(client, run["id"])
        local_strait.advance(120)
        assert client.runs.get(run["id"])["status"] == "delayed"
        local_strait.advance(200)
        assert wait_for_status(client, run["id"], "completed")["status"] == "completed"
    assert endpoint.seen[0].json() == {"v": 2}


def run_expires(client: object, run_id: str) -> str:
    return client.runs.get(run_id)["expires_at"]  # type: ignore[attr-defined, no-any-return]


def test_reschedule_to_the_past_queues_now(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """A time not after now makes the run queued at once (store/runs.go:3274)."""
    with local_strait.client() as client:
        run = client.jobs.trigger(
            make_job(client, local_strait, endpoint.url)["id"], {"scheduled_at": _later(local_strait, 600)}
        )
        past = (datetime.now(UTC) - timedelta(seconds=5)).isoformat()
        assert client.runs.reschedule(run["id"], {"scheduled_at": past})["status"] == "queued"
        assert wait_for_status(client, run["id"], "completed")["status"] == "completed"


def test_reschedule_of_a_started_run_is_404(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """Only delayed/queued runs never started qualify (store/runs.go:3282-3285, api/runs.go:742-745)."""
    with local_strait.client() as client:
        run = client.jobs.trigger(make_job(client, local_strait, endpoint.url)["id"], {})
        wait_for_status(client, run["id"], "completed")
        with pytest.raises(NotFoundError, match="not eligible for rescheduling"):
            client.runs.reschedule(run["id"], {"scheduled_at": _later(local_strait, 60)})


def test_bulk_replay_reports_each_run(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """Replayable (failed) runs get a new run; others are skipped or failed, one result
    each (api/runs.go:779-872)."""
    fail_through_sdk(endpoint, local_strait.base_url)
    with local_strait.client() as client:
        job = make_job(client, local_strait, endpoint.url)
        failed = client.jobs.trigger(job["id"], {"payload": {"n": 1}})
        assert wait_for_status(client, failed["id"], "failed")["status"] == "failed"
        delayed = client.jobs.trigger(job["id"], {"scheduled_at": _later(local_strait, 600)})
        answer = client.runs.bulk_replay({"run_ids": [failed["id"], delayed["id"], "run_nope"]})
        assert (answer["total"], answer["replayed"]) == (3, 1)
        first, second, third = answer["results"]
        assert (first["original_run_id"], first["status"]) == (failed["id"], "replayed")
        assert second == {
            "original_run_id": delayed["id"],
            "status": "skipped",
            "error": "run is not replayable",
        }
        assert third == {"original_run_id": "run_nope", "status": "failed", "error": "run not found"}
        replay = client.runs.get(first["new_run_id"])
        assert (replay["payload"], replay["attempt"], replay["triggered_by"]) == ({"n": 1}, 1, "manual")


def test_bulk_replay_needs_run_ids(local_strait: LocalStrait) -> None:
    """``run_ids`` is required with 1..100 entries: 422 (api/runs.go:767, 780-783)."""
    with local_strait.client() as client, pytest.raises(ApiError) as caught:
        client.runs.bulk_replay({"run_ids": []})
    assert caught.value.status_code == 422


def test_bulk_dead_letter_replay_by_project(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """project_id mode replays the project's dead-lettered runs, oldest first, with
    attempt 1 and no error (store/dlq.go:328-420, api/runs.go:454-540)."""
    calls = []

    def respond(seen: object) -> tuple[int, bytes]:
        calls.append(seen)
        return (400, b"bad") if len(calls) == 1 else (200, b"{}")

    endpoint.respond = respond
    with local_strait.client() as client:
        run = client.jobs.trigger(make_job(client, local_strait, endpoint.url)["id"], {})
        assert wait_for_status(client, run["id"], "dead_letter")["status"] == "dead_letter"
        answer = client.runs.bulk_dlq_replay({"project_id": local_strait.project_id})
        assert answer["count"] == 1
        (replayed,) = answer["replayed"]
        assert (replayed["id"], replayed["status"], replayed["attempt"]) == (run["id"], "queued", 1)
        assert "error" not in replayed
        assert wait_for_status(client, run["id"], "completed")["status"] == "completed"


def test_bulk_dead_letter_replay_validation(local_strait: LocalStrait) -> None:
    """Exactly one of run_ids/project_id (422), another project (403), nothing to
    replay (409) (api/runs.go:457-530)."""
    with local_strait.client() as client:
        for body, status in (
            ({"run_ids": ["x"], "project_id": local_strait.project_id}, 422),
            ({"project_id": "proj_other"}, 403),
            ({"project_id": local_strait.project_id, "limit": 501}, 422),
            ({"project_id": local_strait.project_id}, 409),
        ):
            with pytest.raises(ApiError) as caught:
                client.runs.bulk_dlq_replay(body)
            assert caught.value.status_code == status, body


def test_bulk_cancel_all_by_filter(local_strait: LocalStrait) -> None:
    """Cancels the not-yet-started delayed/queued runs that match every filter, with
    the bulk reason, ids sorted; nothing matched answers a null list, the nil slice the
    store returns (api/bulk_cancel_filter.go:29-72, store/runs.go:3339-3398)."""
    with local_strait.client() as client:
        job = make_job(client, local_strait, "http://127.0.0.1:9/run")
        other = make_job(client, local_strait, "http://127.0.0.1:9/run", slug="other")
        later = {"scheduled_at": _later(local_strait, 600)}
        runs = [client.jobs.trigger(job["id"], later)["id"] for _ in range(2)]
        kept = client.jobs.trigger(other["id"], later)["id"]
        answer = client.runs.bulk_cancel_all({"job_id": job["id"], "status": "delayed"})
        assert answer == {"canceled": 2, "run_ids": sorted(runs)}
        canceled = client.runs.get(runs[0])
        assert (canceled["status"], canceled["error"]) == ("canceled", "canceled by user (bulk filter)")
        assert client.runs.get(kept)["status"] == "delayed"
        assert client.runs.bulk_cancel_all({"job_id": job["id"], "status": "delayed"}) == {
            "canceled": 0,
            "run_ids": None,
        }
        with pytest.raises(BadRequestError, match="at least one filter is required"):
            client.runs.bulk_cancel_all({})


def test_reschedule_without_scheduled_at_is_422(local_strait: LocalStrait) -> None:
    """``scheduled_at`` is required (validate:"required"): an empty body is 422 with the
    validator's detail (api/runs.go:719-736; runs_new_test.go:100-109)."""
    answer = validation_details(local_strait, "/v1/runs/run_x/reschedule", {})
    assert answer == (422, ["scheduled_at: failed on 'required'"])
