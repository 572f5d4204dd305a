"""Every private hook of httpx and aiohttp the SDK uses lives in the driver that uses it
(``strait._transport`` for httpx's client, ``strait._aiohttp`` for the aiohttp driver); each is
checked here against the library versions it was written for. A new major or minor
release fails the version test first: check the hook below it, then widen the range."""

from __future__ import annotations

import asyncio
import pickle

import aiohttp
import httpx
import pytest

from strait import DecodeError
from strait import _aiohttp as _aio
from strait import _transport as _http

#: The releases each hook was read against (major, minor); pyproject allows the ranges.
HTTPX_CHECKED = {(0, 27), (0, 28), (0, 29)}
AIOHTTP_CHECKED = {(3, 12), (3, 13), (3, 14)}


def _minor(version: str) -> tuple[int, int]:
    major, minor = version.split(".")[:2]
    return int(major), int(minor)


def test_installed_versions_are_the_checked_ones() -> None:
    assert _minor(httpx.__version__) in HTTPX_CHECKED, httpx.__version__
    assert _minor(aiohttp.__version__) in AIOHTTP_CHECKED, aiohttp.__version__


@pytest.mark.parametrize("body", [b'{"id": "run_1"}', b"", b"\xff\xfe not utf-8"])
def test_received_is_a_read_response_as_httpx_builds_one(body: bytes) -> None:
    raw = [(b"Content-Type", b"application/json"), (b"Content-Length", str(len(body)).encode())]
    ours = _aio.received(200, raw, body)
    real = httpx.Response(200, headers=raw, content=body)
    assert set(ours.__getstate__()) == set(real.__getstate__())  # the state keys httpx pickles
    for response in (ours, pickle.loads(pickle.dumps(ours))):
        assert response.content == real.content and response.read() == real.read()
        assert response.headers.multi_items() == real.headers.multi_items()
        assert response.is_closed and response.is_stream_consumed


def test_set_content_is_what_read_stores() -> None:
    response = httpx.Response(200, stream=httpx.ByteStream(b"ignored"))
    _http.set_content(response, b"body")
    assert response.content == b"body" and response.read() == b"body"


def test_release_swaps_the_stream_of_a_read_response() -> None:
    response = httpx.Response(200, content=b"x")
    _http.release(response)
    assert response.stream is _http._SPENT and response.content == b"x"


def test_read_capped_decodes_and_refuses_past_the_limit() -> None:
    import gzip

    body = gzip.compress(b"a" * 1000)
    response = httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(body))
    assert _http.read_capped(response, limit=1000) == b"a" * 1000 and response.content == b"a" * 1000
    response = httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(body))
    with pytest.raises(DecodeError, match="larger than"):
        _http.read_capped(response, limit=999)
    assert response.is_closed


async def test_aiohttp_switches_exist_and_work() -> None:
    session = aiohttp.ClientSession()
    try:
        assert session._retry_connection is True  # the attribute the hook turns off
        _aio.disable_connection_retry(session)
        assert session._retry_connection is False
    finally:
        await session.close()
    connector = aiohttp.TCPConnector()
    _aio.close_connector_now(connector)
    assert connector.closed
    await asyncio.sleep(0)
