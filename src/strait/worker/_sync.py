"""``RunContext``: runs the shared run-context methods (:mod:`strait.worker._context`)
blocking, through a :class:`strait.Client` authenticated with the run token, with a
thread for the optional heartbeat."""

from __future__ import annotations

import contextvars
import inspect
import threading
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, TypeVar

from strait._client import Client
from strait._errors import ValidationError

from ._context import Checkpoints, RunOperations, Sdk, Step, StopBeat
from ._core import MISSING, heartbeat_should_stop
from ._jobs import is_async_handler

__all__ = ["RunContext", "run_handler"]

R = TypeVar("R")


class RunContext(RunOperations[Client]):
    """What a job handler uses to talk to Strait about its run.

    ::

        from strait.worker import RunContext

        def endpoint(request):                      # Strait POSTs the payload here
            with RunContext.from_headers(request.headers, body=request.body, heartbeat_interval=30) as ctx:
                ctx.log("starting")
                for i, item in enumerate(items):
                    ctx.progress(100 * i / len(items))
                ctx.complete({"processed": len(items)})

    Leaving the ``with`` block stops the heartbeat and, if the block raised, fails the
    run with the exception (exactly once). :meth:`run` also completes with the
    handler's return value. In worker mode (:class:`strait.worker.Worker`) the worker
    builds the context from the assignment's run token.

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

    _client_class = Client

    def _init_driver(self) -> None:
        self._beat_stop = threading.Event()
        self._beat_thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _perform(self, step: Step) -> object:
        if self._backend is not None and not isinstance(step, StopBeat):
            return self._backend(step)
        if isinstance(step, Sdk):
            return getattr(self.client.sdk_runs, step.name)(*step.args)
        if isinstance(step, Checkpoints):
            return self.client.runs.list_checkpoints(self.run_id, limit=1)
        assert isinstance(step, StopBeat)
        self.stop_heartbeat()
        return None

    # -- heartbeat and lifecycle ------------------------------------------

    def start_heartbeat(self) -> None:
        """Start the heartbeat thread (done by ``with`` and :meth:`run` when an interval is set)."""
        interval = self.heartbeat_interval
        with self._lock:
            if interval is None or self._beat_thread is not None or self.finished:
                return
            self._beat_stop.clear()
            self._beat_thread = threading.Thread(
                # in the handler's context: its heartbeats are spans under the handler's span
                target=contextvars.copy_context().run,
                args=(self._beat_loop, interval),
                name=f"strait-heartbeat-{self.run_id}",
                daemon=True,
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
        finished the run or parked it with :meth:`wait_for_event`.

        Raises:
            ValidationError: ``fn`` is an ``async def`` handler: run it with an
                :class:`AsyncRunContext` (``await ctx.run(fn)``; in tests
                ``strait.testing.create_async_test_context``).
        """
        if is_async_handler(fn):
            raise _async_handler_error(fn)
        with self:
            result = fn(self, self.payload())
            if inspect.iscoroutine(result):  # e.g. a lambda around an async handler
                result.close()
                raise _async_handler_error(fn)
            if self._should_auto_complete():
                self.complete(result)
            return result

    def close(self) -> None:
        """Stop the heartbeat and close the client this context created."""
        self.stop_heartbeat()
        if self._owns_client and self._client is not None:
            self._client.close()

    def __enter__(self) -> RunContext:
        self._enter()
        self.start_heartbeat()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is not None:
            self._span.fail(exc)
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
            if self._owns_client and self._client is not None:
                self._client.close()


def _async_handler_error(fn: object) -> ValidationError:
    name = getattr(fn, "__qualname__", None) or type(fn).__qualname__
    return ValidationError(
        f"{name} is an async handler, and this RunContext runs sync ones: use an AsyncRunContext and "
        "`await ctx.run(fn)` (in tests: `ctx, record = strait.testing.create_async_test_context(...)`; "
        "in an endpoint: `await arun_handler(fn, ...)`)",
        field="fn",
        source="argument",
    )


def run_handler(
    fn: Callable[[RunContext, Any], R],
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    *,
    payload: Any = MISSING,
    base_url: str | None = None,
    **kwargs: Any,
) -> R:
    """Run a handler for one dispatch: ``RunContext.from_headers(headers).run(fn)``.

    Pass ``body=`` (the raw request body): it is the payload, and the request's signature
    over it is verified whenever a secret is configured (``signing_secret=``, else
    ``STRAIT_SIGNING_SECRET``). ``verify=False`` runs an unverified request on purpose
    (then ``payload=``, the parsed body, saves fetching it).
    """
    ctx = RunContext.from_headers(headers, base_url, payload=payload, **kwargs)
    return ctx.run(fn)
