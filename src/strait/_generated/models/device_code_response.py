from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="DeviceCodeResponse")


@_attrs_define
class DeviceCodeResponse(WireMapping):
    """
    Attributes:
        device_code (str):
        expires_in (int):
        interval (int):
        user_code (str):
        verification_url (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "device_code": "device_code",
        "expires_in": "expires_in",
        "interval": "interval",
        "user_code": "user_code",
        "verification_url": "verification_url",
    }

    device_code: str
    expires_in: int
    interval: int
    user_code: str
    verification_url: str

    def to_dict(self) -> dict[str, Any]:
        device_code = self.device_code

        expires_in = self.expires_in

        interval = self.interval

        user_code = self.user_code

        verification_url = self.verification_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "device_code": device_code,
                "expires_in": expires_in,
                "interval": interval,
                "user_code": user_code,
                "verification_url": verification_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        device_code = d["device_code"]

        expires_in = d["expires_in"]

        interval = d["interval"]

        user_code = d["user_code"]

        verification_url = d["verification_url"]

        device_code_response = cls(
            device_code=device_code,
            expires_in=expires_in,
            interval=interval,
            user_code=user_code,
            verification_url=verification_url,
        )

        return device_code_response
