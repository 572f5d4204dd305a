"""Helpers that combine client calls into common patterns: retry, polling, pagination,
trigger-and-wait, idempotent triggers, cost budgets and checkpoint resume.

Each helper has a sync form and an async form (prefixed ``a`` or ``async_``) that share
one implementation: the logic is written once as a *plan*, a generator that yields
the effects it needs (call this, sleep that long) and is stepped through by a sync or
an async driver. Every sleeping helper takes ``sleep=`` (and, where time matters,
``clock=``) so tests never wait::

    run = wait_for_run(get_run=client.runs.get, get_status=lambda r: r["status"], run_id=rid)
    run = wait_for_run(client=client, run_id=rid)  # live stream when offered, else polling
    for run in paginate(lambda q: client.runs.list(**q)):
        ...
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import os
import random
import time
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from ._errors import ApiError, RateLimitedError, StraitError, StraitTimeoutError, ValidationError
from ._plan import AsyncSleepFn, Call, Plan, Sleep, SleepFn, field_of, run_async, run_sync
from ._sse import stream_unavailable
from .fsm import is_terminal_run_status

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._generated.models.job_run import JobRun

__all__ = [
    "BatchCheckpoint",
    "BudgetExceededError",
    "CostBudget",
    "PageQuery",
    "PaginatedResponse",
    "RetryOptions",
    "acollect_all",
    "alatest_checkpoint",
    "apaginate",
    "atrigger_and_wait",
    "atrigger_idempotent",
    "async_wait_for_run",
    "async_with_checkpoint_resume",
    "async_with_retry",
    "checkpoint",
    "collect_all",
    "cost_budget",
    "default_retry_if",
    "idempotency_key",
    "latest_checkpoint",
    "paginate",
    "trigger_and_wait",
    "trigger_idempotent",
    "wait_for_run",
    "with_checkpoint_resume",
    "with_retry",
]

# strait._streams drives runs.wait with these
_run_sync = run_sync
_run_async = run_async

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")


def default_retry_if(exc: BaseException) -> bool:
    """Retry everything except API errors that will not change on a retry.

    API errors are retried only for 408, 429 and 5xx; any other exception
    (a :class:`~strait.TransportError`, a timeout, your own code's errors) is retried.
    """
    if isinstance(exc, ApiError):
        return exc.status in (408, 429) or exc.status >= 500
    return isinstance(exc, Exception)


@dataclass(frozen=True)
class RetryOptions:
    """How :func:`with_retry` retries.

    The wait before retry ``n`` is ``delay_ms * multiplier**(n-1)`` capped at
    ``max_delay_ms``, then jittered: ``"full"`` picks uniformly in ``[0, delay]``,
    ``"equal"`` in ``[delay/2, delay]``, ``"none"`` uses it as is. A 429's
    ``Retry-After`` is waited at least.
    """

    attempts: int = 3
    delay_ms: float = 250
    max_delay_ms: float = 30_000
    multiplier: float = 2.0
    jitter: Literal["full", "equal", "none"] = "full"
    retry_if: Callable[[BaseException], bool] = default_retry_if

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValidationError("attempts must be at least 1", field="attempts", source="argument")
        if self.delay_ms < 0 or self.max_delay_ms < 0:
            raise ValidationError("delays must not be negative", field="delay_ms", source="argument")

    def delay_seconds(self, failed_attempt: int, error: BaseException, rand: float) -> float:
        """Seconds to wait after attempt ``failed_attempt`` (1-based) failed with ``error``."""
        base = min(self.max_delay_ms, self.delay_ms * self.multiplier ** (failed_attempt - 1))
        if self.jitter == "full":
            delay = base * rand
        elif self.jitter == "equal":
            delay = base / 2 + base / 2 * rand
        else:
            delay = base
        seconds = delay / 1000
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            seconds = max(seconds, error.retry_after)
        return seconds


def _retry_plan(fn: Callable[[], Any], options: RetryOptions, rand: Callable[[], float]) -> Plan[Any]:
    attempt = 1
    while True:
        try:
            return (yield Call(fn))
        except Exception as exc:
            if attempt >= options.attempts or not options.retry_if(exc):
                raise
            yield Sleep(options.delay_seconds(attempt, exc, rand()))
            attempt += 1


def with_retry(
    fn: Callable[[], T],
    options: RetryOptions | None = None,
    *,
    sleep: SleepFn = time.sleep,
    rand: Callable[[], float] = random.random,
) -> T:
    """Call ``fn()`` until it succeeds, at most ``options.attempts`` times; re-raise the last error."""
    result: T = run_sync(_retry_plan(fn, options or RetryOptions(), rand), sleep)
    return result


async def async_with_retry(
    fn: Callable[[], Awaitable[T]],
    options: RetryOptions | None = None,
    *,
    sleep: AsyncSleepFn = asyncio.sleep,
    rand: Callable[[], float] = random.random,
) -> T:
    """Await ``fn()`` until it succeeds: the async form of :func:`with_retry`."""
    result: T = await run_async(_retry_plan(fn, options or RetryOptions(), rand), sleep)
    return result


# --- waiting for a run ---------------------------------------------------------------------


def _status_of(run: Any) -> str:
    return str(field_of(run, "status"))


def _timed_out(run_id: str, status: str, timeout: float) -> StraitTimeoutError:
    return StraitTimeoutError(f"run {run_id} is still {status!r} after {timeout:g}s")


def _poll_plan(
    get_run: Callable[[str], Any],
    get_status: Callable[[Any], str],
    run_id: str,
    timeout: float,
    interval: float,
    is_done: Callable[[str], bool],
    clock: Callable[[], float],
    deadline: float,
    run: Any,
    pause: float | None,
) -> Plan[Any]:
    """Poll from an already fetched ``run``: the first wait is ``pause`` (None: none), then ``interval``."""
    while True:
        status = get_status(run)
        if is_done(status):
            return run
        remaining = deadline - clock()
        if remaining <= 0:
            raise _timed_out(run_id, status, timeout)
        if pause is not None:
            yield Sleep(min(pause, remaining))
        pause = interval
        run = yield Call(get_run, (run_id,))


def _wait_plan(
    get_run: Callable[[str], Any],
    get_status: Callable[[Any], str],
    run_id: str,
    timeout: float,
    interval: float,
    is_done: Callable[[str], bool],
    clock: Callable[[], float],
) -> Plan[Any]:
    deadline = clock() + timeout
    run = yield Call(get_run, (run_id,))
    return (
        yield from _poll_plan(
            get_run, get_status, run_id, timeout, interval, is_done, clock, deadline, run, interval
        )
    )


def _check_wait_args(timeout: float, interval: float) -> None:
    for name, value in (("timeout", timeout), ("interval", interval)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < math.inf:
            raise ValidationError(
                f"{name} must be a number > 0, got {value!r}", field=name, source="argument"
            )


def _stream_wait_plan(
    get_run: Callable[[str], Any],
    follow: Callable[..., Any],
    run_id: str,
    timeout: float,
    interval: float,
    use_stream: bool,
    clock: Callable[[], float],
) -> Plan[Any]:
    """``client.runs.wait``: check once, follow the run's stream, fall back to polling.

    ``follow(run_id, timeout=seconds)`` follows the run's live stream until a terminal
    ``status_change`` or a 410 (a coroutine function for the async driver). Any error
    that means "no stream here" (:func:`strait._sse.stream_unavailable`) switches to
    polling ``get_run`` every ``interval``; one deadline covers both phases.
    """
    _check_wait_args(timeout, interval)
    deadline = clock() + timeout
    run = yield Call(get_run, (run_id,))
    fetched_at = clock()
    pause: float | None = interval
    if use_stream and not is_terminal_run_status(_status_of(run)):
        remaining = deadline - clock()
        if remaining > 0:
            try:
                yield Call(follow, (run_id,), {"timeout": remaining})
            except StraitTimeoutError as exc:
                raise _timed_out(run_id, _status_of(run), timeout) from exc
            except Exception as exc:
                if not stream_unavailable(exc):
                    raise
            else:
                # Terminal status_change or 410: the run is over, read its final state.
                run = yield Call(get_run, (run_id,))
                fetched_at = clock()
            # Poll every `interval` counted from the last read, not from the stream's end.
            left = interval - (clock() - fetched_at)
            pause = left if left > 0 else None
    return (
        yield from _poll_plan(
            get_run,
            _status_of,
            run_id,
            timeout,
            interval,
            is_terminal_run_status,
            clock,
            deadline,
            run,
            pause,
        )
    )


@overload
def wait_for_run(
    *,
    get_run: Callable[[str], T],
    run_id: str,
    get_status: Callable[[T], str] = ...,
    timeout: float = ...,
    interval: float = ...,
    is_done: Callable[[str], bool] = ...,
    sleep: SleepFn = ...,
    clock: Callable[[], float] = ...,
    client: Client | None = ...,
) -> T: ...


@overload
def wait_for_run(
    *,
    client: Client,
    run_id: str,
    get_run: None = ...,
    get_status: Callable[[JobRun], str] = ...,
    timeout: float = ...,
    interval: float = ...,
    is_done: Callable[[str], bool] = ...,
    sleep: SleepFn = ...,
    clock: Callable[[], float] = ...,
) -> JobRun: ...


def wait_for_run(
    *,
    get_run: Callable[[str], Any] | None = None,
    run_id: str,
    get_status: Callable[[Any], str] = _status_of,
    timeout: float = 120.0,
    interval: float = 2.0,
    is_done: Callable[[str], bool] = is_terminal_run_status,
    sleep: SleepFn = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    client: Client | None = None,
) -> Any:
    """Wait until run ``run_id`` is finished and return it.

    With ``get_run``, poll ``get_run(run_id)`` every ``interval`` seconds until its
    status is terminal; ``is_done`` decides what "finished" means (default: a terminal
    run status). With ``client=`` instead, delegate to ``client.runs.wait``, which
    follows the run's live stream and falls back to polling when the server offers
    none (with a custom ``get_status`` or ``is_done``, it polls ``client.runs.get``).

    Raises :class:`~strait.StraitTimeoutError` after ``timeout`` seconds.
    """
    if get_run is None:
        if client is None:
            raise ValidationError(
                "wait_for_run needs get_run= or client=", field="get_run", source="argument"
            )
        if get_status is _status_of and is_done is is_terminal_run_status:
            return client.runs.wait(run_id, timeout=timeout, interval=interval, sleep=sleep, clock=clock)
        get_run = client.runs.get
    plan = _wait_plan(get_run, get_status, run_id, timeout, interval, is_done, clock)
    return run_sync(plan, sleep)


@overload
async def async_wait_for_run(
    *,
    get_run: Callable[[str], Awaitable[T]],
    run_id: str,
    get_status: Callable[[T], str] = ...,
    timeout: float = ...,
    interval: float = ...,
    is_done: Callable[[str], bool] = ...,
    sleep: AsyncSleepFn = ...,
    clock: Callable[[], float] = ...,
    client: AsyncClient | None = ...,
) -> T: ...


@overload
async def async_wait_for_run(
    *,
    client: AsyncClient,
    run_id: str,
    get_run: None = ...,
    get_status: Callable[[JobRun], str] = ...,
    timeout: float = ...,
    interval: float = ...,
    is_done: Callable[[str], bool] = ...,
    sleep: AsyncSleepFn = ...,
    clock: Callable[[], float] = ...,
) -> JobRun: ...


async def async_wait_for_run(
    *,
    get_run: Callable[[str], Awaitable[Any]] | None = None,
    run_id: str,
    get_status: Callable[[Any], str] = _status_of,
    timeout: float = 120.0,
    interval: float = 2.0,
    is_done: Callable[[str], bool] = is_terminal_run_status,
    sleep: AsyncSleepFn = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
    client: AsyncClient | None = None,
) -> Any:
    """The async form of :func:`wait_for_run` (``get_run`` returns an awaitable; ``client``
    is an :class:`~strait.AsyncClient`)."""
    if get_run is None:
        if client is None:
            raise ValidationError(
                "async_wait_for_run needs get_run= or client=", field="get_run", source="argument"
            )
        if get_status is _status_of and is_done is is_terminal_run_status:
            return await client.runs.wait(
                run_id, timeout=timeout, interval=interval, sleep=sleep, clock=clock
            )
        get_run = client.runs.get
    plan = _wait_plan(get_run, get_status, run_id, timeout, interval, is_done, clock)
    return await run_async(plan, sleep)


# --- pagination ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PageQuery:
    """What :func:`paginate` asks for: ``cursor`` is None for the first page.

    It also unpacks as keyword arguments holding only the values that are set, so
    ``lambda q: client.runs.list(**q)`` works.
    """

    cursor: str | None = None
    limit: int | None = None

    def keys(self) -> list[str]:
        return [k for k in ("cursor", "limit") if getattr(self, k) is not None]

    def __getitem__(self, key: str) -> Any:
        if key not in self.keys():
            raise KeyError(key)
        return getattr(self, key)


@dataclass
class PaginatedResponse(Generic[T]):
    """One page: its items, whether more exist and the cursor of the next page.

    With the defaults (``has_more=False``) pagination stops after this page.
    """

    data: list[T]
    has_more: bool = False
    next_cursor: str | None = None


def _next_query(query: PageQuery, page: Any) -> PageQuery | None:
    if isinstance(page, Mapping):
        has_more, cursor = page.get("has_more"), page.get("next_cursor")
    else:
        has_more, cursor = getattr(page, "has_more", False), getattr(page, "next_cursor", None)
    if has_more is not True or not cursor:
        return None
    if cursor == query.cursor:
        raise StraitError(f"pagination did not advance: next_cursor {cursor!r} was already used")
    return PageQuery(cursor=str(cursor), limit=query.limit)


def _data_of(page: Any) -> list[Any]:
    data = page.get("data") if isinstance(page, Mapping) else getattr(page, "data", None)
    return list(data or [])


def paginate(fetch_page: Callable[[PageQuery], Any], *, limit: int | None = None) -> Iterator[Any]:
    """Yield every item of every page, fetching pages lazily.

    ``fetch_page(query)`` returns a :class:`PaginatedResponse`, a client list page or a
    ``{data, has_more, next_cursor}`` dict; the next page is fetched while
    ``has_more`` is true and a ``next_cursor`` is given.
    """
    query: PageQuery | None = PageQuery(limit=limit)
    while query is not None:
        page = fetch_page(query)
        yield from _data_of(page)
        query = _next_query(query, page)


async def apaginate(
    fetch_page: Callable[[PageQuery], Awaitable[Any]], *, limit: int | None = None
) -> AsyncIterator[Any]:
    """The async form of :func:`paginate`."""
    query: PageQuery | None = PageQuery(limit=limit)
    while query is not None:
        page = await fetch_page(query)
        for item in _data_of(page):
            yield item
        query = _next_query(query, page)


def collect_all(items: Iterable[T]) -> list[T]:
    """All items of an iterator (such as :func:`paginate`'s) as a list."""
    return list(items)


async def acollect_all(items: AsyncIterable[T]) -> list[T]:
    """All items of an async iterator as a list."""
    return [item async for item in items]


# --- triggering ----------------------------------------------------------------------------

_MAX_IDEMPOTENCY_KEY = 256


def idempotency_key(*parts: Any) -> str:
    """A stable Idempotency-Key derived from ``parts`` (JSON-serialisable values).

    The same parts always give the same key, so retrying a trigger (even from
    another process) cannot start a second run.
    """
    canonical = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return "strait-" + hashlib.sha256(canonical.encode()).hexdigest()


def _trigger_body(payload: Any) -> dict[str, Any]:
    return {} if payload is None else {"payload": payload}


def _check_key(key: str) -> str:
    if not key or len(key) > _MAX_IDEMPOTENCY_KEY:
        raise ValidationError(
            f"an idempotency key must have 1 to {_MAX_IDEMPOTENCY_KEY} characters",
            field="idempotency_key",
            source="argument",
        )
    return key


def _trigger_plan(
    client: Any, job_id: str, payload: Any, key: str | None, retry: RetryOptions | None
) -> Plan[Any]:
    kwargs = {} if key is None else {"idempotency_key": _check_key(key)}

    def call() -> Any:
        return client.jobs.trigger(job_id, _trigger_body(payload), **kwargs)

    if retry is None:
        return (yield Call(call))
    return (yield from _retry_plan(call, retry, random.random))


def trigger_idempotent(
    client: Any,
    job_id: str,
    payload: Any = None,
    *,
    key: str | None = None,
    retry: RetryOptions | None = None,
    sleep: SleepFn = time.sleep,
) -> Any:
    """Trigger ``job_id`` with an Idempotency-Key, retrying safely if ``retry`` is given.

    ``key`` defaults to :func:`idempotency_key` of the job id and payload, so the
    same trigger always carries the same key. The server answers a repeated key
    with the run it already started (``idempotency_hit: true``).
    """
    key = key if key is not None else idempotency_key(job_id, payload)
    return run_sync(_trigger_plan(client, job_id, payload, key, retry), sleep)


async def atrigger_idempotent(
    client: Any,
    job_id: str,
    payload: Any = None,
    *,
    key: str | None = None,
    retry: RetryOptions | None = None,
    sleep: AsyncSleepFn = asyncio.sleep,
) -> Any:
    """The async form of :func:`trigger_idempotent`."""
    key = key if key is not None else idempotency_key(job_id, payload)
    return await run_async(_trigger_plan(client, job_id, payload, key, retry), sleep)


def _run_id_of(answer: Any) -> str:
    for flag in ("batch", "buffered", "debounced"):
        if field_of(answer, flag):
            raise StraitError(f"the trigger was {flag} by the job's settings; there is no run to wait for")
    run_id = field_of(answer, "id")
    if not isinstance(run_id, str) or not run_id:
        raise StraitError("the trigger answer carries no run id")
    return run_id


def _trigger_and_wait_plan(
    client: Any,
    job_id: str,
    payload: Any,
    key: str | None,
    timeout: float,
    interval: float,
    clock: Callable[[], float],
) -> Plan[Any]:
    answer = yield from _trigger_plan(client, job_id, payload, key, None)
    run_id = _run_id_of(answer)
    return (
        yield from _wait_plan(
            client.runs.get, _status_of, run_id, timeout, interval, is_terminal_run_status, clock
        )
    )


def trigger_and_wait(
    client: Any,
    job_id: str,
    payload: Any = None,
    *,
    idempotency_key: str | None = None,
    timeout: float = 120.0,
    interval: float = 2.0,
    sleep: SleepFn = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """Trigger ``job_id`` and poll ``client.runs.get`` until the run is terminal; return the run."""
    plan = _trigger_and_wait_plan(client, job_id, payload, idempotency_key, timeout, interval, clock)
    return run_sync(plan, sleep)


async def atrigger_and_wait(
    client: Any,
    job_id: str,
    payload: Any = None,
    *,
    idempotency_key: str | None = None,
    timeout: float = 120.0,
    interval: float = 2.0,
    sleep: AsyncSleepFn = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """The async form of :func:`trigger_and_wait`."""
    plan = _trigger_and_wait_plan(client, job_id, payload, idempotency_key, timeout, interval, clock)
    return await run_async(plan, sleep)


# --- cost budget ---------------------------------------------------------------------------


class BudgetExceededError(StraitError):
    """The usage tracked by a :class:`CostBudget` went over one of its limits."""

    def __init__(self, what: str, spent: int, limit: int) -> None:
        super().__init__(f"budget exceeded: {spent} {what} spent, limit {limit}")
        self.what = what
        self.spent = spent
        self.limit = limit


class CostBudget:
    """Adds up AI usage reported by runs and stops the work when it runs over.

    ``track(usage)`` takes one usage record (``cost_microusd``, ``total_tokens`` or
    ``prompt_tokens`` + ``completion_tokens``, as in ``client.runs.get_usage``) or an
    iterable of them, and raises :class:`BudgetExceededError` once a total is *over*
    its limit. ``check()`` raises once a limit is *reached*, so calling it before
    each trigger stops before starting work there is no budget left for.
    """

    def __init__(
        self,
        *,
        max_cost_microusd: int | None = None,
        max_cost_usd: float | None = None,
        max_tokens: int | None = None,
    ) -> None:
        if max_cost_usd is not None:
            if max_cost_microusd is not None:
                raise ValidationError("give max_cost_microusd or max_cost_usd, not both", source="argument")
            max_cost_microusd = round(max_cost_usd * 1_000_000)
        if max_cost_microusd is None and max_tokens is None:
            raise ValidationError("a budget needs max_cost_microusd, max_cost_usd or max_tokens")
        self.max_cost_microusd = max_cost_microusd
        self.max_tokens = max_tokens
        self.spent_microusd = 0
        self.spent_tokens = 0

    def track(self, usage: Any) -> None:
        """Add ``usage`` (one record or an iterable of records) and enforce the limits."""
        is_record = isinstance(usage, Mapping) or callable(getattr(usage, "get", None))
        records = [usage] if is_record or not isinstance(usage, Iterable) else list(usage)
        for record in records:
            self.spent_microusd += int(field_of(record, "cost_microusd") or 0)
            total = field_of(record, "total_tokens")
            if total is None:
                total = int(field_of(record, "prompt_tokens") or 0) + int(
                    field_of(record, "completion_tokens") or 0
                )
            self.spent_tokens += int(total)
        self._enforce(over_only=True)

    def check(self) -> None:
        """Raise :class:`BudgetExceededError` if a limit has been reached."""
        self._enforce(over_only=False)

    def _enforce(self, *, over_only: bool) -> None:
        for what, spent, limit in (
            ("cost_microusd", self.spent_microusd, self.max_cost_microusd),
            ("tokens", self.spent_tokens, self.max_tokens),
        ):
            if limit is not None and (spent > limit or (not over_only and spent >= limit)):
                raise BudgetExceededError(what, spent, limit)

    def __enter__(self) -> CostBudget:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None


def cost_budget(
    *, max_cost_microusd: int | None = None, max_cost_usd: float | None = None, max_tokens: int | None = None
) -> CostBudget:
    """A :class:`CostBudget`, usable as ``with cost_budget(max_cost_usd=10) as budget:``."""
    return CostBudget(max_cost_microusd=max_cost_microusd, max_cost_usd=max_cost_usd, max_tokens=max_tokens)


# --- checkpoint resume ---------------------------------------------------------------------


def _latest_checkpoint_plan(client: Any, run_id: str) -> Plan[Any]:
    page = yield Call(client.runs.list_checkpoints, (run_id,), {"limit": "1"})
    items = _data_of(page)
    return field_of(items[0], "state") if items else None


def latest_checkpoint(client: Any, run_id: str) -> Any:
    """The ``state`` of the run's newest checkpoint, or None (needs an API-key client)."""
    return run_sync(_latest_checkpoint_plan(client, run_id))


async def alatest_checkpoint(client: Any, run_id: str) -> Any:
    """The async form of :func:`latest_checkpoint`."""
    return await run_async(_latest_checkpoint_plan(client, run_id))


def _resume_plan(fn: Callable[[Any, Any], Any], load: Callable[[], Any], save: Any) -> Plan[Any]:
    state = yield Call(load)
    return (yield Call(fn, (state, save)))


def with_checkpoint_resume(
    fn: Callable[[S | None, Callable[[S], object]], R],
    *,
    load: Callable[[], S | None],
    save: Callable[[S], object],
) -> R:
    """Run ``fn(state, save)`` starting from the last saved state (None the first time).

    ``fn`` calls ``save(state)`` after each unit of work; after a restart it gets
    that state back from ``load()``. For a run's server-side checkpoints use
    ``load=lambda: latest_checkpoint(client, run_id)`` and
    ``save=lambda s: run_client.sdk_runs.checkpoint_run(run_id, {"state": s})``.
    """
    result: R = run_sync(_resume_plan(fn, load, save))
    return result


async def async_with_checkpoint_resume(
    fn: Callable[[S | None, Callable[[S], Awaitable[object]]], Awaitable[R]],
    *,
    load: Callable[[], Awaitable[S | None]],
    save: Callable[[S], Awaitable[object]],
) -> R:
    """The async form of :func:`with_checkpoint_resume`."""
    result: R = await run_async(_resume_plan(fn, load, save))
    return result


class BatchCheckpoint:
    """Remembers which items of a batch were processed, in a JSON file, so a restarted
    batch can skip them (``already_processed`` / ``mark``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._done: set[str] = set()
        if path.exists():
            self._done = set(json.loads(path.read_text(encoding="utf-8")))

    @staticmethod
    def _key(item: Any) -> str:
        return item if isinstance(item, str) else json.dumps(item, sort_keys=True, default=str)

    def already_processed(self, item: Any) -> bool:
        """Whether ``item`` was marked, in this process or an earlier one."""
        return self._key(item) in self._done

    def mark(self, item: Any) -> None:
        """Record ``item`` as processed (written to disk at once)."""
        self._done.add(self._key(item))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(sorted(self._done)), encoding="utf-8")
        os.replace(tmp, self.path)

    def reset(self) -> None:
        """Forget every processed item and delete the file."""
        self._done.clear()
        self.path.unlink(missing_ok=True)


def checkpoint(name: str, *, directory: str | Path = ".strait/checkpoints") -> BatchCheckpoint:
    """The :class:`BatchCheckpoint` called ``name``, stored as ``<directory>/<name>.json``."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise ValidationError(f"invalid checkpoint name {name!r}", field="name", source="argument")
    return BatchCheckpoint(Path(directory) / f"{name}.json")
