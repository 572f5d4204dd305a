"""``AsyncRunContext``: the asyncio driver of a run's SDK endpoints.

Same methods, arguments and rules as :class:`strait.worker.RunContext` (see its
docstrings; everything but sending lives in :mod:`strait.worker._core`), with an
asyncio task instead of a thread for the automatic heartbeat.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from strait._client import AsyncClient
from strait._errors import NotFoundError, UnauthorizedError

from ._core import (
    DEFAULT_PROGRESS_INTERVAL,
    MISSING,
    RunCore,
    dispatch_kwargs,
    error_text,
    heartbeat_should_stop,
    state_map,
)

if TYPE_CHECKING:
    from strait._generated.models.job_run import JobRun
    from strait._generated.models.run_checkpoint import RunCheckpoint
    from strait._generated.models.run_event import RunEvent
    from strait._generated.models.run_output import RunOutput
    from strait._generated.models.run_tool_call import RunToolCall
    from strait._generated.models.run_usage import RunUsage
    from strait._generated.models.sdk_spawn_response_201 import SdkSpawnResponse201
    from strait._generated.models.sdk_wait_for_event_response_200 import SdkWaitForEventResponse200

__all__ = ["AsyncRunContext", "arun_handler"]

R = TypeVar("R")


class AsyncRunContext(RunCore):
    """The asyncio twin of :class:`strait.worker.RunContext`::

    async with AsyncRunContext.from_headers(request.headers, auto_heartbeat=True) as ctx:
        await ctx.progress(50)
        await ctx.complete({"ok": True})
    """

    def __init__(
        self,
        token: str | None = None,
        base_url: str | None = None,
        run_id: str | None = None,
        *,
        attempt: int | None = None,
        job_id: str | None = None,
        last_checkpoint: Any = MISSING,
        payload: Any = MISSING,
        heartbeat_interval: float | None = None,
        auto_heartbeat: bool = False,
        progress_interval: float = DEFAULT_PROGRESS_INTERVAL,
        client: AsyncClient | None = None,
    ) -> None:
        self._owns_client = client is None
        self.client: AsyncClient = (
            client if client is not None else AsyncClient(base_url=base_url, run_token=token)
        )
        super().__init__(
            token=self.client.config.token,
            run_id=run_id,
            attempt=attempt,
            job_id=job_id,
            last_checkpoint=last_checkpoint,
            payload=payload,
            heartbeat_interval=heartbeat_interval,
            auto_heartbeat=auto_heartbeat,
            progress_interval=progress_interval,
            project_id=self.client.project_id,
        )
        self._sdk = self.client.sdk_runs
        self._beat_task: asyncio.Task[None] | None = None

    @classmethod
    def from_headers(
        cls,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        base_url: str | None = None,
        **kwargs: Any,
    ) -> AsyncRunContext:
        """Async :meth:`RunContext.from_headers`."""
        token, kwargs = dispatch_kwargs(headers, kwargs)
        return cls(token, base_url, **kwargs)

    async def payload(self) -> Any:
        """Async :meth:`RunContext.payload`."""
        if self._payload is MISSING:
            self._payload = await self._sdk.get_payload(self.run_id)
        return self._payload

    async def log(
        self, message: str, *, level: str = "info", data: Any = None, type: str | None = None
    ) -> RunEvent:
        """Async :meth:`RunContext.log`."""
        return await self._sdk.log_run(self.run_id, self._log_body(message, level, data, type))

    async def progress(
        self,
        percent: float,
        message: str | None = None,
        *,
        step: str | None = None,
        eta_seconds: float | None = None,
    ) -> None:
        """Async :meth:`RunContext.progress` (throttled the same way)."""
        body = self._throttle.offer(self._progress_body(percent, message, step, eta_seconds))
        if body is not None:
            await self._sdk.progress_run(self.run_id, body)

    async def _flush_progress(self) -> None:
        body = self._throttle.take_pending()
        if body is not None:
            await self._sdk.progress_run(self.run_id, body)

    async def annotate(self, annotations: Mapping[str, str] | None = None, /, **more: str) -> JobRun:
        """Async :meth:`RunContext.annotate` (at most 50 keys per run)."""
        body = self._annotate_body(annotations, more)
        run = await self._sdk.annotate_run(self.run_id, body)
        self._annotated(body)
        return run

    async def heartbeat(self) -> None:
        """Async :meth:`RunContext.heartbeat`."""
        await self._sdk.heartbeat_run(self.run_id)

    async def checkpoint(self, state: Any, *, source: str | None = None) -> RunCheckpoint:
        """Async :meth:`RunContext.checkpoint`."""
        saved = await self._sdk.checkpoint_run(self.run_id, self._checkpoint_body(state, source))
        self._checkpointed(state)
        return saved

    async def resume(self, default: Any = None) -> Any:
        """Async :meth:`RunContext.resume`."""
        if not self._checkpoint_looked_up:
            self._checkpoint_looked_up = True
            with contextlib.suppress(UnauthorizedError, NotFoundError):
                page = await self.client.runs.list_checkpoints(self.run_id, limit=1)
                if page.data:
                    self._checkpoint = page.data[0]["state"]
        return default if self._checkpoint is MISSING else self._checkpoint

    async def get_state(self, key: str, default: Any = None) -> Any:
        """Async :meth:`RunContext.get_state`."""
        try:
            return (await self._sdk.get_state(self.run_id, key))["value"]
        except NotFoundError:
            return default

    async def set_state(self, key: str, value: Any) -> None:
        """Async :meth:`RunContext.set_state`."""
        await self._sdk.set_state(self.run_id, {"key": key, "value": value})

    async def delete_state(self, key: str) -> None:
        """Async :meth:`RunContext.delete_state`."""
        await self._sdk.delete_state(self.run_id, key)

    async def list_state(self) -> dict[str, Any]:
        """Async :meth:`RunContext.list_state`."""
        return state_map(await self._sdk.list_state(self.run_id), "state_key")

    async def get_memory(self, key: str, default: Any = None) -> Any:
        """Async :meth:`RunContext.get_memory`."""
        try:
            return (await self._sdk.get_memory(self.run_id, key))["value"]
        except NotFoundError:
            return default

    async def set_memory(self, key: str, value: Any, *, ttl: float | None = None) -> None:
        """Async :meth:`RunContext.set_memory`."""
        await self._sdk.set_memory(self.run_id, key, self._memory_body(value, ttl))

    async def delete_memory(self, key: str) -> None:
        """Async :meth:`RunContext.delete_memory`."""
        await self._sdk.delete_memory(self.run_id, key)

    async def list_memory(self) -> dict[str, Any]:
        """Async :meth:`RunContext.list_memory`."""
        return state_map(await self._sdk.list_memory(self.run_id), "memory_key")

    async def usage(
        self,
        provider: str,
        model: str,
        *,
        prompt_tokens: int | None = None,
        completion_tokens: int | None = None,
        total_tokens: int | None = None,
        cost_microusd: int | None = None,
    ) -> RunUsage:
        """Async :meth:`RunContext.usage` (``UnsupportedOperationError`` on servers without it)."""
        body = self._usage_body(
            provider, model, prompt_tokens, completion_tokens, total_tokens, cost_microusd
        )
        return await self._sdk.usage_run(self.run_id, body)

    async def tool_call(
        self,
        tool_name: str,
        *,
        input: Any = None,
        output: Any = None,
        status: str | None = None,
        duration_ms: int | None = None,
    ) -> RunToolCall:
        """Async :meth:`RunContext.tool_call` (``UnsupportedOperationError`` on servers without it)."""
        body = self._tool_call_body(tool_name, input, output, status, duration_ms)
        return await self._sdk.tool_call_run(self.run_id, body)

    async def output(self, key: str, value: Any, *, schema: Any = None) -> RunOutput:
        """Async :meth:`RunContext.output`."""
        return await self._sdk.output_run(self.run_id, self._output_body(key, value, schema))

    async def stream(self, chunk: str, *, stream_id: str | None = None, done: bool = False) -> None:
        """Async :meth:`RunContext.stream`."""
        await self._sdk.stream_run(self.run_id, self._chunk_body(chunk, stream_id, done))

    async def resources(
        self,
        *,
        cpu_percent: float | None = None,
        memory_mb: float | None = None,
        memory_percent: float | None = None,
    ) -> None:
        """Async :meth:`RunContext.resources`."""
        body = {"cpu_percent": cpu_percent, "memory_mb": memory_mb, "memory_percent": memory_percent}
        await self._sdk.resources_run(self.run_id, {k: v for k, v in body.items() if v is not None})

    async def wait_for_event(
        self, event_key: str, *, timeout: float | None = None, notify_url: str | None = None
    ) -> SdkWaitForEventResponse200:
        """Async :meth:`RunContext.wait_for_event` (return from the handler afterwards)."""
        answer = await self._sdk.wait_for_event_run(
            self.run_id, self._wait_body(event_key, timeout, notify_url)
        )
        self._suspended = True
        await self.stop_heartbeat()
        return answer

    async def spawn(
        self,
        job_slug: str,
        *,
        payload: Any = None,
        project_id: str | None = None,
        await_completion: bool | None = None,
        await_timeout: float | None = None,
        target_api_key: str | None = None,
    ) -> SdkSpawnResponse201:
        """Async :meth:`RunContext.spawn`."""
        body = self._spawn_body(
            job_slug, payload, project_id, await_completion, await_timeout, target_api_key
        )
        return await self._sdk.spawn_run(self.run_id, body)

    async def continue_as_new(self, payload: Any = None) -> JobRun:
        """Async :meth:`RunContext.continue_as_new`."""
        return await self._sdk.continue_run(self.run_id, {} if payload is None else {"payload": payload})

    async def complete(self, result: Any = None) -> JobRun:
        """Async :meth:`RunContext.complete` (``RunFinishedError`` the second time)."""
        self._begin_terminal("completed")
        return await self._finish(self._sdk.complete_run, self._complete_body(result))

    async def fail(self, error: BaseException | str) -> JobRun:
        """Async :meth:`RunContext.fail` (``RunFinishedError`` the second time)."""
        self._begin_terminal("failed")
        return await self._finish(self._sdk.fail_run, {"error": error_text(error)})

    async def _finish(
        self, send: Callable[[str, dict[str, Any]], Awaitable[JobRun]], body: dict[str, Any]
    ) -> JobRun:
        await self.stop_heartbeat()
        try:
            await self._flush_progress()
            return await send(self.run_id, body)
        except BaseException as exc:
            self._terminal_failed(exc)
            raise

    def start_heartbeat(self) -> None:
        """Start the heartbeat task (needs a running event loop)."""
        interval = self.heartbeat_interval
        if interval is None or self._beat_task is not None or self.finished:
            return
        self._beat_task = asyncio.get_running_loop().create_task(
            self._beat_loop(interval), name=f"strait-heartbeat-{self.run_id}"
        )

    async def stop_heartbeat(self) -> None:
        """Cancel the heartbeat task and wait for it to end."""
        task, self._beat_task = self._beat_task, None
        if task is None or task is asyncio.current_task():
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

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
        """Async :meth:`RunContext.run`: ``await fn(ctx, payload)``, then complete or fail once."""
        async with self:
            result = await fn(self, await self.payload())
            if self._should_auto_complete():
                await self.complete(result)
            return result

    async def close(self) -> None:
        """Stop the heartbeat and close the client this context created."""
        await self.stop_heartbeat()
        if self._owns_client:
            await self.client.close()

    async def __aenter__(self) -> AsyncRunContext:
        self._enter(self)
        self.start_heartbeat()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            await self.stop_heartbeat()
            if exc is not None and isinstance(exc, Exception) and not self.finished:
                try:
                    await self.fail(exc)
                except Exception as fail_exc:
                    self.logger.error("could not mark the run failed: %s", fail_exc)
            elif exc is None and not self.finished:
                await self._flush_progress()
        finally:
            self._leave()
            if self._owns_client:
                await self.client.close()


async def arun_handler(
    fn: Callable[[AsyncRunContext, Any], Awaitable[R]],
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    *,
    payload: Any = MISSING,
    base_url: str | None = None,
    **kwargs: Any,
) -> R:
    """Async :func:`strait.worker.run_handler`."""
    ctx = AsyncRunContext.from_headers(headers, base_url, payload=payload, **kwargs)
    return await ctx.run(fn)
