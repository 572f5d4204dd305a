from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="RotateAPIKeyRequest")


@_attrs_define
class RotateAPIKeyRequest(WireMapping):
    """
    Attributes:
        grace_period_minutes (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "grace_period_minutes": "grace_period_minutes",
    }

    grace_period_minutes: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        grace_period_minutes = self.grace_period_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if grace_period_minutes is not UNSET:
            field_dict["grace_period_minutes"] = grace_period_minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        grace_period_minutes = d.get("grace_period_minutes", UNSET)

        rotate_api_key_request = cls(
            grace_period_minutes=grace_period_minutes,
        )

        return rotate_api_key_request
