"""``WorkerService.StreamTasks``: worker-mode jobs dispatched to connected workers.

From the server (``internal/api/grpc``, ``internal/worker/executor_worker_mode.go``):
``authorization: Bearer strait_…`` metadata (UNAUTHENTICATED otherwise, and
RESOURCE_EXHAUSTED after repeated failures); messages of at most 1 MiB in and 4 MiB out,
pings no more often than every 10 s (api/grpc/server.go:174-191); the first message must
be a ``WorkerRegistration`` (INVALID_ARGUMENT) and is answered ``Acknowledged{id:
worker_id}``; a run goes to the active worker of the job's queue with the most free slots
(the server keeps its own slot count, starting from the registration's
``slots_available``: one taken per assignment, given back on its result; heartbeats only
renew the worker's 90 s lease, api/grpc/stream.go:923-966); the assignment carries a run
token with an ``assignment_id`` claim; a worker's ``Acknowledged{id: run_id}`` marks its
assignment accepted (api/grpc/stream.go:900-916); a ``TaskResult`` (or an
``in_flight_tasks`` entry of a re-registration) counts only with the assignment id,
attempt and worker of an open assignment; ``success`` completes the run with
``output_json`` if that is valid JSON (else the attempt fails, api/grpc/dispatch.go:639-641),
``failed`` follows the job's retry policy; when a stream ends, the worker's open runs are
requeued at once without spending an attempt (store/workers.go:836-891) — unless the same
worker id registered again, which ends the old stream with UNKNOWN "api key revoked" and
keeps its assignments (api/grpc/registry.go:148-157); log lines of assigned runs are
published to the run's live log channel only, not stored (api/grpc/stream.go:1200-1251).
With no worker for the queue a run stays queued. A force-disconnect over REST (``_workers``)
ends the stream with UNKNOWN "force disconnected by API request" (api/grpc/stream.go:61,553-561),
and the stream's end does the rest. The rows the REST side lists live in ``hub.book``.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any, NoReturn

import grpc

from strait._limits import (
    GRPC_KEEPALIVE_MIN_TIME_SECS,
    GRPC_MAX_RECEIVE_BYTES,
    GRPC_MAX_SEND_BYTES,
    MAX_LOG_LEVEL_BYTES,
    MAX_LOG_MESSAGE_BYTES,
    cut_utf8,
)
from strait._signing import sign
from strait._types import JSONValue
from strait.worker._proto import worker_pb2 as pb
from strait.worker._proto import worker_pb2_grpc as pb_grpc

from . import _bus
from ._core import EmulatorCore, hash_key
from ._engine import begin_attempt, fail_attempt, finish_run, held, move
from ._json import as_int
from ._workers import WorkerBook

if TYPE_CHECKING:
    from ._model import Run

MAX_AUTH_FAILURES = 10
DEFAULT_QUEUE = "default"
#: The server's message for a success result whose output is not JSON (api/grpc/dispatch.go:218).
INVALID_OUTPUT_ERROR = "worker returned invalid output_json"
#: Log levels the server keeps; others become "info" (api/grpc/stream.go:1174-1185).
LOG_LEVELS = frozenset({"trace", "debug", "info", "warn", "warning", "error", "fatal"})
SERVER_OPTIONS = (
    ("grpc.max_receive_message_length", GRPC_MAX_RECEIVE_BYTES),
    ("grpc.max_send_message_length", GRPC_MAX_SEND_BYTES),
    ("grpc.http2.min_ping_interval_without_data_ms", int(GRPC_KEEPALIVE_MIN_TIME_SECS * 1000)),
    ("grpc.keepalive_permit_without_calls", 1),
)


def _strict_json(output: bytes) -> JSONValue:
    """``output`` parsed as RFC 8259 JSON, as Go's ``json.Valid`` takes it (no NaN or
    Infinity, which Python's parser would accept).

    Raises:
        ValueError: not JSON.
    """

    def refuse(constant: str) -> NoReturn:
        raise ValueError(f"{constant} is not JSON")

    value: JSONValue = json.loads(output, parse_constant=refuse)
    return value


@dataclass
class Worker:
    worker_id: str
    project_id: str
    name: str
    queues: list[str]
    slots_total: int
    slots_available: int
    outbox: asyncio.Queue[pb.ServerMessage | None]
    connected: bool = True
    last_seen: float = 0.0
    replaced: bool = False  # the same id registered again: this stream ends "api key revoked"
    forced: bool = False  # force-disconnected over REST: this stream ends UNKNOWN


@dataclass
class Assignment:
    id: str
    run: Run
    worker_id: str
    attempt: int
    generation: int
    open: bool = True
    accepted: bool = False


@dataclass
class WorkerHub:
    """The emulator's worker registry and worker-mode dispatcher (``emu.workers``)."""

    emu: EmulatorCore
    workers: dict[tuple[str, str], Worker] = field(default_factory=dict)
    assignments: dict[str, Assignment] = field(default_factory=dict)
    auth_failures: dict[str, int] = field(default_factory=dict)
    reconciled: list[str] = field(default_factory=list)  # run ids settled from in_flight_tasks
    book: WorkerBook = field(init=False)  # the workers' and tasks' rows, for the REST side

    def __post_init__(self) -> None:
        self.book = WorkerBook(self.emu)

    # -- dispatch --------------------------------------------------------------------

    def offer(self, run: Run) -> None:
        """A queued worker-mode run: assign it now if a worker has a free slot."""
        queue = run.job.queue or DEFAULT_QUEUE
        candidates = [
            w
            for w in self.workers.values()
            if w.connected and w.project_id == run.project_id and w.slots_available > 0 and queue in w.queues
        ]
        if not candidates:
            return
        worker = max(candidates, key=lambda w: w.slots_available)
        worker.slots_available -= 1
        self._assign(run, worker)

    def _assign(self, run: Run, worker: Worker) -> None:
        assignment_id = self.emu.new_id("asg")
        token = begin_attempt(self.emu, run, assignment_id=assignment_id)
        self.assignments[assignment_id] = Assignment(
            assignment_id, run, worker.worker_id, run.attempt, run.generation
        )
        self.book.assigned(assignment_id, run.project_id, worker.worker_id, run.id, run.attempt)
        payload = json.dumps(run.payload, separators=(",", ":")).encode()
        message = pb.TaskAssignment(
            run_id=run.id,
            job_slug=run.job.slug,
            queue=run.job.queue or DEFAULT_QUEUE,
            payload_json=payload,
            timeout_secs=as_int(run.setting("timeout_secs")),
            run_token_jwt=token,
            assignment_id=assignment_id,
            attempt=run.attempt,
        )
        secret = str(run.setting("signing_secret") or "")
        if secret:  # the run's job version's secret (worker/executor_dispatch_job.go:61-110)
            stamp = str(int(self.emu.clock.now().timestamp()))
            message.hmac_timestamp = stamp
            message.hmac_signature = sign(secret, stamp, payload)
        worker.outbox.put_nowait(pb.ServerMessage(task_assignment=message))

    def pump(self) -> None:
        """Offer every queued worker-mode run (highest priority, then oldest, first) that
        its job's ``max_concurrency`` / ``max_concurrency_per_key`` does not hold back, as
        the server's claim query does for every mode (queue/pgque_claim.go:483-550)."""
        queued = [
            r
            for r in self.emu.state.runs.values()
            if r.status == "queued" and r.job.mode == "worker" and r.next_retry_at is None
        ]
        for run in sorted(queued, key=lambda r: (-r.priority, r.created_at)):
            if run.job.enabled and not run.job.paused and not held(self.emu, run):
                self.offer(run)

    def _release(self, assignment: Assignment) -> None:
        if not assignment.open:
            return
        assignment.open = False
        for worker in self.workers.values():
            if worker.worker_id == assignment.worker_id and worker.project_id == assignment.run.project_id:
                worker.slots_available = min(worker.slots_available + 1, worker.slots_total)

    def owns(self, run_id: str, assignment_id: str) -> bool:
        assignment = self.assignments.get(assignment_id)
        return assignment is not None and assignment.open and assignment.run.id == run_id

    # -- engine callbacks --------------------------------------------------------------

    def forget(self, run: Run) -> None:
        """The run is terminal: its open assignment is over."""
        for assignment in list(self.assignments.values()):
            if assignment.run is run and assignment.open:
                self._release(assignment)
        self.emu.clock.call_later(0, self.pump)

    def abandon(self, run: Run) -> None:
        """The attempt timed out: cancel it on the worker and free the slot."""
        self.cancel(run, "run timed out")
        for assignment in list(self.assignments.values()):
            if assignment.run is run:
                self._release(assignment)

    def cancel(self, run: Run, reason: str = "run canceled") -> None:
        for assignment in self.assignments.values():
            if assignment.run is run and assignment.open:
                worker = self._worker(run.project_id, assignment.worker_id)
                if worker is not None and worker.connected:
                    worker.outbox.put_nowait(
                        pb.ServerMessage(cancel_task=pb.CancelTask(run_id=run.id, reason=reason))
                    )

    def reset(self) -> None:
        self.assignments.clear()
        self.reconciled.clear()
        for worker in self.workers.values():
            worker.slots_available = worker.slots_total
        self.book.reset(set(self.workers))

    def _worker(self, project_id: str, worker_id: str) -> Worker | None:
        return self.workers.get((project_id, worker_id))

    # -- results -----------------------------------------------------------------------

    def result(
        self,
        worker: Worker,
        run_id: str,
        assignment_id: str,
        attempt: int,
        status: str,
        output: bytes,
        error: str,
    ) -> None:
        assignment = self.assignments.get(assignment_id)
        if (
            not assignment_id
            or attempt <= 0
            or assignment is None
            or not assignment.open
            or assignment.worker_id != worker.worker_id
            or assignment.run.id != run_id
            or assignment.attempt != attempt
            or assignment.run.project_id != worker.project_id
        ):
            return  # not an open assignment of this worker: the server drops it
        run = assignment.run
        self._release(assignment)
        self.book.result_received(assignment_id)
        if run.generation != assignment.generation or run.status != "executing":
            self.pump()
            return
        task_status = "failed"
        if status == "success":
            try:
                result = _strict_json(output) if output else None
            except ValueError:
                fail_attempt(self.emu, run, INVALID_OUTPUT_ERROR, "unknown")
            else:
                finish_run(self.emu, run, "completed", result=result, has_result=bool(output))
                _bus.emit(self.emu, _bus.RUN_SETTLED, run)
                task_status = "completed"
        else:
            message = error or f"worker reported terminal status {status!r} without error message"
            fail_attempt(self.emu, run, message, "unknown")
        self.book.finished(assignment_id, task_status)
        self.pump()

    def reconcile(self, worker: Worker, tasks: Iterable[pb.InFlightTask]) -> None:
        """A re-registration's ``in_flight_tasks``: each settles as that result would
        (api/grpc/stream.go:1261-1330)."""
        for task in tasks:
            self.reconciled.append(task.run_id)
            status = "success" if task.status == "completed" else "failed"
            error = task.error_message or (
                "abandoned while disconnected" if task.status == "abandoned" else ""
            )
            self.result(
                worker, task.run_id, task.assignment_id, task.attempt, status, task.output_json, error
            )

    def log(self, worker: Worker, line: pb.LogLine) -> None:
        """Published to the run's live log channel only, as the server does; not a run event."""
        open_ = [a for a in self.assignments.values() if a.open and a.run.id == line.run_id]
        if not any(a.worker_id == worker.worker_id for a in open_):
            return
        level = cut_utf8(line.level, MAX_LOG_LEVEL_BYTES).strip().lower()
        now_ms = int(self.emu.clock.now().timestamp() * 1000)
        stamp = line.timestamp_unix_ms
        if stamp <= 0 or stamp > now_ms + 86_400_000 or stamp < now_ms - 30 * 86_400_000:
            stamp = now_ms
        self.emu.publish(
            f"worker:log:{line.run_id}",
            {
                "run_id": line.run_id,
                "level": level if level in LOG_LEVELS else "info",
                "message": cut_utf8(line.message, MAX_LOG_MESSAGE_BYTES),
                "timestamp_unix_ms": stamp,
            },
        )

    def ack(self, worker: Worker, run_id: str) -> None:
        for assignment in self.assignments.values():
            if assignment.open and assignment.run.id == run_id and assignment.worker_id == worker.worker_id:
                assignment.accepted = True
                self.book.accepted(assignment.id)

    def gone(self, worker: Worker) -> None:
        """The stream ended: the worker's open runs are requeued at once, their attempt not
        spent (store/workers.go:836-891)."""
        worker.connected = False
        worker.last_seen = time.monotonic()
        if self.workers.get((worker.project_id, worker.worker_id)) is worker:
            del self.workers[(worker.project_id, worker.worker_id)]
        for assignment in list(self.assignments.values()):
            if assignment.open and assignment.worker_id == worker.worker_id:
                assignment.open = False
                run = assignment.run
                if run.status == "executing" and run.generation == assignment.generation:
                    run.generation += 1  # the attempt's timeout no longer applies
                    run.started_at = None
                    move(self.emu, run, "queued", error="worker disconnected before reporting result")
        self.book.offline(worker.project_id, worker.worker_id)
        self.emu.clock.call_later(0, self.pump)


class _Service(pb_grpc.WorkerServiceServicer):
    def __init__(self, hub: WorkerHub) -> None:
        self.hub = hub

    async def _authenticate(self, context: Any) -> str:
        emu = self.hub.emu
        peer = str(context.peer()).rsplit(":", 1)[0]
        if self.hub.auth_failures.get(peer, 0) >= MAX_AUTH_FAILURES:
            await context.abort(
                grpc.StatusCode.RESOURCE_EXHAUSTED,
                "too many failed authentication attempts; retry after 1m0s",
            )
        metadata = dict(context.invocation_metadata() or ())
        header = metadata.get("authorization")
        message = None
        key = None
        if header is None:
            message = "missing authorization header"
        elif not header.startswith("Bearer "):
            message = "invalid authorization format"
        else:
            key = emu.state.keys.get(hash_key(header[len("Bearer ") :]))
            if key is None or key.revoked_at is not None:
                message = "invalid api key"
        if message is not None or key is None:
            self.hub.auth_failures[peer] = self.hub.auth_failures.get(peer, 0) + 1
            emu.clock.call_later(60, lambda: self.hub.auth_failures.pop(peer, None))
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, message or "invalid api key")
        self.hub.auth_failures.pop(peer, None)
        return key.project_id  # type: ignore[union-attr]

    async def StreamTasks(  # type: ignore[override]  # the read/write style of grpc.aio
        self, request_iterator: Any, context: Any
    ) -> None:
        # Read the registration before answering anything: aborting while the client's
        # first message is still in flight can surface as INTERNAL instead of the code.
        first = await context.read()
        project_id = await self._authenticate(context)
        if first is grpc.aio.EOF or first.WhichOneof("payload") != "registration":
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "first message must be WorkerRegistration")
            return
        reg = first.registration
        if not reg.worker_id:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "worker_id must be non-empty")
        hub = self.hub
        previous = hub.workers.get((project_id, reg.worker_id))
        if previous is not None and previous.connected:
            previous.replaced = True  # the old stream ends; its assignments stay open
            previous.connected = False
            previous.outbox.put_nowait(None)
        slots = max(int(reg.slots_total), 1)
        worker = Worker(
            reg.worker_id,
            project_id,
            reg.name,
            list(reg.queues) or [DEFAULT_QUEUE],
            slots,
            slots,
            asyncio.Queue(),
        )
        busy = sum(1 for a in hub.assignments.values() if a.open and a.worker_id == worker.worker_id)
        worker.slots_available = max(min(int(reg.slots_available), slots - busy), 0)
        hub.workers[(project_id, reg.worker_id)] = worker
        hub.book.register(project_id, reg.worker_id, worker.queues[0], reg.hostname, reg.sdk_version)

        def force_disconnect() -> None:
            worker.forced = True
            worker.outbox.put_nowait(None)

        hub.book.disconnect[(project_id, reg.worker_id)] = force_disconnect

        async def receive() -> None:
            try:
                while (message := await context.read()) is not grpc.aio.EOF:
                    kind = message.WhichOneof("payload")
                    if kind == "task_result":
                        r = message.task_result
                        hub.result(
                            worker,
                            r.run_id,
                            r.assignment_id,
                            r.attempt,
                            r.status,
                            r.output_json,
                            r.error_message,
                        )
                    elif kind == "heartbeat":
                        worker.last_seen = time.monotonic()
                        hub.book.seen(project_id, reg.worker_id)
                    elif kind == "log_line":
                        hub.log(worker, message.log_line)
                    elif kind == "ack":
                        hub.ack(worker, message.ack.id)
            finally:  # however reading ends, the stream ends
                worker.outbox.put_nowait(None)

        # From here on every way out (a client that cancels mid-write included) undoes the
        # registration, as the server's deferred cleanup does (api/grpc/stream.go:224,257-261).
        reader: asyncio.Future[None] | None = None
        try:
            hub.reconcile(worker, reg.in_flight_tasks)  # before the ack (api/grpc/stream.go:228-250)
            await context.write(pb.ServerMessage(ack=pb.Acknowledged(id=reg.worker_id)))
            hub.pump()
            reader = asyncio.ensure_future(receive())
            while True:
                outgoing = await worker.outbox.get()
                if outgoing is None:
                    break
                await context.write(outgoing)
        finally:
            if reader is not None:
                reader.cancel()
            if hub.workers.get((project_id, reg.worker_id)) is worker:
                hub.gone(worker)
        if worker.replaced:
            await context.abort(grpc.StatusCode.UNKNOWN, "api key revoked")
        if worker.forced:  # a plain error, which gRPC answers as UNKNOWN (api/grpc/stream.go:61,553-561)
            await context.abort(grpc.StatusCode.UNKNOWN, "force disconnected by API request")


async def start_worker_service(emu: EmulatorCore, host: str, port: int) -> tuple[grpc.aio.Server, int]:
    hub = WorkerHub(emu)
    emu.workers = hub
    server = grpc.aio.server(options=SERVER_OPTIONS)
    pb_grpc.add_WorkerServiceServicer_to_server(_Service(hub), server)
    bound = server.add_insecure_port(f"{host}:{port}")
    await server.start()
    return server, bound


__all__ = ["WorkerHub", "start_worker_service", "timedelta"]
