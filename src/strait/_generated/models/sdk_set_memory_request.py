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

T = TypeVar("T", bound="SDKSetMemoryRequest")


@_attrs_define
class SDKSetMemoryRequest(WireMapping):
    """
    Attributes:
        value (Any):
        ttl_secs (int | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "value": "value",
        "ttl_secs": "ttl_secs",
    }

    value: Any
    ttl_secs: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        ttl_secs: int | None | Unset
        if isinstance(self.ttl_secs, Unset):
            ttl_secs = UNSET
        else:
            ttl_secs = self.ttl_secs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if ttl_secs is not UNSET:
            field_dict["ttl_secs"] = ttl_secs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        value = d["value"]

        def _parse_ttl_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl_secs = _parse_ttl_secs(d.get("ttl_secs", UNSET))

        sdk_set_memory_request = cls(
            value=value,
            ttl_secs=ttl_secs,
        )

        return sdk_set_memory_request
