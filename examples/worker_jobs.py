"""Job definitions shared by the worker-mode and HTTP-mode examples.

One definition carries both the job's registration (``deploy``) and its code (``handler``).
Handlers take ``(ctx, payload)``; ``ctx`` is a ``RunContext`` (sync) or an
``AsyncRunContext`` (``async def``), the same in both execution modes.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from strait.authoring import JobOptions, define_job
from strait.worker import AsyncRunContext, RunContext

PROJECT = os.environ.get("STRAIT_PROJECT", "proj_demo")


def resize_images(ctx: RunContext, payload: dict[str, Any]) -> dict[str, Any]:
    """A sync handler: runs in the worker's thread pool (or the web server's thread)."""
    images = payload.get("images", [])
    done = ctx.resume(default=0)  # a retry continues after the last checkpoint
    for i in range(done, len(images)):
        if ctx.cancelled:  # worker mode: Strait sent CancelTask
            break
        ctx.log(f"resized {images[i]}")
        ctx.checkpoint(i + 1)
        ctx.progress(100 * (i + 1) / max(1, len(images)))
    return {"resized": len(images)}


async def summarize(ctx: AsyncRunContext, payload: dict[str, Any]) -> dict[str, Any]:
    """An async handler: runs on the worker's event loop; cancellation interrupts the await."""
    await ctx.log("summarizing", data={"chars": len(payload.get("text", ""))})
    await asyncio.sleep(0.01)
    return {"summary": payload.get("text", "")[:40]}


# Worker mode: Strait streams runs of these jobs to a connected `strait-worker`.
resize_job = define_job(
    JobOptions(name="Resize images", slug="resize-images", project_id=PROJECT, execution_mode="worker",
               queue_name="media", timeout_secs=600, max_attempts=3),
    handler=resize_images,
)  # fmt: skip
summarize_job = define_job(
    JobOptions(
        name="Summarize", slug="summarize", project_id=PROJECT, execution_mode="worker", queue_name="media"
    ),
    handler=summarize,
)
