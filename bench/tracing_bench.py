"""What tracing costs a ``runs.get`` (issue 19), sync and async, against bench/server.py.

    python bench/tracing_bench.py            # 5 rounds, interleaved; the least CPU per call
    python bench/tracing_bench.py --quick    # 2 rounds

Three modes, each in its own process:

- ``off``: ``Client(tracing=False)`` / ``AsyncClient(tracing=False)``;
- ``api``: the default, with ``opentelemetry-api`` installed and no provider configured
  (the API's no-op tracer: no span is recorded, the caller's context would still be sent);
- ``sdk``: an SDK ``TracerProvider`` with a ``SimpleSpanProcessor`` and an exporter that
  drops every span (recording and ending each span, no I/O).

Target: ``api`` costs at most 3 % more client CPU than ``off``, sync and async. The figure
is client CPU per call (``time.process_time``; the server runs in another process), the
least of the rounds, since contention on a shared machine only ever adds to it.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
KEY = "strait_bench_key_0123456789"
MODES = ("off", "api", "sdk")
TARGET = 1.03


def _install(mode: str) -> None:
    if mode != "sdk":
        return
    from opentelemetry import trace
    from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExporter, SpanExportResult

    class Drop(SpanExporter):
        def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(Drop()))
    trace.set_tracer_provider(provider)


def child(mode: str, kind: str, url: str, n: int = 3000) -> dict[str, float]:
    _install(mode)
    from strait import AsyncClient, Client

    tracing = mode != "off"
    if kind == "sync":
        client = Client(base_url=url, api_key=KEY, tracing=tracing)
        for _ in range(300):
            client.runs.get("run_1")
        start = time.process_time()
        for _ in range(n):
            client.runs.get("run_1")
        cpu = time.process_time() - start
        client.close()
        return {"us": cpu / n * 1e6}

    async def run() -> dict[str, float]:
        aclient = AsyncClient(base_url=url, api_key=KEY, tracing=tracing)
        concurrency = 32

        async def worker(count: int) -> None:
            for _ in range(count):
                await aclient.runs.get("run_1")

        await asyncio.gather(*(worker(20) for _ in range(concurrency)))
        per = n // concurrency
        start, wall = time.process_time(), time.perf_counter()
        await asyncio.gather(*(worker(per) for _ in range(concurrency)))
        cpu, elapsed = time.process_time() - start, time.perf_counter() - wall
        await aclient.close()
        return {"us": cpu / (per * concurrency) * 1e6, "rps": per * concurrency / elapsed}

    return asyncio.run(run())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _measure(mode: str, kind: str, url: str) -> dict[str, float]:
    out = subprocess.run(
        [PY, __file__, "--child", mode, kind, url], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise RuntimeError(f"{mode}/{kind} failed:\n{out.stderr[-2000:]}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    try:
        import opentelemetry.sdk.trace  # noqa: F401
    except ImportError:
        print("tracing bench skipped: opentelemetry-api and -sdk are not installed (make install)")
        return 0
    rounds = 2 if "--quick" in sys.argv else 5
    port = _free_port()
    server = subprocess.Popen([PY, str(ROOT / "bench" / "server.py"), str(port), "20000"])
    url = f"http://127.0.0.1:{port}"
    cpu: dict[tuple[str, str], list[float]] = {(m, k): [] for k in ("sync", "async") for m in MODES}
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        for _ in range(rounds):  # interleaved, so drifting load hits every mode alike
            for mode, kind in cpu:
                cpu[mode, kind].append(_measure(mode, kind, url)["us"])
    finally:
        server.terminate()
        server.wait()
    best = {key: min(values) for key, values in cpu.items()}
    print(
        f"tracing cost of runs.get, client CPU µs/call (least of {rounds} rounds; load {os.getloadavg()[0]:.1f})"
    )
    print("| call | tracing=False | API, no provider | SDK, no-op exporter |")
    print("|---|---|---|---|")
    met = True
    for kind in ("sync", "async"):
        off, api, sdk = (best[m, kind] for m in MODES)
        met = met and api <= off * TARGET
        print(
            f"| {kind} `runs.get` | {off:.1f} | {api:.1f} ({api / off:.3f}×) | {sdk:.1f} ({sdk / off:.3f}×) |"
        )
    print(f"target: API without a provider <= {TARGET:.2f}× tracing=False: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3], sys.argv[4])))
        sys.exit(0)
    sys.exit(main())
