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
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="SendEventByPrefixResponse200")


@_attrs_define
class SendEventByPrefixResponse200(WireMapping):
    """
    Attributes:
        resolved (int):
        triggers (list[Any]):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "resolved": "resolved",
        "triggers": "triggers",
    }

    resolved: int
    triggers: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolved = self.resolved

        triggers = self.triggers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resolved": resolved,
                "triggers": triggers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        resolved = d.pop("resolved")

        triggers = cast(list[Any], d.pop("triggers"))

        send_event_by_prefix_response_200 = cls(
            resolved=resolved,
            triggers=triggers,
        )

        send_event_by_prefix_response_200.additional_properties = d
        return send_event_by_prefix_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
