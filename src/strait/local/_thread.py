"""An event loop on a daemon thread: start it with a boot coroutine, run coroutines on it,
stop it with a cleanup coroutine (shared by LocalStrait and AsgiServer)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import TypeVar

__all__ = ["LoopThread"]

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
        if cleanup is not None:

            async def clean() -> None:
                await cleanup()

            asyncio.run_coroutine_threadsafe(clean(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
        self.loop = self._thread = None
