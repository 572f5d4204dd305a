"""The one place that lists the emulator's areas: importing an area module registers its
operations (``@operation``); the reactions between areas are wired here too. An area
missing from ``AREAS`` answers 501 for its operations."""

from __future__ import annotations

from . import (
    _api,
    _bus,
    _events,
    _ops,
    _ops_compensation,
    _ops_deliveries,
    _sdk,
    _streams,
    _trigger,
    _workflows,
)

__all__ = ["AREAS"]

AREAS = (_api, _trigger, _events, _sdk, _streams, _workflows, _ops, _ops_deliveries)

_bus.on(_bus.RUN_FINISHED, _workflows.on_job_run_finished)
_bus.on(_bus.RUN_FINISHED, _ops_compensation.on_job_run_finished)
_bus.on(_bus.STEP_TRIGGER_SETTLED, _workflows.on_step_event)
_bus.on(_bus.RUN_SETTLED, _ops_deliveries.on_run_settled)
_bus.on(_bus.WORKFLOW_RUN_MOVED, _ops_deliveries.on_workflow_run_moved)
