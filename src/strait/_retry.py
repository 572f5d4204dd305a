"""Retries, redirects and hooks around every attempt: the pure policy and the one flow.

:class:`RetryPolicy` and :func:`redirect_target` decide (no sleeping, no I/O);
:func:`_attempts` is the one generator that applies them to a request, calls the
middleware hooks and logs, and :func:`drive` / :func:`adrive` step it for a driver,
which only sends, sleeps and closes (:mod:`strait._transport` for httpx,
:mod:`strait._aiohttp` for the default async client).

What is retried: connection failures and timeouts, and the statuses 408, 429, 500,
502, 503 and 504. POST and PATCH are retried only when the request carries an
``Idempotency-Key`` (or the request provably never reached the server), so a retry
can never run a job twice. ``Retry-After`` (seconds or HTTP date) is obeyed; a hint
longer than ``max_retry_after`` ends the retries at once instead of stalling.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

import httpx

from ._backoff import Backoff
from ._errors import RedirectError, error_from_response, parse_retry_after
from ._redact import redact_url

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Failures that happen before any byte of the request left: safe for every method.
# Every driver raises these only then (the aiohttp driver maps its own errors onto
# them by type: refused, DNS failure, connect timeout).
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: Redirects followed at most per request (only same-origin ones that keep the method).
MAX_REDIRECTS = 5
_KEEP_METHOD = frozenset({307, 308})
_SAFE_REDIRECT = frozenset({301, 302, 303, 307, 308})


if TYPE_CHECKING:  # a Protocol class costs import time; only the type checker needs it

    class OutgoingRequest(Protocol):
        """What the policy and the retry flow read of a request (``httpx.Request`` is one)."""

        @property
        def method(self) -> str: ...

        @property
        def url(self) -> Any: ...  # str, or httpx.URL

        @property
        def headers(self) -> Mapping[str, str]: ...  # case-insensitive lookups

        @property
        def extensions(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait.

    Delays grow as ``initial_delay * factor**attempt`` up to ``max_delay``, minus up to
    ``jitter`` (a fraction) at random so that clients do not retry in lockstep.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25
    factor: float = 2.0

    def replayable(self, request: OutgoingRequest) -> bool:
        """Whether sending ``request`` twice is harmless."""
        if request.method in IDEMPOTENT_METHODS:
            return True
        headers = request.headers
        return "idempotency-key" in headers or "x-idempotency-key" in headers

    @property
    def schedule(self) -> Backoff:
        """The delays between tries, as the one :class:`~strait._backoff.Backoff` formula."""
        return Backoff(self.initial_delay, self.max_delay, self.factor, self.jitter)

    def _delay(self, retry_index: int, rand: float) -> float:
        """The wait before retry ``retry_index + 1``; ``rand`` uniform in [0, 1] (1: no jitter)."""
        return self.schedule.delay(retry_index, 1.0 - rand)

    def backoff(self, attempt: int) -> float:
        return self.schedule.delay(attempt)

    def delay(
        self,
        request: OutgoingRequest,
        attempt: int,
        response: httpx.Response | None,
        error: BaseException | None,
        max_retries: int | None = None,
    ) -> tuple[float | None, str]:
        """``(seconds to wait, reason)`` before retry number ``attempt + 1``; None = stop."""
        limit = self.max_retries if max_retries is None else max_retries
        if attempt >= limit:
            return None, "no retries left"
        if error is not None:
            if isinstance(error, NOT_SENT_ERRORS):
                return self.backoff(attempt), f"{type(error).__name__} before sending"
            if not isinstance(error, httpx.TransportError):
                return None, "not a transport error"
            if not self.replayable(request):
                return None, f"{type(error).__name__} on a {request.method} without an idempotency key"
            return self.backoff(attempt), type(error).__name__
        if response is None or response.status_code not in RETRY_STATUSES:
            return None, "not retryable"
        should = response.headers.get("x-should-retry")
        if should == "false":
            return None, "server said x-should-retry: false"
        if not self.replayable(request) and should != "true":
            return None, f"{response.status_code} on a {request.method} without an idempotency key"
        hint = parse_retry_after(response.headers.get("retry-after"))
        if hint is not None:
            if hint > self.max_retry_after:
                return None, f"Retry-After {hint:.0f}s exceeds {self.max_retry_after:.0f}s"
            return hint, f"{response.status_code} with Retry-After"
        return self.backoff(attempt), str(response.status_code)


def redirect_target(request: OutgoingRequest, response: httpx.Response, seen: list[str]) -> str | None:
    """The absolute URL to send ``request`` to next, None when ``response`` is no redirect.

    Followed: 307/308 (any method) and 301/302/303 answering GET or HEAD, to the same
    scheme, host and port, at most :data:`MAX_REDIRECTS` times and never back to a URL
    already visited (``seen``, updated here). Anything else raises
    :class:`~strait.RedirectError`: following it would change the method (a 302 turns a
    POST into a GET in browsers), send the request elsewhere, or loop.
    """
    status = response.status_code
    location = response.headers.get("location")
    if status not in _SAFE_REDIRECT or location is None:
        return None
    current = httpx.URL(str(request.url))
    target = str(current.join(location))
    method = request.method.upper()
    reason = None
    if status not in _KEEP_METHOD and method not in ("GET", "HEAD"):
        reason = f"a {status} would turn the {method} into a GET"
    elif _origin(target) != _origin(str(current)):
        reason = "it points to another host"
    elif target in seen or target == str(current):
        reason = "the redirects loop"
    elif len(seen) >= MAX_REDIRECTS:
        reason = f"more than {MAX_REDIRECTS} redirects"
    if reason is None:
        seen.append(str(current))
        return target
    shown_url, shown_target = redact_url(current), redact_url(httpx.URL(target))
    base = error_from_response(response)
    raise RedirectError(
        f"{method} {shown_url} was redirected ({status}) to {shown_target}; not followed: {reason}",
        method=method,
        url=shown_url,
        location=shown_target,
        status=status,
        code=base.code,
        details=base.details,
        request_id=base.request_id,
        body=base.body,
        response=response,
    )


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or {"http": 80, "https": 443}.get(scheme)
    return scheme, (parts.hostname or "").lower(), port


# -- the flow ----------------------------------------------------------------------------

logger = logging.getLogger("strait")

#: request.extensions key for a per-call retry limit
MAX_RETRIES_EXT = "strait.max_retries"
#: request.extensions key marking a streamed request (SSE): its body is not read here
STREAM_EXT = "strait.stream"


@dataclass
class RequestContext:
    """What a middleware hook sees of one attempt. Holds no credentials."""

    method: str
    url: str
    attempt: int
    status: int | None = None
    duration_ms: float | None = None
    error: BaseException | None = None
    request_id: str | None = None
    will_retry: bool = False
    headers: dict[str, str] = field(default_factory=dict)


_Hook = Callable[[RequestContext], Any]


@dataclass(frozen=True)
class Middleware:
    """Hooks called around every attempt (retries included), in list order.

    ``on_request`` before sending, ``on_response`` when an answer arrives (any
    status), ``on_error`` when the attempt fails without one. A hook that raises
    aborts the request with that exception.
    """

    on_request: _Hook | None = None
    on_response: _Hook | None = None
    on_error: _Hook | None = None


_SAFE_HEADERS = ("content-type", "idempotency-key", "user-agent", "accept", "x-request-id")


def _context(request: OutgoingRequest, attempt: int) -> RequestContext:
    headers = {k: v for k, v in request.headers.items() if k.lower() in _SAFE_HEADERS}
    return RequestContext(
        method=request.method, url=redact_url(request.url), attempt=attempt, headers=headers
    )


class _Wait:
    """Close ``discard`` (if any), then sleep ``seconds``."""

    __slots__ = ("discard", "seconds")  # plain classes: dataclasses cost import time

    def __init__(self, seconds: float, discard: httpx.Response | None) -> None:
        self.seconds = seconds
        self.discard = discard


class _Redirect:
    """Close ``discard``, then point the request at ``url`` (absolute, encoded, same origin)."""

    __slots__ = ("discard", "url")

    def __init__(self, url: str, discard: httpx.Response) -> None:
        self.url = url
        self.discard: httpx.Response | None = discard


_SEND = None  # the flow yields this when the driver should send the request
_Step = _Wait | _Redirect | None
Flow = Generator[_Step, httpx.Response, httpx.Response]


def _attempts(request: OutgoingRequest, policy: RetryPolicy, middleware: Sequence[Middleware]) -> Flow:
    """Drive one request to its final response; the single source of retry and redirect behaviour.

    Yields ``None`` to ask the driver to send ``request`` (the driver sends back the
    response, or throws the transport error in, as an ``httpx.TransportError``),
    :class:`_Wait` to ask it to close a discarded response and sleep, and
    :class:`_Redirect` to close the response and point the request at another URL.
    """
    limit = request.extensions.get(MAX_RETRIES_EXT)
    streamed = bool(request.extensions.get(STREAM_EXT))
    debug = logger.isEnabledFor(logging.DEBUG)
    attempt = 0
    seen: list[str] = []
    while True:
        ctx = _context(request, attempt) if (middleware or debug) else None
        if ctx is not None:
            for mw in middleware:
                if mw.on_request is not None:
                    mw.on_request(ctx)
        started = time.perf_counter()
        try:
            # THE one place an attempt is sent, for every driver (httpx sync and async,
            # aiohttp, streams, client.generated, do_request): a span per attempt wraps
            # this yield (tracing), with ``request`` and ``attempt`` as its attributes.
            response = yield _SEND
        except httpx.TransportError as exc:
            delay, reason = policy.delay(request, attempt, None, exc, limit)
            if ctx is not None:
                ctx.duration_ms = (time.perf_counter() - started) * 1000.0
                ctx.error, ctx.will_retry = exc, delay is not None
                for mw in middleware:
                    if mw.on_error is not None:
                        mw.on_error(ctx)
                _log(ctx, reason, delay)
            if delay is None:
                raise
            yield _Wait(delay, None)
            attempt += 1
            continue
        delay, reason = policy.delay(request, attempt, response, None, limit)
        if ctx is not None:
            ctx.duration_ms = (time.perf_counter() - started) * 1000.0
            ctx.status, ctx.will_retry = response.status_code, delay is not None
            ctx.request_id = response.headers.get("x-request-id")
            for mw in middleware:
                if mw.on_response is not None:
                    mw.on_response(ctx)
            _log(ctx, reason, delay)
        if 300 <= response.status_code < 400 and not streamed:
            target = redirect_target(request, response, seen)
            if target is not None:
                yield _Redirect(target, response)
                continue
        if delay is None:
            return response
        yield _Wait(delay, response)
        attempt += 1


def _log(ctx: RequestContext, reason: str, delay: float | None) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    outcome = f"{ctx.status}" if ctx.error is None else type(ctx.error).__name__
    logger.debug(
        "%s %s attempt=%d -> %s in %.1fms", ctx.method, ctx.url, ctx.attempt, outcome, ctx.duration_ms or 0.0
    )
    if delay is not None:
        logger.debug("retrying %s %s in %.2fs (%s)", ctx.method, ctx.url, delay, reason)


def drive(
    flow: Flow,
    send: Callable[[], httpx.Response],
    retarget: Callable[[str], None],
    sleep: Callable[[float], object],
) -> httpx.Response:
    """Step a flow synchronously: ``send`` one attempt (reading the body, raising
    ``httpx.TransportError``), ``retarget`` the request after a redirect, ``sleep``."""
    step = next(flow)
    while True:
        try:
            if step is _SEND:
                try:
                    response = send()
                except httpx.TransportError as exc:
                    step = flow.throw(exc)
                else:
                    step = flow.send(response)
            else:
                if step.discard is not None:
                    step.discard.close()
                if isinstance(step, _Redirect):
                    retarget(step.url)
                else:
                    sleep(step.seconds)
                step = next(flow)
        except StopIteration as done:
            result: httpx.Response = done.value
            return result


async def adrive(
    flow: Flow,
    send: Callable[[], Awaitable[httpx.Response]],
    retarget: Callable[[str], None],
    sleep: Callable[[float], Awaitable[object]],
) -> httpx.Response:
    """:func:`drive`, awaiting ``send`` and ``sleep``."""
    step = next(flow)
    while True:
        try:
            if step is _SEND:
                try:
                    response = await send()
                except httpx.TransportError as exc:
                    step = flow.throw(exc)
                else:
                    step = flow.send(response)
            else:
                if step.discard is not None:
                    await step.discard.aclose()
                if isinstance(step, _Redirect):
                    retarget(step.url)
                else:
                    await sleep(step.seconds)
                step = next(flow)
        except StopIteration as done:
            result: httpx.Response = done.value
            return result
