"""Issue 9 #10: ``runs.wait`` / ``runs.follow`` hold one deadline over the whole call.

A loopback server that behaves like Strait's stream handler (``internal/api/stream.go``):
it checks the run's status, answers 200 ``text/event-stream`` and then only sends what
is published afterwards (nothing is replayed) plus ``: keepalive`` comments. Here it
publishes nothing at all, so a status change is only ever visible through ``GET``.
Real time, real sockets, both clients; each case is bounded to a few seconds.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from conftest import accept_each, closing_each
from spec_samples import component

from strait import AsyncClient, Client, StraitTimeoutError

KEY = "strait_wait_key_0123456789"
KEEPALIVE = 0.1  # Strait's default is 15 s; faster here so a wrong deadline shows quickly
STREAM_FOR = 6.0  # the server gives up on a stream after this long (bounds a failing test)


class StraitLikeServer:
    """``GET /v1/runs/run_1`` answers ``status()``; its ``/stream`` only keeps alive."""

    def __init__(self, status: Callable[[int], str], stream_sees: Callable[[], str] | None = None) -> None:
        self.status = status
        # the status the stream handler checks before subscribing (default: the current one)
        self.stream_sees = stream_sees or (lambda: self.status(self.reads))
        self.reads = 0
        self.streams = 0
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        accept_each(
            self._sock, lambda conn: threading.Thread(target=self._serve, args=(conn,), daemon=True).start()
        )

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            buf = b""
            try:
                while True:
                    while b"\r\n\r\n" not in buf:
                        chunk = conn.recv(65536)
                        if not chunk:
                            return
                        buf += chunk
                    head, buf = buf.split(b"\r\n\r\n", 1)
                    path = head.split(b" ")[1].decode()
                    if path.endswith("/stream"):
                        self._stream(conn)
                        return
                    status = self.status(self.reads)
                    self.reads += 1
                    body = json.dumps(component("JobRun", id="run_1", status=status, job_id="job_1")).encode()
                    conn.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                        + str(len(body)).encode()
                        + b"\r\n\r\n"
                        + body
                    )
            except OSError:
                return

    def _stream(self, conn: socket.socket) -> None:
        self.streams += 1
        if self.stream_sees() in ("completed", "failed"):
            conn.sendall(b"HTTP/1.1 410 Gone\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        comment = b": keepalive\n\n"
        ends = time.monotonic() + STREAM_FOR
        while time.monotonic() < ends and not self._stop.is_set():
            time.sleep(KEEPALIVE)
            conn.sendall(b"%x\r\n%s\r\n" % (len(comment), comment))

    def close(self) -> None:
        self._stop.set()
        self._sock.close()


@pytest.fixture
def serve() -> Iterator[Callable[..., StraitLikeServer]]:
    yield from closing_each(StraitLikeServer)


def run_both(kind: str, url: str, sync_call: Callable[[Client], Any], async_call: Callable[..., Any]) -> Any:
    if kind == "sync":
        with Client(base_url=url, api_key=KEY) as client:
            return sync_call(client)

    async def main() -> Any:
        async with AsyncClient(base_url=url, api_key=KEY) as client:
            return await async_call(client)

    return asyncio.run(main())


def wait_both(kind: str, url: str, *, timeout: float, interval: float) -> Any:
    """``runs.wait("run_1", ...)`` on a fresh ``kind`` ("sync"/"async") client."""

    def wait(client: Any) -> Any:  # a run, or the coroutine of one on an AsyncClient
        return client.runs.wait("run_1", timeout=timeout, interval=interval)

    return run_both(kind, url, wait, wait)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_wait_times_out_on_time_despite_keepalives(kind: str, serve: Callable[..., StraitLikeServer]) -> None:
    server = serve(lambda n: "executing")
    started = time.monotonic()
    with pytest.raises(StraitTimeoutError, match="still 'executing' after 1s"):
        wait_both(kind, server.url, timeout=1.0, interval=30.0)
    elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 4.0, elapsed  # on time: not the 30 s interval nor the 6 s stream
    assert server.streams == 1


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_follow_times_out_on_time_despite_keepalives(
    kind: str, serve: Callable[..., StraitLikeServer]
) -> None:
    server = serve(lambda n: "executing")
    started = time.monotonic()

    def sync_follow(client: Client) -> list[Any]:
        with client.runs.follow("run_1", timeout=1.0) as events:
            return list(events)

    async def async_follow(client: AsyncClient) -> list[Any]:
        async with client.runs.follow("run_1", timeout=1.0) as events:
            return [event async for event in events]

    with pytest.raises(StraitTimeoutError):
        run_both(kind, server.url, sync_follow, async_follow)
    elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 4.0, elapsed  # on time: not the 30 s interval nor the 6 s stream


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_wait_sees_a_run_that_finished_before_the_stream_subscribed(
    kind: str, serve: Callable[..., StraitLikeServer]
) -> None:
    """The first read and the stream's own check say executing; the run finishes before
    the stream subscribes, so the stream never says so (no replay): the read after
    opening sees it."""
    server = serve(lambda n: "executing" if n == 0 else "completed", lambda: "executing")
    started = time.monotonic()
    run = wait_both(kind, server.url, timeout=4.0, interval=30.0)
    assert run.status == "completed"
    assert time.monotonic() - started < 3.0  # seen by the read after opening, not at the 4 s deadline
    assert server.reads == 2 and server.streams == 1


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_wait_rereads_at_the_interval_while_the_stream_is_quiet(
    kind: str, serve: Callable[..., StraitLikeServer]
) -> None:
    finish_at = time.monotonic() + 0.6
    server = serve(lambda n: "executing" if time.monotonic() < finish_at else "completed")
    run = wait_both(kind, server.url, timeout=4.0, interval=0.25)
    assert run.status == "completed"
    assert time.monotonic() < finish_at + 2.0  # well before the 4 s deadline
    assert server.streams == 1 and 3 <= server.reads <= 12
