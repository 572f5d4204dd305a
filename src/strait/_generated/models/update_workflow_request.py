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

from ..models.update_workflow_request_version_policy_type_1 import (
    UpdateWorkflowRequestVersionPolicyType1,
    check_update_workflow_request_version_policy_type_1,
)
from ..models.update_workflow_request_version_policy_type_2_type_1 import (
    UpdateWorkflowRequestVersionPolicyType2Type1,
    check_update_workflow_request_version_policy_type_2_type_1,
)
from ..models.update_workflow_request_version_policy_type_3_type_1 import (
    UpdateWorkflowRequestVersionPolicyType3Type1,
    check_update_workflow_request_version_policy_type_3_type_1,
)
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.update_workflow_request_tags_type_0 import (
        UpdateWorkflowRequestTagsType0,
    )
    from ..models.workflow_step_request import WorkflowStepRequest

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, UpdateWorkflowRequestTagsType0, WorkflowStepRequest
    from ..models.update_workflow_request_tags_type_0 import (
        UpdateWorkflowRequestTagsType0,
    )
    from ..models.workflow_step_request import WorkflowStepRequest

    _lazy_pending = False


T = TypeVar("T", bound="UpdateWorkflowRequest")


@_attrs_define
class UpdateWorkflowRequest(WireMapping):
    """
    Attributes:
        backwards_compatible (bool | None | Unset):
        breaking_change (bool | None | Unset):
        cron (None | str | Unset):
        cron_timezone (None | str | Unset):
        description (None | str | Unset):
        enabled (bool | None | Unset):
        max_concurrent_runs (int | None | Unset):
        max_parallel_steps (int | None | Unset):
        name (None | str | Unset):
        skip_if_running (bool | None | Unset):
        slug (None | str | Unset):
        steps (list[WorkflowStepRequest] | None | Unset):
        tags (None | Unset | UpdateWorkflowRequestTagsType0):
        timeout_secs (int | None | Unset):
        version_policy (None | Unset | UpdateWorkflowRequestVersionPolicyType1 |
            UpdateWorkflowRequestVersionPolicyType2Type1 | UpdateWorkflowRequestVersionPolicyType3Type1):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "backwards_compatible": "backwards_compatible",
        "breaking_change": "breaking_change",
        "cron": "cron",
        "cron_timezone": "cron_timezone",
        "description": "description",
        "enabled": "enabled",
        "max_concurrent_runs": "max_concurrent_runs",
        "max_parallel_steps": "max_parallel_steps",
        "name": "name",
        "skip_if_running": "skip_if_running",
        "slug": "slug",
        "steps": "steps",
        "tags": "tags",
        "timeout_secs": "timeout_secs",
        "version_policy": "version_policy",
    }

    backwards_compatible: bool | None | Unset = UNSET
    breaking_change: bool | None | Unset = UNSET
    cron: None | str | Unset = UNSET
    cron_timezone: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    max_concurrent_runs: int | None | Unset = UNSET
    max_parallel_steps: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    skip_if_running: bool | None | Unset = UNSET
    slug: None | str | Unset = UNSET
    steps: list[WorkflowStepRequest] | None | Unset = UNSET
    tags: None | Unset | UpdateWorkflowRequestTagsType0 = UNSET
    timeout_secs: int | None | Unset = UNSET
    version_policy: (
        None
        | Unset
        | UpdateWorkflowRequestVersionPolicyType1
        | UpdateWorkflowRequestVersionPolicyType2Type1
        | UpdateWorkflowRequestVersionPolicyType3Type1
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_workflow_request_tags_type_0 import (
            UpdateWorkflowRequestTagsType0,
        )

        backwards_compatible: bool | None | Unset
        if isinstance(self.backwards_compatible, Unset):
            backwards_compatible = UNSET
        else:
            backwards_compatible = self.backwards_compatible

        breaking_change: bool | None | Unset
        if isinstance(self.breaking_change, Unset):
            breaking_change = UNSET
        else:
            breaking_change = self.breaking_change

        cron: None | str | Unset
        if isinstance(self.cron, Unset):
            cron = UNSET
        else:
            cron = self.cron

        cron_timezone: None | str | Unset
        if isinstance(self.cron_timezone, Unset):
            cron_timezone = UNSET
        else:
            cron_timezone = self.cron_timezone

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        max_concurrent_runs: int | None | Unset
        if isinstance(self.max_concurrent_runs, Unset):
            max_concurrent_runs = UNSET
        else:
            max_concurrent_runs = self.max_concurrent_runs

        max_parallel_steps: int | None | Unset
        if isinstance(self.max_parallel_steps, Unset):
            max_parallel_steps = UNSET
        else:
            max_parallel_steps = self.max_parallel_steps

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        skip_if_running: bool | None | Unset
        if isinstance(self.skip_if_running, Unset):
            skip_if_running = UNSET
        else:
            skip_if_running = self.skip_if_running

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, UpdateWorkflowRequestTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        timeout_secs: int | None | Unset
        if isinstance(self.timeout_secs, Unset):
            timeout_secs = UNSET
        else:
            timeout_secs = self.timeout_secs

        version_policy: None | str | Unset
        if isinstance(self.version_policy, Unset):
            version_policy = UNSET
        elif (
            isinstance(self.version_policy, str)
            or isinstance(self.version_policy, str)
            or isinstance(self.version_policy, str)
        ):
            version_policy = self.version_policy
        else:
            version_policy = self.version_policy

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if backwards_compatible is not UNSET:
            field_dict["backwards_compatible"] = backwards_compatible
        if breaking_change is not UNSET:
            field_dict["breaking_change"] = breaking_change
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
        if name is not UNSET:
            field_dict["name"] = name
        if skip_if_running is not UNSET:
            field_dict["skip_if_running"] = skip_if_running
        if slug is not UNSET:
            field_dict["slug"] = slug
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

        def _parse_backwards_compatible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        backwards_compatible = _parse_backwards_compatible(
            d.get("backwards_compatible", UNSET)
        )

        def _parse_breaking_change(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        breaking_change = _parse_breaking_change(d.get("breaking_change", UNSET))

        def _parse_cron(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cron = _parse_cron(d.get("cron", UNSET))

        def _parse_cron_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cron_timezone = _parse_cron_timezone(d.get("cron_timezone", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.get("description", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.get("enabled", UNSET))

        def _parse_max_concurrent_runs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrent_runs = _parse_max_concurrent_runs(
            d.get("max_concurrent_runs", UNSET)
        )

        def _parse_max_parallel_steps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_parallel_steps = _parse_max_parallel_steps(
            d.get("max_parallel_steps", UNSET)
        )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.get("name", UNSET))

        def _parse_skip_if_running(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        skip_if_running = _parse_skip_if_running(d.get("skip_if_running", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.get("slug", UNSET))

        def _parse_steps(data: object) -> list[WorkflowStepRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_0 = []
                _steps_type_0 = data
                for steps_type_0_item_data in _steps_type_0 or []:
                    steps_type_0_item = WorkflowStepRequest.from_dict(
                        steps_type_0_item_data
                    )

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkflowStepRequest] | None | Unset, data)

        steps = _parse_steps(d.get("steps", UNSET))

        def _parse_tags(data: object) -> None | Unset | UpdateWorkflowRequestTagsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = UpdateWorkflowRequestTagsType0.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateWorkflowRequestTagsType0, data)

        tags = _parse_tags(d.get("tags", UNSET))

        def _parse_timeout_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_secs = _parse_timeout_secs(d.get("timeout_secs", UNSET))

        def _parse_version_policy(
            data: object,
        ) -> (
            None
            | Unset
            | UpdateWorkflowRequestVersionPolicyType1
            | UpdateWorkflowRequestVersionPolicyType2Type1
            | UpdateWorkflowRequestVersionPolicyType3Type1
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_policy_type_1 = (
                    check_update_workflow_request_version_policy_type_1(data)
                )

                return version_policy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_policy_type_2_type_1 = (
                    check_update_workflow_request_version_policy_type_2_type_1(data)
                )

                return version_policy_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_policy_type_3_type_1 = (
                    check_update_workflow_request_version_policy_type_3_type_1(data)
                )

                return version_policy_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | UpdateWorkflowRequestVersionPolicyType1
                | UpdateWorkflowRequestVersionPolicyType2Type1
                | UpdateWorkflowRequestVersionPolicyType3Type1,
                data,
            )

        version_policy = _parse_version_policy(d.get("version_policy", UNSET))

        update_workflow_request = cls(
            backwards_compatible=backwards_compatible,
            breaking_change=breaking_change,
            cron=cron,
            cron_timezone=cron_timezone,
            description=description,
            enabled=enabled,
            max_concurrent_runs=max_concurrent_runs,
            max_parallel_steps=max_parallel_steps,
            name=name,
            skip_if_running=skip_if_running,
            slug=slug,
            steps=steps,
            tags=tags,
            timeout_secs=timeout_secs,
            version_policy=version_policy,
        )

        return update_workflow_request
