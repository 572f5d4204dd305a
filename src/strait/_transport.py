"""The httpx side of sending, and the one module that reaches into httpx's and aiohttp's
internals.

* :class:`RetryTransport` / :class:`AsyncRetryTransport` drive the flow of
  :mod:`strait._retry` over an inner httpx transport (the sync client, streams,
  ``client.generated`` and an injected ``http_client``); :class:`ClientTransport` /
  :class:`AsyncClientTransport` send through a user's httpx client without closing it.
* :class:`SyncHttp` / :class:`AsyncHttp`: httpx clients without a cookie jar (the API
  authenticates with tokens; httpx's cookie handling costs a fifth of a ``runs.get``).
* :func:`read_capped` / :func:`aread_capped` read a body, decoded, refusing more than
  :data:`strait._limits.MAX_RESPONSE_BYTES` before holding it all in memory.
* Private hooks, one small function each, pinned by ``tests/test_http_hooks.py`` to the
  library versions they were checked against: :func:`received` (a read
  ``httpx.Response`` built as httpx unpickles one), :func:`release` (breaks the
  response <-> stream cycle), :func:`set_content`, :func:`disable_connection_retry` and
  :func:`close_connector_now` (aiohttp's; the objects are passed in, aiohttp is not
  imported here).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING

import httpx

from ._errors import DecodeError
from ._limits import MAX_RESPONSE_BYTES
from ._retry import (
    MAX_RETRIES_EXT,
    STREAM_EXT,
    Middleware,
    RequestContext,
    RetryPolicy,
    _attempts,
    adrive,
    drive,
)

if TYPE_CHECKING:
    import aiohttp

__all__ = [
    "MAX_RETRIES_EXT",
    "STREAM_EXT",
    "AsyncClientTransport",
    "AsyncHttp",
    "AsyncRetryTransport",
    "ClientTransport",
    "Middleware",
    "RequestContext",
    "RetryTransport",
    "SyncHttp",
    "aread_capped",
    "close_connector_now",
    "disable_connection_retry",
    "read_capped",
    "received",
    "release",
    "set_content",
]


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


def received(status: int, raw_headers: Sequence[tuple[bytes, bytes]], content: bytes) -> httpx.Response:
    """An ``httpx.Response`` for a body already read and needing no decoding.

    Built the way httpx restores a response it pickled (``Response.__setstate__``, with
    the state ``__getstate__`` gives for a read response), which skips re-streaming and
    re-chunking the body: about 30 us per call, a sixth of a ``runs.get``'s client CPU.
    """
    response = httpx.Response.__new__(httpx.Response)
    response.__setstate__(
        {
            "status_code": status,
            "headers": httpx.Headers(raw_headers),
            "_request": None,
            "next_request": None,
            "history": [],
            "is_stream_consumed": True,
            "default_encoding": "utf-8",
            "_num_bytes_downloaded": len(content),
            "_content": content,
        }
    )
    return response


_SPENT = httpx.ByteStream(b"")


def release(response: httpx.Response) -> None:
    """Break the response <-> stream reference cycle httpx creates, once the body is read.

    Without this every response (and its body) waits for the cyclic garbage collector;
    paging through a long list then holds many pages' bytes at once.
    """
    if response.is_closed:
        response.stream = _SPENT


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


# -- aiohttp (the objects are passed in: this module does not import aiohttp) ------------


def disable_connection_retry(session: aiohttp.ClientSession) -> None:
    """No retry of aiohttp's own on a dropped keep-alive connection: retries are the
    flow's, so a request is sent ``max_retries + 1`` times at most."""
    session._retry_connection = False


def close_connector_now(connector: aiohttp.BaseConnector) -> None:
    """Mark an aiohttp connector closed and close its connections' transports without
    awaiting anything (for a session whose event loop has ended)."""
    connector._close()


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
