"""Helpers that combine client calls into common patterns, one module per concern:

- retry (:mod:`._retry`): ``with_retry`` / ``RetryOptions``, over the SDK's one
  :class:`strait.RetryPolicy`;
- waiting (:mod:`._wait`): ``wait_for_run``, over the one polling plan that
  ``client.runs.wait`` also ends in;
- pagination (:mod:`._paginate`): ``paginate`` / ``PaginatedResponse`` for listings you
  fetch yourself;
- triggering (:mod:`._trigger`): ``trigger_idempotent``, ``trigger_and_wait``,
  ``idempotency_key``;
- cost budgets (:mod:`._budget`) and checkpoint resume (:mod:`._checkpoint`).

Each helper's logic is written once as a plan (:mod:`strait._plan`) and has a sync form
and an ``async_`` form taking a :class:`~strait.Client` or :class:`~strait.AsyncClient`.
Every sleeping helper takes ``sleep=`` (and, where time matters, ``clock=``) so tests
never wait::

    run = wait_for_run(client, run_id=rid)          # live stream when offered, else polling
    run = wait_for_run(get_run=client.runs.get, get_status=lambda r: r["status"], run_id=rid)
    run = wait_for_run(client.runs.get, lambda r: r["status"], rid)  # strait-python 0.1.1's form
    result = with_retry(lambda: client.jobs.trigger(job_id, body), attempts=5, delay_ms=250)
"""

from __future__ import annotations

from strait._aliases import (
    WaitForRunOptions,
    async_positional,
    async_trigger_positional,
    sync_positional,
    sync_trigger_positional,
    with_idempotency,
    with_idempotency_header,
)
from strait._compat import RetryPolicy
from strait._errors import CostBudgetExceededError

from ._budget import CostBudget, cost_budget
from ._checkpoint import (
    BatchCheckpoint,
    async_latest_checkpoint,
    async_with_checkpoint_resume,
    checkpoint,
    latest_checkpoint,
    with_checkpoint_resume,
)
from ._paginate import (
    PageQuery,
    PaginatedResponse,
    async_collect_all,
    async_paginate,
    collect_all,
    paginate,
)
from ._retry import RetryOptions, async_with_retry, default_retry_if, with_retry
from ._trigger import (
    async_trigger_and_wait,
    async_trigger_idempotent,
    idempotency_key,
    trigger_idempotent,
)
from ._trigger import trigger_and_wait as _trigger_and_wait
from ._wait import async_wait_for_run
from ._wait import wait_for_run as _wait_for_run

# strait-python 0.1.1's names (README.md, "Migrating from strait-python 0.1.1"):
# wait_for_run also takes 0.1.1's positional (get_run, get_status, run_id[, opts]).
wait_for_run = sync_positional(_wait_for_run)
wait_for_run_async = async_positional(async_wait_for_run)
# trigger_and_wait also takes 0.1.1's (trigger_fn, get_run, get_id, get_status, input[, opts]).
trigger_and_wait = sync_trigger_positional(_trigger_and_wait, wait_for_run)
trigger_and_wait_async = async_trigger_positional(async_trigger_and_wait, wait_for_run_async)
with_retry_async = async_with_retry
PaginatedQuery = PageQuery

__all__ = [
    "BatchCheckpoint",
    "CostBudget",
    "CostBudgetExceededError",
    "PageQuery",
    "PaginatedQuery",
    "PaginatedResponse",
    "RetryOptions",
    "RetryPolicy",
    "WaitForRunOptions",
    "async_collect_all",
    "async_latest_checkpoint",
    "async_paginate",
    "async_trigger_and_wait",
    "async_trigger_idempotent",
    "async_wait_for_run",
    "async_with_checkpoint_resume",
    "async_with_retry",
    "checkpoint",
    "collect_all",
    "cost_budget",
    "default_retry_if",
    "idempotency_key",
    "latest_checkpoint",
    "paginate",
    "trigger_and_wait",
    "trigger_and_wait_async",
    "trigger_idempotent",
    "wait_for_run",
    "wait_for_run_async",
    "with_checkpoint_resume",
    "with_idempotency",
    "with_idempotency_header",
    "with_retry",
    "with_retry_async",
]
