from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="GetWorkflowVersionImpactResponse200")


@_attrs_define
class GetWorkflowVersionImpactResponse200(WireMapping):
    """
    Attributes:
        matching_runs (int):
        sampled_runs (int):
        version_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "matching_runs": "matching_runs",
        "sampled_runs": "sampled_runs",
        "version_id": "version_id",
    }

    matching_runs: int
    sampled_runs: int
    version_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matching_runs = self.matching_runs

        sampled_runs = self.sampled_runs

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matching_runs": matching_runs,
                "sampled_runs": sampled_runs,
                "version_id": version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        matching_runs = d.pop("matching_runs")

        sampled_runs = d.pop("sampled_runs")

        version_id = d.pop("version_id")

        get_workflow_version_impact_response_200 = cls(
            matching_runs=matching_runs,
            sampled_runs=sampled_runs,
            version_id=version_id,
        )

        get_workflow_version_impact_response_200.additional_properties = d
        return get_workflow_version_impact_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
