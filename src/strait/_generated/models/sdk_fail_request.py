from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="SDKFailRequest")


@_attrs_define
class SDKFailRequest(WireMapping):
    """
    Attributes:
        error (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "error": "error",
    }

    error: str

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        error = d["error"]

        sdk_fail_request = cls(
            error=error,
        )

        return sdk_fail_request
