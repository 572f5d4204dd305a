"""A cheap loopback HTTP/1.1 server for the benchmarks (stdlib asyncio, keep-alive).

GET /v1/runs/<id>           -> one JobRun (a realistic, fully populated body)
GET /v1/runs?limit&cursor   -> pages of JobRuns over TOTAL items, cursor = created_at
GET /v1/jobs?limit&cursor   -> pages of Jobs over TOTAL items (every field of the spec's Job)

Every body holds every field of its schema with realistic values and is checked against
the spec at start (``full_object``).

Run: python bench/server.py PORT [TOTAL]
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from spec_samples import component, spec


def _fill(value: Any, key: str = "") -> Any:
    """Realistic strings in place of the sampler's placeholders (ids, names, URLs)."""
    if isinstance(value, dict):
        return {k: _fill(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, key) for v in value]
    if value == "x":
        return f"{key}-01JDQ8M7A2K9".lower()
    return value


def full_object(name: str, /, **overrides: Any) -> dict[str, Any]:
    """Every field of schema ``name``, realistic values, valid against the spec."""
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    value: dict[str, Any] = _fill(component(name, full=True))
    value.update(overrides)
    missing = set(spec()["components"]["schemas"][name]["properties"]) - set(value)
    assert not missing, f"{name}: fields left out: {missing}"
    registry = Registry().with_resource("urn:spec", Resource.from_contents(spec(), DRAFT202012))
    validator = Draft202012Validator({"$ref": f"urn:spec#/components/schemas/{name}"}, registry=registry)
    errors = [e.message for e in validator.iter_errors(value)]
    assert not errors, f"{name}: {errors[:3]}"
    return value


# A realistic run of about 1.5 KB: every field of the spec's JobRun (checked against the
# schema), real-looking ids, a payload, metadata and a result.
RUN = full_object(
    "JobRun",
    id="run_01JDQ8M7A2K9X4Y5Z6",
    status="executing",
    job_id="job_01JDQ8M7A2K9X4Y5Z6",
    project_id="proj_01J9ZK4M2Q8V7XW3T5R6Y1N0BC",
    job_version_id="jver_01J9ZK4M2Q8V7XW3T5R6Y1N0BD",
    idempotency_key="order-789-fulfil-2026-12-02T19:00:00Z",
    concurrency_key="customer:cus_01J9ZK4M2Q8V7XW3",
    queue_name="fulfilment-high",
    triggered_by="api",
    created_by="key_01J9ZK4M2Q8V7XW3T5R6Y1N0BE",
    payload={"order_id": "ord_01J9ZK4M2Q8V", "sku": "ABC-123", "quantity": 3, "warehouse": "ams-2"},
    metadata={"source": "checkout", "region": "eu-west-1", "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736"},
    tags={"team": "fulfilment", "priority": "high"},
    result={"ok": True, "processed": 3},
)
RUN_BODY = json.dumps(RUN).encode()
JOB = full_object("Job", id="job_01JDQ8M7A2K9X4Y5Z6", name="Sync inventory", slug="sync-inventory")


def _page(total: int, limit: int, cursor: str | None) -> bytes:
    start = int(cursor.rsplit(".", 1)[1]) + 1 if cursor else 0
    end = min(total, start + limit)
    items = [dict(RUN, id=f"run_{i}", created_at=f"2026-01-01T00:00:00.{i:06d}Z") for i in range(start, end)]
    body: dict[str, object] = {"data": items, "has_more": end < total}
    if end < total:
        body["next_cursor"] = items[-1]["created_at"].rstrip("Z")
    return json.dumps(body).encode()


_JOB_PAGES: dict[tuple[int, str | None], bytes] = {}


def _job_page(total: int, limit: int, cursor: str | None) -> bytes:
    """A page of Jobs (built once per cursor, so serving costs the client nothing extra)."""
    key = (limit, cursor)
    if key not in _JOB_PAGES:
        start = int(cursor) + 1 if cursor else 0
        end = min(total, start + limit)
        items = [dict(JOB, id=f"job_{i:06d}") for i in range(start, end)]
        body: dict[str, object] = {"data": items, "has_more": end < total}
        if end < total:
            body["next_cursor"] = str(end - 1)
        _JOB_PAGES[key] = json.dumps(body).encode()
    return _JOB_PAGES[key]


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, total: int) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            line = head.split(b"\r\n", 1)[0].decode()
            _method, target, _ = line.split(" ", 2)
            url = urlsplit(target)
            if url.path == "/v1/jobs":
                q = parse_qs(url.query)
                body = _job_page(total, int(q.get("limit", ["50"])[0]), q.get("cursor", [None])[0])
            elif url.path == "/v1/runs":
                q = parse_qs(url.query)
                body = _page(total, int(q.get("limit", ["50"])[0]), q.get("cursor", [None])[0])
            else:
                body = RUN_BODY
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + str(len(body)).encode()
                + b"\r\n\r\n"
                + body
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(port: int, total: int) -> None:
    server = await asyncio.start_server(lambda r, w: handle(r, w, total), "127.0.0.1", port, backlog=512)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 20_000))
