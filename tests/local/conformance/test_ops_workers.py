"""Workers over REST: list, get, their tasks, force-disconnect (``api/workers.go``,
``store/workers.go``), fed by bare gRPC worker streams."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import grpc
import pytest

from local.conftest import answer_assignment
from strait.local import LocalStrait
from strait.worker._proto import worker_pb2 as pb
from strait.worker._proto import worker_pb2_grpc as pb_grpc

from ._api import Api, error, wait
from ._ops_helpers import eventually


@pytest.fixture(scope="module")
def grpc_strait() -> Iterator[LocalStrait]:
    with LocalStrait(grpc=True) as strait:
        yield strait


@pytest.fixture
def wapi(grpc_strait: LocalStrait) -> Iterator[Api]:
    grpc_strait.reset()
    client = Api(grpc_strait)
    yield client
    client.close()


class Stream:
    """One bare ``StreamTasks`` call: send with :meth:`send`, read with :meth:`read`."""

    def __init__(self, strait: LocalStrait, channel: grpc.aio.Channel, **registration: Any) -> None:
        self.outbox: asyncio.Queue[pb.WorkerMessage | None] = asyncio.Queue()
        stub = pb_grpc.WorkerServiceStub(channel)
        reg = pb.WorkerRegistration(slots_total=2, slots_available=2, **registration)
        self.outbox.put_nowait(pb.WorkerMessage(registration=reg))
        metadata = (("authorization", f"Bearer {strait.api_key}"),)
        self.call = stub.StreamTasks(self._messages(), metadata=metadata)

    async def _messages(self) -> AsyncIterator[pb.WorkerMessage]:
        while (message := await self.outbox.get()) is not None:
            yield message

    def send(self, **message: Any) -> None:
        self.outbox.put_nowait(pb.WorkerMessage(**message))

    async def read(self) -> Any:
        return await self.call.read()


def _recent(stamp: str) -> bool:
    moment = datetime.fromisoformat(stamp)
    return abs(datetime.now(UTC) - moment) < timedelta(seconds=30)


async def _get(api: Api, path: str) -> Any:
    return await asyncio.to_thread(api.ok, "GET", path)


def test_registered_workers_are_listed_and_fetched(wapi: Api, grpc_strait: LocalStrait) -> None:
    """A registration is a worker row: ``queue_name`` its first queue, ``hostname``,
    ``version`` (the SDK version), ``status`` active, ``last_seen_at`` and ``registered_at``
    now (api/grpc/stream.go:1591-1606, store/workers.go:52-76); lists are offset pages,
    newest registration first (api/workers.go:31-60, store/workers.go:132-147); another
    id is 404 ``worker not found`` (api/workers.go:127-137); a closed stream leaves the
    worker ``offline`` (api/grpc/stream.go:1650, store/workers.go:98-104)."""
    target = grpc_strait.grpc_url.removeprefix("grpc://")

    async def scenario() -> tuple[Any, ...]:
        async with grpc.aio.insecure_channel(target) as channel:
            first = Stream(
                grpc_strait,
                channel,
                worker_id="w-a",
                queues=["default", "q2"],
                hostname="host-a",
                sdk_version="1.2.3",
            )
            await first.read()
            second = Stream(grpc_strait, channel, worker_id="w-b", hostname="host-b", sdk_version="9")
            await second.read()
            listed = await _get(wapi, "/v1/workers")
            paged = await _get(wapi, "/v1/workers?limit=1&offset=1")
            one = await _get(wapi, "/v1/workers/w-a")
            first.outbox.put_nowait(None)  # the worker half-closes: the stream ends
            while await first.read() is not grpc.aio.EOF:
                pass
            await asyncio.sleep(0.1)
            gone = await _get(wapi, "/v1/workers/w-a")
            second.call.cancel()
            return listed, paged, one, gone

    listed, paged, one, gone = asyncio.run(scenario())
    assert [w["id"] for w in listed["data"]] == ["w-b", "w-a"]
    assert (listed["offset"], listed["has_more"]) == (0, False)
    assert ([w["id"] for w in paged["data"]], paged["offset"], paged["has_more"]) == (["w-a"], 1, False)
    assert {k: one[k] for k in ("id", "project_id", "queue_name", "hostname", "version", "status")} == {
        "id": "w-a",
        "project_id": grpc_strait.project_id,
        "queue_name": "default",
        "hostname": "host-a",
        "version": "1.2.3",
        "status": "active",
    }
    assert _recent(one["registered_at"]) and _recent(one["last_seen_at"])
    assert gone["status"] == "offline"
    assert gone["registered_at"] == one["registered_at"]
    assert gone["last_seen_at"] >= one["last_seen_at"]
    assert error(wapi("GET", "/v1/workers/nobody")) == (404, "worker not found")
    assert error(wapi("GET", "/v1/workers/nobody/tasks")) == (404, "worker not found")


def test_offset_pagination_is_checked(wapi: Api) -> None:
    """``limit`` must be a positive integer and ``offset`` non-negative: 400
    (api/workers.go:37-40,282-306)."""
    assert error(wapi("GET", "/v1/workers?limit=0")) == (400, "limit must be a positive integer")
    assert error(wapi("GET", "/v1/workers?offset=-1")) == (400, "offset must be a non-negative integer")
    assert wapi.ok("GET", "/v1/workers?limit=500") == {"data": [], "offset": 0, "has_more": False}


def test_worker_tasks_follow_the_assignment(wapi: Api, grpc_strait: LocalStrait) -> None:
    """A task per assignment (its id the assignment id): ``assigned`` at assignment
    (api/grpc/dispatch.go:283-319, store/workers.go:452-467), ``accepted`` with
    ``accepted_at`` on the ack (api/grpc/stream.go:900-916, store/workers.go:476-478),
    ``completed`` with ``finished_at`` once the result settles the run
    (worker/executor_worker_result.go:32-35, store/workers.go:481-482); newest first
    (store/workers.go:795-830)."""
    job = wapi.job()
    run = wapi.trigger(job["id"], {"payload": {"n": 1}}).json()
    target = grpc_strait.grpc_url.removeprefix("grpc://")
    path = "/v1/workers/w-t/tasks"

    async def scenario() -> tuple[Any, ...]:
        async with grpc.aio.insecure_channel(target) as channel:
            stream = Stream(grpc_strait, channel, worker_id="w-t")
            await stream.read()
            assignment = (await stream.read()).task_assignment
            assigned = await _get(wapi, path)
            stream.send(ack=pb.Acknowledged(id=run["id"]))
            accepted = await asyncio.to_thread(
                eventually, lambda: wapi.ok("GET", path), lambda body: body["data"][0]["status"] != "assigned"
            )
            result = answer_assignment(pb.TaskResult, run["id"], assignment, "success", b"{}")
            stream.send(task_result=result)
            await asyncio.to_thread(wait, wapi, run["id"], "completed")
            done = await _get(wapi, path)
            stream.call.cancel()
            return assignment, assigned, accepted, done

    assignment, assigned, accepted, done = asyncio.run(scenario())
    (task,) = assigned["data"]
    assert {k: task[k] for k in ("id", "worker_id", "run_id", "project_id", "attempt", "status")} == {
        "id": assignment.assignment_id,
        "worker_id": "w-t",
        "run_id": run["id"],
        "project_id": grpc_strait.project_id,
        "attempt": 1,
        "status": "assigned",
    }
    assert _recent(task["assigned_at"]) and "accepted_at" not in task and "finished_at" not in task
    (task,) = accepted["data"]
    assert task["status"] == "accepted" and task["accepted_at"] >= task["assigned_at"]
    (task,) = done["data"]
    assert task["status"] == "completed" and task["finished_at"] >= task["accepted_at"]
    assert (done["offset"], done["has_more"]) == (0, False)


def test_force_disconnect_ends_the_stream_and_requeues(wapi: Api, grpc_strait: LocalStrait) -> None:
    """``DELETE /v1/workers/{id}`` ends the worker's stream (a plain error: UNKNOWN "force
    disconnected by API request", api/grpc/stream.go:61,553-561), whose end requeues the
    open runs without spending an attempt and fails their tasks (api/grpc/stream.go:1631-1653,
    store/workers.go:836-927); the answer, once the stream has ended, is 200
    ``{"status": "disconnected"}`` (api/workers.go:185-226). A worker with no stream never
    acknowledges: 503 ``worker_disconnect_pending`` with ``Retry-After`` after the 5 s ack
    timeout (api/workers.go:96,213-221)."""
    job = wapi.job()
    run = wapi.trigger(job["id"]).json()
    target = grpc_strait.grpc_url.removeprefix("grpc://")

    async def scenario() -> tuple[Any, ...]:
        async with grpc.aio.insecure_channel(target) as channel:
            stream = Stream(grpc_strait, channel, worker_id="w-f")
            await stream.read()
            await stream.read()  # the assignment
            answer = await asyncio.to_thread(wapi, "DELETE", "/v1/workers/w-f")
            with pytest.raises(grpc.aio.AioRpcError) as ended:
                while await stream.read() is not grpc.aio.EOF:
                    pass
            stream.outbox.put_nowait(None)
            return answer, ended.value

    answer, ended = asyncio.run(scenario())
    assert (answer.status_code, answer.json()) == (200, {"status": "disconnected"})
    assert (ended.code(), ended.details()) == (grpc.StatusCode.UNKNOWN, "force disconnected by API request")
    again = wapi.run(run["id"])
    assert (again["status"], again["attempt"]) == ("queued", 1)
    worker = wapi.ok("GET", "/v1/workers/w-f")
    assert worker["status"] == "offline"
    (task,) = wapi.ok("GET", "/v1/workers/w-f/tasks")["data"]
    assert task["status"] == "failed" and task["finished_at"] >= task["assigned_at"]
    pending = wapi("DELETE", "/v1/workers/w-f")
    assert error(pending) == (503, "worker_disconnect_pending")
    assert pending.headers["Retry-After"] == "5"
    assert error(wapi("DELETE", "/v1/workers/nobody")) == (404, "worker not found")
