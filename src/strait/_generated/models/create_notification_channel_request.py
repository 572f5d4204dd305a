from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.create_notification_channel_request_channel_type import (
    CreateNotificationChannelRequestChannelType,
    check_create_notification_channel_request_channel_type,
)
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CreateNotificationChannelRequest")


@_attrs_define
class CreateNotificationChannelRequest(WireMapping):
    """
    Attributes:
        channel_type (CreateNotificationChannelRequestChannelType):
        config (Any):
        name (str):
        enabled (bool | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "channel_type": "channel_type",
        "config": "config",
        "name": "name",
        "enabled": "enabled",
    }

    channel_type: CreateNotificationChannelRequestChannelType
    config: Any
    name: str
    enabled: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        channel_type: str = self.channel_type

        config = self.config

        name = self.name

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel_type": channel_type,
                "config": config,
                "name": name,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        channel_type = check_create_notification_channel_request_channel_type(
            d["channel_type"]
        )

        config = d["config"]

        name = d["name"]

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.get("enabled", UNSET))

        create_notification_channel_request = cls(
            channel_type=channel_type,
            config=config,
            name=name,
            enabled=enabled,
        )

        return create_notification_channel_request
