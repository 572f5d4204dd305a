"""Strait Python SDK: trigger and watch jobs and workflows, author them in code, and
report progress from inside a running job.

    from strait import Client

    client = Client.from_env()
    run = client.jobs.trigger(job_id, {"payload": {"sku": "ABC-123"}})

Everything public is importable from here; modules with a leading underscore are
private. ``strait.authoring``, ``strait.composition``, ``strait.fsm`` and
``strait.testing`` are public submodules.
"""

from typing import TYPE_CHECKING, Any

from ._auth import RUN_TOKEN_ISSUER, RunTokenClaims, decode_run_token
from ._client import AsyncClient, Client
from ._config import ClientConfig
from ._core import NOT_GIVEN, NotGiven
from ._errors import (
    ApiError,
    BadRequestError,
    ConflictError,
    DagValidationError,
    DecodeError,
    EnqueueThrottledError,
    ForbiddenError,
    IdempotencyConflictError,
    NotFoundError,
    RateLimitedError,
    RedirectError,
    RequestTimeoutError,
    RunTokenRejectedError,
    ServerError,
    StraitError,
    StraitTimeoutError,
    TransportError,
    UnauthorizedError,
    UnprocessableEntityError,
    UnsupportedOperationError,
    ValidationError,
)
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._retry import RetryPolicy
from ._transport import Middleware, RequestContext
from ._version import __version__

if TYPE_CHECKING:
    from ._sse import ReconnectPolicy, StreamEvent
    from .authoring import JobOptions, WorkflowOptions, define_job, define_workflow, step
    from .composition import RetryOptions, checkpoint, cost_budget, paginate, wait_for_run, with_retry
    from .worker import AsyncRunContext, NoActiveRunError, RunContext, RunFinishedError

__all__ = [
    "NOT_GIVEN",
    "RUN_TOKEN_ISSUER",
    "ApiError",
    "AsyncClient",
    "AsyncPage",
    "AsyncPaginator",
    "BadRequestError",
    "Client",
    "ClientConfig",
    "ConflictError",
    "DagValidationError",
    "DecodeError",
    "EnqueueThrottledError",
    "ForbiddenError",
    "IdempotencyConflictError",
    "Middleware",
    "NotFoundError",
    "NotGiven",
    "RateLimitedError",
    "RedirectError",
    "RequestContext",
    "RequestTimeoutError",
    "ReconnectPolicy",
    "RetryPolicy",
    "StreamEvent",
    "RunTokenClaims",
    "RunTokenRejectedError",
    "ServerError",
    "StraitError",
    "StraitTimeoutError",
    "SyncPage",
    "TransportError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "ValidationError",
    "__version__",
    "decode_run_token",
    # lazily loaded (see _LAZY)
    "AsyncRunContext",
    "NoActiveRunError",
    "RunContext",
    "RunFinishedError",
    "JobOptions",
    "RetryOptions",
    "WorkflowOptions",
    "checkpoint",
    "cost_budget",
    "define_job",
    "define_workflow",
    "paginate",
    "step",
    "wait_for_run",
    "with_retry",
]

# Loaded on first use, so `import strait` stays cheap. The authoring and composition
# names are also importable from the top level, as Strait's server docs write them.
_LAZY: dict[str, str] = {
    "RunContext": "worker",
    "AsyncRunContext": "worker",
    "RunFinishedError": "worker",
    "NoActiveRunError": "worker",
    "StreamEvent": "_sse",
    "ReconnectPolicy": "_sse",
    "define_job": "authoring",
    "define_workflow": "authoring",
    "JobOptions": "authoring",
    "WorkflowOptions": "authoring",
    "step": "authoring",
    "with_retry": "composition",
    "RetryOptions": "composition",
    "wait_for_run": "composition",
    "paginate": "composition",
    "cost_budget": "composition",
    "checkpoint": "composition",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'strait' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"strait.{module}"), name)
    globals()[name] = value
    return value
