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

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CreateWebhookSubscriptionRequest")


@_attrs_define
class CreateWebhookSubscriptionRequest(WireMapping):
    """
    Attributes:
        event_types (list[str]):
        project_id (str):
        webhook_url (str):
        active (bool | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "event_types": "event_types",
        "project_id": "project_id",
        "webhook_url": "webhook_url",
        "active": "active",
    }

    event_types: list[str]
    project_id: str
    webhook_url: str
    active: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        event_types = self.event_types

        project_id = self.project_id

        webhook_url = self.webhook_url

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_types": event_types,
                "project_id": project_id,
                "webhook_url": webhook_url,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        event_types = cast(list[str], d["event_types"])

        project_id = d["project_id"]

        webhook_url = d["webhook_url"]

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.get("active", UNSET))

        create_webhook_subscription_request = cls(
            event_types=event_types,
            project_id=project_id,
            webhook_url=webhook_url,
            active=active,
        )

        return create_webhook_subscription_request
