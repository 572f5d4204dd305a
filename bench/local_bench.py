"""strait.local speed: what a test suite pays for putting ``local_strait`` under every test.

Three figures, each against its target (``make bench``):

* ready: ``LocalStrait()`` constructed -> first request answered (``GET /v1/jobs`` with
  the API key checked, over a plain HTTP connection), with ``strait.local`` imported;
  the first start in the process and the median of the next ones (target <= 300 ms).
  Printed beside it: the one-off import of ``strait.local``, and what the SDK's first
  request in a process adds (its lazily imported client and service modules).
* reset: ``strait.reset()`` of an emulator holding 50 jobs and 500 finished runs, the
  fresh state every test gets (target <= 5 ms; median and p95 of 200).
* lifecycles: 1,000 full lifecycles, each trigger -> HTTP dispatch to an in-process
  handler (aiohttp, loopback) -> completed -> ``runs.get``, run one after the other
  with the sync ``Client`` (target <= 5 s, issue 16); and the same 1,000 with 32 in flight
  through ``AsyncClient``.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from typing import Any

from aiohttp import web

from strait.local import LocalStrait

READY_TARGET_MS = 300.0
RESET_TARGET_MS = 5.0
LIFECYCLE_TARGET_S = 5.0
LIFECYCLES = 1000


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def import_cost_ms() -> float:
    code = (
        "import time; t = time.perf_counter(); import strait.local; print((time.perf_counter() - t) * 1000)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def ready_ms(samples: int = 7) -> list[float]:
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        strait = LocalStrait().start()
        request = urllib.request.Request(
            strait.base_url + "/v1/jobs?limit=1", headers={"Authorization": f"Bearer {strait.api_key}"}
        )
        with urllib.request.urlopen(request) as answer:
            answer.read()
        times.append((time.perf_counter() - started) * 1000)
        strait.stop()
    return times


def sdk_first_request_ms() -> float:
    code = (
        "import time, strait.local; s = strait.local.LocalStrait().start(); t = time.perf_counter(); "
        "c = s.client(); c.jobs.list(limit=1); print((time.perf_counter() - t) * 1000); s.stop()"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def reset_ms(strait: LocalStrait, samples: int = 200) -> list[float]:
    emu = strait.emulator
    times = []
    for _ in range(samples):

        def fill() -> None:
            from strait.local._engine import create_run, finish_run
            from strait.local._model import Job

            for j in range(50):
                job = Job.create(
                    f"job_{j}",
                    emu.project_id,
                    {"name": "J", "slug": f"j{j}", "execution_mode": "worker"},
                    emu.clock.stamp(),
                )
                emu.state.jobs[job.id] = job
                for _ in range(10):
                    run = create_run(emu, job, {"n": j})
                    run.status = "executing"
                    finish_run(emu, run, "completed", result=1, has_result=True)

        strait.call(fill)
        started = time.perf_counter()
        strait.reset()
        times.append((time.perf_counter() - started) * 1000)
    return times


class Handler:
    """A job endpoint on loopback answering every dispatch with a small JSON result."""

    def __init__(self) -> None:
        self.url = ""
        self._ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    async def _answer(self, request: web.Request) -> web.Response:
        payload = await request.json()
        return web.json_response({"echo": payload["i"]})

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def boot() -> None:
            app = web.Application()
            app.router.add_post("/run", self._answer)
            self._runner = web.AppRunner(app, access_log=None)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            self.url = f"http://127.0.0.1:{port}/run"

        self._loop.run_until_complete(boot())
        self._ready.set()
        self._loop.run_forever()

    def __enter__(self) -> Handler:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


def _job(client: Any, strait: LocalStrait, url: str) -> str:
    body = {"project_id": strait.project_id, "name": "Bench", "slug": "bench", "endpoint_url": url}
    return str(client.jobs.create(body)["id"])


def lifecycles_sync(strait: LocalStrait, url: str) -> float:
    strait.reset()
    with strait.client() as client:
        job_id = _job(client, strait, url)
        started = time.perf_counter()
        for i in range(LIFECYCLES):
            run_id = client.jobs.trigger(job_id, {"payload": {"i": i}})["id"]
            while True:
                run = client.runs.get(run_id)
                if run["status"] == "completed":
                    break
                if run["status"] not in ("queued", "executing"):
                    raise SystemExit(f"run {run_id} ended {run['status']}")
            if run["result"] != {"echo": i}:
                raise SystemExit(f"run {run_id}: unexpected result {run['result']!r}")
        return time.perf_counter() - started


def lifecycles_async(strait: LocalStrait, url: str, in_flight: int = 32) -> float:
    strait.reset()

    async def main() -> float:
        async with strait.async_client() as client:
            job = await client.jobs.create(
                {"project_id": strait.project_id, "name": "Bench", "slug": "bench", "endpoint_url": url}
            )
            gate = asyncio.Semaphore(in_flight)

            async def one(i: int) -> None:
                async with gate:
                    run_id = (await client.jobs.trigger(job["id"], {"payload": {"i": i}}))["id"]
                    while True:
                        run = await client.runs.get(run_id)
                        if run["status"] == "completed":
                            break
                        await asyncio.sleep(0.001)
                    assert run["result"] == {"echo": i}

            started = time.perf_counter()
            await asyncio.gather(*(one(i) for i in range(LIFECYCLES)))
            return time.perf_counter() - started

    return asyncio.run(main())


def main() -> int:
    print("strait.local benchmark")
    imported = import_cost_ms()
    ready = ready_ms()
    ready_median = statistics.median(ready[1:])
    print(f"  import strait.local (fresh interpreter, once per process): {imported:.0f} ms")
    print(
        f"  ready (LocalStrait() -> first request answered): first in the process {ready[0]:.1f} ms, "
        f"then median {ready_median:.1f} ms "
        f"(target <= {READY_TARGET_MS:.0f} ms: {_verdict(max(ready[0], ready_median) <= READY_TARGET_MS)})"
    )
    sdk_first = sdk_first_request_ms()
    print(f"  the SDK's first request in a process (client and service imports, once): {sdk_first:.0f} ms")
    ok = max(ready[0], ready_median) <= READY_TARGET_MS
    with LocalStrait() as strait, Handler() as handler:
        resets = sorted(reset_ms(strait))
        reset_median = statistics.median(resets)
        reset_p95 = resets[int(len(resets) * 0.95)]
        print(
            f"  reset (50 jobs, 500 runs -> empty): median {reset_median:.2f} ms, p95 {reset_p95:.2f} ms "
            f"(target <= {RESET_TARGET_MS:.0f} ms: {_verdict(reset_median <= RESET_TARGET_MS)})"
        )
        ok = ok and reset_median <= RESET_TARGET_MS
        sync_s = lifecycles_sync(strait, handler.url)
        print(
            f"  {LIFECYCLES} lifecycles, sequential (Client): {sync_s:.2f} s, "
            f"{sync_s / LIFECYCLES * 1000:.2f} ms each "
            f"(target <= {LIFECYCLE_TARGET_S:.0f} s: {_verdict(sync_s <= LIFECYCLE_TARGET_S)})"
        )
        ok = ok and sync_s <= LIFECYCLE_TARGET_S
        async_s = lifecycles_async(strait, handler.url)
        print(f"  {LIFECYCLES} lifecycles, 32 in flight (AsyncClient): {async_s:.2f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
