"""Live streams (Server-Sent Events): the sync and async drivers, opened by the facade.

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
from itertools import chain
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx

from ._closing import AsyncClosing, Closing
from ._core import MAX_RETRIES_EXT, STREAM_EXT
from ._errors import (
    DecodeError,
    StraitError,
    ValidationError,
    error_from_response,
)
from ._redact import describe_request
from ._sse import (
    Action,
    LineSplitter,
    ReconnectPolicy,
    SSESession,
    StreamEvent,
    never_terminal,
    response_content_type,
    run_event_is_terminal,
    trigger_event_is_terminal,
)

__all__ = [
    "AsyncEventStream",
    "EventStream",
    "ReconnectPolicy",
    "StreamEvent",
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


_H = TypeVar("_H", bound="httpx.Client | httpx.AsyncClient")  # the driver's httpx client
_S = TypeVar("_S")  # its sleep function
_E = TypeVar("_E")  # its generator of events


class _StreamBase(Generic[_H, _S, _E]):
    """Configuration shared by both drivers: the session, the request and the error to raise."""

    def __init__(
        self,
        http: _H,
        target: _Target,
        *,
        reconnect: ReconnectPolicy | None = None,
        timeout: float | None = None,
        sleep: _S | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._http: _H = http
        self._sleep: _S = sleep if sleep is not None else self._default_sleep()
        self._target = target
        self.session = SSESession(
            target.is_terminal, reconnect, deadline_in=timeout, clock=clock or time.monotonic
        )
        self._lines = LineSplitter()
        self._action = Action.READ
        self._unwatch: Callable[[], None] = _nothing
        self._events: _E = self._run()

    def _default_sleep(self) -> _S:
        raise NotImplementedError

    def _run(self) -> _E:
        raise NotImplementedError

    def _request_args(self) -> dict[str, Any]:
        base = self._http.timeout
        read = self.session.read_timeout(_READ_TIMEOUT)
        return {
            "headers": self.session.request_headers(),
            "timeout": httpx.Timeout(connect=base.connect, read=read, write=base.write, pool=base.pool),
            "extensions": _STREAM_EXTENSIONS,
        }

    # -- what both drivers ask, per connection ------------------------------------------

    def _connecting(self) -> bool:
        """Whether to open a(nother) connection: the stream is not over and time is left."""
        if self.session.done:
            return False
        self.session.check_deadline(self._target.operation)
        return True

    def _opened(self, response: httpx.Response) -> bool:
        """Whether ``response`` is the stream to read (it is then watched for the deadline);
        if not, the driver reads its body and raises or keeps :meth:`_refused`."""
        self._action = self.session.on_response(response.status_code, response_content_type(response.headers))
        if self._action is not Action.READ:
            return False
        self._lines = LineSplitter()  # a new connection: nothing carried over
        self._unwatch = self._watch(response)
        return True

    def _refused(self, response: httpx.Response) -> StraitError:
        """The error of an answer that is no stream (raised when reconnecting cannot help)."""
        error = self._status_error(response)
        if self._action is Action.RAISE:
            raise error
        return error

    def _items(self, text: str | None) -> Iterator[_Item]:
        """What one piece of the stream's text (None: the connection's end) delivers: an
        event per completed frame, a tick per other line; stops once the stream is over.
        A connection that ended without one valid SSE line too often raises."""
        session = self.session
        lines = self._lines.feed(text) if text is not None else self._lines.end()
        for line in lines:
            event = session.feed(line)
            yield _TICK if event is None else event
            if session.done:
                return
            session.check_deadline(self._target.operation)
        if text is None:
            invalid = session.end_of_connection(self._where())
            if invalid is not None:
                raise invalid

    def _watch(self, response: httpx.Response) -> Callable[[], None]:
        raise NotImplementedError

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


class EventStream(
    Closing, _StreamBase[httpx.Client, Callable[[float], object], Generator[_Item, None, None]]
):
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

    def _default_sleep(self) -> Callable[[float], object]:
        return time.sleep

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
        while self._connecting():
            error: BaseException | None = None
            try:
                with self._http.stream("GET", self._target.path, **self._request_args()) as response:
                    if self._opened(response):
                        try:
                            yield _OPENED
                            for text in chain(response.iter_text(), _EOF):
                                yield from self._items(text)
                                if self.session.done:
                                    return
                        finally:
                            self._unwatch()
                    else:
                        response.read()
                        error = self._refused(response)
            except httpx.TransportError as exc:
                error = exc
            if not self.session.done:
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


class AsyncEventStream(
    AsyncClosing,
    _StreamBase[httpx.AsyncClient, Callable[[float], Awaitable[object]], AsyncGenerator[_Item, None]],
):
    """The ``async for`` / ``async with`` twin of :class:`EventStream`."""

    def _default_sleep(self) -> Callable[[float], Awaitable[object]]:
        import asyncio  # an AsyncClient has loaded it already (import time)

        return asyncio.sleep

    def _watch(self, response: httpx.Response) -> Callable[[], None]:
        """Cut the connection at the deadline, however the server paces its bytes."""
        remaining = self.session.remaining()
        if remaining is None:
            return _nothing
        import asyncio

        handle = asyncio.get_running_loop().call_later(max(0.0, remaining), _interrupt, response)
        return handle.cancel

    async def _run(self) -> AsyncGenerator[_Item, None]:
        while self._connecting():
            error: BaseException | None = None
            try:
                async with self._http.stream("GET", self._target.path, **self._request_args()) as response:
                    if self._opened(response):
                        try:
                            yield _OPENED
                            async for text in response.aiter_text():
                                for item in self._items(text):
                                    yield item
                                if self.session.done:
                                    return
                            for item in self._items(None):  # the connection's end
                                yield item
                        finally:
                            self._unwatch()
                    else:
                        await response.aread()
                        error = self._refused(response)
            except httpx.TransportError as exc:
                error = exc
            if not self.session.done:
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


def _nothing() -> None:
    return None


_EOF: tuple[None] = (None,)  # after a connection's last text: its end


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
