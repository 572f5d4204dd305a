"""Run an emulator: on the caller's loop (``serve``) or on a background thread
(:class:`LocalStrait`, for tests and scripts)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from functools import partial
from typing import Any, TypeVar, overload

import aiohttp
from aiohttp import web

from strait import AsyncClient, Client

from ._areas import AREAS
from ._emulator import Emulator
from ._persist import resume
from ._thread import ThreadService
from ._validate import Validator

__all__ = ["LocalStrait", "Server"]

_T = TypeVar("_T")
#: Go's http.DefaultMaxHeaderBytes.
_MAX_HEADER_BYTES = 1 << 20


class Server:
    """The emulator's REST server (and gRPC worker service, when asked for) on one loop."""

    def __init__(
        self, emulator: Emulator, host: str = "127.0.0.1", port: int = 0, grpc_port: int | None = None
    ) -> None:
        self.emulator = emulator
        self.areas = AREAS  # every area's operations are registered before the app is built
        self.host = host
        self.port = port
        self.grpc_port = grpc_port
        self.grpc_url = ""
        self._runner: web.AppRunner | None = None
        self._grpc: Any = None

    async def start(self) -> None:
        emu = self.emulator
        emu.http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, force_close=False), auto_decompress=False
        )
        emu.clock.start()
        if emu.restore_pending:
            resume(emu)
        # Header lines as long as Go's net/http takes (1 MiB of headers), so an oversized trace
        # header reaches the handler's own 400 (api/sentry_run_metadata.go:46-60).
        self._runner = web.AppRunner(
            emu.app(),
            access_log=None,
            handle_signals=False,
            shutdown_timeout=0.5,
            max_line_size=_MAX_HEADER_BYTES,
            max_field_size=_MAX_HEADER_BYTES,
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, reuse_address=True)
        await site.start()
        server = site._server
        assert server is not None
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1]
        emu.base_url = f"http://{self.host}:{self.port}"
        if self.grpc_port is not None:
            from ._grpc import start_worker_service  # grpcio is optional: loaded only when asked for

            self._grpc, bound = await start_worker_service(emu, self.host, self.grpc_port)
            self.grpc_port = bound
            self.grpc_url = f"grpc://{self.host}:{bound}"

    def env(self) -> dict[str, str]:
        """The ``STRAIT_*`` variables a client or worker needs to reach this server."""
        emu = self.emulator
        env = {
            "STRAIT_BASE_URL": emu.base_url,
            "STRAIT_API_KEY": emu.bootstrap_key,
            "STRAIT_PROJECT": emu.project_id,
        }
        if self.grpc_url:
            env["STRAIT_GRPC_URL"] = self.grpc_url
        return env

    async def stop(self) -> None:
        emu = self.emulator
        emu.close_channels()
        if self._grpc is not None:
            await self._grpc.stop(0.2)
        for task in list(emu.tasks):
            task.cancel()
        await emu.clock.stop()
        if self._runner is not None:
            await self._runner.cleanup()
        if emu.http is not None:
            await emu.http.close()


class _FromEmulator:
    """A read-only attribute of a started ``LocalStrait``, read from its emulator."""

    def __init__(self, read: Callable[[Emulator], str]) -> None:
        self.read = read

    @overload
    def __get__(self, strait: None, owner: type[LocalStrait]) -> _FromEmulator: ...
    @overload
    def __get__(self, strait: LocalStrait, owner: type[LocalStrait]) -> str: ...
    def __get__(self, strait: LocalStrait | None, owner: type[LocalStrait]) -> _FromEmulator | str:
        return self if strait is None else self.read(strait.emulator)


class LocalStrait(ThreadService):
    """A local Strait on a background thread: ``with LocalStrait() as strait:``.

    ``strait.client()`` / ``strait.async_client()`` are clients configured for it;
    ``strait.reset()`` empties it (a few hundred microseconds, no restart);
    ``strait.advance(seconds)`` moves its clock, firing scheduled runs, retries, sleep
    steps and event timeouts at once. ``grpc=True`` also serves ``WorkerService``.
    ``server_limits=True`` turns on the server's per-IP route rate limits (10 triggers a
    minute by default), off otherwise so a test suite is never throttled.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        project_id: str = "proj_local",
        port: int = 0,
        grpc: bool = False,
        grpc_port: int = 0,
        validator: Validator | None = None,
        server_limits: bool = False,
    ) -> None:
        super().__init__("strait-local")
        self._new_emulator = partial(
            Emulator, api_key=api_key, project_id=project_id, validator=validator, server_limits=server_limits
        )
        self._port = port
        self._grpc_port = grpc_port if grpc else None
        self.server: Server | None = None

    # -- lifecycle ---------------------------------------------------------------------

    async def _boot(self) -> None:
        self.server = Server(self._new_emulator(), port=self._port, grpc_port=self._grpc_port)
        try:
            await self.server.start()
        except BaseException:  # e.g. the gRPC port is taken: free the HTTP port already bound
            await self.server.stop()
            raise

    async def _cleanup(self) -> None:
        if self.server is not None:
            await self.server.stop()

    # -- what tests use ------------------------------------------------------------------

    @property
    def emulator(self) -> Emulator:
        assert self.server is not None, "LocalStrait is not started"
        return self.server.emulator

    base_url = _FromEmulator(lambda emu: emu.base_url)
    api_key = _FromEmulator(lambda emu: emu.bootstrap_key)
    project_id = _FromEmulator(lambda emu: emu.project_id)

    @property
    def grpc_url(self) -> str:
        assert self.server is not None
        return self.server.grpc_url

    def env(self) -> dict[str, str]:
        """``STRAIT_BASE_URL``, ``STRAIT_API_KEY``, ``STRAIT_PROJECT`` (and ``STRAIT_GRPC_URL``)."""
        assert self.server is not None, "LocalStrait is not started"
        return self.server.env()

    def client(self, **kwargs: Any) -> Any:
        """A :class:`strait.Client` for this Strait (keyword arguments override)."""
        return Client(**self._client_options(kwargs))

    def async_client(self, **kwargs: Any) -> Any:
        """A :class:`strait.AsyncClient` for this Strait."""
        return AsyncClient(**self._client_options(kwargs))

    def _client_options(self, overrides: dict[str, Any]) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "api_key": self.api_key,
            "project_id": self.project_id,
            **overrides,
        }

    def call(self, function: Callable[[], _T]) -> _T:
        """Run ``function`` on the emulator's loop and return its result."""

        async def run() -> _T:
            return function()

        return self._loop_thread.run(run())

    def run(self, coro: Coroutine[object, object, _T]) -> _T:
        """Run a coroutine on the emulator's loop and return its result."""
        return self._loop_thread.run(coro)

    def reset(self) -> None:
        """Forget everything (jobs, runs, triggers, workflows, memory); keep the key and project."""
        self.call(self.emulator.reset)

    def advance(self, seconds: float) -> None:
        """Move the emulator's clock forward and fire what became due."""
        self.call(lambda: self.emulator.clock.advance(seconds))
