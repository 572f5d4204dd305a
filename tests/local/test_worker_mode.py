"""Worker mode: strait.worker.Worker (and a bare gRPC client) against the emulator's
WorkerService, over a real loopback gRPC connection."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import grpc
import pytest

from strait import Client
from strait.authoring import JobOptions, define_job
from strait.local import LocalStrait
from strait.local._emulator import hash_key
from strait.worker import Worker
from strait.worker._proto import worker_pb2 as pb
from strait.worker._proto import worker_pb2_grpc as pb_grpc
from strait.worker._worker import WorkerAuthError

from .conftest import wait_for_status


class Running:
    """A worker running on its own thread for the duration of a test."""

    def __init__(self, worker: Worker) -> None:
        self.worker = worker
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            asyncio.run(self.worker.arun())
        except BaseException as exc:
            self.error = exc

    def __enter__(self) -> Running:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.thread.is_alive():
            self.worker.stop()
        self.thread.join(10)


def _worker(strait: LocalStrait, jobs: list[Any], **options: Any) -> Worker:
    settings: dict[str, Any] = {
        "api_key": strait.api_key,
        "grpc_url": strait.grpc_url,
        "base_url": strait.base_url,
        "project_id": strait.project_id,
        "heartbeat_interval": 1.0,
        "drain_timeout": 2.0,
    }
    settings.update(options)
    return Worker(jobs=jobs, **settings)


def _define(strait: LocalStrait, slug: str, handler: Any, **options: Any) -> Any:
    return define_job(
        JobOptions(
            name=slug.title(), slug=slug, project_id=strait.project_id, execution_mode="worker", **options
        ),
        handler=handler,
    )


@pytest.fixture
def client(local_strait: LocalStrait) -> Iterator[Client]:
    with local_strait.client() as c:
        yield c


def test_worker_runs_jobs_and_reports_through_the_run_token(
    local_strait: LocalStrait, client: Client
) -> None:
    def resize(ctx: Any, payload: Any) -> Any:
        ctx.progress(50)
        ctx.log("resizing", data={"w": payload["w"]})
        return {"w": payload["w"] // 2}

    job = _define(local_strait, "resize", resize)
    job.deploy(client)
    run = job.trigger(client, {"w": 640})
    assert client.runs.get(run["id"])["status"] == "queued"  # no worker yet: the run waits
    with Running(_worker(local_strait, [job])):
        done = client.runs.wait(run["id"], timeout=10)
    assert (done["status"], done["result"]) == ("completed", {"w": 320})
    kinds = [e["type"] for e in client.runs.list_events(run["id"]).data]
    assert "progress" in kinds
    assert "log" in kinds


def test_slots_are_never_exceeded(local_strait: LocalStrait, client: Client) -> None:
    active, peak, lock = [0], [0], threading.Lock()

    def slow(ctx: Any, payload: Any) -> Any:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.05)
        with lock:
            active[0] -= 1
        return payload

    job = _define(local_strait, "slow", slow)
    job.deploy(client)
    runs = [job.trigger(client, {"i": i})["id"] for i in range(6)]
    with Running(_worker(local_strait, [job], concurrency=2)):
        results = [wait_for_status(client, r, "completed")["result"] for r in runs]
    assert results == [{"i": i} for i in range(6)]
    assert peak[0] == 2
    hub = local_strait.emulator.workers
    assert all(w.slots_available == w.slots_total for w in hub.workers.values())


def test_failure_is_retried_then_dead_lettered(local_strait: LocalStrait, client: Client) -> None:
    def broken(ctx: Any, payload: Any) -> Any:
        raise RuntimeError("disk full")

    job = _define(local_strait, "broken", broken, max_attempts=2)
    job.deploy(client)
    run = job.trigger(client, {})
    with Running(_worker(local_strait, [job])):
        first = wait_for_status(client, run["id"], "queued", "dead_letter")
        deadline = time.monotonic() + 10
        while first["attempt"] != 2 and time.monotonic() < deadline:
            first = client.runs.get(run["id"])
        assert "disk full" in first["error"]
        local_strait.advance(5)
        dead = wait_for_status(client, run["id"], "dead_letter")
    assert (dead["status"], dead["attempt"]) == ("dead_letter", 2)


def test_cancel_reaches_the_worker(local_strait: LocalStrait, client: Client) -> None:
    started, seen_cancel = threading.Event(), threading.Event()

    def waits(ctx: Any, payload: Any) -> Any:
        started.set()
        deadline = time.monotonic() + 10
        while not ctx.cancelled and time.monotonic() < deadline:
            time.sleep(0.01)
        if ctx.cancelled:
            seen_cancel.set()
        return None

    job = _define(local_strait, "waits", waits)
    job.deploy(client)
    run = job.trigger(client, {})
    with Running(_worker(local_strait, [job])):
        assert started.wait(10)
        assert client.runs.delete(run["id"])["status"] == "canceled"
        assert seen_cancel.wait(10)
    assert client.runs.get(run["id"])["status"] == "canceled"


def test_bad_key_stops_the_worker_with_a_typed_error(local_strait: LocalStrait) -> None:
    job = _define(local_strait, "never", lambda ctx, payload: None)
    running = Running(
        _worker(local_strait, [job], api_key="strait_wrong", reconnect_initial=0.01, reconnect_max=0.02)
    )
    with running:
        running.thread.join(10)
    assert isinstance(running.error, WorkerAuthError)
    assert running.error.code == "unauthenticated"


def test_protocol_checks_with_a_bare_stream(local_strait: LocalStrait, client: Client) -> None:
    job = client.jobs.create(
        {"project_id": local_strait.project_id, "name": "Raw", "slug": "raw", "execution_mode": "worker"}
    )
    run = client.jobs.trigger(job["id"], {"payload": {"x": 1}})
    target = local_strait.grpc_url.removeprefix("grpc://")

    async def session() -> tuple[tuple[Any, Any, str], Any]:
        async with grpc.aio.insecure_channel(target) as channel:
            stub = pb_grpc.WorkerServiceStub(channel)
            metadata = (("authorization", f"Bearer {local_strait.api_key}"),)
            outbox: asyncio.Queue[pb.WorkerMessage] = asyncio.Queue()

            async def messages() -> Any:
                while True:
                    yield await outbox.get()

            registration = pb.WorkerRegistration(worker_id="w-raw", queues=["default"], slots_total=1)
            await outbox.put(pb.WorkerMessage(registration=registration))
            call = stub.StreamTasks(messages(), metadata=metadata)
            ack: Any = await call.read()
            assigned: Any = await call.read()
            assignment = assigned.task_assignment
            # A result for another assignment id is dropped, as the server drops it.
            wrong = pb.TaskResult(run_id=run["id"], status="success", assignment_id="nope", attempt=1)
            await outbox.put(pb.WorkerMessage(task_result=wrong))
            await asyncio.sleep(0.1)
            still = (await asyncio.to_thread(client.runs.get, run["id"]))["status"]
            right = pb.TaskResult(
                run_id=run["id"],
                status="success",
                output_json=b'{"ok": true}',
                assignment_id=assignment.assignment_id,
                attempt=assignment.attempt,
            )
            await outbox.put(pb.WorkerMessage(task_result=right))
            done = await asyncio.to_thread(wait_for_status, client, run["id"], "completed")
            call.cancel()
            return (ack, assignment, still), done

    (ack, assignment, still), done = asyncio.run(session())
    assert ack.ack.id == "w-raw"
    assert (assignment.run_id, assignment.job_slug, assignment.attempt) == (run["id"], "raw", 1)
    assert assignment.run_token_jwt
    assert still == "executing"
    assert (done["status"], done["result"]) == ("completed", {"ok": True})

    async def unregistered() -> grpc.StatusCode:
        async with grpc.aio.insecure_channel(target) as channel:
            stub = pb_grpc.WorkerServiceStub(channel)
            beat = pb.WorkerMessage(heartbeat=pb.Heartbeat(slots_available=1))
            call = stub.StreamTasks(
                iter([beat]), metadata=(("authorization", f"Bearer {local_strait.api_key}"),)
            )
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await call.read()
            return caught.value.code()

    assert asyncio.run(unregistered()) == grpc.StatusCode.INVALID_ARGUMENT


def test_results_reported_after_a_reconnect(local_strait: LocalStrait, client: Client) -> None:
    release = threading.Event()

    def held(ctx: Any, payload: Any) -> Any:
        release.wait(10)
        return {"held": True}

    job = _define(local_strait, "held", held)
    job.deploy(client)
    run = job.trigger(client, {})
    worker = _worker(local_strait, [job], reconnect_initial=0.05, reconnect_max=0.1)
    with Running(worker):
        wait_for_status(client, run["id"], "executing")
        hub = local_strait.emulator.workers
        key = (local_strait.project_id, worker.worker_id)
        before = local_strait.call(lambda: hub.workers[key])
        # Cut the stream from the server side while the run is in flight...
        local_strait.call(lambda: before.outbox.put_nowait(None))
        deadline = time.monotonic() + 10
        while local_strait.call(lambda: hub.workers.get(key)) is before and time.monotonic() < deadline:
            time.sleep(0.005)
        # ...the worker re-registered under the same id; the run, still assigned to it,
        # finishes now and its result is accepted on the new stream.
        assert local_strait.call(lambda: hub.workers[key].connected)
        release.set()
        done = wait_for_status(client, run["id"], "completed")
    assert (done["status"], done["result"]) == ("completed", {"held": True})


def test_result_finished_while_disconnected_comes_in_flight(
    local_strait: LocalStrait, client: Client
) -> None:
    release, finished = threading.Event(), threading.Event()

    def held(ctx: Any, payload: Any) -> Any:
        release.wait(10)
        finished.set()
        return {"offline": True}

    job = _define(local_strait, "offline", held)
    job.deploy(client)
    run = job.trigger(client, {})
    emu = local_strait.emulator
    observer = local_strait.client(
        api_key=client.api_keys.create({"project_id": local_strait.project_id, "name": "o"})["key"]
    )
    worker = _worker(local_strait, [job], reconnect_initial=0.02, reconnect_max=0.05, max_auth_failures=1000)
    with Running(worker), observer:
        wait_for_status(client, run["id"], "executing")
        key = emu.state.keys[hash_key(local_strait.api_key)]
        hub = emu.workers
        # Refuse the worker's key and cut its stream: it cannot re-register...
        local_strait.call(lambda: setattr(key, "revoked_at", emu.clock.now()))
        local_strait.call(
            lambda: hub.workers[(local_strait.project_id, worker.worker_id)].outbox.put_nowait(None)
        )
        release.set()  # ...while the handler finishes, offline
        assert finished.wait(10)
        time.sleep(0.2)
        assert observer.runs.get(run["id"])["status"] == "executing"  # nothing reported yet

        # Restore the key; forget the refusals counted meanwhile (at 10 the emulator, like
        # the server, throttles the address for a minute; a slow machine can get there).
        def restore() -> None:
            key.revoked_at = None
            hub.auth_failures.clear()

        local_strait.call(restore)
        done = wait_for_status(observer, run["id"], "completed")
    assert done["status"] == "completed"
    assert done["result"] == {"offline": True}
    assert local_strait.call(lambda: list(hub.reconciled)) == [run["id"]]
