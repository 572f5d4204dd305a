"""Worker side of Strait: what a job handler uses to report on its run.

::

    from strait.worker import RunContext, run_handler

    def handle(ctx: RunContext, payload: dict) -> dict:
        ctx.log("syncing", data={"sku": payload["sku"]})
        ctx.progress(50)
        return {"synced": True}            # completes the run

    # inside the HTTP endpoint Strait dispatches to:
    run_handler(handle, request.headers, payload=request.json(), heartbeat_interval=30)

:class:`RunContext` / :class:`AsyncRunContext` wrap every ``/sdk/v1/runs/{runID}``
endpoint with the run token from the dispatch headers. :func:`current` returns the
context of the handler being run. :mod:`strait.testing` builds one that records
instead of sending.
"""

from ._async import AsyncRunContext, arun_handler
from ._core import (
    DEFAULT_HEARTBEAT_INTERVAL,
    DispatchInfo,
    NoActiveRunError,
    ProgressThrottle,
    RunFinishedError,
    current,
    parse_dispatch_headers,
)
from ._sync import RunContext, run_handler

__all__ = [
    "DEFAULT_HEARTBEAT_INTERVAL",
    "AsyncRunContext",
    "DispatchInfo",
    "NoActiveRunError",
    "ProgressThrottle",
    "RunContext",
    "RunFinishedError",
    "arun_handler",
    "current",
    "parse_dispatch_headers",
    "run_handler",
]
