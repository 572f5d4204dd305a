from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="UpdateEmailPreferencesRequest")


@_attrs_define
class UpdateEmailPreferencesRequest(WireMapping):
    """
    Attributes:
        monthly_usage_email (bool | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "monthly_usage_email": "monthly_usage_email",
    }

    monthly_usage_email: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        monthly_usage_email = self.monthly_usage_email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if monthly_usage_email is not UNSET:
            field_dict["monthly_usage_email"] = monthly_usage_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        monthly_usage_email = d.get("monthly_usage_email", UNSET)

        update_email_preferences_request = cls(
            monthly_usage_email=monthly_usage_email,
        )

        return update_email_preferences_request
