"""Live streams (Server-Sent Events), mixed into the generated service classes.

::

    with client.runs.follow(run_id) as events:
        for event in events:          # StreamEvent(event, data, id, retry)
            print(event.data)         # ends by itself when the run finishes

    async with aclient.event_triggers.follow("approval:order-789") as events:
        async for event in events:
            ...

``client.runs.follow`` (plus ``follow_logs`` / ``follow_chunks``),
``client.event_triggers.follow`` and ``client.projects.follow_activity`` return an
:class:`EventStream` (an :class:`AsyncEventStream` on ``AsyncClient``). Streams
connect lazily on the first read, authenticate with a header through the client's
own httpx client (never a key in the URL), reconnect after drops with backoff and
jitter, and drop frames replayed after a reconnect. Every decision lives in
:class:`strait._sse.SSESession`; the two drivers below only connect, read and sleep.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterator
from contextlib import suppress
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ._errors import (
    DecodeError,
    RequestTimeoutError,
    StraitError,
    StraitTimeoutError,
    ValidationError,
    error_from_response,
)
from ._faults import describe_request
from ._retry import MAX_RETRIES_EXT, STREAM_EXT
from ._runs_ext import AsyncRunTriggers, RunTriggers
from ._sse import (
    Action,
    LineSplitter,
    ReconnectPolicy,
    SSESession,
    StreamEvent,
    never_terminal,
    response_content_type,
    run_event_is_terminal,
    stream_unavailable,
    trigger_event_is_terminal,
)

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._generated.models.job_run import JobRun

__all__ = [
    "AsyncEventStream",
    "AsyncEventTriggerStreams",
    "AsyncProjectStreams",
    "AsyncRunStreams",
    "EventStream",
    "EventTriggerStreams",
    "ProjectStreams",
    "ReconnectPolicy",
    "RunStreams",
    "StreamEvent",
    "afollow_until_terminal",
    "follow_until_terminal",
]

# Reconnecting is the stream's job: the transport must neither retry a stream request
# nor read its (endless) body.
_STREAM_EXTENSIONS = {MAX_RETRIES_EXT: 0, STREAM_EXT: True}
# Strait sends a keep-alive every 15 s: four missed ones mean the connection is dead.
_READ_TIMEOUT = 60.0


class _Marker:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


#: What the drivers' generators yield besides events: the stream (re)opened with a 200,
#: a line that completed no event (a keep-alive comment), and (from ``_next_item``) the end.
_OPENED, _TICK, _END = _Marker("OPENED"), _Marker("TICK"), _Marker("END")
_Item = StreamEvent | _Marker


def _interrupt(response: httpx.Response) -> None:
    """Unblock a read on ``response`` from elsewhere (the deadline's watchdog): shut its socket."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    shutdown = getattr(sock, "shutdown", None)  # a socket, or asyncio's TransportSocket
    if callable(shutdown):
        with suppress(OSError):
            shutdown(socket.SHUT_RDWR)


@dataclass(frozen=True)
class _Target:
    """What to connect to, and how to tell that the stream is over."""

    path: str
    operation: str
    is_terminal: Callable[[StreamEvent], bool]


def _target(
    template: str, value: str, name: str, operation: str, is_terminal: Callable[[StreamEvent], bool]
) -> _Target:
    if not isinstance(value, str) or not value or value in (".", ".."):
        raise ValidationError(
            f"{operation}: {name} must be a non-empty id, got {value!r}", field=name, source="argument"
        )
    return _Target(template.format(quote(value, safe="")), operation, is_terminal)


class _StreamBase:
    """Configuration shared by both drivers: the session, the request and the error to raise."""

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        target: _Target,
        reconnect: ReconnectPolicy | None,
        timeout: float | None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._http = http
        self._target = target
        self.session = SSESession(
            target.is_terminal, reconnect, deadline_in=timeout, clock=clock or time.monotonic
        )
        self._lines = LineSplitter()

    def _request_args(self) -> dict[str, Any]:
        base = self._http.timeout
        read = self.session.read_timeout(_READ_TIMEOUT)
        return {
            "headers": self.session.request_headers(),
            "timeout": httpx.Timeout(connect=base.connect, read=read, write=base.write, pool=base.pool),
            "extensions": _STREAM_EXTENSIONS,
        }

    def _items(self, text: str | None) -> Iterator[_Item]:
        """What one piece of the stream's text (None: its end) delivers: an event per
        completed frame, a tick per other line; stops once the stream is over."""
        session = self.session
        lines = self._lines.feed(text) if text is not None else self._lines.end()
        for line in lines:
            event = session.feed(line)
            yield _TICK if event is None else event
            if session.done:
                return
            session.check_deadline(self._target.operation)

    def _where(self) -> str:
        """The operation and its request (method and URL, redacted) for messages."""
        url = self._http.base_url.join(self._target.path)
        return f"{self._target.operation} ({describe_request('GET', url)})"

    def _status_error(self, response: httpx.Response) -> StraitError:
        if response.status_code == 200:
            return DecodeError(
                f"{self._where()}: expected a text/event-stream response, got "
                f"{response.headers.get('content-type')!r}",
                response=response,
            )
        return error_from_response(response, operation=self._target.operation)

    def _check_drop(self, error: BaseException | None) -> float:
        """Seconds to sleep before reconnecting, or raise the error that ends the stream."""
        remaining = self.session.remaining()
        if remaining is not None and remaining <= 0:  # also when the watchdog cut the connection
            raise self.session.give_up(error, self._where()) from error
        if error is not None and self.session.is_timeout(error):
            raise self.session.give_up(error, self._where()) from error
        delay = self.session.on_drop()
        if delay is None:
            raise self.session.give_up(error, self._where()) from error
        return delay


class EventStream(_StreamBase):
    """A live stream of :class:`StreamEvent`; an iterator and a context manager.

    The connection opens on the first read. Iteration ends when the stream is over
    (a terminal event, or 410 from the server); :meth:`close` (or leaving the
    ``with`` block) stops it early.

    Raises (while iterating):
        UnauthorizedError: 401/403. NotFoundError: 404. Other ``ApiError``: another
        status retrying cannot fix. TransportError: the connection could not be
        re-established within the reconnect policy. StraitTimeoutError: ``timeout``
        expired.
    """

    _http: httpx.Client

    def __init__(
        self,
        http: httpx.Client,
        target: _Target,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: Callable[[float], object] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(http, target, reconnect, timeout, clock)
        self._sleep = sleep if sleep is not None else time.sleep
        self._events = self._run()

    def _watch(self, response: httpx.Response) -> Callable[[], None]:
        """Cut the connection at the deadline, however the server paces its bytes."""
        remaining = self.session.remaining()
        if remaining is None:
            return _nothing
        timer = threading.Timer(max(0.0, remaining), _interrupt, (response,))
        timer.daemon = True
        timer.start()
        return timer.cancel

    def _run(self) -> Generator[_Item, None, None]:
        session = self.session
        operation = self._target.operation
        while not session.done:
            session.check_deadline(operation)
            error: BaseException | None = None
            try:
                with self._http.stream("GET", self._target.path, **self._request_args()) as response:
                    action = session.on_response(
                        response.status_code, response_content_type(response.headers)
                    )
                    if action is Action.READ:
                        cancel = self._watch(response)
                        self._lines = LineSplitter()  # a new connection: nothing carried over
                        try:
                            yield _OPENED
                            for text in response.iter_text():
                                yield from self._items(text)
                                if session.done:
                                    return
                            yield from self._items(None)
                            if session.done:
                                return
                            invalid = session.end_of_connection(self._where())
                            if invalid is not None:
                                raise invalid
                        finally:
                            cancel()
                    else:
                        response.read()
                        error = self._status_error(response)
                        if action is Action.RAISE:
                            raise error
            except httpx.TransportError as exc:
                error = exc
            if session.done:
                return
            self._sleep(self._check_drop(error))

    def __iter__(self) -> EventStream:
        return self

    def __next__(self) -> StreamEvent:
        for item in self._events:
            if isinstance(item, StreamEvent):
                return item
        raise StopIteration

    def _next_item(self) -> _Item:
        """The next event or marker (``_END`` when the stream is over)."""
        return next(self._events, _END)

    def close(self) -> None:
        """Stop following and close the connection."""
        self._events.close()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncEventStream(_StreamBase):
    """The ``async for`` / ``async with`` twin of :class:`EventStream`."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        http: httpx.AsyncClient,
        target: _Target,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(http, target, reconnect, timeout, clock)
        if sleep is None:
            import asyncio

            sleep = asyncio.sleep
        self._sleep = sleep
        self._events = self._run()

    def _watch(self, response: httpx.Response) -> Callable[[], None]:
        """Cut the connection at the deadline, however the server paces its bytes."""
        remaining = self.session.remaining()
        if remaining is None:
            return _nothing
        import asyncio

        handle = asyncio.get_running_loop().call_later(max(0.0, remaining), _interrupt, response)
        return handle.cancel

    async def _run(self) -> AsyncGenerator[_Item, None]:
        session = self.session
        operation = self._target.operation
        while not session.done:
            session.check_deadline(operation)
            error: BaseException | None = None
            try:
                async with self._http.stream("GET", self._target.path, **self._request_args()) as response:
                    action = session.on_response(
                        response.status_code, response_content_type(response.headers)
                    )
                    if action is Action.READ:
                        cancel = self._watch(response)
                        self._lines = LineSplitter()  # a new connection: nothing carried over
                        try:
                            yield _OPENED
                            async for text in response.aiter_text():
                                for item in self._items(text):
                                    yield item
                                if session.done:
                                    return
                            for item in self._items(None):
                                yield item
                            if session.done:
                                return
                            invalid = session.end_of_connection(self._where())
                            if invalid is not None:
                                raise invalid
                        finally:
                            cancel()
                    else:
                        await response.aread()
                        error = self._status_error(response)
                        if action is Action.RAISE:
                            raise error
            except httpx.TransportError as exc:
                error = exc
            if session.done:
                return
            await self._sleep(self._check_drop(error))

    def __aiter__(self) -> AsyncEventStream:
        return self

    async def __anext__(self) -> StreamEvent:
        async for item in self._events:
            if isinstance(item, StreamEvent):
                return item
        raise StopAsyncIteration

    async def _next_item(self) -> _Item:
        """The next event or marker (``_END`` when the stream is over)."""
        return await anext(self._events, _END)

    async def aclose(self) -> None:
        """Stop following and close the connection."""
        await self._events.aclose()

    close = aclose

    async def __aenter__(self) -> AsyncEventStream:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _nothing() -> None:
    return None


def _run_target(run_id: str) -> _Target:
    return _target("/v1/runs/{}/stream", run_id, "run_id", "stream-run", run_event_is_terminal)


def _run_logs_target(run_id: str) -> _Target:
    return _target("/v1/runs/{}/stream/logs", run_id, "run_id", "stream-run-logs", never_terminal)


def _run_chunks_target(run_id: str) -> _Target:
    return _target("/v1/runs/{}/stream/chunks", run_id, "run_id", "get-run-chunk-stream", never_terminal)


def _trigger_target(event_key: str) -> _Target:
    return _target(
        "/v1/events/{}/stream", event_key, "event_key", "stream-event-trigger", trigger_event_is_terminal
    )


def _activity_target(project_id: str) -> _Target:
    return _target(
        "/v1/projects/{}/activity/stream", project_id, "project_id", "stream-project-activity", never_terminal
    )


_SyncSleep = Callable[[float], object] | None
_AsyncSleep = Callable[[float], Awaitable[Any]] | None
_FOLLOW_ARGS = """
        Args:
            reconnect: how to reconnect after drops (default :class:`ReconnectPolicy`).
            timeout: give up with ``StraitTimeoutError`` after this many seconds.
            sleep: replaces the wait between reconnects (tests).
"""
_WAIT_DOC = """Wait until run ``run_id`` is finished and return it (``client.runs.get``).

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


def _wait_plan(
    get_run: Callable[..., Any],
    open_stream: Callable[[str, float], EventStream | AsyncEventStream],
    run_id: str,
    timeout: float,
    interval: float,
    use_stream: bool,
    clock: Callable[[], float],
) -> Generator[Any, Any, Any]:
    """``client.runs.wait`` for both clients: one deadline over reads, stream and polling.

    Reads the run; unless it is finished, opens its stream and reads the run again once
    the stream is open, because the server checks the status before it subscribes and
    replays nothing, so a change in between would otherwise never be seen. While the
    stream is quiet it reads again every ``interval`` (it wakes on every line, keep-alive
    comments included: Strait sends one every 15 s). A terminal ``status_change`` or a
    410 ends the stream; a stream the server cannot offer falls back to polling.
    """
    from ._plan import Call as _Call
    from .composition._wait import _check_wait_args, _poll_plan, _status_of, _timed_out
    from .fsm import is_terminal_run_status

    _check_wait_args(timeout, interval)
    deadline = clock() + timeout

    def read(rid: str) -> Any:  # no read outlives the deadline
        return get_run(rid, timeout=max(0.001, deadline - clock()))

    run: Any = None
    try:
        run = yield _Call(read, (run_id,))
        fetched_at = clock()
        pause: float | None = interval
        if use_stream and not is_terminal_run_status(_status_of(run)):
            stream = open_stream(run_id, max(0.001, deadline - clock()))
            try:  # the stream is closed as an effect on every way out (see the end)
                while True:
                    try:
                        item = yield _Call(stream._next_item)
                    except StraitTimeoutError:
                        raise
                    except Exception as exc:
                        if not stream_unavailable(exc):
                            raise
                        break  # no usable stream here: poll
                    if item is _END or (isinstance(item, StreamEvent) and run_event_is_terminal(item)):
                        run = yield _Call(read, (run_id,))  # over (410 or terminal event): final state
                        fetched_at = clock()
                        break
                    if item is _OPENED or clock() - fetched_at >= interval:
                        run = yield _Call(read, (run_id,))
                        fetched_at = clock()
                        if is_terminal_run_status(_status_of(run)):
                            break
            except GeneratorExit:
                raise  # closed without a driver: nothing can be awaited; the stream finalizes itself
            except BaseException:  # an error, a timeout, Ctrl-C or a cancelled task
                yield _Call(stream.close)
                raise
            yield _Call(stream.close)
            left = interval - (clock() - fetched_at)
            pause = left if left > 0 else None
        return (
            yield from _poll_plan(
                read,
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
    except (StraitTimeoutError, RequestTimeoutError) as exc:
        if isinstance(exc, RequestTimeoutError) and clock() < deadline:
            raise
        status = _status_of(run) if run is not None else "unknown"
        raise _timed_out(run_id, status, timeout) from exc


def _client_wait_plan(
    client: Client | AsyncClient,
    stream_class: Callable[..., EventStream | AsyncEventStream],
    run_id: str,
    timeout: float | None,
    timeout_ms: float | None,
    interval: float,
    use_stream: bool,
    reconnect: ReconnectPolicy | None,
    sleep: Any,
    clock: Callable[[], float] | None,
) -> Generator[Any, Any, Any]:
    """The setup of ``runs.wait`` shared by both clients: checks, defaults, the stream to open."""
    from .composition._wait import _seconds

    _run_target(run_id)  # validates the id before anything is sent
    now = clock if clock is not None else time.monotonic
    policy = reconnect if reconnect is not None else WAIT_RECONNECT

    def open_stream(rid: str, seconds: float) -> EventStream | AsyncEventStream:
        return stream_class(
            client._http, _run_target(rid), reconnect=policy, timeout=seconds, sleep=sleep, clock=now
        )

    seconds = _seconds(timeout, timeout_ms)
    return _wait_plan(client.runs.get, open_stream, run_id, seconds, interval, use_stream, now)


class RunStreams(RunTriggers):
    """Live streams of one run (mixed into ``client.runs``)."""

    __slots__ = ()
    _client: Client

    def wait(
        self,
        run_id: str,
        *,
        timeout: float | None = None,
        timeout_ms: float | None = None,
        interval: float = 2.0,
        use_stream: bool = True,
        reconnect: ReconnectPolicy | None = None,
        sleep: _SyncSleep = None,
        clock: Callable[[], float] | None = None,
    ) -> JobRun:
        from ._plan import run_sync as _run_sync

        plan = _client_wait_plan(
            self._client,
            EventStream,
            run_id,
            timeout,
            timeout_ms,
            interval,
            use_stream,
            reconnect,
            sleep,
            clock,
        )
        do_sleep = sleep if sleep is not None else time.sleep
        run: JobRun = _run_sync(plan, do_sleep)
        return run

    def follow(
        self,
        run_id: str,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: _SyncSleep = None,
    ) -> EventStream:
        """Follow ``GET /v1/runs/{runID}/stream``: status changes, logs and progress of a run.

        Ends after the ``status_change`` event to a terminal status, or at once (no
        events) when the run had already finished (410).
        """
        return EventStream(
            self._client._http, _run_target(run_id), reconnect=reconnect, timeout=timeout, sleep=sleep
        )

    def follow_logs(
        self,
        run_id: str,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: _SyncSleep = None,
    ) -> EventStream:
        """Follow ``GET /v1/runs/{runID}/stream/logs`` (worker-mode log lines; ``event == "log"``)."""
        return EventStream(
            self._client._http, _run_logs_target(run_id), reconnect=reconnect, timeout=timeout, sleep=sleep
        )

    def follow_chunks(
        self,
        run_id: str,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: _SyncSleep = None,
    ) -> EventStream:
        """Follow ``GET /v1/runs/{runID}/stream/chunks`` (chunks pushed with ``ctx.stream``)."""
        return EventStream(
            self._client._http, _run_chunks_target(run_id), reconnect=reconnect, timeout=timeout, sleep=sleep
        )


class AsyncRunStreams(AsyncRunTriggers):
    """Async twin of :class:`RunStreams`."""

    __slots__ = ()
    _client: AsyncClient

    async def wait(
        self,
        run_id: str,
        *,
        timeout: float | None = None,
        timeout_ms: float | None = None,
        interval: float = 2.0,
        use_stream: bool = True,
        reconnect: ReconnectPolicy | None = None,
        sleep: _AsyncSleep = None,
        clock: Callable[[], float] | None = None,
    ) -> JobRun:
        """Async :meth:`RunStreams.wait`."""
        import asyncio

        from ._plan import run_async as _run_async

        plan = _client_wait_plan(
            self._client,
            AsyncEventStream,
            run_id,
            timeout,
            timeout_ms,
            interval,
            use_stream,
            reconnect,
            sleep,
            clock,
        )
        do_sleep = sleep if sleep is not None else asyncio.sleep
        run: JobRun = await _run_async(plan, do_sleep)
        return run

    def follow(
        self,
        run_id: str,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: _AsyncSleep = None,
    ) -> AsyncEventStream:
        """Async :meth:`RunStreams.follow`."""
        return AsyncEventStream(
            self._client._http, _run_target(run_id), reconnect=reconnect, timeout=timeout, sleep=sleep
        )

    def follow_logs(
        self,
        run_id: str,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: _AsyncSleep = None,
    ) -> AsyncEventStream:
        """Async :meth:`RunStreams.follow_logs`."""
        return AsyncEventStream(
            self._client._http, _run_logs_target(run_id), reconnect=reconnect, timeout=timeout, sleep=sleep
        )

    def follow_chunks(
        self,
        run_id: str,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: _AsyncSleep = None,
    ) -> AsyncEventStream:
        """Async :meth:`RunStreams.follow_chunks`."""
        return AsyncEventStream(
            self._client._http, _run_chunks_target(run_id), reconnect=reconnect, timeout=timeout, sleep=sleep
        )


class EventTriggerStreams:
    """Live stream of an event trigger (mixed into ``client.event_triggers``)."""

    __slots__ = ()
    _client: Client

    def follow(
        self,
        event_key: str,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: _SyncSleep = None,
    ) -> EventStream:
        """Follow ``GET /v1/events/{eventKey}/stream`` (``event == "status"``).

        The first event is the whole trigger; the stream ends after the first status
        other than ``waiting`` (``received``, ``timed_out`` or ``canceled``).
        """
        return EventStream(
            self._client._http, _trigger_target(event_key), reconnect=reconnect, timeout=timeout, sleep=sleep
        )


class AsyncEventTriggerStreams:
    """Async twin of :class:`EventTriggerStreams`."""

    __slots__ = ()
    _client: AsyncClient

    def follow(
        self,
        event_key: str,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: _AsyncSleep = None,
    ) -> AsyncEventStream:
        """Async :meth:`EventTriggerStreams.follow`."""
        return AsyncEventStream(
            self._client._http, _trigger_target(event_key), reconnect=reconnect, timeout=timeout, sleep=sleep
        )


class ProjectStreams:
    """Live activity of a project (mixed into ``client.projects``)."""

    __slots__ = ()
    _client: Client

    def follow_activity(
        self,
        project_id: str,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: _SyncSleep = None,
    ) -> EventStream:
        """Follow ``GET /v1/projects/{projectID}/activity/stream`` (``event == "activity"``).

        Each event's data is a change record ``{table, action, record, changes?,
        timestamp, source}``. Never ends by itself: close it when done.
        """
        return EventStream(
            self._client._http,
            _activity_target(project_id),
            reconnect=reconnect,
            timeout=timeout,
            sleep=sleep,
        )


class AsyncProjectStreams:
    """Async twin of :class:`ProjectStreams`."""

    __slots__ = ()
    _client: AsyncClient

    def follow_activity(
        self,
        project_id: str,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: _AsyncSleep = None,
    ) -> AsyncEventStream:
        """Async :meth:`ProjectStreams.follow_activity`."""
        return AsyncEventStream(
            self._client._http,
            _activity_target(project_id),
            reconnect=reconnect,
            timeout=timeout,
            sleep=sleep,
        )


RunStreams.wait.__doc__ = _WAIT_DOC
for _method in (RunStreams.follow, RunStreams.follow_logs, RunStreams.follow_chunks):
    _method.__doc__ = (_method.__doc__ or "") + _FOLLOW_ARGS
EventTriggerStreams.follow.__doc__ = (EventTriggerStreams.follow.__doc__ or "") + _FOLLOW_ARGS
ProjectStreams.follow_activity.__doc__ = (ProjectStreams.follow_activity.__doc__ or "") + _FOLLOW_ARGS


def follow_until_terminal(
    client: Client,
    run_id: str,
    *,
    timeout: float | None = None,
    reconnect: ReconnectPolicy | None = None,
    sleep: _SyncSleep = None,
) -> StreamEvent | None:
    """Block until run ``run_id`` reaches a terminal status, watching its live stream.

    Returns:
        The ``status_change`` event to the terminal status (``event.data["to"]``), or
        None when the stream ended without one: the run had already finished (410),
        so read its final state with ``client.runs.get``.

    Raises:
        StraitTimeoutError: ``timeout`` seconds passed first.
        TransportError: the stream could not be kept open; fall back to polling.
        UnauthorizedError, NotFoundError: as for ``client.runs.get``.
    """
    with client.runs.follow(run_id, timeout=timeout, reconnect=reconnect, sleep=sleep) as events:
        for event in events:
            if run_event_is_terminal(event):
                return event
    return None


async def afollow_until_terminal(
    client: AsyncClient,
    run_id: str,
    *,
    timeout: float | None = None,
    reconnect: ReconnectPolicy | None = None,
    sleep: _AsyncSleep = None,
) -> StreamEvent | None:
    """Async :func:`follow_until_terminal`."""
    async with client.runs.follow(run_id, timeout=timeout, reconnect=reconnect, sleep=sleep) as events:
        async for event in events:
            if run_event_is_terminal(event):
                return event
    return None
