from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SDKLogRequest")


@_attrs_define
class SDKLogRequest(WireMapping):
    """
    Attributes:
        message (str):
        data (Any | Unset):
        level (str | Unset):
        type_ (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "message": "message",
        "data": "data",
        "level": "level",
        "type": "type_",
    }

    message: str
    data: Any | Unset = UNSET
    level: str | Unset = UNSET
    type_: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        data = self.data

        level = self.level

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if level is not UNSET:
            field_dict["level"] = level
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        message = d["message"]

        data = d.get("data", UNSET)

        level = d.get("level", UNSET)

        type_ = d.get("type", UNSET)

        sdk_log_request = cls(
            message=message,
            data=data,
            level=level,
            type_=type_,
        )

        return sdk_log_request
