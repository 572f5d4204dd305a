from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .create_notification_channel_request_channel_type import (
        CreateNotificationChannelRequestChannelType,
    )


class CreateNotificationChannelRequest(_m.StraitObject):
    """CreateNotificationChannelRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    channel_type: CreateNotificationChannelRequestChannelType
    config: Any
    name: str
    enabled: bool | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            channel_type: CreateNotificationChannelRequestChannelType = ...,
            config: Any = ...,
            name: str = ...,
            enabled: bool | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "channel_type": ("channel_type", _m.Enum("discord", "slack", "webhook")),
        "config": ("config", _m.ANY),
        "name": ("name", _m.STR),
        "enabled": ("enabled", _m.Union(_m.BOOL, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "channel_type",
        "config",
        "name",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateNotificationChannelRequest"]
