from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="EmailPreferencesResponse")


@_attrs_define
class EmailPreferencesResponse(WireMapping):
    """
    Attributes:
        monthly_usage_email (bool):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "monthly_usage_email": "monthly_usage_email",
    }

    monthly_usage_email: bool

    def to_dict(self) -> dict[str, Any]:
        monthly_usage_email = self.monthly_usage_email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "monthly_usage_email": monthly_usage_email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        monthly_usage_email = d["monthly_usage_email"]

        email_preferences_response = cls(
            monthly_usage_email=monthly_usage_email,
        )

        return email_preferences_response
