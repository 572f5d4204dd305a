"""``Worker``: runs job handlers as a private Strait worker over gRPC (worker mode).

The worker is three pieces on one asyncio loop: a session (:mod:`._session`: the channel
and one ``WorkerService.StreamTasks`` call at a time), a scheduler (:mod:`._scheduler`:
slots, cancellation, the drain) and a ledger (:mod:`._ledger`: results not yet reported
and the typed outbox). This module ties them together: it reconnects, decides which
stream errors are fatal, and stops. What the server does, and so what the worker does
(all from ``apps/strait/internal``):

* the first message is the registration; the server answers ``Acknowledged{id:
  worker_id}`` after it has reconciled the registration's ``in_flight_tasks``
  (api/grpc/stream.go:230-250);
* a result counts only with the assignment's ``assignment_id`` and ``attempt``, from the
  worker it was assigned to; a failed result spends an attempt
  (worker/executor_worker_result.go:23-29);
* when the stream ends, the server requeues the worker's open runs without spending an
  attempt (store/workers.go:836-891). So on stop the worker finishes what it can, reports
  it, and closes the stream: nothing unfinished is ever reported failed. After a lost
  connection a run may therefore execute twice: handlers must be idempotent;
* heartbeats renew a 90 s connection lease (api/grpc/stream.go:923-966); slots in a
  heartbeat are ignored, and there is no drain signal;
* results that finished while the stream was down go in the next registration's
  ``in_flight_tasks`` (as many as fit the server's 1 MiB receive cap), the rest as
  ``TaskResult`` messages once it is acknowledged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Unpack

import grpc
import grpc.aio

from strait._backoff import Backoff
from strait._errors import StraitError, ValidationError, WorkerAuthError, WorkerRejectedError
from strait._limits import MAX_HOSTNAME_BYTES, WORKER_LEASE_SECS, cut_utf8
from strait._version import __version__

from ._jobs import JobHandler, Jobs, job_handlers
from ._ledger import Ack, Beat, FinishedRun, Ledger
from ._proto import worker_pb2 as pb
from ._proto import worker_pb2_grpc as pb_grpc
from ._scheduler import MAX_OUTPUT_BYTES, Scheduler
from ._session import (
    ACK_TIMEOUT,
    CLOSE_TIMEOUT,
    Stream,
    connection_hint,
    describe,
    open_channel,
    stream_closed,
    throttle_delay,
)
from ._settings import WorkerArguments, WorkerSettings, resolve_worker_settings

__all__ = ["MAX_OUTPUT_BYTES", "RunReport", "Worker", "WorkerAuthError", "WorkerRejectedError"]

logger = logging.getLogger("strait.worker")

#: Seconds between the worker's heartbeats on its gRPC stream (not a run's heartbeat:
#: that is ``strait.worker.DEFAULT_HEARTBEAT_INTERVAL``, HTTP mode's ``/sdk/v1`` one). A
#: stream heartbeat renews the worker's 90 s connection lease (three times the server's
#: 30 s ``WORKER_HEARTBEAT_TIMEOUT``, api/grpc/stream.go:796-797, 923-966); the server
#: does not drop a worker for a missed one (a dead connection is found by keepalive), so
#: this only has to stay well inside the lease.
STREAM_HEARTBEAT_INTERVAL = 10.0
DEFAULT_DRAIN_TIMEOUT = 30.0
MAX_AUTH_FAILURES = 3
#: The same worker id registering again ends the older stream with "api key revoked"
#: (api/grpc/registry.go:148-157): this many such ends in a row, each soon after
#: registering, mean another process uses this worker id.
MAX_EVICTIONS = 3
EVICTION_WINDOW = 60.0


@dataclass(frozen=True)
class RunReport:
    """One finished run, as the worker reported it."""

    run_id: str
    job_slug: str
    outcome: str  # completed | failed
    duration_ms: int
    error: str | None = None
    cancelled: bool = False


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

    ``ctx.fail(reason)`` is final, as in HTTP mode and over REST (it is recorded with the
    run token, so ``STRAIT_BASE_URL`` must be set); an exception raised by the handler is
    an attempt failure that the job's retry policy may retry.

    Handlers take ``(ctx, payload)``; ``async def`` handlers run on the worker's event loop
    with an :class:`AsyncRunContext`, others in a thread pool with a :class:`RunContext`.
    Settings not given fall back to ``STRAIT_*`` environment variables, then ``strait.json``
    (see :func:`strait.worker._settings.resolve_worker_settings`; the settings keywords are
    those of :class:`strait.worker._settings.WorkerArguments`).

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
        signing_secret: the jobs' ``endpoint_signing_secret`` (or a list of secrets while
            rotating one). With a secret, every assignment must carry a valid signature:
            one without a signature is refused like a forged one (reported failed, without
            running), checked on arrival before it waits for a slot.
        allow_insecure: allow plaintext gRPC (``grpc://``, or derived from an ``http://``
            base URL) to a host that is not loopback, which sends the API key unencrypted
            (``STRAIT_WORKER_ALLOW_INSECURE=1``); refused by default.
        heartbeat_interval: seconds between heartbeats (default 10). A heartbeat renews the
            worker's 90 s connection lease; the server does not time a worker out for a late one.
        drain_timeout: on stop, seconds in-flight runs get to finish; runs still going then
            are not reported: closing the stream has Strait requeue them without spending
            an attempt.
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
        heartbeat_interval: float = STREAM_HEARTBEAT_INTERVAL,
        drain_timeout: float = DEFAULT_DRAIN_TIMEOUT,
        reconnect_initial: float = 0.5,
        reconnect_max: float = 60.0,
        max_auth_failures: int = MAX_AUTH_FAILURES,
        on_run: Callable[[RunReport], None] | None = None,
        root_certificates: bytes | None = None,
        metadata: dict[str, str] | None = None,
        tracing: bool = True,
        **settings: Unpack[WorkerArguments],
    ) -> None:
        self.handlers = job_handlers(jobs)
        self.tracing = bool(tracing)
        self.settings: WorkerSettings = resolve_worker_settings(
            job_queues=[h.queue for h in self.handlers.values() if h.queue], **settings
        )
        for value, label in ((heartbeat_interval, "heartbeat_interval"), (drain_timeout, "drain_timeout")):
            if not isinstance(value, (int, float)) or value <= 0:
                raise StraitError(f"{label} must be a number of seconds > 0, got {value!r}")
        if heartbeat_interval >= WORKER_LEASE_SECS / 2:
            logger.warning(
                "heartbeat_interval %.0fs leaves little of the server's %.0f s connection lease",
                heartbeat_interval,
                WORKER_LEASE_SECS,
            )
        self.heartbeat_interval = float(heartbeat_interval)
        self.drain_timeout = float(drain_timeout)
        self.reconnect_initial = float(reconnect_initial)
        self.reconnect_max = float(reconnect_max)
        self.max_auth_failures = max(1, int(max_auth_failures))
        self.ack_timeout = ACK_TIMEOUT
        self.close_timeout = CLOSE_TIMEOUT
        self.on_run = on_run
        self.metadata = {"sdk": "strait-python", **(metadata or {})}
        _check_registration_limits(self.handlers, self.metadata)
        self._root_certificates = root_certificates
        self.ledger = Ledger()
        self._stream_no = 0
        self.scheduler = Scheduler(
            concurrency=self.settings.concurrency,
            base_url=self.settings.base_url,
            project_id=self.settings.project_id,
            signing_secret=self.settings.signing_secret,
            on_finished=self.ledger.finished,
            on_log=self.ledger.put,
            current_stream=lambda: self._stream_no if self.connected else -1,
            tracing=self.tracing,
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None
        self._stop: asyncio.Event | None = None
        self._stop_now: asyncio.Event | None = None
        self._draining = False
        self.declined = 0  # assignments not started because the worker was stopping
        self.connected = False
        self.registrations = 0
        self._registered_this_try = False
        self._stop_requested = False
        self._stop_now_requested = False
        self._task: asyncio.Task[None] | None = None

    # -- public control ------------------------------------------------------

    @property
    def worker_id(self) -> str:
        return self.settings.worker_id

    @property
    def slots_available(self) -> int:
        """Free slots as reported in heartbeats (0 while stopping; the server treats the
        number as a hint only)."""
        if self._draining:
            return 0
        return max(0, self.settings.concurrency - self.scheduler.busy)

    def run(self) -> None:
        """Run until SIGTERM / SIGINT (then drain and return; a second signal stops at
        once), or raise :class:`WorkerAuthError` / :class:`WorkerRejectedError`."""
        asyncio.run(self.arun(handle_signals=True))

    async def arun(self, *, handle_signals: bool = False) -> None:
        """Run on the current event loop until :meth:`stop` (or a signal, with
        ``handle_signals``); in-flight runs are drained before it returns."""
        loop = asyncio.get_running_loop()
        self._loop, self._loop_thread = loop, threading.get_ident()
        self._stop, self._stop_now = asyncio.Event(), asyncio.Event()
        self._draining = False
        if self._stop_requested:  # stop() came before the loop started
            self._stop.set()
        if self._stop_now_requested:
            self._stop_now.set()
        self.scheduler.start()
        installed: list[signal.Signals] = []
        if handle_signals:
            for sig in (signal.SIGTERM, signal.SIGINT):
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(sig, self._on_signal)
                    installed.append(sig)
        if self.settings.base_url is None:
            logger.warning(
                "worker %s: no STRAIT_BASE_URL (or base_url=): run-context calls such as "
                "ctx.progress(), ctx.checkpoint() and ctx.fail() cannot reach Strait's REST API",
                self.worker_id,
            )
        channel = open_channel(self.settings.target, self._root_certificates)
        try:
            await self._connect_loop(channel)
        finally:
            for sig in installed:
                loop.remove_signal_handler(sig)
            await self.scheduler.close()
            await channel.close()

    def stop(self, *, now: bool = False) -> None:
        """Stop taking work, let in-flight runs finish (up to ``drain_timeout``) and report
        them, then close the stream and return from :meth:`run` / :meth:`arun`. Runs still
        going then, and with ``now=True`` all runs, are left to Strait, which requeues
        them without spending an attempt when the stream closes. Thread-safe."""
        self._stop_requested = True
        self._stop_now_requested = self._stop_now_requested or now
        loop = self._loop
        if loop is None or self._stop is None:
            return
        if threading.get_ident() == self._loop_thread:
            self._begin_stop(now)
        else:
            loop.call_soon_threadsafe(self._begin_stop, now)

    async def __aenter__(self) -> Worker:
        """``async with Worker(...):`` runs the worker in the background of the block."""
        self._stop_requested = self._stop_now_requested = False
        self._task = asyncio.create_task(self.arun(), name="strait-worker")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Stop (draining in-flight runs) and wait; errors of the worker are raised here."""
        self.stop()
        if self._task is not None:
            task, self._task = self._task, None
            await task

    def _on_signal(self) -> None:
        """SIGTERM / SIGINT: the first drains, a second stops at once; both say so."""
        assert self._stop is not None
        now = self._stop.is_set()
        self._stop_requested = True
        self._begin_stop(now, signalled=True)

    def _begin_stop(self, now: bool, signalled: bool = False) -> None:
        assert self._stop is not None and self._stop_now is not None
        busy = self.scheduler.busy
        level = logging.WARNING if signalled else logging.INFO
        if now and not self._stop_now.is_set():
            self._stop_now_requested = True
            logger.log(
                level, "worker %s: stopping now; %d run(s) left to Strait to requeue", self.worker_id, busy
            )
            self._stop_now.set()
        if not self._stop.is_set():
            logger.log(
                level,
                "worker %s: stopping: draining %d run(s) for up to %gs%s",
                self.worker_id,
                busy,
                self.drain_timeout,
                " (interrupt again to stop now; Strait requeues unfinished runs)" if signalled else "",
            )
            self._draining = True
            self.ledger.put(Beat(self._heartbeat()))  # a hint only: the server keeps assigning
            self._stop.set()

    # -- connection ----------------------------------------------------------

    def _backoff(self, attempt: int) -> float:
        return Backoff(self.reconnect_initial, self.reconnect_max, jitter=0.5).delay(attempt)

    async def _connect_loop(self, channel: grpc.aio.Channel) -> None:
        assert self._stop is not None and self._stop_now is not None
        stub = pb_grpc.WorkerServiceStub(channel)
        attempt = 0
        auth_failures = 0
        evictions = 0
        failures = 0
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                await self._session(stub)
                error: grpc.aio.AioRpcError | None = None
            except grpc.aio.AioRpcError as exc:
                error = exc
            except (asyncio.InvalidStateError, grpc.aio.UsageError) as exc:  # wrote to a finished call
                error = stream_closed(f"stream ended: {exc}")
            self.scheduler.stream_lost()
            if self._stop.is_set():
                break
            registered = self._registered_this_try
            if registered:
                attempt, auth_failures, failures = 0, 0, 0
            delay = self._backoff(attempt)
            attempt += 1
            if error is None:
                logger.warning("worker %s: the server closed the stream; reconnecting", self.worker_id)
            else:
                failures += 1
                evicted = registered and _evicted(error) and time.monotonic() - started < EVICTION_WINDOW
                evictions = evictions + 1 if evicted else 0
                if evictions >= MAX_EVICTIONS:
                    raise WorkerRejectedError(
                        f"another process is registering with worker id {self.worker_id!r}: Strait "
                        f"ended this worker's stream {evictions} times in a row as the id registered "
                        "again. Give each process its own STRAIT_WORKER_ID (or leave it unset).",
                        code="already_exists",
                    )
                if not evicted:
                    auth_failures += self._check_fatal(error, auth_failures)
                throttled = _throttled(error)
                if throttled:
                    delay = throttle_delay(error.details() or "") + self._backoff(0)
                hint = None if evicted or throttled else connection_hint(error, self.settings.target)
                if throttled:
                    logger.warning(
                        "worker %s: Strait is refusing logins from this address for a while after "
                        "repeated failed ones (maybe another process behind the same address); "
                        "retrying in %.0fs",
                        self.worker_id,
                        delay,
                    )
                elif hint is not None and (failures == 1 or failures % 10 == 0):
                    logger.warning(
                        "worker %s: cannot connect (%s): %s", self.worker_id, describe(error), hint
                    )
                else:
                    logger.warning(
                        "worker %s: stream lost (%s); reconnecting", self.worker_id, describe(error)
                    )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), delay)
        if not self._stop_now.is_set():
            if self.scheduler.busy:  # stopped while disconnected
                left = await self.scheduler.drain(self.drain_timeout, self._stop_now)
                self._left(left)
            if self.ledger.unreported and not self._stop_now.is_set():
                report = asyncio.create_task(self._final_report(stub))
                now = asyncio.create_task(self._stop_now.wait())
                try:
                    await asyncio.wait([report, now], return_when=asyncio.FIRST_COMPLETED)
                finally:  # also when the stop itself is cancelled
                    for task in (report, now):
                        task.cancel()
                await asyncio.gather(report, now, return_exceptions=True)
        if self.ledger.unreported:
            logger.error(
                "worker %s: %d finished run(s) could not be reported; Strait runs them again",
                self.worker_id,
                len(self.ledger.unreported),
            )

    def _check_fatal(self, error: grpc.aio.AioRpcError, auth_failures: int) -> int:
        """Raise when ``error`` means retrying cannot help; else 1 for a refused credential
        (retried a few times: a key may be mid-rotation) and 0 for anything else."""
        code = error.code()
        details = error.details() or ""
        name = code.name.lower() if code is not None else "unknown"
        denied = code == grpc.StatusCode.PERMISSION_DENIED
        refused = code == grpc.StatusCode.UNAUTHENTICATED or (
            code == grpc.StatusCode.UNKNOWN and "api key" in details  # revoked / expired mid-stream
        )
        if denied or (refused and auth_failures + 1 >= self.max_auth_failures):
            if denied:
                hint = "give the API key the workers:connect scope"
            else:
                hint = (
                    f"set STRAIT_API_KEY to a live project key with the workers:connect scope "
                    f"(refused {auth_failures + 1} times in a row)"
                )
            raise WorkerAuthError(
                f"Strait refused the worker's API key ({name}: {details or 'no details'}); {hint}",
                status=403 if denied else 401,
                code=name,
            )
        if refused:
            return 1
        if code in (grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.ALREADY_EXISTS):
            raise WorkerRejectedError(
                f"Strait refused the worker's registration ({name}: {details})", code=name
            )
        return 0

    def _registration(self, reported: list[FinishedRun], slots: int | None = None) -> pb.WorkerMessage:
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
                in_flight_tasks=[f.in_flight() for f in reported],
                metadata=self.metadata,
            )
        )

    async def _register(self, stream: Stream, slots: int | None = None) -> None:
        """Register (with what finished while disconnected, as much as fits) and wait for
        the ack; the results it carried are then delivered."""
        reported = self.ledger.for_registration()
        await stream.register(self._registration(reported, slots), self.ack_timeout)
        for finished in reported:
            if self.ledger.unreported.get(finished.assignment_id) is finished:
                del self.ledger.unreported[finished.assignment_id]
                self._reported(finished)
        self.registrations += 1
        self._stream_no += 1

    async def _session(self, stub: pb_grpc.WorkerServiceStub) -> None:
        """One stream: register, then read and write until it ends; on stop, drain and
        close it gracefully."""
        assert self._stop is not None and self._stop_now is not None
        self._registered_this_try = False
        stream = Stream(stub, self.settings.api_key, self.ledger)
        tasks: list[asyncio.Task[Any]] = []
        try:
            await self._register(stream)
            self._registered_this_try = True
            outbox = self.ledger.open_stream()
            self.connected = True
            logger.info(
                "worker %s: registered (queues %s, %d slot(s))",
                self.worker_id,
                ",".join(self.settings.queues),
                self.settings.concurrency,
            )
            reader = asyncio.create_task(stream.read_loop(self._on_message), name="strait-worker-read")
            writer = asyncio.create_task(
                stream.write_loop(outbox, self._reported), name="strait-worker-write"
            )
            beat = asyncio.create_task(self._beat_loop(), name="strait-worker-heartbeat")
            stopper = asyncio.create_task(self._stop.wait(), name="strait-worker-stop")
            tasks = [reader, writer, beat, stopper]
            done, _ = await asyncio.wait([reader, writer, stopper], return_when=asyncio.FIRST_COMPLETED)
            if stopper in done and not (reader.done() or writer.done()):
                left = await self.scheduler.drain(self.drain_timeout, self._stop_now)
                self._left(left)
                if not self._stop_now.is_set():
                    confirmed = await stream.close(outbox, reader, writer, self.close_timeout)
                    if not confirmed:
                        logger.error(
                            "worker %s: Strait did not end the stream within %gs of the worker's "
                            "last message; results sent just before may not have reached it",
                            self.worker_id,
                            self.close_timeout,
                        )
                return
            for task in (reader, writer):
                if task.done() and not task.cancelled() and task.exception() is not None:
                    error = task.exception()
                    if isinstance(error, grpc.aio.AioRpcError):
                        raise error
                    raise stream_closed(f"stream failed: {error!r}")
            if self._stop.is_set():
                return
            raise stream_closed()
        finally:
            self.connected = False
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self.ledger.close_stream()
            stream.cancel()

    def _left(self, count: int) -> None:
        if count:
            logger.warning(
                "worker %s: %d run(s) still going at the end of the drain were stopped and left to "
                "Strait to requeue (no attempt spent)",
                self.worker_id,
                count,
            )
        if self.declined:
            logger.info(
                "worker %s: %d assignment(s) that came while stopping were left to Strait to requeue",
                self.worker_id,
                self.declined,
            )

    def _on_message(self, msg: pb.ServerMessage) -> None:
        kind = msg.WhichOneof("payload")
        if kind == "task_assignment":
            self._assign(msg.task_assignment)
        elif kind == "cancel_task":
            self.scheduler.cancel(msg.cancel_task.run_id, msg.cancel_task.reason or "cancelled by Strait")

    def _assign(self, assignment: pb.TaskAssignment) -> None:
        if self._draining:
            # Neither run nor reported: closing the stream has the server requeue it
            # without spending an attempt (store/workers.go:836-891).
            self.declined += 1
            return
        self.ledger.put(Ack(assignment.assignment_id, assignment.run_id))
        handler = self.handlers.get(assignment.job_slug)
        if handler is None:
            self.scheduler.refuse(assignment, f"this worker has no handler for job {assignment.job_slug!r}")
            return
        self.scheduler.assign(assignment, handler)

    async def _beat_loop(self) -> None:
        while True:
            await asyncio.sleep(self.heartbeat_interval)
            self.ledger.put(Beat(self._heartbeat()))

    def _heartbeat(self) -> pb.WorkerMessage:
        return pb.WorkerMessage(
            heartbeat=pb.Heartbeat(slots_available=self.slots_available, timestamp_unix=int(time.time()))
        )

    async def _final_report(self, stub: pb_grpc.WorkerServiceStub) -> None:
        """Stopped while disconnected: one last registration (0 free slots) reports the
        runs that finished (what does not fit follows as ``TaskResult``s), then the stream
        is closed gracefully."""
        stream = Stream(stub, self.settings.api_key, self.ledger)
        reader: asyncio.Task[None] | None = None
        writer: asyncio.Task[None] | None = None
        try:
            await asyncio.wait_for(self._register(stream, slots=0), self.ack_timeout)
            outbox = self.ledger.open_stream()
            reader = asyncio.create_task(stream.read_loop(lambda msg: None))
            writer = asyncio.create_task(stream.write_loop(outbox, self._reported))
            await stream.close(outbox, reader, writer, self.close_timeout)
        except (grpc.aio.AioRpcError, TimeoutError, asyncio.InvalidStateError) as exc:
            logger.error(
                "worker %s: could not report %d finished run(s) before exiting: %s",
                self.worker_id,
                len(self.ledger.unreported),
                exc,
            )
        finally:
            for task in (reader, writer):
                if task is not None:
                    task.cancel()
            await asyncio.gather(*(t for t in (reader, writer) if t is not None), return_exceptions=True)
            self.ledger.close_stream()
            stream.cancel()

    def _reported(self, finished: FinishedRun) -> None:
        if finished.status == "completed":
            logger.info(
                "run %s (%s) completed in %dms", finished.run_id, finished.job_slug, finished.duration_ms
            )
        if self.on_run is not None:
            run_report = RunReport(
                run_id=finished.run_id,
                job_slug=finished.job_slug,
                outcome=finished.status,
                duration_ms=finished.duration_ms,
                error=finished.error or None,
                cancelled=finished.error.startswith("cancelled"),
            )
            try:
                self.on_run(run_report)
            except Exception:
                logger.exception("on_run callback failed")


def _evicted(error: grpc.aio.AioRpcError) -> bool:
    """The stream ended as the same worker id registered again (api/grpc/registry.go:148-157,
    api/grpc/stream.go listenForAPIKeyRevocation: UNKNOWN "api key revoked")."""
    return error.code() == grpc.StatusCode.UNKNOWN and "api key revoked" in (error.details() or "")


def _throttled(error: grpc.aio.AioRpcError) -> bool:
    """Logins from this address are blocked for a while after repeated failed ones
    (ratelimit/auth_limiter.go:33-38, api/grpc/auth.go:73-77): not this key's fault."""
    details = error.details() or ""
    return error.code() == grpc.StatusCode.RESOURCE_EXHAUSTED and "authentication" in details


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


def _hostname() -> str:
    """The host name, cut to the server's 255 bytes at a character boundary (a longer one
    refuses the registration, api/grpc/stream.go:28-57)."""
    return cut_utf8(socket.gethostname(), MAX_HOSTNAME_BYTES)
