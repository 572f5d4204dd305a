"""Worker mode: strait.worker.Worker (and a bare gRPC client) against the emulator's
WorkerService, over a real loopback gRPC connection."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import grpc
import pytest

from strait import Client
from strait._auth import decode_run_token
from strait._signing import verify_signature
from strait.authoring import JobOptions, define_job
from strait.local import LocalStrait
from strait.local import _tokens as local_tokens
from strait.local._grpc import WorkerHub, _Service
from strait.worker import Worker
from strait.worker._proto import worker_pb2 as pb
from strait.worker._proto import worker_pb2_grpc as pb_grpc
from strait.worker._worker import WorkerAuthError

from .conftest import answer_assignment, wait_for_status


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
        # A worker left running would stay registered and take the next tests' runs.
        assert not self.thread.is_alive(), f"worker {self.worker.worker_id} did not stop within 10 s"


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


@pytest.fixture(autouse=True)
def _streams_end_with_their_test(local_strait: LocalStrait) -> Iterator[None]:
    """Every worker stream a test opened has ended on the emulator's side before the next
    test: a worker left registered would take that test's runs."""
    yield
    hub = local_strait.emulator.workers
    assert isinstance(hub, WorkerHub)
    deadline = time.monotonic() + 10
    while (left := local_strait.call(lambda: list(hub.workers))) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert left == [], f"worker streams outlived their test: {left}"


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
    assert "log" not in kinds  # worker log lines go to the live log stream only (see below)


def test_worker_log_lines_are_published_live_not_stored_as_run_events(
    local_strait: LocalStrait, client: Client
) -> None:
    """The server publishes a worker's LogLine to ``worker:log:<run id>`` and stores nothing
    (api/grpc/stream.go:1200-1251)."""
    emu = local_strait.emulator
    published: list[tuple[str, Any]] = []
    original = emu.publish

    def spy(channel: str, message: Any) -> Any:
        published.append((channel, message))
        return original(channel, message)

    def talks(ctx: Any, payload: Any) -> Any:
        ctx.log("hello", level="warn")
        return None

    job = _define(local_strait, "talks", talks)
    job.deploy(client)
    run = job.trigger(client, {})
    local_strait.call(lambda: setattr(emu, "publish", spy))
    try:
        with Running(_worker(local_strait, [job])):
            client.runs.wait(run["id"], timeout=10)
    finally:
        local_strait.call(lambda: setattr(emu, "publish", original))
    lines = [m for c, m in published if c == f"worker:log:{run['id']}"]
    assert [(m["message"], m["level"]) for m in lines] == [("hello", "warn")]
    assert set(lines[0]) == {"run_id", "level", "message", "timestamp_unix_ms"}
    events = local_strait.call(lambda: list(emu.state.runs[run["id"]].events))
    assert not [e for e in events if e["type"] == "log"]


def _counting_handler(together: int = 1) -> tuple[Callable[[Any, Any], Any], list[int]]:
    """A handler returning its payload, and the most of its calls seen at once. Until
    ``together`` calls were seen at once, each call waits (up to 5 s) for company, so an
    overlap the worker allows is seen however slow the machine."""
    active, peak, seen = [0], [0], threading.Condition()

    def handler(ctx: Any, payload: Any) -> Any:
        with seen:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            seen.notify_all()
            seen.wait_for(lambda: peak[0] >= together, timeout=5)
        time.sleep(0.01)
        with seen:
            active[0] -= 1
        return payload

    return handler, peak


def test_slots_are_never_exceeded(local_strait: LocalStrait, client: Client) -> None:
    slow, peak = _counting_handler(together=2)
    job = _define(local_strait, "slow", slow)
    job.deploy(client)
    runs = [job.trigger(client, {"i": i})["id"] for i in range(6)]
    hub = local_strait.emulator.workers
    assert isinstance(hub, WorkerHub)
    with Running(_worker(local_strait, [job], concurrency=2)):
        results = [wait_for_status(client, r, "completed")["result"] for r in runs]
        slots = local_strait.call(lambda: [(w.slots_available, w.slots_total) for w in hub.workers.values()])
    assert results == [{"i": i} for i in range(6)]
    assert peak[0] == 2
    assert slots == [(2, 2)]  # every slot given back once its result came


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


def test_ctx_fail_in_worker_mode_is_final_as_over_rest(local_strait: LocalStrait, client: Client) -> None:
    """``POST /sdk/v1/runs/{id}/fail`` moves the run to failed, no retry
    (api/sdk_terminal.go:116-134); the worker records ctx.fail() there, so a job with
    attempts left is not retried, as in HTTP mode."""
    calls: list[int] = []

    def refuses(ctx: Any, payload: Any) -> Any:
        calls.append(ctx.attempt)
        ctx.fail("the order does not exist")

    job = _define(local_strait, "refuses", refuses, max_attempts=3)
    job.deploy(client)
    run = job.trigger(client, {})
    with Running(_worker(local_strait, [job])):
        done = wait_for_status(client, run["id"], "failed", "dead_letter")
        local_strait.advance(10)
        time.sleep(0.2)
        after = client.runs.get(run["id"])
    assert (done["status"], done["error"], done["attempt"]) == ("failed", "the order does not exist", 1)
    assert after["status"] == "failed" and calls == [1]


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

            registration = pb.WorkerRegistration(
                worker_id="w-raw", queues=["default"], slots_total=1, slots_available=1
            )
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
            right = answer_assignment(pb.TaskResult, run["id"], assignment, "success", b'{"ok": true}')
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


def test_a_dropped_stream_requeues_its_runs_at_once_without_spending_an_attempt(
    local_strait: LocalStrait, client: Client
) -> None:
    """When a stream ends the server requeues the worker's open runs, attempt unchanged
    (api/grpc/stream.go:1631-1650, store/workers.go:836-891): the run executes again (so
    handlers must be idempotent) and its first execution's late result is dropped."""
    release = threading.Event()
    executions: list[int] = []

    def held(ctx: Any, payload: Any) -> Any:
        executions.append(ctx.attempt)
        if len(executions) == 1:
            release.wait(10)
            return {"first": True}
        return {"second": True}

    job = _define(local_strait, "held", held, max_attempts=1)
    job.deploy(client)
    run = job.trigger(client, {})
    worker = _worker(local_strait, [job], reconnect_initial=0.05, reconnect_max=0.1)
    with Running(worker):
        wait_for_status(client, run["id"], "executing")
        hub = local_strait.emulator.workers
        assert isinstance(hub, WorkerHub)
        key = (local_strait.project_id, worker.worker_id)
        before = local_strait.call(lambda: hub.workers[key])
        local_strait.call(lambda: before.outbox.put_nowait(None))  # the server ends the stream
        done = wait_for_status(client, run["id"], "completed")
        release.set()
    assert (done["result"], done["attempt"]) == ({"second": True}, 1)
    assert executions == [1, 1]


def test_in_flight_results_of_a_replaced_stream_are_accepted(
    local_strait: LocalStrait, client: Client
) -> None:
    """The same worker id registering again ends the old stream with UNKNOWN "api key
    revoked" and keeps its assignments open (api/grpc/registry.go:148-157,
    api/grpc/stream.go:871-875), so the new registration's in_flight_tasks settle them
    (api/grpc/stream.go:1261-1330)."""
    job = client.jobs.create(
        {"project_id": local_strait.project_id, "name": "Swap", "slug": "swap", "execution_mode": "worker"}
    )
    run = client.jobs.trigger(job["id"], {"payload": {}})
    target = local_strait.grpc_url.removeprefix("grpc://")
    metadata = (("authorization", f"Bearer {local_strait.api_key}"),)

    async def scenario() -> tuple[Any, Any]:
        async with grpc.aio.insecure_channel(target) as channel:
            stub = pb_grpc.WorkerServiceStub(channel)
            reg = pb.WorkerRegistration(
                worker_id="w-swap", queues=["default"], slots_total=1, slots_available=1
            )
            never_closed: asyncio.Event = asyncio.Event()

            async def messages() -> Any:  # the old stream stays open (no half-close)
                yield pb.WorkerMessage(registration=reg)
                await never_closed.wait()

            old = stub.StreamTasks(messages(), metadata=metadata)
            await old.read()
            assigned: Any = await old.read()
            assignment = assigned.task_assignment
            done = answer_assignment(pb.InFlightTask, run["id"], assignment, "completed", b'{"swapped": 1}')
            again = pb.WorkerRegistration(
                worker_id="w-swap",
                queues=["default"],
                slots_total=1,
                slots_available=1,
                in_flight_tasks=[done],
            )
            new = stub.StreamTasks(iter([pb.WorkerMessage(registration=again)]), metadata=metadata)
            ack = await new.read()
            with pytest.raises(grpc.aio.AioRpcError) as ended:
                while await old.read() is not grpc.aio.EOF:
                    pass
            new.cancel()
            return ack, ended.value

    ack, ended = asyncio.run(scenario())
    assert ack.ack.id == "w-swap"
    assert (ended.code(), ended.details()) == (grpc.StatusCode.UNKNOWN, "api key revoked")
    done = wait_for_status(client, run["id"], "completed")
    assert (done["result"], done["attempt"]) == ({"swapped": 1}, 1)


class _CancelledAtAck:
    """A stream whose client cancels while the server is writing the registration's ack."""

    def __init__(self, api_key: str, worker_id: str) -> None:
        self.api_key = api_key
        self.inbox: list[Any] = [
            pb.WorkerMessage(
                registration=pb.WorkerRegistration(
                    worker_id=worker_id, queues=["default"], slots_total=1, slots_available=1
                )
            )
        ]

    async def read(self) -> Any:
        return self.inbox.pop(0) if self.inbox else grpc.aio.EOF

    def peer(self) -> str:
        return "ipv4:127.0.0.1:1"

    def invocation_metadata(self) -> tuple[tuple[str, str], ...]:
        return (("authorization", f"Bearer {self.api_key}"),)

    async def write(self, message: Any) -> None:
        raise asyncio.CancelledError  # grpc.aio cancels the handler when the client cancels

    async def abort(self, code: grpc.StatusCode, details: str) -> None:
        raise AssertionError(f"aborted {code}: {details}")


def test_a_stream_cancelled_during_its_ack_leaves_no_registered_worker(
    local_strait: LocalStrait, client: Client
) -> None:
    """The server undoes a registration on every way out of the stream, a failed ack send
    included (api/grpc/stream.go:224,250-261): a client that cancels at once must not leave
    a worker behind that takes later runs and never answers them."""
    hub = local_strait.emulator.workers
    assert isinstance(hub, WorkerHub)
    stream = _CancelledAtAck(local_strait.api_key, "w-cancelled")

    async def scenario() -> None:
        with contextlib.suppress(asyncio.CancelledError):
            await _Service(hub).StreamTasks(None, stream)

    local_strait.run(scenario())
    assert (local_strait.project_id, "w-cancelled") not in local_strait.call(lambda: list(hub.workers))
    job = client.jobs.create(
        {"project_id": local_strait.project_id, "name": "After", "slug": "after", "execution_mode": "worker"}
    )
    run = client.jobs.trigger(job["id"], {"payload": {}})
    assert client.runs.get(run["id"])["status"] == "queued"
    rows = client.workers.list().data
    assert [w["status"] for w in rows if w["id"] == "w-cancelled"] == ["offline"]


def _bare_result(local_strait: LocalStrait, run_id: str, output: bytes, slots_available: int = 1) -> Any:
    """Register a bare stream, take the assignment, answer it with ``output``. With no free
    slot no assignment is expected: None after 1 s (else one is waited for up to 10 s)."""
    target = local_strait.grpc_url.removeprefix("grpc://")
    metadata = (("authorization", f"Bearer {local_strait.api_key}"),)

    async def scenario() -> Any:
        async with grpc.aio.insecure_channel(
            target, options=(("grpc.max_send_message_length", 8 << 20),)
        ) as ch:
            stub = pb_grpc.WorkerServiceStub(ch)
            outbox: asyncio.Queue[pb.WorkerMessage] = asyncio.Queue()

            async def messages() -> Any:
                while True:
                    yield await outbox.get()

            reg = pb.WorkerRegistration(
                worker_id="w-bare", queues=["default"], slots_total=1, slots_available=slots_available
            )
            await outbox.put(pb.WorkerMessage(registration=reg))
            call = stub.StreamTasks(messages(), metadata=metadata)
            await call.read()
            try:
                assigned: Any = await asyncio.wait_for(call.read(), 10.0 if slots_available else 1.0)
            except TimeoutError:
                call.cancel()
                return None
            a = assigned.task_assignment
            result = pb.TaskResult(
                run_id=run_id,
                status="success",
                output_json=output,
                assignment_id=a.assignment_id,
                attempt=a.attempt,
            )
            await outbox.put(pb.WorkerMessage(task_result=result))
            try:
                while await asyncio.wait_for(call.read(), 2.0) is not grpc.aio.EOF:
                    pass
            except grpc.aio.AioRpcError as exc:
                return exc.code()
            except TimeoutError:
                pass
            call.cancel()
            return a

    return asyncio.run(scenario())


def test_a_success_result_with_nan_fails_the_attempt(local_strait: LocalStrait, client: Client) -> None:
    """Go's json.Valid refuses NaN: the result becomes a failure with the server's message
    (api/grpc/dispatch.go:218, 639-641; api/grpc/stream.go:996-1004)."""
    job = client.jobs.create(
        {
            "project_id": local_strait.project_id,
            "name": "Nan",
            "slug": "nan",
            "execution_mode": "worker",
            "max_attempts": 1,  # the failed attempt is the last: dead-lettered, not retried
        }
    )
    run = client.jobs.trigger(job["id"], {"payload": {}})
    _bare_result(local_strait, run["id"], b'{"score": NaN}')
    done = wait_for_status(client, run["id"], "dead_letter")
    assert done["error"] == "worker returned invalid output_json"


def test_a_message_over_one_mib_is_refused(local_strait: LocalStrait, client: Client) -> None:
    """The server receives at most 1 MiB per message (api/grpc/server.go:184-191)."""
    job = client.jobs.create(
        {"project_id": local_strait.project_id, "name": "Big", "slug": "big", "execution_mode": "worker"}
    )
    run = client.jobs.trigger(job["id"], {"payload": {}})
    code = _bare_result(local_strait, run["id"], b'"' + b"x" * (1024 * 1024) + b'"')
    assert code == grpc.StatusCode.RESOURCE_EXHAUSTED


def test_a_registration_with_no_free_slot_gets_no_run(local_strait: LocalStrait, client: Client) -> None:
    """The server starts a worker's slot count from the registration's slots_available
    (api/grpc/stream.go:480-481) and assigns only to a worker with a free slot
    (api/grpc/registry.go:358-362)."""
    job = client.jobs.create(
        {"project_id": local_strait.project_id, "name": "Full", "slug": "full", "execution_mode": "worker"}
    )
    run = client.jobs.trigger(job["id"], {"payload": {}})
    assert _bare_result(local_strait, run["id"], b"1", slots_available=0) is None
    assert client.runs.get(run["id"])["status"] == "queued"


def test_max_concurrency_holds_worker_mode_runs_as_in_http_mode(
    local_strait: LocalStrait, client: Client
) -> None:
    """A job's ``max_concurrency`` keeps runs queued in worker mode too, however many free
    slots the worker has: the server's claim query applies it to every run it hands out
    (queue/pgque_claim.go:483-550)."""
    one_at_a_time, peak = _counting_handler()
    job = _define(local_strait, "limited", one_at_a_time, max_concurrency=1)
    job.deploy(client)
    runs = [job.trigger(client, {"i": i})["id"] for i in range(4)]
    with Running(_worker(local_strait, [job], concurrency=4)):
        results = [wait_for_status(client, r, "completed")["result"] for r in runs]
    assert sorted(r["i"] for r in results) == [0, 1, 2, 3]
    assert peak[0] == 1


def test_an_assignment_carries_its_runs_job_version_timeout_and_signature(
    local_strait: LocalStrait, client: Client
) -> None:
    """The assignment's ``timeout_secs`` and HMAC signature come from the job version the
    run was triggered with, not the job as later edited (worker/executor_dispatch_job.go:61-110;
    api/grpc/dispatch.go:520-530, 566-576); its run token, from the one minter
    (``strait._auth.mint_run_token``), carries the attempt and the assignment's id
    (api/grpc/dispatch.go:535-553) and is valid for the emulator's own check."""
    job = client.jobs.create(
        {
            "project_id": local_strait.project_id,
            "name": "Versioned",
            "slug": "versioned",
            "execution_mode": "worker",
            "timeout_secs": 30,
            "endpoint_signing_secret": "first-secret-0123456789",
        }
    )
    run = client.jobs.trigger(job["id"], {"payload": {"v": 1}})
    client.jobs.update(job["id"], {"timeout_secs": 90, "endpoint_signing_secret": "second-secret-0123456789"})
    a = _bare_result(local_strait, run["id"], b"1")
    assert a is not None and a.run_id == run["id"]
    assert a.timeout_secs == 30
    verify_signature(
        a.payload_json,
        {"X-Strait-Signature": a.hmac_signature, "X-Strait-Timestamp": a.hmac_timestamp},
        "first-secret-0123456789",
    )
    claims = decode_run_token(a.run_token_jwt)
    assert (claims.run_id, claims.attempt, claims.raw["assignment_id"]) == (run["id"], 1, a.assignment_id)
    emulator = local_strait.emulator
    now = int(emulator.clock.now().timestamp())
    assert local_tokens.decode_run_token(emulator.signing_key, a.run_token_jwt, now)["sub"] == run["id"]
