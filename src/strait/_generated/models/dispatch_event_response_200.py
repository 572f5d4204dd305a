from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="DispatchEventResponse200")


@_attrs_define
class DispatchEventResponse200(WireMapping):
    """
    Attributes:
        dispatched (int):
        source (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "dispatched": "dispatched",
        "source": "source",
    }

    dispatched: int
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dispatched = self.dispatched

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dispatched": dispatched,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        dispatched = d.pop("dispatched")

        source = d.pop("source")

        dispatch_event_response_200 = cls(
            dispatched=dispatched,
            source=source,
        )

        dispatch_event_response_200.additional_properties = d
        return dispatch_event_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
