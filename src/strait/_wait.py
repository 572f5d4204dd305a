"""Waiting for a run, written once for both clients: ``client.runs.wait`` (the run's live
stream first, then polling) and the polling plan every other way to wait ends in
(:mod:`strait.composition` builds on these).
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, TypeVar

from ._errors import RequestTimeoutError, StraitTimeoutError, ValidationError
from ._plan import AsyncSleepFn, Call, Plan, Sleep, SleepFn, field_of
from ._sse import ReconnectPolicy, StreamEvent, run_event_is_terminal, stream_unavailable
from ._streams import _END, _OPENED, AsyncEventStream, EventStream, _run_target
from .fsm import is_terminal_run_status

if TYPE_CHECKING:
    from ._generated.models.job_run import JobRun

R = TypeVar("R")  # what a poll reads: a run, as the caller's get_run returns it

__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "FETCH",
    "WAIT_DOC",
    "WAIT_RECONNECT",
    "check_wait_args",
    "client_wait_plan",
    "poll_plan",
    "run_wait_plan",
    "status_of",
    "timed_out",
    "wait_seconds",
]

DEFAULT_WAIT_TIMEOUT = 120.0
#: seconds between two polls of ``runs.wait`` (and ``wait_for_run``) by default
DEFAULT_POLL_INTERVAL = 2.0


#: ``poll_plan(run=FETCH)``: read the run first.
class _Fetch(enum.Enum):
    FETCH = "fetch"


FETCH: Final = _Fetch.FETCH


def status_of(run: object) -> str:
    return str(field_of(run, "status"))


def timed_out(run_id: str, status: str, timeout: float) -> StraitTimeoutError:
    return StraitTimeoutError(f"run {run_id} is still {status!r} after {timeout:g}s")


def poll_plan(
    get_run: Callable[[str], object],
    get_status: Callable[[R], str],
    run_id: str,
    timeout: float,
    interval: float,
    is_done: Callable[[str], bool],
    clock: Callable[[], float],
    deadline: float,
    run: R | _Fetch = FETCH,
    pause: float | None = None,
) -> Plan[R]:
    """Poll until ``is_done``: from an already fetched ``run`` (or read it first), waiting
    ``pause`` before the next read (None: none), then ``interval`` between reads."""
    if isinstance(run, _Fetch):
        current: R = yield Call(get_run, (run_id,))
        pause = interval
    else:
        current = run
    while True:
        status = get_status(current)
        if is_done(status):
            return current
        remaining = deadline - clock()
        if remaining <= 0:
            raise timed_out(run_id, status, timeout)
        if pause is not None:
            yield Sleep(min(pause, remaining))
        pause = interval
        current = yield Call(get_run, (run_id,))


def wait_seconds(timeout: float | None, timeout_ms: float | None) -> float:
    if timeout_ms is None:
        return DEFAULT_WAIT_TIMEOUT if timeout is None else timeout
    if timeout is not None:
        raise ValidationError("give timeout= or timeout_ms=, not both", field="timeout_ms", source="argument")
    if isinstance(timeout_ms, bool) or not isinstance(timeout_ms, int | float):
        raise ValidationError(
            f"timeout_ms must be a number, got {timeout_ms!r}", field="timeout_ms", source="argument"
        )
    return timeout_ms / 1000.0


def check_wait_args(timeout: float, interval: float) -> None:
    for name, value in (("timeout", timeout), ("interval", interval)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < math.inf:
            raise ValidationError(
                f"{name} must be a number > 0, got {value!r}", field=name, source="argument"
            )


WAIT_DOC = """Wait until run ``run_id`` is finished and return it (``client.runs.get``).

        Reads the run once (a finished run returns at once), then follows its live
        stream until the ``status_change`` to a terminal status (or 410, "already
        finished") and reads the run again. When the server offers no usable stream
        (connection refused or lost, 5xx, 404/405 from the stream route, undecodable
        frames), it polls ``client.runs.get`` every ``interval`` seconds instead.

        Args:
            timeout: seconds for the whole wait, stream and polling together (default
                120); or ``timeout_ms``, in milliseconds.
            interval: seconds between two polls.
            use_stream: False polls from the start.
            reconnect: how the stream reconnects before falling back (default: twice).
            sleep: replaces every wait (tests).
            clock: replaces ``time.monotonic`` (tests).

        Raises:
            StraitTimeoutError: the run was not finished after ``timeout`` seconds.
            ValidationError: an empty ``run_id``, or ``timeout``/``interval`` not > 0.
            ApiError: as for ``client.runs.get`` (and 401/403 from the stream).
        """
#: Reconnects before ``wait`` gives up on the stream and polls: a server that refuses
#: streams (or has too many) should not hold the caller up for long.
WAIT_RECONNECT = ReconnectPolicy(max_attempts=2, initial_delay=0.5, max_delay=2.0)


def run_wait_plan(
    get_run: Callable[..., object],
    open_stream: Callable[[str, float], EventStream | AsyncEventStream],
    run_id: str,
    timeout: float,
    interval: float,
    use_stream: bool,
    clock: Callable[[], float],
) -> Plan[JobRun]:
    """``client.runs.wait`` for both clients: one deadline over reads, stream and polling.

    Reads the run; unless it is finished, opens its stream and reads the run again once
    the stream is open, because the server checks the status before it subscribes and
    replays nothing, so a change in between would otherwise never be seen. While the
    stream is quiet it reads again every ``interval`` (it wakes on every line, keep-alive
    comments included: Strait sends one every 15 s). A terminal ``status_change`` or a
    410 ends the stream; a stream the server cannot offer falls back to polling.
    """
    check_wait_args(timeout, interval)
    deadline = clock() + timeout
    job_status: Callable[[JobRun], str] = status_of

    def read(rid: str) -> object:  # no read outlives the deadline
        return get_run(rid, timeout=max(0.001, deadline - clock()))

    run: JobRun | None = None
    try:
        run = yield Call(read, (run_id,))
        fetched_at = clock()
        pause: float | None = interval
        if use_stream and not is_terminal_run_status(status_of(run)):
            stream = open_stream(run_id, max(0.001, deadline - clock()))
            try:  # the stream is closed as an effect on every way out (see the end)
                while True:
                    try:
                        item = yield Call(stream._next_item)
                    except StraitTimeoutError:
                        raise
                    except Exception as exc:
                        if not stream_unavailable(exc):
                            raise
                        break  # no usable stream here: poll
                    if item is _END or (isinstance(item, StreamEvent) and run_event_is_terminal(item)):
                        run = yield Call(read, (run_id,))  # over (410 or terminal event): final state
                        fetched_at = clock()
                        break
                    if item is _OPENED or clock() - fetched_at >= interval:
                        run = yield Call(read, (run_id,))
                        fetched_at = clock()
                        if is_terminal_run_status(status_of(run)):
                            break
            except GeneratorExit:
                raise  # closed without a driver: nothing can be awaited; the stream finalizes itself
            except BaseException:  # an error, a timeout, Ctrl-C or a cancelled task
                yield Call(stream.close)
                raise
            yield Call(stream.close)
            left = interval - (clock() - fetched_at)
            pause = left if left > 0 else None
        final: JobRun = yield from poll_plan(
            read,
            job_status,
            run_id,
            timeout,
            interval,
            is_terminal_run_status,
            clock,
            deadline,
            run,
            pause,
        )
        return final
    except (StraitTimeoutError, RequestTimeoutError) as exc:
        if isinstance(exc, RequestTimeoutError) and clock() < deadline:
            raise
        status = status_of(run) if run is not None else "unknown"
        raise timed_out(run_id, status, timeout) from exc


def client_wait_plan(
    get_run: Callable[..., object],
    http: object,
    stream_class: Callable[..., EventStream | AsyncEventStream],
    run_id: str,
    timeout: float | None,
    timeout_ms: float | None,
    interval: float,
    use_stream: bool,
    reconnect: ReconnectPolicy | None,
    sleep: SleepFn | AsyncSleepFn | None,
    clock: Callable[[], float] | None,
) -> Plan[JobRun]:
    """The setup of ``runs.wait`` shared by both clients: checks, defaults, the stream to
    open (``stream_class`` over the client's ``http`` pool); ``get_run`` is ``client.runs.get``."""
    _run_target(run_id)  # validates the id before anything is sent
    now = clock if clock is not None else time.monotonic
    policy = reconnect if reconnect is not None else WAIT_RECONNECT

    def open_stream(rid: str, seconds: float) -> EventStream | AsyncEventStream:
        return stream_class(http, _run_target(rid), reconnect=policy, timeout=seconds, sleep=sleep, clock=now)

    seconds = wait_seconds(timeout, timeout_ms)
    return run_wait_plan(get_run, open_stream, run_id, seconds, interval, use_stream, now)
