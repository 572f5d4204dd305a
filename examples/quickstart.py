"""Strait in five minutes, against a local Strait: ``make demo``.

``make demo`` starts ``python -m strait.local`` (an in-memory Strait on loopback) and
runs this script with ``STRAIT_BASE_URL``, ``STRAIT_API_KEY``, ``STRAIT_PROJECT`` and
``STRAIT_GRPC_URL`` set. Read it top to bottom:

1. define two jobs with the authoring DSL: ``thumbnail`` runs in a worker process that
   connects out to Strait over gRPC (worker mode); ``invoice`` is served over HTTP by
   ``strait.worker.asgi_app`` (HTTP mode, signed dispatches);
2. deploy and trigger both, and follow each run live: a progress bar fed by the run's
   progress events;
3. list runs, one page at a time;
4. run an approval workflow: approve it, send the event it waits for, watch it finish.

It exits non-zero as soon as something does not reach the state it should.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import uuid
from typing import Any

from strait import Client
from strait.authoring import JobOptions, WorkflowOptions, define_job, define_workflow, step
from strait.local import AsgiServer
from strait.worker import RunContext, Worker, asgi_app

PROJECT = os.environ["STRAIT_PROJECT"]
SIGNING_SECRET = "whsec_" + uuid.uuid4().hex  # Strait signs every HTTP dispatch with it
STARTED = time.monotonic()
print_lock = threading.Lock()


def say(message: str) -> None:
    with print_lock:
        print(f"[{time.monotonic() - STARTED:5.2f}s] {message}", flush=True)


def expect(actual: Any, expected: Any, what: str) -> None:
    if actual != expected:
        say(f"FAILED: {what}: expected {expected!r}, got {actual!r}")
        raise SystemExit(1)


# -- 1. two jobs, two ways to run them ----------------------------------------------------


def make_thumbnail(ctx: RunContext, payload: dict[str, Any]) -> dict[str, Any]:
    """Runs inside the worker below (worker mode)."""
    time.sleep(0.4)  # load the image
    for percent, stage in ((25, "decode"), (50, "resize"), (75, "sharpen"), (100, "encode")):
        ctx.progress(percent, step=stage)
        time.sleep(1.05)  # RunContext sends at most one progress update per second
    return {"thumbnail": payload["image"].replace(".png", ".thumb.png"), "size": [128, 128]}


def send_invoice(ctx: RunContext, payload: dict[str, Any]) -> dict[str, Any]:
    """Served over HTTP by asgi_app (HTTP mode)."""
    time.sleep(0.4)
    for percent, stage in ((50, "render pdf"), (100, "email")):
        ctx.progress(percent, step=stage)
        time.sleep(1.05)
    return {"invoice": f"INV-{payload['order']}", "emailed_to": payload["email"]}


def run_worker(worker: Worker) -> threading.Thread:
    import asyncio

    thread = threading.Thread(target=lambda: asyncio.run(worker.arun()), daemon=True)
    thread.start()
    return thread


def follow(client: Client, name: str, run_id: str, outcome: dict[str, Any]) -> None:
    """Print a progress bar for every progress event of the run, until it finishes."""
    started = time.monotonic()
    with client.runs.follow(run_id, timeout=30) as events:
        for event in events:
            data = event.data
            if isinstance(data, dict) and data.get("event_type") == "progress":
                percent = int(data["data"]["percent"])
                bar = "#" * (percent // 5) + "." * (20 - percent // 5)
                say(f"  {name:<9} [{bar}] {percent:3d}%  {data['data'].get('step', '')}")
            elif isinstance(data, dict) and data.get("type") == "status_change":
                say(f"  {name:<9} {data['from']} -> {data['to']}")
    outcome["seconds"] = time.monotonic() - started


def main() -> int:
    with Client.from_env() as client:  # closed on every way out, errors included
        return run(client)


def run(client: Client) -> int:
    say(f"local Strait at {client.config.base_url}, project {PROJECT}")

    thumbnail = define_job(
        JobOptions(name="Make thumbnail", slug="thumbnail", project_id=PROJECT, execution_mode="worker"),
        handler=make_thumbnail,
    )
    with AsgiServer() as http:  # an HTTP endpoint on loopback for the invoice job
        invoice = define_job(
            JobOptions(
                name="Send invoice",
                slug="invoice",
                project_id=PROJECT,
                endpoint_url=f"{http.url}/jobs/invoice",
                endpoint_signing_secret=SIGNING_SECRET,
            ),
            handler=send_invoice,
        )
        http.app = asgi_app([invoice], signing_secret=SIGNING_SECRET)  # verifies, runs, answers
        for job in (thumbnail, invoice):
            deployed = job.deploy(client)
            say(f"deployed job {deployed['slug']:<9} {deployed['id']} ({deployed['execution_mode']} mode)")

        worker = Worker(jobs=[thumbnail], concurrency=4, grpc_url=os.environ["STRAIT_GRPC_URL"])
        worker_thread = run_worker(worker)
        say(f"worker {worker.worker_id} connected to {os.environ['STRAIT_GRPC_URL']}")

        # -- 2. trigger both and follow them live -------------------------------------------
        runs = {
            "thumbnail": thumbnail.trigger(client, {"image": "cat.png"}),
            "invoice": invoice.trigger(client, {"order": 1042, "email": "ada@example.com"}),
        }
        for name, run in runs.items():
            say(f"triggered {name:<9} run {run['id']} ({run['status']})")
        timings: dict[str, dict[str, Any]] = {name: {} for name in runs}
        followers = [
            threading.Thread(target=follow, args=(client, name, run["id"], timings[name]))
            for name, run in runs.items()
        ]
        for follower in followers:
            follower.start()
        for follower in followers:
            follower.join()
        for name, run in runs.items():
            finished = client.runs.get(run["id"])
            took = timings[name].get("seconds", 0)
            say(f"{name:<9} {finished['status']} in {took:.2f}s -> {finished['result']}")
            expect(finished["status"], "completed", f"{name} run status")
        expect(
            client.runs.get(runs["thumbnail"]["id"])["result"]["thumbnail"],
            "cat.thumb.png",
            "thumbnail result",
        )

        # -- 3. list runs, one page at a time -------------------------------------------------
        pages = 0
        for page in client.runs.list(limit=1).iter_pages():
            pages += 1
            for item in page.data:
                more = page.has_more
                say(f"page {pages}: run {item['id']} job {item['job_id']} {item['status']} (more: {more})")
        expect(pages, 2, "pages of one run each")

        # -- 4. an approval workflow --------------------------------------------------------
        # Strait approves as the caller: "apikey:<id>" for an API key.
        key = next(
            k for k in client.api_keys.list().data if os.environ["STRAIT_API_KEY"].startswith(k["key_prefix"])
        )
        order = uuid.uuid4().hex[:6]
        delivered = f"order:{order}:delivered"
        checkout = define_workflow(
            WorkflowOptions(
                name="Checkout",
                slug="checkout",
                project_id=PROJECT,
                steps=[
                    step.approval("approve", approvers=[f"apikey:{key['id']}"]),
                    step.job(
                        "invoice",
                        invoice,
                        depends_on=["approve"],
                        payload={"order": order, "email": "ada@example.com"},
                    ),
                    step.wait_for_event("delivered", delivered, depends_on=["invoice"]),
                ],
            )
        )
        checkout.deploy(client)
        flow = checkout.trigger(client, {"order": order})
        started = time.monotonic()
        say(f"workflow run {flow['id']} {flow['status']}: {steps(client, flow['id'])}")
        expect(steps(client, flow["id"])["approve"], "waiting", "approval step")

        approved = client.workflow_runs.approve_step(flow["id"], "approve", {})
        say(f"approved by {approved['approval']['approved_by']}: {steps(client, flow['id'])}")
        wait_until(lambda: steps(client, flow["id"])["delivered"] == "waiting", "the invoice step to finish")
        say(f"invoice sent, waiting for {delivered}: {steps(client, flow['id'])}")

        trigger = client.event_triggers.send_event(delivered, {"payload": {"carrier": "ups"}})
        say(f"sent event {delivered} ({trigger['status']})")
        wait_until(
            lambda: client.workflow_runs.get(flow["id"])["status"] != "running", "the workflow to finish"
        )
        final = client.workflow_runs.get(flow["id"])
        took = time.monotonic() - started
        say(f"workflow run {final['status']} in {took:.2f}s: {steps(client, flow['id'])}")
        expect(final["status"], "completed", "workflow run status")

        worker.stop()
        worker_thread.join(10)
    say("done: every step reached the state it should")
    return 0


def steps(client: Client, workflow_run_id: str) -> dict[str, str]:
    listed = client.workflow_runs.list_steps(workflow_run_id).data  # newest first
    return {s["step_ref"]: s["status"] for s in reversed(listed)}


def wait_until(condition: Any, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            say(f"FAILED: timed out waiting for {what}")
            raise SystemExit(1)
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main())
