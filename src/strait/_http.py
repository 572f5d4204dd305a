"""The one module that reaches into httpx's and aiohttp's internals, and the body cap.

Every private attribute of either library the SDK uses is set or read here, by one
small function each; ``tests/test_http_hooks.py`` pins each to the library versions it
was checked against, so an upgrade that moves one fails there, not in a user's call:

* :class:`SyncHttp` / :class:`AsyncHttp`: httpx clients without a cookie jar (the API
  authenticates with tokens; httpx's cookie handling costs a fifth of a ``runs.get``).
* :func:`received`: a read ``httpx.Response`` built as httpx unpickles one.
* :func:`release`: breaks the response <-> stream cycle httpx leaves once a body is read.
* :func:`set_content`: a body read (and capped) here, stored as httpx's ``read()`` would.
* :func:`disable_connection_retry`, :func:`close_connector_now`: two aiohttp switches.

:func:`read_capped` / :func:`aread_capped` read a body, decoded, refusing more than
:data:`strait._limits.MAX_RESPONSE_BYTES` before holding it all in memory.
Loaded when the first client is made, not on ``import strait``.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._errors import DecodeError
from ._limits import MAX_RESPONSE_BYTES

__all__ = [
    "AsyncHttp",
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


def received(status: int, raw_headers: Any, content: bytes) -> httpx.Response:
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


def disable_connection_retry(session: Any) -> None:
    """No retry of aiohttp's own on a dropped keep-alive connection: retries are the
    flow's, so a request is sent ``max_retries + 1`` times at most."""
    session._retry_connection = False


def close_connector_now(connector: Any) -> None:
    """Mark an aiohttp connector closed and close its connections' transports without
    awaiting anything (for a session whose event loop has ended)."""
    connector._close()
