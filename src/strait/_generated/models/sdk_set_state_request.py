from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="SDKSetStateRequest")


@_attrs_define
class SDKSetStateRequest(WireMapping):
    """
    Attributes:
        key (str):
        value (Any):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "value": "value",
    }

    key: str
    value: Any

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        key = d["key"]

        value = d["value"]

        sdk_set_state_request = cls(
            key=key,
            value=value,
        )

        return sdk_set_state_request
