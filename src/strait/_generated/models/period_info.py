from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="PeriodInfo")


@_attrs_define
class PeriodInfo(WireMapping):
    """
    Attributes:
        end (str):
        start (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "end": "end",
        "start": "start",
    }

    end: str
    start: str

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        start = self.start

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end": end,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        end = d["end"]

        start = d["start"]

        period_info = cls(
            end=end,
            start=start,
        )

        return period_info
