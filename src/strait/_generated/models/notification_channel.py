from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class NotificationChannel(_m.StraitObject):
    """NotificationChannel: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    channel_type: str
    config: Any
    created_at: datetime.datetime
    enabled: bool
    id: str
    name: str
    project_id: str
    updated_at: datetime.datetime

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            channel_type: str = ...,
            config: Any = ...,
            created_at: datetime.datetime | str = ...,
            enabled: bool = ...,
            id: str = ...,
            name: str = ...,
            project_id: str = ...,
            updated_at: datetime.datetime | str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "channel_type": ("channel_type", _m.STR),
        "config": ("config", _m.ANY),
        "created_at": ("created_at", _m.DATETIME),
        "enabled": ("enabled", _m.BOOL),
        "id": ("id", _m.STR),
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "channel_type",
        "config",
        "created_at",
        "enabled",
        "id",
        "name",
        "project_id",
        "updated_at",
    )
    _closed: ClassVar[bool] = True


__all__ = ["NotificationChannel"]
