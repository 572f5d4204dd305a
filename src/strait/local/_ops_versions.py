"""Workflow version snapshots: one per created or updated definition
(``api/workflows.go:197,484,1086``, ``store/workflow_versions.go``), read by the
version operations of ``_ops_workflows``."""

from __future__ import annotations

import copy
from typing import Any

from strait._types import JSONObject

from ._core import EmulatorCore
from ._json import as_int
from ._ops_common import stamp, table

__all__ = ["snapshot_workflow_version", "workflow_versions"]

#: The workflow fields a version keeps (domain/types.go:808-826), with the store's
#: defaults for the numbers.
_FIELDS = ("description", "cron", "cron_timezone", "skip_if_running", "created_by", "updated_by")


def snapshot_workflow_version(emu: EmulatorCore, workflow: JSONObject) -> None:
    """Record the definition as it is now (its steps kept privately)."""
    version: dict[str, Any] = {
        "id": emu.new_id("wfver"),
        "workflow_id": workflow["id"],
        "version": workflow["version"],
        "project_id": workflow["project_id"],
        "name": workflow["name"],
        "slug": workflow["slug"],
        "enabled": bool(workflow.get("enabled", True)),
        "timeout_secs": as_int(workflow.get("timeout_secs")),
        "max_concurrent_runs": as_int(workflow.get("max_concurrent_runs")),
        "max_parallel_steps": as_int(workflow.get("max_parallel_steps")),
        "version_id": workflow["version_id"],
        "created_at": stamp(emu),
        "_steps": copy.deepcopy(workflow.get("steps") or []),
    }
    for name in _FIELDS:
        if workflow.get(name):
            version[name] = workflow[name]
    table(emu, "workflow_versions")[version["id"]] = version


def workflow_versions(emu: EmulatorCore, workflow_id: str) -> list[JSONObject]:
    """Newest version first."""
    found = [v for v in table(emu, "workflow_versions").values() if v["workflow_id"] == workflow_id]
    return sorted(found, key=lambda v: v["version"], reverse=True)
