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

T = TypeVar("T", bound="TriggerJobResponse201Type3")


@_attrs_define
class TriggerJobResponse201Type3(WireMapping):
    """
    Attributes:
        debounced (bool):
        fire_at (datetime.datetime):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "debounced": "debounced",
        "fire_at": "fire_at",
    }

    debounced: bool
    fire_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debounced = self.debounced

        fire_at = self.fire_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "debounced": debounced,
                "fire_at": fire_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        debounced = d.pop("debounced")

        fire_at = datetime.datetime.fromisoformat(d.pop("fire_at"))

        trigger_job_response_201_type_3 = cls(
            debounced=debounced,
            fire_at=fire_at,
        )

        trigger_job_response_201_type_3.additional_properties = d
        return trigger_job_response_201_type_3

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
