"""Job dependencies, a run's dependency status, job health and batch job creation
through the sync client (server: ``api/job_dependencies.go``,
``store/job_dependencies.go``, ``api/trigger_immediate.go``, ``api/job_health.go``,
``store/run_health.go``, ``api/job_batch.go`` at ac094a3c8)."""

from __future__ import annotations

import httpx
import pytest

from local.conftest import Endpoint, wait_for_status
from strait import BadRequestError, NotFoundError
from strait.local import LocalStrait

from ._ops_helpers import later, make_job

#: The dependency run is found by the dependent run's idempotency key when it has one
#: (store/job_dependencies.go:281-287); the client sends a random key per trigger unless
#: told one, so these tests trigger both jobs with the same key.
ORDER_42 = {"Idempotency-Key": "order-42"}


def test_dependency_create_list_delete(local_strait: LocalStrait) -> None:
    """condition defaults to ``completed``; list newest first; delete 204 then 404
    (api/job_dependencies.go:29-83,90-118,160-200)."""
    with local_strait.client() as client:
        first = make_job(client, local_strait, "http://127.0.0.1:9/run", slug="first")
        second = make_job(client, local_strait, "http://127.0.0.1:9/run", slug="second")
        third = make_job(client, local_strait, "http://127.0.0.1:9/run", slug="third")
        dep = client.jobs.create_dependency(third["id"], {"depends_on_job_id": first["id"]})
        assert (dep["job_id"], dep["depends_on_job_id"], dep["condition"]) == (
            third["id"],
            first["id"],
            "completed",
        )
        newer = client.jobs.create_dependency(
            third["id"], {"depends_on_job_id": second["id"], "condition": "any"}
        )
        assert [d["id"] for d in client.jobs.list_dependencies(third["id"])["data"]] == [
            newer["id"],
            dep["id"],
        ]
        client.jobs.delete_dependency(third["id"], dep["id"])
        with pytest.raises(NotFoundError, match="job dependency not found"):
            client.jobs.delete_dependency(third["id"], dep["id"])


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"depends_on_job_id": "SELF"}, "job cannot depend on itself"),
        ({"depends_on_job_id": "job_missing"}, "depends_on_job_id does not exist"),
        (
            {"depends_on_job_id": "OTHER", "condition": "Completed"},
            "condition must be one of: completed, failed, any",
        ),
    ],
)
def test_dependency_validation(local_strait: LocalStrait, body: dict[str, str], message: str) -> None:
    """400 for a self-dependency, an unknown job, a condition other than
    completed/failed/any (case-sensitive) (api/job_dependencies.go:48-70)."""
    with local_strait.client() as client:
        job = make_job(client, local_strait, "http://127.0.0.1:9/run")
        other = make_job(client, local_strait, "http://127.0.0.1:9/run", slug="other")
        wanted = {
            **body,
            "depends_on_job_id": {"SELF": job["id"], "OTHER": other["id"]}.get(
                body["depends_on_job_id"], body["depends_on_job_id"]
            ),
        }
        with pytest.raises(BadRequestError, match=message):
            client.jobs.create_dependency(job["id"], wanted)


def test_triggered_run_waits_for_unfinished_dependency(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """With no terminal run of the dependency the trigger answers ``waiting`` and nothing
    is dispatched; dependency-status says unsatisfied (api/trigger_immediate.go:129-136,
    api/runs.go:208-231)."""
    with local_strait.client() as client:
        upstream = make_job(client, local_strait, "http://127.0.0.1:9/run", slug="upstream")
        job = make_job(client, local_strait, endpoint.url)
        client.jobs.create_dependency(job["id"], {"depends_on_job_id": upstream["id"]})
        run = client.jobs.trigger(job["id"], {})
        assert run["status"] == "waiting"
        status = client.runs.get_dependency_status(run["id"])
        assert (status["status"], status["dependencies_satisfied"]) == ("waiting", False)
        assert [d["depends_on_job_id"] for d in status["dependencies"]] == [upstream["id"]]
        assert client.runs.get(run["id"])["status"] == "waiting"
    assert endpoint.seen == []


def test_waiting_run_is_not_released_when_the_dependency_completes(
    local_strait: LocalStrait, endpoint: Endpoint
) -> None:
    """The server's release asks for waiting -> queued, which its FSM refuses, so the
    run stays waiting while dependency-status turns satisfied (workflow/callback.go:723-767,
    domain/fsm.go:41-44, store/runs.go:1020-1027)."""
    with local_strait.client() as client:
        upstream = make_job(client, local_strait, endpoint.url, slug="upstream")
        job = make_job(client, local_strait, endpoint.url)
        client.jobs.create_dependency(job["id"], {"depends_on_job_id": upstream["id"]})
        run = client.jobs.trigger(job["id"], {}, extra_headers=ORDER_42)
        first = client.jobs.trigger(upstream["id"], {}, extra_headers=ORDER_42)
        wait_for_status(client, first["id"], "completed")
        status = client.runs.get_dependency_status(run["id"])
        assert (status["status"], status["dependencies_satisfied"]) == ("waiting", True)
        assert client.runs.delete(run["id"])["status"] == "canceled"
    assert len(endpoint.seen) == 1


def test_satisfied_dependency_lets_the_trigger_queue(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """A completed latest run of the dependency satisfies ``completed``; the run is
    queued and dispatched (store/job_dependencies.go:227-268)."""
    with local_strait.client() as client:
        upstream = make_job(client, local_strait, endpoint.url, slug="upstream")
        job = make_job(client, local_strait, endpoint.url)
        client.jobs.create_dependency(job["id"], {"depends_on_job_id": upstream["id"]})
        wait_for_status(
            client, client.jobs.trigger(upstream["id"], {}, extra_headers=ORDER_42)["id"], "completed"
        )
        run = client.jobs.trigger(job["id"], {}, extra_headers=ORDER_42)
        assert run["status"] == "queued"
        assert wait_for_status(client, run["id"], "completed")["status"] == "completed"


def test_dependency_run_is_matched_by_idempotency_key(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """A dependent run with an idempotency key only counts the dependency's runs with
    the same key (the client's automatic per-request key matches none)
    (store/job_dependencies.go:270-313)."""
    with local_strait.client() as client:
        upstream = make_job(client, local_strait, endpoint.url, slug="upstream")
        job = make_job(client, local_strait, "http://127.0.0.1:9/run")
        client.jobs.create_dependency(job["id"], {"depends_on_job_id": upstream["id"]})
        wait_for_status(client, client.jobs.trigger(upstream["id"], {})["id"], "completed")
        assert client.jobs.trigger(job["id"], {})["status"] == "waiting"


def test_failed_condition_needs_a_failure(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """``failed`` accepts failed/timed_out/crashed/system_failed/expired/dead_letter only
    (store/job_dependencies.go:255-258,316-323)."""
    endpoint.respond = lambda seen: (400, b"no")
    with local_strait.client() as client:
        upstream = make_job(client, local_strait, endpoint.url, slug="upstream")
        job = make_job(client, local_strait, "http://127.0.0.1:9/run")
        client.jobs.create_dependency(job["id"], {"depends_on_job_id": upstream["id"], "condition": "failed"})
        wait_for_status(
            client, client.jobs.trigger(upstream["id"], {}, extra_headers=ORDER_42)["id"], "dead_letter"
        )
        run = client.jobs.trigger(job["id"], {}, extra_headers=ORDER_42)
        assert client.runs.get_dependency_status(run["id"])["dependencies_satisfied"] is True


def test_job_health_counts_finished_runs(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """Counts terminal runs of the window (not dead_letter); success rate in percent;
    health -1 without runs; an unknown window is 400 (api/job_health.go:29-71,
    store/run_health.go:13-66,106-127)."""
    with local_strait.client() as client:
        job = make_job(client, local_strait, endpoint.url)
        empty = client.jobs.get_health(job["id"])
        assert (empty["window"], empty["total_runs"], empty["health_score"]) == ("7d", 0, -1)
        for _ in range(2):
            wait_for_status(client, client.jobs.trigger(job["id"], {})["id"], "completed")
        queued = client.jobs.trigger(job["id"], {"scheduled_at": later()})
        client.runs.delete(queued["id"])
        health = client.jobs.get_health(job["id"], window="1h")
        assert (health["total_runs"], health["completed_runs"], health["canceled_runs"]) == (3, 2, 1)
        assert health["success_rate"] == pytest.approx(200 / 3)
        assert 0 <= health["health_score"] <= 100
        with pytest.raises(BadRequestError, match="invalid window"):
            client.jobs.get_health(job["id"], window="2d")


def test_batch_create_jobs_reports_failures_by_index(local_strait: LocalStrait) -> None:
    """Each item is created like create-job; failures are listed by index
    (api/job_batch.go:47-149)."""
    good = {
        "project_id": local_strait.project_id,
        "name": "A",
        "slug": "a",
        "endpoint_url": "http://127.0.0.1:9/a",
    }
    bad = {"project_id": local_strait.project_id, "name": "B", "slug": "b", "endpoint_url": "ftp://nope"}
    with local_strait.client() as client:
        answer = client.jobs.batch({"jobs": [good, bad]})
        (created,) = answer["created"]
        assert (created["slug"], created["max_attempts"]) == ("a", 3)
        assert [e["index"] for e in answer["errors"]] == [1]
        assert client.jobs.get(created["id"])["slug"] == "a"
        with pytest.raises(BadRequestError, match="jobs array is required"):
            client.jobs.batch({"jobs": []})


def test_batch_create_with_every_item_failing_is_400_with_the_batch_body() -> None:
    """All items failing answers 400 with the batch body itself (``created: null``),
    not an error envelope (api/job_batch.go:132-134). (Outside the spec: no validator.)"""
    with LocalStrait() as strait:
        bad = {"project_id": strait.project_id, "name": "B", "slug": "b", "endpoint_url": "ftp://nope"}
        response = httpx.post(
            strait.base_url + "/v1/jobs/batch",
            json={"jobs": [bad]},
            headers={"Authorization": "Bearer " + strait.api_key},
        )
    assert response.status_code == 400
    body = response.json()
    assert body["created"] is None
    assert [e["index"] for e in body["errors"]] == [0]
