"""Sagas: a failed workflow run's compensation plan and its compensation through the sync
client (server: ``api/workflow_compensation.go``, ``workflow/compensation.go``,
``workflow/callback.go`` at ac094a3c8)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from local.conftest import Endpoint, Seen
from strait import ApiError, BadRequestError, Client, NotFoundError
from strait.local import LocalStrait

from ._ops_helpers import eventually, make_job
from .test_ops_workflows import _wait


def _answer(endpoint: Endpoint) -> None:
    """Jobs whose URL ends in ``/fail`` are answered 400 (they dead-letter), others 200."""
    endpoint.respond = lambda seen: (400, b"no") if seen.path.endswith("/fail") else (200, b'{"ok": true}')


def _jobs(client: Client, strait: LocalStrait, endpoint: Endpoint) -> tuple[Any, Any, Any]:
    _answer(endpoint)
    work = make_job(client, strait, endpoint.url, slug="work")
    refund = make_job(client, strait, endpoint.url, slug="refund")
    broken = make_job(client, strait, endpoint.url + "/fail", slug="broken", max_attempts=1)
    return work, refund, broken


def _failed_run(client: Client, strait: LocalStrait, steps: list[dict[str, Any]], slug: str = "saga") -> Any:
    body = {"project_id": strait.project_id, "name": slug.title(), "slug": slug, "steps": steps}
    flow = client.workflows.create(body)
    run = client.workflows.trigger(flow["id"], {})
    return _wait(client, run["id"], "failed", "completed")


def test_plan_is_completed_compensable_steps_in_reverse_topological_order(
    local_strait: LocalStrait, endpoint: Endpoint
) -> None:
    """Completed steps with a ``compensation_job_id``, in reverse of Kahn's breadth-first
    order (roots and children by ref) when a dependency is listed after its step; keys
    are Go's field names; a run with nothing to compensate is 404
    (api/workflow_compensation.go:194-229, workflow/compensation.go:12-26,31-130,243-337)."""
    with local_strait.client() as client:
        work, refund, broken = _jobs(client, local_strait, endpoint)

        def step(ref: str, *deps: str, **extra: Any) -> dict[str, Any]:
            body = {"step_ref": ref, "job_id": work["id"], "depends_on": list(deps)}
            return {**body, "compensation_job_id": refund["id"], **extra}

        steps = [
            step("d", "b", "c"),
            step("b", "a", compensation_timeout_secs=30),
            step("c", "a"),
            step("a"),
            {
                "step_ref": "e",
                "job_id": broken["id"],
                "depends_on": ["d"],
                "compensation_job_id": refund["id"],
            },
        ]
        run = _failed_run(client, local_strait, steps)
        assert run["status"] == "failed"
        plan = client.workflow_runs.get_compensation_plan(run["id"])
        step_runs = {s["step_ref"]: s for s in client.workflow_runs.list_steps(run["id"])["data"]}
        assert plan["WorkflowRunID"] == run["id"]
        assert [s["StepRef"] for s in plan["Steps"]] == ["d", "c", "b", "a"]
        b = plan["Steps"][2]
        assert b == {
            "StepRef": "b",
            "StepRunID": step_runs["b"]["id"],
            "CompensationJobID": refund["id"],
            "TimeoutSecs": 30,
            "OriginalOutput": {"ok": True},
        }
        plain = _failed_run(client, local_strait, [{"step_ref": "x", "job_id": broken["id"]}], "plain")
        with pytest.raises(NotFoundError, match="no compensation plan available"):
            client.workflow_runs.get_compensation_plan(plain["id"])
        with pytest.raises(BadRequestError, match="no steps require compensation"):
            client.workflow_runs.compensate(plain["id"])


def test_compensate_runs_the_compensation_jobs(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """A failed run moves to ``compensating`` ("compensation triggered manually"); each
    planned step's job runs with the run's tags, the step's output and the marking
    metadata, all at once; the run stays ``compensating`` until every one completed, then
    is ``compensated``; it cannot be compensated again, nor can a completed run
    (api/workflow_compensation.go:32-186, workflow/callback.go:390-447,
    store/compensation_runs.go:89-103, workflow/compensation.go:367-384,
    domain/run_metadata.go:11-13)."""
    gate = threading.Event()

    def respond(seen: Seen) -> tuple[int, bytes]:
        if seen.path.endswith("/fail"):
            return 400, b"no"
        if seen.path.endswith("/refund"):
            gate.wait(10)
        return 200, b'{"ok": true}'

    with local_strait.client() as client:
        work, _, broken = _jobs(client, local_strait, endpoint)
        endpoint.respond = respond
        refund = make_job(client, local_strait, endpoint.url + "/refund", slug="slow-refund")
        steps = [
            {"step_ref": "charge", "job_id": work["id"], "compensation_job_id": refund["id"]},
            {
                "step_ref": "reserve",
                "job_id": work["id"],
                "depends_on": ["charge"],
                "compensation_job_id": refund["id"],
            },
            {"step_ref": "ship", "job_id": broken["id"], "depends_on": ["reserve"]},
        ]
        body = {"project_id": local_strait.project_id, "name": "Saga", "slug": "saga", "steps": steps}
        flow = client.workflows.create(body)
        run = _wait(client, client.workflows.trigger(flow["id"], {"tags": {"team": "pay"}})["id"], "failed")
        plan = client.workflow_runs.compensate(run["id"])
        assert [s["StepRef"] for s in plan["Steps"]] == ["reserve", "charge"]
        held = client.workflow_runs.get(run["id"])
        assert (held["status"], held["error"]) == ("compensating", "compensation triggered manually")
        with pytest.raises(BadRequestError, match="is already compensating"):
            client.workflow_runs.compensate(run["id"])
        gate.set()
        done = _wait(client, run["id"], "compensated")
        assert (
            done["error"] == "compensation triggered manually" and done["finished_at"] >= run["finished_at"]
        )
        refunds = [r for r in client.runs.list()["data"] if r["job_id"] == refund["id"]]
        assert len(refunds) == 2
        refunds = [r for r in refunds if r["payload"]["step_ref"] == "charge"]
        refund_run = client.runs.get(refunds[0]["id"])
        assert refund_run["status"] == "completed" and refund_run["triggered_by"] == "workflow"
        assert refund_run["tags"] == {"team": "pay"}
        charge = next(
            s for s in client.workflow_runs.list_steps(run["id"])["data"] if s["step_ref"] == "charge"
        )
        assert refund_run["payload"] == {
            "compensation_job_id": refund["id"],
            "original_step_output": {"ok": True},
            "step_ref": "charge",
            "step_run_id": charge["id"],
            "workflow_run_id": run["id"],
        }
        meta = refund_run["metadata"]
        assert meta["_workflow_compensation_workflow_run_id"] == run["id"]
        assert meta["_workflow_compensation_step_ref"] == "charge" and meta["_workflow_compensation_run_id"]
        with pytest.raises(BadRequestError, match="is already compensated"):
            client.workflow_runs.compensate(run["id"])
        ok_flow = client.workflows.create({**body, "slug": "fine", "steps": steps[:1]})
        fine = _wait(client, client.workflows.trigger(ok_flow["id"], {})["id"], "completed")
        with pytest.raises(BadRequestError, match="only failed or timed_out runs can be compensated"):
            client.workflow_runs.compensate(fine["id"])


def test_a_failed_compensation_job_fails_the_compensation(
    local_strait: LocalStrait, endpoint: Endpoint
) -> None:
    """A compensation job run that does not complete makes the run
    ``compensation_failed`` with that run's error (workflow/callback.go:397-419): here a
    400 answer, dead-lettered with ``endpoint returned 400`` (worker/executor_dispatch_http.go:61-63,
    domain/errors.go:46-47, worker/executor_failure.go:19)."""
    with local_strait.client() as client:
        work, _, broken = _jobs(client, local_strait, endpoint)
        steps = [
            {"step_ref": "charge", "job_id": work["id"], "compensation_job_id": broken["id"]},
            {"step_ref": "ship", "job_id": broken["id"], "depends_on": ["charge"]},
        ]
        run = _failed_run(client, local_strait, steps)
        client.workflow_runs.compensate(run["id"])
        failed = _wait(client, run["id"], "compensation_failed")
        refunds = [
            r
            for r in client.runs.list()["data"]
            if r.get("metadata", {}).get("_workflow_compensation_run_id")
        ]
        assert len(refunds) == 1
        job_run = eventually(
            lambda: client.runs.get(refunds[0]["id"]), lambda r: r["status"] == "dead_letter"
        )
        assert (job_run["error"], failed["error"]) == ("endpoint returned 400", "endpoint returned 400")
        with pytest.raises(ApiError, match="compensation already failed"):
            client.workflow_runs.compensate(run["id"])
