"""strait.worker._hosting: the one place both hosts (the gRPC worker, the HTTP adapters) run
a handler, settle its outcome and encode its result. Paths are relative to
``apps/strait/internal/`` at ac094a3c8."""

from __future__ import annotations

import asyncio
import math
import warnings
from typing import Any

import pytest

from strait import RunCancelledError, StraitError
from strait.worker import AsyncRunContext, RunContext, current
from strait.worker._hosting import Outcome, Sink, encode_outcome, execute, execute_async
from strait.worker._jobs import JobHandler, is_async_handler


def _no_client() -> Any:
    raise StraitError("no REST in these tests")


def hosted(fn: Any, payload: Any = None, sink: Sink | None = None) -> tuple[JobHandler, Any]:
    handler = JobHandler("job", fn, is_async_handler(fn))
    cls: Any = AsyncRunContext if handler.is_async else RunContext
    ctx = cls._for_worker(
        token=None,
        run_id="run_1",
        attempt=1,
        job_id=None,
        payload=payload,
        project_id=None,
        make_client=_no_client,
        sink=sink or Sink(),
    )
    return handler, ctx


def run(fn: Any, payload: Any = None, sink: Sink | None = None) -> Outcome:
    handler, ctx = hosted(fn, payload, sink)
    if handler.is_async:
        return asyncio.run(execute_async(handler, ctx))
    return execute(handler, ctx)


def test_the_return_value_completes_and_current_is_the_context() -> None:
    seen: list[Any] = []

    def handle(ctx: RunContext, payload: Any) -> Any:
        seen.append(current() is ctx)
        return {"got": payload}

    async def ahandle(ctx: AsyncRunContext, payload: Any) -> Any:
        seen.append(current() is ctx)
        return {"got": payload}

    assert run(handle, 1) == Outcome("completed", value={"got": 1})
    assert run(ahandle, 2) == Outcome("completed", value={"got": 2})
    assert seen == [True, True]


def test_explicit_fail_wins_then_complete_then_the_return_value() -> None:
    def fails(ctx: RunContext, payload: Any) -> Any:
        ctx.fail("out of stock")
        return {"ignored": True}

    def fails_then_raises(ctx: RunContext, payload: Any) -> Any:
        ctx.fail(ValueError("bad sku"))
        raise RuntimeError("after the fail")

    def completes(ctx: RunContext, payload: Any) -> Any:
        ctx.complete({"explicit": 1})
        return {"ignored": True}

    failed = run(fails)
    assert (failed.status, failed.error, failed.code) == ("failed", "out of stock", "run_failed")
    both = run(fails_then_raises)
    assert (both.status, both.error) == ("failed", "ValueError: bad sku")
    assert isinstance(both.exception, ValueError)
    assert run(completes) == Outcome("completed", value={"explicit": 1})


def test_an_exception_is_a_crash_with_the_exception_kept_for_its_traceback() -> None:
    def crash(ctx: RunContext, payload: Any) -> Any:
        raise KeyError("sku")

    outcome = run(crash)
    assert (outcome.status, outcome.error, outcome.code) == ("crashed", "KeyError: 'sku'", "handler_error")
    assert isinstance(outcome.exception, KeyError) and outcome.exception.__traceback__ is not None


def test_the_reason_is_cut_within_the_servers_8192_bytes_at_a_character() -> None:
    """api/grpc/stream.go:992-995 cuts error_message at 8192 bytes; a cut inside a
    character leaves text Postgres refuses."""

    def crash(ctx: RunContext, payload: Any) -> Any:
        raise ValueError("é" * 5000)

    error = run(crash).error
    assert len(error.encode()) <= 8192 and error.startswith("ValueError: é")
    error.encode().decode("utf-8")  # whole characters only


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, {"deep": [1, math.nan]}])
def test_nan_and_infinity_are_refused_as_a_final_failure(value: Any) -> None:
    """Item 9: the server's json.Valid refuses NaN/Infinity (api/grpc/stream.go:996-1004)."""
    outcome = encode_outcome(Outcome("completed", value=value), 1 << 20)
    assert (outcome.status, outcome.code) == ("failed", "result_not_json")
    assert "RFC 8259" in outcome.error and isinstance(outcome.exception, ValueError)


def test_encoding_gives_strict_compact_json_and_checks_the_cap() -> None:
    assert encode_outcome(Outcome("completed", value={"a": [1, "é"]}), 100).output == '{"a":[1,"é"]}'.encode()
    assert encode_outcome(Outcome("completed", value=None), 100).output == b""
    big = encode_outcome(Outcome("completed", value="x" * 200), 100)
    assert (big.status, big.code) == ("failed", "result_too_large") and "at most 100" in big.error
    crash = Outcome("crashed", error="x")
    assert encode_outcome(crash, 100) is crash


def _returns_a_coroutine(fn: Any) -> Any:
    def wrapper(ctx: Any, payload: Any) -> Any:  # a plain def: not recognisable as async
        return fn(ctx, payload)

    return wrapper


def test_a_sync_handler_returning_a_coroutine_is_a_clear_failure_without_a_warning() -> None:
    async def really_async(ctx: Any, payload: Any) -> int:
        return 1

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        outcome = run(_returns_a_coroutine(really_async))
    assert outcome.status == "failed" and "async def" in outcome.error


def test_the_host_cancels_through_the_protocol() -> None:
    """The host protocol replaces setting ctx._cancelled from outside."""
    calls: list[str] = []

    def handle(ctx: RunContext, payload: Any) -> Any:
        ctx._host_cancel()  # what the worker does on CancelTask, from its own thread
        assert ctx.cancelled
        with pytest.raises(RunCancelledError):
            ctx.log("too late")
        calls.append("ran")

    assert run(handle).status == "completed" and calls == ["ran"]


def test_the_sink_takes_log_lines_when_the_host_streams_them() -> None:
    lines: list[tuple[str, str, Any]] = []

    def take(level: str, message: str, data: Any) -> bool:
        lines.append((level, message, data))
        return True

    def handle(ctx: RunContext, payload: Any) -> Any:
        ctx.log("hello", data={"n": 1})
        return "ok"

    assert run(handle, sink=Sink(take)).value == "ok"
    assert lines == [("info", "hello", {"n": 1})]


def test_cancellation_of_an_async_handler_propagates() -> None:
    async def slow(ctx: AsyncRunContext, payload: Any) -> Any:
        await asyncio.sleep(10)

    async def go() -> None:
        handler, ctx = hosted(slow)
        task = asyncio.ensure_future(execute_async(handler, ctx))
        await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(go())


def test_an_assignment_is_verified_fail_closed_when_a_secret_is_set() -> None:
    """Item 13 (worker mode's half, for the worker to call on arrival): Strait signs
    ``<ts>.<payload>`` when the job has an endpoint_signing_secret (api/grpc/dispatch.go:566-576);
    with a secret configured, an unsigned assignment is refused like a forged one."""
    import time

    from strait._signing import sign
    from strait.worker._hosting import verify_assignment

    payload, ts = b'{"n": 1}', str(int(time.time()))
    good = sign("s3cret", ts, payload)
    assert verify_assignment(payload, "", "", None) is None  # no secret: nothing to check
    assert verify_assignment(payload, good, ts, "s3cret") is None
    assert verify_assignment(payload, good, ts, ["new", "s3cret"]) is None  # rotation
    unsigned = verify_assignment(payload, "", "", "s3cret")
    assert unsigned is not None and "no signature" in unsigned
    forged = verify_assignment(payload, sign("other", ts, payload), ts, "s3cret")
    assert forged is not None and "does not match" in forged
    stale = verify_assignment(payload, sign("s3cret", "1000", payload), "1000", "s3cret")
    assert stale is not None and "tolerance" in stale
