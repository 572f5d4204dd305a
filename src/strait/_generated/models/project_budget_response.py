from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="ProjectBudgetResponse")


@_attrs_define
class ProjectBudgetResponse(WireMapping):
    """
    Attributes:
        budget_action (str):
        current_spend_microusd (int):
        monthly_budget_microusd (int):
        percent_used (float):
        project_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "budget_action": "budget_action",
        "current_spend_microusd": "current_spend_microusd",
        "monthly_budget_microusd": "monthly_budget_microusd",
        "percent_used": "percent_used",
        "project_id": "project_id",
    }

    budget_action: str
    current_spend_microusd: int
    monthly_budget_microusd: int
    percent_used: float
    project_id: str

    def to_dict(self) -> dict[str, Any]:
        budget_action = self.budget_action

        current_spend_microusd = self.current_spend_microusd

        monthly_budget_microusd = self.monthly_budget_microusd

        percent_used = self.percent_used

        project_id = self.project_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "budget_action": budget_action,
                "current_spend_microusd": current_spend_microusd,
                "monthly_budget_microusd": monthly_budget_microusd,
                "percent_used": percent_used,
                "project_id": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        budget_action = d["budget_action"]

        current_spend_microusd = d["current_spend_microusd"]

        monthly_budget_microusd = d["monthly_budget_microusd"]

        percent_used = d["percent_used"]

        project_id = d["project_id"]

        project_budget_response = cls(
            budget_action=budget_action,
            current_spend_microusd=current_spend_microusd,
            monthly_budget_microusd=monthly_budget_microusd,
            percent_used=percent_used,
            project_id=project_id,
        )

        return project_budget_response
