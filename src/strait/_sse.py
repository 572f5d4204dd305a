"""Server-Sent Events, the I/O-free part: frames -> :class:`StreamEvent`, and reconnect decisions.

:class:`SSESession` holds everything a followed stream remembers across connections
(the last event id, a bounded set of events already delivered, the server's
``retry:`` hint, how long it has been failing) and answers every question the two
drivers in :mod:`strait._streams` ask: which headers to send, what a status code
means, whether a frame is new, how long to wait before reconnecting, and which error
to raise when giving up. The drivers only connect, read, sleep and close.

What the Strait server does today (and why the session looks like this):

* frames carry no ``id:`` and no ``retry:`` lines and ``Last-Event-ID`` is not read,
  so after a reconnect the session recognises replayed frames by their content
  (every Strait frame carries a timestamp, so equal content means the same event);
  ids are still honoured and sent back should the server start writing them;
* keep-alive comments (``: keepalive``) are dropped by the decoder;
* the run stream does not end when the run finishes, so the session ends it on a
  ``status_change`` to a terminal status; the event-trigger stream closes itself after
  the first non-``waiting`` status, which the session also treats as the end;
* 410 means "already finished" and is the normal end of a stream;
* the run stream checks the run's status, sends its 200 and only then subscribes, and
  replays nothing: a change in between is never sent, so ``runs.wait`` reads the run
  again once the stream is open (and at its interval while the stream is quiet).

:func:`stream_unavailable` decides which failures of a followed stream mean "this
server offers no (usable) stream", after which ``client.runs.wait`` polls instead.
"""

from __future__ import annotations

import enum
import hashlib
import json
import math
import random
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from ._backoff import Backoff
from ._errors import (
    ApiError,
    DecodeError,
    InvalidStreamError,
    StraitError,
    StraitTimeoutError,
    TransportError,
    UnsupportedOperationError,
    ValidationError,
)
from ._limits import MAX_SSE_LINE_BYTES
from .fsm import EVENT_TRIGGER_TERMINAL_STATUSES, RUN_TERMINAL_STATUSES

__all__ = [
    "RUN_TERMINAL_STATUSES",
    "TRIGGER_TERMINAL_STATUSES",
    "Action",
    "InvalidStreamError",
    "LineSplitter",
    "ReconnectPolicy",
    "SSESession",
    "StreamEvent",
    "never_terminal",
    "run_event_is_terminal",
    "stream_unavailable",
    "trigger_event_is_terminal",
]

TRIGGER_TERMINAL_STATUSES = EVENT_TRIGGER_TERMINAL_STATUSES


class _Frame(Protocol):
    """What the session reads from a decoded frame (:class:`Frame`)."""

    @property
    def event(self) -> str: ...

    @property
    def data(self) -> str: ...

    @property
    def id(self) -> str: ...

    @property
    def retry(self) -> int | None: ...


@dataclass(frozen=True)
class Frame:
    """One dispatched SSE frame, as decoded from the wire (before de-duplication)."""

    event: str
    data: str
    id: str
    retry: int | None


@dataclass(frozen=True)
class StreamEvent:
    """One event of a live stream.

    Attributes:
        event: the SSE event name (``"message"`` when the server names none).
        data: the frame's data parsed as JSON (the raw text when it is not JSON).
        id: the event id, when the server sent one.
        retry: the server's reconnect hint in milliseconds, when sent with this frame.
    """

    event: str
    data: Any
    id: str | None = None
    retry: int | None = None

    @property
    def type(self) -> str | None:
        """The ``type`` field of a JSON object payload (``status_change``, ``event`` ...)."""
        value = self.data.get("type") if isinstance(self.data, dict) else None
        return value if isinstance(value, str) else None


def run_event_is_terminal(event: StreamEvent) -> bool:
    """Whether a run-stream event reports the run reaching a terminal status."""
    data = event.data
    return (
        isinstance(data, dict)
        and data.get("type") == "status_change"
        and data.get("to") in RUN_TERMINAL_STATUSES
    )


def trigger_event_is_terminal(event: StreamEvent) -> bool:
    """Whether an event-trigger frame reports a status other than ``waiting``."""
    data = event.data
    return isinstance(data, dict) and data.get("status") in TRIGGER_TERMINAL_STATUSES


def never_terminal(event: StreamEvent) -> bool:
    """For streams that only end when the caller stops reading (project activity)."""
    return False


@dataclass(frozen=True)
class ReconnectPolicy:
    """How a live stream reconnects after the connection drops.

    The delay before reconnect number ``n`` (counted from the last frame received) is
    ``initial_delay * 2**n`` capped at ``max_delay`` (or the server's ``retry:`` hint),
    minus up to ``jitter`` of it at random. The stream gives up, raising the last
    error, after ``max_attempts`` reconnects in a row without a new frame, or after
    ``max_elapsed`` seconds of failing.
    """

    max_attempts: int = 10
    initial_delay: float = 0.5
    max_delay: float = 30.0
    jitter: float = 0.5
    max_elapsed: float | None = 600.0

    def __post_init__(self) -> None:
        if (
            isinstance(self.max_attempts, bool)
            or not isinstance(self.max_attempts, int)
            or self.max_attempts < 0
        ):
            raise ValidationError(
                f"max_attempts must be an int >= 0, got {self.max_attempts!r}",
                field="max_attempts",
                source="argument",
            )
        for name in ("initial_delay", "max_delay", "jitter"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value < math.inf:
                raise ValidationError(
                    f"{name} must be a number >= 0, got {value!r}", field=name, source="argument"
                )
        if self.jitter > 1:
            raise ValidationError(
                f"jitter must be between 0 and 1, got {self.jitter!r}", field="jitter", source="argument"
            )
        if self.max_elapsed is not None and not 0 < self.max_elapsed < math.inf:
            raise ValidationError(
                f"max_elapsed must be > 0 or None, got {self.max_elapsed!r}",
                field="max_elapsed",
                source="argument",
            )

    def backoff(self, attempt: int, retry_hint: float | None, rand: float) -> float:
        """Seconds to wait before reconnect ``attempt`` (0-based); ``rand`` is in [0, 1)."""
        schedule = Backoff(self.initial_delay, self.max_delay, jitter=self.jitter)
        if retry_hint is not None:
            schedule = schedule.with_floor(retry_hint)
        return schedule.delay(attempt, rand)


# Connections in a row that may end without a single valid SSE line before following stops.
MAX_INVALID_CONNECTIONS = 3
_SAMPLE_CHARS = 200
_SSE_FIELDS = frozenset({"data", "event", "id", "retry"})


class Action(enum.Enum):
    """What a driver does with the status of a (re)connection."""

    READ = "read"  # 200 text/event-stream: read frames
    END = "end"  # 410: the stream is over; stop without error
    RAISE = "raise"  # 4xx that retrying cannot fix: raise the typed error
    RETRY = "retry"  # 408, 429, 5xx: wait and reconnect


_RETRY_STATUSES = frozenset({408, 425, 429})


class SSESession:
    """State and decisions of one followed stream, shared by the sync and async drivers.

    Args:
        is_terminal: says whether an event ends the stream.
        policy: the reconnect policy.
        max_seen: how many delivered events to remember for dropping replays.
        deadline_in: seconds after which following gives up with ``StraitTimeoutError``.
        clock: monotonic clock (injectable for tests).
        rand: random source in [0, 1) for jitter (injectable for tests).
    """

    def __init__(
        self,
        is_terminal: Callable[[StreamEvent], bool],
        policy: ReconnectPolicy | None = None,
        *,
        max_seen: int = 1024,
        deadline_in: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
    ) -> None:
        if deadline_in is not None and not 0 < deadline_in < math.inf:
            raise ValidationError(
                f"timeout must be > 0, got {deadline_in!r}", field="timeout", source="argument"
            )
        self.is_terminal = is_terminal
        self.policy = policy or ReconnectPolicy()
        self.last_event_id: str | None = None
        self.retry_ms: int | None = None
        self.done = False
        self.server_error: str | None = None
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._max_seen = max(1, max_seen)
        self._failures = 0
        self._failing_since: float | None = None
        self._clock = clock
        self._rand = rand
        self._deadline = None if deadline_in is None else clock() + deadline_in
        self._invalid_connections = 0
        self._connection_valid = False
        self._sample = ""
        self._reset_frame()

    def _reset_frame(self) -> None:
        self._data: list[str] = []
        self._event = ""
        self._id = ""
        self._retry: int | None = None

    # -- connecting -------------------------------------------------------

    def request_headers(self) -> dict[str, str]:
        """Headers of the next (re)connection."""
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-store"}
        if self.last_event_id:
            headers["Last-Event-ID"] = self.last_event_id
        return headers

    def read_timeout(self, default: float | None) -> float | None:
        """The read timeout of the next connection: ``default``, shortened to the deadline."""
        remaining = self.remaining()
        if remaining is None:
            return default
        return max(0.001, remaining if default is None else min(default, remaining))

    def remaining(self) -> float | None:
        """Seconds left before the deadline (None when there is none)."""
        return None if self._deadline is None else self._deadline - self._clock()

    def on_response(self, status: int, content_type: str) -> Action:
        """What to do with the answer to a (re)connection."""
        self._reset_frame()  # a frame cut off by a drop is not finished by the next connection
        if status == 200:
            if "text/event-stream" not in content_type.split(";", maxsplit=1)[0]:
                return Action.RAISE
            self._connection_valid = False
            self._sample = ""
            return Action.READ
        if status == 410:
            self.done = True
            return Action.END
        if status in _RETRY_STATUSES or status >= 500:
            return Action.RETRY
        return Action.RAISE

    # -- reading ----------------------------------------------------------

    def feed(self, line: str) -> StreamEvent | None:
        """Decode one line of the stream (without its line break); the event it completes, if any.

        Comments (``: keepalive``) complete nothing but still come through here, so a
        driver wakes up on each one and can check the deadline.
        """
        if not line:
            if not self._data and not self._event and not self._id and self._retry is None:
                return None
            frame = Frame(self._event, "\n".join(self._data), self._id, self._retry)
            self._reset_frame()
            return self.accept(frame)
        if line.startswith(":"):
            self._connection_valid = True  # a comment (keep-alive): the stream speaks SSE
            return None
        name, _, value = line.partition(":")
        if name in _SSE_FIELDS:
            self._connection_valid = True
        elif len(self._sample) < _SAMPLE_CHARS:
            self._sample = (self._sample + "\n" + line if self._sample else line)[:_SAMPLE_CHARS]
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def end_of_connection(self, operation: str) -> InvalidStreamError | None:
        """Called when a read connection ends (the server closed it): the error that ends
        following when too many connections in a row carried no valid SSE line, else None."""
        if self._connection_valid:
            self._invalid_connections = 0
            return None
        self._invalid_connections += 1
        if self._invalid_connections < MAX_INVALID_CONNECTIONS:
            return None
        sent = f"only {self._sample!r}" if self._sample else "an empty body"
        return InvalidStreamError(
            f"{operation}: the server answered 200 text/event-stream {self._invalid_connections} times "
            f"in a row but sent {sent}, not one SSE event (data:/event:/id: lines); a mock "
            "server built from the spec, or a proxy rewriting the stream? Point the client at a "
            "Strait server, or poll (runs.wait(..., use_stream=False))",
            body=self._sample,
        )

    def check_deadline(self, operation: str) -> None:
        """Raise ``StraitTimeoutError`` once the deadline has passed."""
        remaining = self.remaining()
        if remaining is not None and remaining <= 0:
            raise StraitTimeoutError(f"{operation}: no terminal event before the timeout")

    def accept(self, frame: _Frame) -> StreamEvent | None:
        """The event to deliver for a decoded frame, or None (replayed, empty or control frame)."""
        if frame.retry is not None and frame.retry >= 0:
            self.retry_ms = frame.retry
        if not frame.data and frame.event in ("", "message"):
            return None
        event_id = frame.id or None
        key = "id:" + event_id if event_id else _fingerprint(frame.event, frame.data)
        if key in self._seen:
            return None
        self._remember(key)
        if event_id:
            self.last_event_id = event_id
        data = _parse(frame.data)
        if frame.event == "error":
            message = data.get("error") if isinstance(data, dict) else data
            self.server_error = str(message) if message else "the server reported a stream error"
            return None
        # A new event: the connection works, so the reconnect budget starts again.
        self._failures = 0
        self._failing_since = None
        event = StreamEvent(event=frame.event or "message", data=data, id=event_id, retry=frame.retry)
        if self.is_terminal(event):
            self.done = True
        return event

    def _remember(self, key: str) -> None:
        self._seen[key] = None
        while len(self._seen) > self._max_seen:
            self._seen.popitem(last=False)

    # -- reconnecting -----------------------------------------------------

    def on_drop(self) -> float | None:
        """Seconds to wait before reconnecting after a drop or a retryable status; None = give up."""
        now = self._clock()
        if self._failing_since is None:
            self._failing_since = now
        attempt = self._failures
        self._failures += 1
        policy = self.policy
        if attempt >= policy.max_attempts:
            return None
        if policy.max_elapsed is not None and now - self._failing_since >= policy.max_elapsed:
            return None
        hint = self.retry_ms / 1000.0 if self.retry_ms is not None else None
        delay = policy.backoff(attempt, hint, self._rand())
        if self._deadline is not None:
            remaining = self._deadline - now
            if remaining <= 0:
                return None
            delay = min(delay, remaining)
        return delay

    def give_up(self, error: BaseException | None, operation: str) -> StraitError:
        """The exception to raise once reconnecting stops."""
        remaining = self.remaining()
        if remaining is not None and remaining <= 0:
            return StraitTimeoutError(f"{operation}: no terminal event before the timeout")
        if isinstance(error, ApiError):
            return error
        reason = self.server_error or (
            f"{type(error).__name__}: {error}" if error else "the server closed it"
        )
        return TransportError(
            f"{operation}: stream lost after {self._failures} reconnect attempt(s) ({reason})"
        )

    def is_timeout(self, error: BaseException) -> bool:
        """Whether a read error is really the deadline expiring."""
        remaining = self.remaining()
        return isinstance(error, httpx.TimeoutException) and remaining is not None and remaining <= 0


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text
    except RecursionError:
        raise DecodeError("a stream frame's JSON is nested too deeply to decode") from None


_NEWLINE = re.compile("\r\n|\r|\n")


class LineSplitter:
    """Text of a stream, as it arrives, cut into lines at CRLF, LF or CR (the SSE rule);
    a line longer than ``limit`` characters is refused before it is held whole."""

    __slots__ = ("_cr", "_parts", "_size", "limit")

    def __init__(self, limit: int = MAX_SSE_LINE_BYTES) -> None:
        self.limit = limit
        self._parts: list[str] = []  # the unfinished line, in pieces (never re-joined per chunk)
        self._size = 0
        self._cr = False  # the last chunk ended with CR: a LF starting the next one is its pair

    def feed(self, text: str) -> list[str]:
        """The lines ``text`` completes (without their line breaks)."""
        if self._cr and text.startswith("\n"):
            text = text[1:]
        self._cr = text.endswith("\r")
        pieces = _NEWLINE.split(text)
        rest = pieces.pop()
        lines: list[str] = []
        if pieces:
            lines = ["".join(self._parts) + pieces[0], *pieces[1:]]
            self._parts, self._size = [], 0
        if rest:
            self._parts.append(rest)
            self._size += len(rest)
        if self._size > self.limit or any(len(line) > self.limit for line in lines):
            self._parts, self._size = [], 0
            raise DecodeError(
                f"a line of the event stream is longer than {self.limit} characters: not a "
                "stream Strait sends (a proxy, or a server answering something else?)"
            )
        return lines

    def end(self) -> list[str]:
        """The unterminated last line, if any, when the connection ends."""
        rest = "".join(self._parts)
        self._parts, self._size, self._cr = [], 0, False
        return [rest] if rest else []


def _fingerprint(event: str, data: str) -> str:
    digest = hashlib.blake2b(f"{event}\n{data}".encode(), digest_size=16).hexdigest()
    return "sha:" + digest


# 404/405/406/501: the route (or SSE on it) is not there; 408/429/5xx: not now.
_FALLBACK_STATUSES = frozenset({404, 405, 406, 408, 425, 429, 501})


def stream_unavailable(error: BaseException) -> bool:
    """Whether a stream failure means "poll instead" rather than an error to raise.

    True for a connection that could not be made or kept (``TransportError``), frames
    or a content type that could not be decoded (``DecodeError``), a route the server
    does not have (404, 405, 406, 501, ``UnsupportedOperationError``) and a stream it
    will not serve now (408, 429, 5xx). False for everything else, notably 401/403
    (polling would fail the same way), ``StraitTimeoutError`` (the deadline) and
    :class:`InvalidStreamError` (a server that answers SSE with no event is not one to
    poll patiently either: a mock, or a proxy rewriting the stream).
    """
    if isinstance(error, StraitTimeoutError | InvalidStreamError):
        return False
    if isinstance(error, TransportError | DecodeError | UnsupportedOperationError | httpx.TransportError):
        return True
    if isinstance(error, ApiError):
        return error.status in _FALLBACK_STATUSES or error.status >= 500
    return False


def response_content_type(headers: Mapping[str, str]) -> str:
    """The response's content type, lower-cased (empty when missing)."""
    return headers.get("content-type", "").lower()
