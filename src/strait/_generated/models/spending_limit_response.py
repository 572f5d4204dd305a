from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="SpendingLimitResponse")


@_attrs_define
class SpendingLimitResponse(WireMapping):
    """
    Attributes:
        current_spend_usd (float):
        is_hard_capped (bool):
        limit_action (str):
        org_id (str):
        overage_enabled (bool):
        overage_spend_usd (float):
        plan_tier (str):
        spending_limit_usd (float):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "current_spend_usd": "current_spend_usd",
        "is_hard_capped": "is_hard_capped",
        "limit_action": "limit_action",
        "org_id": "org_id",
        "overage_enabled": "overage_enabled",
        "overage_spend_usd": "overage_spend_usd",
        "plan_tier": "plan_tier",
        "spending_limit_usd": "spending_limit_usd",
    }

    current_spend_usd: float
    is_hard_capped: bool
    limit_action: str
    org_id: str
    overage_enabled: bool
    overage_spend_usd: float
    plan_tier: str
    spending_limit_usd: float

    def to_dict(self) -> dict[str, Any]:
        current_spend_usd = self.current_spend_usd

        is_hard_capped = self.is_hard_capped

        limit_action = self.limit_action

        org_id = self.org_id

        overage_enabled = self.overage_enabled

        overage_spend_usd = self.overage_spend_usd

        plan_tier = self.plan_tier

        spending_limit_usd = self.spending_limit_usd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "current_spend_usd": current_spend_usd,
                "is_hard_capped": is_hard_capped,
                "limit_action": limit_action,
                "org_id": org_id,
                "overage_enabled": overage_enabled,
                "overage_spend_usd": overage_spend_usd,
                "plan_tier": plan_tier,
                "spending_limit_usd": spending_limit_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        current_spend_usd = d["current_spend_usd"]

        is_hard_capped = d["is_hard_capped"]

        limit_action = d["limit_action"]

        org_id = d["org_id"]

        overage_enabled = d["overage_enabled"]

        overage_spend_usd = d["overage_spend_usd"]

        plan_tier = d["plan_tier"]

        spending_limit_usd = d["spending_limit_usd"]

        spending_limit_response = cls(
            current_spend_usd=current_spend_usd,
            is_hard_capped=is_hard_capped,
            limit_action=limit_action,
            org_id=org_id,
            overage_enabled=overage_enabled,
            overage_spend_usd=overage_spend_usd,
            plan_tier=plan_tier,
            spending_limit_usd=spending_limit_usd,
        )

        return spending_limit_response
