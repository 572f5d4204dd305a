from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SDKWaitForEventRequest")


@_attrs_define
class SDKWaitForEventRequest(WireMapping):
    """
    Attributes:
        event_key (str):
        notify_url (str | Unset):
        timeout_secs (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "event_key": "event_key",
        "notify_url": "notify_url",
        "timeout_secs": "timeout_secs",
    }

    event_key: str
    notify_url: str | Unset = UNSET
    timeout_secs: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        event_key = self.event_key

        notify_url = self.notify_url

        timeout_secs = self.timeout_secs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_key": event_key,
            }
        )
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if timeout_secs is not UNSET:
            field_dict["timeout_secs"] = timeout_secs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        event_key = d["event_key"]

        notify_url = d.get("notify_url", UNSET)

        timeout_secs = d.get("timeout_secs", UNSET)

        sdk_wait_for_event_request = cls(
            event_key=event_key,
            notify_url=notify_url,
            timeout_secs=timeout_secs,
        )

        return sdk_wait_for_event_request
