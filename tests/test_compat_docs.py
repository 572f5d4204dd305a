"""The Python blocks of Strait's own SDK docs (server repo, ``apps/docs/sdks/*.mdx``) do
what they say against a local server that answers as Strait does.

Each test repeats one block's calls, with the page and the block named in a comment;
the server repo is not needed to run them. Server facts used: ``POST
/v1/jobs/{jobID}/trigger`` finds the job by id only (``internal/api/run_creation_job.go``:
``GetJob`` by id, 404 "job not found" otherwise) and answers 201 with the new run's
``id`` and ``status``; ``GET /v1/jobs?slug=`` filters by slug.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import pytest
from conftest import API_KEY
from pytest_httpserver import HTTPServer
from spec_samples import component
from werkzeug import Request, Response

from strait import AsyncClient, Client, NotFoundError, ValidationError

JOBS = {"job_welcome_1": "send-welcome-email", "job_sync_1": "sync-inventory", "job_abc123": "abc"}


class FakeStrait:
    """The trigger and list-jobs routes, with the server's lookup rules; records calls."""

    def __init__(self, server: HTTPServer) -> None:
        self.calls: list[tuple[str, str, Any]] = []
        server.expect_request(re.compile(r"^/v1/jobs/[^/]+/trigger$"), method="POST").respond_with_handler(
            self.trigger
        )
        server.expect_request("/v1/jobs", method="GET").respond_with_handler(self.list_jobs)
        server.expect_request(re.compile(r"^/v1/jobs/[^/]+$"), method="GET").respond_with_json(
            {"error": {"code": "not_found", "message": "job not found"}}, status=404
        )
        server.expect_request(re.compile(r"^/v1/runs/[^/]+$"), method="GET").respond_with_handler(
            self.get_run
        )
        server.expect_request("/v1/runs", method="GET").respond_with_handler(self.list_runs)

    def get_run(self, request: Request) -> Response:
        run_id = request.path.rsplit("/", 1)[1]
        self.calls.append(("get", run_id, None))
        run = component("JobRun", id=run_id, status="completed", job_id="job_abc123", result={"synced": 1})
        return Response(json.dumps(run), status=200, content_type="application/json")

    def list_runs(self, request: Request) -> Response:
        cursor = request.args.get("cursor")
        self.calls.append(("list_runs", cursor or "", None))
        ids = ["run_a", "run_b"] if cursor is None else ["run_c"]
        page = {
            "data": [component("JobRun", id=i, status="completed", job_id="job_abc123") for i in ids],
            "has_more": cursor is None,
            "next_cursor": "c1" if cursor is None else None,
        }
        return Response(json.dumps(page), status=200, content_type="application/json")

    def trigger(self, request: Request) -> Response:
        job_id = request.path.split("/")[3]
        body = json.loads(request.data or b"{}")
        self.calls.append(("trigger", job_id, body))
        if job_id not in JOBS:  # by id only, as GetJob does
            err = {"error": {"code": "not_found", "message": "job not found"}, "request_id": "req_1"}
            return Response(json.dumps(err), status=404, content_type="application/json")
        run = {
            "id": f"run_{len(self.calls)}",
            "status": "queued",
            "payload_hash": "h",
            "idempotency_hit": False,
        }
        return Response(json.dumps(run), status=201, content_type="application/json")

    def list_jobs(self, request: Request) -> Response:
        slug = request.args.get("slug")
        self.calls.append(("list", slug or "", dict(request.args)))
        data = [
            component("Job", id=jid, slug=s, name=s, project_id="proj_abc123")
            for jid, s in JOBS.items()
            if slug is None or s == slug
        ]
        page = {"data": data, "has_more": False, "next_cursor": None}
        return Response(json.dumps(page), status=200, content_type="application/json")


@pytest.fixture
def strait_env(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> FakeStrait:
    monkeypatch.setenv("STRAIT_API_KEY", API_KEY)
    monkeypatch.setenv("STRAIT_BASE_URL", httpserver.url_for(""))
    for name in ("STRAIT_AUTH_TYPE", "STRAIT_TIMEOUT_MS", "STRAIT_PROJECT", "STRAIT_RUN_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    return FakeStrait(httpserver)


def test_quickstart_configure(strait_env: FakeStrait) -> None:
    # python-quickstart.mdx, "Configure": Client.from_env() with STRAIT_API_KEY / STRAIT_BASE_URL
    client = Client.from_env()
    assert client.config.sources["token"] == "STRAIT_API_KEY"
    client.close()


def test_quickstart_trigger_by_slug(strait_env: FakeStrait) -> None:
    # python-quickstart.mdx, "Trigger a Job"
    client = Client.from_env()
    run = client.runs.trigger(
        job_id="send-welcome-email",
        payload={"user_id": "user_abc123", "email": "customer@example.com"},
    )
    assert (run.id, run.status) == ("run_3", "queued")
    payload = {"payload": {"user_id": "user_abc123", "email": "customer@example.com"}}
    assert strait_env.calls == [
        ("trigger", "send-welcome-email", payload),
        ("list", "send-welcome-email", {"slug": "send-welcome-email", "limit": "10"}),
        ("trigger", "job_welcome_1", payload),
    ]
    client.close()


def test_quickstart_async_without_context_manager(strait_env: FakeStrait) -> None:
    # python-quickstart.mdx, "Use Async Code": AsyncClient.from_env(), no `async with`, asyncio.run
    seen: list[tuple[str, str]] = []

    async def main() -> None:
        client = AsyncClient.from_env()
        run = await client.runs.trigger(job_id="send-welcome-email", payload={"user_id": "user_abc123"})
        seen.append((run.id, run.status))
        await client.close()

    asyncio.run(main())
    assert seen == [("run_3", "queued")]


def test_trigger_by_id_is_one_request(strait_env: FakeStrait) -> None:
    # python.mdx, "Synchronous client": client.runs.trigger(job_id=job.id, payload={...})
    with Client.from_env() as client:
        run = client.runs.trigger(job_id="job_sync_1", payload={"sku": "ABC-123"}, priority=3)
        assert run.status == "queued"
    assert strait_env.calls == [("trigger", "job_sync_1", {"payload": {"sku": "ABC-123"}, "priority": 3})]


async def test_trigger_unknown_reference(strait_env: FakeStrait) -> None:
    async with AsyncClient.from_env() as client:
        with pytest.raises(NotFoundError) as err:
            await client.runs.trigger("no-such-job", {"a": 1})
        with pytest.raises(ValidationError, match="job_id"):
            await client.runs.trigger("", {})
    assert "no-such-job" in str(err.value)
    assert err.value.status == 404
    assert [c[0] for c in strait_env.calls] == ["trigger", "list"]


def test_trigger_keeps_one_idempotency_key_per_attempt(
    strait_env: FakeStrait, httpserver: HTTPServer
) -> None:
    with Client.from_env() as client:
        client.runs.trigger(job_id="job_sync_1", idempotency_key="order-42")
    request, _ = httpserver.log[-1]
    sent = (request.headers.get("Idempotency-Key"), request.headers.get("X-Idempotency-Key"))
    assert "order-42" in sent


def test_inline_configuration_block(strait_env: FakeStrait) -> None:
    # python.mdx, "Inline": Client(base_url=..., api_key=..., auth_type="bearer", timeout_ms=30_000)
    client = Client(
        base_url="https://api.strait.dev",
        api_key="strait_...",
        auth_type="bearer",
        timeout_ms=30_000,
    )
    assert (client.config.auth_type, client.config.timeout_ms) == ("bearer", 30_000)
    client.close()


# -- python.mdx, "Composition Helpers" and "Error Handling" -------------------------------------


def test_retry_with_backoff_block(strait_env: FakeStrait) -> None:
    from strait import with_retry

    client = Client.from_env()
    run = with_retry(
        lambda: client.runs.trigger(job_id="job_abc123", payload={"sku": "A"}),
        attempts=5,
        delay_ms=250,
        jitter="full",
    )
    assert run.status == "queued"
    client.close()


def test_wait_for_run_block(strait_env: FakeStrait) -> None:
    from strait import wait_for_run

    client = Client.from_env()
    run = client.runs.trigger(job_id="job_abc123", payload={"sku": "A"})
    completed = wait_for_run(client, run_id=run.id, timeout_ms=120_000)
    assert completed.status == "completed"
    assert strait_env.calls[-1] == ("get", run.id, None)
    client.close()


def test_paginate_blocks(strait_env: FakeStrait, capsys: pytest.CaptureFixture[str]) -> None:
    from strait import collect_all, paginate

    client = Client.from_env()
    for run in paginate(lambda q: client.runs.list(**q)):
        print(run.id, run.status)
    all_runs = collect_all(paginate(lambda q: client.runs.list(**q)))
    assert capsys.readouterr().out.split() == [
        "run_a",
        "completed",
        "run_b",
        "completed",
        "run_c",
        "completed",
    ]
    assert [r.id for r in all_runs] == ["run_a", "run_b", "run_c"]
    client.close()


def test_cost_budget_block(strait_env: FakeStrait) -> None:
    from strait import CostBudgetExceededError, cost_budget

    client = Client.from_env()
    skus = ["A", "B"]
    with cost_budget(max_cost_cents=5000) as budget:
        for sku in skus:
            budget.check()
            client.runs.trigger(job_id="job_abc123", payload={"sku": sku})
        assert budget.max_cost_microusd == 50_000_000
        budget.track({"cost_microusd": 50_000_000})  # reached, not over: no error yet
    with pytest.raises(CostBudgetExceededError):
        budget.check()
    assert [c[0] for c in strait_env.calls] == ["trigger", "trigger"]
    client.close()


def test_checkpoint_block(strait_env: FakeStrait, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from strait import checkpoint

    monkeypatch.chdir(tmp_path)
    client = Client.from_env()
    skus = ["A", "B"]
    for _ in range(2):  # the second pass is the restarted batch: nothing runs twice
        ckpt = checkpoint("inventory-sync-batch")
        for sku in skus:
            if ckpt.already_processed(sku):
                continue
            client.runs.trigger(job_id="job_abc123", payload={"sku": sku})
            ckpt.mark(sku)
    assert len(strait_env.calls) == 2
    client.close()


def test_error_handling_block(strait_env: FakeStrait, capsys: pytest.CaptureFixture[str]) -> None:
    from strait.errors import NotFoundError, RateLimitedError, StraitError

    client = Client.from_env()
    try:
        client.jobs.get(job_id="nonexistent")
    except NotFoundError as e:
        print("Not found:", e.message)
    except RateLimitedError as e:
        print("Rate limited, retry after:", e.retry_after_ms, "ms")
    except StraitError as e:
        print("API error:", e)
    assert capsys.readouterr().out == "Not found: job not found\n"
    assert RateLimitedError("slow", status=429, retry_after=1.5).retry_after_ms == 1500
    client.close()


def test_middleware_block(strait_env: FakeStrait, capsys: pytest.CaptureFixture[str]) -> None:
    def log_requests(request: Any) -> None:
        print(f"-> {request.method} {request.url}")

    def log_responses(response: Any) -> None:
        print(f"<- {response.status} ({response.duration_ms}ms)")

    def handle_errors(error: Any) -> None:
        print(f"Error: {error}")

    client = Client.from_env(
        middleware=[
            {
                "on_request": log_requests,
                "on_response": log_responses,
                "on_error": handle_errors,
            }
        ],
    )
    client.runs.get("run_1")
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("-> GET http://") and out[0].endswith("/v1/runs/run_1")
    assert out[1].startswith("<- 200 (")
    with pytest.raises(ValidationError, match="middleware"):
        Client.from_env(middleware=[{"on_send": log_requests}])
    client.close()


def test_config_file_block(strait_env: FakeStrait, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # python.mdx, "From a config file": Client.from_file() in the working directory, or a path.
    # (The page says "or parents"; this SDK deliberately never reads a parent's strait.json.)
    monkeypatch.delenv("STRAIT_BASE_URL")
    path = tmp_path / "strait.json"
    path.write_text(
        json.dumps({"project": {"id": "proj_abc123"}, "sdk": {"base_url": "https://api.strait.dev"}})
    )
    monkeypatch.chdir(tmp_path)
    client = Client.from_file()
    assert (client.base_url, client.project_id) == ("https://api.strait.dev", "proj_abc123")
    client.close()
    client = Client.from_file(str(path))
    assert client.config.sources["base_url"] == str(path)
    client.close()
    child = tmp_path / "child"
    child.mkdir()
    monkeypatch.chdir(child)
    with pytest.raises(FileNotFoundError):
        Client.from_file()


# -- python.mdx, "Waiting for a run", "Defining Jobs", "Defining Workflows" -------------------


def test_runs_wait_block(strait_env: FakeStrait) -> None:
    # python.mdx: completed = client.runs.wait(run.id, timeout_ms=120_000)
    with Client.from_env() as client:
        run = client.runs.trigger(job_id="job_abc123", payload={"sku": "ABC-123"})
        completed = client.runs.wait(run.id, timeout_ms=120_000)
        assert completed.status == "completed"
        # The page prints completed.output; the server's run carries its output as `result`.
        assert completed.result == {"synced": 1}
        with pytest.raises(AttributeError, match="output"):
            completed.output  # type: ignore[attr-defined]  # noqa: B018
        with pytest.raises(ValidationError, match="not both"):
            client.runs.wait(run.id, timeout=5, timeout_ms=5000)
        with pytest.raises(ValidationError, match="timeout"):
            client.runs.wait(run.id, timeout_ms=0)


async def test_async_runs_wait_takes_timeout_ms(strait_env: FakeStrait) -> None:
    async with AsyncClient.from_env() as client:
        completed = await client.runs.wait("run_9", timeout_ms=5_000)
    assert completed["status"] == "completed"


def _job_routes(server: HTTPServer, calls: list[tuple[str, Any]]) -> None:
    """PATCH /v1/jobs/{id} (update-job) answering the updated Job."""

    def update(request: Request) -> Response:
        calls.append(("update", json.loads(request.data)))
        job = component("Job", id=request.path.rsplit("/", 1)[1], project_id="proj_abc123")
        return Response(json.dumps(job), status=200, content_type="application/json")

    server.expect_request(re.compile(r"^/v1/jobs/[^/]+$"), method="PATCH").respond_with_handler(update)


def test_define_job_block(strait_env: FakeStrait, httpserver: HTTPServer) -> None:
    # python.mdx, "Defining Jobs": define_job(**keywords), register, trigger, trigger_and_wait
    from strait import define_job

    updates: list[tuple[str, Any]] = []
    _job_routes(httpserver, updates)
    client = Client.from_env()
    sync_inventory = define_job(
        name="Sync Inventory",
        slug="sync-inventory",
        endpoint_url="https://worker.dev/jobs/sync",
        project_id="proj_abc123",
        max_concurrency=5,
        max_attempts=5,
        retry_strategy="exponential",
        timeout_secs=300,
    )
    job = sync_inventory.register(client)  # the project's job with this slug is updated
    assert job["id"] == "job_sync_1"
    assert updates[0][1]["max_attempts"] == 5 and "project_id" not in updates[0][1]
    run = sync_inventory.trigger(client, payload={"sku": "ABC-123"})
    assert run["status"] == "queued"
    completed = sync_inventory.trigger_and_wait(client, payload={"sku": "ABC-123"})
    assert completed.status == "completed"
    triggers = [c for c in strait_env.calls if c[0] == "trigger"]
    assert triggers == [("trigger", "job_sync_1", {"payload": {"sku": "ABC-123"}})] * 2
    client.close()


def test_define_job_decorator_block() -> None:
    # python.mdx, "Defining Jobs" (decorator form); the handler runs with a test context
    from strait import define_job
    from strait.testing import create_test_context

    @define_job(
        name="Process Order",
        slug="process-order",
        endpoint_url="https://worker.dev/jobs/process",
        project_id="proj_abc123",
    )
    def process_order(payload: Any, ctx: Any) -> dict[str, Any]:
        ctx.logger.info("Processing order %s", payload["order_id"])
        return {"charged": True, "order_id": payload["order_id"]}

    assert process_order.slug == "process-order"
    assert process_order.handler is not None
    ctx, _record = create_test_context()
    assert process_order.handler({"order_id": "o1"}, ctx) == {"charged": True, "order_id": "o1"}


def test_define_workflow_block(httpserver: HTTPServer, strait_env: FakeStrait) -> None:
    # python.mdx, "Defining Workflows": define_workflow(**keywords) with step.job / .approval /
    # .wait_for_event / .sleep, register, trigger
    from strait import define_workflow, step

    workflows: list[dict[str, Any]] = []
    triggered: list[tuple[str, Any]] = []

    def list_workflows(request: Request) -> Response:
        page = {"data": workflows, "has_more": False, "next_cursor": None}
        return Response(json.dumps(page), status=200, content_type="application/json")

    def create_workflow(request: Request) -> Response:
        body = json.loads(request.data)
        created = component("WorkflowResponse", id="wf_1", slug=body["slug"], project_id=body["project_id"])
        workflows.append(created)
        return Response(json.dumps(created), status=201, content_type="application/json")

    def trigger_workflow(request: Request) -> Response:
        triggered.append((request.path.split("/")[3], json.loads(request.data)))
        run = component("WorkflowRun", id="wfr_1", workflow_id="wf_1", status="pending")
        return Response(json.dumps(run), status=201, content_type="application/json")

    httpserver.expect_request("/v1/workflows", method="GET").respond_with_handler(list_workflows)
    httpserver.expect_request("/v1/workflows", method="POST").respond_with_handler(create_workflow)
    httpserver.expect_request(
        re.compile(r"^/v1/workflows/[^/]+/trigger$"), method="POST"
    ).respond_with_handler(trigger_workflow)
    client = Client.from_env()

    def pipeline(**approval: Any) -> Any:
        return define_workflow(
            name="Order Pipeline",
            slug="order-pipeline",
            project_id="proj_abc123",
            steps=[
                step.job("validate", "job_validate"),
                step.job("charge", "job_charge", depends_on=["validate"]),
                step.approval("review", depends_on=["charge"], approval_timeout_secs=3600, **approval),
                step.wait_for_event("shipping", "shipping.confirmed", depends_on=["review"]),
                step.sleep("cooldown", 60, depends_on=["shipping"]),
            ],
        )

    # As printed, the approval step has no approvers, which the server refuses
    # ("approval steps require approval_approvers"): refused before sending.
    with pytest.raises(ValidationError, match="approvers"):
        pipeline().register(client)
    order_pipeline = pipeline(approvers=["ops"])
    order_pipeline.register(client)
    workflow_run = order_pipeline.trigger(client)
    assert workflow_run["id"] == "wfr_1"
    assert triggered == [("wf_1", {"project_id": "proj_abc123"})]
    client.close()


def test_error_block_message_on_every_error() -> None:
    # python.mdx, "Error Handling": `except StraitError as e: ... e.message`
    from strait.errors import StraitError

    try:
        raise ValidationError("bad input", field="x")
    except StraitError as e:
        assert e.message == "bad input"
    assert NotFoundError("job not found", status=404).message == "job not found"


def test_configuration_page_block(
    strait_env: FakeStrait, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # configuration.mdx: Client.from_file(), from_file(search_dir=...), from_file(path=...),
    # AsyncClient.from_file()
    monkeypatch.delenv("STRAIT_BASE_URL")
    project = tmp_path / "project"
    project.mkdir()
    (project / "strait.json").write_text(json.dumps({"sdk": {"base_url": "https://a.example"}}))
    custom = tmp_path / "custom-config.json"
    custom.write_text(json.dumps({"sdk": {"base_url": "https://b.example"}}))
    monkeypatch.chdir(project)
    with Client.from_file() as client:
        assert client.base_url == "https://a.example"
    with Client.from_file(search_dir=str(project)) as client:
        assert client.base_url == "https://a.example"
    with Client.from_file(path=str(custom)) as client:
        assert client.base_url == "https://b.example"
    async_client = AsyncClient.from_file()
    assert async_client.base_url == "https://a.example"
    asyncio.run(async_client.close())


def test_overview_trigger_block(strait_env: FakeStrait, capsys: pytest.CaptureFixture[str]) -> None:
    # overview.mdx: client.jobs.trigger(job, {"payload": {...}}); print(run["id"], run["status"])
    client = Client.from_env()
    run = client.jobs.trigger(
        "job_welcome_1", {"payload": {"to": "customer@example.com", "template": "welcome"}}
    )
    print(run["id"], run["status"])
    assert capsys.readouterr().out.split()[1] == "queued"
    client.close()
