"""The authoring DSL: validation at definition time, request bodies checked against the
spec's request schemas, and deploy/trigger through fake and real clients."""

from __future__ import annotations

import asyncio
import sys
import time
import types
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, cast

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from pytest_httpserver import HTTPServer
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from spec_samples import sample, spec

import strait.authoring
from strait import AsyncClient, Client
from strait._errors import DagValidationError, ValidationError
from strait.authoring import (
    JobDefinition,
    JobOptions,
    StepRetry,
    WorkflowOptions,
    all_of,
    any_of,
    approval_step,
    compare,
    define_job,
    define_workflow,
    job_step,
    not_,
    sleep_step,
    step,
    step_status,
    step_status_in,
    sub_workflow_step,
    wait_for_event_step,
)

# --- helpers ------------------------------------------------------------------------------


def validator(schema_name: str) -> Draft202012Validator:
    """A validator for ``#/components/schemas/<schema_name>`` that resolves every ``$ref``."""
    registry: Registry[Any] = Registry().with_resource(
        "urn:strait-spec", Resource.from_contents(spec(), default_specification=DRAFT202012)
    )
    return Draft202012Validator(
        {"$ref": f"urn:strait-spec#/components/schemas/{schema_name}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def assert_valid(body: dict[str, Any], schema_name: str) -> None:
    errors = [e.message for e in validator(schema_name).iter_errors(body)]
    assert errors == [], errors


class FakePage:
    """Like the client's list page: ``.data`` and iterable."""

    def __init__(self, data: list[dict[str, Any]]) -> None:
        self.data = data

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.data)


class FakeAsyncPaginator:
    def __init__(self, data: list[dict[str, Any]]) -> None:
        self.data = data

    async def __aiter__(self) -> AsyncIterator[dict[str, Any]]:
        for item in self.data:
            yield item


class FakeService:
    """Records every call; ``list`` filters ``items`` by ``slug``; other methods answer ``answers``."""

    def __init__(self, name: str, calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]) -> None:
        self.name = name
        self.calls = calls
        self.items: list[dict[str, Any]] = []
        self.answers: dict[str, Any] = {}

    def _answer(self, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        self.calls.append((f"{self.name}.{method}", args, kwargs))
        if method == "list":
            slug = kwargs.get("slug")
            return [i for i in self.items if slug is None or i["slug"] == slug]
        answer = self.answers.get(method, {"id": f"{self.name}_new"})
        return answer(*args) if callable(answer) else answer

    def __getattr__(self, method: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            result = self._answer(method, args, kwargs)
            return FakePage(result) if method == "list" else result

        return call


class FakeAsyncService(FakeService):
    def __getattr__(self, method: str) -> Callable[..., Any]:
        if method == "list":
            return lambda **kwargs: FakeAsyncPaginator(self._answer("list", (), kwargs))

        async def call(*args: Any, **kwargs: Any) -> Any:
            return self._answer(method, args, kwargs)

        return call


class FakeClient:
    """A stand-in for ``strait.Client``: ``jobs``, ``workflows``, ``runs`` record their calls."""

    service = FakeService

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        self.jobs = self.service("jobs", self.calls)
        self.workflows = self.service("workflows", self.calls)
        self.runs = self.service("runs", self.calls)

    def names(self) -> list[str]:
        return [c[0] for c in self.calls]


class FakeAsyncClient(FakeClient):
    service = FakeAsyncService


def job_options(**overrides: Any) -> JobOptions:
    values: dict[str, Any] = {
        "name": "Process Order",
        "slug": "process-order",
        "endpoint_url": "https://worker.example.com/run",
        "project_id": "proj-1",
    }
    values.update(overrides)
    return JobOptions(**values)


def every_step_type_workflow() -> strait.authoring.WorkflowDefinition:
    return define_workflow(
        WorkflowOptions(
            name="All Steps",
            slug="all-steps",
            project_id="proj-1",
            description="one step of each type",
            tags={"team": "ops"},
            max_parallel_steps=2,
            version_policy="latest",
            steps=[
                job_step(
                    "charge",
                    "charge-job",
                    payload={"amount": 5},
                    retry=StepRetry(3, "fixed", initial_delay_secs=2, max_delay_secs=10),
                    on_failure="skip_dependents",
                    timeout_secs=60,
                    compensation_job="refund-job",
                    compensation_timeout_secs=30,
                    concurrency_key="orders",
                    resource_class="small",
                    expected_duration_secs=5,
                    output_transform="$.result",
                ),
                approval_step(
                    "approve",
                    approvers=["ops@example.com"],
                    approval_timeout_secs=3600,
                    depends_on=["charge"],
                ),
                wait_for_event_step(
                    "shipped",
                    "order.shipped",
                    event_timeout_secs=600,
                    notify_url="https://hooks.example.com/wait",
                    emit_key="order.waiting",
                    depends_on=["approve"],
                ),
                sleep_step("cooldown", 60, depends_on=["shipped"]),
                sub_workflow_step(
                    "notify",
                    "notify-workflow",
                    max_nesting_depth=2,
                    depends_on=["cooldown"],
                    condition=all_of(
                        step_status("charge", "completed"),
                        not_(step_status_in("shipped", ["failed", "canceled"])),
                        any_of(compare("eq", {"step_ref": "approve"}, "completed"), compare("gt", 2, 1)),
                    ),
                ),
            ],
        )
    )


# --- jobs ---------------------------------------------------------------------------------


def test_job_request_matches_the_create_schema() -> None:
    job = define_job(
        job_options(
            description="d",
            max_concurrency=10,
            timeout_secs=300,
            max_attempts=5,
            retry_strategy="exponential",
            retry_delays_secs=(1, 5),
            cron="*/5 * * * *",
            timezone="UTC",
            tags={"team": "ops"},
            enabled=True,
            extra={"run_ttl_secs": 60},
        )
    )
    body = job.to_request()
    assert body == {
        "name": "Process Order",
        "slug": "process-order",
        "project_id": "proj-1",
        "endpoint_url": "https://worker.example.com/run",
        "description": "d",
        "max_concurrency": 10,
        "timeout_secs": 300,
        "max_attempts": 5,
        "retry_strategy": "exponential",
        "retry_delays_secs": [1, 5],
        "cron": "*/5 * * * *",
        "timezone": "UTC",
        "tags": {"team": "ops"},
        "enabled": True,
        "run_ttl_secs": 60,
    }
    assert job.to_dict() == body
    assert_valid(body, "CreateJobRequest")
    update = job.to_update_request()
    assert "project_id" not in update
    assert_valid(update, "UpdateJobRequest")


def test_the_schema_check_can_fail() -> None:
    with pytest.raises(AssertionError):
        assert_valid({"name": "x", "slug": "x", "project_id": "p", "backoff": "linear"}, "CreateJobRequest")
    with pytest.raises(AssertionError):
        assert_valid(
            {"name": "x", "slug": "x", "project_id": "p", "steps": [{"ref": "a"}]}, "CreateWorkflowRequest"
        )


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": ""}, "name"),
        ({"slug": "x" * 256}, "slug"),
        ({"project_id": ""}, "project_id"),
        ({"timeout_secs": 0}, "timeout_secs"),
        ({"timeout_secs": 86_401}, "timeout_secs"),
        ({"max_attempts": 101}, "max_attempts"),
        ({"max_concurrency": -1}, "max_concurrency"),
        ({"endpoint_url": None}, "endpoint_url"),
        ({"extra": {"slug": "other"}}, "extra"),
    ],
)
def test_job_options_are_validated(overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        define_job(job_options(**overrides))
    assert info.value.field == field


def test_worker_jobs_need_no_endpoint() -> None:
    job = define_job(job_options(endpoint_url=None, execution_mode="worker"))
    assert_valid(job.to_request(), "CreateJobRequest")


def test_job_carries_its_handler() -> None:
    def handle(ctx: Any, payload: Any) -> Any:
        return {"ok": payload}

    assert define_job(job_options(), handler=handle).handler is handle
    assert define_job(job_options(handler=handle)).handler is handle
    assert define_job(job_options()).handler is None

    @define_job(job_options())
    def decorated(ctx: Any, payload: Any) -> Any:
        return payload

    assert isinstance(decorated, strait.authoring.JobDefinition)
    assert decorated.handler is not None and decorated.handler(None, {"a": 1}) == {"a": 1}
    assert decorated(None, {"a": 1}) == {"a": 1}  # a decorated job is callable as its handler
    assert "handler" not in decorated.to_request()
    with pytest.raises(ValidationError, match="has no handler to call"):
        define_job(job_options())(None, {"a": 1})
    with pytest.raises(ValidationError, match="not both"):
        define_job(job_options(handler=handle), handler=handle)


def test_job_deploy_creates_when_the_slug_is_new() -> None:
    client = FakeClient()
    job = define_job(job_options())
    assert job.deploy(cast(Any, client)) == {"id": "jobs_new"}
    assert client.calls == [
        ("jobs.list", (), {"slug": "process-order"}),
        ("jobs.create", (job.to_request(),), {}),
    ]


def test_job_deploy_updates_the_existing_job() -> None:
    client = FakeClient()
    client.jobs.items = [
        {"id": "job_other_project", "slug": "process-order", "project_id": "proj-2"},
        {"id": "job_1", "slug": "process-order", "project_id": "proj-1"},
    ]
    client.jobs.answers["update"] = {"id": "job_1", "updated": True}
    job = define_job(job_options(timeout_secs=60))
    assert job.register(cast(Any, client)) == {"id": "job_1", "updated": True}
    assert client.calls[-1] == ("jobs.update", ("job_1", job.to_update_request()), {})


async def test_job_async_deploy_shares_the_plan() -> None:
    client = FakeAsyncClient()
    job = define_job(job_options())
    assert await job.async_deploy(cast(Any, client)) == {"id": "jobs_new"}
    client.jobs.items = [{"id": "job_1", "slug": "process-order"}]
    await job.async_deploy(cast(Any, client))
    assert client.names() == ["jobs.list", "jobs.create", "jobs.list", "jobs.update"]


def test_job_trigger_and_wait() -> None:
    client = FakeClient()
    client.jobs.items = [{"id": "job_1", "slug": "process-order", "project_id": "proj-1"}]
    client.jobs.answers["trigger"] = {"id": "run_1", "status": "queued"}
    client.runs.answers["wait"] = lambda run_id: {"id": run_id, "status": "completed"}
    slept: list[float] = []
    job = define_job(job_options())
    run = job.trigger_and_wait(
        cast(Any, client), {"sku": "A"}, interval=0.5, sleep=slept.append, clock=time.monotonic
    )
    assert run == {"id": "run_1", "status": "completed"}
    assert client.calls[2] == (
        "runs.wait",
        ("run_1",),
        {"timeout": 120.0, "interval": 0.5, "sleep": slept.append, "clock": time.monotonic},
    )
    assert client.calls[1] == ("jobs.trigger", ("job_1", {"payload": {"sku": "A"}}), {})
    assert job.trigger(cast(Any, client), idempotency_key="k1") == {"id": "run_1", "status": "queued"}
    assert client.calls[-1] == ("jobs.trigger", ("job_1", {}), {"idempotency_key": "k1"})


async def test_job_async_trigger_and_wait_takes_the_same_wait_options() -> None:
    client = FakeAsyncClient()
    client.jobs.items = [{"id": "job_1", "slug": "process-order", "project_id": "proj-1"}]
    client.jobs.answers["trigger"] = {"id": "run_1", "status": "queued"}
    client.runs.answers["wait"] = lambda run_id: {"id": run_id, "status": "completed"}
    job = define_job(job_options())
    run = await job.async_trigger_and_wait(cast(Any, client), {"sku": "A"}, timeout=30.0)
    assert run == {"id": "run_1", "status": "completed"}
    assert client.calls[2] == (
        "runs.wait",
        ("run_1",),
        {"timeout": 30.0, "interval": 2.0, "sleep": asyncio.sleep, "clock": time.monotonic},
    )
    with pytest.raises(TypeError, match="poll"):
        await job.async_trigger_and_wait(cast(Any, client), poll=1.0)  # type: ignore[call-arg]


async def test_job_async_trigger_needs_a_deployed_job() -> None:
    with pytest.raises(ValidationError, match="not deployed"):
        await define_job(job_options()).async_trigger(cast(Any, FakeAsyncClient()))


# --- workflows ----------------------------------------------------------------------------


def test_every_server_step_type_has_a_builder() -> None:
    step_types = {s["step_type"] for s in every_step_type_workflow().to_request()["steps"]}
    schema_types = {"job", "approval", "sub_workflow", "wait_for_event", "sleep"}  # server WorkflowStepType
    assert step_types == schema_types


def test_workflow_request_matches_the_schemas() -> None:
    wf = every_step_type_workflow()
    body = wf.to_request()
    assert_valid(body, "CreateWorkflowRequest")
    assert_valid(wf.to_update_request(), "UpdateWorkflowRequest")
    steps = {s["step_ref"]: s for s in body["steps"]}
    assert steps["charge"] == {
        "step_ref": "charge",
        "step_type": "job",
        "job_id": "charge-job",
        "payload": {"amount": 5},
        "retry_max_attempts": 3,
        "retry_backoff": "fixed",
        "retry_initial_delay_secs": 2,
        "retry_max_delay_secs": 10,
        "on_failure": "skip_dependents",
        "timeout_secs_override": 60,
        "compensation_job_id": "refund-job",
        "compensation_timeout_secs": 30,
        "concurrency_key": "orders",
        "resource_class": "small",
        "expected_duration_secs": 5,
        "output_transform": "$.result",
    }
    assert steps["approve"] == {
        "step_ref": "approve",
        "step_type": "approval",
        "depends_on": ["charge"],
        "approval_approvers": ["ops@example.com"],
        "approval_timeout_secs": 3600,
    }
    assert steps["shipped"] == {
        "step_ref": "shipped",
        "step_type": "wait_for_event",
        "depends_on": ["approve"],
        "event_key": "order.shipped",
        "event_timeout_secs": 600,
        "event_notify_url": "https://hooks.example.com/wait",
        "event_emit_key": "order.waiting",
    }
    assert steps["cooldown"] == {
        "step_ref": "cooldown",
        "step_type": "sleep",
        "depends_on": ["shipped"],
        "sleep_duration_secs": 60,
    }
    assert steps["notify"]["sub_workflow_id"] == "notify-workflow"
    assert steps["notify"]["max_nesting_depth"] == 2
    assert steps["notify"]["condition"] == {
        "type": "all_of",
        "conditions": [
            {"type": "step_status", "step_ref": "charge", "status": "completed"},
            {
                "type": "not",
                "condition": {
                    "type": "step_status_in",
                    "step_ref": "shipped",
                    "statuses": ["failed", "canceled"],
                },
            },
            {
                "type": "any_of",
                "conditions": [
                    {"type": "eq", "left": {"step_ref": "approve"}, "right": "completed"},
                    {"type": "gt", "left": 2, "right": 1},
                ],
            },
        ],
    }
    assert {k: v for k, v in body.items() if k != "steps"} == {
        "name": "All Steps",
        "slug": "all-steps",
        "project_id": "proj-1",
        "description": "one step of each type",
        "tags": {"team": "ops"},
        "max_parallel_steps": 2,
        "version_policy": "latest",
    }


def test_step_namespace_matches_the_builders() -> None:
    assert step.job("a", "j") == job_step("a", "j")
    assert step.sleep("s", 5, depends_on=["a"]) == sleep_step("s", 5, depends_on=["a"])
    assert step.approval("b", approvers=["x"]) == approval_step("b", approvers=["x"])
    assert step.wait_for_event("w", "k") == wait_for_event_step("w", "k")
    assert step.sub_workflow("u", "wf") == sub_workflow_step("u", "wf")


def _wf(*steps: Any) -> Any:
    return define_workflow(WorkflowOptions(name="W", slug="w", project_id="p", steps=list(steps)))


@pytest.mark.parametrize(
    ("steps", "message", "cycle"),
    [
        (
            [job_step("a", "j", depends_on=["b"]), job_step("b", "j", depends_on=["a"])],
            "dependency cycle: a -> b -> a",
            ["a", "b", "a"],
        ),
        (
            [
                job_step("start", "j"),
                job_step("x", "j", depends_on=["start", "z"]),
                job_step("y", "j", depends_on=["x"]),
                job_step("z", "j", depends_on=["y"]),
            ],
            "dependency cycle: x -> z -> y -> x",
            ["x", "z", "y", "x"],
        ),
        ([job_step("a", "j", depends_on=["a"])], "step 'a' depends on itself", ["a", "a"]),
        ([job_step("a", "j", depends_on=["ghost"])], "step 'a' depends on unknown step 'ghost'", None),
        ([job_step("a", "j"), sleep_step("a", 5)], "duplicate step ref 'a'", None),
        (
            [job_step("a", "j", condition=step_status("ghost", "completed"))],
            "the condition of step 'a' names unknown step 'ghost'",
            None,
        ),
    ],
)
def test_invalid_dags_are_rejected(steps: list[Any], message: str, cycle: list[str] | None) -> None:
    with pytest.raises(DagValidationError) as info:
        _wf(*steps)
    assert message in str(info.value)
    assert info.value.cycle == cycle


def test_a_long_chain_is_fine_and_too_many_steps_are_not() -> None:
    chain = [job_step("s0", "j")] + [job_step(f"s{i}", "j", depends_on=[f"s{i - 1}"]) for i in range(1, 1000)]
    assert len(_wf(*chain).steps) == 1000
    with pytest.raises(DagValidationError, match="at most 1000 steps"):
        _wf(*chain, job_step("extra", "j"))


@pytest.mark.parametrize(
    "build",
    [
        lambda: job_step("", "j"),
        lambda: job_step("a", ""),
        lambda: sleep_step("a", 0),
        lambda: sleep_step("a", 2_592_001),
        lambda: wait_for_event_step("a", ""),
        lambda: wait_for_event_step("a", "k" * 513),
        lambda: sub_workflow_step("a", "wf", max_nesting_depth=-1),
        lambda: approval_step("a", approval_timeout_secs=-1),
        lambda: job_step("a", "j", on_failure="explode"),  # type: ignore[arg-type]
        lambda: job_step("a", "j", resource_class="huge"),  # type: ignore[arg-type]
        lambda: job_step("a", "j", concurrency_key="k" * 129),
        lambda: job_step("a", "j", depends_on="b"),
        lambda: job_step("a", "j", depends_on=[""]),
        lambda: job_step("a", "j", condition={"step_ref": "b"}),
        lambda: StepRetry(-1),
    ],
)
def test_bad_steps_are_rejected(build: Callable[[], Any]) -> None:
    with pytest.raises(ValidationError):
        build()


def _deploy_fixture(client: FakeClient) -> Any:
    charge = define_job(job_options(slug="charge-job"))
    client.jobs.items = [
        {"id": "job_charge", "slug": "charge-job", "project_id": "proj-1"},
        {"id": "job_refund", "slug": "refund-job", "project_id": "proj-1"},
    ]
    client.workflows.items = [{"id": "wf_notify", "slug": "notify-workflow", "project_id": "proj-1"}]
    return define_workflow(
        WorkflowOptions(
            name="Orders",
            slug="orders",
            project_id="proj-1",
            steps=[
                job_step("charge", charge, compensation_job="refund-job"),
                job_step("legacy", "job_by_id", depends_on=["charge"]),
                sub_workflow_step("notify", "notify-workflow", depends_on=["legacy"]),
            ],
        )
    )


def test_workflow_deploy_resolves_slugs_and_creates() -> None:
    client = FakeClient()
    wf = _deploy_fixture(client)
    assert wf.deploy(client) == {"id": "workflows_new"}
    assert client.names() == ["jobs.list", "jobs.list", "jobs.list", "workflows.list", "workflows.create"]
    body = client.calls[-1][1][0]
    assert_valid(body, "CreateWorkflowRequest")
    assert [
        (s.get("job_id"), s.get("compensation_job_id"), s.get("sub_workflow_id")) for s in body["steps"]
    ] == [
        ("job_charge", "job_refund", None),
        ("job_by_id", None, None),
        (None, None, "wf_notify"),
    ]


async def test_workflow_async_deploy_updates_by_slug() -> None:
    client = FakeAsyncClient()
    wf = _deploy_fixture(client)
    client.workflows.items.append({"id": "wf_orders", "slug": "orders", "project_id": "proj-1"})
    await wf.async_deploy(client)
    name, args, _ = client.calls[-1]
    assert name == "workflows.update" and args[0] == "wf_orders"
    assert "project_id" not in args[1]
    assert_valid(args[1], "UpdateWorkflowRequest")
    assert args[1]["steps"][0]["job_id"] == "job_charge"


def test_workflow_deploy_checks_before_sending() -> None:
    client = FakeClient()
    docs_style = _wf(job_step("a", "j"), approval_step("approve", depends_on=["a"]))
    with pytest.raises(ValidationError, match="approval step 'approve' needs approvers"):
        docs_style.deploy(client)
    assert client.calls == []
    undeployed = define_job(job_options(slug="missing"))
    with pytest.raises(ValidationError, match="job 'missing' is not deployed"):
        _wf(job_step("a", undeployed)).deploy(client)


def test_workflow_trigger() -> None:
    client = FakeClient()
    client.workflows.items = [{"id": "wf_1", "slug": "w", "project_id": "p"}]
    wf = _wf(sleep_step("nap", 1))
    wf.trigger(client, {"x": 1})
    assert client.calls[-1] == ("workflows.trigger", ("wf_1", {"project_id": "p", "payload": {"x": 1}}), {})
    assert_valid(client.calls[-1][1][1], "TriggerWorkflowRequest")


# --- against the real client (HTTP faked by pytest-httpserver) -----------------------------

JOB_JSON = {
    **sample({"$ref": "#/components/schemas/Job"}),
    "id": "job_1",
    "slug": "process-order",
    "project_id": "proj-1",
}


def test_deploy_with_the_real_client(httpserver: HTTPServer, client: Client) -> None:
    httpserver.expect_ordered_request(
        "/v1/jobs", method="GET", query_string="slug=process-order"
    ).respond_with_json({"data": [JOB_JSON], "has_more": False})
    job = define_job(job_options(timeout_secs=60))
    httpserver.expect_ordered_request(
        "/v1/jobs/job_1", method="PATCH", json=job.to_update_request()
    ).respond_with_json(JOB_JSON)
    assert job.deploy(client)["id"] == "job_1"
    httpserver.check_assertions()


async def test_async_deploy_with_the_real_async_client(httpserver: HTTPServer, aclient: AsyncClient) -> None:
    httpserver.expect_ordered_request(
        "/v1/jobs", method="GET", query_string="slug=process-order"
    ).respond_with_json({"data": [], "has_more": False})
    job = define_job(job_options())
    httpserver.expect_ordered_request("/v1/jobs", method="POST", json=job.to_request()).respond_with_json(
        JOB_JSON, status=201
    )
    assert (await job.async_deploy(aclient))["id"] == "job_1"
    httpserver.check_assertions()


def _expect_job_on_the_second_page(httpserver: HTTPServer) -> None:
    other = {**JOB_JSON, "id": "job_0", "slug": "other-job"}
    httpserver.expect_ordered_request(
        "/v1/jobs", method="GET", query_string="slug=process-order"
    ).respond_with_json({"data": [other], "has_more": True, "next_cursor": "c1"})
    httpserver.expect_ordered_request(
        "/v1/jobs", method="GET", query_string={"slug": "process-order", "cursor": "c1"}
    ).respond_with_json({"data": [JOB_JSON], "has_more": False})
    httpserver.expect_ordered_request("/v1/jobs/job_1", method="PATCH").respond_with_json(JOB_JSON)


def test_deploy_finds_the_job_on_a_later_page(httpserver: HTTPServer, client: Client) -> None:
    _expect_job_on_the_second_page(httpserver)
    assert define_job(job_options()).deploy(client)["id"] == "job_1"
    httpserver.check_assertions()


async def test_async_deploy_finds_the_job_on_a_later_page(
    httpserver: HTTPServer, aclient: AsyncClient
) -> None:
    _expect_job_on_the_second_page(httpserver)
    assert (await define_job(job_options()).async_deploy(aclient))["id"] == "job_1"
    httpserver.check_assertions()


# --- create_test_context -------------------------------------------------------------------


def test_create_test_context_is_imported_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("strait.testing")

    def create_test_context() -> str:
        return "ctx"

    fake.create_test_context = create_test_context  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "strait.testing", fake)
    monkeypatch.delitem(strait.authoring.__dict__, "create_test_context", raising=False)
    assert strait.authoring.create_test_context is create_test_context
    monkeypatch.delitem(strait.authoring.__dict__, "create_test_context")
    with pytest.raises(AttributeError):
        strait.authoring.no_such_name  # noqa: B018


# --- keyword forms (Strait's Python docs write define_job / define_workflow this way) ------


def test_define_job_takes_its_options_as_keywords() -> None:
    options: dict[str, Any] = {
        "name": "Sync Inventory",
        "slug": "sync-inventory",
        "endpoint_url": "https://worker.example/jobs/sync",
        "project_id": "proj_abc123",
        "max_concurrency": 5,
        "max_attempts": 5,
        "retry_strategy": "exponential",
        "timeout_secs": 300,
    }
    job = define_job(**options)
    same = define_job(JobOptions(**options))
    assert job == same
    assert job.to_request()["max_attempts"] == 5


def test_define_job_keywords_as_a_decorator() -> None:
    @define_job(name="Process Order", slug="process-order", endpoint_url="https://w.example", project_id="p")
    def process_order(ctx: Any, payload: Any) -> Any:
        return {"charged": True, "order": payload["order_id"]}

    assert isinstance(process_order, JobDefinition)
    assert process_order.slug == "process-order"
    assert process_order.handler is not None
    assert process_order(None, {"order_id": "o1"}) == {"charged": True, "order": "o1"}


def test_define_job_keyword_errors_are_validation_errors() -> None:
    with pytest.raises(ValidationError, match="slug is required") as missing:
        define_job(name="A", project_id="p", endpoint_url="https://w.example")
    assert missing.value.field == "slug"
    with pytest.raises(ValidationError, match="unknown option 'retries'"):
        define_job(name="A", slug="a", project_id="p", retries=3)  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="not both"):
        define_job(job_options(), name="B")
    with pytest.raises(ValidationError, match="expected JobOptions"):
        define_job(cast(Any, {"name": "A"}))


def test_define_workflow_takes_its_options_as_keywords() -> None:
    options: dict[str, Any] = {
        "name": "Order Pipeline",
        "slug": "order-pipeline",
        "project_id": "proj_abc123",
        "steps": [
            step.job("validate", "job_validate"),
            step.job("charge", "job_charge", depends_on=["validate"]),
            step.approval("review", depends_on=["charge"], approval_timeout_secs=3600),
            step.wait_for_event("shipping", "shipping.confirmed", depends_on=["review"]),
            step.sleep("cooldown", 60, depends_on=["shipping"]),
        ],
    }
    wf = define_workflow(**options)
    assert wf.options == define_workflow(WorkflowOptions(**options)).options
    assert [s["step_ref"] for s in wf.to_request()["steps"]] == [
        "validate",
        "charge",
        "review",
        "shipping",
        "cooldown",
    ]
    with pytest.raises(DagValidationError):
        define_workflow(name="W", slug="w", project_id="p", steps=[step.job("a", "j", depends_on=["a"])])
    # one rule for both forms: without project_id, deploy uses the client's project
    by_keywords = define_workflow(name="W", slug="w")
    assert by_keywords.options == define_workflow(WorkflowOptions(name="W", slug="w")).options
    assert "project_id" not in define_workflow(name="W", slug="w").to_request()


def test_keyword_fields_match_the_options_dataclasses() -> None:
    from dataclasses import fields

    from strait.authoring import JobFields, WorkflowFields

    assert set(JobFields.__annotations__) == {f.name for f in fields(JobOptions)} - {"handler"}
    assert set(WorkflowFields.__annotations__) == {f.name for f in fields(WorkflowOptions)}


def test_slug_lengths_are_the_servers() -> None:
    """A job's slug is at most 128 characters (api/validation.go:23-28); a workflow's 255
    (api/workflows.go:56): refused before any request, naming the field."""
    from strait import ValidationError
    from strait.authoring import define_job, define_workflow, step

    URL = "https://worker.example.com/run"
    define_job(name="Long", slug="j" * 128, endpoint_url=URL)(lambda ctx, payload: None)
    with pytest.raises(ValidationError, match="1 to 128") as caught:
        define_job(name="Long", slug="j" * 129, endpoint_url=URL)(lambda ctx, payload: None)
    assert caught.value.field == "slug"
    job = define_job(name="Step", slug="step-job", endpoint_url=URL)(lambda ctx, payload: None)
    define_workflow(name="Long", slug="w" * 255, steps=[step.job("a", job)])
    with pytest.raises(ValidationError, match="1 to 255"):
        define_workflow(name="Long", slug="w" * 256, steps=[step.job("a", job)])
