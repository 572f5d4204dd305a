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

T = TypeVar("T", bound="SimulateWorkflowResponse200")


@_attrs_define
class SimulateWorkflowResponse200(WireMapping):
    """
    Attributes:
        predicted_order (list[str]):
        step_count (int):
        version (int):
        workflow_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "predicted_order": "predicted_order",
        "step_count": "step_count",
        "version": "version",
        "workflow_id": "workflow_id",
    }

    predicted_order: list[str]
    step_count: int
    version: int
    workflow_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        predicted_order = self.predicted_order

        step_count = self.step_count

        version = self.version

        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "predicted_order": predicted_order,
                "step_count": step_count,
                "version": version,
                "workflow_id": workflow_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        predicted_order = cast(list[str], d.pop("predicted_order"))

        step_count = d.pop("step_count")

        version = d.pop("version")

        workflow_id = d.pop("workflow_id")

        simulate_workflow_response_200 = cls(
            predicted_order=predicted_order,
            step_count=step_count,
            version=version,
            workflow_id=workflow_id,
        )

        simulate_workflow_response_200.additional_properties = d
        return simulate_workflow_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
