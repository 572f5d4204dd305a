from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class DeploymentVersion(_m.StraitObject):
    """DeploymentVersion: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    artifact_uri: str
    created_at: datetime.datetime
    environment: str
    id: str
    project_id: str
    runtime: str
    status: str
    strategy: str
    updated_at: datetime.datetime
    canary_duration: int | None
    canary_percent: int | None
    checksum: str
    created_by: str
    finalized_at: datetime.datetime | None
    manifest: Any
    promoted_at: datetime.datetime | None
    rollback_from_deployment_id: str
    updated_by: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            artifact_uri: str = ...,
            created_at: datetime.datetime | str = ...,
            environment: str = ...,
            id: str = ...,
            project_id: str = ...,
            runtime: str = ...,
            status: str = ...,
            strategy: str = ...,
            updated_at: datetime.datetime | str = ...,
            canary_duration: int | None = ...,
            canary_percent: int | None = ...,
            checksum: str = ...,
            created_by: str = ...,
            finalized_at: datetime.datetime | str | None = ...,
            manifest: Any = ...,
            promoted_at: datetime.datetime | str | None = ...,
            rollback_from_deployment_id: str = ...,
            updated_by: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "artifact_uri": ("artifact_uri", _m.STR),
        "created_at": ("created_at", _m.DATETIME),
        "environment": ("environment", _m.STR),
        "id": ("id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "runtime": ("runtime", _m.STR),
        "status": ("status", _m.STR),
        "strategy": ("strategy", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
        "canary_duration": ("canary_duration", _m.Union(_m.INT, _m.NONE)),
        "canary_percent": ("canary_percent", _m.Union(_m.INT, _m.NONE)),
        "checksum": ("checksum", _m.STR),
        "created_by": ("created_by", _m.STR),
        "finalized_at": ("finalized_at", _m.Union(_m.DATETIME, _m.NONE)),
        "manifest": ("manifest", _m.ANY),
        "promoted_at": ("promoted_at", _m.Union(_m.DATETIME, _m.NONE)),
        "rollback_from_deployment_id": ("rollback_from_deployment_id", _m.STR),
        "updated_by": ("updated_by", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "artifact_uri",
        "created_at",
        "environment",
        "id",
        "project_id",
        "runtime",
        "status",
        "strategy",
        "updated_at",
    )
    _closed: ClassVar[bool] = True


__all__ = ["DeploymentVersion"]
