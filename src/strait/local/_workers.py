"""Workers over REST: the rows the server keeps for connected workers and their
assignments (``store/workers.go``), and the four operations on them
(``api/workers.go``).

The gRPC hub (``_grpc``, loaded only with grpcio) writes the rows into a
:class:`WorkerBook`; these operations read it through ``emu.workers.book`` and answer an
empty list (and 404 for one worker) when no gRPC service runs.

- A registration upserts the worker: ``queue_name`` its first queue, ``hostname``,
  ``version`` (the SDK version), ``status`` active, ``last_seen_at`` now, and
  ``registered_at`` only the first time (store/workers.go:52-76, api/grpc/stream.go:1591-1606).
  ``last_seen_at`` moves on heartbeats (the server refreshes it on its 15 s registry sync,
  api/grpc/db_sync.go:31-56, config/config.go:394); a closed stream marks the worker
  ``offline`` with ``last_seen_at`` now (api/grpc/stream.go:1650, store/workers.go:98-104).
- An assignment is a task row (its id is the assignment id) ``assigned`` at
  ``assigned_at`` (api/grpc/dispatch.go:283-319, store/workers.go:452-467), ``accepted``
  with ``accepted_at`` on the worker's ack (api/grpc/stream.go:900-916,
  store/workers.go:476-478), ``result_received`` when its result counts
  (store/workers.go:497-524), then ``completed``/``failed`` with ``finished_at`` as the run
  settles (worker/executor_worker_result.go:22-35, store/workers.go:481-482); when the
  stream ends, its ``assigned``/``accepted`` tasks become ``failed`` (store/workers.go:836-927).
- Lists are offset pages (``limit`` 1-100, default 50; ``offset`` >= 0), newest
  registration / assignment first (api/workers.go:31-60,245-306, store/workers.go:132-168,795-830).
"""

from __future__ import annotations

import asyncio
import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from strait._limits import WORKER_DISCONNECT_ACK_TIMEOUT_SECS
from strait._types import JSONObject

from ._clock import format_time
from ._core import EmulatorCore
from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, Reply, page_limit, reader
from ._json import as_int, as_str

__all__ = ["WorkerBook"]

#: Task statuses a closed stream fails (store/workers.go:850-851).
OPEN_TASK_STATUSES = frozenset({"assigned", "accepted"})


@dataclass
class WorkerBook:
    """The ``workers`` and ``worker_tasks`` rows, by ``(project_id, worker_id)`` and task id."""

    emu: EmulatorCore
    workers: dict[tuple[str, str], JSONObject] = field(default_factory=dict)
    tasks: dict[str, JSONObject] = field(default_factory=dict)
    #: The live streams' disconnect hooks: calling one ends that stream (force-disconnect).
    disconnect: dict[tuple[str, str], Callable[[], None]] = field(default_factory=dict)
    #: Waiters for a stream's end, each set once its worker is offline (the server's ack).
    acks: dict[tuple[str, str], list[asyncio.Event]] = field(default_factory=dict)
    _order: itertools.count[int] = field(default_factory=itertools.count)

    def _now(self) -> str:
        return format_time(self.emu.clock.stamp())

    def register(self, project_id: str, worker_id: str, queue: str, hostname: str, version: str) -> None:
        now = self._now()
        row = self.workers.get((project_id, worker_id))
        if row is None:
            row = {
                "id": worker_id,
                "project_id": project_id,
                "registered_at": now,
                "_order": next(self._order),
            }
            self.workers[(project_id, worker_id)] = row
        row.update(queue_name=queue, hostname=hostname, version=version, status="active", last_seen_at=now)

    def seen(self, project_id: str, worker_id: str) -> None:
        row = self.workers.get((project_id, worker_id))
        if row is not None:
            row["last_seen_at"] = self._now()

    def offline(self, project_id: str, worker_id: str) -> None:
        """The stream ended: open tasks fail, the worker is offline, waiters are told."""
        now = self._now()
        for task in self.tasks.values():
            same = (task["project_id"], task["worker_id"]) == (project_id, worker_id)
            if same and task["status"] in OPEN_TASK_STATUSES:
                task.update(status="failed", finished_at=now)
        row = self.workers.get((project_id, worker_id))
        if row is not None:
            row.update(status="offline", last_seen_at=now)
        self.disconnect.pop((project_id, worker_id), None)
        for event in self.acks.pop((project_id, worker_id), []):
            event.set()

    def assigned(self, task_id: str, project_id: str, worker_id: str, run_id: str, attempt: int) -> None:
        self.tasks[task_id] = {
            "id": task_id,
            "worker_id": worker_id,
            "run_id": run_id,
            "project_id": project_id,
            "attempt": max(attempt, 1),
            "status": "assigned",
            "assigned_at": self._now(),
            "_order": next(self._order),
        }

    def accepted(self, task_id: str) -> None:
        task = self.tasks.get(task_id)
        if task is not None and task["status"] != "accepted":
            task.update(status="accepted", accepted_at=self._now())

    def result_received(self, task_id: str) -> None:
        task = self.tasks.get(task_id)
        if task is not None and task["status"] in OPEN_TASK_STATUSES:
            task["status"] = "result_received"

    def finished(self, task_id: str, status: str) -> None:
        task = self.tasks.get(task_id)
        if task is not None and task["status"] != status:
            task.update(status=status, finished_at=self._now())

    def reset(self, connected: set[tuple[str, str]]) -> None:
        """A fresh state: the tasks and the offline workers go; connected workers stay."""
        self.tasks.clear()
        for key in list(self.workers):
            if key not in connected:
                del self.workers[key]


def _book(call: Call) -> WorkerBook | None:
    hub = call.emu.workers
    book = None if hub is None else hub.book
    return book if isinstance(book, WorkerBook) else None


def _offset_page(call: Call, rows: list[JSONObject]) -> JSONObject:
    """``parseSimplePagination`` (api/workers.go:282-306), then newest first."""
    limit = page_limit(call)
    offset = 0
    raw = call.query.get("offset", "")
    if raw:
        try:
            offset = int(raw)
        except ValueError:
            offset = -1
        if offset < 0:
            raise ApiFailure(400, "offset must be a non-negative integer")
    chosen = sorted(rows, key=lambda r: as_int(r["_order"]), reverse=True)[offset : offset + limit + 1]
    return {
        "data": [_wire(r) for r in chosen[:limit]],
        "offset": offset,
        "has_more": len(chosen) > limit,
    }


def _wire(row: JSONObject) -> JSONObject:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def _worker(call: Call) -> JSONObject:
    """The caller's project's worker, else 404 (api/workers.go:127-137)."""
    book = _book(call)
    row = None if book is None else book.workers.get((call.project_id, call.params["workerID"]))
    if row is None:
        raise ApiFailure(404, "worker not found")
    return row


@operation("list-workers")
def list_workers(call: Call) -> Reply:
    book = _book(call)
    rows = [] if book is None else [r for r in book.workers.values() if r["project_id"] == call.project_id]
    return json_ok(_offset_page(call, rows))


operation("get-worker")(reader(_worker, _wire))


@operation("list-worker-tasks")
def list_worker_tasks(call: Call) -> Reply:
    row = _worker(call)
    book = _book(call)
    assert book is not None  # a worker row exists
    rows = [
        t for t in book.tasks.values() if (t["project_id"], t["worker_id"]) == (call.project_id, row["id"])
    ]
    return json_ok(_offset_page(call, rows))


@operation("force-disconnect-worker")
async def force_disconnect_worker(call: Call) -> Reply:
    """The worker's stream ends (its open runs requeued, no attempt spent, as on any stream
    end); answered once the stream has finished, else 503 ``worker_disconnect_pending``
    after the ack timeout, with ``Retry-After`` (api/workers.go:139-227)."""
    row = _worker(call)
    book = _book(call)
    assert book is not None
    key = (call.project_id, as_str(row["id"]))
    ended = asyncio.Event()
    book.acks.setdefault(key, []).append(ended)
    hook = book.disconnect.get(key)
    if hook is not None:
        hook()
    try:
        await asyncio.wait_for(ended.wait(), WORKER_DISCONNECT_ACK_TIMEOUT_SECS)
    except TimeoutError:
        waiters = book.acks.get(key, [])
        if ended in waiters:
            waiters.remove(ended)
        raise ApiFailure(
            503,
            "worker_disconnect_pending",
            headers={"Retry-After": str(max(math.ceil(WORKER_DISCONNECT_ACK_TIMEOUT_SECS), 1))},
        ) from None
    return json_ok({"status": "disconnected"})
