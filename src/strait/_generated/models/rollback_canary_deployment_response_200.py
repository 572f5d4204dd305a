from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="RollbackCanaryDeploymentResponse200")


@_attrs_define
class RollbackCanaryDeploymentResponse200(WireMapping):
    """
    Attributes:
        status (str):
        traffic_pct (int):
        workflow_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "status": "status",
        "traffic_pct": "traffic_pct",
        "workflow_id": "workflow_id",
    }

    status: str
    traffic_pct: int
    workflow_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        traffic_pct = self.traffic_pct

        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "traffic_pct": traffic_pct,
                "workflow_id": workflow_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        status = d.pop("status")

        traffic_pct = d.pop("traffic_pct")

        workflow_id = d.pop("workflow_id")

        rollback_canary_deployment_response_200 = cls(
            status=status,
            traffic_pct=traffic_pct,
            workflow_id=workflow_id,
        )

        rollback_canary_deployment_response_200.additional_properties = d
        return rollback_canary_deployment_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
