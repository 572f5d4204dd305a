from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="TriggerJobResponse201Type1")


@_attrs_define
class TriggerJobResponse201Type1(WireMapping):
    """
    Attributes:
        batch (bool):
        id (str):
        status (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "batch": "batch",
        "id": "id",
        "status": "status",
    }

    batch: bool
    id: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch = self.batch

        id = self.id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch": batch,
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        batch = d.pop("batch")

        id = d.pop("id")

        status = d.pop("status")

        trigger_job_response_201_type_1 = cls(
            batch=batch,
            id=id,
            status=status,
        )

        trigger_job_response_201_type_1.additional_properties = d
        return trigger_job_response_201_type_1

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
