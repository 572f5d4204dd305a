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
from typing import TYPE_CHECKING, Any, TypeVar, overload

from strait._errors import ValidationError
from strait._plan import AsyncSleepFn, Call, Plan, SleepFn, run_async, run_sync
from strait._wait import poll_plan, status_of, wait_seconds
from strait.fsm import is_terminal_run_status

if TYPE_CHECKING:
    from strait._client import AsyncClient, Client
    from strait._generated.models.job_run import JobRun

__all__ = ["async_wait_for_run", "wait_for_run"]

T = TypeVar("T")


def _wait_for_run_plan(
    client: Client | AsyncClient | None,
    get_run: Callable[[str], Any] | None,
    get_status: Callable[[Any], str],
    run_id: str,
    timeout: float | None,
    timeout_ms: float | None,
    interval: float,
    is_done: Callable[[str], bool],
) -> Callable[[Any, Callable[[], float]], Plan[Any]]:
    """The plan of :func:`wait_for_run` (checked now, run with the caller's sleep and clock):
    ``client.runs.wait`` for the default status rule, else polling ``get_run``."""
    seconds = wait_seconds(timeout, timeout_ms)
    if get_run is None and client is None:
        raise ValidationError("wait_for_run needs get_run= or client=", field="get_run", source="argument")

    def plan(sleep: Any, clock: Callable[[], float]) -> Plan[Any]:
        if get_run is None and get_status is status_of and is_done is is_terminal_run_status:
            assert client is not None
            options = {"timeout": seconds, "interval": interval, "sleep": sleep, "clock": clock}
            return (yield Call(client.runs.wait, (run_id,), options))
        poll: Callable[[str], Any]
        if get_run is not None:
            poll = get_run
        else:
            assert client is not None
            poll = client.runs.get
        deadline = clock() + seconds
        return (yield from poll_plan(poll, get_status, run_id, seconds, interval, is_done, clock, deadline))

    return plan


@overload
def wait_for_run(
    client: Client | None = ...,
    *,
    run_id: str,
    get_run: Callable[[str], T],
    get_status: Callable[[T], str] = ...,
    timeout: float | None = ...,
    timeout_ms: float | None = ...,
    interval: float = ...,
    is_done: Callable[[str], bool] = ...,
    sleep: SleepFn = ...,
    clock: Callable[[], float] = ...,
) -> T: ...


@overload
def wait_for_run(
    client: Client,
    *,
    run_id: str,
    get_run: None = ...,
    get_status: Callable[[JobRun], str] = ...,
    timeout: float | None = ...,
    timeout_ms: float | None = ...,
    interval: float = ...,
    is_done: Callable[[str], bool] = ...,
    sleep: SleepFn = ...,
    clock: Callable[[], float] = ...,
) -> JobRun: ...


def wait_for_run(
    client: Client | None = None,
    *,
    run_id: str,
    get_run: Callable[[str], Any] | None = None,
    get_status: Callable[[Any], str] = status_of,
    timeout: float | None = None,
    timeout_ms: float | None = None,
    interval: float = 2.0,
    is_done: Callable[[str], bool] = is_terminal_run_status,
    sleep: SleepFn = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """Wait until run ``run_id`` is finished and return it.

    With ``get_run``, poll ``get_run(run_id)`` every ``interval`` seconds until its
    status is terminal; ``is_done`` decides what "finished" means (default: a terminal
    run status). With ``client=`` instead, delegate to ``client.runs.wait``, which
    follows the run's live stream and falls back to polling when the server offers
    none (with a custom ``get_status`` or ``is_done``, it polls ``client.runs.get``).

    ``client`` may be passed first (``wait_for_run(client, run_id=...)``); ``timeout`` is
    in seconds (default 120), or give ``timeout_ms``.

    Raises :class:`~strait.StraitTimeoutError` after ``timeout`` seconds.
    """
    plan = _wait_for_run_plan(client, get_run, get_status, run_id, timeout, timeout_ms, interval, is_done)
    return run_sync(plan(sleep, clock), sleep)


@overload
async def async_wait_for_run(
    client: AsyncClient | None = ...,
    *,
    run_id: str,
    get_run: Callable[[str], Awaitable[T]],
    get_status: Callable[[T], str] = ...,
    timeout: float | None = ...,
    timeout_ms: float | None = ...,
    interval: float = ...,
    is_done: Callable[[str], bool] = ...,
    sleep: AsyncSleepFn = ...,
    clock: Callable[[], float] = ...,
) -> T: ...


@overload
async def async_wait_for_run(
    client: AsyncClient,
    *,
    run_id: str,
    get_run: None = ...,
    get_status: Callable[[JobRun], str] = ...,
    timeout: float | None = ...,
    timeout_ms: float | None = ...,
    interval: float = ...,
    is_done: Callable[[str], bool] = ...,
    sleep: AsyncSleepFn = ...,
    clock: Callable[[], float] = ...,
) -> JobRun: ...


async def async_wait_for_run(
    client: AsyncClient | None = None,
    *,
    run_id: str,
    get_run: Callable[[str], Awaitable[Any]] | None = None,
    get_status: Callable[[Any], str] = status_of,
    timeout: float | None = None,
    timeout_ms: float | None = None,
    interval: float = 2.0,
    is_done: Callable[[str], bool] = is_terminal_run_status,
    sleep: AsyncSleepFn = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """The async form of :func:`wait_for_run` (``get_run`` returns an awaitable; ``client``
    is an :class:`~strait.AsyncClient`)."""
    plan = _wait_for_run_plan(client, get_run, get_status, run_id, timeout, timeout_ms, interval, is_done)
    return await run_async(plan(sleep, clock), sleep)
