"""Workflows (issue 16 items 19-20; issue 19's workflow trace)."""

from __future__ import annotations

import json
import time
from typing import Any

from strait.local._condition import go_text

from ._api import Api, error, serve_endpoint, wait


def _flow(api: Api, *steps: dict[str, Any], slug: str = "flow") -> dict[str, Any]:
    body = {"project_id": api.project, "name": slug, "slug": slug, "steps": list(steps)}
    return api.ok("POST", "/v1/workflows", body)  # type: ignore[no-any-return]


def _job_step(ref: str, job: dict[str, Any], *after: str, **fields: Any) -> dict[str, Any]:
    return {"step_ref": ref, "job_id": job["id"], "depends_on": list(after), **fields}


def _steps(api: Api, run_id: str) -> dict[str, dict[str, Any]]:
    return {s["step_ref"]: s for s in api.ok("GET", f"/v1/workflow-runs/{run_id}/steps")["data"]}


def _wait_run(api: Api, run_id: str, *statuses: str) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while True:
        run = api.ok("GET", f"/v1/workflow-runs/{run_id}")
        if run["status"] in statuses or time.monotonic() > deadline:
            assert run["status"] in statuses, run
            return run  # type: ignore[no-any-return]
        time.sleep(0.005)


def test_false_condition_skips_the_step(api: Api) -> None:
    """A step whose ``condition`` is false is ``skipped`` and the run goes on
    (workflow/callback_progression.go:182-195, workflow/condition.go:69-96)."""
    with serve_endpoint() as endpoint:
        job = api.job(endpoint_url=endpoint.url)
        flow = _flow(
            api,
            _job_step("a", job),
            _job_step("b", job, "a", condition={"type": "step_status", "step_ref": "a", "status": "failed"}),
            _job_step(
                "c",
                job,
                "a",
                condition={"type": "step_status_in", "step_ref": "a", "statuses": ["completed"]},
            ),
        )
        run = api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {})
        assert _wait_run(api, run["id"], "completed")["status"] == "completed"
    steps = _steps(api, run["id"])
    assert {ref: s["status"] for ref, s in steps.items()} == {
        "a": "completed",
        "b": "skipped",
        "c": "completed",
    }


def test_job_step_payload_merges_renders_and_carries_parent_outputs(api: Api) -> None:
    """A job step gets the workflow payload, its own payload over it with ``{{var}}``
    rendered (a lone placeholder keeps the value's type), and ``parent_outputs`` of its
    dependencies (workflow/engine_steps.go:204-205,507-570, workflow/template.go:22-56,
    120-175)."""
    with serve_endpoint() as endpoint:
        endpoint.respond = lambda seen: (200, {}, b'{"rows": 3}')
        job = api.job(endpoint_url=endpoint.url)
        flow = _flow(
            api,
            _job_step("load", job),
            _job_step(
                "report",
                job,
                "load",
                payload={"title": "for {{user}}", "missing": "{{nobody}}", "count": "{{n}}"},
            ),
        )
        run = api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {"payload": {"user": "ann", "n": 1}})
        _wait_run(api, run["id"], "completed")
    first, second = (json.loads(s.body) for s in endpoint.seen)
    assert first == {"user": "ann", "n": 1}
    assert second == {
        "user": "ann",
        "n": 1,
        "title": "for ann",
        "missing": "{{nobody}}",
        "count": 1,
        "parent_outputs": {"load": {"rows": 3}},
    }


def test_wait_for_event_key_is_rendered(api: Api) -> None:
    """A wait-for-event step's ``event_key`` is rendered from the workflow payload
    (workflow/engine_steps.go:334, workflow/template.go:328-360)."""
    flow = _flow(api, {"step_ref": "w", "step_type": "wait_for_event", "event_key": "order:{{id}}"})
    api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {"payload": {"id": "42"}})
    assert api.ok("GET", "/v1/events/order:42")["status"] == "waiting"


def test_canceled_step_job_run_cancels_the_step_and_the_run_completes(api: Api) -> None:
    """Canceling a step's job run makes the step ``canceled``; with no failed step the
    workflow run completes (workflow/callback.go:385-386,575-585)."""
    job = api.job()
    flow = _flow(api, {"step_ref": "only", "job_id": job["id"]})
    run = api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {})
    job_run = _steps(api, run["id"])["only"]["job_run_id"]
    api.ok("DELETE", f"/v1/runs/{job_run}")
    assert _steps(api, run["id"])["only"]["status"] == "canceled"
    assert _wait_run(api, run["id"], "completed")["status"] == "completed"


def test_cancel_pause_resume_rules(api: Api) -> None:
    """Cancel of a finished run and resume of a running one: 400; pause of a paused run: 200
    with the run unchanged (api/workflow_runs.go:152-154,209-218,262-264)."""
    flow = _flow(api, {"step_ref": "w", "step_type": "wait_for_event", "event_key": "hold"})
    run = api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {})
    base = f"/v1/workflow-runs/{run['id']}"
    assert error(api("POST", f"{base}/resume", {})) == (400, "workflow run is not paused")
    paused = api.ok("POST", f"{base}/pause", {})
    again = api("POST", f"{base}/pause", {})
    assert again.status_code == 200 and again.json() == paused
    api.ok("POST", f"{base}/resume", {})
    api.ok("DELETE", base)
    assert error(api("DELETE", base)) == (400, "workflow run already in terminal state")


def test_step_retry_max_attempts_overrides_the_job(api: Api) -> None:
    """A step's ``retry_max_attempts`` replaces the job's ``max_attempts``
    (worker/executor_dispatch_policy.go:47-54)."""
    with serve_endpoint() as endpoint:
        endpoint.respond = lambda seen: (500, {}, b"{}")
        job = api.job(endpoint_url=endpoint.url, max_attempts=1)
        flow = _flow(api, {"step_ref": "s", "job_id": job["id"], "retry_max_attempts": 2})
        run = api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {})
        job_run = _steps(api, run["id"])["s"]["job_run_id"]
        retried = wait(api, job_run, "queued", "executing")
        while retried["attempt"] < 2:
            retried = api.run(job_run)
    assert retried["attempt"] == 2


def test_workflow_definition_rules(api: Api) -> None:
    """A step ``job_id`` that is a slug, ``sleep_duration_secs: 0``, an update dropping a
    ``step_ref``: 400; another project's workflow: 404 (api/workflow_validation.go:55-67,
    329-331, api/workflows.go:125-127,394-408)."""
    job = api.job(slug="by-slug")
    by_slug = api(
        "POST",
        "/v1/workflows",
        {
            "project_id": api.project,
            "name": "x",
            "slug": "x",
            "steps": [{"step_ref": "s", "job_id": "by-slug"}],
        },
    )
    assert error(by_slug) == (400, "step s references unknown job by-slug")
    nap = api(
        "POST",
        "/v1/workflows",
        {
            "project_id": api.project,
            "name": "y",
            "slug": "y",
            "steps": [{"step_ref": "n", "step_type": "sleep", "sleep_duration_secs": 0}],
        },
    )
    assert error(nap) == (400, "sleep steps require sleep_duration_secs > 0")
    flow = _flow(api, {"step_ref": "a", "job_id": job["id"]}, {"step_ref": "b", "job_id": job["id"]})
    dropped = api("PATCH", f"/v1/workflows/{flow['id']}", {"steps": [{"step_ref": "a", "job_id": job["id"]}]})
    assert error(dropped) == (
        400,
        'removing step_ref "b" is not supported; disable it with step overrides instead',
    )
    other = api.other_project()
    try:
        assert other("GET", f"/v1/workflows/{flow['id']}").status_code == 404
    finally:
        other.close()


def test_job_steps_continue_the_workflow_trace(api: Api) -> None:
    """A workflow run's job-step runs carry its trace as ``_trace_parent``/``_trace_state``,
    and dispatch sends it on (workflow/engine.go:414-429, workflow/engine_steps.go:216-227,
    worker/executor_dispatch_http.go:96-109)."""
    parent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    with serve_endpoint() as endpoint:
        job = api.job(endpoint_url=endpoint.url)
        flow = _flow(api, {"step_ref": "s", "job_id": job["id"]})
        run = api.ok(
            "POST",
            f"/v1/workflows/{flow['id']}/trigger",
            {},
            headers={"traceparent": parent, "tracestate": "a=1"},
        )
        _wait_run(api, run["id"], "completed")
    job_run = api.run(_steps(api, run["id"])["s"]["job_run_id"])
    assert (job_run["metadata"]["_trace_parent"], job_run["metadata"]["_trace_state"]) == (parent, "a=1")
    sent = {k.lower(): v for k, v in endpoint.seen[0].headers.items()}
    assert (sent["traceparent"], sent["tracestate"]) == (parent, "a=1")


def test_binary_and_exists_conditions(api: Api) -> None:
    """Binary conditions compare operands as Go prints them (a step's status for
    ``{"step_ref"}``, a literal for ``{"value"}``); ``exists`` is a non-empty operand
    (workflow/condition.go:421-551,706-721)."""
    job = api.job()
    gate = {"type": "eq", "left": {"step_ref": "a"}, "right": "completed"}
    never = {"type": "in", "left": {"value": 3}, "right": [1, 2]}
    bigger = {"type": "gt", "left": {"value": 2.5}, "right": 2}
    flow = _flow(
        api,
        {"step_ref": "a", "step_type": "sleep", "sleep_duration_secs": 1},
        _job_step("b", job, "a", condition=gate),
        _job_step("c", job, "a", condition={"type": "all_of", "conditions": [never, bigger]}),
        _job_step("d", job, "a", condition={"type": "exists", "operand": {"step_ref": "nope"}}),
    )
    run = api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {})
    api.strait.advance(2)
    statuses = {ref: s["status"] for ref, s in _steps(api, run["id"]).items()}
    assert statuses == {"a": "completed", "b": "running", "c": "skipped", "d": "skipped"}


def test_unevaluable_condition_leaves_the_step_pending(api: Api) -> None:
    """A condition the server cannot evaluate stops progression: the step stays pending
    (workflow/callback_progression.go:182-185, workflow/condition.go:489-494)."""
    job = api.job()
    numeric = {"type": "gt", "left": {"step_ref": "a"}, "right": 1}
    flow = _flow(
        api,
        {"step_ref": "a", "step_type": "sleep", "sleep_duration_secs": 1},
        _job_step("b", job, "a", condition=numeric),
    )
    run = api.ok("POST", f"/v1/workflows/{flow['id']}/trigger", {})
    api.strait.advance(2)
    assert _steps(api, run["id"])["b"]["status"] == "pending"
    assert api.ok("GET", f"/v1/workflow-runs/{run['id']}")["status"] == "running"


def test_condition_operands_print_as_go_prints_them() -> None:
    """``eq``/``ne``/``contains``/``in`` compare ``fmt.Sprint`` texts of JSON values decoded
    as Go decodes them, numbers as float64 (workflow/condition.go:437-447,507-519)."""
    cases = [(1, "1"), (1.5, "1.5"), (1e6, "1000000"), (1e21, "1e+21"), (1e-5, "1e-05"), (True, "true")]
    assert [go_text(value) for value, _ in cases] == [text for _, text in cases]
    assert (go_text(None), go_text([1, "a"]), go_text({"b": 1, "a": 2})) == ("<nil>", "[1 a]", "map[a:2 b:1]")
