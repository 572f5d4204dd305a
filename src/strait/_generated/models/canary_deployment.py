from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class CanaryDeployment(_m.StraitObject):
    """CanaryDeployment: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    project_id: str
    source_version: int
    status: str
    target_version: int
    traffic_pct: int
    updated_at: datetime.datetime
    workflow_id: str
    auto_promote_config: Any
    completed_at: datetime.datetime | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            project_id: str = ...,
            source_version: int = ...,
            status: str = ...,
            target_version: int = ...,
            traffic_pct: int = ...,
            updated_at: datetime.datetime | str = ...,
            workflow_id: str = ...,
            auto_promote_config: Any = ...,
            completed_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "source_version": ("source_version", _m.INT),
        "status": ("status", _m.STR),
        "target_version": ("target_version", _m.INT),
        "traffic_pct": ("traffic_pct", _m.INT),
        "updated_at": ("updated_at", _m.DATETIME),
        "workflow_id": ("workflow_id", _m.STR),
        "auto_promote_config": ("auto_promote_config", _m.ANY),
        "completed_at": ("completed_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "project_id",
        "source_version",
        "status",
        "target_version",
        "traffic_pct",
        "updated_at",
        "workflow_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CanaryDeployment"]
