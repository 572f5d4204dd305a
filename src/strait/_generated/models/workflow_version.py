from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="WorkflowVersion")


@_attrs_define
class WorkflowVersion(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        enabled (bool):
        id (str):
        max_concurrent_runs (int):
        max_parallel_steps (int):
        name (str):
        project_id (str):
        slug (str):
        timeout_secs (int):
        version (int):
        workflow_id (str):
        created_by (str | Unset):
        cron (str | Unset):
        cron_timezone (str | Unset):
        description (str | Unset):
        skip_if_running (bool | Unset):
        updated_by (str | Unset):
        version_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "enabled": "enabled",
        "id": "id",
        "max_concurrent_runs": "max_concurrent_runs",
        "max_parallel_steps": "max_parallel_steps",
        "name": "name",
        "project_id": "project_id",
        "slug": "slug",
        "timeout_secs": "timeout_secs",
        "version": "version",
        "workflow_id": "workflow_id",
        "created_by": "created_by",
        "cron": "cron",
        "cron_timezone": "cron_timezone",
        "description": "description",
        "skip_if_running": "skip_if_running",
        "updated_by": "updated_by",
        "version_id": "version_id",
    }

    created_at: datetime.datetime
    enabled: bool
    id: str
    max_concurrent_runs: int
    max_parallel_steps: int
    name: str
    project_id: str
    slug: str
    timeout_secs: int
    version: int
    workflow_id: str
    created_by: str | Unset = UNSET
    cron: str | Unset = UNSET
    cron_timezone: str | Unset = UNSET
    description: str | Unset = UNSET
    skip_if_running: bool | Unset = UNSET
    updated_by: str | Unset = UNSET
    version_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        enabled = self.enabled

        id = self.id

        max_concurrent_runs = self.max_concurrent_runs

        max_parallel_steps = self.max_parallel_steps

        name = self.name

        project_id = self.project_id

        slug = self.slug

        timeout_secs = self.timeout_secs

        version = self.version

        workflow_id = self.workflow_id

        created_by = self.created_by

        cron = self.cron

        cron_timezone = self.cron_timezone

        description = self.description

        skip_if_running = self.skip_if_running

        updated_by = self.updated_by

        version_id = self.version_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "enabled": enabled,
                "id": id,
                "max_concurrent_runs": max_concurrent_runs,
                "max_parallel_steps": max_parallel_steps,
                "name": name,
                "project_id": project_id,
                "slug": slug,
                "timeout_secs": timeout_secs,
                "version": version,
                "workflow_id": workflow_id,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if cron is not UNSET:
            field_dict["cron"] = cron
        if cron_timezone is not UNSET:
            field_dict["cron_timezone"] = cron_timezone
        if description is not UNSET:
            field_dict["description"] = description
        if skip_if_running is not UNSET:
            field_dict["skip_if_running"] = skip_if_running
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        enabled = d["enabled"]

        id = d["id"]

        max_concurrent_runs = d["max_concurrent_runs"]

        max_parallel_steps = d["max_parallel_steps"]

        name = d["name"]

        project_id = d["project_id"]

        slug = d["slug"]

        timeout_secs = d["timeout_secs"]

        version = d["version"]

        workflow_id = d["workflow_id"]

        created_by = d.get("created_by", UNSET)

        cron = d.get("cron", UNSET)

        cron_timezone = d.get("cron_timezone", UNSET)

        description = d.get("description", UNSET)

        skip_if_running = d.get("skip_if_running", UNSET)

        updated_by = d.get("updated_by", UNSET)

        version_id = d.get("version_id", UNSET)

        workflow_version = cls(
            created_at=created_at,
            enabled=enabled,
            id=id,
            max_concurrent_runs=max_concurrent_runs,
            max_parallel_steps=max_parallel_steps,
            name=name,
            project_id=project_id,
            slug=slug,
            timeout_secs=timeout_secs,
            version=version,
            workflow_id=workflow_id,
            created_by=created_by,
            cron=cron,
            cron_timezone=cron_timezone,
            description=description,
            skip_if_running=skip_if_running,
            updated_by=updated_by,
            version_id=version_id,
        )

        return workflow_version
