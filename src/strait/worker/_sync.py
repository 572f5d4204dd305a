"""``RunContext``: the synchronous driver of a run's ``/sdk/v1/runs/{runID}`` endpoints.

Argument checks and request bodies come from :class:`strait.worker._core.RunCore`;
this module sends them through a :class:`strait.Client` authenticated with the run
token, and runs the optional heartbeat thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from strait._client import Client
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

__all__ = ["RunContext", "run_handler"]

R = TypeVar("R")


class RunContext(RunCore):
    """What a job handler uses to talk to Strait about its run.

    ::

        from strait.worker import RunContext

        def endpoint(request):                      # Strait POSTs the payload here
            with RunContext.from_headers(request.headers, heartbeat_interval=30) as ctx:
                ctx.log("starting")
                for i, item in enumerate(items):
                    ctx.progress(100 * i / len(items))
                ctx.complete({"processed": len(items)})

    Leaving the ``with`` block stops the heartbeat and, if the block raised, fails the
    run with the exception (exactly once). :meth:`run` also completes with the
    handler's return value.

    Args:
        token: the run token (``X-Run-Token`` of the dispatch).
        base_url: the Strait server (else ``STRAIT_BASE_URL`` / the usual config).
        run_id: the run id; must equal the token's subject (the default).
        attempt: the attempt, when the token does not say.
        last_checkpoint: the latest checkpoint state (``X-Last-Checkpoint``).
        payload: the run's payload when already known (the dispatch body); else
            :meth:`payload` fetches it.
        heartbeat_interval: send a heartbeat every so many seconds while inside
            ``with`` / :meth:`run` (off by default).
        auto_heartbeat: heartbeat every 30 s unless ``heartbeat_interval`` says otherwise.
        progress_interval: progress updates closer together than this are coalesced.
        client: an existing run-token :class:`strait.Client` to send through (not closed here).

    Raises:
        ValidationError: no base URL, or a token that is not a Strait run token
            (issuer other than ``strait:run-token``).
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
        client: Client | None = None,
    ) -> None:
        self._owns_client = client is None
        self.client: Client = client if client is not None else Client(base_url=base_url, run_token=token)
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
        self._beat_stop = threading.Event()
        self._beat_thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_headers(
        cls,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        base_url: str | None = None,
        **kwargs: Any,
    ) -> RunContext:
        """A context from the headers of Strait's dispatch request.

        Reads ``X-Run-Token`` (or ``X-SDK-Token``), ``X-Run-ID``, ``X-Job-ID``,
        ``X-Attempt`` and ``X-Last-Checkpoint``; ``kwargs`` are those of the constructor.
        """
        token, kwargs = dispatch_kwargs(headers, kwargs)
        return cls(token, base_url, **kwargs)

    # -- payload, logs, progress -------------------------------------------

    def payload(self) -> Any:
        """The run's payload (fetched once, then cached)."""
        if self._payload is MISSING:
            self._payload = self._sdk.get_payload(self.run_id)
        return self._payload

    def log(
        self, message: str, *, level: str = "info", data: Any = None, type: str | None = None
    ) -> RunEvent:
        """Append a log event to the run (``level``: debug, info, warn, error)."""
        return self._sdk.log_run(self.run_id, self._log_body(message, level, data, type))

    def progress(
        self,
        percent: float,
        message: str | None = None,
        *,
        step: str | None = None,
        eta_seconds: float | None = None,
    ) -> None:
        """Report progress (0-100). Cheap to call in a tight loop: updates within
        ``progress_interval`` are coalesced to the latest, and 100 is always sent."""
        body = self._throttle.offer(self._progress_body(percent, message, step, eta_seconds))
        if body is not None:
            self._sdk.progress_run(self.run_id, body)

    def _flush_progress(self) -> None:
        body = self._throttle.take_pending()
        if body is not None:
            self._sdk.progress_run(self.run_id, body)

    def annotate(self, annotations: Mapping[str, str] | None = None, /, **more: str) -> JobRun:
        """Attach string annotations to the run (at most 50 keys per run).

        Raises:
            ValidationError: the run would hold more than 50 annotations, or a key/value is too long.
        """
        body = self._annotate_body(annotations, more)
        run = self._sdk.annotate_run(self.run_id, body)
        self._annotated(body)
        return run

    def heartbeat(self) -> None:
        """Tell Strait the handler is alive (the server reaps runs silent for a minute)."""
        self._sdk.heartbeat_run(self.run_id)

    # -- checkpoints and state ---------------------------------------------

    def checkpoint(self, state: Any, *, source: str | None = None) -> RunCheckpoint:
        """Save resumable state; a retry receives it through :meth:`resume`."""
        saved = self._sdk.checkpoint_run(self.run_id, self._checkpoint_body(state, source))
        self._checkpointed(state)
        return saved

    def resume(self, default: Any = None) -> Any:
        """The latest checkpoint state (from the dispatch, this attempt, or the server), else ``default``."""
        if not self._checkpoint_looked_up:
            self._checkpoint_looked_up = True
            try:
                page = self.client.runs.list_checkpoints(self.run_id, limit=1)
            except (UnauthorizedError, NotFoundError):
                page = None  # the listing needs an API key on current servers
            if page is not None and page.data:
                self._checkpoint = page.data[0]["state"]
        return default if self._checkpoint is MISSING else self._checkpoint

    def get_state(self, key: str, default: Any = None) -> Any:
        """The value of run-state ``key``, or ``default`` when unset."""
        try:
            return self._sdk.get_state(self.run_id, key)["value"]
        except NotFoundError:
            return default

    def set_state(self, key: str, value: Any) -> None:
        """Set run-state ``key`` (any JSON value)."""
        self._sdk.set_state(self.run_id, {"key": key, "value": value})

    def delete_state(self, key: str) -> None:
        """Delete run-state ``key``."""
        self._sdk.delete_state(self.run_id, key)

    def list_state(self) -> dict[str, Any]:
        """All run state as ``{key: value}``."""
        return state_map(self._sdk.list_state(self.run_id), "state_key")

    def get_memory(self, key: str, default: Any = None) -> Any:
        """The job-memory value ``key`` (shared by the job's runs), or ``default``."""
        try:
            return self._sdk.get_memory(self.run_id, key)["value"]
        except NotFoundError:
            return default

    def set_memory(self, key: str, value: Any, *, ttl: float | None = None) -> None:
        """Set job-memory ``key``, optionally expiring after ``ttl`` seconds."""
        self._sdk.set_memory(self.run_id, key, self._memory_body(value, ttl))

    def delete_memory(self, key: str) -> None:
        """Delete job-memory ``key``."""
        self._sdk.delete_memory(self.run_id, key)

    def list_memory(self) -> dict[str, Any]:
        """All job memory as ``{key: value}``."""
        return state_map(self._sdk.list_memory(self.run_id), "memory_key")

    # -- telemetry and outputs --------------------------------------------

    def usage(
        self,
        provider: str,
        model: str,
        *,
        prompt_tokens: int | None = None,
        completion_tokens: int | None = None,
        total_tokens: int | None = None,
        cost_microusd: int | None = None,
    ) -> RunUsage:
        """Report AI model usage.

        Raises:
            UnsupportedOperationError: the server no longer supports usage reports.
        """
        body = self._usage_body(
            provider, model, prompt_tokens, completion_tokens, total_tokens, cost_microusd
        )
        return self._sdk.usage_run(self.run_id, body)

    def tool_call(
        self,
        tool_name: str,
        *,
        input: Any = None,
        output: Any = None,
        status: str | None = None,
        duration_ms: int | None = None,
    ) -> RunToolCall:
        """Record a tool invocation.

        Raises:
            UnsupportedOperationError: the server no longer supports tool-call records.
        """
        return self._sdk.tool_call_run(
            self.run_id, self._tool_call_body(tool_name, input, output, status, duration_ms)
        )

    def output(self, key: str, value: Any, *, schema: Any = None) -> RunOutput:
        """Store (or replace) structured output ``key``."""
        return self._sdk.output_run(self.run_id, self._output_body(key, value, schema))

    def stream(self, chunk: str, *, stream_id: str | None = None, done: bool = False) -> None:
        """Push a chunk (e.g. LLM tokens) to followers of ``runs.follow_chunks``."""
        self._sdk.stream_run(self.run_id, self._chunk_body(chunk, stream_id, done))

    def resources(
        self,
        *,
        cpu_percent: float | None = None,
        memory_mb: float | None = None,
        memory_percent: float | None = None,
    ) -> None:
        """Report in-container resource usage."""
        body = {"cpu_percent": cpu_percent, "memory_mb": memory_mb, "memory_percent": memory_percent}
        self._sdk.resources_run(self.run_id, {k: v for k, v in body.items() if v is not None})

    # -- control flow -------------------------------------------------------

    def wait_for_event(
        self, event_key: str, *, timeout: float | None = None, notify_url: str | None = None
    ) -> SdkWaitForEventResponse200:
        """Park the run until event ``event_key`` is sent (``timeout`` seconds, server default 1 h).

        The run moves to ``waiting`` and is dispatched again when the event arrives, so
        return from the handler afterwards: :meth:`run` will not complete a waiting run.
        """
        answer = self._sdk.wait_for_event_run(self.run_id, self._wait_body(event_key, timeout, notify_url))
        self._suspended = True
        self.stop_heartbeat()
        return answer

    def spawn(
        self,
        job_slug: str,
        *,
        payload: Any = None,
        project_id: str | None = None,
        await_completion: bool | None = None,
        await_timeout: float | None = None,
        target_api_key: str | None = None,
    ) -> SdkSpawnResponse201:
        """Start a child run of job ``job_slug`` (in this client's project unless ``project_id``)."""
        body = self._spawn_body(
            job_slug, payload, project_id, await_completion, await_timeout, target_api_key
        )
        return self._sdk.spawn_run(self.run_id, body)

    def continue_as_new(self, payload: Any = None) -> JobRun:
        """Queue a continuation run (this run's payload unless ``payload``); this run still
        needs to complete."""
        return self._sdk.continue_run(self.run_id, {} if payload is None else {"payload": payload})

    def complete(self, result: Any = None) -> JobRun:
        """Mark the run completed with ``result``.

        Raises:
            RunFinishedError: this context already completed or failed the run.
        """
        self._begin_terminal("completed")
        return self._finish(self._sdk.complete_run, self._complete_body(result))

    def fail(self, error: BaseException | str) -> JobRun:
        """Mark the run failed with ``error`` (an exception or a message).

        Raises:
            RunFinishedError: this context already completed or failed the run.
        """
        self._begin_terminal("failed")
        return self._finish(self._sdk.fail_run, {"error": error_text(error)})

    def _finish(self, send: Callable[[str, dict[str, Any]], JobRun], body: dict[str, Any]) -> JobRun:
        self.stop_heartbeat()
        try:
            self._flush_progress()
            return send(self.run_id, body)
        except BaseException as exc:
            self._terminal_failed(exc)
            raise

    # -- heartbeat and lifecycle ------------------------------------------

    def start_heartbeat(self) -> None:
        """Start the heartbeat thread (done by ``with`` and :meth:`run` when an interval is set)."""
        interval = self.heartbeat_interval
        with self._lock:
            if interval is None or self._beat_thread is not None or self.finished:
                return
            self._beat_stop.clear()
            self._beat_thread = threading.Thread(
                target=self._beat_loop, args=(interval,), name=f"strait-heartbeat-{self.run_id}", daemon=True
            )
            self._beat_thread.start()

    def stop_heartbeat(self) -> None:
        """Stop the heartbeat thread, waiting for a beat in flight to finish."""
        with self._lock:
            thread, self._beat_thread = self._beat_thread, None
            self._beat_stop.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    @property
    def heartbeat_running(self) -> bool:
        """Whether the automatic heartbeat is running."""
        thread = self._beat_thread
        return thread is not None and thread.is_alive()

    def _beat_loop(self, interval: float) -> None:
        while not self._beat_stop.wait(interval):
            try:
                self._flush_progress()
                self.heartbeat()
            except Exception as exc:
                self.logger.warning("heartbeat failed: %s", exc)
                if heartbeat_should_stop(exc):
                    return

    def run(self, fn: Callable[[RunContext, Any], R]) -> R:
        """Run ``fn(ctx, payload)``: complete the run with its return value, or fail it with
        its exception (exactly once, then re-raised). Skips completing when ``fn`` already
        finished the run or parked it with :meth:`wait_for_event`."""
        with self:
            result = fn(self, self.payload())
            if self._should_auto_complete():
                self.complete(result)
            return result

    def close(self) -> None:
        """Stop the heartbeat and close the client this context created."""
        self.stop_heartbeat()
        if self._owns_client:
            self.client.close()

    def __enter__(self) -> RunContext:
        self._enter(self)
        self.start_heartbeat()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.stop_heartbeat()
            if exc is not None and isinstance(exc, Exception) and not self.finished:
                try:
                    self.fail(exc)
                except Exception as fail_exc:  # the handler's own error is the one to surface
                    self.logger.error("could not mark the run failed: %s", fail_exc)
            elif exc is None and not self.finished:
                self._flush_progress()
        finally:
            self._leave()
            if self._owns_client:
                self.client.close()


def run_handler(
    fn: Callable[[RunContext, Any], R],
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    *,
    payload: Any = MISSING,
    base_url: str | None = None,
    **kwargs: Any,
) -> R:
    """Run a handler for one dispatch: ``RunContext.from_headers(headers).run(fn)``.

    Pass ``payload=`` (the dispatch body, parsed) to save fetching it.
    """
    ctx = RunContext.from_headers(headers, base_url, payload=payload, **kwargs)
    return ctx.run(fn)
