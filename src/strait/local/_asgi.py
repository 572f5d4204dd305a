"""Serve an ASGI app (``strait.worker.asgi_app(...)``, FastAPI, Starlette) on loopback with
aiohttp, so a local Strait can dispatch HTTP-mode runs to it without another server
library::

    with AsgiServer(asgi_app([invoice], signing_secret=SECRET)) as server:
        job_url = server.url + "/jobs/invoice"

The app may also be given after the server started (``server.app = ...``), for jobs whose
``endpoint_url`` needs the server's address first.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from aiohttp import web

from ._thread import ThreadService

__all__ = ["AsgiServer", "asgi_handler"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
App = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]


def asgi_handler(get_app: Callable[[], App | None]) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """An aiohttp handler that runs one ASGI HTTP request/response cycle."""

    async def handle(request: web.Request) -> web.StreamResponse:
        app = get_app()
        if app is None:
            return web.Response(status=503, text="no ASGI app mounted yet")
        body = await request.read()
        scope: Scope = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "method": request.method,
            "scheme": "http",
            "path": request.path,
            "raw_path": request.raw_path.split("?", 1)[0].encode(),
            "query_string": request.query_string.encode(),
            "root_path": "",
            "headers": [
                (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in request.headers.items()
            ],
            "client": request.transport.get_extra_info("peername") if request.transport else None,
            "server": None,
        }
        sent_body = False
        status = 500
        headers: list[tuple[str, str]] = []
        chunks: list[bytes] = []

        async def receive() -> Message:
            nonlocal sent_body
            if sent_body:
                return {"type": "http.disconnect"}
            sent_body = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: Message) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in message.get("headers", [])]
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))

        await app(scope, receive, send)
        response = web.Response(status=status, body=b"".join(chunks))
        for name, value in headers:
            if name.lower() != "content-length":
                response.headers.add(name, value)
        return response

    return handle


class AsgiServer(ThreadService):
    """An ASGI app on ``http://127.0.0.1:<port>``, served from a background thread."""

    def __init__(self, app: App | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__("strait-asgi")
        self.app = app
        self.host = host
        self.port = port
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def _boot(self) -> None:
        application = web.Application()
        application.router.add_route("*", "/{tail:.*}", asgi_handler(lambda: self.app))
        # Handlers still running get 2 s at stop() and 2 s more once cancelled (aiohttp waits
        # twice), well inside the 10 s LoopThread gives the cleanup.
        self._runner = web.AppRunner(application, access_log=None, handle_signals=False, shutdown_timeout=2)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        sockets = getattr(site._server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1]
        self.url = f"http://{self.host}:{self.port}"

    async def _cleanup(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
