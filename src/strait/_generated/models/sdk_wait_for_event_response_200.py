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
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="SdkWaitForEventResponse200")


@_attrs_define
class SdkWaitForEventResponse200(WireMapping):
    """
    Attributes:
        event_key (str):
        expires_at (datetime.datetime):
        status (str):
        trigger_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "event_key": "event_key",
        "expires_at": "expires_at",
        "status": "status",
        "trigger_id": "trigger_id",
    }

    event_key: str
    expires_at: datetime.datetime
    status: str
    trigger_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_key = self.event_key

        expires_at = self.expires_at.isoformat()

        status = self.status

        trigger_id = self.trigger_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_key": event_key,
                "expires_at": expires_at,
                "status": status,
                "trigger_id": trigger_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        event_key = d.pop("event_key")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        status = d.pop("status")

        trigger_id = d.pop("trigger_id")

        sdk_wait_for_event_response_200 = cls(
            event_key=event_key,
            expires_at=expires_at,
            status=status,
            trigger_id=trigger_id,
        )

        sdk_wait_for_event_response_200.additional_properties = d
        return sdk_wait_for_event_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
