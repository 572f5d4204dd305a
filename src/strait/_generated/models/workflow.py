from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder
    from .workflow_tags import WorkflowTags


class Workflow(_m.StraitObject):
    """Workflow: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    enabled: bool
    id: str
    name: str
    project_id: str
    slug: str
    updated_at: datetime.datetime
    version: int
    backwards_compatible: bool
    created_by: str
    cron: str
    cron_timezone: str
    description: str
    max_concurrent_runs: int
    max_parallel_steps: int
    skip_if_running: bool
    tags: WorkflowTags
    timeout_secs: int
    updated_by: str
    version_id: str
    version_policy: str

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
            name: str = ...,
            project_id: str = ...,
            slug: str = ...,
            updated_at: datetime.datetime | str = ...,
            version: int = ...,
            backwards_compatible: bool = ...,
            created_by: str = ...,
            cron: str = ...,
            cron_timezone: str = ...,
            description: str = ...,
            max_concurrent_runs: int = ...,
            max_parallel_steps: int = ...,
            skip_if_running: bool = ...,
            tags: WorkflowTags | Mapping[str, Any] = ...,
            timeout_secs: int = ...,
            updated_by: str = ...,
            version_id: str = ...,
            version_policy: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "enabled": ("enabled", _m.BOOL),
        "id": ("id", _m.STR),
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "slug": ("slug", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
        "version": ("version", _m.INT),
        "backwards_compatible": ("backwards_compatible", _m.BOOL),
        "created_by": ("created_by", _m.STR),
        "cron": ("cron", _m.STR),
        "cron_timezone": ("cron_timezone", _m.STR),
        "description": ("description", _m.STR),
        "max_concurrent_runs": ("max_concurrent_runs", _m.INT),
        "max_parallel_steps": ("max_parallel_steps", _m.INT),
        "skip_if_running": ("skip_if_running", _m.BOOL),
        "tags": ("tags", _m.Model("workflow_tags", "WorkflowTags")),
        "timeout_secs": ("timeout_secs", _m.INT),
        "updated_by": ("updated_by", _m.STR),
        "version_id": ("version_id", _m.STR),
        "version_policy": ("version_policy", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "enabled",
        "id",
        "name",
        "project_id",
        "slug",
        "updated_at",
        "version",
    )
    _closed: ClassVar[bool] = True


__all__ = ["Workflow"]
