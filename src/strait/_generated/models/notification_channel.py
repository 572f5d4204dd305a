from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="NotificationChannel")


@_attrs_define
class NotificationChannel(WireMapping):
    """
    Attributes:
        channel_type (str):
        config (Any):
        created_at (datetime.datetime):
        enabled (bool):
        id (str):
        name (str):
        project_id (str):
        updated_at (datetime.datetime):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "channel_type": "channel_type",
        "config": "config",
        "created_at": "created_at",
        "enabled": "enabled",
        "id": "id",
        "name": "name",
        "project_id": "project_id",
        "updated_at": "updated_at",
    }

    channel_type: str
    config: Any
    created_at: datetime.datetime
    enabled: bool
    id: str
    name: str
    project_id: str
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        channel_type = self.channel_type

        config = self.config

        created_at = self.created_at.isoformat()

        enabled = self.enabled

        id = self.id

        name = self.name

        project_id = self.project_id

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel_type": channel_type,
                "config": config,
                "created_at": created_at,
                "enabled": enabled,
                "id": id,
                "name": name,
                "project_id": project_id,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        channel_type = d["channel_type"]

        config = d["config"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        enabled = d["enabled"]

        id = d["id"]

        name = d["name"]

        project_id = d["project_id"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        notification_channel = cls(
            channel_type=channel_type,
            config=config,
            created_at=created_at,
            enabled=enabled,
            id=id,
            name=name,
            project_id=project_id,
            updated_at=updated_at,
        )

        return notification_channel
