from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .create_workflow_request_tags import CreateWorkflowRequestTags
    from .create_workflow_request_version_policy import (
        CreateWorkflowRequestVersionPolicy,
    )
    from .workflow_step_request import WorkflowStepRequest


class CreateWorkflowRequest(_m.StraitObject):
    """CreateWorkflowRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    name: str
    project_id: str
    slug: str
    cron: str
    cron_timezone: str
    description: str
    enabled: bool | None
    max_concurrent_runs: int
    max_parallel_steps: int
    skip_if_running: bool
    steps: list[WorkflowStepRequest]
    tags: CreateWorkflowRequestTags
    timeout_secs: int
    version_policy: CreateWorkflowRequestVersionPolicy

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            name: str = ...,
            project_id: str = ...,
            slug: str = ...,
            cron: str = ...,
            cron_timezone: str = ...,
            description: str = ...,
            enabled: bool | None = ...,
            max_concurrent_runs: int = ...,
            max_parallel_steps: int = ...,
            skip_if_running: bool = ...,
            steps: Sequence[WorkflowStepRequest | Mapping[str, Any]] = ...,
            tags: CreateWorkflowRequestTags | Mapping[str, Any] = ...,
            timeout_secs: int = ...,
            version_policy: CreateWorkflowRequestVersionPolicy = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "slug": ("slug", _m.STR),
        "cron": ("cron", _m.STR),
        "cron_timezone": ("cron_timezone", _m.STR),
        "description": ("description", _m.STR),
        "enabled": ("enabled", _m.Union(_m.BOOL, _m.NONE)),
        "max_concurrent_runs": ("max_concurrent_runs", _m.INT),
        "max_parallel_steps": ("max_parallel_steps", _m.INT),
        "skip_if_running": ("skip_if_running", _m.BOOL),
        "steps": (
            "steps",
            _m.ListOf(_m.Model("workflow_step_request", "WorkflowStepRequest")),
        ),
        "tags": (
            "tags",
            _m.Model("create_workflow_request_tags", "CreateWorkflowRequestTags"),
        ),
        "timeout_secs": ("timeout_secs", _m.INT),
        "version_policy": ("version_policy", _m.Enum("latest", "minor", "pin")),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "project_id",
        "slug",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateWorkflowRequest"]
