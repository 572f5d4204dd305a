from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class NotificationDelivery(_m.StraitObject):
    """NotificationDelivery: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    attempts: int
    channel_id: str
    created_at: datetime.datetime
    event_type: str
    id: str
    max_attempts: int
    payload: Any
    project_id: str
    status: str
    updated_at: datetime.datetime
    delivered_at: datetime.datetime | None
    last_error: str
    next_retry_at: datetime.datetime | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            attempts: int = ...,
            channel_id: str = ...,
            created_at: datetime.datetime | str = ...,
            event_type: str = ...,
            id: str = ...,
            max_attempts: int = ...,
            payload: Any = ...,
            project_id: str = ...,
            status: str = ...,
            updated_at: datetime.datetime | str = ...,
            delivered_at: datetime.datetime | str | None = ...,
            last_error: str = ...,
            next_retry_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "attempts": ("attempts", _m.INT),
        "channel_id": ("channel_id", _m.STR),
        "created_at": ("created_at", _m.DATETIME),
        "event_type": ("event_type", _m.STR),
        "id": ("id", _m.STR),
        "max_attempts": ("max_attempts", _m.INT),
        "payload": ("payload", _m.ANY),
        "project_id": ("project_id", _m.STR),
        "status": ("status", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
        "delivered_at": ("delivered_at", _m.Union(_m.DATETIME, _m.NONE)),
        "last_error": ("last_error", _m.STR),
        "next_retry_at": ("next_retry_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "attempts",
        "channel_id",
        "created_at",
        "event_type",
        "id",
        "max_attempts",
        "payload",
        "project_id",
        "status",
        "updated_at",
    )
    _closed: ClassVar[bool] = True


__all__ = ["NotificationDelivery"]
