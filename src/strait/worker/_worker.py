"""``Worker``: runs job handlers as a private Strait worker over gRPC (worker mode).

One asyncio loop owns the stream to ``WorkerService.StreamTasks``: it registers, reads
``TaskAssignment`` / ``CancelTask`` messages, and writes heartbeats, log lines and one
``TaskResult`` per assignment through a single writer. Async handlers run as tasks on
that loop, sync handlers in a thread pool; a semaphore keeps at most ``concurrency``
handlers running. What the server checks, and so what is sent (all from the server's
``internal/api/grpc``):

* the first message is the registration; the server answers ``Acknowledged{id: worker_id}``
  after it has reconciled the registration's ``in_flight_tasks``;
* a result is accepted only with the assignment's ``assignment_id`` and ``attempt``, from
  the ``worker_id`` it was assigned to (so a reconnect re-registers under the same id);
* a worker's ``Acknowledged{id: run_id}`` marks an assignment accepted;
* log lines are accepted only for runs still open for this worker (so they are written
  before the run's result);
* results finished while the stream was down are reported once, as ``in_flight_tasks``
  (``completed`` / ``failed`` / ``abandoned``) of the next registration.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import grpc
import grpc.aio

from strait import _tracing
from strait._backoff import Backoff
from strait._errors import (
    SignatureVerificationError,
    StraitError,
    ValidationError,
    WorkerAuthError,
    WorkerRejectedError,
)
from strait._limits import GRPC_MAX_RECEIVE_BYTES, MAX_IN_FLIGHT_TASKS, MAX_LOG_MESSAGE_BYTES
from strait._signing import verify_signature
from strait._version import __version__

from ._async import AsyncRunContext
from ._core import error_text
from ._jobs import JobHandler, Jobs, decode_payload, encode_result, job_handlers
from ._proto import worker_pb2 as pb
from ._proto import worker_pb2_grpc as pb_grpc
from ._settings import WorkerSettings, resolve_worker_settings
from ._sync import RunContext

__all__ = ["RunReport", "Worker", "WorkerAuthError", "WorkerRejectedError"]

logger = logging.getLogger("strait.worker")

DEFAULT_HEARTBEAT_INTERVAL = 10.0  # the server expires a worker after 30 s without one
DEFAULT_DRAIN_TIMEOUT = 30.0
MAX_AUTH_FAILURES = 3
MAX_OUTPUT_BYTES = GRPC_MAX_RECEIVE_BYTES - 4096  # room for the TaskResult's other fields
MAX_LOG_BYTES = MAX_LOG_MESSAGE_BYTES  # the server truncates longer log messages
MAX_IN_FLIGHT = MAX_IN_FLIGHT_TASKS  # the server refuses registrations reporting more
_KEEPALIVE = (("grpc.keepalive_time_ms", 30_000), ("grpc.keepalive_timeout_ms", 10_000))


@dataclass(frozen=True)
class RunReport:
    """One finished run, as the worker reported it."""

    run_id: str
    job_slug: str
    outcome: str  # completed | failed | abandoned
    duration_ms: int
    error: str | None = None
    cancelled: bool = False


@dataclass
class _Outcome:
    """A finished run waiting to be reported (on the stream, or at the next registration)."""

    run_id: str
    assignment_id: str
    attempt: int
    status: str  # completed | failed | abandoned
    output: bytes
    error: str
    duration_ms: int
    job_slug: str = ""

    def task_result(self) -> pb.WorkerMessage:
        return pb.WorkerMessage(
            task_result=pb.TaskResult(
                run_id=self.run_id,
                status="success" if self.status == "completed" else "failed",
                output_json=self.output,
                error_message=self.error,
                duration_ms=self.duration_ms,
                assignment_id=self.assignment_id,
                attempt=self.attempt,
            )
        )

    def in_flight(self) -> pb.InFlightTask:
        return pb.InFlightTask(
            run_id=self.run_id,
            status=self.status,
            error_message=self.error,
            output_json=self.output,
            assignment_id=self.assignment_id,
            attempt=self.attempt,
        )


@dataclass(frozen=True, slots=True)
class _Ack:
    """Acknowledge an assignment (the server marks it accepted) unless its result is
    already on the way: under load a run often finishes before the writer reaches its
    ack, and the result says more than the ack would."""

    assignment_id: str
    run_id: str


@dataclass
class _Run:
    assignment: pb.TaskAssignment
    handler: JobHandler
    ctx: RunContext | AsyncRunContext | None = None
    task: asyncio.Task[None] | None = None
    started: float = field(default_factory=time.monotonic)
    cancel_reason: str | None = None
    abandoned: bool = False
    terminal: tuple[str, Any] | None = None  # ctx.complete() / ctx.fail() in the handler
    timer: asyncio.TimerHandle | None = None


class _Sink:
    """Where a run context's log lines and explicit complete/fail go in worker mode."""

    __slots__ = ("run", "worker")

    def __init__(self, worker: Worker, run: _Run) -> None:
        self.worker = worker
        self.run = run

    def log(self, level: str, message: str, data: Any) -> bool:
        if data is not None:
            message = f"{message} {json.dumps(data, default=str)}"
        msg = pb.WorkerMessage(
            log_line=pb.LogLine(
                run_id=self.run.assignment.run_id,
                level=level,
                message=message.encode()[:MAX_LOG_BYTES].decode(errors="ignore"),
                timestamp_unix_ms=int(time.time() * 1000),
            )
        )
        self.worker._send_threadsafe(msg)
        return True

    def finish(self, outcome: str, value: Any) -> None:
        self.run.terminal = (outcome, value)


class Worker:
    """Runs job handlers as a private Strait worker: connects out to Strait over gRPC,
    takes runs from its queues and reports their results.

    ::

        from strait.authoring import JobOptions, define_job
        from strait.worker import Worker

        def train(ctx, payload):
            ctx.log("training")                  # streamed to Strait as a LogLine
            ctx.progress(50)                     # REST, with the run token
            return {"accuracy": 0.93}            # the run's result

        job = define_job(JobOptions(name="Train", slug="train", project_id="proj_1",
                                    execution_mode="worker", queue_name="ml"), handler=train)
        Worker([job], concurrency=4).run()       # until SIGTERM / SIGINT

    Handlers take ``(ctx, payload)``; ``async def`` handlers run on the worker's event loop
    with an :class:`AsyncRunContext`, others in a thread pool with a :class:`RunContext`.
    Settings not given fall back to ``STRAIT_*`` environment variables, then ``strait.json``
    (see :func:`strait.worker._settings.resolve_worker_settings`).

    Args:
        jobs: ``define_job(..., handler=fn)`` definitions, or a ``{slug: fn}`` mapping.
        queues: queues to drain (default ``worker.queue_name``, else the jobs' queues, else
            ``"default"``).
        concurrency: runs executed at once (default ``worker.concurrency``, else 10).
        api_key: a project API key with the ``workers:connect`` scope (``STRAIT_API_KEY``).
        grpc_url: ``grpcs://host:port`` (TLS) or ``grpc://host:port``; default: the base
            URL's host on port 50051, TLS unless the base URL is ``http://``.
        base_url: the REST API the run contexts call (``STRAIT_BASE_URL``).
        name, worker_id, project_id: as registered (``worker_id`` is generated once per
            process and kept across reconnects).
        signing_secret: verify each assignment's HMAC signature with this secret.
        heartbeat_interval: seconds between heartbeats (default 10; the server's timeout is 30).
        drain_timeout: on stop, seconds in-flight runs get to finish before they are
            reported abandoned.
        reconnect_initial, reconnect_max: reconnect backoff (doubling, jittered, capped).
        max_auth_failures: consecutive credential refusals before :class:`WorkerAuthError`.
        on_run: called with a :class:`RunReport` once each run is reported.
        root_certificates: PEM bytes to trust instead of the system roots (TLS only).
        config: the ``strait.json`` to read (default: one in the working directory, if any).
        tracing: run each handler in an OpenTelemetry CONSUMER span, and trace its run
            context's calls, when ``opentelemetry-api`` is installed; False turns both off.
    """

    def __init__(
        self,
        jobs: Jobs,
        *,
        queues: Sequence[str] | str | None = None,
        concurrency: int | None = None,
        api_key: str | None = None,
        grpc_url: str | None = None,
        base_url: str | None = None,
        name: str | None = None,
        worker_id: str | None = None,
        project_id: str | None = None,
        signing_secret: str | None = None,
        heartbeat_interval: float = DEFAULT_HEARTBEAT_INTERVAL,
        drain_timeout: float = DEFAULT_DRAIN_TIMEOUT,
        reconnect_initial: float = 0.5,
        reconnect_max: float = 60.0,
        max_auth_failures: int = MAX_AUTH_FAILURES,
        on_run: Callable[[RunReport], None] | None = None,
        root_certificates: bytes | None = None,
        config: str | None = None,
        metadata: dict[str, str] | None = None,
        tracing: bool = True,
    ) -> None:
        self.handlers = job_handlers(jobs)
        self.tracing = bool(tracing)
        self.settings: WorkerSettings = resolve_worker_settings(
            api_key=api_key,
            base_url=base_url,
            grpc_url=grpc_url,
            queues=queues,
            concurrency=concurrency,
            worker_id=worker_id,
            name=name,
            project_id=project_id,
            signing_secret=signing_secret,
            job_queues=[h.queue for h in self.handlers.values() if h.queue],
            config=config,
        )
        for value, label in ((heartbeat_interval, "heartbeat_interval"), (drain_timeout, "drain_timeout")):
            if not isinstance(value, (int, float)) or value <= 0:
                raise StraitError(f"{label} must be a number of seconds > 0, got {value!r}")
        if heartbeat_interval >= 30:
            logger.warning(
                "heartbeat_interval %.0fs is not inside the server's 30 s timeout", heartbeat_interval
            )
        self.heartbeat_interval = float(heartbeat_interval)
        self.drain_timeout = float(drain_timeout)
        self.reconnect_initial = float(reconnect_initial)
        self.reconnect_max = float(reconnect_max)
        self.max_auth_failures = max(1, int(max_auth_failures))
        self.on_run = on_run
        self.metadata = {"sdk": "strait-python", **(metadata or {})}
        _check_registration_limits(self.handlers, self.metadata)
        self._root_certificates = root_certificates
        self._runs: dict[str, _Run] = {}  # by assignment id
        self._unreported: dict[str, _Outcome] = {}  # by assignment id
        self._outbox: asyncio.Queue[pb.WorkerMessage | str | _Ack] | None = (
            None  # str: an assignment id to report
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None
        self._stop: asyncio.Event | None = None
        self._slots: asyncio.Semaphore | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._draining = False
        self.connected = False
        self.registrations = 0
        self._registered_this_try = False
        self._stop_requested = False
        self._task: asyncio.Task[None] | None = None

    # -- public control ------------------------------------------------------

    @property
    def worker_id(self) -> str:
        return self.settings.worker_id

    @property
    def slots_available(self) -> int:
        """Free slots as reported to the server: 0 while draining."""
        if self._draining:
            return 0
        return max(0, self.settings.concurrency - len(self._runs))

    def run(self) -> None:
        """Run until SIGTERM / SIGINT (then drain and return), or raise
        :class:`WorkerAuthError` / :class:`WorkerRejectedError`."""
        asyncio.run(self.arun(handle_signals=True))

    async def arun(self, *, handle_signals: bool = False) -> None:
        """Run on the current event loop until :meth:`stop` (or a signal, with
        ``handle_signals``); in-flight runs are drained before it returns."""
        loop = asyncio.get_running_loop()
        self._loop, self._loop_thread = loop, threading.get_ident()
        self._stop = asyncio.Event()
        self._draining = False
        if self._stop_requested:  # stop() came before the loop started
            self._stop.set()
        self._slots = asyncio.Semaphore(self.settings.concurrency)
        self._pool = ThreadPoolExecutor(self.settings.concurrency, thread_name_prefix="strait-run")
        installed: list[signal.Signals] = []
        if handle_signals:
            for sig in (signal.SIGTERM, signal.SIGINT):
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(sig, self.stop)
                    installed.append(sig)
        channel = self._channel()
        try:
            await self._connect_loop(channel)
        finally:
            for sig in installed:
                loop.remove_signal_handler(sig)
            leftover = [run.task for run in self._runs.values() if run.task is not None]
            for task in leftover:
                task.cancel()
            await asyncio.gather(*leftover, return_exceptions=True)
            await channel.close()
            self._pool.shutdown(wait=False, cancel_futures=True)

    def stop(self) -> None:
        """Stop taking work, let in-flight runs finish (up to ``drain_timeout``), report
        the rest abandoned, then return from :meth:`run` / :meth:`arun`. Thread-safe."""
        self._stop_requested = True
        loop, event = self._loop, self._stop
        if loop is None or event is None:
            return
        if threading.get_ident() == self._loop_thread:
            self._begin_stop()
        else:
            loop.call_soon_threadsafe(self._begin_stop)

    async def __aenter__(self) -> Worker:
        """``async with Worker(...):`` runs the worker in the background of the block."""
        self._stop_requested = False
        self._task = asyncio.create_task(self.arun(), name="strait-worker")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Stop (draining in-flight runs) and wait; errors of the worker are raised here."""
        self.stop()
        if self._task is not None:
            task, self._task = self._task, None
            await task

    def _begin_stop(self) -> None:
        assert self._stop is not None
        if not self._stop.is_set():
            logger.info("worker %s: stopping, draining %d run(s)", self.worker_id, len(self._runs))
            self._draining = True
            self._send(self._heartbeat())  # 0 free slots from now on
            self._stop.set()

    # -- connection ----------------------------------------------------------

    def _channel(self) -> grpc.aio.Channel:
        target = self.settings.target
        if target.tls:
            creds = grpc.ssl_channel_credentials(root_certificates=self._root_certificates)
            return grpc.aio.secure_channel(target.address, creds, options=_KEEPALIVE)
        return grpc.aio.insecure_channel(target.address, options=_KEEPALIVE)

    def _backoff(self, attempt: int) -> float:
        return Backoff(self.reconnect_initial, self.reconnect_max, jitter=0.5).delay(attempt)

    async def _connect_loop(self, channel: grpc.aio.Channel) -> None:
        assert self._stop is not None
        stub = pb_grpc.WorkerServiceStub(channel)
        attempt = 0
        auth_failures = 0
        while not self._stop.is_set():
            try:
                await self._session(stub)
                error: grpc.aio.AioRpcError | None = None
            except grpc.aio.AioRpcError as exc:
                error = exc
            except (asyncio.InvalidStateError, grpc.aio.UsageError) as exc:  # wrote to a finished call
                error = _stream_closed(f"stream ended: {exc}")
            if self._stop.is_set():
                break
            if self._registered_this_try:
                attempt, auth_failures = 0, 0
            if error is not None:
                auth_failures += self._check_fatal(error, auth_failures)
                logger.warning("worker %s: stream lost (%s); reconnecting", self.worker_id, _describe(error))
            else:
                logger.warning("worker %s: the server closed the stream; reconnecting", self.worker_id)
            delay = self._backoff(attempt)
            attempt += 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), delay)
        await self._drain()
        if self._unreported:
            await self._final_report(stub)

    def _check_fatal(self, error: grpc.aio.AioRpcError, auth_failures: int) -> int:
        """Raise when ``error`` means retrying cannot help; else 1 for a refused credential
        (retried a few times: a key may be mid-rotation) and 0 for anything else."""
        code = error.code()
        details = error.details() or ""
        name = code.name.lower() if code is not None else "unknown"
        denied = code == grpc.StatusCode.PERMISSION_DENIED
        throttled = code == grpc.StatusCode.RESOURCE_EXHAUSTED and "authentication" in details
        refused = code == grpc.StatusCode.UNAUTHENTICATED or (
            code == grpc.StatusCode.UNKNOWN and "api key" in details  # revoked / expired mid-stream
        )
        if denied or throttled or (refused and auth_failures + 1 >= self.max_auth_failures):
            if denied:
                hint = "give the API key the workers:connect scope"
            elif throttled:
                hint = (
                    "the server is blocking this address after repeated failed logins; fix the key and wait"
                )
            else:
                hint = (
                    f"set STRAIT_API_KEY to a live project key with the workers:connect scope "
                    f"(refused {auth_failures + 1} times in a row)"
                )
            raise WorkerAuthError(
                f"Strait refused the worker's API key ({name}: {details or 'no details'}); {hint}",
                status=403 if denied else 429 if throttled else 401,
                code=name,
            )
        if refused:
            return 1
        if code in (grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.ALREADY_EXISTS):
            raise WorkerRejectedError(
                f"Strait refused the worker's registration ({name}: {details})", code=name
            )
        return 0

    def _registration(self, reported: list[_Outcome], slots: int | None = None) -> pb.WorkerMessage:
        s = self.settings
        return pb.WorkerMessage(
            registration=pb.WorkerRegistration(
                worker_id=s.worker_id,
                name=s.name,
                queues=list(s.queues),
                job_slugs=list(self.handlers),
                sdk_version=__version__,
                sdk_language="python",
                hostname=_hostname(),
                slots_total=s.concurrency,
                slots_available=self.slots_available if slots is None else slots,
                in_flight_tasks=[o.in_flight() for o in reported],
                metadata=self.metadata,
            )
        )

    def _call(self, stub: pb_grpc.WorkerServiceStub) -> Any:
        auth = (("authorization", f"Bearer {self.settings.api_key}"),)
        return stub.StreamTasks(metadata=auth)  # type: ignore[call-arg]

    async def _register(self, call: Any, slots: int | None = None) -> None:
        """Send the registration (reporting what finished while disconnected) and wait for
        the server's acknowledgement; the reported outcomes are then delivered."""
        reported = list(self._unreported.values())[:MAX_IN_FLIGHT]
        try:
            await call.write(self._registration(reported, slots))
        except asyncio.InvalidStateError:  # the server ended the call first (e.g. refused the key)
            code, details = await call.code(), await call.details()
            empty = grpc.aio.Metadata()
            raise grpc.aio.AioRpcError(code, empty, empty, details=details) from None
        first = await call.read()
        if first is grpc.aio.EOF:
            raise _stream_closed()
        if first.WhichOneof("payload") != "ack":
            raise _stream_closed(f"expected the registration ack first, got {first.WhichOneof('payload')}")
        for outcome in reported:
            if self._unreported.get(outcome.assignment_id) is outcome:
                del self._unreported[outcome.assignment_id]
                self._reported(outcome)
        self.registrations += 1

    async def _session(self, stub: pb_grpc.WorkerServiceStub) -> None:
        """One stream: register, then read and write until it ends."""
        self._registered_this_try = False
        call = self._call(stub)
        try:
            await self._register(call)
            self._registered_this_try = True
            outbox: asyncio.Queue[pb.WorkerMessage | str | _Ack] = asyncio.Queue()
            self._outbox = outbox
            self.connected = True
            logger.info(
                "worker %s: registered (queues %s, %d slot(s))",
                self.worker_id,
                ",".join(self.settings.queues),
                self.settings.concurrency,
            )
            for assignment_id in list(self._unreported):  # finished between registration and ack
                outbox.put_nowait(assignment_id)
            tasks = [
                asyncio.create_task(self._read_loop(call), name="strait-worker-read"),
                asyncio.create_task(self._write_loop(call, outbox), name="strait-worker-write"),
            ]
            beat = asyncio.create_task(self._beat_loop(), name="strait-worker-heartbeat")
            assert self._stop is not None
            stopper = asyncio.create_task(self._stop.wait(), name="strait-worker-stop")
            done, _ = await asyncio.wait([*tasks, stopper], return_when=asyncio.FIRST_COMPLETED)
            if stopper in done:  # drain on the live stream, then close it
                await self._drain()
                await self._flush(outbox)
                with contextlib.suppress(Exception):
                    await call.done_writing()
            for task in (*tasks, beat, stopper):
                task.cancel()
            results = await asyncio.gather(*tasks, beat, stopper, return_exceptions=True)
            for result in results[:2]:
                if isinstance(result, grpc.aio.AioRpcError):
                    raise result
                if isinstance(result, Exception):
                    raise _stream_closed(f"stream failed: {result!r}")
            if stopper not in done:
                raise _stream_closed()
        finally:
            self.connected = False
            self._outbox = None
            call.cancel()

    async def _read_loop(self, call: Any) -> None:
        while True:
            msg = await call.read()
            if msg is grpc.aio.EOF:
                return
            kind = msg.WhichOneof("payload")
            if kind == "task_assignment":
                self._assign(msg.task_assignment)
            elif kind == "cancel_task":
                self._cancel(msg.cancel_task.run_id, msg.cancel_task.reason or "cancelled by Strait")

    async def _write_loop(self, call: Any, outbox: asyncio.Queue[pb.WorkerMessage | str | _Ack]) -> None:
        while True:
            item = await outbox.get()
            if isinstance(item, _Ack):
                if item.assignment_id in self._runs and item.assignment_id not in self._unreported:
                    await call.write(pb.WorkerMessage(ack=pb.Acknowledged(id=item.run_id)))
            elif isinstance(item, str):  # a finished run: report it unless already reported
                outcome = self._unreported.get(item)
                if outcome is None:
                    outbox.task_done()
                    continue
                await call.write(outcome.task_result())
                if self._unreported.get(item) is outcome:
                    del self._unreported[item]
                    self._reported(outcome)
            else:
                await call.write(item)
            outbox.task_done()

    async def _flush(self, outbox: asyncio.Queue[pb.WorkerMessage | str | _Ack]) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(outbox.join(), 5.0)

    async def _beat_loop(self) -> None:
        while True:
            await asyncio.sleep(self.heartbeat_interval)
            self._send(self._heartbeat())

    def _heartbeat(self) -> pb.WorkerMessage:
        return pb.WorkerMessage(
            heartbeat=pb.Heartbeat(slots_available=self.slots_available, timestamp_unix=int(time.time()))
        )

    def _send(self, msg: pb.WorkerMessage | str | _Ack) -> None:
        if self._outbox is not None:
            self._outbox.put_nowait(msg)

    def _send_threadsafe(self, msg: pb.WorkerMessage) -> None:
        if threading.get_ident() == self._loop_thread:
            self._send(msg)
        elif self._loop is not None:
            self._loop.call_soon_threadsafe(self._send, msg)

    async def _final_report(self, stub: pb_grpc.WorkerServiceStub) -> None:
        """Stopped while disconnected: one last registration (0 free slots) reports the
        runs that finished or were abandoned, then the stream is closed."""
        call = self._call(stub)
        try:
            await asyncio.wait_for(self._register(call, slots=0), 10.0)
            with contextlib.suppress(Exception):
                await call.done_writing()
        except (grpc.aio.AioRpcError, TimeoutError) as exc:
            logger.error(
                "worker %s: could not report %d finished run(s) before exiting: %s",
                self.worker_id,
                len(self._unreported),
                exc,
            )
        finally:
            call.cancel()

    # -- runs ----------------------------------------------------------------

    def _assign(self, assignment: pb.TaskAssignment) -> None:
        handler = self.handlers.get(assignment.job_slug)
        self._send(_Ack(assignment.assignment_id, assignment.run_id))
        run = _Run(assignment, handler or JobHandler(assignment.job_slug, _no_handler, False))
        if self._draining:
            self._finish(run, "failed", b"", "worker is shutting down; the run was not started")
            return
        if handler is None:
            self._finish(run, "failed", b"", f"this worker has no handler for job {assignment.job_slug!r}")
            return
        self._runs[assignment.assignment_id] = run
        run.task = asyncio.create_task(self._execute(run), name=f"strait-run-{assignment.run_id}")
        if assignment.timeout_secs > 0 and self._loop is not None:
            # The server cancels at the job's timeout too, but cannot while the stream is down.
            reason = f"timed out after {assignment.timeout_secs}s (the job's timeout_secs)"
            run.timer = self._loop.call_later(
                assignment.timeout_secs, self._cancel, assignment.run_id, reason
            )

    def _cancel(self, run_id: str, reason: str) -> None:
        for run in self._runs.values():
            if run.assignment.run_id == run_id and run.cancel_reason is None:
                run.cancel_reason = reason
                if run.ctx is not None:
                    run.ctx._cancelled = True
                if run.handler.is_async and run.task is not None:
                    run.task.cancel()

    def _context(self, run: _Run) -> RunContext | AsyncRunContext:
        a = run.assignment
        base_url = self.settings.base_url
        cls: Any = AsyncRunContext if run.handler.is_async else RunContext

        def make_client() -> Any:
            if not a.run_token_jwt:
                raise StraitError(
                    f"assignment for run {a.run_id} carries no run token: REST calls are unavailable"
                )
            from strait._client import AsyncClient, Client

            client_cls = AsyncClient if run.handler.is_async else Client
            return client_cls(
                base_url=base_url,
                run_token=a.run_token_jwt,
                project_id=self.settings.project_id,
                tracing=self.tracing,
            )

        ctx: RunContext | AsyncRunContext = cls._for_worker(
            token=None,  # run id and attempt come from the assignment; the token is for REST only
            run_id=a.run_id,
            attempt=a.attempt or None,
            job_id=None,
            payload=None,
            project_id=self.settings.project_id,
            make_client=make_client,
            sink=_Sink(self, run),
        )
        ctx._dispatch = _tracing.dispatched(a.metadata, "consumer", a.job_slug, enabled=self.tracing)
        return ctx

    async def _execute(self, run: _Run) -> None:
        assert self._slots is not None
        try:
            async with self._slots:
                run.started = time.monotonic()
                status, output, error = await self._attempt(run)
        except asyncio.CancelledError:
            if run.abandoned:
                status, output, error = "abandoned", b"", self._abandoned_text()
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
        if self._runs.pop(run.assignment.assignment_id, None) is not None:
            self._finish(run, status, output, error)

    def _abandoned_text(self) -> str:
        return (
            f"abandoned: the worker stopped before the run finished (drain timeout {self.drain_timeout:g}s)"
        )

    async def _attempt(self, run: _Run) -> tuple[str, bytes, str]:
        """Run the handler; the run's (status, output, error)."""
        a = run.assignment
        if self.settings.signing_secret and a.hmac_signature:
            try:
                verify_signature(
                    a.payload_json,
                    {"X-Strait-Signature": a.hmac_signature, "X-Strait-Timestamp": a.hmac_timestamp},
                    self.settings.signing_secret,
                )
            except SignatureVerificationError as exc:
                return "failed", b"", f"assignment signature rejected: {exc}"
        try:
            payload = decode_payload(a.payload_json)
        except ValueError as exc:
            return "failed", b"", f"the payload is not JSON: {exc}"
        ctx = run.ctx = self._context(run)
        ctx._payload = payload
        if run.cancel_reason is not None:
            return "failed", b"", f"cancelled: {run.cancel_reason}"
        try:
            if run.handler.is_async:
                result = await self._call_async(run, ctx, payload)
            else:
                assert self._loop is not None and self._pool is not None
                result = await self._loop.run_in_executor(
                    self._pool, _call_sync, run.handler.fn, ctx, payload
                )
        except Exception as exc:
            if run.cancel_reason is not None:
                return ("failed", b"", f"cancelled: {run.cancel_reason}")
            return "failed", b"", error_text(exc)
        if run.cancel_reason is not None:
            return ("failed", b"", f"cancelled: {run.cancel_reason}")
        if run.terminal is not None and run.terminal[0] == "failed":
            return "failed", b"", str(run.terminal[1])
        value = run.terminal[1] if run.terminal is not None else result
        try:
            output = encode_result(value)
        except (TypeError, ValueError) as exc:
            return "failed", b"", f"the result is not JSON-serializable: {exc}"
        if len(output) > MAX_OUTPUT_BYTES:
            return "failed", b"", f"the result is {len(output)} bytes of JSON; Strait accepts at most 1 MiB"
        return "completed", output, ""

    async def _call_async(self, run: _Run, ctx: Any, payload: Any) -> Any:
        ctx._enter(ctx)
        try:
            return await run.handler.fn(ctx, payload)
        except BaseException as exc:
            ctx._span.fail(exc)
            raise
        finally:
            ctx._leave()

    def _finish(self, run: _Run, status: str, output: bytes, error: str) -> None:
        a = run.assignment
        duration = int((time.monotonic() - run.started) * 1000)
        outcome = _Outcome(
            a.run_id, a.assignment_id, a.attempt, status, output, error[:8192], duration, a.job_slug
        )
        self._unreported[a.assignment_id] = outcome
        self._send(a.assignment_id)

    def _reported(self, outcome: _Outcome) -> None:
        if self.on_run is not None:
            run_report = RunReport(
                run_id=outcome.run_id,
                job_slug=outcome.job_slug,
                outcome=outcome.status,
                duration_ms=outcome.duration_ms,
                error=outcome.error or None,
                cancelled=outcome.error.startswith("cancelled"),
            )
            try:
                self.on_run(run_report)
            except Exception:
                logger.exception("on_run callback failed")

    async def _drain(self) -> None:
        """Wait up to ``drain_timeout`` for running handlers, then abandon the rest: their
        tasks are cancelled (a sync handler's thread cannot be stopped: it sees
        ``ctx.cancelled`` and whatever it returns later is ignored)."""
        self._draining = True
        tasks = [r.task for r in self._runs.values() if r.task is not None]
        if not tasks:
            return
        _, pending = await asyncio.wait(tasks, timeout=self.drain_timeout)
        for run in list(self._runs.values()):
            if run.task in pending:
                run.abandoned = True
                if run.ctx is not None:
                    run.ctx._cancelled = True
                run.task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


def _check_registration_limits(handlers: dict[str, JobHandler], metadata: dict[str, str]) -> None:
    """What the server's validateRegistration refuses, refused here with a clearer error."""
    if len(handlers) > 256 or any(len(slug.encode()) > 128 for slug in handlers):
        raise ValidationError(
            "a worker registers at most 256 jobs, with slugs of at most 128 bytes", field="jobs"
        )
    if len(metadata) > 64 or any(
        not k.strip() or len(k.encode()) > 64 or not isinstance(v, str) or len(v.encode()) > 512
        for k, v in metadata.items()
    ):
        raise ValidationError(
            "metadata holds at most 64 string entries (keys 1-64 bytes, values up to 512 bytes)",
            field="metadata",
        )


def _call_sync(fn: Callable[..., Any], ctx: RunContext | AsyncRunContext, payload: Any) -> Any:
    ctx._enter(ctx)
    try:
        return fn(ctx, payload)
    except BaseException as exc:
        ctx._span.fail(exc)
        raise
    finally:
        ctx._leave()


def _no_handler(ctx: Any, payload: Any) -> None:  # pragma: no cover - never called
    return None


def _hostname() -> str:
    import socket

    return socket.gethostname()[:255]


def _describe(error: grpc.aio.AioRpcError) -> str:
    code = error.code()
    return f"{code.name if code is not None else 'UNKNOWN'}: {error.details() or ''}".strip()


def _stream_closed(details: str = "stream closed by the server") -> grpc.aio.AioRpcError:
    return grpc.aio.AioRpcError(
        grpc.StatusCode.UNAVAILABLE, grpc.aio.Metadata(), grpc.aio.Metadata(), details=details
    )
