"""The API areas with hand-written behaviour: the generated operations, composed with it.

The generated service classes are leaves (they know nothing of this module); the
client builds these subclasses for ``client.runs``, ``client.event_triggers`` and
``client.projects``:

* ``runs.trigger`` (by job id or slug, :mod:`strait._runs_ext`), ``runs.wait``
  (:mod:`strait._wait`), ``runs.follow`` / ``follow_logs`` / ``follow_chunks``;
* ``event_triggers.follow`` and ``projects.follow_activity``;
* the spec's names of the Server-Sent Events operations (``runs.stream``,
  ``runs.stream_chunks``, ``event_triggers.get_stream``,
  ``projects.get_activity_stream``), which are these follow methods, never a plain
  request that would block until the server closes the stream.

Each method is written once for both clients: the only differences, the stream class
(:class:`EventStream` or :class:`AsyncEventStream`) and how a plan is run
(:func:`~strait._plan.run_sync` or :func:`~strait._plan.run_async`), are class
attributes of the sync and async classes at the bottom.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypedDict, TypeVar, Unpack

from ._generated.models.job_run import JobRun
from ._generated.services.event_triggers import AsyncEventTriggers as _AsyncEventTriggers
from ._generated.services.event_triggers import EventTriggers as _EventTriggers
from ._generated.services.projects import AsyncProjects as _AsyncProjects
from ._generated.services.projects import Projects as _Projects
from ._generated.services.runs import AsyncRuns as _AsyncRuns
from ._generated.services.runs import Runs as _Runs
from ._plan import Plan, run_async, run_sync
from ._runs_ext import TriggerOptions, trigger_by_ref_plan
from ._sse import ReconnectPolicy
from ._streams import (
    AsyncEventStream,
    EventStream,
    _activity_target,
    _run_chunks_target,
    _run_logs_target,
    _run_target,
    _Target,
    _trigger_target,
)
from ._wait import DEFAULT_POLL_INTERVAL, WAIT_DOC, client_wait_plan

__all__ = [
    "AsyncEventTriggers",
    "FollowOptions",
    "AsyncProjects",
    "AsyncRuns",
    "EventTriggers",
    "Projects",
    "Runs",
]

S = TypeVar("S", EventStream, AsyncEventStream)  # the stream a follow method returns
R = TypeVar("R")  # what running a plan gives: the value (sync) or an awaitable of it (async)

_FOLLOW_ARGS = """
        Args:
            reconnect: how to reconnect after drops (default :class:`ReconnectPolicy`).
            timeout: give up with ``StraitTimeoutError`` after this many seconds.
            sleep: replaces the wait between reconnects (tests).
"""


class FollowOptions(TypedDict, total=False):
    """The keywords of every ``follow*`` method."""

    #: how to reconnect after drops (default :class:`ReconnectPolicy`)
    reconnect: ReconnectPolicy | None
    #: give up with ``StraitTimeoutError`` after this many seconds
    timeout: float | None
    #: replaces the wait between reconnects (tests)
    sleep: Callable[[float], object] | None


class _Follows(Generic[S]):
    """Opening a stream, for both clients."""

    __slots__ = ()
    _client: Any  # the Client or AsyncClient the generated class was built with
    #: EventStream or AsyncEventStream
    _stream: Callable[..., S]

    def _follow(self, target: _Target, **options: Unpack[FollowOptions]) -> S:
        return self._stream(self._client._http, target, **options)


class _RunsBehaviour(_Follows[S], Generic[S, R]):
    """``client.runs``' hand-written methods, for both clients."""

    __slots__ = ()
    #: run_sync or run_async, as a staticmethod
    _perform: Callable[[Plan[Any], Any], Any]

    def trigger(self, job_id: str, payload: object = None, **options: Unpack[TriggerOptions]) -> Any:
        """Trigger a run of the job ``job_id`` (its id or its slug) with ``payload``.

        ::

            run = client.runs.trigger(job_id="send-welcome-email", payload={"user_id": "u1"})
            print(run.id, run.status)

        Returns what ``client.jobs.trigger`` returns (the new run's ``id`` and
        ``status``, or the debounce / batch answer); awaitable on ``AsyncClient``. Options:
        the trigger request's fields (``tags``, ``scheduled_at``, ``priority``,
        ``dry_run``, ``ttl_secs``, ``concurrency_key``, ``debounce_key``, ``batch_key``),
        ``idempotency_key`` (one is made per call when omitted) and the per-call
        ``timeout``, ``max_retries`` and ``extra_headers``.

        Raises:
            NotFoundError: no job has that id or slug.
        """
        return self._perform(trigger_by_ref_plan(self._client.jobs, job_id, payload, options), None)

    def wait(
        self,
        run_id: str,
        *,
        timeout: float | None = None,
        timeout_ms: float | None = None,
        interval: float = DEFAULT_POLL_INTERVAL,
        use_stream: bool = True,
        reconnect: ReconnectPolicy | None = None,
        sleep: Callable[[float], object] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> R:
        plan = client_wait_plan(
            self._client.runs.get,
            self._client._http,
            self._stream,
            run_id,
            timeout,
            timeout_ms,
            interval,
            use_stream,
            reconnect,
            sleep,
            clock,
        )
        result: R = self._perform(plan, sleep)
        return result

    wait.__doc__ = WAIT_DOC

    def follow(self, run_id: str, **options: Unpack[FollowOptions]) -> S:
        """Follow ``GET /v1/runs/{runID}/stream``: status changes, logs and progress of a run.

        Ends after the ``status_change`` event to a terminal status, or at once (no
        events) when the run had already finished (410).
        """
        return self._follow(_run_target(run_id), **options)

    def follow_logs(self, run_id: str, **options: Unpack[FollowOptions]) -> S:
        """Follow ``GET /v1/runs/{runID}/stream/logs`` (worker-mode log lines; ``event == "log"``)."""
        return self._follow(_run_logs_target(run_id), **options)

    def follow_chunks(self, run_id: str, **options: Unpack[FollowOptions]) -> S:
        """Follow ``GET /v1/runs/{runID}/stream/chunks`` (chunks pushed with ``ctx.stream``)."""
        return self._follow(_run_chunks_target(run_id), **options)

    stream = follow  # the spec's names of the two SSE operations
    stream_chunks = follow_chunks


class _EventTriggersBehaviour(_Follows[S]):
    __slots__ = ()

    def follow(self, event_key: str, **options: Unpack[FollowOptions]) -> S:
        """Follow ``GET /v1/events/{eventKey}/stream`` (``event == "status"``).

        The first event is the whole trigger; the stream ends after the first status
        other than ``waiting`` (``received``, ``timed_out`` or ``canceled``).
        """
        return self._follow(_trigger_target(event_key), **options)

    get_stream = follow  # the spec's name of the SSE operation


class _ProjectsBehaviour(_Follows[S]):
    __slots__ = ()

    def follow_activity(self, project_id: str, **options: Unpack[FollowOptions]) -> S:
        """Follow ``GET /v1/projects/{projectID}/activity/stream`` (``event == "activity"``).

        Each event's data is a change record ``{table, action, record, changes?,
        timestamp, source}``. Never ends by itself: close it when done.
        """
        return self._follow(_activity_target(project_id), **options)

    get_activity_stream = follow_activity  # the spec's name of the SSE operation


for _method in (
    _RunsBehaviour.follow,
    _RunsBehaviour.follow_logs,
    _RunsBehaviour.follow_chunks,
    _EventTriggersBehaviour.follow,
    _ProjectsBehaviour.follow_activity,
):
    _method.__doc__ = (_method.__doc__ or "") + _FOLLOW_ARGS


class _Sync:
    """The sync flavour of an area: streams over the client's ``httpx.Client``, plans run
    in the calling thread."""

    __slots__ = ()
    _stream = EventStream
    _perform = staticmethod(run_sync)


class _Async:
    """The async flavour of an area: streams and plans awaited."""

    __slots__ = ()
    _stream = AsyncEventStream
    _perform = staticmethod(run_async)


# The areas: each generated class with its hand-written behaviour and its flavour.


class Runs(_Sync, _Runs, _RunsBehaviour[EventStream, JobRun]):
    """``client.runs``: every operation of the runs API area, ``trigger``, ``wait`` and
    the live streams."""


class AsyncRuns(_Async, _AsyncRuns, _RunsBehaviour[AsyncEventStream, Awaitable[JobRun]]):
    """``client.runs`` of an :class:`~strait.AsyncClient` (the same methods, awaitable)."""


class EventTriggers(_Sync, _EventTriggers, _EventTriggersBehaviour[EventStream]):
    """``client.event_triggers``: the API area's operations and ``follow``."""


class AsyncEventTriggers(_Async, _AsyncEventTriggers, _EventTriggersBehaviour[AsyncEventStream]):
    """``client.event_triggers`` of an :class:`~strait.AsyncClient`."""


class Projects(_Sync, _Projects, _ProjectsBehaviour[EventStream]):
    """``client.projects``: the API area's operations and ``follow_activity``."""


class AsyncProjects(_Async, _AsyncProjects, _ProjectsBehaviour[AsyncEventStream]):
    """``client.projects`` of an :class:`~strait.AsyncClient`."""
