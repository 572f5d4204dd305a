from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.workflow_response_tags import WorkflowResponseTags
    from ..models.workflow_step import WorkflowStep

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, WorkflowResponseTags, WorkflowStep
    from ..models.workflow_response_tags import WorkflowResponseTags
    from ..models.workflow_step import WorkflowStep

    _lazy_pending = False


T = TypeVar("T", bound="WorkflowResponse")


@_attrs_define
class WorkflowResponse(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        enabled (bool):
        id (str):
        name (str):
        project_id (str):
        slug (str):
        steps (list[WorkflowStep] | None):
        updated_at (datetime.datetime):
        version (int):
        backwards_compatible (bool | Unset):
        created_by (str | Unset):
        cron (str | Unset):
        cron_timezone (str | Unset):
        description (str | Unset):
        max_concurrent_runs (int | Unset):
        max_parallel_steps (int | Unset):
        skip_if_running (bool | Unset):
        tags (WorkflowResponseTags | Unset):
        timeout_secs (int | Unset):
        updated_by (str | Unset):
        version_id (str | Unset):
        version_policy (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "enabled": "enabled",
        "id": "id",
        "name": "name",
        "project_id": "project_id",
        "slug": "slug",
        "steps": "steps",
        "updated_at": "updated_at",
        "version": "version",
        "backwards_compatible": "backwards_compatible",
        "created_by": "created_by",
        "cron": "cron",
        "cron_timezone": "cron_timezone",
        "description": "description",
        "max_concurrent_runs": "max_concurrent_runs",
        "max_parallel_steps": "max_parallel_steps",
        "skip_if_running": "skip_if_running",
        "tags": "tags",
        "timeout_secs": "timeout_secs",
        "updated_by": "updated_by",
        "version_id": "version_id",
        "version_policy": "version_policy",
    }

    created_at: datetime.datetime
    enabled: bool
    id: str
    name: str
    project_id: str
    slug: str
    steps: list[WorkflowStep] | None
    updated_at: datetime.datetime
    version: int
    backwards_compatible: bool | Unset = UNSET
    created_by: str | Unset = UNSET
    cron: str | Unset = UNSET
    cron_timezone: str | Unset = UNSET
    description: str | Unset = UNSET
    max_concurrent_runs: int | Unset = UNSET
    max_parallel_steps: int | Unset = UNSET
    skip_if_running: bool | Unset = UNSET
    tags: WorkflowResponseTags | Unset = UNSET
    timeout_secs: int | Unset = UNSET
    updated_by: str | Unset = UNSET
    version_id: str | Unset = UNSET
    version_policy: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        enabled = self.enabled

        id = self.id

        name = self.name

        project_id = self.project_id

        slug = self.slug

        steps: list[dict[str, Any]] | None
        if isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        updated_at = self.updated_at.isoformat()

        version = self.version

        backwards_compatible = self.backwards_compatible

        created_by = self.created_by

        cron = self.cron

        cron_timezone = self.cron_timezone

        description = self.description

        max_concurrent_runs = self.max_concurrent_runs

        max_parallel_steps = self.max_parallel_steps

        skip_if_running = self.skip_if_running

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        timeout_secs = self.timeout_secs

        updated_by = self.updated_by

        version_id = self.version_id

        version_policy = self.version_policy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "enabled": enabled,
                "id": id,
                "name": name,
                "project_id": project_id,
                "slug": slug,
                "steps": steps,
                "updated_at": updated_at,
                "version": version,
            }
        )
        if backwards_compatible is not UNSET:
            field_dict["backwards_compatible"] = backwards_compatible
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if cron is not UNSET:
            field_dict["cron"] = cron
        if cron_timezone is not UNSET:
            field_dict["cron_timezone"] = cron_timezone
        if description is not UNSET:
            field_dict["description"] = description
        if max_concurrent_runs is not UNSET:
            field_dict["max_concurrent_runs"] = max_concurrent_runs
        if max_parallel_steps is not UNSET:
            field_dict["max_parallel_steps"] = max_parallel_steps
        if skip_if_running is not UNSET:
            field_dict["skip_if_running"] = skip_if_running
        if tags is not UNSET:
            field_dict["tags"] = tags
        if timeout_secs is not UNSET:
            field_dict["timeout_secs"] = timeout_secs
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_policy is not UNSET:
            field_dict["version_policy"] = version_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        enabled = d["enabled"]

        id = d["id"]

        name = d["name"]

        project_id = d["project_id"]

        slug = d["slug"]

        def _parse_steps(data: object) -> list[WorkflowStep] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_0 = []
                _steps_type_0 = data
                for steps_type_0_item_data in _steps_type_0 or []:
                    steps_type_0_item = WorkflowStep.from_dict(steps_type_0_item_data)

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkflowStep] | None, data)

        steps = _parse_steps(d["steps"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        version = d["version"]

        backwards_compatible = d.get("backwards_compatible", UNSET)

        created_by = d.get("created_by", UNSET)

        cron = d.get("cron", UNSET)

        cron_timezone = d.get("cron_timezone", UNSET)

        description = d.get("description", UNSET)

        max_concurrent_runs = d.get("max_concurrent_runs", UNSET)

        max_parallel_steps = d.get("max_parallel_steps", UNSET)

        skip_if_running = d.get("skip_if_running", UNSET)

        _tags = d.get("tags", UNSET)
        tags: WorkflowResponseTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = WorkflowResponseTags.from_dict(_tags)

        timeout_secs = d.get("timeout_secs", UNSET)

        updated_by = d.get("updated_by", UNSET)

        version_id = d.get("version_id", UNSET)

        version_policy = d.get("version_policy", UNSET)

        workflow_response = cls(
            created_at=created_at,
            enabled=enabled,
            id=id,
            name=name,
            project_id=project_id,
            slug=slug,
            steps=steps,
            updated_at=updated_at,
            version=version,
            backwards_compatible=backwards_compatible,
            created_by=created_by,
            cron=cron,
            cron_timezone=cron_timezone,
            description=description,
            max_concurrent_runs=max_concurrent_runs,
            max_parallel_steps=max_parallel_steps,
            skip_if_running=skip_if_running,
            tags=tags,
            timeout_secs=timeout_secs,
            updated_by=updated_by,
            version_id=version_id,
            version_policy=version_policy,
        )

        return workflow_response
