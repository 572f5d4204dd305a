"""Composition helpers: retry, waiting, pagination, triggers, budgets, checkpoints.

Every sleep is injected and recorded, and time comes from a fake clock, so nothing waits.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from conftest import FakeClock
from pytest_httpserver import HTTPServer
from spec_samples import component
from test_authoring import FakeAsyncClient, FakeClient
from werkzeug import Response

from strait import AsyncClient, Client
from strait._errors import (
    BadRequestError,
    RateLimitedError,
    ServerError,
    StraitError,
    StraitTimeoutError,
    TransportError,
    ValidationError,
)
from strait.composition import (
    CostBudgetExceededError,
    PageQuery,
    PaginatedResponse,
    RetryOptions,
    async_collect_all,
    async_latest_checkpoint,
    async_paginate,
    async_trigger_and_wait,
    async_trigger_idempotent,
    async_wait_for_run,
    async_with_checkpoint_resume,
    async_with_retry,
    checkpoint,
    collect_all,
    cost_budget,
    idempotency_key,
    latest_checkpoint,
    paginate,
    trigger_and_wait,
    trigger_idempotent,
    wait_for_run,
    with_checkpoint_resume,
    with_retry,
)


def flaky(failures: Sequence[BaseException], result: Any = "ok") -> Callable[[], Any]:
    calls = iter(failures)

    def fn() -> Any:
        for exc in calls:
            raise exc
        return result

    return fn


def api_error(cls: type[Any], status: int, **kw: Any) -> Any:
    return cls("boom", status=status, **kw)


# --- retry ---------------------------------------------------------------------------------


def test_with_retry_backs_off_exponentially_and_returns() -> None:
    clock = FakeClock()
    fn = flaky([TransportError("reset"), api_error(ServerError, 503), TransportError("reset")])
    options = RetryOptions(attempts=4, delay_ms=100, jitter="none")
    assert with_retry(fn, options, sleep=clock.sleep) == "ok"
    assert clock.slept == [0.1, 0.2, 0.4]


def test_with_retry_gives_up_after_attempts() -> None:
    clock = FakeClock()
    errors = [TransportError(f"e{i}") for i in range(5)]
    with pytest.raises(TransportError, match="e2"):
        with_retry(flaky(errors), RetryOptions(attempts=3, jitter="none"), sleep=clock.sleep)
    assert len(clock.slept) == 2


def test_with_retry_does_not_retry_client_errors() -> None:
    clock = FakeClock()
    with pytest.raises(BadRequestError):
        with_retry(flaky([api_error(BadRequestError, 400)]), RetryOptions(attempts=5), sleep=clock.sleep)
    assert clock.slept == []


def test_retry_delay_jitter_cap_and_retry_after() -> None:
    opts = RetryOptions(delay_ms=1000, max_delay_ms=3000, jitter="full")
    err = TransportError("x")
    assert opts.delay_seconds(1, err, 0.5) == 0.5
    assert opts.delay_seconds(5, err, 1.0) == 3.0  # capped
    assert RetryOptions(delay_ms=1000, jitter="equal").delay_seconds(1, err, 0.0) == 0.5
    limited = api_error(RateLimitedError, 429, retry_after=7.0)
    assert opts.delay_seconds(1, limited, 0.1) == 7.0
    with pytest.raises(ValidationError):
        RetryOptions(attempts=0)


def test_custom_retry_if() -> None:
    clock = FakeClock()
    opts = RetryOptions(attempts=3, jitter="none", retry_if=lambda e: isinstance(e, KeyError))
    assert with_retry(flaky([KeyError("k")]), opts, sleep=clock.sleep) == "ok"
    with pytest.raises(TransportError):
        with_retry(flaky([TransportError("x")]), opts, sleep=clock.sleep)


async def test_async_with_retry() -> None:
    clock = FakeClock()
    sync = flaky([TransportError("x")], result=42)

    async def fn() -> int:
        value: int = sync()
        return value

    assert await async_with_retry(fn, RetryOptions(delay_ms=50, jitter="none"), sleep=clock.asleep) == 42
    assert clock.slept == [0.05]


# --- wait_for_run --------------------------------------------------------------------------


def runs(*statuses: str) -> Callable[[str], dict[str, str]]:
    it = iter(statuses)
    return lambda rid: {"id": rid, "status": next(it)}


def test_wait_for_run_polls_until_terminal() -> None:
    clock = FakeClock()
    run = wait_for_run(
        get_run=runs("queued", "executing", "completed"),
        get_status=lambda r: r["status"],
        run_id="run-1",
        interval=2.0,
        sleep=clock.sleep,
        clock=clock,
    )
    assert run == {"id": "run-1", "status": "completed"}
    assert clock.slept == [2.0, 2.0]


def test_wait_for_run_times_out() -> None:
    clock = FakeClock()
    with pytest.raises(StraitTimeoutError, match="run-1 is still 'executing' after 5s") as info:
        wait_for_run(
            get_run=lambda rid: {"status": "executing"},
            run_id="run-1",
            timeout=5,
            interval=2,
            sleep=clock.sleep,
            clock=clock,
        )
    assert isinstance(info.value, TimeoutError)
    assert clock.slept == [2, 2, 1]  # never sleeps past the deadline


def test_wait_for_run_custom_done() -> None:
    clock = FakeClock()
    run = wait_for_run(
        get_run=runs("queued", "executing"),
        run_id="r",
        is_done=lambda s: s == "executing",
        sleep=clock.sleep,
        clock=clock,
    )
    assert run["status"] == "executing"


async def test_options_the_helpers_do_not_have_are_refused_before_any_request() -> None:
    """wait_for_run, trigger_and_wait and trigger_idempotent take their options as one
    TypedDict each, read by the plan both drivers run: a misspelt one is a TypeError, as
    for any Python signature, and nothing is called."""
    called: list[str] = []

    def get_run(rid: str) -> dict[str, str]:
        called.append(rid)
        return {"status": "completed"}

    async def aget_run(rid: str) -> dict[str, str]:
        return get_run(rid)

    with pytest.raises(TypeError, match=r"wait_for_run: unexpected keyword argument.*intervall"):
        wait_for_run(get_run=get_run, run_id="r", intervall=1)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="intervall"):
        await async_wait_for_run(get_run=aget_run, run_id="r", intervall=1)  # type: ignore[call-overload]
    client = FakeClient()
    with pytest.raises(TypeError, match=r"trigger_and_wait: unexpected keyword argument.*timout"):
        trigger_and_wait(cast(Client, client), "job_1", timout=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"trigger_idempotent: unexpected keyword argument.*retries"):
        trigger_idempotent(cast(Client, client), "job_1", retries=3)  # type: ignore[call-arg]
    assert called == [] and client.calls == []


async def test_async_wait_for_run() -> None:
    clock = FakeClock()
    get = runs("waiting", "dead_letter")

    async def get_run(rid: str) -> dict[str, str]:
        return get(rid)

    run = await async_wait_for_run(get_run=get_run, run_id="r", interval=1, sleep=clock.asleep, clock=clock)
    assert run["status"] == "dead_letter"
    assert clock.slept == [1]


def test_wait_for_run_documented_form_is_unchanged() -> None:
    client = FakeClient()
    client.runs.answers["get"] = runs("executing", "completed")
    clock = FakeClock()
    run = wait_for_run(
        get_run=lambda rid: client.runs.get(rid),  # noqa: PLW0108 - the documented form
        get_status=lambda r: r["status"],
        run_id="run-1",
        sleep=clock.sleep,
        clock=clock,
    )
    assert run == {"id": "run-1", "status": "completed"}
    assert client.names() == ["runs.get", "runs.get"]  # polling only: no stream, no runs.wait
    assert clock.slept == [2.0]


def test_wait_for_run_with_a_client_delegates_to_runs_wait() -> None:
    client = FakeClient()
    client.runs.answers["wait"] = {"id": "run-1", "status": "completed"}
    clock = FakeClock()
    run: Any = wait_for_run(
        client=cast(Any, client), run_id="run-1", timeout=30, interval=5, sleep=clock.sleep
    )
    assert run == {"id": "run-1", "status": "completed"}
    [(name, args, kwargs)] = client.calls
    assert (name, args) == ("runs.wait", ("run-1",))
    assert kwargs["timeout"] == 30 and kwargs["interval"] == 5 and kwargs["sleep"] == clock.sleep


def test_wait_for_run_with_a_client_and_custom_done_polls_runs_get() -> None:
    client = FakeClient()
    client.runs.answers["get"] = runs("queued", "executing")
    clock = FakeClock()
    run = wait_for_run(
        client=cast(Any, client),
        run_id="r",
        is_done=lambda s: s == "executing",
        sleep=clock.sleep,
        clock=clock,
    )
    assert run["status"] == "executing"
    assert client.names() == ["runs.get", "runs.get"]


def test_wait_for_run_needs_get_run_or_client() -> None:
    with pytest.raises(ValidationError, match="get_run= or client="):
        wait_for_run(run_id="r")  # type: ignore[call-overload]


async def test_async_wait_for_run_with_a_client_delegates() -> None:
    client = FakeAsyncClient()
    client.runs.answers["wait"] = {"id": "r", "status": "failed"}
    run = await async_wait_for_run(client=cast(Any, client), run_id="r", timeout=9)
    assert run["status"] == "failed"
    assert client.calls[0][0] == "runs.wait" and client.calls[0][2]["timeout"] == 9
    with pytest.raises(ValidationError):
        await async_wait_for_run(run_id="r")  # type: ignore[call-overload]


def serve_run_completing_on_its_stream(httpserver: HTTPServer) -> None:
    """run_1 reads as executing, its stream says completed, and the final read says completed."""
    statuses = iter(["executing", "completed"])
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(
        lambda _: Response(json.dumps(job_run(next(statuses))), content_type="application/json")
    )
    frame = {"type": "status_change", "run_id": "run_1", "from": "executing", "to": "completed"}
    httpserver.expect_request("/v1/runs/run_1/stream").respond_with_data(
        f"data: {json.dumps(frame)}\n\n", content_type="text/event-stream"
    )


def test_wait_for_run_with_a_real_client_follows_the_stream(httpserver: HTTPServer) -> None:
    serve_run_completing_on_its_stream(httpserver)
    clock = FakeClock()
    with Client(base_url=httpserver.url_for(""), api_key="strait_test_key_0123456789") as client:
        run = wait_for_run(client=client, run_id="run_1", sleep=clock.sleep, clock=clock)
    assert run.status == "completed"
    assert [r.path for r, _ in httpserver.log] == [
        "/v1/runs/run_1",
        "/v1/runs/run_1/stream",
        "/v1/runs/run_1",
    ]
    assert clock.slept == []


async def test_async_wait_for_run_with_a_real_client_falls_back(httpserver: HTTPServer) -> None:
    statuses = iter(["executing", "executing", "completed"])
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(
        lambda _: Response(json.dumps(job_run(next(statuses))), content_type="application/json")
    )
    httpserver.expect_request("/v1/runs/run_1/stream").respond_with_json({"error": "no"}, status=405)
    clock = FakeClock()
    async with AsyncClient(base_url=httpserver.url_for(""), api_key="strait_test_key_0123456789") as client:
        run = await async_wait_for_run(
            client=client, run_id="run_1", interval=1.5, sleep=clock.asleep, clock=clock
        )
    assert run.status == "completed"
    assert clock.slept == [1.5, 1.5]


def test_trigger_and_wait_with_a_real_client_follows_the_stream(httpserver: HTTPServer) -> None:
    # trigger_and_wait waits as runs.wait does: the run's stream, then one final read
    httpserver.expect_request("/v1/jobs/job_1/trigger", method="POST").respond_with_json(
        {"id": "run_1", "status": "queued", "payload_hash": "h", "idempotency_hit": False}, status=201
    )
    serve_run_completing_on_its_stream(httpserver)
    clock = FakeClock()
    with Client(base_url=httpserver.url_for(""), api_key="strait_test_key_0123456789") as client:
        run = trigger_and_wait(client, "job_1", {"sku": "A"}, sleep=clock.sleep, clock=clock)
    assert run.status == "completed"
    assert [r.path for r, _ in httpserver.log] == [
        "/v1/jobs/job_1/trigger",
        "/v1/runs/run_1",
        "/v1/runs/run_1/stream",
        "/v1/runs/run_1",
    ]
    assert clock.slept == []


def job_run(status: str) -> dict[str, Any]:
    """A spec-shaped run ``run_1`` of ``job_1`` in ``status``."""
    return component("JobRun", id="run_1", job_id="job_1", status=status)


# --- pagination ----------------------------------------------------------------------------


def pages(requests: list[PageQuery]) -> Callable[[PageQuery], PaginatedResponse[int]]:
    book = {None: PaginatedResponse([1, 2], True, "c1"), "c1": PaginatedResponse([3], True, "c2")}
    book["c2"] = PaginatedResponse([4])

    def fetch(q: PageQuery) -> PaginatedResponse[int]:
        requests.append(q)
        return book[q.cursor]

    return fetch


def test_paginate_follows_cursors() -> None:
    seen: list[PageQuery] = []
    assert collect_all(paginate(pages(seen), limit=2)) == [1, 2, 3, 4]
    assert seen == [PageQuery(None, 2), PageQuery("c1", 2), PageQuery("c2", 2)]


def test_paginate_is_lazy_and_accepts_dicts() -> None:
    seen: list[PageQuery] = []
    it = paginate(pages(seen))
    assert next(it) == 1 and len(seen) == 1
    answer = {"data": ["a"], "has_more": False, "next_cursor": "ignored"}
    assert list(paginate(lambda q: answer)) == ["a"]


def test_paginate_stops_on_a_stuck_cursor() -> None:
    with pytest.raises(StraitError, match="did not advance"):
        list(paginate(lambda q: PaginatedResponse([1], True, "same")))


def test_paginate_stops_on_a_cursor_cycle() -> None:
    # a -> b -> a: each cursor differs from the one just used, but the walk would repeat forever
    def fetch(q: PageQuery) -> PaginatedResponse[str]:
        return PaginatedResponse([q.cursor or "first"], True, "b" if q.cursor == "a" else "a")

    walk = paginate(fetch)
    assert [next(walk), next(walk), next(walk)] == ["first", "a", "b"]
    with pytest.raises(StraitError, match="'a' was already used"):
        next(walk)


def test_page_query_unpacks_as_keywords() -> None:
    def list_runs(**kwargs: Any) -> PaginatedResponse[Any]:
        return PaginatedResponse([kwargs])

    assert list(paginate(lambda q: list_runs(**q))) == [{}]
    assert dict(**PageQuery("c", 5)) == {"cursor": "c", "limit": 5}


async def test_apaginate() -> None:
    seen: list[PageQuery] = []
    fetch = pages(seen)

    async def afetch(q: PageQuery) -> PaginatedResponse[int]:
        return fetch(q)

    assert await async_collect_all(async_paginate(afetch)) == [1, 2, 3, 4]


# --- triggers ------------------------------------------------------------------------------


def test_idempotency_key_is_stable() -> None:
    a = idempotency_key("job_1", {"b": 1, "a": [1, 2]})
    assert a == idempotency_key("job_1", {"a": [1, 2], "b": 1})
    assert a != idempotency_key("job_1", {"a": [1, 2], "b": 2})
    assert a.startswith("strait-") and len(a) <= 256


def test_trigger_idempotent_sends_the_same_key_on_every_attempt() -> None:
    client = FakeClient()
    failures = iter([TransportError("reset")])

    def trigger(job_id: str, body: Any) -> Any:
        for exc in failures:
            raise exc
        return {"id": "run_1", "status": "queued"}

    client.jobs.answers["trigger"] = trigger
    clock = FakeClock()
    answer = trigger_idempotent(
        cast(Any, client), "job_1", {"sku": "A"}, retry=RetryOptions(jitter="none"), sleep=clock.sleep
    )
    assert answer == {"id": "run_1", "status": "queued"}
    key = idempotency_key("job_1", {"sku": "A"})
    assert (
        client.calls == [("jobs.trigger", ("job_1", {"payload": {"sku": "A"}}), {"idempotency_key": key})] * 2
    )
    with pytest.raises(ValidationError):
        trigger_idempotent(cast(Any, client), "job_1", key="k" * 257)


async def test_async_trigger_idempotent_with_explicit_key() -> None:
    client = FakeAsyncClient()
    await async_trigger_idempotent(cast(Any, client), "job_1", key="order-123-sync")
    assert client.calls == [("jobs.trigger", ("job_1", {}), {"idempotency_key": "order-123-sync"})]


def test_trigger_and_wait_waits_with_runs_wait() -> None:
    client = FakeClient()
    client.jobs.answers["trigger"] = {"id": "run_9", "status": "queued", "idempotency_hit": False}
    client.runs.answers["wait"] = lambda run_id: {"id": run_id, "status": "failed"}
    clock = FakeClock()
    run = trigger_and_wait(cast(Any, client), "job_1", {"x": 1}, interval=3, sleep=clock.sleep, clock=clock)
    assert run == {"id": "run_9", "status": "failed"}
    assert client.calls[1] == (
        "runs.wait",
        ("run_9",),
        {"timeout": 120.0, "interval": 3, "sleep": clock.sleep, "clock": clock},
    )


@pytest.mark.parametrize(
    "answer",
    [{"debounced": True, "fire_at": "2026-01-01T00:00:00Z"}, {"buffered": True}, {"status": "queued"}],
)
def test_trigger_and_wait_needs_a_run(answer: dict[str, Any]) -> None:
    client = FakeClient()
    client.jobs.answers["trigger"] = answer
    with pytest.raises(StraitError):
        trigger_and_wait(cast(Any, client), "job_1", sleep=lambda s: None)


async def test_async_trigger_and_wait() -> None:
    client = FakeAsyncClient()
    client.jobs.answers["trigger"] = {"id": "run_1", "status": "queued"}
    client.runs.answers["wait"] = lambda run_id: {"id": run_id, "status": "completed"}
    clock = FakeClock()
    run = await async_trigger_and_wait(
        cast(Any, client), "job_1", idempotency_key="k", sleep=clock.asleep, clock=clock
    )
    assert run["status"] == "completed"
    assert client.calls[0][2] == {"idempotency_key": "k"}


# --- cost budget ---------------------------------------------------------------------------


def test_cost_budget_tracks_usage_and_raises_when_over() -> None:
    with cost_budget(max_cost_usd=1.0, max_tokens=1000) as budget:
        budget.check()
        budget.track({"cost_microusd": 400_000, "total_tokens": 100})
        budget.track([{"cost_microusd": 600_000, "prompt_tokens": 10, "completion_tokens": 5}])
        assert (budget.spent_microusd, budget.spent_tokens) == (1_000_000, 115)
        with pytest.raises(CostBudgetExceededError) as info:
            budget.check()  # exactly at the limit: nothing left to spend
        assert (info.value.what, info.value.spent, info.value.limit) == (
            "cost_microusd",
            1_000_000,
            1_000_000,
        )
        with pytest.raises(CostBudgetExceededError, match="tokens"):
            budget.track({"cost_microusd": 0, "total_tokens": 900})


def test_cost_budget_reads_models_by_attribute() -> None:
    class Usage:
        cost_microusd = 5
        total_tokens = 7

    budget = cost_budget(max_cost_microusd=10)
    budget.track(Usage())
    assert (budget.spent_microusd, budget.spent_tokens) == (5, 7)
    budget.track(Usage())  # 10 of 10: at the limit, not over it
    with pytest.raises(CostBudgetExceededError):
        budget.track(Usage())
    with pytest.raises(ValidationError):
        cost_budget()
    with pytest.raises(ValidationError):
        cost_budget(max_cost_microusd=1, max_cost_usd=1)


# --- checkpoints ---------------------------------------------------------------------------


def test_with_checkpoint_resume_starts_from_saved_state() -> None:
    saved: list[dict[str, int]] = [{"cursor": 2}]
    items = ["a", "b", "c", "d"]
    done: list[str] = []

    def work(state: dict[str, int] | None, save: Callable[[dict[str, int]], object]) -> int:
        cursor = state["cursor"] if state else 0
        while cursor < len(items):
            done.append(items[cursor])
            cursor += 1
            save({"cursor": cursor})
        return cursor

    assert with_checkpoint_resume(work, load=lambda: saved[-1], save=saved.append) == 4
    assert done == ["c", "d"] and saved[-1] == {"cursor": 4}


async def test_async_with_checkpoint_resume() -> None:
    saved: list[int] = []

    async def load() -> int | None:
        return None

    async def save(state: int) -> None:
        saved.append(state)

    async def work(state: int | None, save: Callable[[int], Any]) -> str:
        await save((state or 0) + 1)
        return "done"

    assert await async_with_checkpoint_resume(work, load=load, save=save) == "done"
    assert saved == [1]


def test_latest_checkpoint_reads_the_newest() -> None:
    client = FakeClient()
    client.runs.answers["list_checkpoints"] = {"data": [{"sequence": 3, "state": {"cursor": 7}}]}
    assert latest_checkpoint(cast(Any, client), "run_1") == {"cursor": 7}
    assert client.calls == [("runs.list_checkpoints", ("run_1",), {"limit": "1"})]
    client.runs.answers["list_checkpoints"] = {"data": []}
    assert latest_checkpoint(cast(Any, client), "run_1") is None


async def test_alatest_checkpoint() -> None:
    client = FakeAsyncClient()
    client.runs.answers["list_checkpoints"] = {"data": [{"state": 1}]}
    assert await async_latest_checkpoint(cast(Any, client), "run_1") == 1


def test_batch_checkpoint_survives_a_restart(tmp_path: Path) -> None:
    ckpt = checkpoint("inventory-sync-batch", directory=tmp_path)
    assert not ckpt.already_processed("sku-1")
    ckpt.mark("sku-1")
    ckpt.mark({"sku": 2})
    again = checkpoint("inventory-sync-batch", directory=tmp_path)
    assert again.already_processed("sku-1") and again.already_processed({"sku": 2})
    assert not again.already_processed("sku-3")
    again.reset()
    assert not checkpoint("inventory-sync-batch", directory=tmp_path).already_processed("sku-1")
    with pytest.raises(ValidationError):
        checkpoint("../escape", directory=tmp_path)


def test_retry_wraps_real_transport_errors() -> None:
    # default_retry_if retries anything that is not a non-retryable API error
    clock = FakeClock()
    fn = flaky([httpx.ConnectError("refused")])
    assert with_retry(fn, RetryOptions(jitter="none"), sleep=clock.sleep) == "ok"
