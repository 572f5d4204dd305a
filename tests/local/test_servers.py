"""Starting and stopping the servers that run on their own loop thread (LocalStrait,
AsgiServer): a failed start or a slow stop still frees the port and ends the thread."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import MutableMapping
from typing import Any

import httpx
import pytest

from strait.local import AsgiServer, LocalStrait


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_a_start_that_fails_frees_the_http_port_it_bound() -> None:
    """The gRPC port is taken after the HTTP site listens: the start fails, and the HTTP
    port is free again for the next try."""
    pytest.importorskip("grpc")
    http_port = _free_port()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(RuntimeError):
            LocalStrait(port=http_port, grpc=True, grpc_port=taken.getsockname()[1]).start()
    assert not _listening(http_port)
    with LocalStrait(port=http_port) as strait:
        assert httpx.get(f"{strait.base_url}/health").status_code == 200


def test_stopping_an_asgi_server_with_a_request_in_flight_ends_its_thread() -> None:
    """A handler still running at ``stop()`` is given a short grace and then cancelled;
    ``stop()`` returns, the port is closed and the loop thread has ended."""
    started = threading.Event()

    async def slow(scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            started.set()
            await asyncio.sleep(60)

    server = AsgiServer(slow).start()

    def call() -> None:
        with pytest.raises(httpx.HTTPError):
            httpx.post(server.url + "/run", timeout=30)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    assert started.wait(10)
    server.stop()
    assert not _listening(server.port)
    assert not [t for t in threading.enumerate() if t.name == "strait-asgi"]
    caller.join(10)
