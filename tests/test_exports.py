"""The public surface: every exported name resolves, and the documented imports work."""

from __future__ import annotations

import subprocess
import sys

import strait


def test_every_exported_name_resolves() -> None:
    for name in strait.__all__:
        assert getattr(strait, name) is not None, name


def test_error_hierarchy() -> None:
    for name in (
        "TransportError",
        "DecodeError",
        "ValidationError",
        "ApiError",
        "StraitTimeoutError",
        "DagValidationError",
        "UnauthorizedError",
        "NotFoundError",
        "ConflictError",
        "RateLimitedError",
    ):
        assert issubclass(getattr(strait, name), strait.StraitError), name
    assert issubclass(strait.ForbiddenError, strait.UnauthorizedError)
    assert issubclass(strait.ValidationError, ValueError)
    assert issubclass(strait.StraitTimeoutError, TimeoutError)
    assert issubclass(strait.ConfigFileNotFoundError, strait.ValidationError)
    assert issubclass(strait.ConfigFileNotFoundError, FileNotFoundError)
    assert issubclass(strait.CostBudgetExceededError, strait.StraitError)
    assert issubclass(strait.BadRequestError, strait.ApiError)


def test_documented_imports() -> None:
    code = "\n".join(
        [
            "from strait import Client, AsyncClient, Middleware",
            "from strait import NotFoundError, UnauthorizedError, RateLimitedError, StraitError",
            "from strait.authoring import define_job, JobOptions, define_workflow, WorkflowOptions",
            "from strait.authoring import job_step, approval_step, sleep_step",
            "from strait.composition import with_retry, wait_for_run, paginate, RetryOptions",
            "from strait.composition import PaginatedResponse",
            "from strait.fsm import transition_run, RunStatus, RunEvent, is_terminal_run_status",
            # strait-python 0.1.1's names
            "from strait import AuthMode, AuthType, Config, config_from_env, config_from_file",
            "from strait import map_http_error, JitterStrategy, CostBudgetExceededError, RetryOptions",
            "from strait import MiddlewareRequestContext, MiddlewareResponseContext, MiddlewareErrorContext",
            "from strait.errors import NotFoundError, RateLimitedError, StraitError, ConfigFileNotFoundError",
            "from strait import with_retry, wait_for_run, paginate, collect_all, cost_budget, checkpoint",
            "from strait.composition import async_paginate, async_wait_for_run, async_with_retry",
            "import strait; assert strait.RetryOptions.__mro__[1] is strait.RetryPolicy",
        ]
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_unknown_attribute() -> None:
    try:
        strait.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")
