"""strait.worker.Worker against a real gRPC server in this process.

``FakeStrait`` implements ``WorkerService`` from the same generated stubs with
``grpc.aio`` on a loopback port; the tests drive it (send assignments and cancels, cut
the stream, refuse credentials) and read what the worker sends. Intervals are tiny and
every wait is on a message or an event, bounded by a timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import grpc.aio
import pytest

from strait import RunCancelledError, StraitError, UnauthorizedError
from strait._signing import sign
from strait.authoring import JobOptions, define_job
from strait.testing import make_run_token
from strait.worker import RunContext, RunReport, Worker, WorkerAuthError, WorkerRejectedError, current
from strait.worker._jobs import JobHandler
from strait.worker._ledger import Beat, Ledger
from strait.worker._proto import worker_pb2 as pb
from strait.worker._proto import worker_pb2_grpc as pb_grpc
from strait.worker._scheduler import Scheduler, _Run
from strait.worker._session import Stream

KEY = "strait_testkey123"
WAIT = 10.0  # an upper bound only: every wait ends on a message or an event


def held_until(release: threading.Event, result: Any) -> Callable[[RunContext, Any], Any]:
    """A sync handler that blocks until ``release`` is set (at most WAIT), then returns ``result``."""

    def handler(ctx: RunContext, payload: Any) -> Any:
        release.wait(WAIT)
        return result

    return handler


async def stuck(ctx: Any, payload: Any) -> Any:
    """An async handler that never finishes on its own."""
    await asyncio.sleep(3600)


async def assign_acked(fake: Any, session: Any, *handlers: str) -> list[Any]:
    """Assign one run per handler name on ``session``, then wait for the worker's ack of each."""
    assigned = [await fake.assign(session, handler) for handler in handlers]
    for _ in assigned:
        await fake.next(session, "ack")
    return assigned


START = 30.0  # a child process importing grpc on a busy machine


@dataclass
class Session:
    registration: pb.WorkerRegistration
    context: Any
    inbox: asyncio.Queue[pb.WorkerMessage] = field(default_factory=asyncio.Queue)
    cut: asyncio.Event = field(default_factory=asyncio.Event)
    ended: asyncio.Event = field(default_factory=asyncio.Event)
    cut_status: tuple[grpc.StatusCode, str] = (grpc.StatusCode.UNAVAILABLE, "connection reset (test)")
    open: dict[str, pb.TaskAssignment] = field(default_factory=dict)  # assignment id -> open assignment


class FakeStrait(pb_grpc.WorkerServiceServicer):
    """A WorkerService the test drives. Authenticates like the server (Bearer key in the
    metadata), answers the registration with Acknowledged{worker_id}, and records
    every message in arrival order."""

    def __init__(self) -> None:
        self.key = KEY
        self.refuse: tuple[grpc.StatusCode, str] | None = None  # answer new streams with this
        self.auth_attempts = 0
        self.streams = 0
        self.sessions: list[Session] = []
        self.new_session = asyncio.Condition()
        self.seq = 0
        self.seen: list[pb.WorkerMessage] = []  # every message ``next`` read, in order
        self.refuse_next = 0  # if > 0: answer only this many new streams with ``refuse``
        self.stall_acks = 0  # leave this many registrations unacknowledged
        self.read_delay = 0.0  # seconds the server takes to read each message
        self.requeued: list[str] = []  # assignment ids requeued when their stream ended
        self.live: dict[str, Session] = {}  # worker id -> its current stream

    async def StreamTasks(self, request_iterator: Any, context: Any) -> None:  # type: ignore[override]
        self.streams += 1
        auth = dict(context.invocation_metadata()).get("authorization", "")
        if self.refuse is not None:
            refusal = self.refuse
            if self.refuse_next > 0:  # refuse this many streams, then accept
                self.refuse_next -= 1
                if self.refuse_next == 0:
                    self.refuse = None
            await context.abort(*refusal)
        if auth != f"Bearer {self.key}":
            self.auth_attempts += 1
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, "invalid api key")
        first = await context.read()
        if first is grpc.aio.EOF or first.WhichOneof("payload") != "registration":
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "first message must be WorkerRegistration")
        if self.stall_acks > 0:
            self.stall_acks -= 1
            await asyncio.sleep(3600)
        session = Session(first.registration, context)
        worker_id = first.registration.worker_id
        previous = self.live.get(worker_id)
        if previous is not None and not previous.ended.is_set():
            # The same id registering again ends the older stream, and leaves its
            # assignments open (api/grpc/registry.go:148-157, api/grpc/stream.go:871-875).
            previous.cut_status = (grpc.StatusCode.UNKNOWN, "api key revoked")
            previous.open.clear()
            previous.cut.set()
        self.live[worker_id] = session
        await context.write(pb.ServerMessage(ack=pb.Acknowledged(id=worker_id)))
        async with self.new_session:
            self.sessions.append(session)
            self.new_session.notify_all()

        async def pump() -> None:
            while True:
                if self.read_delay:
                    await asyncio.sleep(self.read_delay)
                msg = await context.read()
                if msg is grpc.aio.EOF:
                    return
                if msg.WhichOneof("payload") == "task_result":
                    session.open.pop(msg.task_result.assignment_id, None)
                session.inbox.put_nowait(msg)

        reader = asyncio.ensure_future(pump())
        cutter = asyncio.ensure_future(session.cut.wait())
        try:
            await asyncio.wait([reader, cutter], return_when=asyncio.FIRST_COMPLETED)
        finally:  # also when the worker cancels the call (grpc then cancels this handler)
            # The server's rule when a stream ends: the worker's open assignments are
            # requeued, no attempt spent (api/grpc/stream.go:1631-1650, store/workers.go:836-891).
            self.requeued.extend(session.open)
            session.open.clear()
            session.ended.set()
            reader.cancel()
            cutter.cancel()
        if session.cut.is_set():
            await context.abort(*session.cut_status)

    # -- driving ----------------------------------------------------------------

    async def session(self, index: int = -1, count: int = 1, timeout: float = WAIT) -> Session:
        """The latest session once ``count`` sessions have registered."""
        async with self.new_session:
            await asyncio.wait_for(self.new_session.wait_for(lambda: len(self.sessions) >= count), timeout)
        return self.sessions[index]

    async def assign(
        self,
        session: Session,
        job: str,
        payload: bytes = b"{}",
        *,
        run_id: str | None = None,
        attempt: int = 1,
        timeout_secs: int = 60,
    ) -> pb.TaskAssignment:
        self.seq += 1
        run_id = run_id or f"run_{self.seq}"
        a = pb.TaskAssignment(
            run_id=run_id,
            job_slug=job,
            queue="default",
            payload_json=payload,
            timeout_secs=timeout_secs,
            run_token_jwt=make_run_token(run_id, attempt),
            assignment_id=f"task_{self.seq}",
            attempt=attempt,
        )
        session.open[a.assignment_id] = a
        await session.context.write(pb.ServerMessage(task_assignment=a))
        return a

    async def cancel(self, session: Session, run_id: str, reason: str = "context cancelled") -> None:
        await session.context.write(pb.ServerMessage(cancel_task=pb.CancelTask(run_id=run_id, reason=reason)))

    async def next(self, session: Session, kind: str, timeout: float = WAIT) -> Any:
        """The next message of ``kind`` (earlier ones of other kinds are kept in ``seen``)."""
        deadline = time.monotonic() + timeout
        while True:
            msg = await asyncio.wait_for(session.inbox.get(), max(0.01, deadline - time.monotonic()))
            self.seen.append(msg)
            if msg.WhichOneof("payload") == kind:
                return getattr(msg, kind)


#: The server's transport limits (api/grpc/server.go:174-191): 1 MiB received, 4 MiB sent,
#: pings no more often than every 10 s, also without a call.
SERVER_OPTIONS = (
    ("grpc.max_receive_message_length", 1024 * 1024),
    ("grpc.max_send_message_length", 4 * 1024 * 1024),
    ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
    ("grpc.keepalive_permit_without_calls", 1),
)


@pytest.fixture
async def strait_server() -> AsyncIterator[tuple[FakeStrait, int]]:
    server = grpc.aio.server(options=SERVER_OPTIONS)
    fake = FakeStrait()
    pb_grpc.add_WorkerServiceServicer_to_server(fake, server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    yield fake, port
    await server.stop(grace=None)


def make_worker(port: int, jobs: Any, **kwargs: Any) -> Worker:
    options: dict[str, Any] = {
        "api_key": KEY,
        "grpc_url": f"grpc://127.0.0.1:{port}",
        "base_url": "http://127.0.0.1:9",
        "queues": ["default"],
        "heartbeat_interval": 0.05,
        "reconnect_initial": 0.01,
        "reconnect_max": 0.05,
        "drain_timeout": 1.0,
        "concurrency": 4,
        **kwargs,
    }
    return Worker(jobs, **options)


@contextlib.asynccontextmanager
async def running(worker: Worker) -> AsyncIterator[asyncio.Task[None]]:
    task = asyncio.create_task(worker.arun())
    try:
        yield task
    finally:
        worker.stop()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, WAIT)


def echo(ctx: RunContext, payload: Any) -> Any:
    return payload


# -- registration and results ----------------------------------------------------


async def test_registration_carries_the_workers_identity_and_capacity(strait_server: Any) -> None:
    fake, port = strait_server
    job = define_job(
        JobOptions(name="Echo", slug="echo", project_id="proj_1", execution_mode="worker", queue_name="ml"),
        handler=echo,
    )
    worker = make_worker(port, [job], queues=None, concurrency=3, name="gpu-box-1", metadata={"zone": "a"})
    async with running(worker):
        session = await fake.session()
    reg = session.registration
    assert reg.worker_id == worker.worker_id and reg.worker_id
    assert reg.name == "gpu-box-1"
    assert list(reg.queues) == ["ml"]  # from the job's queue_name
    assert list(reg.job_slugs) == ["echo"]
    assert reg.sdk_language == "python" and reg.sdk_version
    assert reg.hostname
    assert (reg.slots_total, reg.slots_available) == (3, 3)
    assert list(reg.in_flight_tasks) == []
    assert reg.metadata["zone"] == "a"


async def test_an_assignment_runs_and_its_result_carries_output_assignment_and_attempt(
    strait_server: Any,
) -> None:
    fake, port = strait_server
    seen_ctx: list[Any] = []
    acked = asyncio.Event()

    async def handler(ctx: Any, payload: Any) -> Any:
        seen_ctx.append((ctx.run_id, ctx.attempt, current() is ctx, type(ctx).__name__))
        await acked.wait()  # still running when the worker gets to the acknowledgement
        return {"doubled": payload["n"] * 2}

    async with running(make_worker(port, {"double": handler})):
        session = await fake.session()
        a = await fake.assign(session, "double", b'{"n": 21}', attempt=2)
        ack = await fake.next(session, "ack")
        acked.set()
        result = await fake.next(session, "task_result")
    assert ack.id == a.run_id  # the worker acknowledges the assignment (accepted)
    assert result.run_id == a.run_id
    assert result.status == "success"
    assert result.output_json == b'{"doubled":42}'
    assert (result.assignment_id, result.attempt) == (a.assignment_id, 2)
    assert result.duration_ms >= 0 and result.error_message == ""
    assert seen_ctx == [(a.run_id, 2, True, "AsyncRunContext")]


async def test_sync_handlers_run_in_threads_and_failures_are_reported(strait_server: Any) -> None:
    fake, port = strait_server
    loop_thread = threading.get_ident()
    threads: list[int] = []

    def ok(ctx: RunContext, payload: Any) -> Any:
        threads.append(threading.get_ident())
        return [1, 2]

    def boom(ctx: RunContext, payload: Any) -> Any:
        raise KeyError("missing sku")

    def unserializable(ctx: RunContext, payload: Any) -> Any:
        return {1, 2}

    async with running(make_worker(port, {"ok": ok, "boom": boom, "bad": unserializable})):
        session = await fake.session()
        await fake.assign(session, "ok")
        assert (await fake.next(session, "task_result")).output_json == b"[1,2]"
        await fake.assign(session, "boom")
        failed = await fake.next(session, "task_result")
        await fake.assign(session, "bad")
        bad = await fake.next(session, "task_result")
        await fake.assign(session, "nope")
        unknown = await fake.next(session, "task_result")
        await fake.assign(session, "ok", b"{not json")
        not_json = await fake.next(session, "task_result")
    assert threads and threads[0] != loop_thread
    assert (failed.status, failed.error_message) == ("failed", "KeyError: 'missing sku'")
    assert bad.status == "failed" and "not JSON-serializable" in bad.error_message
    assert unknown.status == "failed" and "no handler for job 'nope'" in unknown.error_message
    assert not_json.status == "failed" and "payload is not JSON" in not_json.error_message


async def test_explicit_complete_and_fail_become_the_task_result(strait_server: Any) -> None:
    fake, port = strait_server

    def completes(ctx: RunContext, payload: Any) -> Any:
        assert ctx.complete({"explicit": True}) is None
        return "ignored"

    async def fails(ctx: Any, payload: Any) -> Any:
        await ctx.fail("quota exceeded")
        return {"ignored": True}

    async with running(make_worker(port, {"c": completes, "f": fails})):
        session = await fake.session()
        await fake.assign(session, "c")
        done = await fake.next(session, "task_result")
        await fake.assign(session, "f")
        failed = await fake.next(session, "task_result")
    assert (done.status, done.output_json) == ("success", b'{"explicit":true}')
    assert (failed.status, failed.error_message) == ("failed", "quota exceeded")


async def test_log_lines_go_over_the_stream_before_the_result(strait_server: Any) -> None:
    fake, port = strait_server

    def chatty(ctx: RunContext, payload: Any) -> Any:
        ctx.log("starting")
        ctx.log("rows", level="warn", data={"n": 3})
        return None

    async with running(make_worker(port, {"chatty": chatty})):
        session = await fake.session()
        a = await fake.assign(session, "chatty")
        result = await fake.next(session, "task_result")
    kinds = [(m.WhichOneof("payload"), m) for m in fake.seen]
    logs = [m.log_line for k, m in kinds if k == "log_line"]
    order = [k for k, _ in kinds if k in ("log_line", "task_result")]
    assert order == ["log_line", "log_line", "task_result"]
    assert [(x.run_id, x.level, x.message) for x in logs] == [
        (a.run_id, "info", "starting"),
        (a.run_id, "warn", 'rows {"n": 3}'),
    ]
    assert all(abs(x.timestamp_unix_ms / 1000 - time.time()) < 60 for x in logs)
    assert result.status == "success" and result.output_json == b""


# -- slots and heartbeats ----------------------------------------------------------


async def test_heartbeats_arrive_on_time_with_the_free_slots(strait_server: Any) -> None:
    fake, port = strait_server
    release = threading.Event()
    blocked = held_until(release, "done")

    async with running(make_worker(port, {"blocked": blocked}, concurrency=3, heartbeat_interval=0.05)):
        session = await fake.session()
        first = await fake.next(session, "heartbeat")
        assert first.slots_available == 3
        assert abs(first.timestamp_unix - time.time()) < 5
        await fake.assign(session, "blocked")
        await fake.next(session, "ack")
        start = time.monotonic()
        beats = [await fake.next(session, "heartbeat") for _ in range(4)]
        elapsed = time.monotonic() - start
        release.set()
        await fake.next(session, "task_result")
        after = await fake.next(session, "heartbeat")
    assert [b.slots_available for b in beats[1:]] == [2, 2, 2]
    assert elapsed < 2.0  # four beats at 0.05 s: on time, nowhere near the 30 s server timeout
    assert after.slots_available == 3


async def test_concurrency_is_never_exceeded(strait_server: Any) -> None:
    fake, port = strait_server
    running_now = 0
    peak = 0
    paired = asyncio.Event()

    async def slow(ctx: Any, payload: Any) -> Any:
        nonlocal running_now, peak
        running_now += 1
        peak = max(peak, running_now)
        if peak >= 2:
            paired.set()
        with contextlib.suppress(TimeoutError):  # the first waits for the second, however slow
            await asyncio.wait_for(paired.wait(), 5)
        await asyncio.sleep(0.01)
        running_now -= 1
        return payload["i"]

    async with running(make_worker(port, {"slow": slow}, concurrency=2)):
        session = await fake.session()
        for i in range(8):  # more than the slots: a server that over-assigns must not oversubscribe us
            await fake.assign(session, "slow", f'{{"i": {i}}}'.encode())
        results = [await fake.next(session, "task_result") for _ in range(8)]
    assert peak == 2
    assert sorted(int(r.output_json) for r in results) == list(range(8))


# -- cancellation --------------------------------------------------------------------


async def test_cancel_task_stops_an_async_handler_and_reports_once(strait_server: Any) -> None:
    fake, port = strait_server
    started = asyncio.Event()
    cancelled = asyncio.Event()

    async def forever(ctx: Any, payload: Any) -> Any:
        started.set()
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    async with running(make_worker(port, {"forever": forever})):
        session = await fake.session()
        a = await fake.assign(session, "forever")
        await asyncio.wait_for(started.wait(), WAIT)
        await fake.cancel(session, a.run_id, "run cancelled by user")
        result = await fake.next(session, "task_result")
        await asyncio.wait_for(cancelled.wait(), WAIT)
        await fake.cancel(session, a.run_id)  # a second cancel is a no-op
        for _ in range(3):
            await fake.next(session, "heartbeat")
    assert result.status == "failed" and result.error_message == "cancelled: run cancelled by user"
    results = [m for m in fake.seen if m.WhichOneof("payload") == "task_result"]
    assert len(results) == 1


async def test_cancel_task_flags_a_sync_handler_and_run_context_calls_raise(strait_server: Any) -> None:
    fake, port = strait_server
    started = threading.Event()
    raised: list[BaseException] = []

    returned = threading.Event()

    def polite(ctx: RunContext, payload: Any) -> Any:
        started.set()
        while not ctx.cancelled:
            time.sleep(0.005)
        try:
            ctx.progress(50)
        except RunCancelledError as exc:
            raised.append(exc)
        returned.set()
        return "finished anyway"

    async with running(make_worker(port, {"polite": polite})):
        session = await fake.session()
        a = await fake.assign(session, "polite")
        await asyncio.to_thread(started.wait, WAIT)
        await fake.cancel(session, a.run_id, "timeout")
        result = await fake.next(session, "task_result")
        assert await asyncio.to_thread(returned.wait, WAIT)
    assert result.status == "failed" and result.error_message == "cancelled: timeout"
    assert len(raised) == 1 and isinstance(raised[0], StraitError) and raised[0].run_id == a.run_id  # type: ignore[attr-defined]


async def test_while_connected_only_the_servers_cancel_ends_a_run_past_timeout_secs(
    strait_server: Any,
) -> None:
    """Item 12. The assignment's ``timeout_secs`` is the job's timeout, but the server times
    a run out by its policy, where a workflow step's override wins
    (worker/executor_dispatch_policy.go:64-66, worker/executor_worker_mode.go:48-51), and then
    sends CancelTask (api/grpc/dispatch.go:363-365): a step allowed longer than the job's
    timeout must not be killed by the worker."""
    fake, port = strait_server

    async def step(ctx: Any, payload: Any) -> Any:
        await asyncio.sleep(1.4)
        return "step done"

    async with running(make_worker(port, {"step": step})):
        session = await fake.session()
        await fake.assign(session, "step", timeout_secs=1)
        result = await fake.next(session, "task_result")
    assert (result.status, result.output_json) == ("success", b'"step done"')


async def test_a_run_of_a_lost_stream_stops_at_timeout_secs(strait_server: Any) -> None:
    """Item 12. Once the stream that brought a run is gone no CancelTask can come
    (api/grpc/dispatch.go:363-365 sends it on that stream): the assignment's timeout is the
    backstop."""
    fake, port = strait_server

    async def slow(ctx: Any, payload: Any) -> Any:
        await asyncio.sleep(3600)

    worker = make_worker(port, {"slow": slow})
    async with running(worker):
        first = await fake.session()
        started = time.monotonic()
        await fake.assign(first, "slow", timeout_secs=1)
        await fake.next(first, "ack")
        first.cut_status = (grpc.StatusCode.UNKNOWN, "api key revoked")  # ended, assignment kept open
        first.cut.set()
        second = await fake.session(count=2)
        result = await fake.next(second, "task_result")
    assert 0.9 < time.monotonic() - started < WAIT
    assert result.error_message == "cancelled: timed out after 1s (the job's timeout_secs)"


async def test_assignment_signatures_are_verified_when_a_secret_is_set(strait_server: Any) -> None:
    fake, port = strait_server
    ran: list[Any] = []

    def handler(ctx: RunContext, payload: Any) -> Any:
        ran.append(payload)
        return "ran"

    async with running(make_worker(port, {"h": handler}, signing_secret="job-secret")):
        session = await fake.session()
        for body, secret in ((b'{"n": 1}', "job-secret"), (b'{"n": 2}', "other-secret")):
            ts = str(int(time.time()))
            a = pb.TaskAssignment(
                run_id=f"run_sig_{secret}",
                job_slug="h",
                payload_json=body,
                run_token_jwt=make_run_token("run_sig", 1),
                hmac_signature=sign(secret, ts, body),  # the server's dispatchHMAC scheme
                hmac_timestamp=ts,
                assignment_id=f"task_sig_{secret}",
                attempt=1,
            )
            await session.context.write(pb.ServerMessage(task_assignment=a))
        results = {r.assignment_id: r for r in [await fake.next(session, "task_result") for _ in range(2)]}
    assert results["task_sig_job-secret"].status == "success"
    assert results["task_sig_other-secret"].status == "failed"
    assert results["task_sig_other-secret"].error_message.startswith("assignment signature rejected")
    assert ran == [{"n": 1}]


def _signed(run_id: str, body: bytes, secret: str | None, ts: str | None = None) -> pb.TaskAssignment:
    ts = ts or str(int(time.time()))
    return pb.TaskAssignment(
        run_id=run_id,
        job_slug="h",
        payload_json=body,
        run_token_jwt=make_run_token(run_id, 1),
        hmac_signature=sign(secret, ts, body) if secret is not None else "",
        hmac_timestamp=ts if secret is not None else "",
        assignment_id=f"task_{run_id}",
        attempt=1,
    )


async def test_with_a_secret_an_unsigned_assignment_is_refused_on_arrival_before_a_slot(
    strait_server: Any,
) -> None:
    """Fail closed, checked before the assignment waits for a slot.

    Strait signs an assignment only when the job has an ``endpoint_signing_secret``
    (api/grpc/dispatch.go:566-576): a worker configured with a secret refuses one without a
    signature like a forged one, and refuses both at once although its only slot is busy
    (queueing must not eat the signature's 300 s tolerance). A list of secrets (rotation)
    accepts a signature by any of them."""
    fake, port = strait_server
    release = threading.Event()
    ran: list[Any] = []

    def handler(ctx: RunContext, payload: Any) -> Any:
        ran.append(payload)
        if payload == {"n": "hold"}:
            release.wait(WAIT)
        return "ran"

    worker = make_worker(port, {"h": handler}, signing_secret=["new-secret", "old-secret"], concurrency=1)
    try:
        async with running(worker):
            session = await fake.session()
            for a in (
                _signed("run_hold", b'{"n": "hold"}', "new-secret"),
                _signed("run_unsigned", b'{"n": "unsigned"}', None),
                _signed("run_forged", b'{"n": "forged"}', "other-secret"),
            ):
                await session.context.write(pb.ServerMessage(task_assignment=a))
            refused = {r.run_id: r for r in [await fake.next(session, "task_result") for _ in range(2)]}
            assert not release.is_set() and ran == [{"n": "hold"}]  # the slot was busy all along
            release.set()
            held = await fake.next(session, "task_result")
            await session.context.write(
                pb.ServerMessage(task_assignment=_signed("run_old", b'{"n": "old"}', "old-secret"))
            )
            rotated = await fake.next(session, "task_result")
    finally:
        release.set()
    assert set(refused) == {"run_unsigned", "run_forged"}
    assert all(r.status == "failed" for r in refused.values())
    assert "carries no signature" in refused["run_unsigned"].error_message
    assert refused["run_forged"].error_message.startswith("assignment signature rejected")
    assert (held.run_id, held.status) == ("run_hold", "success")
    assert (rotated.run_id, rotated.status) == ("run_old", "success")
    assert ran == [{"n": "hold"}, {"n": "old"}]


def test_plaintext_grpc_off_loopback_needs_allow_insecure(monkeypatch: pytest.MonkeyPatch) -> None:
    """The API key travels in plaintext over ``grpc://``: refused off loopback unless
    ``allow_insecure=True``, as the server team's own worker uses plaintext only for
    loopback or when told to (cmd/dogfood-worker/main.go:261-275)."""
    for name in list(os.environ):
        if name.startswith("STRAIT_"):
            monkeypatch.delenv(name)
    with pytest.raises(StraitError, match="allow_insecure=True"):
        Worker({"echo": echo}, api_key=KEY, grpc_url="grpc://10.1.2.3:50051")
    worker = Worker({"echo": echo}, api_key=KEY, grpc_url="grpc://10.1.2.3:50051", allow_insecure=True)
    assert (worker.settings.target.host, worker.settings.target.tls) == ("10.1.2.3", False)
    assert Worker({"echo": echo}, api_key=KEY, grpc_url="grpc://127.0.0.1:50051").settings.target.tls is False


async def test_a_sync_handler_returning_an_awaitable_fails_as_in_http_mode(strait_server: Any) -> None:
    """Worker mode and the HTTP adapters settle a handler's result in one place
    (``strait.worker._hosting``): a sync ``def`` returning a coroutine fails with the
    reason, not a JSON error, and its result is never sent as a value the server's
    ``json.Valid`` would refuse (api/grpc/stream.go:996-1004)."""
    fake, port = strait_server

    async def work() -> int:
        return 1

    def handler(ctx: RunContext, payload: Any) -> Any:
        return work()

    async with running(make_worker(port, {"h": handler})):
        session = await fake.session()
        await fake.assign(session, "h")
        result = await fake.next(session, "task_result")
    assert result.status == "failed"
    assert "returned an awaitable" in result.error_message
    assert result.output_json == b""


# -- reconnect ---------------------------------------------------------------------------


async def test_a_cut_stream_reconnects_and_reports_the_finished_run_once_in_flight(
    strait_server: Any,
) -> None:
    fake, port = strait_server
    release = threading.Event()
    slow = held_until(release, {"ok": True})

    worker = make_worker(port, {"slow": slow})
    async with running(worker):
        first = await fake.session()
        a = await fake.assign(first, "slow", attempt=3)
        await fake.next(first, "ack")
        fake.refuse = (grpc.StatusCode.UNAVAILABLE, "server restarting")  # stay down for a while
        first.cut.set()
        await asyncio.wait_for(first.ended.wait(), WAIT)
        while worker.connected or fake.streams < 3:  # refused at least once
            await asyncio.sleep(0.005)
        release.set()  # the run finishes while the worker is disconnected
        while a.assignment_id not in worker.ledger.unreported:
            await asyncio.sleep(0.005)
        fake.refuse = None
        second = await fake.session(count=2)
        for _ in range(3):  # a result must not also arrive on the new stream
            await fake.next(second, "heartbeat")
    reg = second.registration
    assert reg.worker_id == first.registration.worker_id
    assert len(reg.in_flight_tasks) == 1
    t = reg.in_flight_tasks[0]
    assert (t.run_id, t.status, t.output_json, t.assignment_id, t.attempt) == (
        a.run_id,
        "completed",
        b'{"ok":true}',
        a.assignment_id,
        3,
    )
    assert not [m for m in fake.seen if m.WhichOneof("payload") == "task_result"]
    assert fake.streams > 2  # it retried while the server refused


async def test_a_run_finishing_after_the_reconnect_reports_on_the_new_stream(strait_server: Any) -> None:
    fake, port = strait_server
    release = threading.Event()
    slow = held_until(release, 7)

    reports: list[RunReport] = []
    async with running(make_worker(port, {"slow": slow}, on_run=reports.append)):
        first = await fake.session()
        a = await fake.assign(first, "slow")
        await fake.next(first, "ack")
        first.cut.set()
        second = await fake.session(count=2)
        assert list(second.registration.in_flight_tasks) == []
        assert second.registration.slots_available == 3  # one slot still busy
        release.set()
        result = await fake.next(second, "task_result")
    assert (result.assignment_id, result.output_json) == (a.assignment_id, b"7")
    assert [(r.run_id, r.job_slug, r.outcome) for r in reports] == [(a.run_id, "slow", "completed")]


# -- credentials and transport security --------------------------------------------------


async def test_bad_credentials_stop_with_a_typed_error_after_a_few_attempts(strait_server: Any) -> None:
    fake, port = strait_server
    fake.key = "strait_otherkey"
    worker = make_worker(port, {"echo": echo})
    with pytest.raises(WorkerAuthError) as info:
        await asyncio.wait_for(worker.arun(), WAIT)
    assert fake.auth_attempts == 3  # a few, not a tight loop
    err = info.value
    assert isinstance(err, UnauthorizedError) and isinstance(err, StraitError)
    assert err.code == "unauthenticated" and err.status == 401
    assert "STRAIT_API_KEY" in str(err) and "workers:connect" in str(err)
    assert KEY not in str(err)


async def test_denied_credentials_stop_at_once(strait_server: Any) -> None:
    fake, port = strait_server
    fake.refuse = (grpc.StatusCode.PERMISSION_DENIED, "api key does not allow worker connections")
    with pytest.raises(WorkerAuthError) as info:
        await asyncio.wait_for(make_worker(port, {"echo": echo}).arun(), WAIT)
    assert fake.streams == 1 and info.value.status == 403


async def test_an_address_throttled_for_failed_logins_is_waited_out_not_fatal(
    strait_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Item 5. After 10 failed logins from one address the server refuses it for a minute
    with RESOURCE_EXHAUSTED "retry after 1m0s" (ratelimit/auth_limiter.go:33-38,
    api/grpc/auth.go:73-77) — also for a healthy worker behind the same NAT: it waits the
    time out and connects; only an invalid key itself stops it."""
    fake, port = strait_server
    fake.refuse = (
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        "too many failed authentication attempts; retry after 1s",
    )
    fake.refuse_next = 1
    worker = make_worker(port, {"echo": echo})
    async with running(worker) as task:
        session = await fake.session(timeout=WAIT)
        await fake.assign(session, "echo", b"1")
        assert (await fake.next(session, "task_result")).status == "success"
        assert not task.done()
    assert fake.streams == 2
    assert "refusing logins from this address" in caplog.text


async def test_async_with_runs_the_worker_for_the_block(strait_server: Any) -> None:
    fake, port = strait_server
    async with make_worker(port, {"echo": echo}) as worker:
        session = await fake.session()
        await fake.assign(session, "echo", b'{"k": 1}')
        assert (await fake.next(session, "task_result")).output_json == b'{"k":1}'
        assert worker.connected
    assert not worker.connected
    await asyncio.wait_for(session.ended.wait(), WAIT)  # the worker closed its stream
    with pytest.raises(StraitError, match="metadata"):
        make_worker(port, {"echo": echo}, metadata={"k": "v" * 600})


async def test_a_refused_registration_stops_with_what_to_fix(strait_server: Any) -> None:
    fake, port = strait_server
    fake.refuse = (grpc.StatusCode.INVALID_ARGUMENT, "slots_total exceeds 1024")
    with pytest.raises(WorkerRejectedError, match="slots_total exceeds 1024"):
        await asyncio.wait_for(make_worker(port, {"echo": echo}).arun(), WAIT)


async def test_tls_is_never_downgraded_to_plaintext(strait_server: Any) -> None:
    fake, port = strait_server
    worker = make_worker(port, {"echo": echo}, grpc_url=f"grpcs://127.0.0.1:{port}")
    assert worker.settings.target.tls
    async with running(worker):
        await asyncio.sleep(0.3)  # several TLS handshakes against a plaintext server
    assert fake.streams == 0 and not fake.sessions


def _self_signed(tmp_path: Path) -> tuple[bytes, bytes]:
    """A certificate for localhost / 127.0.0.1 and its key, made with the openssl command."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    san = "subjectAltName=DNS:localhost,IP:127.0.0.1"
    command = ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
    command += ["-nodes", "-days", "1", "-subj", "/CN=localhost", "-addext", san]
    made = subprocess.run(
        [*command, "-keyout", str(key), "-out", str(cert)], capture_output=True, check=False
    )
    if made.returncode != 0:
        pytest.skip(f"openssl could not make a certificate: {made.stderr.decode()[-200:]}")
    return cert.read_bytes(), key.read_bytes()


async def test_tls_connects_with_the_servers_certificate(tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("no openssl command to make a test certificate")
    cert, key = _self_signed(tmp_path)
    server = grpc.aio.server()
    fake = FakeStrait()
    pb_grpc.add_WorkerServiceServicer_to_server(fake, server)
    port = server.add_secure_port("127.0.0.1:0", grpc.ssl_server_credentials([(key, cert)]))
    await server.start()
    try:
        worker = make_worker(
            port, {"echo": echo}, grpc_url=f"grpcs://localhost:{port}", root_certificates=cert
        )
        async with running(worker):
            session = await fake.session()
            await fake.assign(session, "echo", b'{"tls": true}')
            assert (await fake.next(session, "task_result")).output_json == b'{"tls":true}'
        plain = make_worker(port, {"echo": echo}, grpc_url=f"grpc://127.0.0.1:{port}")
        async with running(plain):  # plaintext to a TLS port never registers
            await asyncio.sleep(0.3)
        assert len(fake.sessions) == 1
    finally:
        await server.stop(grace=None)


# -- graceful shutdown ------------------------------------------------------------------


async def test_stop_reports_what_finished_and_leaves_the_rest_to_the_server(strait_server: Any) -> None:
    """Item 1. The server ignores heartbeat slots and has no drain signal
    (api/grpc/stream.go:923-929), so it keeps assigning while the worker drains; a reported
    failure spends an attempt (worker/executor_worker_result.go:23-29) while closing the
    stream requeues the worker's open runs without spending one (store/workers.go:836-891).
    Nothing the worker did not finish is reported: the stuck run and the late assignment are
    requeued when the stream closes."""
    fake, port = strait_server
    quick_started, quick_may_end = asyncio.Event(), asyncio.Event()

    async def quick(ctx: Any, payload: Any) -> Any:
        quick_started.set()
        await quick_may_end.wait()
        return "quick"

    # The drain is long enough for "quick" on a slow machine; "stuck" outlasts any drain.
    worker = make_worker(port, {"quick": quick, "stuck": stuck}, drain_timeout=2.0)
    task = asyncio.create_task(worker.arun())
    session = await fake.session()
    q, s = await assign_acked(fake, session, "quick", "stuck")
    await asyncio.wait_for(quick_started.wait(), WAIT)
    worker.stop()
    late = await fake.assign(session, "quick")  # arrives while draining: not run, not reported
    quick_may_end.set()
    result = await fake.next(session, "task_result")
    await asyncio.wait_for(task, WAIT)
    await asyncio.wait_for(session.ended.wait(), WAIT)
    while not session.inbox.empty():
        fake.seen.append(session.inbox.get_nowait())
    assert (result.assignment_id, result.status, result.output_json) == (
        q.assignment_id,
        "success",
        b'"quick"',
    )
    assert [m for m in fake.seen if m.WhichOneof("payload") == "task_result"] == [
        pb.WorkerMessage(task_result=result)
    ]
    assert sorted(fake.requeued) == sorted([s.assignment_id, late.assignment_id])


async def test_stopped_while_disconnected_reports_finished_runs_in_a_last_registration(
    strait_server: Any,
) -> None:
    fake, port = strait_server
    release = threading.Event()
    finishes = held_until(release, "ok")

    worker = make_worker(
        port, {"finishes": finishes, "stuck": stuck}, drain_timeout=0.2, reconnect_initial=30
    )
    task = asyncio.create_task(worker.arun())
    first = await fake.session()
    done, hung = await assign_acked(fake, first, "finishes", "stuck")
    fake.refuse = (grpc.StatusCode.UNAVAILABLE, "down")
    first.cut.set()
    while worker.connected or fake.streams < 2:
        await asyncio.sleep(0.005)
    release.set()
    while done.assignment_id not in worker.ledger.unreported:
        await asyncio.sleep(0.005)
    fake.refuse = None
    worker.stop()  # wakes the 30 s backoff: drain, then one last registration
    await asyncio.wait_for(task, WAIT)
    last = (await fake.session(count=2)).registration
    assert last.worker_id == first.registration.worker_id and last.slots_available == 0
    reported = {t.assignment_id: (t.status, t.output_json) for t in last.in_flight_tasks}
    assert reported == {done.assignment_id: ("completed", b'"ok"')}  # the hung run is left to requeue
    assert hung.assignment_id not in reported
    assert not worker.ledger.unreported


WORKER_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from strait.worker import Worker

    def quick(ctx, payload):
        time.sleep(0.3)
        return {"drained": True}

    Worker({"quick": quick}, api_key=sys.argv[2], grpc_url=f"grpc://127.0.0.1:{sys.argv[1]}",
           base_url="http://127.0.0.1:9", heartbeat_interval=0.05, drain_timeout=5).run()
    print("exited cleanly", flush=True)
    """
)


async def test_sigterm_drains_and_exits_zero(strait_server: Any, tmp_path: Path) -> None:
    fake, port = strait_server
    script = tmp_path / "worker_main.py"
    script.write_text(WORKER_SCRIPT)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(script),
        str(port),
        KEY,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if not k.startswith("STRAIT_")},
    )
    try:
        session = await fake.session(timeout=START)
        a = await fake.assign(session, "quick")
        await fake.next(session, "ack")
        proc.send_signal(signal.SIGTERM)
        zero = await fake.next(session, "heartbeat")
        result = await fake.next(session, "task_result")
        out, err = await asyncio.wait_for(proc.communicate(), START)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert zero.slots_available == 0
    assert (result.assignment_id, result.status, result.output_json) == (
        a.assignment_id,
        "success",
        b'{"drained":true}',
    )
    assert proc.returncode == 0, err.decode()
    assert b"exited cleanly" in out


# -- the run context in worker mode ------------------------------------------------------


async def test_run_context_calls_use_the_run_token_over_rest(strait_server: Any, httpserver: Any) -> None:
    fake, port = strait_server
    seen: list[tuple[str, str]] = []

    def record(request: Any) -> Any:
        from werkzeug import Response

        seen.append((request.path, request.headers.get("Authorization", "")))
        if request.path.endswith("/progress"):
            event = {
                "id": "e",
                "run_id": "r",
                "type": "progress",
                "message": "m",
                "created_at": "2026-01-01T00:00:00Z",
            }
            return Response(json.dumps(event), status=201, content_type="application/json")
        return Response('{"status": "ok"}', status=200, content_type="application/json")

    httpserver.expect_request(re.compile(r"/sdk/v1/runs/.*"), method="POST").respond_with_handler(record)

    def reports(ctx: RunContext, payload: Any) -> Any:
        ctx.progress(50, "halfway")
        ctx.heartbeat()
        return "done"

    async with running(make_worker(port, {"reports": reports}, base_url=httpserver.url_for("/"))):
        session = await fake.session()
        a = await fake.assign(session, "reports")
        result = await fake.next(session, "task_result")
    assert result.status == "success", result.error_message
    token = a.run_token_jwt
    assert [p for p, _ in seen] == [
        f"/sdk/v1/runs/{a.run_id}/progress",
        f"/sdk/v1/runs/{a.run_id}/heartbeat",
    ]
    assert all(auth == f"Bearer {token}" for _, auth in seen)


def test_worker_settings_are_checked_before_connecting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("STRAIT_"):
            monkeypatch.delenv(name)
    with pytest.raises(StraitError, match="no API key"):
        Worker({"echo": echo}, grpc_url="grpc://127.0.0.1:1")
    with pytest.raises(StraitError, match="not a Strait API key"):
        Worker({"echo": echo}, api_key="sk_live_x", grpc_url="grpc://127.0.0.1:1")
    with pytest.raises(StraitError, match="no handler"):
        Worker(
            [define_job(JobOptions(name="A", slug="a", project_id="p", execution_mode="worker"))],
            api_key=KEY,
            grpc_url="grpc://h:1",
        )
    with pytest.raises(StraitError, match="no server"):
        Worker({"echo": echo}, api_key=KEY)


# -- issue 17: deploys and outages --------------------------------------------------------


async def _cut_and_refuse(fake: FakeStrait, worker: Worker, session: Session) -> None:
    """End ``session`` and refuse new streams until ``fake.refuse`` is cleared."""
    fake.refuse = (grpc.StatusCode.UNAVAILABLE, "server restarting")
    session.cut.set()
    await asyncio.wait_for(session.ended.wait(), WAIT)
    while worker.connected:
        await asyncio.sleep(0.005)


async def test_a_registration_after_an_outage_stays_under_the_servers_receive_cap(
    strait_server: Any,
) -> None:
    """Item 2. The server receives at most 1 MiB per message (api/grpc/server.go:184-191):
    three 500 KB results that finished during an outage do not all fit in the
    registration's in_flight_tasks; what does not fit follows as TaskResults after the ack."""
    fake, port = strait_server
    release = threading.Event()
    big = held_until(release, "x" * 500_000)

    worker = make_worker(port, {"big": big})
    async with running(worker):
        first = await fake.session()
        assigned = [await fake.assign(first, "big") for _ in range(3)]
        for _ in assigned:
            await fake.next(first, "ack")
        await _cut_and_refuse(fake, worker, first)
        release.set()
        while len(worker.ledger.unreported) < 3:
            await asyncio.sleep(0.005)
        fake.refuse = None
        second = await fake.session(count=2)
        later = [
            await fake.next(second, "task_result")
            for _ in range(3 - len(second.registration.in_flight_tasks))
        ]
    carried = {t.assignment_id for t in second.registration.in_flight_tasks}
    assert second.registration.ByteSize() < 1024 * 1024
    assert 1 <= len(carried) < 3
    assert carried | {r.assignment_id for r in later} == {a.assignment_id for a in assigned}
    assert all(r.output_json == b'"' + b"x" * 500_000 + b'"' for r in later)


async def test_a_handler_that_ignores_its_cancel_does_not_hold_back_the_next_run(
    strait_server: Any,
) -> None:
    """Item 3. The server gives a slot back when it times a run out and cancels it
    (api/grpc/dispatch.go:363-365) and assigns the next one: that run must start now, not
    wait behind a sync handler that ignores the cancel and be reported as timed out unrun."""
    fake, port = strait_server
    let_go = threading.Event()

    def stubborn(ctx: RunContext, payload: Any) -> Any:
        let_go.wait(WAIT)  # ignores ctx.cancelled
        return "late"

    worker = make_worker(port, {"stubborn": stubborn, "echo": echo}, concurrency=1)
    try:
        async with running(worker):
            session = await fake.session()
            stuck = await fake.assign(session, "stubborn")
            await fake.next(session, "ack")
            await fake.cancel(session, stuck.run_id, "context cancelled")
            cancelled = await fake.next(session, "task_result")
            nxt = await fake.assign(session, "echo", b'{"n": 2}', timeout_secs=1)
            result = await fake.next(session, "task_result")
            assert worker.scheduler.stragglers == 1
    finally:
        let_go.set()
    assert (cancelled.assignment_id, cancelled.error_message) == (
        stuck.assignment_id,
        "cancelled: context cancelled",
    )
    assert (result.assignment_id, result.status, result.output_json) == (
        nxt.assignment_id,
        "success",
        b'{"n":2}',
    )


async def test_two_processes_with_one_worker_id_stop_with_a_clear_error(strait_server: Any) -> None:
    """Item 4. A worker id registering again ends the older stream with UNKNOWN "api key
    revoked" (api/grpc/registry.go:148-157): two processes sharing an id would evict each
    other forever; one of them stops with WorkerRejectedError naming the id."""
    _, port = strait_server
    one = make_worker(port, {"echo": echo}, worker_id="shared-id")
    two = make_worker(port, {"echo": echo}, worker_id="shared-id")
    tasks = [asyncio.create_task(one.arun()), asyncio.create_task(two.arun())]
    try:
        done, _ = await asyncio.wait(tasks, timeout=WAIT, return_when=asyncio.FIRST_COMPLETED)
        assert done, "neither worker noticed the other"
        error = next(iter(done)).exception()
        assert isinstance(error, WorkerRejectedError)
        assert "shared-id" in str(error) and "STRAIT_WORKER_ID" in str(error)
    finally:
        one.stop()
        two.stop()
        await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), WAIT)


async def test_log_lines_written_while_disconnected_are_sent_after_the_reconnect_boundedly(
    strait_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Item 6. The server takes log lines only of runs open for this worker and publishes
    them to the live log stream (api/grpc/stream.go:1200-1251): lines of a run that
    finished offline are sent after the reconnect, before its result (so that result is
    not in the registration), at most MAX_PENDING_LOG_LINES of them; the rest are counted."""
    from strait.worker._ledger import MAX_PENDING_LOG_LINES

    fake, port = strait_server
    release = threading.Event()
    extra = 25

    def chatty(ctx: RunContext, payload: Any) -> Any:
        release.wait(WAIT)
        for i in range(MAX_PENDING_LOG_LINES + extra):
            ctx.log(f"line {i}")
        return "said it"

    worker = make_worker(port, {"chatty": chatty})
    async with running(worker):
        first = await fake.session()
        a = await fake.assign(first, "chatty")
        await fake.next(first, "ack")
        await _cut_and_refuse(fake, worker, first)
        release.set()
        while a.assignment_id not in worker.ledger.unreported:
            await asyncio.sleep(0.005)
        fake.refuse = None
        second = await fake.session(count=2)
        result = await fake.next(second, "task_result", timeout=30)
    lines = [m.log_line.message for m in fake.seen if m.WhichOneof("payload") == "log_line"]
    assert list(second.registration.in_flight_tasks) == []
    assert result.assignment_id == a.assignment_id and result.status == "success"
    assert lines == [f"line {i}" for i in range(MAX_PENDING_LOG_LINES)]
    assert worker.ledger.dropped_logs == extra
    assert "log line(s) dropped" in caplog.text


async def test_a_graceful_stop_waits_for_the_server_to_read_every_result(strait_server: Any) -> None:
    """Item 7. When the worker half-closes, the server reads what is left, then ends the
    call (its receive loop ends on EOF, api/grpc/stream.go:263-279, 525-531); cancelling at once drops
    results it has not read, and those runs execute again. Every result the worker
    reported reaches the server."""
    fake, port = strait_server
    reports: list[RunReport] = []
    worker = make_worker(port, {"echo": echo}, on_run=reports.append)
    task = asyncio.create_task(worker.arun())
    session = await fake.session()
    fake.read_delay = 0.05  # a busy server
    assigned = [await fake.assign(session, "echo", b"1") for _ in range(12)]
    while len(reports) < len(assigned):
        await asyncio.sleep(0.005)
    worker.stop()
    await asyncio.wait_for(task, WAIT)
    await asyncio.wait_for(session.ended.wait(), WAIT)
    received = set()
    while not session.inbox.empty():
        msg = session.inbox.get_nowait()
        if msg.WhichOneof("payload") == "task_result":
            received.add(msg.task_result.assignment_id)
    assert received == {a.assignment_id for a in assigned}
    assert fake.requeued == []


async def test_a_registration_the_server_never_acknowledges_is_retried(strait_server: Any) -> None:
    """Item 8. The server acks the registration after reconciling it
    (api/grpc/stream.go:230-250); one that stalls must not hang the worker."""
    fake, port = strait_server
    fake.stall_acks = 1
    worker = make_worker(port, {"echo": echo})
    worker.ack_timeout = 2.0  # the stalled ack never comes; the healthy one must fit
    async with running(worker):
        session = await fake.session()
        await fake.assign(session, "echo", b"2")
        assert (await fake.next(session, "task_result")).output_json == b"2"
    assert fake.streams == 2


def test_the_channel_caps_match_the_servers() -> None:
    """Item 8. The server sends at most 4 MiB and receives at most 1 MiB
    (api/grpc/server.go:184-191) and refuses pings more often than every 10 s
    (api/grpc/server.go:178-181): the worker's channel is set to match."""
    from strait.worker._session import CHANNEL_OPTIONS

    options: dict[str, int] = dict(CHANNEL_OPTIONS)
    assert options["grpc.max_receive_message_length"] == 4 * 1024 * 1024
    assert options["grpc.max_send_message_length"] == 1024 * 1024
    assert options["grpc.keepalive_time_ms"] >= 10_000


# -- issue 17: byte limits and ctx.fail ----------------------------------------------------


async def test_error_messages_log_lines_and_hostname_are_cut_by_bytes_at_a_character_boundary(
    strait_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 10. The server cuts error_message at 8192 bytes and log lines at 4096
    (api/grpc/stream.go:992-995, 1219-1222) and refuses a hostname over 255 bytes
    (api/grpc/stream.go:28-57); a cut inside a character is UTF-8 the database refuses."""
    import socket

    from strait.worker._worker import _hostname

    fake, port = strait_server

    def wide(ctx: RunContext, payload: Any) -> Any:
        ctx.log("é" * 3000)
        raise ValueError("€" * 5000)

    async with running(make_worker(port, {"wide": wide})):
        session = await fake.session()
        await fake.assign(session, "wide")
        line = await fake.next(session, "log_line")
        result = await fake.next(session, "task_result")
    error = result.error_message.encode()
    assert len(error) <= 8192 and len(error) > 8192 - 3
    assert len(line.message.encode()) <= 4096 and line.message == "é" * 2048
    monkeypatch.setattr(socket, "gethostname", lambda: "ü" * 200)
    assert _hostname() == "ü" * 127


async def test_ctx_fail_is_final_through_the_run_token(strait_server: Any, httpserver: Any) -> None:
    """Item 11. Over REST (and so in HTTP mode) fail is final (api/sdk_terminal.go:116-134);
    a TaskResult "failed" is retried by the job's policy (worker/executor_worker_result.go:23-29).
    The worker records ctx.fail() with the run token, then reports the result."""
    fake, port = strait_server
    seen: list[tuple[str, str, Any]] = []

    def record(request: Any) -> Any:
        from werkzeug import Response

        seen.append((request.path, request.headers.get("Authorization", ""), request.get_json()))
        return Response('{"id": "r", "status": "failed"}', status=200, content_type="application/json")

    httpserver.expect_request(re.compile(r"/sdk/v1/runs/.*/fail"), method="POST").respond_with_handler(record)

    def refuses(ctx: RunContext, payload: Any) -> Any:
        ctx.fail("the order does not exist")

    async with running(make_worker(port, {"refuses": refuses}, base_url=httpserver.url_for("/"))):
        session = await fake.session()
        a = await fake.assign(session, "refuses")
        result = await fake.next(session, "task_result")
    assert seen == [
        (f"/sdk/v1/runs/{a.run_id}/fail", f"Bearer {a.run_token_jwt}", {"error": "the order does not exist"})
    ]
    assert (result.status, result.error_message) == ("failed", "the order does not exist")


# -- issue 17: seeing what went wrong -------------------------------------------------------


async def test_a_handlers_traceback_is_logged_where_the_worker_runs(
    strait_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    fake, port = strait_server

    def broken(ctx: RunContext, payload: Any) -> Any:
        table: dict[str, int] = {}
        return table["missing"]

    async with running(make_worker(port, {"broken": broken})):
        session = await fake.session()
        await fake.assign(session, "broken")
        await fake.next(session, "task_result")
    record = next(r for r in caplog.records if r.exc_info)
    assert "Traceback" in caplog.text and "in broken" in caplog.text
    assert record.levelname == "ERROR"


def test_a_worker_without_a_base_url_warns_at_start(caplog: pytest.LogCaptureFixture) -> None:
    worker = Worker({"echo": echo}, api_key=KEY, grpc_url="grpc://127.0.0.1:9")
    worker.stop()
    asyncio.run(worker.arun())
    assert "no STRAIT_BASE_URL" in caplog.text


async def test_a_worker_pointed_at_an_http_port_says_so(
    httpserver: Any, caplog: pytest.LogCaptureFixture
) -> None:
    worker = make_worker(httpserver.port, {"echo": echo}, reconnect_initial=0.05)
    async with running(worker):
        deadline = time.monotonic() + WAIT
        while "cannot connect" not in caplog.text and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
    assert "REST port" in caplog.text, caplog.text


async def test_a_worker_pointed_at_nothing_says_so(caplog: pytest.LogCaptureFixture) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    worker = make_worker(port, {"echo": echo}, reconnect_initial=0.05)
    async with running(worker):
        deadline = time.monotonic() + WAIT
        while "cannot connect" not in caplog.text and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
    assert "--grpc-port" in caplog.text, caplog.text


INTERRUPT_JOBS = textwrap.dedent(
    """
    import time

    def slow(ctx, payload):
        time.sleep(60)

    JOBS = {"slow": slow}
    """
)


@pytest.mark.parametrize("launch", ["strait-worker", "Worker.run"])
async def test_ctrl_c_says_it_is_draining_and_a_second_one_stops_at_once(
    strait_server: Any, tmp_path: Path, launch: str
) -> None:
    """The run left behind is not reported: the server requeues it when the stream
    closes (store/workers.go:836-891). Its sync handler, still sleeping, does not keep the
    process from exiting."""
    fake, port = strait_server
    (tmp_path / "interrupted_jobs.py").write_text(INTERRUPT_JOBS)
    if launch == "strait-worker":
        command = ["-m", "strait.worker", "interrupted_jobs:JOBS"]
    else:
        command = ["-c", "import sys, strait.worker as w, interrupted_jobs as j; w.Worker(j.JOBS).run()"]
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        *command,
        "--grpc-url",
        f"grpc://127.0.0.1:{port}",
        "--base-url",
        "http://127.0.0.1:9",
        "--drain-timeout",
        "60",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=tmp_path,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("STRAIT_")},
            "STRAIT_API_KEY": KEY,
            "STRAIT_GRPC_URL": f"grpc://127.0.0.1:{port}",
            "STRAIT_BASE_URL": "http://127.0.0.1:9",
            "PYTHONPATH": str(tmp_path),
        },
    )
    try:
        session = await fake.session(timeout=START)
        a = await fake.assign(session, "slow")
        await fake.next(session, "ack")
        proc.send_signal(signal.SIGINT)
        assert proc.stderr is not None
        first = await asyncio.wait_for(proc.stderr.readline(), START)
        proc.send_signal(signal.SIGINT)
        started = time.monotonic()
        await asyncio.wait_for(session.ended.wait(), START)
        _, err = await asyncio.wait_for(proc.communicate(), START)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert b"draining 1 run(s)" in first
    assert b"stopping now; 1 run(s) left to Strait" in err
    assert time.monotonic() - started < 20
    assert fake.requeued == [a.assignment_id]
    assert proc.returncode == 0, err.decode()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # ssl.TLSVersion.TLSv1 / TLSv1_1
@pytest.mark.parametrize(("newest", "agreed"), [("TLSv1_1", False), ("TLSv1_2", True)])
async def test_tls_older_than_1_2_is_never_agreed(tmp_path: Path, newest: str, agreed: bool) -> None:
    """Item 18 (TLS pin). A server that offers at most TLS 1.1 gets no handshake from the
    worker (its TLS, gRPC's BoringSSL, agrees TLS 1.2 or newer only); one offering 1.2 does."""
    import ssl

    cert, key = _self_signed(tmp_path)
    (tmp_path / "c.pem").write_bytes(cert)
    (tmp_path / "k.pem").write_bytes(key)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        server_ctx.minimum_version = ssl.TLSVersion.TLSv1
        server_ctx.maximum_version = getattr(ssl.TLSVersion, newest)
        server_ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
        server_ctx.set_alpn_protocols(["h2"])
        server_ctx.load_cert_chain(tmp_path / "c.pem", tmp_path / "k.pem")
    except (ssl.SSLError, ValueError) as exc:
        pytest.skip(f"this OpenSSL cannot serve {newest}: {exc}")
    handshakes: list[str] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        ssl_object = writer.get_extra_info("ssl_object")
        handshakes.append(ssl_object.version() if ssl_object is not None else "none")
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=server_ctx, ssl_handshake_timeout=5)
    port = server.sockets[0].getsockname()[1]
    try:
        # The server really speaks TLS 1.1 (a client that allows it connects) ...
        client_ctx = ssl.create_default_context(cadata=cert.decode())
        client_ctx.minimum_version = ssl.TLSVersion.TLSv1
        client_ctx.maximum_version = ssl.TLSVersion.TLSv1_1
        client_ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
        try:
            _, w = await asyncio.open_connection(
                "127.0.0.1", port, ssl=client_ctx, server_hostname="localhost"
            )
        except ssl.SSLError as exc:
            pytest.skip(f"this OpenSSL cannot speak TLS 1.1: {exc}")
        w.close()
        assert handshakes == ["TLSv1.1"]
        # ... and the worker agrees a handshake only from TLS 1.2 on.
        worker = Worker(
            {"echo": echo},
            api_key=KEY,
            grpc_url=f"grpcs://localhost:{port}",
            base_url="https://localhost:9",
            root_certificates=cert,
            reconnect_initial=0.05,
            reconnect_max=0.1,
        )
        async with running(worker):
            deadline = time.monotonic() + (WAIT if agreed else 2.0)  # an agreed one ends the loop early
            while len(handshakes) < 2 and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            assert not worker.connected
        assert (len(handshakes) > 1) is agreed, handshakes
        assert all(v == "TLSv1.1" for v in handshakes[:1])
    finally:
        server.close()
        await server.wait_closed()


async def test_a_cancelled_drain_or_close_leaves_no_helper_task_behind() -> None:
    """The worker task cancelled while it drains its runs or closes its stream (``wait_for``
    around ``arun()``, a TaskGroup, Ctrl-C): the waits they started end with them."""

    class _StuckCall:
        async def write(self, message: Any) -> None:
            await asyncio.sleep(3600)

        async def done_writing(self) -> None:
            return None

    ledger = Ledger()
    stream = Stream.__new__(Stream)
    stream.ledger, stream.call, stream.written_reports = ledger, _StuckCall(), []
    outbox = ledger.open_stream()
    outbox.put_nowait(Beat(pb.WorkerMessage()))  # never written: the close waits for it
    sleepers = [asyncio.create_task(asyncio.sleep(3600)) for _ in range(3)]
    reader, writer, handler = sleepers
    scheduler = Scheduler(
        concurrency=1,
        base_url=None,
        project_id=None,
        signing_secret=None,
        on_finished=lambda finished: None,
        on_log=lambda line: None,
        current_stream=lambda: 0,
    )
    scheduler.start()
    scheduler.runs["asg"] = _Run(
        pb.TaskAssignment(), JobHandler("j", lambda ctx, payload: None, False), 0, task=handler
    )
    before = asyncio.all_tasks()
    for job in (stream.close(outbox, reader, writer, 10), scheduler.drain(30, asyncio.Event())):
        task = asyncio.create_task(job)
        await asyncio.sleep(0.05)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    await asyncio.sleep(0)
    left = [t for t in asyncio.all_tasks() - before if not t.done()]
    for t in sleepers:
        t.cancel()
    await scheduler.close()
    assert left == []
