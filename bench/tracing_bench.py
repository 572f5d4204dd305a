"""What tracing costs a ``runs.get`` (issue 19), sync and async, against bench/server.py.

    python bench/tracing_bench.py            # 40 blocks per subject
    python bench/tracing_bench.py --quick    # 8 blocks

One process per call kind (sync ``Client``, async ``AsyncClient`` at concurrency 16)
holds two clients, one with ``tracing=False`` and one with the default, and alternates
blocks of 160 calls between them, measuring client CPU (``time.process_time``; the
server is another process):

- first with ``opentelemetry-api`` installed and no provider configured (the API's
  no-op: nothing is recorded; the caller's context would still be sent);
- then with an SDK ``TracerProvider``, a ``SimpleSpanProcessor`` and an exporter that
  drops every span (each span recorded and ended, no I/O).

The ratio is the median, over the blocks, of a traced block's CPU over its neighbouring
untraced block's: on a shared machine the load drifts by more than the 3 % measured, and
neighbouring blocks see the same load. Target: no provider <= 1.03x ``tracing=False``.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

PY = sys.executable
KEY = "strait_bench_key_0123456789"
TARGET = 1.03


def _install_sdk() -> None:
    from opentelemetry import trace
    from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExporter, SpanExportResult

    class Drop(SpanExporter):
        def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(Drop()))
    trace.set_tracer_provider(provider)


def _blocks(subjects: dict[str, Any], kind: str, blocks: int, size: int) -> dict[str, list[float]]:
    """Client CPU per call of each subject (a client) in each of ``blocks`` blocks of
    ``size`` calls, the subjects' blocks alternating (so load drift hits them alike)."""
    per_block: dict[str, list[float]] = {name: [] for name in subjects}
    concurrency = 16

    async def batch(client: Any) -> None:
        async def worker() -> None:
            for _ in range(size // concurrency):
                await client.runs.get("run_1")

        await asyncio.gather(*(worker() for _ in range(concurrency)))

    def run_block(client: Any) -> float:
        start = time.process_time()
        if kind == "sync":
            for _ in range(size):
                client.runs.get("run_1")
        else:
            loop.run_until_complete(batch(client))
        return (time.process_time() - start) / size * 1e6

    loop = asyncio.new_event_loop()
    for client in subjects.values():  # warm up: connections, caches
        run_block(client)
    for _ in range(blocks):
        for name, client in subjects.items():
            per_block[name].append(run_block(client))
    loop.close()
    return per_block


def child(kind: str, url: str, blocks: int) -> dict[str, float]:
    """Client CPU per ``runs.get`` with tracing off, with the API and no provider, then
    (a provider once set stays) with an SDK provider, each beside tracing off again."""
    from strait import AsyncClient, Client

    cls: Any = Client if kind == "sync" else AsyncClient
    off, on = cls(base_url=url, api_key=KEY, tracing=False), cls(base_url=url, api_key=KEY)
    first = _blocks({"off": off, "api": on}, kind, blocks, 160)
    _install_sdk()
    second = _blocks({"off": off, "sdk": on}, kind, blocks, 160)
    return {
        "off": min(first["off"]),
        "api": min(first["api"]),
        # each block beside its neighbour with tracing off: the median of those ratios
        "api_ratio": statistics.median(a / o for a, o in zip(first["api"], first["off"], strict=True)),
        "off_sdk": min(second["off"]),
        "sdk": min(second["sdk"]),
        "sdk_ratio": statistics.median(a / o for a, o in zip(second["sdk"], second["off"], strict=True)),
    }


def _serve() -> tuple[str, Callable[[], None]]:
    """bench/server.py's handler on a loopback port, on a thread of this (orchestrating)
    process: the measuring processes count only their own CPU."""
    from server import handle

    loop = asyncio.new_event_loop()

    async def start() -> asyncio.Server:
        return await asyncio.start_server(lambda r, w: handle(r, w, 100), "127.0.0.1", 0, backlog=512)

    server = loop.run_until_complete(start())
    port = server.sockets[0].getsockname()[1]
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    def stop() -> None:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)

    return f"http://127.0.0.1:{port}", stop


def _measure(kind: str, url: str, blocks: int) -> dict[str, float]:
    out = subprocess.run(
        [PY, __file__, "--child", kind, url, str(blocks)], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise RuntimeError(f"{kind} failed:\n{out.stderr[-2000:]}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    try:
        import opentelemetry.sdk.trace  # noqa: F401
    except ImportError:
        print("tracing bench skipped: opentelemetry-api and -sdk are not installed (make install)")
        return 0
    blocks = 8 if "--quick" in sys.argv else 40
    url, stop = _serve()
    try:
        figures = {kind: _measure(kind, url, blocks) for kind in ("sync", "async")}
    finally:
        stop()
    load = os.getloadavg()[0]
    print(
        f"tracing cost of runs.get: client CPU us/call, least of {blocks} blocks of 160 calls; "
        f"x: median ratio of neighbouring blocks (load {load:.1f})"
    )
    print("| call | tracing=False | API, no provider | SDK provider, no-op exporter |")
    print("|---|---|---|---|")
    met = True
    for kind, f in figures.items():
        api, sdk = f["api_ratio"], f["sdk_ratio"]
        met = met and api <= TARGET
        print(
            f"| {kind} `runs.get` | {f['off']:.1f} | {f['api']:.1f} ({api:.3f}x) "
            f"| {f['sdk']:.1f} ({sdk:.3f}x of {f['off_sdk']:.1f}) |"
        )
    print(f"target: API without a provider <= {TARGET:.2f}x tracing=False: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
        sys.exit(0)
    sys.exit(main())
