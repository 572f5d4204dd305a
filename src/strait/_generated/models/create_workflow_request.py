from __future__ import annotations

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

from ..models.create_workflow_request_version_policy import (
    CreateWorkflowRequestVersionPolicy,
    check_create_workflow_request_version_policy,
)
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.create_workflow_request_tags import CreateWorkflowRequestTags
    from ..models.workflow_step_request import WorkflowStepRequest

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, CreateWorkflowRequestTags, WorkflowStepRequest
    from ..models.create_workflow_request_tags import CreateWorkflowRequestTags
    from ..models.workflow_step_request import WorkflowStepRequest

    _lazy_pending = False


T = TypeVar("T", bound="CreateWorkflowRequest")


@_attrs_define
class CreateWorkflowRequest(WireMapping):
    """
    Attributes:
        name (str):
        project_id (str):
        slug (str):
        cron (str | Unset):
        cron_timezone (str | Unset):
        description (str | Unset):
        enabled (bool | None | Unset):
        max_concurrent_runs (int | Unset):
        max_parallel_steps (int | Unset):
        skip_if_running (bool | Unset):
        steps (list[WorkflowStepRequest] | Unset):
        tags (CreateWorkflowRequestTags | Unset):
        timeout_secs (int | Unset):
        version_policy (CreateWorkflowRequestVersionPolicy | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "project_id": "project_id",
        "slug": "slug",
        "cron": "cron",
        "cron_timezone": "cron_timezone",
        "description": "description",
        "enabled": "enabled",
        "max_concurrent_runs": "max_concurrent_runs",
        "max_parallel_steps": "max_parallel_steps",
        "skip_if_running": "skip_if_running",
        "steps": "steps",
        "tags": "tags",
        "timeout_secs": "timeout_secs",
        "version_policy": "version_policy",
    }

    name: str
    project_id: str
    slug: str
    cron: str | Unset = UNSET
    cron_timezone: str | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    max_concurrent_runs: int | Unset = UNSET
    max_parallel_steps: int | Unset = UNSET
    skip_if_running: bool | Unset = UNSET
    steps: list[WorkflowStepRequest] | Unset = UNSET
    tags: CreateWorkflowRequestTags | Unset = UNSET
    timeout_secs: int | Unset = UNSET
    version_policy: CreateWorkflowRequestVersionPolicy | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        slug = self.slug

        cron = self.cron

        cron_timezone = self.cron_timezone

        description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        max_concurrent_runs = self.max_concurrent_runs

        max_parallel_steps = self.max_parallel_steps

        skip_if_running = self.skip_if_running

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        timeout_secs = self.timeout_secs

        version_policy: str | Unset = UNSET
        if not isinstance(self.version_policy, Unset):
            version_policy = self.version_policy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "project_id": project_id,
                "slug": slug,
            }
        )
        if cron is not UNSET:
            field_dict["cron"] = cron
        if cron_timezone is not UNSET:
            field_dict["cron_timezone"] = cron_timezone
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_concurrent_runs is not UNSET:
            field_dict["max_concurrent_runs"] = max_concurrent_runs
        if max_parallel_steps is not UNSET:
            field_dict["max_parallel_steps"] = max_parallel_steps
        if skip_if_running is not UNSET:
            field_dict["skip_if_running"] = skip_if_running
        if steps is not UNSET:
            field_dict["steps"] = steps
        if tags is not UNSET:
            field_dict["tags"] = tags
        if timeout_secs is not UNSET:
            field_dict["timeout_secs"] = timeout_secs
        if version_policy is not UNSET:
            field_dict["version_policy"] = version_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        name = d["name"]

        project_id = d["project_id"]

        slug = d["slug"]

        cron = d.get("cron", UNSET)

        cron_timezone = d.get("cron_timezone", UNSET)

        description = d.get("description", UNSET)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.get("enabled", UNSET))

        max_concurrent_runs = d.get("max_concurrent_runs", UNSET)

        max_parallel_steps = d.get("max_parallel_steps", UNSET)

        skip_if_running = d.get("skip_if_running", UNSET)

        _steps = d.get("steps", UNSET)
        steps: list[WorkflowStepRequest] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps or []:
                steps_item = WorkflowStepRequest.from_dict(steps_item_data)

                steps.append(steps_item)

        _tags = d.get("tags", UNSET)
        tags: CreateWorkflowRequestTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = CreateWorkflowRequestTags.from_dict(_tags)

        timeout_secs = d.get("timeout_secs", UNSET)

        _version_policy = d.get("version_policy", UNSET)
        version_policy: CreateWorkflowRequestVersionPolicy | Unset
        if isinstance(_version_policy, Unset):
            version_policy = UNSET
        else:
            version_policy = check_create_workflow_request_version_policy(
                _version_policy
            )

        create_workflow_request = cls(
            name=name,
            project_id=project_id,
            slug=slug,
            cron=cron,
            cron_timezone=cron_timezone,
            description=description,
            enabled=enabled,
            max_concurrent_runs=max_concurrent_runs,
            max_parallel_steps=max_parallel_steps,
            skip_if_running=skip_if_running,
            steps=steps,
            tags=tags,
            timeout_secs=timeout_secs,
            version_policy=version_policy,
        )

        return create_workflow_request
