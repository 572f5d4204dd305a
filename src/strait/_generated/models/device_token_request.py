from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="DeviceTokenRequest")


@_attrs_define
class DeviceTokenRequest(WireMapping):
    """
    Attributes:
        device_code (str | Unset):
        grant_type (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "device_code": "device_code",
        "grant_type": "grant_type",
    }

    device_code: str | Unset = UNSET
    grant_type: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        device_code = self.device_code

        grant_type = self.grant_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if device_code is not UNSET:
            field_dict["device_code"] = device_code
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        device_code = d.get("device_code", UNSET)

        grant_type = d.get("grant_type", UNSET)

        device_token_request = cls(
            device_code=device_code,
            grant_type=grant_type,
        )

        return device_token_request
