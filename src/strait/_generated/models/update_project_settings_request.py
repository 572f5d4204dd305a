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

T = TypeVar("T", bound="UpdateProjectSettingsRequest")


@_attrs_define
class UpdateProjectSettingsRequest(WireMapping):
    """
    Attributes:
        max_key_lifetime_days (int | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "max_key_lifetime_days": "max_key_lifetime_days",
    }

    max_key_lifetime_days: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        max_key_lifetime_days: int | None | Unset
        if isinstance(self.max_key_lifetime_days, Unset):
            max_key_lifetime_days = UNSET
        else:
            max_key_lifetime_days = self.max_key_lifetime_days

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if max_key_lifetime_days is not UNSET:
            field_dict["max_key_lifetime_days"] = max_key_lifetime_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_max_key_lifetime_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_key_lifetime_days = _parse_max_key_lifetime_days(
            d.get("max_key_lifetime_days", UNSET)
        )

        update_project_settings_request = cls(
            max_key_lifetime_days=max_key_lifetime_days,
        )

        return update_project_settings_request
