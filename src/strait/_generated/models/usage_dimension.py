from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="UsageDimension")


@_attrs_define
class UsageDimension(WireMapping):
    """
    Attributes:
        limit (int):
        percent (float):
        used (int):
        display (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "limit": "limit",
        "percent": "percent",
        "used": "used",
        "display": "display",
    }

    limit: int
    percent: float
    used: int
    display: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        percent = self.percent

        used = self.used

        display = self.display

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "limit": limit,
                "percent": percent,
                "used": used,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        limit = d["limit"]

        percent = d["percent"]

        used = d["used"]

        display = d.get("display", UNSET)

        usage_dimension = cls(
            limit=limit,
            percent=percent,
            used=used,
            display=display,
        )

        return usage_dimension
