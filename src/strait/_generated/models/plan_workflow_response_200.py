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

T = TypeVar("T", bound="PlanWorkflowResponse200")


@_attrs_define
class PlanWorkflowResponse200(WireMapping):
    """
    Attributes:
        roots (list[str]):
        step_count (int):
        topological_order (list[str]):
        workflow_id (str):
        workflow_version (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "roots": "roots",
        "step_count": "step_count",
        "topological_order": "topological_order",
        "workflow_id": "workflow_id",
        "workflow_version": "workflow_version",
    }

    roots: list[str]
    step_count: int
    topological_order: list[str]
    workflow_id: str
    workflow_version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roots = self.roots

        step_count = self.step_count

        topological_order = self.topological_order

        workflow_id = self.workflow_id

        workflow_version = self.workflow_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roots": roots,
                "step_count": step_count,
                "topological_order": topological_order,
                "workflow_id": workflow_id,
                "workflow_version": workflow_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        roots = cast(list[str], d.pop("roots"))

        step_count = d.pop("step_count")

        topological_order = cast(list[str], d.pop("topological_order"))

        workflow_id = d.pop("workflow_id")

        workflow_version = d.pop("workflow_version")

        plan_workflow_response_200 = cls(
            roots=roots,
            step_count=step_count,
            topological_order=topological_order,
            workflow_id=workflow_id,
            workflow_version=workflow_version,
        )

        plan_workflow_response_200.additional_properties = d
        return plan_workflow_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
