from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class AuditEvent(_m.StraitObject):
    """AuditEvent: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    action: str
    actor_id: str
    actor_type: str
    created_at: datetime.datetime
    id: str
    project_id: str
    resource_id: str
    resource_type: str
    details: Any
    is_anchor: bool
    previous_hash: str
    remote_ip: str
    request_id: str
    rotation_epoch: int
    schema_version: int
    shard_id: str
    signature: str
    trace_id: str
    user_agent: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            action: str = ...,
            actor_id: str = ...,
            actor_type: str = ...,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            project_id: str = ...,
            resource_id: str = ...,
            resource_type: str = ...,
            details: Any = ...,
            is_anchor: bool = ...,
            previous_hash: str = ...,
            remote_ip: str = ...,
            request_id: str = ...,
            rotation_epoch: int = ...,
            schema_version: int = ...,
            shard_id: str = ...,
            signature: str = ...,
            trace_id: str = ...,
            user_agent: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "action": ("action", _m.STR),
        "actor_id": ("actor_id", _m.STR),
        "actor_type": ("actor_type", _m.STR),
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "resource_id": ("resource_id", _m.STR),
        "resource_type": ("resource_type", _m.STR),
        "details": ("details", _m.ANY),
        "is_anchor": ("is_anchor", _m.BOOL),
        "previous_hash": ("previous_hash", _m.STR),
        "remote_ip": ("remote_ip", _m.STR),
        "request_id": ("request_id", _m.STR),
        "rotation_epoch": ("rotation_epoch", _m.INT),
        "schema_version": ("schema_version", _m.INT),
        "shard_id": ("shard_id", _m.STR),
        "signature": ("signature", _m.STR),
        "trace_id": ("trace_id", _m.STR),
        "user_agent": ("user_agent", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "action",
        "actor_id",
        "actor_type",
        "created_at",
        "id",
        "project_id",
        "resource_id",
        "resource_type",
    )
    _closed: ClassVar[bool] = True


__all__ = ["AuditEvent"]
