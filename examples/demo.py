"""The main job of the SDK, end to end: create a job, trigger it, read the run back.

Run it with ``make demo``. With ``STRAIT_BASE_URL`` and ``STRAIT_API_KEY`` set it talks
to that server; otherwise it starts a local spec-driven mock server (Prism) first.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

from strait import Client, StraitError


def run_demo(client: Client) -> None:
    project_id = client.project_id or "proj_demo"
    slug = f"demo-{uuid.uuid4().hex[:8]}"
    job = client.jobs.create(
        {
            "name": "Sync Inventory",
            "slug": slug,
            "project_id": project_id,
            "endpoint_url": "https://worker.example.com/run",
        }
    )
    print(f"created job   {job['id']} ({slug})")

    run = client.jobs.trigger(job["id"], {"payload": {"sku": "ABC-123"}})
    print(f"triggered run {run['id']} status={run['status']}")

    fetched = client.runs.get(run["id"])
    print(f"read run      {fetched['id']} status={fetched['status']} job={fetched['job_id']}")

    page = client.runs.list(limit=5)
    print(f"listed runs   {len(page.data)} on the first page, more={page.has_more}")


def main() -> int:
    try:
        if os.environ.get("STRAIT_BASE_URL") and os.environ.get("STRAIT_API_KEY"):
            with Client.from_env() as client:
                run_demo(client)
            return 0
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
        from mock_server import mock_server

        with mock_server() as base_url:
            print(f"mock Strait server (Prism) on {base_url}")
            with Client(base_url=base_url, api_key="strait_demo_key") as client:
                run_demo(client)
        return 0
    except StraitError as exc:
        print(f"demo failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
