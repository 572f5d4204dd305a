"""Strait Python SDK: trigger and watch jobs and workflows, author them in code, and
report progress from inside a running job.

    from strait import Client

    client = Client.from_env()
    run = client.jobs.trigger(job_id, {"payload": {"sku": "ABC-123"}})

Everything public is importable from here; modules with a leading underscore are
private. ``strait.authoring``, ``strait.composition``, ``strait.fsm`` and
``strait.testing`` are public submodules, and ``strait.errors`` holds the exceptions.
"""

from typing import TYPE_CHECKING

from . import _errors
from ._client import AsyncClient, Client
from ._config import AuthMode, AuthType, ClientConfig, Config, config_from_env, config_from_file
from ._core import NOT_GIVEN, NotGiven
from ._errors import *  # noqa: F403  (every public exception; the names are _errors.__all__)
from ._lazy import lazy_getattr
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._version import __version__

if TYPE_CHECKING:
    from ._aliases import (
        Deployment,
        Headers,
        Job,
        JobVersion,
        JsonDict,
        Run,
        RunUsage,
        Workflow,
        WorkflowRun,
        WorkflowRunStep,
        WorkflowStep,
    )
    from ._auth import RUN_TOKEN_ISSUER, RunTokenClaims, decode_run_token
    from ._compat import (
        JitterStrategy,
        MiddlewareErrorContext,
        MiddlewareRequestContext,
        MiddlewareResponseContext,
        RetryPolicy,
    )
    from ._retry import Middleware, RequestContext
    from ._signing import verify_signature
    from ._sse import ReconnectPolicy, StreamEvent
    from .authoring import JobOptions, WorkflowOptions, define_job, define_workflow, step
    from .composition import (
        RetryOptions,
        checkpoint,
        collect_all,
        cost_budget,
        paginate,
        wait_for_run,
        with_retry,
    )
    from .worker import AsyncRunContext, RunContext

__all__ = [
    "NOT_GIVEN",
    "RUN_TOKEN_ISSUER",
    "AsyncClient",
    "AsyncPage",
    "AsyncPaginator",
    "AuthMode",
    "AuthType",
    "Client",
    "ClientConfig",
    "Config",
    "JitterStrategy",
    "Middleware",
    "MiddlewareErrorContext",
    "MiddlewareRequestContext",
    "MiddlewareResponseContext",
    "NotGiven",
    "RequestContext",
    "ReconnectPolicy",
    "RetryPolicy",
    "StreamEvent",
    "RunTokenClaims",
    "SyncPage",
    "__version__",
    "config_from_env",
    "config_from_file",
    "decode_run_token",
    "verify_signature",
    # lazily loaded (see _LAZY)
    "AsyncRunContext",
    "RunContext",
    "JobOptions",
    "RetryOptions",
    "WorkflowOptions",
    "checkpoint",
    "collect_all",
    "cost_budget",
    "define_job",
    "define_workflow",
    "paginate",
    "step",
    "wait_for_run",
    "with_retry",
    # strait-python 0.1.1's response types: the generated models (see _aliases)
    "Deployment",
    "Headers",
    "Job",
    "JobVersion",
    "JsonDict",
    "Run",
    "RunUsage",
    "Workflow",
    "WorkflowRun",
    "WorkflowRunStep",
    "WorkflowStep",
]
_OFFICIAL_TYPES = __all__[__all__.index("Deployment") :]
__all__ += _errors.__all__

# Loaded on first use, so `import strait` stays cheap. The authoring and composition
# names are also importable from the top level, as Strait's server docs write them.
_LAZY: dict[str, str] = {
    "RUN_TOKEN_ISSUER": "_auth",
    "RunTokenClaims": "_auth",
    "decode_run_token": "_auth",
    "Middleware": "_retry",
    "RequestContext": "_retry",
    "RetryPolicy": "_compat",
    "JitterStrategy": "_compat",
    "MiddlewareRequestContext": "_compat",
    "MiddlewareResponseContext": "_compat",
    "MiddlewareErrorContext": "_compat",
    "RunContext": "worker",
    "AsyncRunContext": "worker",
    "StreamEvent": "_sse",
    "verify_signature": "_signing",
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
    "collect_all": "composition",
    "cost_budget": "composition",
    "checkpoint": "composition",
    **dict.fromkeys(_OFFICIAL_TYPES, "_aliases"),
}


__getattr__ = lazy_getattr(globals(), _LAZY)
