"""Workflow clone, versions, dry-run, plan, run timeline and graph, bulk cancel and
replay, step retry and subtree replay through the sync client (server:
``api/workflows.go``, ``api/workflow_versions.go``, ``api/workflow_runs.go``,
``api/workflow_run_timeline.go``, ``api/workflow_run_graph.go``, ``workflow/dag.go``
at ac094a3c8)."""

from __future__ import annotations

from typing import Any

import pytest

from local.conftest import Endpoint
from strait import ApiError, BadRequestError, Client, ConflictError, NotFoundError
from strait.local import LocalStrait

from ._ops_helpers import eventually, make_job, validation_details


def _sleep(ref: str, secs: int, *deps: str) -> dict[str, Any]:
    return {"step_ref": ref, "step_type": "sleep", "sleep_duration_secs": secs, "depends_on": list(deps)}


def _workflow(client: Client, strait: LocalStrait, steps: list[dict[str, Any]], slug: str = "flow") -> Any:
    body = {"project_id": strait.project_id, "name": slug.title(), "slug": slug, "steps": steps}
    return client.workflows.create(body)


def _wait(client: Client, run_id: str, *statuses: str) -> Any:
    return eventually(lambda: client.workflow_runs.get(run_id), lambda run: run["status"] in statuses)


def _failed_run(client: Client, strait: LocalStrait, endpoint: Endpoint) -> Any:
    """A run whose job step dead-letters (a 400 answer), so the run fails."""
    endpoint.respond = lambda seen: (400, b"no")
    job = make_job(client, strait, endpoint.url)
    steps = [{"step_ref": "charge", "job_id": job["id"]}, _sleep("notify", 1, "charge")]
    flow = _workflow(client, strait, steps)
    run = client.workflows.trigger(flow["id"], {})
    return _wait(client, run["id"], "failed")


def test_clone_copies_definition_and_steps(local_strait: LocalStrait) -> None:
    """Name " (copy)", slug "-copy" unless given; steps copied; another project_id is
    404; a taken slug is the handler's 500 (api/workflows.go:970-1105)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 1), _sleep("b", 1, "a")])
        clone = client.workflows.clone(flow["id"], {})
        assert (clone["name"], clone["slug"], clone["version"]) == ("Flow (copy)", "flow-copy", 1)
        assert [(s["step_ref"], s["depends_on"]) for s in clone["steps"]] == [("a", []), ("b", ["a"])]
        assert clone["id"] != flow["id"]
        with pytest.raises(NotFoundError):
            client.workflows.clone(flow["id"], {"project_id": "proj_other"})
        with pytest.raises(ApiError) as caught:
            client.workflows.clone(flow["id"], {})
        assert caught.value.status_code == 500


def test_versions_keep_each_definition(local_strait: LocalStrait) -> None:
    """A version per create and update, newest first; looked up by version_id, with its
    own steps (api/workflow_versions.go:22-95, api/workflows.go:197,484)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 1)])
        updated = client.workflows.update(flow["id"], {"steps": [_sleep("a", 1), _sleep("b", 1, "a")]})
        versions = client.workflows.list_versions(flow["id"])
        assert [v["version"] for v in versions] == [2, 1]
        assert [v["version_id"] for v in versions] == [updated["version_id"], flow["version_id"]]
        first = client.workflows.get_version(flow["id"], flow["version_id"])
        assert (first["version"], first["name"]) == (1, "Flow")
        steps = client.workflows.list_steps_by_version(flow["id"], flow["version_id"])
        assert [s["step_ref"] for s in steps] == ["a"]
        with pytest.raises(NotFoundError, match="workflow version not found"):
            client.workflows.get_version(flow["id"], "wfv_missing")


def test_dry_run_checks_the_dag(local_strait: LocalStrait) -> None:
    """Empty steps validate the stored definition; given steps are checked for unknown
    dependencies and cycles with the server's messages (api/workflows.go:688-752,
    workflow/dag.go:18-150)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 1), _sleep("b", 1, "a")])
        assert client.workflows.dry_run(flow["id"], {"steps": []}) == {"valid": True, "step_count": 2}
        cycle = [_sleep("a", 1, "b"), _sleep("b", 1, "a")]
        with pytest.raises(BadRequestError, match=r"cycle detected involving steps: \[a b\]"):
            client.workflows.dry_run(flow["id"], {"steps": cycle})
        with pytest.raises(BadRequestError, match='step "a" depends on unknown step "z"'):
            client.workflows.dry_run(flow["id"], {"steps": [_sleep("a", 1, "z")]})
        ok = client.workflows.dry_run(flow["id"], {"steps": [_sleep("x", 1)]})
        assert ok == {"valid": True, "step_count": 1}


def test_dry_run_requires_steps(local_strait: LocalStrait) -> None:
    """``steps`` is required (validate:"required"): 422 (api/workflows.go:88-90,689-692)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 1)])
    answer = validation_details(local_strait, f"/v1/workflows/{flow['id']}/dry-run", {})
    assert answer == (422, ["steps: failed on 'required'"])


def test_plan_orders_steps_and_applies_overrides(local_strait: LocalStrait) -> None:
    """Roots and a topological order (ready steps alphabetically); a disabled step
    drops out with its edges; an unknown override is 400 (api/workflows.go:754-885)."""
    with local_strait.client() as client:
        steps = [_sleep("c", 1), _sleep("b", 1, "c"), _sleep("a", 1), _sleep("d", 1, "a", "b")]
        flow = _workflow(client, local_strait, steps)
        plan = client.workflows.plan(flow["id"], {})
        assert (plan["roots"], plan["topological_order"]) == (["a", "c"], ["a", "c", "b", "d"])
        assert (plan["step_count"], plan["workflow_version"]) == (4, 1)
        trimmed = client.workflows.plan(flow["id"], {"step_overrides": [{"step_ref": "c", "enabled": False}]})
        assert (trimmed["roots"], trimmed["topological_order"]) == (["a", "b"], ["a", "b", "d"])
        with pytest.raises(BadRequestError, match="unknown step_ref"):
            client.workflows.plan(flow["id"], {"step_overrides": [{"step_ref": "zz", "enabled": False}]})


def test_timeline_and_graph_of_a_finished_run(local_strait: LocalStrait) -> None:
    """Timeline: steps by start, overlap gives parallel_with and drops the step that
    ends first off the critical path; graph: nodes, edges, roots and the longest path
    (api/workflow_run_timeline.go:16-237, api/workflow_runs.go:554-625,
    api/workflow_run_graph.go:76-230)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 10), _sleep("b", 10, "a"), _sleep("c", 5)])
        run = client.workflows.trigger(flow["id"], {})
        local_strait.advance(5)
        local_strait.advance(5)
        local_strait.advance(10)
        assert _wait(client, run["id"], "completed")["status"] == "completed"
        timeline = client.workflow_runs.get_timeline(run["id"])
        by_ref = {s["step_ref"]: s for s in timeline["steps"]}
        assert timeline["status"] == "completed" and timeline["total_ms"] >= 20_000
        assert by_ref["a"]["parallel_with"] == ["c"] and by_ref["c"]["parallel_with"] == ["a"]
        assert (by_ref["a"]["on_critical_path"], by_ref["c"]["on_critical_path"]) == (True, False)
        assert by_ref["b"]["on_critical_path"] is True and "parallel_with" not in by_ref["b"]
        assert by_ref["b"]["wait_ms"] == 0 and by_ref["b"]["duration_ms"] >= 10_000
        graph = client.workflow_runs.get_graph(run["id"])
        assert (graph["roots"], graph["runnable"], graph["version"]) == (["a", "c"], [], 1)
        assert graph["edges"] == [{"from": "a", "to": "b"}]
        assert graph["critical_path"] == ["a", "b"]
        assert graph["critical_path_estimate_ms"] >= 20_000
        assert graph["critical_path_remaining_ms"] == graph["critical_path_estimate_ms"]


def test_bulk_cancel_workflow_runs(local_strait: LocalStrait) -> None:
    """Non-terminal runs of the caller are canceled with "canceled by user (bulk)", their
    open steps with "parent workflow canceled (bulk)"; others are left out; none canceled
    answers a null list, the nil slice the store returns (api/workflow_runs.go:833-872,
    store/workflow_runs.go:693-718)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 60)])
        running = client.workflows.trigger(flow["id"], {})
        answer = client.workflow_runs.bulk_cancel({"workflow_run_ids": [running["id"], "wfr_missing"]})
        assert answer == {"canceled": 1, "workflow_run_ids": [running["id"]]}
        canceled = client.workflow_runs.get(running["id"])
        assert (canceled["status"], canceled["error"]) == ("canceled", "canceled by user (bulk)")
        (step,) = client.workflow_runs.list_steps(running["id"]).data
        assert (step["status"], step["error"]) == ("canceled", "parent workflow canceled (bulk)")
        again = client.workflow_runs.bulk_cancel({"workflow_run_ids": [running["id"]]})
        assert again == {"canceled": 0, "workflow_run_ids": None}


def test_bulk_replay_workflow_runs(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """Each run is retried as retry-workflow-run; failures are reported per run
    (api/workflow_runs.go:874-925)."""
    with local_strait.client() as client:
        failed = _failed_run(client, local_strait, endpoint)
        answer = client.workflow_runs.bulk_replay({"workflow_run_ids": [failed["id"], "wfr_missing"]})
        assert (answer["total"], answer["replayed"]) == (2, 1)
        first, second = answer["results"]
        assert (first["original_run_id"], first["status"]) == (failed["id"], "replayed")
        assert client.workflow_runs.get(first["new_run_id"])["workflow_id"] == failed["workflow_id"]
        assert second == {
            "original_run_id": "wfr_missing",
            "status": "failed",
            "error": "workflow run not found",
        }


def test_retry_step_never_succeeds_on_this_server(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """A failed run cannot go back to running (409), a non-terminal step is 400, an
    unknown step 404 (api/workflow_runs.go:666-725, domain/workflow_fsm.go:7-10)."""
    with local_strait.client() as client:
        failed = _failed_run(client, local_strait, endpoint)
        with pytest.raises(ConflictError, match="failed to reopen workflow run for retry"):
            client.workflow_runs.retry_step(failed["id"], "charge")
        with pytest.raises(NotFoundError, match="workflow step run not found"):
            client.workflow_runs.retry_step(failed["id"], "nope")
        flow = _workflow(client, local_strait, [_sleep("a", 60)], slug="slow")
        running = client.workflows.trigger(flow["id"], {})
        with pytest.raises(BadRequestError, match="step run must be terminal to retry"):
            client.workflow_runs.retry_step(running["id"], "a")


def test_retry_step_of_a_running_run_is_refused_by_the_store(local_strait: LocalStrait) -> None:
    """With the run still running, the reset itself fails on the ``event_key`` field the
    store does not accept: 409 (api/workflow_runs.go:698-700,
    store/workflow_step_runs.go:294-318)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 1), _sleep("b", 60)])
        run = client.workflows.trigger(flow["id"], {})
        local_strait.advance(2)
        steps = eventually(
            lambda: client.workflow_runs.list_steps(run["id"]).data,
            lambda steps: any(s["step_ref"] == "a" and s["status"] == "completed" for s in steps),
        )
        assert any(s["step_ref"] == "a" and s["status"] == "completed" for s in steps)
        with pytest.raises(ConflictError, match="failed to reset step run"):
            client.workflow_runs.retry_step(run["id"], "a")


def test_replay_subtree_reports_every_refused_reset(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """The step and its descendants are reset, each refused by the store: 409 naming
    them; an unknown step is 404 (api/workflow_runs.go:727-797)."""
    with local_strait.client() as client:
        failed = _failed_run(client, local_strait, endpoint)
        with pytest.raises(ConflictError) as caught:
            client.workflow_runs.replay_subtree_step(failed["id"], "charge")
        assert caught.value.message == (
            "failed to reset 2 step(s): charge: unsupported update field: event_key; "
            "notify: unsupported update field: event_key"
        )
        with pytest.raises(NotFoundError, match="step not found in workflow version"):
            client.workflow_runs.replay_subtree_step(failed["id"], "nope")
