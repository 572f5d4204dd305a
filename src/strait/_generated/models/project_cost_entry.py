from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="ProjectCostEntry")


@_attrs_define
class ProjectCostEntry(WireMapping):
    """
    Attributes:
        name (str):
        project_id (str):
        runs (int):
        spend_microusd (int):
        total_microusd (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "project_id": "project_id",
        "runs": "runs",
        "spend_microusd": "spend_microusd",
        "total_microusd": "total_microusd",
    }

    name: str
    project_id: str
    runs: int
    spend_microusd: int
    total_microusd: int

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        runs = self.runs

        spend_microusd = self.spend_microusd

        total_microusd = self.total_microusd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "project_id": project_id,
                "runs": runs,
                "spend_microusd": spend_microusd,
                "total_microusd": total_microusd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        name = d["name"]

        project_id = d["project_id"]

        runs = d["runs"]

        spend_microusd = d["spend_microusd"]

        total_microusd = d["total_microusd"]

        project_cost_entry = cls(
            name=name,
            project_id=project_id,
            runs=runs,
            spend_microusd=spend_microusd,
            total_microusd=total_microusd,
        )

        return project_cost_entry
