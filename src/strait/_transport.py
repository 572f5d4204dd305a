"""The request flow under every call: retries, redirects, middleware hooks and logging.

One generator, :func:`_attempts`, owns every decision (with the pure policy in
:mod:`strait._retry`); :func:`drive` and :func:`adrive` step it, and the drivers only
send, sleep and close: :class:`RetryTransport` / :class:`AsyncRetryTransport` under an
httpx client (the sync client, an injected ``http_client``, ``client.generated`` and
streams), and :class:`strait._aiohttp.AiohttpDriver` for the default async client.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Generator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ._http import aread_capped, read_capped
from ._redact import redact_url
from ._retry import RetryPolicy, redirect_target

if TYPE_CHECKING:
    from ._retry import OutgoingRequest

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
    sleep: Callable[[float], Any],
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
    sleep: Callable[[float], Awaitable[Any]],
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


def _retarget(request: httpx.Request) -> Callable[[str], None]:
    def retarget(url: str) -> None:
        request.url = httpx.URL(url)  # same origin: the Host header stays right

    return retarget


class RetryTransport(httpx.BaseTransport):
    """Sync driver of :func:`_attempts` over an inner httpx transport."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        middleware: Sequence[Middleware] = (),
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._middleware = tuple(middleware)
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        streamed = request.extensions.get(STREAM_EXT)

        def send() -> httpx.Response:
            response = self._inner.handle_request(request)
            if not streamed:
                # Read here, so a connection dropped mid-body is seen (and retried) too.
                read_capped(response)
            return response

        flow = _attempts(request, self._policy, self._middleware)
        return drive(flow, send, _retarget(request), self._sleep)

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async driver of :func:`_attempts` over an inner httpx transport."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        middleware: Sequence[Middleware] = (),
        sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> None:
        if sleep is None:
            import asyncio  # imported here: `import strait` must not pay for asyncio

            sleep = asyncio.sleep
        self._inner = inner
        self._policy = policy
        self._middleware = tuple(middleware)
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        streamed = request.extensions.get(STREAM_EXT)

        async def send() -> httpx.Response:
            response = await self._inner.handle_async_request(request)
            if not streamed:
                await aread_capped(response)
            return response

        flow = _attempts(request, self._policy, self._middleware)
        return await adrive(flow, send, _retarget(request), self._sleep)

    async def aclose(self) -> None:
        await self._inner.aclose()


class ClientTransport(httpx.BaseTransport):
    """Sends through a user's ``httpx.Client`` (its pool, proxies, TLS), never closing it."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True, follow_redirects=False)

    def close(self) -> None:
        """The user's client is theirs to close."""


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a user's ``httpx.AsyncClient``, never closing it."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        """The user's client is theirs to close."""
