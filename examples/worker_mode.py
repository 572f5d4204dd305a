"""Worker mode: run job handlers in your own process; it connects out to Strait over gRPC.

    export STRAIT_API_KEY=strait_...          # a key with the workers:connect scope
    export STRAIT_BASE_URL=https://strait.example.com   # gRPC then goes to its port 50051 over TLS
    python examples/worker_mode.py            # or: strait-worker examples.worker_jobs

Stop it with Ctrl-C or SIGTERM: it stops taking runs, lets running ones finish (30 s by
default), reports them and closes its stream; Strait requeues the rest, without spending an
attempt, for another worker. A second Ctrl-C stops at once (README "Deploying workers").
"""

from __future__ import annotations

from worker_jobs import resize_job, summarize_job

from strait.worker import RunReport, Worker


def report(run: RunReport) -> None:
    print(f"{run.run_id} {run.job_slug}: {run.outcome} in {run.duration_ms} ms")


if __name__ == "__main__":
    Worker([resize_job, summarize_job], concurrency=8, on_run=report).run()
