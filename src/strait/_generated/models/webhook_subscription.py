from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription(WireMapping):
    """
    Attributes:
        active (bool):
        created_at (datetime.datetime):
        event_types (list[str] | None):
        id (str):
        project_id (str):
        webhook_url (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "active": "active",
        "created_at": "created_at",
        "event_types": "event_types",
        "id": "id",
        "project_id": "project_id",
        "webhook_url": "webhook_url",
    }

    active: bool
    created_at: datetime.datetime
    event_types: list[str] | None
    id: str
    project_id: str
    webhook_url: str

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_at = self.created_at.isoformat()

        event_types: list[str] | None
        if isinstance(self.event_types, list):
            event_types = self.event_types

        else:
            event_types = self.event_types

        id = self.id

        project_id = self.project_id

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "active": active,
                "created_at": created_at,
                "event_types": event_types,
                "id": id,
                "project_id": project_id,
                "webhook_url": webhook_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        active = d["active"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        def _parse_event_types(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                event_types_type_0 = cast(list[str], data)

                return event_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        event_types = _parse_event_types(d["event_types"])

        id = d["id"]

        project_id = d["project_id"]

        webhook_url = d["webhook_url"]

        webhook_subscription = cls(
            active=active,
            created_at=created_at,
            event_types=event_types,
            id=id,
            project_id=project_id,
            webhook_url=webhook_url,
        )

        return webhook_subscription
