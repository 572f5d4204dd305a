"""strait.testing: handlers unit-tested against the recording context, no server."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest

from strait import ValidationError
from strait.testing import RunRecord, create_async_test_context, create_test_context
from strait.worker import AsyncRunContext, RunContext, RunFinishedError


def handle(ctx: RunContext, payload: dict[str, Any]) -> dict[str, Any]:
    start = ctx.resume(default={"done": 0})["done"]
    ctx.log("syncing", data={"sku": payload["sku"]})
    for i in range(start, 3):
        ctx.progress(100 * (i + 1) / 3, step=f"batch-{i}")
        ctx.checkpoint({"done": i + 1})
    ctx.heartbeat()
    ctx.annotate(region="eu")
    ctx.set_state("cursor", 3)
    ctx.set_memory("last_sku", payload["sku"], ttl=60)
    ctx.output("report", {"rows": 3})
    ctx.stream("tok", stream_id="s1", done=True)
    ctx.resources(cpu_percent=12.5)
    ctx.usage("openai", "gpt-5", prompt_tokens=5, completion_tokens=7, total_tokens=12)
    ctx.tool_call("lookup", input={"sku": payload["sku"]}, status="success", duration_ms=4)
    ctx.spawn("child-job", payload={"sku": payload["sku"]})
    return {"synced": payload["sku"], "state": ctx.list_state(), "memory": ctx.get_memory("last_sku")}


def test_a_handler_runs_against_the_recording_context() -> None:
    ctx, record = create_test_context(payload={"sku": "ABC"})
    result = ctx.run(handle)
    assert result == {"synced": "ABC", "state": {"cursor": 3}, "memory": "ABC"}
    assert record.status == "completed" and record.completed and not record.failed
    assert record.result == result
    assert [p["percent"] for p in record.progress] == pytest.approx([100 / 3, 200 / 3, 100])
    assert record.logs == [{"message": "syncing", "level": "info", "data": {"sku": "ABC"}}]
    assert record.checkpoints == [{"done": 1}, {"done": 2}, {"done": 3}]
    assert record.heartbeats == 1
    assert record.annotations == {"region": "eu"}
    assert record.state == {"cursor": 3}
    assert record.memory == {"last_sku": "ABC"}
    assert record.outputs == {"report": {"rows": 3}}
    assert record.chunks == [{"chunk": "tok", "done": True, "stream_id": "s1"}]
    assert record.resources == [{"cpu_percent": 12.5}]
    assert record.usage[0]["total_tokens"] == 12
    assert record.tool_calls[0]["tool_name"] == "lookup"
    assert record.spawns == [
        {"job_slug": "child-job", "project_id": "test-project", "payload": {"sku": "ABC"}}
    ]


def test_a_retry_resumes_from_the_last_checkpoint() -> None:
    ctx, record = create_test_context(attempt=2, payload={"sku": "X"}, last_checkpoint={"done": 2})
    ctx.run(handle)
    assert record.checkpoints == [{"done": 3}]
    assert record.attempt == 2 and ctx.attempt == 2


def test_resume_asks_the_checkpoint_list_when_the_header_is_missing() -> None:
    ctx, record = create_test_context(attempt=2)
    record.checkpoints.extend([{"n": 1}, {"n": 2}])
    assert ctx.resume() == {"n": 2}


def test_a_failing_handler_is_recorded_once() -> None:
    def broken(ctx: RunContext, payload: Any) -> None:
        ctx.log("about to fail", level="error")
        raise RuntimeError("disk full")

    ctx, record = create_test_context()
    with pytest.raises(RuntimeError):
        ctx.run(broken)
    assert record.failed and record.error == "RuntimeError: disk full"
    assert record.requests.count(("POST", "/sdk/v1/runs/test-run/fail")) == 1
    with pytest.raises(RunFinishedError):
        ctx.complete()


def test_state_and_memory_round_trip_and_validation() -> None:
    ctx, record = create_test_context(run_id="run_9")
    assert ctx.get_state("missing", "dflt") == "dflt"
    ctx.set_state("a", [1])
    ctx.delete_state("a")
    assert ctx.list_state() == {}
    ctx.set_memory("m", 1)
    ctx.delete_memory("m")
    assert ctx.list_memory() == {} and ctx.get_memory("m") is None
    ctx.continue_as_new({"page": 2})
    answer = ctx.wait_for_event("approval:9", timeout=60)
    assert answer["status"] == "waiting" and record.status == "waiting" and ctx.status == "waiting"
    assert record.events == [{"event_key": "approval:9", "timeout_secs": 60}]
    assert record.continuations == [{"page": 2}]
    with pytest.raises(ValidationError):
        ctx.checkpoint(None)
    with pytest.raises(ValidationError):
        ctx.spawn("")
    assert record.run_id == "run_9" and ctx.run_id == "run_9"


def test_the_test_context_has_exactly_the_run_context_api() -> None:
    ctx, _ = create_test_context()
    assert isinstance(ctx, RunContext)
    public = [n for n in dir(RunContext) if not n.startswith("_")]
    for name in public:
        member = getattr(RunContext, name)
        if callable(member):
            assert inspect.signature(getattr(ctx, name)) == inspect.signature(
                getattr(ctx.__class__, name).__get__(ctx)
            )


async def test_async_test_context_records_too() -> None:
    async def ahandle(ctx: AsyncRunContext, payload: Any) -> int:
        await ctx.log("hi")
        for i in range(1, 5):
            await ctx.progress(i * 25)
        await ctx.checkpoint({"i": 4})
        await ctx.set_state("k", "v")
        assert await ctx.get_state("k") == "v"
        return int(payload["n"]) * 2

    ctx, record = create_async_test_context(payload={"n": 21})
    assert isinstance(ctx, AsyncRunContext)
    assert await ctx.run(ahandle) == 42
    assert isinstance(record, RunRecord)
    assert record.result == 42 and record.completed
    assert [p["percent"] for p in record.progress] == [25, 50, 75, 100]
    assert record.checkpoints == [{"i": 4}]


def test_throttled_progress_can_be_tested_too() -> None:
    ctx, record = create_test_context(progress_interval=3600)
    for i in range(50):
        ctx.progress(i)
    ctx.complete()
    assert [p["percent"] for p in record.progress] == [0, 49]


def test_an_async_handler_on_the_sync_test_context_names_the_async_one() -> None:
    """Issue 20 item 10: no `coroutine is not JSON-serializable`, no never-awaited warning;
    the error names create_async_test_context, and that one runs the handler."""
    import warnings

    async def handle_async(ctx: AsyncRunContext, payload: dict[str, Any]) -> dict[str, Any]:
        await ctx.progress(50)
        return {"sku": payload["sku"]}

    ctx, record = create_test_context(payload={"sku": "A"})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a never-awaited coroutine would warn
        with pytest.raises(ValidationError, match="create_async_test_context") as info:
            ctx.run(handle_async)  # type: ignore[arg-type,unused-coroutine]
        assert "JSON" not in str(info.value)
        with pytest.raises(ValidationError, match="create_async_test_context"):

            def wrapper(c: Any, p: Any) -> Any:  # a plain def around the async handler
                return handle_async(c, p)

            ctx.run(wrapper)
    assert record.status in ("executing", "failed") and record.result is None

    actx, arecord = create_async_test_context(payload={"sku": "A"})
    assert asyncio.run(actx.run(handle_async)) == {"sku": "A"}
    assert arecord.completed and arecord.progress[0]["percent"] == 50


@pytest.mark.parametrize("value", [float("nan"), float("inf"), {"deep": [float("-inf")]}])
def test_a_result_that_is_not_strict_json_fails_the_run_instead_of_completing(value: Any) -> None:
    """Item 9 over REST: the server reads the complete body as JSON (api/sdk_terminal.go:29-37
    takes ``result`` as raw JSON), and NaN/Infinity are not JSON (RFC 8259): the client
    refuses before sending (strait._faults.encode_json_body), the test context as the
    client does, and ``run`` fails the run with the reason, once."""
    ctx, record = create_test_context()
    with pytest.raises(ValidationError, match="not JSON-serialisable"):
        ctx.run(lambda c, p: value)
    assert record.failed and "Out of range float" in (record.error or "")
    assert ("POST", "/sdk/v1/runs/test-run/complete") not in record.requests


def test_a_handler_reading_secrets_and_the_previous_error_is_testable() -> None:
    """Item 17's context attributes, played by the test context (the headers of
    worker/executor_dispatch_headers.go:110-160)."""

    def handle(ctx: RunContext, payload: Any) -> Any:
        return {"key": ctx.secrets["API_KEY"], "retry_of": ctx.previous_error}

    ctx, record = create_test_context(attempt=2, secrets={"API_KEY": "k1"}, previous_error="boom")
    assert ctx.run(handle) == {"key": "k1", "retry_of": "boom"} and record.completed
    assert "k1" not in repr(ctx.secrets)
    actx, _ = create_async_test_context(secrets={"api_key": "k2"})
    assert actx.secrets["API_KEY"] == "k2" and actx.previous_error is None


@pytest.mark.parametrize("create", [create_test_context, create_async_test_context])
def test_both_contexts_take_the_same_options_and_refuse_unknown_ones(create: Any) -> None:
    ctx, record = create(
        "run-9", 2, {"n": 1}, project_id="proj-9", last_checkpoint={"step": 3}, secrets={"API_KEY": "k"}
    )
    assert (record.run_id, record.attempt, record.payload) == ("run-9", 2, {"n": 1})
    assert record.project_id == "proj-9"
    assert ctx.secrets["API_KEY"] == "k"
    with pytest.raises(TypeError, match=r"the test context: unexpected keyword argument.*retries"):
        create(retries=3)
