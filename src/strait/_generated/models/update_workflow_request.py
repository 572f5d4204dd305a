from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .update_workflow_request_tags_type_0 import UpdateWorkflowRequestTagsType0
    from .update_workflow_request_version_policy_type_1 import (
        UpdateWorkflowRequestVersionPolicyType1,
    )
    from .update_workflow_request_version_policy_type_2_type_1 import (
        UpdateWorkflowRequestVersionPolicyType2Type1,
    )
    from .update_workflow_request_version_policy_type_3_type_1 import (
        UpdateWorkflowRequestVersionPolicyType3Type1,
    )
    from .workflow_step_request import WorkflowStepRequest


class UpdateWorkflowRequest(_m.StraitObject):
    """UpdateWorkflowRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    backwards_compatible: bool | None
    breaking_change: bool | None
    cron: str | None
    cron_timezone: str | None
    description: str | None
    enabled: bool | None
    max_concurrent_runs: int | None
    max_parallel_steps: int | None
    name: str | None
    skip_if_running: bool | None
    slug: str | None
    steps: list[WorkflowStepRequest] | None
    tags: UpdateWorkflowRequestTagsType0 | None
    timeout_secs: int | None
    version_policy: (
        UpdateWorkflowRequestVersionPolicyType1
        | UpdateWorkflowRequestVersionPolicyType2Type1
        | UpdateWorkflowRequestVersionPolicyType3Type1
        | None
    )

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            backwards_compatible: bool | None = ...,
            breaking_change: bool | None = ...,
            cron: str | None = ...,
            cron_timezone: str | None = ...,
            description: str | None = ...,
            enabled: bool | None = ...,
            max_concurrent_runs: int | None = ...,
            max_parallel_steps: int | None = ...,
            name: str | None = ...,
            skip_if_running: bool | None = ...,
            slug: str | None = ...,
            steps: Sequence[WorkflowStepRequest | Mapping[str, Any]] | None = ...,
            tags: UpdateWorkflowRequestTagsType0 | Mapping[str, Any] | None = ...,
            timeout_secs: int | None = ...,
            version_policy: UpdateWorkflowRequestVersionPolicyType1
            | UpdateWorkflowRequestVersionPolicyType2Type1
            | UpdateWorkflowRequestVersionPolicyType3Type1
            | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "backwards_compatible": ("backwards_compatible", _m.Union(_m.BOOL, _m.NONE)),
        "breaking_change": ("breaking_change", _m.Union(_m.BOOL, _m.NONE)),
        "cron": ("cron", _m.Union(_m.STR, _m.NONE)),
        "cron_timezone": ("cron_timezone", _m.Union(_m.STR, _m.NONE)),
        "description": ("description", _m.Union(_m.STR, _m.NONE)),
        "enabled": ("enabled", _m.Union(_m.BOOL, _m.NONE)),
        "max_concurrent_runs": ("max_concurrent_runs", _m.Union(_m.INT, _m.NONE)),
        "max_parallel_steps": ("max_parallel_steps", _m.Union(_m.INT, _m.NONE)),
        "name": ("name", _m.Union(_m.STR, _m.NONE)),
        "skip_if_running": ("skip_if_running", _m.Union(_m.BOOL, _m.NONE)),
        "slug": ("slug", _m.Union(_m.STR, _m.NONE)),
        "steps": (
            "steps",
            _m.Union(
                _m.ListOf(_m.Model("workflow_step_request", "WorkflowStepRequest")),
                _m.NONE,
            ),
        ),
        "tags": (
            "tags",
            _m.Union(
                _m.Model(
                    "update_workflow_request_tags_type_0",
                    "UpdateWorkflowRequestTagsType0",
                ),
                _m.NONE,
            ),
        ),
        "timeout_secs": ("timeout_secs", _m.Union(_m.INT, _m.NONE)),
        "version_policy": (
            "version_policy",
            _m.Union(
                _m.NONE,
                _m.Enum("latest", "minor", "pin"),
                _m.Enum("latest", "minor", "pin"),
                _m.Enum("latest", "minor", "pin"),
            ),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateWorkflowRequest"]
