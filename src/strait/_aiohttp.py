"""The default async driver: aiohttp, driven directly, under the shared request flow.

It takes the same request description as ``httpx.AsyncClient.request`` (what
:meth:`strait._core.Operation.build` returns, with the body already encoded) and gives
back an ``httpx.Response``, so parsing is the same for every driver. Everything that
decides (retries, redirects, hooks) is :func:`strait._transport._attempts`; this module
only sends and maps aiohttp's exceptions, by type, onto httpx's (:data:`_ERRORS`),
which the retry policy and :mod:`strait._faults` understand.

What is switched off in aiohttp: its own retry of idempotent requests on a dropped
keep-alive connection (retries are the flow's, counted once), redirects (the flow's),
decompression (httpx decodes, as on the sync client), cookies (the API sets none).
The URL is built once, exactly as httpx builds it, and handed to aiohttp as already
encoded, so both clients put the same bytes on the wire.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.request import getproxies

import aiohttp
import httpx
from multidict import CIMultiDict
from yarl import URL

from ._retry import RetryPolicy
from ._transport import Middleware, _attempts, adrive

__all__ = ["AiohttpDriver"]

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


class _Outgoing:
    """One request as the flow sees it (method, url, headers, extensions)."""

    __slots__ = ("body", "extensions", "headers", "method", "timeout", "url", "yarl_url")

    def __init__(
        self,
        method: str,
        url: str,
        headers: CIMultiDict[str],
        body: bytes | None,
        extensions: Mapping[str, Any],
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


_NO_EXTENSIONS: Mapping[str, Any] = {}
_DEFAULT: Any = object()


def received(status: int, raw_headers: Any, content: bytes) -> httpx.Response:
    """An ``httpx.Response`` for a body already read and needing no decoding.

    Built the way httpx restores a response it pickled (``Response.__setstate__``, with
    the state ``__getstate__`` gives for a read response), which skips re-streaming and
    re-chunking the body: about 30 us per call, a sixth of a ``runs.get``'s client CPU.
    ``tests/test_faults.py`` checks the state keys against httpx's own.
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


class _Box:
    """The driver's session and its loop, held apart from the driver so that a finalizer
    can close the session without keeping the driver alive."""

    __slots__ = ("loop", "session")

    def __init__(self) -> None:
        self.session: aiohttp.ClientSession | None = None
        self.loop: asyncio.AbstractEventLoop | None = None


def _discard(box: _Box) -> None:
    """Close ``box``'s session without awaiting anything, quietly: for a session whose
    event loop has ended (an ``asyncio.run`` returned), for a client dropped without
    ``close()``, and at interpreter exit. aiohttp would otherwise print "Unclosed client
    session" / "Unclosed connector" when it is collected."""
    session, box.session, box.loop = box.session, None, None
    if session is None or session.closed:
        return
    connector = session.connector
    session.detach()  # the session counts as closed from here
    if connector is not None:
        # Marks the connector closed and closes its connections' transports (when their
        # loop still exists), returning waiters we do not need: nothing is left to await.
        connector._close()


class AiohttpDriver:
    """Sends requests over one aiohttp session, created on first use in the running loop.

    A client used from another event loop (a second ``asyncio.run``) gets a new session
    there; the old one is closed quietly. A driver dropped without ``aclose()`` closes its
    session when collected, or at interpreter exit, without aiohttp's warnings.
    """

    def __init__(
        self,
        *,
        base_url: str,
        headers: Mapping[str, str],
        timeout: httpx.Timeout | None,
        policy: RetryPolicy,
        middleware: tuple[Middleware, ...],
        limits: httpx.Limits,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> None:
        # The same base as httpx.Client(base_url=...): its path always ends with "/".
        base = httpx.URL(base_url)
        raw_path = base.raw_path if base.raw_path.endswith(b"/") else base.raw_path + b"/"
        self._prefix = str(base.copy_with(raw_path=raw_path))
        self._headers: CIMultiDict[str] = CIMultiDict(headers)
        self._headers.setdefault("Accept-Encoding", "gzip, deflate")
        self._policy = policy
        self._middleware = middleware
        self._limits = limits
        self._sleep = sleep if sleep is not None else asyncio.sleep
        self._timeouts: dict[Any, aiohttp.ClientTimeout] = {}
        self._default_timeout = self._timeout(timeout)
        self._box = _Box()
        weakref.finalize(self, _discard, self._box)
        self.closed = False

    # -- building -------------------------------------------------------------------

    def _timeout(self, timeout: Any) -> aiohttp.ClientTimeout:
        if isinstance(timeout, (int, float)):
            timeout = httpx.Timeout(float(timeout))
        key = None if timeout is None else timeout.as_dict().values()
        key = None if key is None else tuple(key)
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

    def url(self, path: str, params: Mapping[str, Any] | None) -> str:
        """The absolute, encoded URL, byte for byte what httpx.Client(base_url=...) sends."""
        url = self._prefix + path.lstrip("/")
        if params:
            return str(httpx.URL(url).copy_merge_params(params))
        return url

    # -- sending --------------------------------------------------------------------

    def _open(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        box = self._box
        session = box.session
        if session is None or box.loop is not loop or session.closed:
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
            # No retry of its own on a dropped keep-alive connection: retries are the
            # flow's, and a request is sent max_retries + 1 times at most. (A private
            # switch; the fault tests count deliveries so an aiohttp change shows.)
            session._retry_connection = False
            box.session, box.loop = session, loop
        return session

    async def request(self, kwargs: Mapping[str, Any]) -> httpx.Response:
        """Send one call (``httpx.AsyncClient.request`` keyword arguments) through the flow."""
        if self.closed:
            raise RuntimeError("the client is closed")
        headers = self._headers.copy()
        extra = kwargs.get("headers")
        if extra:
            headers.update(extra)
        timeout = kwargs.get("timeout", _DEFAULT)
        out = _Outgoing(
            kwargs["method"].upper(),
            self.url(kwargs["url"], kwargs.get("params")),
            headers,
            kwargs.get("content"),
            kwargs.get("extensions") or _NO_EXTENSIONS,
            self._default_timeout if timeout is _DEFAULT else self._timeout(timeout),
        )
        session = self._open()

        async def send() -> httpx.Response:
            return await self._send(session, out)

        return await adrive(_attempts(out, self._policy, self._middleware), send, out.retarget, self._sleep)

    async def _send(self, session: aiohttp.ClientSession, out: _Outgoing) -> httpx.Response:
        try:
            resp = await session.request(
                out.method,
                out.yarl_url,
                headers=out.headers,
                data=out.body,
                timeout=out.timeout,
                allow_redirects=False,
            )
            try:
                body = await resp.read()
            except BaseException:
                resp.close()
                raise
            resp.release()
        except (aiohttp.ClientError, OSError, ValueError) as exc:
            raise _mapped(exc) from exc
        if "Content-Encoding" in resp.headers:
            # Decoded here by httpx, exactly as on the sync client (bad gzip: DecodingError).
            response = httpx.Response(resp.status, headers=resp.raw_headers, content=body)
        else:
            response = received(resp.status, resp.raw_headers, body)
        if resp.status >= 300:
            response.request = httpx.Request(out.method, out.url)
        return response

    async def aclose(self) -> None:
        self.closed = True
        box = self._box
        if box.loop is not asyncio.get_running_loop():
            _discard(box)  # made in another (likely ended) loop: nothing there to await
            return
        session, box.session, box.loop = box.session, None, None
        if session is not None and not session.closed:
            await session.close()
