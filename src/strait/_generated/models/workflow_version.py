from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class WorkflowVersion(_m.StraitObject):
    """WorkflowVersion: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
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
    created_by: str
    cron: str
    cron_timezone: str
    description: str
    skip_if_running: bool
    updated_by: str
    version_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            enabled: bool = ...,
            id: str = ...,
            max_concurrent_runs: int = ...,
            max_parallel_steps: int = ...,
            name: str = ...,
            project_id: str = ...,
            slug: str = ...,
            timeout_secs: int = ...,
            version: int = ...,
            workflow_id: str = ...,
            created_by: str = ...,
            cron: str = ...,
            cron_timezone: str = ...,
            description: str = ...,
            skip_if_running: bool = ...,
            updated_by: str = ...,
            version_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "enabled": ("enabled", _m.BOOL),
        "id": ("id", _m.STR),
        "max_concurrent_runs": ("max_concurrent_runs", _m.INT),
        "max_parallel_steps": ("max_parallel_steps", _m.INT),
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "slug": ("slug", _m.STR),
        "timeout_secs": ("timeout_secs", _m.INT),
        "version": ("version", _m.INT),
        "workflow_id": ("workflow_id", _m.STR),
        "created_by": ("created_by", _m.STR),
        "cron": ("cron", _m.STR),
        "cron_timezone": ("cron_timezone", _m.STR),
        "description": ("description", _m.STR),
        "skip_if_running": ("skip_if_running", _m.BOOL),
        "updated_by": ("updated_by", _m.STR),
        "version_id": ("version_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "enabled",
        "id",
        "max_concurrent_runs",
        "max_parallel_steps",
        "name",
        "project_id",
        "slug",
        "timeout_secs",
        "version",
        "workflow_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WorkflowVersion"]
