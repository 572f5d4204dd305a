from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="ProjectSettingsResponse")


@_attrs_define
class ProjectSettingsResponse(WireMapping):
    """
    Attributes:
        max_key_lifetime_days (int):
        plan_tier (str):
        project_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "max_key_lifetime_days": "max_key_lifetime_days",
        "plan_tier": "plan_tier",
        "project_id": "project_id",
    }

    max_key_lifetime_days: int
    plan_tier: str
    project_id: str

    def to_dict(self) -> dict[str, Any]:
        max_key_lifetime_days = self.max_key_lifetime_days

        plan_tier = self.plan_tier

        project_id = self.project_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "max_key_lifetime_days": max_key_lifetime_days,
                "plan_tier": plan_tier,
                "project_id": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        max_key_lifetime_days = d["max_key_lifetime_days"]

        plan_tier = d["plan_tier"]

        project_id = d["project_id"]

        project_settings_response = cls(
            max_key_lifetime_days=max_key_lifetime_days,
            plan_tier=plan_tier,
            project_id=project_id,
        )

        return project_settings_response
