from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="UpdateCanaryRequest")


@_attrs_define
class UpdateCanaryRequest(WireMapping):
    """
    Attributes:
        traffic_pct (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "traffic_pct": "traffic_pct",
    }

    traffic_pct: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        traffic_pct = self.traffic_pct

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if traffic_pct is not UNSET:
            field_dict["traffic_pct"] = traffic_pct

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        traffic_pct = d.get("traffic_pct", UNSET)

        update_canary_request = cls(
            traffic_pct=traffic_pct,
        )

        return update_canary_request
