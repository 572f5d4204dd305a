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

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="UpdateSpendingLimitRequest")


@_attrs_define
class UpdateSpendingLimitRequest(WireMapping):
    """
    Attributes:
        action (str | Unset):
        limit_microusd (int | Unset):
        overage_enabled (bool | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "limit_microusd": "limit_microusd",
        "overage_enabled": "overage_enabled",
    }

    action: str | Unset = UNSET
    limit_microusd: int | Unset = UNSET
    overage_enabled: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        limit_microusd = self.limit_microusd

        overage_enabled: bool | None | Unset
        if isinstance(self.overage_enabled, Unset):
            overage_enabled = UNSET
        else:
            overage_enabled = self.overage_enabled

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if limit_microusd is not UNSET:
            field_dict["limit_microusd"] = limit_microusd
        if overage_enabled is not UNSET:
            field_dict["overage_enabled"] = overage_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        action = d.get("action", UNSET)

        limit_microusd = d.get("limit_microusd", UNSET)

        def _parse_overage_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        overage_enabled = _parse_overage_enabled(d.get("overage_enabled", UNSET))

        update_spending_limit_request = cls(
            action=action,
            limit_microusd=limit_microusd,
            overage_enabled=overage_enabled,
        )

        return update_spending_limit_request
