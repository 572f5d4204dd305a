"""The worker's ledger: what finished and is not yet reported, and what waits to be sent.

Everything the worker sends after its registration is an :data:`OutboxItem`, a typed
record (never a bare string) that the session turns into a ``WorkerMessage`` when it
writes it:

* :class:`Ack` — the worker took an assignment (the server marks it accepted);
* :class:`Report` — a finished run's result, looked up in the ledger when written (so a
  result reported in a registration is not sent twice);
* :class:`Log` — one of the handler's log lines;
* :class:`Beat` — a heartbeat.

The ledger outlives a stream: finished runs stay in it until they are on their way, and
log lines written while no stream is open wait in a bounded buffer (the server drops
lines of runs that are no longer open for this worker, api/grpc/stream.go:1208-1217, so
an unbounded buffer would only grow).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from dataclasses import dataclass
from typing import TypeAlias, TypedDict

from strait._limits import GRPC_MAX_RECEIVE_BYTES, MAX_ERROR_MESSAGE_BYTES, MAX_IN_FLIGHT_TASKS, cut_utf8

from ._proto import worker_pb2 as pb

__all__ = [
    "MAX_PENDING_LOG_LINES",
    "REGISTRATION_BUDGET_BYTES",
    "Ack",
    "Beat",
    "FinishedRun",
    "Ledger",
    "Log",
    "OutboxItem",
    "Report",
]

logger = logging.getLogger("strait.worker")

#: Log lines that may wait to be sent (on a slow stream, or while reconnecting); newer
#: lines beyond it are dropped, counted and reported in a warning.
MAX_PENDING_LOG_LINES = 2000
#: The part of the server's 1 MiB receive cap a registration may use for the results of
#: runs that finished while disconnected (the rest of it carries the worker's identity).
REGISTRATION_BUDGET_BYTES = GRPC_MAX_RECEIVE_BYTES - 64 * 1024


class _Reported(TypedDict):
    """The fields a task result and an in-flight report share."""

    run_id: str
    output_json: bytes
    error_message: str
    assignment_id: str
    attempt: int


@dataclass(slots=True)
class FinishedRun:
    """A finished run, as it is reported (``status`` is ``completed`` or ``failed``)."""

    run_id: str
    assignment_id: str
    attempt: int
    status: str
    output: bytes
    error: str
    duration_ms: int
    job_slug: str = ""

    def __post_init__(self) -> None:
        # The server cuts the message at 8192 bytes (api/grpc/stream.go:992-995), which can
        # split a character into UTF-8 that the database refuses: cut at a boundary here.
        self.error = cut_utf8(self.error, MAX_ERROR_MESSAGE_BYTES)

    def _reported(self) -> _Reported:
        """The fields a task result and an in-flight report share."""
        return {
            "run_id": self.run_id,
            "output_json": self.output,
            "error_message": self.error,
            "assignment_id": self.assignment_id,
            "attempt": self.attempt,
        }

    def task_result(self) -> pb.WorkerMessage:
        status = "success" if self.status == "completed" else "failed"
        return pb.WorkerMessage(
            task_result=pb.TaskResult(status=status, duration_ms=self.duration_ms, **self._reported())
        )

    def in_flight(self) -> pb.InFlightTask:
        return pb.InFlightTask(status=self.status, **self._reported())


@dataclass(frozen=True, slots=True)
class Ack:
    """Acknowledge an assignment, unless its result is already on the way (the result
    says more than the ack would)."""

    assignment_id: str
    run_id: str


@dataclass(frozen=True, slots=True)
class Report:
    """Send the ledger's result for this assignment, if it is still unreported."""

    assignment_id: str


@dataclass(frozen=True, slots=True)
class Log:
    message: pb.WorkerMessage
    run_id: str


@dataclass(frozen=True, slots=True)
class Beat:
    message: pb.WorkerMessage


OutboxItem: TypeAlias = Ack | Report | Log | Beat


class Ledger:
    """Unreported results (by assignment id) and the outbox of the current stream.

    Not thread-safe: used from the worker's event loop only.
    """

    def __init__(self) -> None:
        self.unreported: dict[str, FinishedRun] = {}
        self.outbox: asyncio.Queue[OutboxItem] | None = None  # the open stream's
        self._parked: deque[Log] = deque()  # log lines written while no stream is open
        self._pending_logs = 0  # log lines queued (in the outbox or parked)
        self.dropped_logs = 0
        self._dropped_warned = 0

    # -- filling ---------------------------------------------------------------------

    def finished(self, run: FinishedRun) -> None:
        self.unreported[run.assignment_id] = run
        self.put(Report(run.assignment_id))

    def forget(self, assignment_id: str) -> FinishedRun | None:
        return self.unreported.pop(assignment_id, None)

    def put(self, item: OutboxItem) -> None:
        """Queue ``item`` on the open stream. Acks and beats are for the open stream only;
        a report waits in the ledger; a log line waits in a bounded buffer."""
        if isinstance(item, Log):
            if self._pending_logs >= MAX_PENDING_LOG_LINES:
                self.dropped_logs += 1
                if self.dropped_logs - self._dropped_warned >= MAX_PENDING_LOG_LINES // 10 or (
                    self._dropped_warned == 0
                ):
                    logger.warning(
                        "%d log line(s) dropped so far: more than %d are waiting to be sent",
                        self.dropped_logs,
                        MAX_PENDING_LOG_LINES,
                    )
                    self._dropped_warned = self.dropped_logs
                return
            self._pending_logs += 1
            if self.outbox is None:
                self._parked.append(item)
                return
        if self.outbox is not None:
            self.outbox.put_nowait(item)

    def sent_log(self) -> None:
        self._pending_logs = max(0, self._pending_logs - 1)

    # -- a new stream ----------------------------------------------------------------

    def for_registration(self) -> list[FinishedRun]:
        """The results a registration can carry: at most the server's 256 in-flight tasks
        (api/grpc/stream.go:1553-1554), within :data:`REGISTRATION_BUDGET_BYTES` (the
        server refuses a larger message, api/grpc/server.go:184-191), and none of a run
        with log lines still waiting (those must reach the server before the result)."""
        waiting_logs = {log.run_id for log in self._parked}
        chosen: list[FinishedRun] = []
        size = 0
        for run in self.unreported.values():
            if run.run_id in waiting_logs:
                continue
            cost = run.in_flight().ByteSize() + 8  # the field's tag and length
            if len(chosen) >= MAX_IN_FLIGHT_TASKS or size + cost > REGISTRATION_BUDGET_BYTES:
                continue
            chosen.append(run)
            size += cost
        return chosen

    def open_stream(self) -> asyncio.Queue[OutboxItem]:
        """A fresh outbox for a registered stream: parked log lines first, then the
        results the registration did not carry."""
        outbox: asyncio.Queue[OutboxItem] = asyncio.Queue()
        while self._parked:
            outbox.put_nowait(self._parked.popleft())
        for assignment_id in self.unreported:
            outbox.put_nowait(Report(assignment_id))
        self.outbox = outbox
        return outbox

    def close_stream(self) -> None:
        """The stream ended: log lines not yet written wait for the next one."""
        outbox, self.outbox = self.outbox, None
        if outbox is None:
            return
        while not outbox.empty():
            item = outbox.get_nowait()
            if isinstance(item, Log):
                self._parked.append(item)
