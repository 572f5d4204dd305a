"""Worker mode throughput and latency, beside the floor, in one run.

    python bench/worker_bench.py            # 3 rounds, median reported
    python bench/worker_bench.py --quick    # 1 round, fewer runs

This process serves ``WorkerService`` (the generated stubs, ``grpc.aio``) on loopback and
plays Strait: it sends ``TaskAssignment``s (payload, run token, assignment id, attempt)
and times each until its ``TaskResult`` arrives. The worker runs in a child process:

* ``sdk-async``: ``strait.worker.Worker`` with an ``async def`` handler returning its payload;
* ``sdk-sync``: the same with a plain ``def`` handler (thread pool);
* ``bare``: the floor, a bare ``grpc.aio`` stream answering each assignment with a
  ``TaskResult`` echoing the payload: no SDK, no handler, no context.

Throughput keeps 64 runs in flight (concurrency 64) and counts results per second; latency
sends one run at a time (concurrency 1) and reports the p50 round trip, and the SDK's added
p50 over the floor. Targets (issue 11): async >= 2,000 runs/s, sync >= 1,000 runs/s, added
p50 <= 2 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import grpc
import grpc.aio

from strait.testing import make_run_token
from strait.worker._proto import worker_pb2 as pb
from strait.worker._proto import worker_pb2_grpc as pb_grpc

KEY = "strait_benchkey1"
ROOT = Path(__file__).resolve().parent.parent
PAYLOAD = json.dumps({"order": "ord_123", "items": [1, 2, 3], "note": "x" * 64}).encode()


# -- the server side (this process) -----------------------------------------------------


class BenchStrait(pb_grpc.WorkerServiceServicer):
    def __init__(self) -> None:
        self.ready: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.done: dict[str, asyncio.Future[float]] = {}

    async def StreamTasks(self, request_iterator: Any, context: Any) -> None:  # type: ignore[override]
        first = await context.read()
        await context.write(pb.ServerMessage(ack=pb.Acknowledged(id=first.registration.worker_id)))
        if not self.ready.done():
            self.ready.set_result(context)
        while (msg := await context.read()) is not grpc.aio.EOF:
            if msg.WhichOneof("payload") == "task_result":
                waiter = self.done.pop(msg.task_result.assignment_id, None)
                if waiter is not None and not waiter.done():
                    waiter.set_result(time.perf_counter())


def assignments(n: int, prefix: str) -> list[pb.ServerMessage]:
    token = make_run_token("bench-run", 1)  # the SDK decodes it per run; its subject is not checked
    return [
        pb.ServerMessage(
            task_assignment=pb.TaskAssignment(
                run_id="bench-run",
                job_slug="echo",
                queue="default",
                payload_json=PAYLOAD,
                timeout_secs=60,
                run_token_jwt=token,
                assignment_id=f"{prefix}-{i}",
                attempt=1,
            )
        )
        for i in range(n)
    ]


async def throughput(server: BenchStrait, context: Any, n: int, concurrency: int, tag: str) -> float:
    msgs = assignments(n, tag)
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(concurrency)
    finished: list[asyncio.Future[float]] = []

    start = time.perf_counter()
    for msg in msgs:
        await sem.acquire()
        fut = loop.create_future()
        fut.add_done_callback(lambda _: sem.release())
        server.done[msg.task_assignment.assignment_id] = fut
        finished.append(fut)
        await context.write(msg)
    await asyncio.gather(*finished)
    return n / (time.perf_counter() - start)


async def latency(server: BenchStrait, context: Any, n: int, tag: str) -> float:
    loop = asyncio.get_running_loop()
    samples = []
    for msg in assignments(n, tag):
        fut = loop.create_future()
        server.done[msg.task_assignment.assignment_id] = fut
        sent = time.perf_counter()
        await context.write(msg)
        samples.append(await fut - sent)
    return float(statistics.median(samples)) * 1000


async def measure(client: str, runs: int, lat_runs: int) -> dict[str, float]:
    server = grpc.aio.server()
    bench = BenchStrait()
    pb_grpc.add_WorkerServiceServicer_to_server(bench, server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    proc = subprocess.Popen([sys.executable, __file__, "--client", client, "--port", str(port)], cwd=ROOT)
    try:
        context = await asyncio.wait_for(bench.ready, 30)
        await throughput(bench, context, 500, 64, "warm")
        cpu = cpu_seconds(proc.pid)
        rate = await throughput(bench, context, runs, 64, "rate")
        cpu_per_run = (cpu_seconds(proc.pid) - cpu) / runs * 1e6
        p50 = await latency(bench, context, lat_runs, "lat")
        return {"runs_per_s": rate, "p50_ms": p50, "worker_cpu_us": cpu_per_run}
    finally:
        proc.send_signal(signal.SIGTERM)
        # Waited for off the loop: the worker's graceful close needs this server to answer.
        with contextlib.suppress(subprocess.TimeoutExpired):
            await asyncio.to_thread(proc.wait, 10)
        if proc.poll() is None:
            proc.kill()
        await server.stop(grace=None)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- the worker side (child process) --------------------------------------------------------


async def bare_client(port: int) -> None:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        call = pb_grpc.WorkerServiceStub(channel).StreamTasks(metadata=(("authorization", f"Bearer {KEY}"),))
        reg = pb.WorkerRegistration(worker_id="bare", queues=["default"], slots_total=64, slots_available=64)
        await call.write(pb.WorkerMessage(registration=reg))
        while (msg := await call.read()) is not grpc.aio.EOF:
            assert isinstance(msg, pb.ServerMessage)
            if msg.WhichOneof("payload") == "task_assignment":
                a = msg.task_assignment
                result = pb.TaskResult(
                    run_id=a.run_id,
                    status="success",
                    output_json=a.payload_json,
                    assignment_id=a.assignment_id,
                    attempt=a.attempt,
                )
                await call.write(pb.WorkerMessage(task_result=result))


def sdk_client(port: int, kind: str) -> None:
    from strait.worker import Worker

    async def echo_async(ctx: Any, payload: Any) -> Any:
        return payload

    def echo_sync(ctx: Any, payload: Any) -> Any:
        return payload

    handler = echo_async if kind == "sdk-async" else echo_sync
    logging.getLogger("strait.worker").setLevel(logging.ERROR)  # not "stopping: draining" per round
    Worker(
        {"echo": handler},
        api_key=KEY,
        grpc_url=f"grpc://127.0.0.1:{port}",
        base_url="http://127.0.0.1:9",
        queues=["default"],
        concurrency=64,
    ).run()


def client_main(kind: str, port: int) -> None:
    if kind == "bare":
        with contextlib.suppress(KeyboardInterrupt, asyncio.CancelledError):
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
            asyncio.run(bare_client(port))
    else:
        sdk_client(port, kind)


# -- report ------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--client")
    parser.add_argument("--port", type=int)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.client:
        client_main(args.client, args.port)
        return
    rounds = 1 if args.quick else 3
    runs, lat_runs = (2000, 200) if args.quick else (6000, 500)
    results: dict[str, list[dict[str, float]]] = {"bare": [], "sdk-async": [], "sdk-sync": []}
    for _ in range(rounds):
        for client, samples in results.items():
            samples.append(asyncio.run(measure(client, runs, lat_runs)))
    med = {c: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for c, rs in results.items()}
    floor = med["bare"]["p50_ms"]
    print(f"worker mode, loopback gRPC, {os.cpu_count()} cores, median of {rounds} round(s)")
    print(f"{'client':<28}{'runs/s @64':>12}{'p50 ms @1':>12}{'added p50 ms':>14}{'worker CPU us/run':>19}")
    labels = {
        "bare": "floor (bare grpc.aio echo)",
        "sdk-async": "Worker, async handler",
        "sdk-sync": "Worker, sync handler",
    }
    for client, label in labels.items():
        m = med[client]
        added = "" if client == "bare" else f"{m['p50_ms'] - floor:.3f}"
        print(
            f"{label:<28}{m['runs_per_s']:>12,.0f}{m['p50_ms']:>12.3f}{added:>14}{m['worker_cpu_us']:>19.0f}"
        )
    checks = {
        "async >= 2,000 runs/s": med["sdk-async"]["runs_per_s"] >= 2000,
        "sync >= 1,000 runs/s": med["sdk-sync"]["runs_per_s"] >= 1000,
        "added p50 <= 2 ms (async)": med["sdk-async"]["p50_ms"] - floor <= 2.0,
        "added p50 <= 2 ms (sync)": med["sdk-sync"]["p50_ms"] - floor <= 2.0,
    }
    for name, ok in checks.items():
        print(f"  {'met' if ok else 'MISSED'}: {name}")


if __name__ == "__main__":
    main()
