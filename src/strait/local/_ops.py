"""The operations of the ``_ops_*`` area modules: importing this registers them all."""

from . import (  # noqa: F401
    _ops_batches,
    _ops_compensation,
    _ops_environments,
    _ops_events,
    _ops_jobs,
    _ops_run_debug,
    _ops_runs,
    _ops_secrets,
    _ops_sse,
    _ops_webhooks,
    _ops_workflow_views,
    _ops_workflows,
    _workers,
)
