"""Shared fixtures: clients pointed at pytest-httpserver, with retry sleeps recorded, not slept."""

from __future__ import annotations

import base64
import json
import socket
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, ParamSpec, Protocol, TypeVar

import httpx
import pytest
from pytest_httpserver import HTTPServer

from strait import AsyncClient, Client

API_KEY = "strait_test_key_0123456789"


def make_token(claims: dict[str, Any] | None = None, **extra: Any) -> str:
    """An (unsigned) run token; the SDK reads claims but never verifies signatures."""
    body = {"iss": "strait:run-token", "sub": "run_1", "attempt": 1, "exp": int(time.time()) + 3600}
    body.update(claims or {})
    body.update(extra)

    def enc(obj: Any) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc(body)}.c2lnbmF0dXJl"


def accept_each(sock: socket.socket, handle: Callable[[socket.socket], None]) -> None:
    """A loopback test server's accept loop: ``handle`` each connection until ``sock`` closes."""
    while True:
        try:
            conn, _ = sock.accept()
        except OSError:
            return
        handle(conn)


class _Closable(Protocol):
    def close(self) -> None: ...


_Made = TypeVar("_Made", bound=_Closable)
_Args = ParamSpec("_Args")


def closing_each(factory: Callable[_Args, _Made]) -> Iterator[Callable[_Args, _Made]]:
    """For a fixture (``yield from closing_each(Server)``): ``factory`` for the test, and
    every object it made closed after the test."""
    made: list[_Made] = []

    def make(*args: _Args.args, **kwargs: _Args.kwargs) -> _Made:
        thing = factory(*args, **kwargs)
        made.append(thing)
        return thing

    yield make
    for thing in made:
        thing.close()


class Sleeps(list[float]):
    """Records the delays a client would have slept."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class AsyncSleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


class FakeClock:
    """Time that only moves when the injected sleep is called."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(httpserver: HTTPServer, sleeps: Sleeps) -> Iterator[Client]:
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as c:
        c._set_retry_sleep(sleeps)
        yield c


@pytest.fixture(params=["aiohttp", "httpx"])
async def aclient(httpserver: HTTPServer, request: pytest.FixtureRequest) -> AsyncIterator[AsyncClient]:
    """An AsyncClient over each backend: the default (aiohttp) and an injected httpx.AsyncClient."""
    if request.param == "aiohttp":
        async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as c:
            c._set_retry_sleep(AsyncSleeps())
            yield c
        return
    async with (
        httpx.AsyncClient() as http,
        AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY, http_client=http) as c,
    ):
        c._set_retry_sleep(AsyncSleeps())
        yield c
