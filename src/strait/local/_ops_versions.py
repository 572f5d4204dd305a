"""Workflow version snapshots: one per created or updated definition
(``api/workflows.go:197,484,1086``, ``store/workflow_versions.go``), read by the
version operations of ``_ops_workflows``."""

from __future__ import annotations

import copy

from ._core import EmulatorCore
from ._json import as_int, as_str
from ._model import Workflow, WorkflowVersion

__all__ = ["snapshot_workflow_version", "workflow_versions"]

#: The workflow fields a version keeps (domain/types.go:808-826), with the store's
#: defaults for the numbers.
_FIELDS = ("description", "cron", "cron_timezone", "skip_if_running", "created_by", "updated_by")


def snapshot_workflow_version(emu: EmulatorCore, workflow: Workflow) -> None:
    """Record the definition as it is now."""
    settings = workflow.settings
    version = WorkflowVersion(
        emu.new_id("wfver"),
        workflow.id,
        workflow.project_id,
        workflow.version,
        workflow.version_id,
        emu.clock.stamp(),
        as_str(settings.get("name")),
        workflow.slug,
        workflow.enabled,
        as_int(settings.get("timeout_secs")),
        as_int(settings.get("max_concurrent_runs")),
        as_int(settings.get("max_parallel_steps")),
        copy.deepcopy(workflow.steps),
        {name: settings[name] for name in _FIELDS if settings.get(name)},
    )
    emu.state.workflow_versions[version.id] = version


def workflow_versions(emu: EmulatorCore, workflow_id: str) -> list[WorkflowVersion]:
    """Newest version first."""
    found = [v for v in emu.state.workflow_versions.values() if v.workflow_id == workflow_id]
    return sorted(found, key=lambda v: v.version, reverse=True)
