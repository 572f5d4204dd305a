from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="DryRunWorkflowResponse200")


@_attrs_define
class DryRunWorkflowResponse200(WireMapping):
    """
    Attributes:
        step_count (int):
        valid (bool):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "step_count": "step_count",
        "valid": "valid",
    }

    step_count: int
    valid: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_count = self.step_count

        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_count": step_count,
                "valid": valid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        step_count = d.pop("step_count")

        valid = d.pop("valid")

        dry_run_workflow_response_200 = cls(
            step_count=step_count,
            valid=valid,
        )

        dry_run_workflow_response_200.additional_properties = d
        return dry_run_workflow_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
