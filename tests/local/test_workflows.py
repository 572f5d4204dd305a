"""Event triggers and workflows (job, approval, sleep, wait-for-event, sub-workflow steps),
and state kept across restarts with --db."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from strait import ApiError, BadRequestError, Client, ConflictError
from strait.authoring import (
    JobOptions,
    WorkflowOptions,
    approval_step,
    define_job,
    define_workflow,
    job_step,
    sleep_step,
    sub_workflow_step,
    wait_for_event_step,
)
from strait.local import LocalStrait

from .conftest import Endpoint


def _wait(client: Client, run_id: str, *statuses: str) -> Any:
    deadline = time.monotonic() + 10
    while True:
        run = client.workflow_runs.get(run_id)
        if run["status"] in statuses or time.monotonic() > deadline:
            return run
        time.sleep(0.005)


def _steps(client: Client, run_id: str) -> dict[str, str]:
    return {s["step_ref"]: s["status"] for s in reversed(client.workflow_runs.list_steps(run_id).data)}


def _job(strait: LocalStrait, url: str, slug: str = "charge") -> Any:
    return define_job(
        JobOptions(name=slug.title(), slug=slug, project_id=strait.project_id, endpoint_url=url)
    )


def _flow(strait: LocalStrait, slug: str, steps: list[Any]) -> Any:
    """A workflow named after its slug in the local Strait's project."""
    return define_workflow(
        WorkflowOptions(name=slug.title(), slug=slug, project_id=strait.project_id, steps=steps)
    )


def _two_waits(strait: LocalStrait, slug: str, first: str, second: str, **options: Any) -> Any:
    """A workflow of two wait-for-event steps, ``second`` after ``first``; each waits for
    the event ``<slug>:<step ref>``, the second with ``options``."""
    return _flow(
        strait,
        slug,
        [
            wait_for_event_step(first, f"{slug}:{first}"),
            wait_for_event_step(second, f"{slug}:{second}", depends_on=[first], **options),
        ],
    )


def test_event_trigger_api(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    with local_strait.client() as client:
        flow = _flow(
            local_strait,
            "waits",
            [
                wait_for_event_step("a", "order:1:paid", event_timeout_secs=60),
                wait_for_event_step("b", "order:2:paid", event_timeout_secs=60),
                wait_for_event_step("c", "other:3", event_timeout_secs=60),
            ],
        )
        flow.deploy(client)
        run = flow.trigger(client, {"n": 1})
        assert client.event_triggers.get_event("order:1:paid")["status"] == "waiting"
        stats = client.event_triggers.get_stat()
        assert (stats["total_count"], stats["waiting_count"]) == (3, 3)
        resolved = client.event_triggers.send_prefix("order:", {"payload": {"paid": True}})
        assert resolved["resolved"] == 2
        with pytest.raises(ConflictError):
            client.event_triggers.send_event("order:1:paid", {"payload": {"paid": False}})
        # The same payload again answers the received trigger (the server's idempotent send).
        assert (
            client.event_triggers.send_event("order:1:paid", {"payload": {"paid": True}})["status"]
            == "received"
        )
        canceled = client.event_triggers.delete_event("other:3")
        assert canceled["status"] == "canceled"
        assert [t["event_key"] for t in client.event_triggers.list_events(status="received").data] == [
            "order:2:paid",
            "order:1:paid",
        ]
        done = _wait(client, run["id"], "failed")
        assert done["status"] == "failed"  # c was canceled: a failed step fails the workflow
        assert _steps(client, run["id"]) == {"a": "completed", "b": "completed", "c": "failed"}


def test_event_timeout_on_the_clock(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        flow = _flow(local_strait, "t", [wait_for_event_step("wait", "late:1", event_timeout_secs=30)])
        flow.deploy(client)
        run = flow.trigger(client, {})
        local_strait.advance(31)
        assert client.event_triggers.get_event("late:1")["status"] == "timed_out"
        assert _wait(client, run["id"], "failed")["status"] == "failed"


def test_approval_workflow_end_to_end(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    endpoint.respond = lambda seen: (200, json.dumps({"charged": seen.json()["amount"]}).encode())
    with local_strait.client() as client:
        charge = _job(local_strait, endpoint.url)
        flow = _flow(
            local_strait,
            "orders",
            [
                approval_step("approve", approvers=["apikey:key_bootstrap"]),
                job_step("charge", charge, depends_on=["approve"], payload={"amount": 5}),
                sleep_step("cool-off", 3600, depends_on=["charge"]),
                wait_for_event_step("shipped", "order:9:shipped", depends_on=["cool-off"]),
            ],
        )
        charge.deploy(client)
        flow.deploy(client)
        run = flow.trigger(client, {"order": 9})
        assert run["status"] == "running"
        assert _steps(client, run["id"])["approve"] == "waiting"
        approved = client.workflow_runs.approve_step(run["id"], "approve", {})
        assert approved["approval"]["status"] == "approved"
        assert approved["approval"]["approved_by"] == "apikey:key_bootstrap"
        deadline = time.monotonic() + 10
        while _steps(client, run["id"])["cool-off"] != "waiting" and time.monotonic() < deadline:
            time.sleep(0.005)
        steps = {s["step_ref"]: s for s in client.workflow_runs.list_steps(run["id"]).data}
        assert steps["charge"]["status"] == "completed"
        assert steps["charge"].to_dict()["output"] == {"charged": 5}
        local_strait.advance(3600)
        assert _steps(client, run["id"])["shipped"] == "waiting"
        client.event_triggers.send_event("order:9:shipped", {"payload": {"carrier": "ups"}})
        done = _wait(client, run["id"], "completed")
        assert done["status"] == "completed"
        assert set(_steps(client, run["id"]).values()) == {"completed"}


def test_approval_rules_and_rejection(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        flow = _flow(
            local_strait,
            "gate",
            [
                approval_step("approve", approvers=["someone-else"]),
                wait_for_event_step("after", "never", depends_on=["approve"]),
            ],
        )
        flow.deploy(client)
        run = flow.trigger(client, {})
        with pytest.raises(ApiError) as refused:
            client.workflow_runs.approve_step(run["id"], "approve", {})
        assert refused.value.status_code == 400
        assert "is not allowed" in str(refused.value)
        # Rejecting is skipping the approval step; its dependents then start.
        client.workflow_runs.skip_step(run["id"], "approve", {"reason": "no"})
        assert _steps(client, run["id"]) == {"approve": "skipped", "after": "waiting"}


def test_sub_workflow_and_failure_policy(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    endpoint.respond = lambda seen: (400, b"{}")
    with local_strait.client() as client:
        broken = _job(local_strait, endpoint.url, "broken")
        broken.deploy(client)
        child = _flow(local_strait, "child", [sleep_step("nap", 10)])
        child.deploy(client)
        parent = _flow(
            local_strait,
            "parent",
            [
                sub_workflow_step("child", child),
                job_step("flaky", broken, on_failure="continue"),
            ],
        )
        parent.deploy(client)
        run = parent.trigger(client, {})
        deadline = time.monotonic() + 10
        while _steps(client, run["id"])["flaky"] != "failed" and time.monotonic() < deadline:
            time.sleep(0.005)
        assert _steps(client, run["id"]) == {"child": "running", "flaky": "failed"}
        local_strait.advance(10)
        done = _wait(client, run["id"], "completed")
        assert done["status"] == "completed"  # a failed "continue" step does not fail the run
        children = [r for r in client.workflow_runs.list().data if r["id"] != run["id"]]
        assert [(c["status"], c["parent_workflow_run_id"]) for c in children] == [("completed", run["id"])]


def test_cancel_workflow_run_cancels_its_steps(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        flow = _flow(
            local_strait, "c", [wait_for_event_step("w", "cancel:me"), approval_step("a", approvers=["ops"])]
        )
        flow.deploy(client)
        run = flow.trigger(client, {})
        assert client.workflow_runs.delete(run["id"])["status"] == "canceled"
        assert set(_steps(client, run["id"]).values()) == {"canceled"}
        assert client.event_triggers.get_event("cancel:me")["status"] == "canceled"
        with pytest.raises(BadRequestError):  # api/workflow_runs.go:152-154
            client.workflow_runs.delete(run["id"])


def test_db_keeps_state_across_restarts(tmp_path: Path) -> None:
    db = tmp_path / "strait.db"
    key = "strait_persisttest1"

    def serve(*command: str) -> subprocess.CompletedProcess[str]:
        args = [sys.executable, "-m", "strait.local", "--port", "0", "--db", str(db), "--api-key", key, "--"]
        return subprocess.run([*args, *command], capture_output=True, text=True, timeout=60, check=False)

    script = (
        "import os, sys; from strait import Client; c = Client.from_env(); "
        "mode = sys.argv[1]; "
        "job = c.jobs.create({'project_id': os.environ['STRAIT_PROJECT'], 'name': 'Keep', 'slug': 'keep', "
        "'execution_mode': 'worker'}) if mode == 'write' else None; "
        "job and c.jobs.trigger(job['id'], {'payload': {'kept': True}}); "
        "gone = c.jobs.create({'project_id': os.environ['STRAIT_PROJECT'], 'name': 'Gone', 'slug': 'gone', "
        "'execution_mode': 'worker'}) if mode == 'write' else None; "
        "g = gone and c.jobs.trigger(gone['id'], {'payload': {'gone': True}}); "
        "g and c.runs.delete(g['id']) and c.jobs.delete(gone['id']); "
        "wf = c.workflows.create({'project_id': os.environ['STRAIT_PROJECT'], 'name': 'W', 'slug': 'w', "
        "'steps': [{'step_ref': 'nap', 'step_type': 'sleep', 'sleep_duration_secs': 600}]}) "
        "if mode == 'write' else None; "
        "wf and c.workflows.trigger(wf['id'], {}); "
        "print([(j['slug'], j['version']) for j in c.jobs.list().data], "
        "sorted(str(r['payload']) for r in c.runs.list().data), "
        "[(r['status'], len(c.workflows.list_runs(r['workflow_id']).data)) "
        "for r in c.workflow_runs.list().data])"
    )
    first = serve(sys.executable, "-c", script, "write")
    assert first.returncode == 0, first.stderr
    second = serve(sys.executable, "-c", script, "read")
    assert second.returncode == 0, second.stderr
    expected = "[('keep', 1)] [\"{'gone': True}\", \"{'kept': True}\"] [('running', 1)]"
    assert second.stdout.strip() == expected


def test_pause_resume_and_force_complete(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        flow = _two_waits(local_strait, "p", "first", "second")
        flow.deploy(client)
        run = flow.trigger(client, {})
        assert client.workflow_runs.pause(run["id"])["status"] == "paused"
        client.event_triggers.send_event("p:first", {"payload": {}})
        assert _steps(client, run["id"]) == {
            "first": "completed",
            "second": "pending",
        }  # paused: nothing starts
        assert client.workflow_runs.resume(run["id"])["status"] == "running"
        assert _steps(client, run["id"]) == {"first": "completed", "second": "waiting"}
        forced = client.workflow_runs.force_complete_step(run["id"], "second", {"result": {"by": "hand"}})
        assert forced["step_run"]["status"] == "completed"
        assert _wait(client, run["id"], "completed")["status"] == "completed"


def test_retry_keeps_completed_steps_and_graph(local_strait: LocalStrait) -> None:
    with local_strait.client() as client:
        flow = _two_waits(local_strait, "r", "paid", "shipped", event_timeout_secs=60)
        deployed = flow.deploy(client)
        graph = client.workflows.get_graph(deployed["id"])
        assert (graph["roots"], graph.to_dict()["adjacency"]) == (
            ["paid"],
            {"paid": ["shipped"], "shipped": []},
        )
        run = flow.trigger(client, {"order": 7})
        client.event_triggers.send_event("r:paid", {"payload": {"amount": 3}})
        local_strait.advance(61)  # "shipped" never came: the run fails
        assert _wait(client, run["id"], "failed")["status"] == "failed"
        with pytest.raises(ApiError) as early:
            client.workflow_runs.retry(_running(client, flow))
        assert early.value.status_code == 400
        retry = client.workflow_runs.retry(run["id"])
        assert (retry["retry_of_run_id"], retry["triggered_by"], retry["payload"]) == (
            run["id"],
            "retry",
            {"order": 7},
        )
        # "paid" completed before and is kept; only "shipped" waits again.
        assert _steps(client, retry["id"]) == {"paid": "completed", "shipped": "waiting"}


def _running(client: Client, flow: Any) -> str:
    return str(flow.trigger(client, {})["id"])
