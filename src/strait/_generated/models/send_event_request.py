from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SendEventRequest")


@_attrs_define
class SendEventRequest(WireMapping):
    """
    Attributes:
        payload (Any | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "payload": "payload",
    }

    payload: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        payload = d.get("payload", UNSET)

        send_event_request = cls(
            payload=payload,
        )

        return send_event_request
