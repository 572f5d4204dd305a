"""One benchmark scenario per process: ``python bench/scenarios.py SCENARIO SUBJECT URL``.

SUBJECT is ``raw`` (httpx alone), ``ours`` (this SDK) or ``official`` (strait-python
0.1.1, importable as ``strait`` from the path in STRAIT_OFFICIAL_PATH). Prints one JSON
line with the figure.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

if os.environ.get("STRAIT_OFFICIAL_PATH"):
    sys.path.insert(0, os.environ["STRAIT_OFFICIAL_PATH"])

KEY = "strait_bench_key_0123456789"


def sync_cpu(subject: str, url: str, n: int = 3000) -> dict[str, Any]:
    """Client CPU seconds per sync ``runs.get`` (process time, so server time is excluded)."""
    if subject == "raw":
        import httpx

        client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"})

        def call() -> Any:
            return client.get("/v1/runs/run_1").json()
    else:
        from strait import Client

        sdk = Client(base_url=url, api_key=KEY)

        def call() -> Any:
            return sdk.runs.get("run_1")

    for _ in range(300):
        call()
    start = time.process_time()
    for _ in range(n):
        call()
    cpu = time.process_time() - start
    return {"us_per_request": cpu / n * 1e6, "typed": type(call()).__name__}


def async_rps(subject: str, url: str, total: int = 12000, concurrency: int = 32) -> dict[str, Any]:
    async def run() -> float:
        if subject == "raw":
            import httpx

            client: Any = httpx.AsyncClient(
                base_url=url,
                headers={"Authorization": f"Bearer {KEY}"},
                limits=httpx.Limits(max_connections=100),
            )

            async def call() -> Any:
                return (await client.get("/v1/runs/run_1")).json()
        elif subject == "aiohttp":  # aiohttp alone, the ceiling of the default async client
            import aiohttp

            client = aiohttp.ClientSession(
                base_url=url,
                headers={"Authorization": f"Bearer {KEY}"},
                connector=aiohttp.TCPConnector(limit=100),
            )

            async def call() -> Any:
                async with client.get("/v1/runs/run_1") as response:
                    return await response.json()
        else:
            from strait import AsyncClient

            client = AsyncClient(base_url=url, api_key=KEY)

            async def call() -> Any:
                return await client.runs.get("run_1")

        async def worker(count: int) -> None:
            for _ in range(count):
                await call()

        await asyncio.gather(*(worker(50) for _ in range(concurrency)))  # warm up the pool
        start = time.perf_counter()
        await asyncio.gather(*(worker(total // concurrency) for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
        close = getattr(client, "aclose", None) or client.close
        await close()
        return (total // concurrency) * concurrency / elapsed

    return {"requests_per_second": asyncio.run(run())}


def page_memory(subject: str, url: str, total: int = 20000) -> dict[str, Any]:
    """Peak traced memory while walking every item of a 20,000-item list, 100 per page."""
    count = 0
    if subject == "raw":
        import httpx

        client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"})
        client.get("/v1/runs", params={"limit": 1}).json()
        tracemalloc.start()
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": 100}
            if cursor:
                params["cursor"] = cursor
            page = client.get("/v1/runs", params=params).json()
            for _item in page["data"]:
                count += 1
            if not page.get("has_more"):
                break
            cursor = page["next_cursor"]
    elif subject == "ours":
        from strait import Client

        sdk = Client(base_url=url, api_key=KEY)
        sdk.runs.list(limit=1)
        tracemalloc.start()
        for _item in sdk.runs.list(limit=100):
            count += 1
    else:
        import importlib

        # the official SDK, also importable as `strait` (from STRAIT_OFFICIAL_PATH): untyped here
        official_sdk: Any = importlib.import_module("strait")
        composition: Any = importlib.import_module("strait.composition")
        PaginatedResponse, paginate = composition.PaginatedResponse, composition.paginate
        official = official_sdk.Client(base_url=url, api_key=KEY)
        official.runs.list(query={"limit": "1"})

        def fetch(q: Any) -> Any:
            query = {"limit": "100"}
            if q.cursor:
                query["cursor"] = q.cursor
            page = official.runs.list(query=query)
            return PaginatedResponse(
                data=page["data"], next_cursor=page.get("next_cursor") or "", has_more=page.get("has_more")
            )

        tracemalloc.start()
        for _item in paginate(fetch):
            count += 1
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == total, count
    return {"peak_mib": peak / 2**20, "items": count}


def parse_cost(subject: str, url: str, n: int = 500, rounds: int = 150) -> dict[str, Any]:
    """Microseconds to turn a ``runs.get`` answer (the 1.6 KB full JobRun) into the result:
    ``json.loads`` for raw; for ours ``Operation.parse`` on the same ``httpx.Response``, with
    ``json.loads`` timed in the same process, interleaved round by round (the target: at
    most 2 us above it). Best round of each, the least disturbed by other processes."""
    import httpx

    content = httpx.get(f"{url}/v1/runs/run_1").content
    response = httpx.Response(200, content=content, headers={"content-type": "application/json"})
    contenders: dict[str, Callable[[], Any]] = {"json_loads_us": lambda: json.loads(content)}
    if subject == "ours":
        from strait._generated.services.runs import _GET

        result = _GET.parse(response)
        assert type(result).__name__ == "JobRun" and json.dumps(result) == json.dumps(json.loads(content))
        contenders["ours_us"] = lambda: _GET.parse(response)
        contenders["ours_and_one_field_read_us"] = lambda: _GET.parse(response).status
    best = dict.fromkeys(contenders, float("inf"))
    for fn in contenders.values():
        for _ in range(1000):
            fn()
    for _ in range(rounds):
        for name, fn in contenders.items():
            start = time.perf_counter()
            for _ in range(n):
                fn()
            best[name] = min(best[name], (time.perf_counter() - start) / n * 1e6)
    out: dict[str, Any] = {**best, "body_bytes": len(content)}
    if subject == "ours":
        out["overhead_us"] = best["ours_us"] - best["json_loads_us"]
    return out


def _walk_jobs(subject: str, url: str) -> Callable[[], int]:
    """A function walking every job of the server's list, 100 per page, reading each id."""
    if subject == "raw":
        import httpx

        client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"})

        def walk() -> int:
            count, cursor = 0, None
            while True:
                params: dict[str, Any] = {"limit": 100}
                if cursor:
                    params["cursor"] = cursor
                page = json.loads(client.get("/v1/jobs", params=params).content)
                for item in page["data"]:
                    count += item["id"] is not None
                if not page.get("has_more"):
                    return count
                cursor = page["next_cursor"]

        return walk
    from strait import Client

    sdk = Client(base_url=url, api_key=KEY)

    def walk_ours() -> int:
        count = 0
        for job in sdk.jobs.list(limit=100):
            count += job.id is not None
        return count

    return walk_ours


def jobs_walk(subject: str, url: str, total: int = 20000) -> dict[str, Any]:
    """Client CPU seconds to auto-page 20,000 full Jobs, 100 per page (best of 3)."""
    walk = _walk_jobs(subject, url)
    assert walk() == total
    best_cpu = best_wall = float("inf")
    for _ in range(3):
        start, wall = time.process_time(), time.perf_counter()
        assert walk() == total
        best_cpu = min(best_cpu, time.process_time() - start)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return {"cpu_s": best_cpu, "wall_s": best_wall, "items": total}


def jobs_memory(subject: str, url: str, total: int = 20000) -> dict[str, Any]:
    """Peak traced memory while auto-paging 20,000 full Jobs, 100 per page."""
    walk = _walk_jobs(subject, url)
    walk()
    tracemalloc.start()
    count = walk()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == total, count
    return {"peak_mib": peak / 2**20, "items": count}


if __name__ == "__main__":
    scenario, subject, url = sys.argv[1:4]
    scenarios: dict[str, Callable[[str, str], dict[str, Any]]] = {
        "sync_cpu": sync_cpu,
        "async_rps": async_rps,
        "page_memory": page_memory,
        "parse_cost": parse_cost,
        "jobs_walk": jobs_walk,
        "jobs_memory": jobs_memory,
    }
    result = scenarios[scenario](subject, url)
    print(json.dumps(result))
