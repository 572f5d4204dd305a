from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="UpdateProjectBudgetRequest")


@_attrs_define
class UpdateProjectBudgetRequest(WireMapping):
    """
    Attributes:
        action (str | Unset):
        budget_microusd (int | Unset):
        project_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "budget_microusd": "budget_microusd",
        "project_id": "project_id",
    }

    action: str | Unset = UNSET
    budget_microusd: int | Unset = UNSET
    project_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        budget_microusd = self.budget_microusd

        project_id = self.project_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if budget_microusd is not UNSET:
            field_dict["budget_microusd"] = budget_microusd
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        action = d.get("action", UNSET)

        budget_microusd = d.get("budget_microusd", UNSET)

        project_id = d.get("project_id", UNSET)

        update_project_budget_request = cls(
            action=action,
            budget_microusd=budget_microusd,
            project_id=project_id,
        )

        return update_project_budget_request
