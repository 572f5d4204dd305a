"""Waiting for a run: one polling plan (:func:`strait._wait.poll_plan`) behind every way to wait.

``client.runs.wait`` (:func:`strait._wait.run_wait_plan`: the run's live stream first,
then polling) ends in it; :func:`wait_for_run` with ``client=``, ``trigger_and_wait`` and
the authoring definitions' ``trigger_and_wait`` delegate to ``client.runs.wait``; only
:func:`wait_for_run` with your own ``get_run=`` (or a custom status rule) polls through
:func:`strait._wait.poll_plan`. All of them end in it under one deadline.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Generic, TypedDict, TypeVar, Unpack, overload

from strait._errors import ValidationError
from strait._plan import AsyncSleepFn, Call, Plan, SleepFn, run_async, run_sync
from strait._settings import check_keywords
from strait._wait import DEFAULT_POLL_INTERVAL, poll_plan, status_of, wait_seconds
from strait.fsm import is_terminal_run_status

if TYPE_CHECKING:
    from strait._client import AsyncClient, Client
    from strait._generated.models.job_run import JobRun

__all__ = ["PollOptions", "WaitOptions", "async_wait_for_run", "runs_wait_call", "wait_for_run"]

T = TypeVar("T")
_Sleep = TypeVar("_Sleep")


class WaitOptions(TypedDict, Generic[_Sleep], total=False):
    """How ``trigger_and_wait`` waits, as ``client.runs.wait`` does: ``timeout`` (seconds,
    default 120), ``interval`` between polls (default 2), ``sleep`` (``time.sleep`` /
    ``asyncio.sleep``) and ``clock`` (``time.monotonic``)."""

    timeout: float | None
    interval: float
    sleep: _Sleep
    clock: Callable[[], float]


class PollOptions(WaitOptions[_Sleep], total=False):
    """How :func:`wait_for_run` waits: :class:`WaitOptions`, or ``timeout_ms`` for
    ``timeout``, and ``is_done``, what "finished" means (default: a terminal run status)."""

    timeout_ms: float | None
    is_done: Callable[[str], bool]


def runs_wait_call(
    client: Client | AsyncClient,
    run_id: str,
    seconds: float,
    options: WaitOptions[SleepFn] | WaitOptions[AsyncSleepFn],
    sleep: SleepFn | AsyncSleepFn,
) -> Call:
    """``client.runs.wait(run_id, ...)`` for ``seconds`` (:func:`~strait._wait.wait_seconds`),
    with the caller's ``interval`` and ``clock`` or ``runs.wait``'s defaults, and the
    driver's ``sleep``."""
    interval = options.get("interval", DEFAULT_POLL_INTERVAL)
    clock = options.get("clock", time.monotonic)
    return Call(
        client.runs.wait,
        (run_id,),
        {"timeout": seconds, "interval": interval, "sleep": sleep, "clock": clock},
    )


def _wait_for_run_plan(
    client: Client | AsyncClient | None,
    get_run: Callable[[str], object] | None,
    get_status: Callable[[T], str],
    run_id: str,
    options: PollOptions[SleepFn] | PollOptions[AsyncSleepFn],
    sleep: SleepFn | AsyncSleepFn,
) -> Plan[T]:
    """:func:`wait_for_run` for both drivers: ``client.runs.wait`` for the default status
    rule, else polling ``get_run`` (or ``client.runs.get``) under one deadline."""
    check_keywords(options, PollOptions.__optional_keys__, "wait_for_run")
    seconds = wait_seconds(options.get("timeout"), options.get("timeout_ms"))
    is_done = options.get("is_done", is_terminal_run_status)
    if get_run is None and client is None:
        raise ValidationError("wait_for_run needs get_run= or client=", field="get_run", source="argument")
    if get_run is None and get_status is status_of and is_done is is_terminal_run_status:
        assert client is not None
        run: T = yield runs_wait_call(client, run_id, seconds, options, sleep)
        return run
    interval = options.get("interval", DEFAULT_POLL_INTERVAL)
    clock = options.get("clock", time.monotonic)
    poll: Callable[[str], object]
    if get_run is not None:
        poll = get_run
    else:
        assert client is not None
        poll = client.runs.get
    deadline = clock() + seconds
    return (yield from poll_plan(poll, get_status, run_id, seconds, interval, is_done, clock, deadline))


@overload
def wait_for_run(
    client: Client | None = ...,
    *,
    run_id: str,
    get_run: Callable[[str], T],
    get_status: Callable[[T], str] = ...,
    **options: Unpack[PollOptions[SleepFn]],
) -> T: ...
@overload
def wait_for_run(
    client: Client,
    *,
    run_id: str,
    get_run: None = ...,
    get_status: Callable[[JobRun], str] = ...,
    **options: Unpack[PollOptions[SleepFn]],
) -> JobRun: ...
def wait_for_run(
    client: Client | None = None,
    *,
    run_id: str,
    get_run: Callable[[str], T] | None = None,
    get_status: Callable[[T], str] = status_of,
    **options: Unpack[PollOptions[SleepFn]],
) -> T:
    """Wait until run ``run_id`` is finished and return it.

    With ``get_run``, poll ``get_run(run_id)`` every ``interval`` seconds until its
    status is terminal; ``is_done`` decides what "finished" means (default: a terminal
    run status). With ``client=`` instead, delegate to ``client.runs.wait``, which
    follows the run's live stream and falls back to polling when the server offers
    none (with a custom ``get_status`` or ``is_done``, it polls ``client.runs.get``).

    ``client`` may be passed first (``wait_for_run(client, run_id=...)``); the other
    keywords are :class:`PollOptions` (``timeout`` in seconds, default 120, or
    ``timeout_ms``; ``interval``, default 2; ``is_done``; ``sleep``; ``clock``).

    Raises :class:`~strait.StraitTimeoutError` after ``timeout`` seconds.
    """
    sleep = options.get("sleep", time.sleep)
    return run_sync(_wait_for_run_plan(client, get_run, get_status, run_id, options, sleep), sleep)


@overload
async def async_wait_for_run(
    client: AsyncClient | None = ...,
    *,
    run_id: str,
    get_run: Callable[[str], Awaitable[T]],
    get_status: Callable[[T], str] = ...,
    **options: Unpack[PollOptions[AsyncSleepFn]],
) -> T: ...
@overload
async def async_wait_for_run(
    client: AsyncClient,
    *,
    run_id: str,
    get_run: None = ...,
    get_status: Callable[[JobRun], str] = ...,
    **options: Unpack[PollOptions[AsyncSleepFn]],
) -> JobRun: ...
async def async_wait_for_run(
    client: AsyncClient | None = None,
    *,
    run_id: str,
    get_run: Callable[[str], Awaitable[T]] | None = None,
    get_status: Callable[[T], str] = status_of,
    **options: Unpack[PollOptions[AsyncSleepFn]],
) -> T:
    """The async form of :func:`wait_for_run` (``get_run`` returns an awaitable; ``client``
    is an :class:`~strait.AsyncClient`; ``sleep`` defaults to ``asyncio.sleep``)."""
    sleep = options.get("sleep", asyncio.sleep)
    return await run_async(_wait_for_run_plan(client, get_run, get_status, run_id, options, sleep), sleep)
