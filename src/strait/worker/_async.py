"""``AsyncRunContext``: runs the shared run-context methods (:mod:`strait.worker._context`)
as coroutines through a :class:`strait.AsyncClient`, with an asyncio task for the
optional heartbeat. Methods, arguments, docstrings and rules are those of
:class:`strait.worker.RunContext`; only lifecycle methods are written here."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, TypeVar

from strait._client import AsyncClient

from ._context import Checkpoints, RunOperations, Sdk, Step, StopBeat
from ._core import MISSING, heartbeat_should_stop

__all__ = ["AsyncRunContext", "arun_handler"]

R = TypeVar("R")


class AsyncRunContext(RunOperations[AsyncClient]):
    """What an ``async`` job handler uses to talk to Strait about its run: every method of
    :class:`strait.worker.RunContext`, awaited::

        async with AsyncRunContext.from_headers(request.headers, body=raw_body, auto_heartbeat=True) as ctx:
            await ctx.progress(50)
            await ctx.complete({"ok": True})

    Leaving the ``async with`` block stops the heartbeat task and, if the block raised,
    fails the run with the exception (exactly once). :meth:`run` also completes with the
    handler's return value. The arguments are those of :class:`RunContext`, with an
    :class:`strait.AsyncClient` as ``client``.
    """

    _is_async = True

    _client_class = AsyncClient

    def _init_driver(self) -> None:
        self._beat_task: asyncio.Task[None] | None = None

    async def _aperform(self, step: Step) -> object:
        if self._backend is not None and not isinstance(step, StopBeat):
            return self._backend(step)
        if isinstance(step, Sdk):
            return await getattr(self.client.sdk_runs, step.name)(*step.args)
        if isinstance(step, Checkpoints):
            return await self.client.runs.list_checkpoints(self.run_id, limit=1)
        assert isinstance(step, StopBeat)
        await self.stop_heartbeat()
        return None

    # -- heartbeat and lifecycle ------------------------------------------

    def start_heartbeat(self) -> None:
        """Start the heartbeat task (done by ``async with`` and :meth:`run` when an interval
        is set; needs a running event loop)."""
        interval = self.heartbeat_interval
        if interval is None or self._beat_task is not None or self.finished:
            return
        self._beat_task = asyncio.get_running_loop().create_task(
            self._beat_loop(interval), name=f"strait-heartbeat-{self.run_id}"
        )

    async def stop_heartbeat(self) -> None:
        """Cancel the heartbeat task and wait for a beat in flight to end."""
        task, self._beat_task = self._beat_task, None
        if task is None or task is asyncio.current_task():
            return
        task.cancel()
        # asyncio.wait, not ``await task``: the beat's own CancelledError stays inside, and
        # a cancellation of the caller still reaches the caller.
        await asyncio.wait({task})
        if not task.cancelled() and (error := task.exception()) is not None:
            raise error

    @property
    def heartbeat_running(self) -> bool:
        """Whether the automatic heartbeat is running."""
        task = self._beat_task
        return task is not None and not task.done()

    async def _beat_loop(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            try:
                await self._flush_progress()
                await self.heartbeat()
            except Exception as exc:
                self.logger.warning("heartbeat failed: %s", exc)
                if heartbeat_should_stop(exc):
                    return

    async def run(self, fn: Callable[[AsyncRunContext, Any], Awaitable[R]]) -> R:
        """Run ``await fn(ctx, payload)``: complete the run with its return value, or fail it
        with its exception (exactly once, then re-raised). Skips completing when ``fn``
        already finished the run or parked it with :meth:`wait_for_event`."""
        async with self:
            result = await fn(self, await self.payload())
            if self._should_auto_complete():
                await self.complete(result)
            return result

    async def close(self) -> None:
        """Stop the heartbeat and close the client this context created."""
        await self.stop_heartbeat()
        if self._owns_client and self._client is not None:
            await self._client.close()

    async def __aenter__(self) -> AsyncRunContext:
        self._enter()
        self.start_heartbeat()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is not None:
            self._span.fail(exc)
        try:
            await self.stop_heartbeat()
            if exc is not None and isinstance(exc, Exception) and not self.finished:
                try:
                    await self.fail(exc)
                except Exception as fail_exc:  # the handler's own error is the one to surface
                    self.logger.error("could not mark the run failed: %s", fail_exc)
            elif exc is None and not self.finished:
                await self._flush_progress()
        finally:
            self._leave()
            if self._owns_client and self._client is not None:
                await self._client.close()


async def arun_handler(
    fn: Callable[[AsyncRunContext, Any], Awaitable[R]],
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    *,
    payload: Any = MISSING,
    base_url: str | None = None,
    **kwargs: Any,
) -> R:
    """Run an async handler for one dispatch: ``await AsyncRunContext.from_headers(headers).run(fn)``.

    Verification and ``body=`` / ``payload=`` / ``verify=`` are those of
    :func:`strait.worker.run_handler`.
    """
    ctx = AsyncRunContext.from_headers(headers, base_url, payload=payload, **kwargs)
    return await ctx.run(fn)
