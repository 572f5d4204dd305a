"""``WorkerService.StreamTasks``: worker-mode jobs dispatched to connected workers.

From the server (``internal/api/grpc``, ``internal/worker/executor_worker_mode.go``):
``authorization: Bearer strait_…`` metadata (UNAUTHENTICATED otherwise, and
RESOURCE_EXHAUSTED after repeated failures); the first message must be a
``WorkerRegistration`` (INVALID_ARGUMENT) and is answered ``Acknowledged{id:
worker_id}``; a run goes to the active worker of the job's queue with the most free
slots (the server keeps its own slot count: one taken per assignment, given back on
its result; heartbeats only renew the lease); the assignment carries a run token with
an ``assignment_id`` claim; a ``TaskResult`` (or an ``in_flight_tasks`` entry of a
re-registration) counts only with the assignment id, attempt and worker of an open
assignment; ``success`` completes the run with ``output_json``, ``failed`` follows the
job's retry policy; a worker gone longer than the heartbeat timeout (30 s) has its
open runs failed and retried; log lines of assigned runs go to the run's log stream.
With no worker for the queue a run stays queued.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import grpc

from strait._signing import sign
from strait.worker._proto import worker_pb2 as pb
from strait.worker._proto import worker_pb2_grpc as pb_grpc

from ._emulator import hash_key

if TYPE_CHECKING:
    from ._emulator import Emulator
    from ._model import Run

HEARTBEAT_TIMEOUT_SECS = 30.0
MAX_AUTH_FAILURES = 10
DEFAULT_QUEUE = "default"


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


@dataclass
class Assignment:
    id: str
    run: Run
    worker_id: str
    attempt: int
    generation: int
    open: bool = True


@dataclass
class WorkerHub:
    """The emulator's worker registry and worker-mode dispatcher (``emu.workers``)."""

    emu: Emulator
    workers: dict[tuple[str, str], Worker] = field(default_factory=dict)
    assignments: dict[str, Assignment] = field(default_factory=dict)
    auth_failures: dict[str, int] = field(default_factory=dict)
    reconciled: list[str] = field(default_factory=list)  # run ids settled from in_flight_tasks

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
        from ._engine import begin_attempt

        assignment_id = self.emu.new_id("asg")
        token = begin_attempt(self.emu, run, assignment_id=assignment_id)
        self.assignments[assignment_id] = Assignment(
            assignment_id, run, worker.worker_id, run.attempt, run.generation
        )
        payload = json.dumps(run.payload, separators=(",", ":")).encode()
        message = pb.TaskAssignment(
            run_id=run.id,
            job_slug=run.job.slug,
            queue=run.job.queue or DEFAULT_QUEUE,
            payload_json=payload,
            timeout_secs=int(run.job.data["timeout_secs"]),
            run_token_jwt=token,
            assignment_id=assignment_id,
            attempt=run.attempt,
        )
        if run.job.signing_secret:
            stamp = str(int(self.emu.clock.now().timestamp()))
            message.hmac_timestamp = stamp
            message.hmac_signature = sign(run.job.signing_secret, stamp, payload)
        worker.outbox.put_nowait(pb.ServerMessage(task_assignment=message))

    def pump(self) -> None:
        """Offer every queued worker-mode run (highest priority, then oldest, first)."""
        queued = [
            r
            for r in self.emu.state.runs.values()
            if r.status == "queued" and r.job.mode == "worker" and r.next_retry_at is None
        ]
        for run in sorted(queued, key=lambda r: (-r.priority, r.created_at)):
            if run.job.data.get("enabled", True) and not run.job.data.get("paused"):
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
        from ._engine import fail_attempt, finish_run

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
        if run.generation != assignment.generation or run.status != "executing":
            self.pump()
            return
        if status == "success":
            try:
                result = json.loads(output) if output else None
            except ValueError:
                fail_attempt(self.emu, run, "worker returned invalid JSON output", "unknown")
            else:
                finish_run(self.emu, run, "completed", result=result, has_result=bool(output))
        else:
            message = error or f"worker reported terminal status {status!r} without error message"
            fail_attempt(self.emu, run, message, "unknown")
        self.pump()

    def log(self, worker: Worker, line: pb.LogLine) -> None:
        from ._engine import record_event

        open_ = [a for a in self.assignments.values() if a.open and a.run.id == line.run_id]
        if not any(a.worker_id == worker.worker_id for a in open_):
            return
        run = open_[0].run
        level = line.level if line.level in ("debug", "info", "warn", "error") else "info"
        event = record_event(self.emu, run, "log", line.message, level=level)
        self.emu.publish(
            f"worker:log:{run.id}",
            {"run_id": run.id, "level": level, "message": line.message, "timestamp": event["created_at"]},
        )

    def gone(self, worker: Worker) -> None:
        """The stream ended: after the heartbeat timeout its open runs are retried."""
        worker.connected = False
        worker.last_seen = time.monotonic()

        def sweep() -> None:
            from ._engine import fail_attempt

            if worker.connected or self.workers.get((worker.project_id, worker.worker_id)) is not worker:
                return
            del self.workers[(worker.project_id, worker.worker_id)]
            for assignment in list(self.assignments.values()):
                if assignment.open and assignment.worker_id == worker.worker_id:
                    assignment.open = False
                    run = assignment.run
                    if run.status == "executing" and run.generation == assignment.generation:
                        fail_attempt(
                            self.emu, run, "worker heartbeat expired before reporting result", "unknown"
                        )
            self.pump()

        self.emu.clock.call_later(HEARTBEAT_TIMEOUT_SECS, sweep)


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
            previous.outbox.put_nowait(None)  # a re-registration replaces a stale stream
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
        worker.slots_available = max(slots - busy, 0)
        hub.workers[(project_id, reg.worker_id)] = worker
        await context.write(pb.ServerMessage(ack=pb.Acknowledged(id=reg.worker_id)))
        for task in reg.in_flight_tasks:
            hub.reconciled.append(task.run_id)
            status = "success" if task.status == "completed" else "failed"
            error = task.error_message or (
                "abandoned while disconnected" if task.status == "abandoned" else ""
            )
            hub.result(worker, task.run_id, task.assignment_id, task.attempt, status, task.output_json, error)
        hub.pump()

        async def receive() -> None:
            while (message := await context.read()) is not grpc.aio.EOF:
                kind = message.WhichOneof("payload")
                if kind == "task_result":
                    r = message.task_result
                    hub.result(
                        worker, r.run_id, r.assignment_id, r.attempt, r.status, r.output_json, r.error_message
                    )
                elif kind == "heartbeat":
                    worker.last_seen = time.monotonic()
                elif kind == "log_line":
                    hub.log(worker, message.log_line)
            worker.outbox.put_nowait(None)

        reader = asyncio.ensure_future(receive())
        try:
            while True:
                outgoing = await worker.outbox.get()
                if outgoing is None:
                    break
                await context.write(outgoing)
        finally:
            reader.cancel()
            if hub.workers.get((project_id, reg.worker_id)) is worker:
                hub.gone(worker)


async def start_worker_service(emu: Emulator, host: str, port: int) -> tuple[Any, int]:
    hub = WorkerHub(emu)
    emu.workers = hub
    server = grpc.aio.server()
    pb_grpc.add_WorkerServiceServicer_to_server(_Service(hub), server)
    bound = server.add_insecure_port(f"{host}:{port}")
    await server.start()
    return server, bound


__all__ = ["HEARTBEAT_TIMEOUT_SECS", "WorkerHub", "start_worker_service", "timedelta"]
