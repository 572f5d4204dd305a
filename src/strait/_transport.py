"""The httpx side of sending: the sync client's driver (:class:`SyncPool`), and the
httpx transports of streams, ``client.generated`` and an injected ``http_client``.

* :class:`RetryTransport` / :class:`AsyncRetryTransport` drive the flow of
  :mod:`strait._retry` over an inner httpx transport (the sync client, streams,
  ``client.generated`` and an injected ``http_client``); :class:`ClientTransport` /
  :class:`AsyncClientTransport` send through a user's httpx client without closing it.
* :class:`SyncHttp` / :class:`AsyncHttp`: httpx clients without a cookie jar (the API
  authenticates with tokens; httpx's cookie handling costs a fifth of a ``runs.get``).
* :func:`read_capped` / :func:`aread_capped` read a body, decoded, refusing more than
  :data:`strait._limits.MAX_RESPONSE_BYTES` before holding it all in memory.
* Private hooks live in the driver that uses them, one small function each, pinned by
  ``tests/test_http_hooks.py`` to the library versions they were checked against: here
  :func:`release` (breaks the response <-> stream cycle) and :func:`set_content`; the
  aiohttp driver's are in :mod:`strait._aiohttp`. So each call passes through its own
  driver's module only.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TypedDict

import httpx

from ._core import STREAM_EXT, RequestOptions, TimeoutTypes, base_prefix
from ._errors import DecodeError
from ._limits import MAX_RESPONSE_BYTES
from ._retry import Middleware, RetryPolicy, _attempts, adrive, drive

__all__ = [
    "AsyncClientTransport",
    "AsyncHttp",
    "ClientKwargs",
    "PoolSettings",
    "AsyncRetryTransport",
    "ClientTransport",
    "RetryTransport",
    "SyncHttp",
    "SyncPool",
    "aread_capped",
    "read_capped",
    "release",
    "set_content",
]


class ClientKwargs(TypedDict):
    """The keyword arguments of a client's httpx client (and of the aiohttp driver)."""

    base_url: str
    headers: dict[str, str]
    timeout: TimeoutTypes
    follow_redirects: bool


class PoolSettings(TypedDict):
    """What a client's pool is built from (:class:`SyncPool`, ``_aiohttp.AsyncPool``)."""

    client_kwargs: ClientKwargs
    policy: RetryPolicy
    middleware: tuple[Middleware, ...]
    limits: httpx.Limits


class _NoCookies(httpx.Cookies):
    """A cookie jar that keeps and sends nothing."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set_cookie_header(self, request: httpx.Request) -> None:
        return None


_NO_COOKIES = _NoCookies()


class _Cookieless:
    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, value: object) -> None:
        return None


class SyncHttp(_Cookieless, httpx.Client):
    """The sync client's httpx client."""


class AsyncHttp(_Cookieless, httpx.AsyncClient):
    """The async client's httpx client (streams, ``client.generated``, ``http_client=``)."""


# -- httpx ------------------------------------------------------------------------------


_SPENT = httpx.ByteStream(b"")


def release(response: httpx.Response) -> httpx.Response:
    """Break the response <-> stream reference cycle httpx creates, once the body is read.

    Without this every response (and its body) waits for the cyclic garbage collector;
    paging through a long list then holds many pages' bytes at once.
    """
    if response.is_closed:
        response.stream = _SPENT
    return response


def set_content(response: httpx.Response, content: bytes) -> None:
    """Store a body read here as ``Response.read()`` stores it (``_content``)."""
    response._content = content


class _Body:
    """A body collected chunk by chunk, refused once it passes the cap."""

    __slots__ = ("limit", "operation", "parts", "size")

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            self.too_large(int(declared))

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            self.too_large(self.size)
        self.parts.append(chunk)

    def too_large(self, size: int) -> None:
        raise DecodeError(
            f"the response body is larger than the client accepts ({size} > {self.limit} bytes, "
            "decoded); a Strait answer is never this large: a proxy or server answering "
            "something else?"
        )


def read_capped(response: httpx.Response, limit: int = MAX_RESPONSE_BYTES) -> bytes:
    """Read (and decode) ``response``'s body, at most ``limit`` bytes of it; close the
    response and raise :class:`DecodeError` past that."""
    try:
        body = _Body(response, limit)
        for chunk in response.iter_bytes():
            body.add(chunk)
    finally:
        response.close()
    content = b"".join(body.parts)
    set_content(response, content)
    return content


async def aread_capped(response: httpx.Response, limit: int = MAX_RESPONSE_BYTES) -> bytes:
    """:func:`read_capped` for an async response."""
    try:
        body = _Body(response, limit)
        async for chunk in response.aiter_bytes():
            body.add(chunk)
    finally:
        await response.aclose()
    content = b"".join(body.parts)
    set_content(response, content)
    return content


# -- drivers -------------------------------------------------------------------------------


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
        sleep: Callable[[float], object] = time.sleep,
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
        sleep: Callable[[float], Awaitable[object]] | None = None,
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


class SyncPool:
    """A Client's one connection pool, shared with its ``with_options`` copies: an
    httpx client (the SDK's own transport, or a user's ``http_client=``) under the retry
    flow. The sync twin of :class:`strait._aiohttp.AsyncPool`."""

    def __init__(self, injected: httpx.Client | None, settings: PoolSettings) -> None:
        inner: httpx.BaseTransport = (
            ClientTransport(injected)
            if injected is not None
            else httpx.HTTPTransport(limits=settings["limits"])
        )
        self.transport = RetryTransport(inner, settings["policy"], settings["middleware"])
        self.http = SyncHttp(transport=self.transport, **settings["client_kwargs"])
        self.prefix = base_prefix(settings["client_kwargs"]["base_url"])

    @property
    def closed(self) -> bool:
        return self.http.is_closed

    def send(self, options: RequestOptions) -> httpx.Response:
        """Send one call through the retry flow; the answer with its body read."""
        http = self.http
        return release(http.send(options.httpx_request(http, self.prefix)))

    def set_sleep(self, sleep: Callable[[float], object]) -> None:
        """Replace the wait between retries (tests)."""
        self.transport._sleep = sleep

    def close(self) -> None:
        self.http.close()
