"""Worker side of Strait: run job handlers, and what a handler uses to report on its run.

Worker mode (``pip install "strait-python[worker]"``): :class:`Worker` connects out to
Strait over gRPC and runs the handlers of ``define_job(..., handler=fn)`` definitions;
``strait-worker`` / ``python -m strait.worker`` is its command. HTTP mode:
:func:`asgi_app` / :func:`wsgi_app` serve handlers at a job's ``endpoint_url`` and verify
Strait's signature. grpc is imported only when :class:`Worker` is first used.

::

    from strait.worker import RunContext, run_handler

    def handle(ctx: RunContext, payload: dict) -> dict:
        ctx.log("syncing", data={"sku": payload["sku"]})
        ctx.progress(50)
        return {"synced": True}            # completes the run

    # inside the HTTP endpoint Strait dispatches to: the raw body, whose signature is
    # verified whenever a secret is configured (STRAIT_SIGNING_SECRET or signing_secret=)
    run_handler(handle, request.headers, body=request.body(), heartbeat_interval=30)

:class:`RunContext` / :class:`AsyncRunContext` wrap every ``/sdk/v1/runs/{runID}``
endpoint with the run token from the dispatch headers. :func:`current` returns the
context of the handler being run. :mod:`strait.testing` builds one that records
instead of sending.
"""

from typing import TYPE_CHECKING

from strait._lazy import lazy_getattr

from ._async import AsyncRunContext, arun_handler
from ._core import (
    DEFAULT_HEARTBEAT_INTERVAL,
    DispatchInfo,
    NoActiveRunError,
    ProgressThrottle,
    RunFinishedError,
    parse_dispatch_headers,
)
from ._current import current
from ._http import asgi_app, wsgi_app
from ._sync import RunContext, run_handler

if TYPE_CHECKING:
    from ._worker import RunReport, Worker, WorkerAuthError, WorkerRejectedError

__all__ = [
    "DEFAULT_HEARTBEAT_INTERVAL",
    "AsyncRunContext",
    "DispatchInfo",
    "NoActiveRunError",
    "ProgressThrottle",
    "RunContext",
    "RunFinishedError",
    "RunReport",
    "Worker",
    "WorkerAuthError",
    "WorkerRejectedError",
    "arun_handler",
    "asgi_app",
    "current",
    "parse_dispatch_headers",
    "run_handler",
    "wsgi_app",
]

# Loaded on first use: these need the `worker` extra (grpcio, protobuf).
_LAZY = {
    "Worker": "_worker",
    "WorkerAuthError": "_worker",
    "WorkerRejectedError": "_worker",
    "RunReport": "_worker",
}


__getattr__ = lazy_getattr(globals(), _LAZY, extra="worker")
