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
import math
import time
from collections.abc import Awaitable, Callable, Coroutine, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar
from urllib.parse import urlsplit

import httpx

from . import _tracing
from ._backoff import Backoff
from ._core import MAX_RETRIES_EXT, STREAM_EXT
from ._errors import (
    ApiError,
    RateLimitedError,
    RedirectError,
    StraitError,
    TransportError,
    ValidationError,
    error_from_response,
    map_http_error,
    parse_retry_after,
)
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
_POLICY_DEFAULTS: dict[str, float] = {
    "max_retries": 2,
    "initial_delay": 0.5,
    "max_delay": 8.0,
    "max_retry_after": 60.0,
    "jitter": 0.25,
    "factor": 2.0,
}


if TYPE_CHECKING:  # a Protocol class costs import time; only the type checker needs it

    class OutgoingRequest(Protocol):
        """What the policy and the retry flow read of a request (``httpx.Request`` is one)."""

        @property
        def method(self) -> str: ...

        @property
        def url(self) -> str | httpx.URL: ...

        @property
        def headers(self) -> Mapping[str, str]: ...  # case-insensitive lookups

        @property
        def extensions(self) -> Mapping[str, object]: ...


ShouldRetry = Callable[[BaseException, int, int], bool]
RetryIf = Callable[[BaseException], bool]
_JITTER = {"full": 1.0, "equal": 0.5, "none": 0.0}


def default_retry_if(exc: BaseException) -> bool:
    """Retry everything except API errors that will not change on a retry.

    API errors are retried only for 408, 429 and 5xx; any other exception
    (a :class:`~strait.TransportError`, a timeout, your own code's errors) is retried.
    """
    if isinstance(exc, ApiError):
        return exc.status in (408, 429) or exc.status >= 500
    return isinstance(exc, Exception)


def _jitter_fraction(value: object) -> float:
    if isinstance(value, str) and value in _JITTER:
        return _JITTER[value]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise ValidationError(
            "jitter must be JitterStrategy.FULL / NONE, 'full' / 'equal' / 'none' or a fraction "
            f"in [0, 1], got {value!r}",
            field="jitter",
            source="argument",
        )
    return float(value)


def _non_negative(name: str, value: object) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not (value >= 0 and math.isfinite(value))
    ):
        raise ValidationError(f"{name} must be a number >= 0, got {value!r}", field=name, source="argument")
    return float(value)


@dataclass(frozen=True, init=False)
class RetryPolicy:
    """When to retry and how long to wait; the one retry policy of the SDK, used by the
    clients' transports (``Client(retry=...)``) and by :func:`strait.with_retry`.

    Delays grow as ``initial_delay * factor**attempt`` up to ``max_delay``, minus up to
    ``jitter`` (a fraction) at random so that clients do not retry in lockstep; a 429's
    ``Retry-After`` is waited at least.

    Takes our fields (``max_retries``, ``initial_delay`` / ``max_delay`` in seconds,
    ``jitter`` as a fraction) or strait-python 0.1.1's, as aliases (``attempts`` counting
    the first try, ``delay_ms``, ``max_delay_ms``, ``multiplier``,
    ``jitter=JitterStrategy.…`` or ``"full"`` / ``"equal"`` / ``"none"``, ``retry_if``),
    and reads back in both (``policy.attempts``, ``policy.delay_ms``).

    ``should_retry(error, attempt, max_attempts)`` or ``retry_if(error)`` decide which
    errors are retried (default: :func:`default_retry_if`). On a client's requests they
    can only veto a retry, never add one the SDK considers unsafe (a POST without an
    idempotency key that may have reached the server is never sent twice).
    """

    #: Defaults of a subclass (``RetryOptions`` has strait-python 0.1.1's).
    _DEFAULTS: ClassVar[dict[str, float]] = {}

    max_retries: int
    initial_delay: float
    max_delay: float
    max_retry_after: float
    jitter: float
    factor: float
    should_retry: ShouldRetry | None
    retry_if: RetryIf | None

    def __init__(
        self,
        max_retries: int | None = None,
        initial_delay: float | None = None,
        max_delay: float | None = None,
        max_retry_after: float | None = None,
        jitter: float | str | None = None,
        factor: float | None = None,
        *,
        should_retry: ShouldRetry | None = None,
        attempts: int | None = None,
        delay_ms: float | None = None,
        max_delay_ms: float | None = None,
        multiplier: float | None = None,
        retry_if: RetryIf | None = None,
    ) -> None:
        pairs = (
            ("max_retries", max_retries, "attempts", attempts),
            ("initial_delay", initial_delay, "delay_ms", delay_ms),
            ("max_delay", max_delay, "max_delay_ms", max_delay_ms),
            ("factor", factor, "multiplier", multiplier),
            ("should_retry", should_retry, "retry_if", retry_if),
        )
        for ours, a, theirs, b in pairs:
            if a is not None and b is not None:
                raise ValidationError(f"give {ours}= or {theirs}=, not both", field=theirs, source="argument")
        if attempts is not None:
            if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
                raise ValidationError(
                    f"attempts must be an int >= 1, got {attempts!r}", field="attempts", source="argument"
                )
            max_retries = attempts - 1
        if max_retries is not None and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise ValidationError(
                f"max_retries must be an int >= 0, got {max_retries!r}",
                field="max_retries",
                source="argument",
            )
        if delay_ms is not None:
            initial_delay = _non_negative("delay_ms", delay_ms) / 1000.0
        if max_delay_ms is not None:
            max_delay = _non_negative("max_delay_ms", max_delay_ms) / 1000.0
        if multiplier is not None:
            factor = multiplier
        defaults = {**_POLICY_DEFAULTS, **self._DEFAULTS}
        values: dict[str, Any] = {
            "max_retries": int(defaults["max_retries"]) if max_retries is None else max_retries,
            "initial_delay": _non_negative(
                "initial_delay", defaults["initial_delay"] if initial_delay is None else initial_delay
            ),
            "max_delay": _non_negative(
                "max_delay", defaults["max_delay"] if max_delay is None else max_delay
            ),
            "max_retry_after": _non_negative(
                "max_retry_after", defaults["max_retry_after"] if max_retry_after is None else max_retry_after
            ),
            "jitter": _jitter_fraction(defaults["jitter"] if jitter is None else jitter),
            "factor": _non_negative("factor", defaults["factor"] if factor is None else factor),
            "should_retry": should_retry,
            "retry_if": retry_if,
        }
        for name in ("should_retry", "retry_if"):
            if values[name] is not None and not callable(values[name]):
                raise ValidationError(f"{name} must be callable", field=name, source="argument")
        for name, value in values.items():
            object.__setattr__(self, name, value)

    # strait-python 0.1.1's field names, read back
    @property
    def attempts(self) -> int:
        """Tries in all, the first included."""
        return self.max_retries + 1

    @property
    def delay_ms(self) -> float:
        return self.initial_delay * 1000.0

    @property
    def max_delay_ms(self) -> float:
        return self.max_delay * 1000.0

    @property
    def multiplier(self) -> float:
        return self.factor

    def delay_seconds(self, failed_attempt: int, error: BaseException, rand: float) -> float:
        """Seconds to wait after attempt ``failed_attempt`` (1-based) failed with ``error``."""
        seconds = self._delay(failed_attempt - 1, rand)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            seconds = max(seconds, error.retry_after)
        return seconds

    def retries(self, error: BaseException, attempt: int) -> bool:
        """Whether ``error`` from try number ``attempt`` (1-based) is worth another try."""
        if self.should_retry is not None:
            return self.should_retry(error, attempt, self.attempts)
        return (self.retry_if or default_retry_if)(error)

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
        wait, reason = self._decide(limit, attempt, request, error, response)
        if wait is None or (self.should_retry is None and self.retry_if is None):
            return wait, reason
        # should_retry / retry_if may veto a retry the SDK considers safe, never add one
        failure = _failure(request, response, error)
        if self.should_retry is not None:
            allowed = self.should_retry(failure, attempt + 1, limit + 1)
        else:
            allowed = self.retry_if is not None and self.retry_if(failure)
        return (wait, reason) if allowed else (None, "should_retry declined")

    def _decide(
        self,
        limit: int,
        attempt: int,
        request: OutgoingRequest,
        error: BaseException | None,
        response: httpx.Response | None,
    ) -> tuple[float | None, str]:
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


def _failure(
    request: OutgoingRequest, response: httpx.Response | None, error: BaseException | None
) -> StraitError:
    """The error a failed attempt is, as ``should_retry`` / ``retry_if`` see it."""
    if error is not None:
        return TransportError(
            f"{request.method} {redact_url(request.url)}: {type(error).__name__}", cause=error
        )
    assert response is not None
    return map_http_error(response.status_code, response.reason_phrase)


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
T = TypeVar("T")


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
    given = request.extensions.get(MAX_RETRIES_EXT)
    limit = given if isinstance(given, int) else None
    streamed = bool(request.extensions.get(STREAM_EXT))
    debug = logger.isEnabledFor(logging.DEBUG)
    attempt = 0
    sends = 0
    seen: list[str] = []
    while True:
        if sends:  # a retry or a redirect: http.request.resend_count on the call's span
            _tracing.resent(sends)
        sends += 1
        ctx = _context(request, attempt) if (middleware or debug) else None
        if ctx is not None:
            for mw in middleware:
                if mw.on_request is not None:
                    mw.on_request(ctx)
        started = time.perf_counter()
        try:
            # THE one place an attempt is sent, for every driver (httpx sync and async,
            # aiohttp, streams, client.generated, do_request); the call's span
            # (strait._tracing, opened by the client's _send) counts the resends above.
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


def run_now(coro: Coroutine[object, object, T]) -> T:
    """The result of a coroutine that never suspends: how a sync driver runs the one
    async-shaped loop of a flow (every callable it awaits is a sync call in disguise).
    Raises ``RuntimeError`` if it does suspend (a sync driver given something async)."""
    try:
        coro.send(None)
    except StopIteration as done:
        result: T = done.value
        return result
    coro.close()
    raise RuntimeError("a sync driver was given an awaitable that suspends")


def drive(
    flow: Flow,
    send: Callable[[], httpx.Response],
    retarget: Callable[[str], None],
    sleep: Callable[[float], object],
) -> httpx.Response:
    """Step a flow synchronously: ``send`` one attempt (reading the body, raising
    ``httpx.TransportError``), ``retarget`` the request after a redirect, ``sleep``.
    The steps are :func:`adrive`'s, run with sync calls (:func:`run_now`)."""

    async def asend() -> httpx.Response:
        return send()

    async def asleep(seconds: float) -> None:
        sleep(seconds)

    return run_now(adrive(flow, asend, retarget, asleep, _close_now))


async def _close_now(response: httpx.Response) -> None:
    response.close()


async def _aclose(response: httpx.Response) -> None:
    await response.aclose()


async def adrive(
    flow: Flow,
    send: Callable[[], Awaitable[httpx.Response]],
    retarget: Callable[[str], None],
    sleep: Callable[[float], Awaitable[object]],
    discard: Callable[[httpx.Response], Awaitable[None]] = _aclose,
) -> httpx.Response:
    """Step a flow: await ``send`` one attempt, ``retarget`` the request after a redirect,
    await ``sleep``, and ``discard`` a response the flow does not return (the one loop of
    both drivers: :func:`drive` runs it with sync calls)."""
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
                    await discard(step.discard)
                if isinstance(step, _Redirect):
                    retarget(step.url)
                else:
                    await sleep(step.seconds)
                step = next(flow)
        except StopIteration as done:
            result: httpx.Response = done.value
            return result
