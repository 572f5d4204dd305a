from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="UpdateAuditRetentionInputBody")


@_attrs_define
class UpdateAuditRetentionInputBody(WireMapping):
    """
    Attributes:
        days (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "days": "days",
    }

    days: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        days = d.get("days", UNSET)

        update_audit_retention_input_body = cls(
            days=days,
        )

        return update_audit_retention_input_body
