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


if __name__ == "__main__":
    scenario, subject, url = sys.argv[1:4]
    scenarios: dict[str, Callable[[str, str], dict[str, Any]]] = {
        "sync_cpu": sync_cpu,
        "async_rps": async_rps,
        "page_memory": page_memory,
    }
    result = scenarios[scenario](subject, url)
    print(json.dumps(result))
