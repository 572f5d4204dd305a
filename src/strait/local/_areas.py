"""The one place that lists the emulator's areas: importing an area module registers its
operations (``@operation``); the reactions between areas are wired here too. An area
missing from ``AREAS`` answers 501 for its operations (a test checks that every module
holding an ``@operation`` is listed)."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

# The areas that react to each other's events (wired below), imported by name here too.
from . import _bus, _ops_compensation, _ops_deliveries, _workflows

__all__ = ["AREAS"]

#: Every area module, in the order their operations are registered.
AREAS: tuple[ModuleType, ...] = tuple(
    import_module(f"{__package__}.{name}")
    for name in (
        "_api",
        "_trigger",
        "_events",
        "_sdk",
        "_streams",
        "_workflows",
        "_workers",
        "_ops_batches",
        "_ops_compensation",
        "_ops_deliveries",
        "_ops_deployments",
        "_ops_environments",
        "_ops_events",
        "_ops_exports",
        "_ops_job_groups",
        "_ops_jobs",
        "_ops_jobs_bulk",
        "_ops_notifications",
        "_ops_projects",
        "_ops_run_debug",
        "_ops_runs",
        "_ops_secrets",
        "_ops_sse",
        "_ops_webhooks",
        "_ops_workflow_views",
        "_ops_workflows",
    )
)

_bus.on(_bus.RUN_FINISHED, _workflows.on_job_run_finished)
_bus.on(_bus.RUN_FINISHED, _ops_compensation.on_job_run_finished)
_bus.on(_bus.STEP_TRIGGER_SETTLED, _workflows.on_step_event)
_bus.on(_bus.RUN_SETTLED, _ops_deliveries.on_run_settled)
_bus.on(_bus.WORKFLOW_RUN_MOVED, _ops_deliveries.on_workflow_run_moved)
