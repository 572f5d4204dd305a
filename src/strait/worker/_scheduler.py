"""The worker's scheduler: runs assignments in slots, cancels them, and drains them.

Async handlers run as tasks on the worker's loop, sync handlers in a thread pool; at most
``concurrency`` handlers run at once. What it decides, from the server's rules
(``apps/strait/internal``):

* **Deadlines are the server's.** An assignment's ``timeout_secs`` is the job's timeout,
  but the server times a run out by its execution policy, where a workflow step's
  override wins (worker/executor_dispatch_policy.go:64-66, worker/executor_worker_mode.go:48-51),
  and then sends ``CancelTask`` (api/grpc/dispatch.go:363-365). So while the stream that
  brought a run is open, only the server's cancel stops it; the assignment's
  ``timeout_secs`` is a backstop for a run whose stream was lost (no cancel can come).
* **A cancelled run gives its slot back at once.** A sync handler cannot be stopped: it
  sees ``ctx.cancelled`` (and run-context calls raise), and if it keeps going it does so
  in a spare thread (the pool has ``concurrency`` spare threads), so the next run starts
  when its slot is free instead of waiting behind it and timing out unrun.
* **Nothing unfinished is reported.** A run still going when the drain ends is cancelled
  and left out of the ledger: closing the stream has the server requeue it without
  spending an attempt (store/workers.go:836-891), whereas a reported failure spends one
  (worker/executor_worker_result.go:23-29).
* **A handler runs as the HTTP adapters run it** (:mod:`._hosting`): an explicit
  ``ctx.fail()`` wins, the result is encoded as strict JSON within ``MAX_OUTPUT_BYTES``,
  a crash or failure is logged with its traceback; the context is driven only through
  its host protocol. Assignment signatures are verified on arrival, before a slot.
* **ctx.fail() is final**, as over REST and in HTTP mode (api/sdk_terminal.go:116-134): the
  worker records it with the run token (``POST /sdk/v1/runs/{id}/fail``) before it
  reports the result, since a ``TaskResult`` of ``failed`` is retried by the job's policy.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from strait import _tracing
from strait._client import AsyncClient, Client
from strait._errors import StraitError
from strait._limits import GRPC_MAX_RECEIVE_BYTES, MAX_LOG_MESSAGE_BYTES, cut_utf8
from strait._signing import SigningSecret
from strait._types import JSONInput

from . import _hosting
from ._async import AsyncRunContext
from ._jobs import JobHandler, decode_payload
from ._ledger import FinishedRun, Log
from ._proto import worker_pb2 as pb
from ._sync import RunContext

__all__ = ["MAX_OUTPUT_BYTES", "Scheduler"]

logger = logging.getLogger("strait.worker")
P = ParamSpec("P")
T = TypeVar("T")

#: The largest ``output_json``: the server receives at most 1 MiB per message
#: (api/grpc/server.go:184-191), less room for the ``TaskResult``'s other fields.
MAX_OUTPUT_BYTES = GRPC_MAX_RECEIVE_BYTES - 16 * 1024


@dataclass(eq=False)
class _Run:
    assignment: pb.TaskAssignment
    handler: JobHandler
    stream: int  # the stream that delivered it
    ctx: RunContext | AsyncRunContext | None = None
    task: asyncio.Task[None] | None = None
    started: float = field(default_factory=time.monotonic)
    cancel_reason: str | None = None
    left: bool = False  # left to the server to requeue: never reported
    timer: asyncio.TimerHandle | None = None
    in_thread: bool = False  # a sync handler is running in a pool thread
    straggling: bool = False  # ... and its run is over: it no longer holds a slot


class _RunThreads(Executor):
    """Threads for sync handlers, started as needed up to ``max_threads`` and reused.

    Unlike ``ThreadPoolExecutor`` (whose threads the interpreter joins at exit), they are
    daemon threads: a handler that ignores its cancellation does not keep the process
    from exiting once the worker has stopped (Strait requeues its run).
    """

    def __init__(self, max_threads: int, prefix: str) -> None:
        self._max = max_threads
        self._prefix = prefix
        self._work: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = 0
        self._lock = threading.Lock()

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        future: Future[T] = Future()

        def job() -> None:
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(fn(*args, **kwargs))
                except BaseException as exc:
                    future.set_exception(exc)

        self._work.put(job)
        if not self._idle.acquire(blocking=False):
            with self._lock:
                if self._threads < self._max:
                    self._threads += 1
                    name = f"{self._prefix}_{self._threads}"
                    threading.Thread(target=self._serve, name=name, daemon=True).start()
        return future

    def _serve(self) -> None:
        while (job := self._work.get()) is not None:
            job()
            del job  # the handler's arguments and result are not kept while idle
            self._idle.release()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Idle threads end; busy ones end after their handler returns."""
        with self._lock:
            count = self._threads
        for _ in range(count):
            self._work.put(None)


class Scheduler:
    """Runs assignments; calls ``on_finished`` with each result to report (on the loop)."""

    def __init__(
        self,
        *,
        concurrency: int,
        base_url: str | None,
        project_id: str | None,
        signing_secret: SigningSecret | None,
        on_finished: Callable[[FinishedRun], None],
        on_log: Callable[[Log], None],
        current_stream: Callable[[], int],
        tracing: bool = True,
    ) -> None:
        self.concurrency = concurrency
        self.base_url = base_url
        self.project_id = project_id
        self.signing_secret = signing_secret
        self._on_finished = on_finished
        self._on_log = on_log
        self._current_stream = current_stream
        self.tracing = tracing
        self.runs: dict[str, _Run] = {}  # by assignment id
        self.stragglers = 0  # sync handlers still running after their run was cancelled
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None
        self._slots: asyncio.Semaphore | None = None
        self._pool: _RunThreads | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        self._loop, self._loop_thread = asyncio.get_running_loop(), threading.get_ident()
        self._slots = asyncio.Semaphore(self.concurrency)
        # ``concurrency`` spare threads for handlers that ignore their cancellation.
        self._pool = _RunThreads(self.concurrency * 2, "strait-run")

    async def close(self) -> None:
        """Cancel whatever still runs (left to the server) and release the pool."""
        tasks = []
        for run in self.runs.values():
            run.left = True
            if run.task is not None:
                run.task.cancel()
                tasks.append(run.task)
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._pool is not None:
            self._pool.shutdown(wait=False)

    @property
    def busy(self) -> int:
        return len(self.runs)

    def emit_log(self, line: Log) -> None:
        if threading.get_ident() == self._loop_thread:
            self._on_log(line)
        elif self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop is closed: the worker is gone
                self._loop.call_soon_threadsafe(self._on_log, line)

    # -- assignments ---------------------------------------------------------------

    def assign(self, assignment: pb.TaskAssignment, handler: JobHandler) -> None:
        """Start an assignment, or refuse it at once when its signature does not verify:
        checked on arrival, before it waits for a slot, so that queueing does not eat the
        signature's tolerance."""
        refused = _hosting.verify_assignment(
            assignment.payload_json, assignment.hmac_signature, assignment.hmac_timestamp, self.signing_secret
        )
        if refused is not None:
            logger.error("run %s (%s): %s", assignment.run_id, assignment.job_slug, refused)
            self.refuse(assignment, refused)
            return
        run = _Run(assignment, handler, self._current_stream())
        self.runs[assignment.assignment_id] = run
        run.task = asyncio.create_task(self._execute(run), name=f"strait-run-{assignment.run_id}")
        if assignment.timeout_secs > 0 and self._loop is not None:
            run.timer = self._loop.call_later(assignment.timeout_secs, self._deadline, run)

    def refuse(self, assignment: pb.TaskAssignment, error: str) -> None:
        """Report an assignment failed without running it."""
        a = assignment
        self._on_finished(
            FinishedRun(a.run_id, a.assignment_id, a.attempt, "failed", b"", error, 0, a.job_slug)
        )

    def _deadline(self, run: _Run) -> None:
        run.timer = None
        if run.stream == self._current_stream():
            return  # the server times it out on this stream (with its own, possibly longer, deadline)
        self._cancel_run(run, f"timed out after {run.assignment.timeout_secs}s (the job's timeout_secs)")

    def stream_lost(self) -> None:
        """No ``CancelTask`` can reach runs of the lost stream: those past the assignment's
        ``timeout_secs`` stop now, the others when they reach it."""
        now = time.monotonic()
        for run in list(self.runs.values()):
            timeout = run.assignment.timeout_secs
            if run.timer is None and timeout > 0 and now - run.started >= timeout:
                self._cancel_run(run, f"timed out after {timeout}s (the job's timeout_secs)")

    def cancel(self, run_id: str, reason: str) -> None:
        for run in list(self.runs.values()):
            if run.assignment.run_id == run_id:
                self._cancel_run(run, reason)

    def _cancel_run(self, run: _Run, reason: str) -> None:
        if run.cancel_reason is not None:
            return
        run.cancel_reason = reason
        if run.ctx is not None:
            run.ctx._host_cancel()
        if run.task is not None:
            run.task.cancel()

    async def drain(self, timeout: float, stop_now: asyncio.Event | None = None) -> int:
        """Wait up to ``timeout`` for running handlers; cancel the rest without reporting
        them (the server requeues them when the stream closes). The number left."""
        tasks = [r.task for r in self.runs.values() if r.task is not None]
        if tasks:
            waits: list[asyncio.Future[Any]] = [asyncio.ensure_future(asyncio.wait(tasks, timeout=timeout))]
            if stop_now is not None:
                waits.append(asyncio.ensure_future(stop_now.wait()))
            try:
                await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            finally:  # also when the drain itself is cancelled
                for waiter in waits:
                    waiter.cancel()
        left = [run for run in self.runs.values() if run.task is not None and not run.task.done()]
        for run in left:
            run.left = True
            if run.ctx is not None:
                run.ctx._host_cancel()
            assert run.task is not None
            run.task.cancel()
        await asyncio.gather(*(r.task for r in left if r.task is not None), return_exceptions=True)
        return len(left)

    # -- running -----------------------------------------------------------------

    def _log_line(self, run_id: str, level: str, message: str, data: JSONInput) -> bool:
        """A run context's log line, sent over the stream (the sink's ``on_log``)."""
        if data is not None:
            message = f"{message} {json.dumps(data, default=str)}"
        line = pb.WorkerMessage(
            log_line=pb.LogLine(
                run_id=run_id,
                level=level,
                message=cut_utf8(message, MAX_LOG_MESSAGE_BYTES),
                timestamp_unix_ms=int(time.time() * 1000),
            )
        )
        self.emit_log(Log(line, run_id))
        return True

    def _context(self, run: _Run, payload: JSONInput) -> RunContext | AsyncRunContext:
        a = run.assignment
        base_url, project_id, tracing = self.base_url, self.project_id, self.tracing
        cls: Any = _hosting.context_class(run.handler)

        def make_client() -> Any:
            if not a.run_token_jwt:
                raise StraitError(
                    f"assignment for run {a.run_id} carries no run token: REST calls are unavailable"
                )
            if base_url is None:
                raise StraitError(
                    f"run {a.run_id}: this worker has no base URL for Strait's REST API; set "
                    "STRAIT_BASE_URL (or base_url=) so run-context calls can reach it"
                )
            client_cls = AsyncClient if run.handler.is_async else Client
            return client_cls(
                base_url=base_url, run_token=a.run_token_jwt, project_id=project_id, tracing=tracing
            )

        ctx: RunContext | AsyncRunContext = cls._for_worker(
            token=None,  # run id and attempt come from the assignment; the token is for REST only
            run_id=a.run_id,
            attempt=a.attempt or None,
            job_id=None,
            payload=payload,
            project_id=project_id,
            make_client=make_client,
            sink=_hosting.Sink(on_log=functools.partial(self._log_line, a.run_id)),
        )
        ctx._dispatch = _tracing.dispatched(a.metadata, "consumer", a.job_slug, enabled=tracing)
        return ctx

    async def _execute(self, run: _Run) -> None:
        assert self._slots is not None
        status, output, error = "failed", b"", ""
        try:
            async with self._slots:
                run.started = time.monotonic()
                status, output, error = await self._attempt(run)
        except asyncio.CancelledError:
            self._note_straggler(run)
            if run.left:
                pass
            elif run.cancel_reason is not None:
                status, output, error = "failed", b"", f"cancelled: {run.cancel_reason}"
            else:
                raise
        finally:
            if run.timer is not None:
                run.timer.cancel()
            client = run.ctx._client if run.ctx is not None else None
            if client is not None:
                with contextlib.suppress(Exception):
                    closed = client.close()
                    if asyncio.iscoroutine(closed):
                        await closed
        a = run.assignment
        if self.runs.pop(a.assignment_id, None) is not None and not run.left:
            duration = int((time.monotonic() - run.started) * 1000)
            self._on_finished(
                FinishedRun(a.run_id, a.assignment_id, a.attempt, status, output, error, duration, a.job_slug)
            )

    async def _attempt(self, run: _Run) -> tuple[str, bytes, str]:
        """Run the handler through :mod:`._hosting`; the run's (status, output, error)."""
        a = run.assignment
        try:
            payload = decode_payload(a.payload_json)
        except ValueError as exc:
            return "failed", b"", f"the payload is not JSON: {exc}"
        ctx = run.ctx = self._context(run, payload)
        if run.cancel_reason is not None:
            return "failed", b"", f"cancelled: {run.cancel_reason}"
        if isinstance(ctx, AsyncRunContext):
            outcome = await _hosting.execute_async(run.handler, ctx)
        else:
            assert self._loop is not None and self._pool is not None
            outcome = await self._loop.run_in_executor(self._pool, self._call_sync, run, ctx)
        if run.cancel_reason is not None:
            return "failed", b"", f"cancelled: {run.cancel_reason}"
        outcome = _hosting.encode_outcome(outcome, MAX_OUTPUT_BYTES)
        _hosting.log_outcome(outcome, a.run_id, a.job_slug)
        if outcome.status == "completed":
            return "completed", outcome.output, ""
        if outcome.code == "run_failed":
            await self._fail_for_good(run, outcome.error)
        return "failed", b"", outcome.error

    def _call_sync(self, run: _Run, ctx: RunContext) -> _hosting.Outcome:
        with self._lock:
            run.in_thread = True
        try:
            return _hosting.execute(run.handler, ctx)
        finally:
            with self._lock:
                run.in_thread = False
                if run.straggling:
                    self.stragglers -= 1

    def _note_straggler(self, run: _Run) -> None:
        """The run is over while its sync handler still runs: the slot is free again, and
        the thread is one of the pool's spares until the handler returns."""
        with self._lock:
            if not run.in_thread or run.straggling:
                return
            run.straggling = True
            self.stragglers += 1
            count = self.stragglers
        if count >= self.concurrency:
            logger.error(
                "%d sync handler(s) kept running after their run was cancelled; the worker has "
                "no spare thread left, so new runs wait for one of them to return",
                count,
            )
        else:
            logger.warning(
                "run %s (%s): the handler ignored its cancellation and is still running; its slot "
                "is free again and whatever it returns is ignored",
                run.assignment.run_id,
                run.assignment.job_slug,
            )

    async def _fail_for_good(self, run: _Run, text: str) -> None:
        """Record ``ctx.fail()`` as final with the run token, as REST and HTTP mode do."""
        a = run.assignment
        if not a.run_token_jwt or self.base_url is None:
            logger.warning(
                "run %s: ctx.fail() is reported as an attempt failure (the job's retry policy applies): %s",
                a.run_id,
                "the assignment has no run token" if not a.run_token_jwt else "set STRAIT_BASE_URL",
            )
            return
        try:
            async with AsyncClient(
                base_url=self.base_url, run_token=a.run_token_jwt, project_id=self.project_id
            ) as client:
                await client.sdk_runs.fail_run(a.run_id, {"error": text})
        except Exception as exc:
            logger.warning(
                "run %s: could not record ctx.fail() as final (%s); it is reported as an attempt "
                "failure, which the job's retry policy may retry",
                a.run_id,
                exc,
            )
