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

T = TypeVar("T", bound="APIErrorRemoved")


@_attrs_define
class APIErrorRemoved(WireMapping):
    """
    Attributes:
        code (str):
        message (str):
        details (list[str] | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
        "details": "details",
    }

    code: str
    message: str
    details: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details: list[str] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        code = d["code"]

        message = d["message"]

        details = cast(list[str], d.get("details", UNSET))

        api_error_removed = cls(
            code=code,
            message=message,
            details=details,
        )

        return api_error_removed
