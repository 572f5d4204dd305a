"""An event loop on a daemon thread: start it with a boot coroutine, run coroutines on it,
stop it with a cleanup coroutine; and ``ThreadService``, the start/stop/``with`` shape of a
server served from such a loop (shared by LocalStrait and AsgiServer)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine
from types import TracebackType
from typing import Self, TypeVar

__all__ = ["LoopThread", "ThreadService"]

_T = TypeVar("_T")


class LoopThread:
    def __init__(self, name: str) -> None:
        self.name = name
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self.loop is not None

    def start(self, boot: Callable[[], Awaitable[None]]) -> None:
        """Run ``boot()`` on a new loop in a new thread; return once it finished (re-raising
        what it raised), leaving the loop running."""
        ready = threading.Event()
        failure: list[BaseException] = []
        loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(boot())
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()

        self._thread = threading.Thread(target=run, name=self.name, daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join(10)
            loop.close()
            self._thread = None
            raise failure[0]
        self.loop = loop

    def run(self, coro: Coroutine[object, object, _T], timeout: float = 30) -> _T:
        assert self.loop is not None, f"{self.name} is not started"
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def stop(self, cleanup: Callable[[], Awaitable[None]] | None = None) -> None:
        loop, thread = self.loop, self._thread
        if loop is None or thread is None:
            return
        try:
            if cleanup is not None:

                async def clean() -> None:
                    await cleanup()

                asyncio.run_coroutine_threadsafe(clean(), loop).result(10)
        finally:  # a cleanup that failed or overran still ends the thread
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            if not thread.is_alive():
                loop.close()
            self.loop = self._thread = None


class ThreadService:
    """A server on its own loop thread: ``start()`` runs ``_boot()`` there (once),
    ``stop()`` runs ``_cleanup()`` and ends the thread; usable as ``with Service() as s:``."""

    def __init__(self, thread_name: str) -> None:
        self._loop_thread = LoopThread(thread_name)

    async def _boot(self) -> None:
        raise NotImplementedError

    async def _cleanup(self) -> None:
        raise NotImplementedError

    def start(self) -> Self:
        if not self._loop_thread.running:
            self._loop_thread.start(self._boot)
        return self

    def stop(self) -> None:
        self._loop_thread.stop(self._cleanup)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
