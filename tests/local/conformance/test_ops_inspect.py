"""Read-only views of workflows and workflow runs through the sync client: a run's
labels, debug view and comparison; a workflow's active versions, version diff, version
impact and simulated order; a run's debug flag and bundle, the queue counts and the purge
of finished event triggers through raw HTTP (server: ``api/workflow_runs.go``,
``api/workflow_debug.go``, ``workflow/debugger.go``, ``api/workflow_versions.go``,
``api/workflows.go``, ``api/workflow_advanced.go``, ``api/runs.go``, ``api/stats.go``,
``api/event_triggers.go`` at ac094a3c8)."""

from __future__ import annotations

import pytest

from local.conftest import Endpoint
from strait import NotFoundError
from strait.local import LocalStrait

from ._api import Api, error
from ._ops_helpers import eventually, later, make_job
from .test_ops_workflows import _sleep, _wait, _workflow
from .test_run_token import executing

# -- a workflow run --------------------------------------------------------------------


def test_labels_are_the_triggers_labels(local_strait: LocalStrait) -> None:
    """The trigger's ``labels`` come back by key, outside the run's own fields; a run
    triggered without any has an empty map; an unknown run is 404
    (api/workflows.go:664-668, api/workflow_runs.go:288-305,
    store/workflow_run_labels.go:41-66)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 60)])
        run = client.workflows.trigger(flow["id"], {"labels": {"team": "core", "env": "ci"}})
        assert "labels" not in run
        assert client.workflow_runs.get_labels(run["id"]) == {"labels": {"env": "ci", "team": "core"}}
        plain = client.workflows.trigger(flow["id"], {})
        assert client.workflow_runs.get_labels(plain["id"]) == {"labels": {}}
        with pytest.raises(NotFoundError, match="workflow run not found"):
            client.workflow_runs.get_labels("wfr_missing")


def test_explain_lists_condition_skips(local_strait: LocalStrait) -> None:
    """A step skipped because its condition is false leaves a ``condition``/``skip``
    decision carrying the condition; decisions come newest first, filtered by
    ``step_ref`` and ``decision_type``, in cursor pages (api/workflow_runs.go:626-657,
    store/workflow_step_decisions.go:46-90, workflow/callback_progression.go:182-195,
    workflow/callback.go:668-682)."""
    failed = {"type": "step_status", "step_ref": "a", "status": "failed"}
    steps = [
        _sleep("a", 1),
        {**_sleep("b", 1, "a"), "condition": failed},
        {**_sleep("c", 1, "a"), "condition": failed},
        _sleep("d", 1, "a"),
    ]
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, steps)
        run = client.workflows.trigger(flow["id"], {})
        local_strait.advance(1)
        local_strait.advance(1)
        _wait(client, run["id"], "completed")
        step_runs = {s["step_ref"]: s for s in client.workflow_runs.list_steps(run["id"])["data"]}
        assert (step_runs["b"]["status"], step_runs["d"]["status"]) == ("skipped", "completed")
        explained = client.workflow_runs.get_explain(run["id"])
        assert explained["has_more"] is False
        decisions = explained["data"]
        assert sorted(d["step_ref"] for d in decisions) == ["b", "c"]
        first = next(d for d in decisions if d["step_ref"] == "b")
        assert {k: v for k, v in first.items() if k not in ("id", "created_at")} == {
            "workflow_run_id": run["id"],
            "step_run_id": step_runs["b"]["id"],
            "step_ref": "b",
            "decision_type": "condition",
            "decision": "skip",
            "explanation": "condition evaluated to false",
            "details": failed,
        }
        assert [d["step_ref"] for d in client.workflow_runs.get_explain(run["id"], step_ref="c")["data"]] == [
            "c"
        ]
        assert client.workflow_runs.get_explain(run["id"], decision_type="scheduler")["data"] == []
        page = client.workflow_runs.get_explain(run["id"], limit=1)
        assert page["has_more"] is True and len(page["data"]) == 1
        with pytest.raises(NotFoundError, match="workflow run not found"):
            client.workflow_runs.get_explain("wfr_missing")


def test_debug_view_of_a_finished_run(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """Each step run in definition order with its type ("job" by default), job run,
    output, attempt, dependencies and finished duration; one data-flow edge per
    dependency sized by the dependency's stored (jsonb text) output; costs are 0
    (api/workflow_debug.go:20-46, workflow/debugger.go:191-293)."""
    with local_strait.client() as client:
        job = make_job(client, local_strait, endpoint.url)
        steps = [{"step_ref": "fetch", "job_id": job["id"]}, _sleep("rest", 5, "fetch")]
        flow = _workflow(client, local_strait, steps)
        run = client.workflows.trigger(flow["id"], {"payload": {"n": 1}})
        eventually(
            lambda: client.workflow_runs.list_steps(run["id"]),
            lambda page: any(s["step_ref"] == "rest" and s["status"] == "waiting" for s in page["data"]),
        )
        local_strait.advance(5)
        _wait(client, run["id"], "completed")
        view = client.workflow_runs.get_debug(run["id"])
        assert (view["workflow_run_id"], view["workflow_id"], view["status"]) == (
            run["id"],
            flow["id"],
            "completed",
        )
        assert view["payload"] == {"n": 1} and view["total_cost_microusd"] == 0
        assert view["total_duration_ms"] >= 5000 and "error" not in view
        fetch, rest = view["steps"]
        assert (fetch["step_ref"], fetch["step_type"], fetch["output"]) == ("fetch", "job", {"ok": True})
        assert fetch["job_run_id"].startswith("run_") and fetch["attempt"] == 1 and "depends_on" not in fetch
        assert (rest["step_type"], rest["depends_on"], rest["status"]) == ("sleep", ["fetch"], "completed")
        assert rest["duration_ms"] >= 5000 and "job_run_id" not in rest
        # '{"ok": true}' as Postgres prints the jsonb column: 12 bytes.
        assert view["data_flow"] == [{"from_step_ref": "fetch", "to_step_ref": "rest", "data_size_bytes": 12}]


def test_debug_view_of_a_running_run(local_strait: LocalStrait) -> None:
    """Durations need both ends: a run and a step still going report 0; an edge whose
    source has no output has no size; another project's run is 404
    (workflow/debugger.go:214-216,253-255,265-291, api/workflow_debug.go:26-28)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 600), _sleep("b", 1, "a")])
        run = client.workflows.trigger(flow["id"], {})
        view = client.workflow_runs.get_debug(run["id"])
        assert view["status"] == "running" and view["total_duration_ms"] == 0
        assert [(s["step_ref"], s["status"], s["duration_ms"]) for s in view["steps"]] == [
            ("a", "waiting", 0),
            ("b", "pending", 0),
        ]
        assert "finished_at" not in view and "started_at" in view
        assert view["data_flow"] == [{"from_step_ref": "a", "to_step_ref": "b"}]
        with pytest.raises(NotFoundError, match="workflow run not found"):
            client.workflow_runs.get_debug("wfr_missing")


def test_compare_runs(local_strait: LocalStrait) -> None:
    """Equal status and duration is no diff; a status difference is kept for the run and
    for each step; steps of A missing from B are ``only_in_a`` (in A's order), then the
    steps only in B; an unknown A or B is 404 under its own name
    (api/workflow_debug.go:57-94, workflow/debugger.go:296-389)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 600), _sleep("b", 1, "a")])
        first = client.workflows.trigger(flow["id"], {})
        second = client.workflows.trigger(flow["id"], {})
        same = client.workflow_runs.compare(first["id"], second["id"])
        assert same == {"run_a": first["id"], "run_b": second["id"], "step_diffs": []}
        client.workflow_runs.cancel(second["id"])
        _wait(client, second["id"], "canceled")
        diff = client.workflow_runs.compare(first["id"], second["id"])
        assert diff["status_diff"] == {"a": "running", "b": "canceled"}
        by_ref = {d["step_ref"]: d for d in diff["step_diffs"]}
        assert by_ref["a"]["status_diff"] == {"a": "waiting", "b": "canceled"}
        other = _workflow(client, local_strait, [_sleep("a", 600), _sleep("c", 1, "a")], slug="other")
        third = client.workflows.trigger(other["id"], {})
        shape = client.workflow_runs.compare(first["id"], third["id"])
        assert [(d["step_ref"], d.get("only_in_a"), d.get("only_in_b")) for d in shape["step_diffs"]] == [
            ("b", True, None),
            ("c", None, True),
        ]
        with pytest.raises(NotFoundError, match="workflow run A not found"):
            client.workflow_runs.compare("wfr_missing", first["id"])
        with pytest.raises(NotFoundError, match="workflow run B not found"):
            client.workflow_runs.compare(first["id"], "wfr_missing")


# -- a workflow ------------------------------------------------------------------------


def test_active_versions_count_open_runs_by_version(local_strait: LocalStrait) -> None:
    """Pending, running and paused runs grouped by version, newest first; finished runs
    are left out; the handler looks no workflow up, so an unknown id is an empty list
    (api/workflows.go:1121-1135, store/workflow_runs.go:659-692)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 600)])
        old = client.workflows.trigger(flow["id"], {})
        client.workflow_runs.pause(old["id"])
        updated = client.workflows.update(flow["id"], {"steps": [_sleep("a", 600), _sleep("b", 1, "a")]})
        client.workflows.trigger(flow["id"], {})
        done = client.workflows.trigger(flow["id"], {})
        client.workflow_runs.cancel(done["id"])
        answer = client.workflows.get_active_versions(flow["id"])
        assert answer == {
            "workflow_id": flow["id"],
            "versions": [
                {
                    "version_id": updated["version_id"],
                    "version": 2,
                    "pending": 0,
                    "running": 1,
                    "paused": 0,
                    "total": 1,
                },
                {
                    "version_id": flow["version_id"],
                    "version": 1,
                    "pending": 0,
                    "running": 0,
                    "paused": 1,
                    "total": 1,
                },
            ],
        }
        assert client.workflows.get_active_versions("wf_missing") == {
            "workflow_id": "wf_missing",
            "versions": [],
        }


def test_diff_versions_lists_added_and_removed_refs(local_strait: LocalStrait) -> None:
    """Refs in the second version and not the first are added, the reverse removed; an
    unknown version is 404 naming which one (api/workflow_versions.go:98-150)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 1)])
        updated = client.workflows.update(
            flow["id"], {"steps": [_sleep("a", 1), _sleep("b", 1), _sleep("c", 1)]}
        )
        forward = client.workflows.get_diff(flow["id"], flow["version_id"], updated["version_id"])
        assert forward == {
            "from_version_id": flow["version_id"],
            "to_version_id": updated["version_id"],
            "added_steps": ["b", "c"],
            "removed_steps": [],
        }
        backward = client.workflows.get_diff(flow["id"], updated["version_id"], flow["version_id"])
        assert (backward["added_steps"], backward["removed_steps"]) == ([], ["b", "c"])
        with pytest.raises(NotFoundError, match="from workflow version not found"):
            client.workflows.get_diff(flow["id"], "wfv_missing", flow["version_id"])
        with pytest.raises(NotFoundError, match="to workflow version not found"):
            client.workflows.get_diff(flow["id"], flow["version_id"], "wfv_missing")
        with pytest.raises(NotFoundError, match="workflow not found"):
            client.workflows.get_diff("wf_missing", flow["version_id"], flow["version_id"])


def test_version_impact_counts_runs_of_the_version(local_strait: LocalStrait) -> None:
    """Of the workflow's newest runs (500 at most), how many ran this version, whatever
    their status (api/workflow_versions.go:157-186)."""
    with local_strait.client() as client:
        flow = _workflow(client, local_strait, [_sleep("a", 600)])
        client.workflows.trigger(flow["id"], {})
        first = client.workflows.trigger(flow["id"], {})
        client.workflow_runs.cancel(first["id"])
        updated = client.workflows.update(flow["id"], {"steps": [_sleep("a", 600), _sleep("b", 1)]})
        client.workflows.trigger(flow["id"], {})
        impact = client.workflows.get_version_impact(flow["id"], flow["version_id"])
        assert impact == {"version_id": flow["version_id"], "matching_runs": 2, "sampled_runs": 3}
        newer = client.workflows.get_version_impact(flow["id"], updated["version_id"])
        assert (newer["matching_runs"], newer["sampled_runs"]) == (1, 3)
        with pytest.raises(NotFoundError, match="workflow version not found"):
            client.workflows.get_version_impact(flow["id"], "wfv_missing")


def test_simulate_predicts_kahn_order(local_strait: LocalStrait) -> None:
    """The current version's steps in Kahn's order, ready steps alphabetically, with the
    version and the count; an unknown workflow is 404 (api/workflow_advanced.go:94-155)."""
    with local_strait.client() as client:
        steps = [_sleep("z", 1), _sleep("m", 1, "z"), _sleep("b", 1), _sleep("a", 1, "b", "m")]
        flow = _workflow(client, local_strait, steps)
        updated = client.workflows.update(flow["id"], {"steps": steps})
        assert client.workflows.simulate(flow["id"]) == {
            "workflow_id": flow["id"],
            "version": updated["version"],
            "predicted_order": ["b", "z", "m", "a"],
            "step_count": 4,
        }
        with pytest.raises(NotFoundError, match="workflow not found"):
            client.workflows.simulate("wf_missing")


# -- runs, queue counts, event-trigger purge -------------------------------------------


def test_set_debug_mode(api: Api) -> None:
    """``debug_mode`` is stored on the run and read back with it; absent means false; a
    value that is not a boolean fails to decode; an unknown run is 404
    (api/runs.go:621-658, store/runs.go:2469-2498, api/huma_bridge.go:61-66,210-231)."""
    run = api.trigger(api.job()["id"]).json()
    assert api.ok("POST", f"/v1/runs/{run['id']}/debug", {"debug_mode": True}) == {"status": "ok"}
    assert api.run(run["id"])["debug_mode"] is True
    api.ok("POST", f"/v1/runs/{run['id']}/debug", {})
    assert api.run(run["id"])["debug_mode"] is False
    assert error(api("POST", f"/v1/runs/{run['id']}/debug", {"debug_mode": "yes"})) == (
        400,
        "invalid request body: json: cannot unmarshal string into Go struct field "
        "SetDebugModeRequest.debug_mode of type bool",
    )
    assert error(api("POST", "/v1/runs/run_missing/debug", {"debug_mode": True})) == (404, "run not found")


def test_debug_bundle_gathers_the_runs_records(api: Api) -> None:
    """The run with its events oldest first, checkpoints by sequence highest first,
    outputs by key and resource snapshots newest first (api/runs.go:605-619,
    store/runs.go:2400-2467, store/events.go:109, store/run_artifacts.go:129,329,
    store/run_resource_snapshots.go:114)."""
    with executing(api) as (run, token):
        base = f"/sdk/v1/runs/{run['id']}"
        api.ok("POST", f"{base}/log", {"message": "first"}, headers=token)
        api.ok("POST", f"{base}/log", {"message": "second"}, headers=token)
        for n in (1, 2):
            api.ok("POST", f"{base}/checkpoint", {"state": {"n": n}}, headers=token)
        for key in ("b", "a"):
            api.ok("POST", f"{base}/output", {"output_key": key, "value": key}, headers=token)
        snapshots = [
            api.ok("POST", f"{base}/resource-snapshot", {"cpu_percent": n}, headers=token)["id"]
            for n in (1, 2)
        ]
        bundle = api.ok("GET", f"/v1/runs/{run['id']}/debug-bundle")
        assert bundle["run"]["id"] == run["id"] and bundle["run"]["status"] == "executing"
        messages = [e["message"] for e in bundle["events"]]
        assert messages.index("first") < messages.index("second")
        assert [c["sequence"] for c in bundle["checkpoints"]] == [2, 1]
        assert [o["output_key"] for o in bundle["outputs"]] == ["a", "b"]
        assert [r["id"] for r in bundle["resource_snapshots"]] == snapshots[::-1]
        api.ok("POST", f"{base}/complete", {"result": 1}, headers=token)
    assert error(api("GET", "/v1/runs/run_missing/debug-bundle")) == (404, "run not found")


def test_stats_count_queued_executing_and_delayed(api: Api) -> None:
    """Queued, executing and delayed runs, counted over the whole store
    (api/stats.go:18-24, store/stats.go:18-39)."""
    job = api.job()
    api.trigger(job["id"])
    api.trigger(job["id"])
    api.trigger(job["id"], {"scheduled_at": later()})
    assert api.ok("GET", "/v1/stats") == {"queued": 2, "executing": 0, "delayed": 1}
    with executing(api) as (run, token):
        assert api.ok("GET", "/v1/stats") == {"queued": 2, "executing": 1, "delayed": 1}
        api.ok("POST", f"/sdk/v1/runs/{run['id']}/complete", {"result": 1}, headers=token)
    assert api.ok("GET", "/v1/stats")["executing"] == 0


def test_purge_event_triggers(api: Api, local_strait: LocalStrait) -> None:
    """Received, timed-out and canceled triggers whose event came (else whose wait
    expires) more than ``older_than_days`` ago: counted on a dry run, else deleted; a
    waiting or recent one stays, and so does a canceled one until its expiry is old;
    ``older_than_days`` must be 1 to 36,500, a whole number
    (api/event_triggers.go:21,684-738, store/event_triggers.go:611-650,
    api/huma_bridge.go:61-66)."""
    step = {
        "step_ref": "w",
        "step_type": "wait_for_event",
        "event_key": "k:{{id}}",
        "event_timeout_secs": 86400 * 10,
    }
    body = {"project_id": api.project, "name": "Waits", "slug": "waits", "steps": [step]}
    flow = api.ok("POST", "/v1/workflows", body)
    for key in ("a", "b", "c", "d"):
        api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {"payload": {"id": key}})
    api.ok("POST", "/v1/events/k:a/send", {"payload": {"ok": True}})
    api.ok("DELETE", "/v1/events/k:b")
    local_strait.advance(2 * 86400)
    api.ok("POST", "/v1/events/k:c/send", {"payload": {"ok": True}})
    # b was canceled: no event came, so its (future) expiry is what counts.
    assert api.ok("POST", "/v1/events/purge", {"older_than_days": 1, "dry_run": True}) == {
        "dry_run": True,
        "would_delete": 1,
    }
    assert api.ok("POST", "/v1/events/purge", {"older_than_days": 3, "dry_run": True})["would_delete"] == 0
    assert api.ok("POST", "/v1/events/purge", {"older_than_days": 1}) == {"deleted": 1}
    assert api("GET", "/v1/events/k:a").status_code == 404
    assert [api.ok("GET", f"/v1/events/k:{key}")["status"] for key in "bcd"] == [
        "canceled",
        "received",
        "waiting",
    ]
    local_strait.advance(10 * 86400)  # d times out; b's expiry passes
    assert api.ok("GET", "/v1/events/k:d")["status"] == "timed_out"
    assert api.ok("POST", "/v1/events/purge", {"older_than_days": 1}) == {"deleted": 3}
    assert error(api("POST", "/v1/events/purge", {})) == (400, "older_than_days must be >= 1")
    assert error(api("POST", "/v1/events/purge", {"older_than_days": 36501})) == (
        400,
        "older_than_days must be <= 36500",
    )
    assert error(api("POST", "/v1/events/purge", {"older_than_days": 1.5})) == (
        400,
        "invalid request body: json: cannot unmarshal number 1.5 into Go struct field "
        "purgeEventTriggersRequest.older_than_days of type int",
    )
