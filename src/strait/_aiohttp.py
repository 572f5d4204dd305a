"""The default async driver: aiohttp, driven directly, under the shared request flow.

It sends a call's :class:`~strait._core.RequestOptions` (:meth:`AiohttpDriver.request`)
and gives back an ``httpx.Response``, so parsing is the same for every driver; under an
``httpx.AsyncClient`` (:class:`AiohttpTransport`) the same pool carries the client's
live streams and ``client.generated``: :class:`AsyncPool` is an AsyncClient's one pool. Everything that
decides (retries, redirects, hooks) is :func:`strait._retry._attempts`; this module
only sends and maps aiohttp's exceptions, by type, onto httpx's (:data:`_ERRORS`),
which the retry policy and :mod:`strait._faults` understand.

What is switched off in aiohttp: its own retry of idempotent requests on a dropped
keep-alive connection (retries are the flow's, counted once), redirects (the flow's),
decompression (httpx decodes, as on the sync client), cookies (the API sets none).
The URL is built once, exactly as httpx builds it, and handed to aiohttp as already
encoded, so both clients put the same bytes on the wire.

The private hooks this driver needs (:func:`received`, :func:`disable_connection_retry`,
:func:`close_connector_now`) are here, each pinned by ``tests/test_http_hooks.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping, Sequence
from urllib.request import getproxies

import aiohttp
import httpx
from multidict import CIMultiDict
from yarl import URL

from ._core import NotGiven, RequestOptions, TimeoutTypes, absolute_url, base_prefix
from ._errors import DecodeError, TransportError
from ._limits import MAX_RESPONSE_BYTES
from ._retry import _attempts, adrive
from ._transport import (
    AsyncClientTransport,
    AsyncHttp,
    AsyncRetryTransport,
    PoolSettings,
    read_capped,
    release,
)

__all__ = [
    "AiohttpDriver",
    "AiohttpTransport",
    "AsyncPool",
    "close_connector_now",
    "disable_connection_retry",
    "received",
]

# aiohttp exception -> the httpx exception with the same meaning for the retry policy,
# most specific first. Only the first two (and nothing else) say "nothing was sent":
# aiohttp raises them from its connector, before any byte of the request is written.
_ERRORS: tuple[tuple[type[BaseException], type[Exception]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # pool wait or connect timed out
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, DNS failure, TLS handshake
    (aiohttp.ServerFingerprintMismatch, httpx.ConnectError),  # TLS pinning, before sending
    (aiohttp.SocketTimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientConnectionResetError, httpx.WriteError),
    (aiohttp.ClientOSError, httpx.ReadError),  # reset, broken pipe on an open connection
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),  # truncated or malformed body
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # the peer does not speak HTTP
    (aiohttp.InvalidURL, httpx.InvalidURL),
    (aiohttp.ClientConnectionError, httpx.NetworkError),
    (aiohttp.ClientError, httpx.TransportError),
    (TimeoutError, httpx.ReadTimeout),
    (OSError, httpx.NetworkError),
    (ValueError, httpx.LocalProtocolError),  # a header or URL aiohttp refuses to write
)
_HIDDEN_MESSAGE = (httpx.LocalProtocolError,)


def _mapped(exc: BaseException) -> Exception:
    for source, target in _ERRORS:
        if isinstance(exc, source):
            if target in _HIDDEN_MESSAGE:  # its text may quote a header value
                return target(f"{type(exc).__name__} while writing the request")
            return target(f"{type(exc).__name__}: {exc}")
    raise exc


# -- private hooks (pinned by tests/test_http_hooks.py) -----------------------------------


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


def disable_connection_retry(session: aiohttp.ClientSession) -> None:
    """No retry of aiohttp's own on a dropped keep-alive connection: retries are the
    flow's, so a request is sent ``max_retries + 1`` times at most."""
    session._retry_connection = False


def close_connector_now(connector: aiohttp.BaseConnector) -> None:
    """Mark an aiohttp connector closed and close its connections' transports without
    awaiting anything (for a session whose event loop has ended)."""
    connector._close()


class _Outgoing:
    """One request as the flow sees it (method, url, headers, extensions)."""

    __slots__ = ("body", "extensions", "headers", "method", "timeout", "url", "yarl_url")

    def __init__(
        self,
        method: str,
        url: str,
        headers: CIMultiDict[str],
        body: bytes | None,
        extensions: Mapping[str, object],
        timeout: aiohttp.ClientTimeout,
    ) -> None:
        self.method = method
        self.retarget(url)
        self.headers = headers
        self.body = body
        self.extensions = extensions
        self.timeout = timeout

    def retarget(self, url: str) -> None:
        """Point at ``url`` (absolute, already encoded: aiohttp must not encode it again)."""
        try:
            self.yarl_url = URL(url, encoded=True)
        except ValueError as exc:
            raise httpx.InvalidURL(f"{type(exc).__name__}: {exc}") from exc
        self.url = url


_CHUNK = 65536


class _Box:
    """The driver's session, its loop, and the keeper that closes it when that loop ends,
    held apart from the driver so that a finalizer can close the session without keeping
    the driver alive."""

    __slots__ = ("keeper", "loop", "session")

    def __init__(self) -> None:
        self.session: aiohttp.ClientSession | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.keeper: AsyncGenerator[None, None] | None = None


async def _keeper(session: aiohttp.ClientSession) -> AsyncGenerator[None, None]:
    """Suspended once in the session's loop, this generator is registered with that loop's
    async-generator hooks: ``asyncio.run`` closes such generators before it ends the
    loop (``loop.shutdown_asyncgens()``), and so closes the session, properly awaited,
    while the loop still runs. One AsyncClient can then serve several ``asyncio.run``
    calls and leave no socket open behind any of them."""
    try:
        yield
    finally:
        if not session.closed:
            await session.close()


def _discard(box: _Box) -> None:
    """Close ``box``'s session without awaiting anything, quietly: for a session whose
    event loop has ended without closing it, for a client dropped without ``close()``,
    and at interpreter exit. aiohttp would otherwise print "Unclosed client session" /
    "Unclosed connector" when it is collected."""
    session, keeper = box.session, box.keeper
    box.session, box.loop, box.keeper = None, None, None
    if session is not None and not session.closed:
        connector = session.connector
        session.detach()  # the session counts as closed from here
        if connector is not None:
            close_connector_now(connector)
    if keeper is not None:
        # Finish the keeper here (its session is closed: it awaits nothing), so its loop's
        # finalizer never has to, which fails once that loop is closed.
        with contextlib.suppress(StopIteration, RuntimeError):
            keeper.aclose().send(None)


class AiohttpDriver:
    """Sends requests over one aiohttp session, created on first use in the running loop.

    A client used from another event loop (a second ``asyncio.run``) gets a new session
    there; the old one is closed quietly. A driver dropped without ``aclose()`` closes its
    session when collected, or at interpreter exit, without aiohttp's warnings.
    """

    def __init__(self, settings: PoolSettings) -> None:
        kwargs = settings["client_kwargs"]
        self._prefix = base_prefix(kwargs["base_url"])
        self._headers: CIMultiDict[str] = CIMultiDict(kwargs["headers"])
        self._headers.setdefault("Accept-Encoding", "gzip, deflate")
        self._policy = settings["policy"]
        self._middleware = settings["middleware"]
        self._limits = settings["limits"]
        self._sleep: Callable[[float], Awaitable[object]] = asyncio.sleep
        self._timeouts: dict[tuple[float | None, ...] | None, aiohttp.ClientTimeout] = {}
        self._default_timeout = self._timeout(kwargs["timeout"])
        self._box = _Box()
        weakref.finalize(self, _discard, self._box)
        self.closed = False

    # -- building -------------------------------------------------------------------

    def _timeout(self, timeout: TimeoutTypes) -> aiohttp.ClientTimeout:
        if isinstance(timeout, (int, float)):
            timeout = httpx.Timeout(float(timeout))
        key = None if timeout is None else tuple(timeout.as_dict().values())
        cached = self._timeouts.get(key)
        if cached is None:
            if timeout is None:
                cached = aiohttp.ClientTimeout(total=None)
            else:
                pool, connect = timeout.pool, timeout.connect
                cached = aiohttp.ClientTimeout(
                    total=None,
                    # aiohttp's `connect` covers the wait for a pooled connection and the connect
                    connect=None if pool is None or connect is None else pool + connect,
                    sock_connect=connect,
                    sock_read=timeout.read,
                )
            self._timeouts[key] = cached
        return cached

    # -- sending --------------------------------------------------------------------

    async def _open(self) -> aiohttp.ClientSession:
        """This loop's session: made on first use, again in each new event loop."""
        loop = asyncio.get_running_loop()
        box = self._box
        session = box.session
        if session is not None and box.loop is loop and not session.closed:
            return session
        if self.closed:
            raise RuntimeError("the client is closed")
        _discard(box)  # a session of an earlier event loop cannot be used from this one
        limits = self._limits
        connector = aiohttp.TCPConnector(
            limit=limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=limits.keepalive_expiry or 15.0,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            trust_env=bool(getproxies()),
            timeout=self._default_timeout,
        )
        disable_connection_retry(session)
        keeper = _keeper(session)
        await anext(keeper)  # registered with this loop: closed when asyncio.run ends it
        box.session, box.loop, box.keeper = session, loop, keeper
        return session

    async def request(self, options: RequestOptions) -> httpx.Response:
        """Send one call through the flow; the answer with its body read."""
        if self.closed:
            raise RuntimeError("the client is closed")
        headers = self._headers.copy()
        if options.headers:
            headers.update(options.headers)
        timeout = options.timeout
        out = _Outgoing(
            options.method,
            absolute_url(self._prefix, options.url, options.params),
            headers,
            options.content,
            options.extensions,
            self._default_timeout if isinstance(timeout, NotGiven) else self._timeout(timeout),
        )
        session = box.session if (box := self._box).loop is asyncio.get_running_loop() else None
        if session is None or session.closed:
            session = await self._open()

        async def send() -> httpx.Response:
            return await self._send(session, out)

        return await adrive(_attempts(out, self._policy, self._middleware), send, out.retarget, self._sleep)

    async def _send(self, session: aiohttp.ClientSession, out: _Outgoing) -> httpx.Response:
        """One attempt of a call: the answer with its body read (at most
        :data:`~strait._limits.MAX_RESPONSE_BYTES` of it, decoded)."""
        resp = await _request(session, out)
        try:
            declared = resp.content_length
            if declared is not None and declared > MAX_RESPONSE_BYTES:
                _too_large(declared)
            body = await _read(resp)
        except BaseException:
            resp.close()
            raise
        resp.release()
        if "Content-Encoding" in resp.headers:
            # Decoded by httpx, exactly as on the sync client (bad gzip: DecodingError), and
            # capped decoded: a small gzip body can inflate a thousandfold.
            response = httpx.Response(resp.status, headers=resp.raw_headers, stream=httpx.ByteStream(body))
            read_capped(response)
        else:
            response = received(resp.status, resp.raw_headers, body)
        if resp.status >= 300:
            response.request = httpx.Request(out.method, out.url)
        return response

    async def stream(self, request: httpx.Request) -> httpx.Response:
        """One attempt of an ``httpx.Request`` over this driver's pool, its body unread."""
        session = await self._open()
        out = _Outgoing(
            request.method,
            str(request.url),
            CIMultiDict(request.headers.multi_items()),
            request.content or None,
            request.extensions,
            self._timeout(_extension_timeout(request)),
        )
        resp = await _request(session, out)
        return httpx.Response(
            resp.status,
            headers=resp.raw_headers,
            stream=_AiohttpStream(resp),
            extensions={"network_stream": _NetworkStream(resp)},
            request=request,
        )

    async def aclose(self) -> None:
        self.closed = True
        box = self._box
        keeper = box.keeper
        if box.loop is not asyncio.get_running_loop() or keeper is None:
            _discard(box)  # made in another (likely ended) loop: nothing there to await
            return
        box.session, box.loop, box.keeper = None, None, None
        await keeper.aclose()


async def _request(session: aiohttp.ClientSession, out: _Outgoing) -> aiohttp.ClientResponse:
    """Send ``out``; aiohttp's failures come back as httpx's (see :data:`_ERRORS`)."""
    failure: Exception | None = None
    try:
        return await session.request(
            out.method,
            out.yarl_url,
            headers=out.headers,
            data=out.body,
            timeout=out.timeout,
            allow_redirects=False,
        )
    except (aiohttp.ClientError, OSError, ValueError) as exc:
        failure = _mapped(exc)
    # Raised here, outside the handler, so nothing chains aiohttp's exception: its
    # ``request_info`` holds the request's headers, Authorization included.
    raise failure


async def _read(resp: aiohttp.ClientResponse) -> bytes:
    """The raw body, refused past :data:`MAX_RESPONSE_BYTES`; read errors mapped to httpx's."""
    failure: Exception | None = None
    try:
        parts: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(_CHUNK):
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                _too_large(size)
            parts.append(chunk)
        return b"".join(parts)
    except (aiohttp.ClientError, OSError, ValueError) as exc:
        failure = _mapped(exc)
    raise failure


def _too_large(size: int) -> None:
    raise DecodeError(
        f"the response body is larger than the client accepts ({size} > {MAX_RESPONSE_BYTES} bytes); "
        "a Strait answer is never this large: a proxy or server answering something else?"
    )


def _extension_timeout(request: httpx.Request) -> httpx.Timeout:
    """The ``httpx.Timeout`` httpx put in the request's extensions."""
    t = request.extensions.get("timeout") or {}
    return httpx.Timeout(
        connect=t.get("connect"), read=t.get("read"), write=t.get("write"), pool=t.get("pool")
    )


class _AiohttpStream(httpx.AsyncByteStream):
    """An aiohttp response's body as httpx reads a stream (errors mapped to httpx's)."""

    def __init__(self, resp: aiohttp.ClientResponse) -> None:
        self._resp = resp

    async def __aiter__(self) -> AsyncIterator[bytes]:
        failure: Exception | None = None
        try:
            async for chunk in self._resp.content.iter_any():
                yield chunk
        except (aiohttp.ClientError, OSError, ValueError) as exc:
            failure = _mapped(exc)
        if failure is not None:
            raise failure
        self._resp.release()  # read to the end: the connection goes back to the pool

    async def aclose(self) -> None:
        self._resp.close()  # never reuse a connection whose body may be unread (no-op once released)


class _NetworkStream:
    """``response.extensions["network_stream"]``, as httpx names it: its socket, for the
    stream deadline's watchdog (``strait._streams``)."""

    def __init__(self, resp: aiohttp.ClientResponse) -> None:
        self._resp = resp

    def get_extra_info(self, name: str) -> object:
        connection = self._resp.connection
        transport = connection.transport if connection is not None else None
        return transport.get_extra_info(name) if transport is not None else None


class AiohttpTransport(httpx.AsyncBaseTransport):
    """The driver's pool under an ``httpx.AsyncClient`` (streams and ``client.generated``
    of the default AsyncClient): one pool for everything the client sends."""

    def __init__(self, driver: AiohttpDriver) -> None:
        self._driver = driver

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._driver.stream(request)

    async def aclose(self) -> None:
        """The pool is the driver's, closed with the client."""


class AsyncPool:
    """An AsyncClient's one connection pool, shared with its ``with_options`` copies.

    By default the aiohttp driver's: calls go to the driver directly, and the httpx
    client of streams and ``client.generated`` sends over the same pool
    (:class:`AiohttpTransport`). With ``http_client=`` everything goes through the
    user's ``httpx.AsyncClient``.
    """

    def __init__(self, injected: httpx.AsyncClient | None, settings: PoolSettings) -> None:
        inner: httpx.AsyncBaseTransport
        self.driver: AiohttpDriver | None = None
        if injected is None:
            self.driver = AiohttpDriver(settings)
            inner = AiohttpTransport(self.driver)
        else:
            inner = AsyncClientTransport(injected)
        self._injected = injected is not None
        self.transport = AsyncRetryTransport(inner, settings["policy"], settings["middleware"])
        self._http = AsyncHttp(transport=self.transport, **settings["client_kwargs"])
        self.prefix = base_prefix(settings["client_kwargs"]["base_url"])
        self._loop: asyncio.AbstractEventLoop | None = None
        self.closed = False

    @property
    def http(self) -> httpx.AsyncClient:
        """The httpx client of streams, ``client.generated`` and (injected) every call."""
        if self.closed:
            raise TransportError("this client is closed; create a new one")
        if self._injected:
            try:
                loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
            except RuntimeError:
                loop = None
            if loop is not None and self._loop is not None and loop is not self._loop:
                # An injected httpx.AsyncClient's pool belongs to the loop it first ran in.
                raise TransportError(
                    "this AsyncClient was first used in another event loop (an earlier "
                    "asyncio.run) and its http_client= (an httpx.AsyncClient) cannot move to "
                    "this one: create both inside the same asyncio.run, or leave out "
                    "http_client= (strait's own connections follow the running loop)"
                )
            if loop is not None:
                self._loop = loop
        return self._http

    async def send(self, options: RequestOptions) -> httpx.Response:
        """Send one call: over the driver directly, or through the injected client."""
        if self.driver is not None:
            return await self.driver.request(options)
        http = self.http
        return release(await http.send(options.httpx_request(http, self.prefix)))

    def set_sleep(self, sleep: Callable[[float], Awaitable[object]]) -> None:
        """Replace the wait between retries (tests)."""
        if self.driver is not None:
            self.driver._sleep = sleep
        self.transport._sleep = sleep

    async def aclose(self) -> None:
        self.closed = True
        if self.driver is not None:
            await self.driver.aclose()
        await self._http.aclose()
