from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="RunDurationBucket")


@_attrs_define
class RunDurationBucket(WireMapping):
    """
    Attributes:
        count (int):
        pct (float):
        range_ (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "count": "count",
        "pct": "pct",
        "range": "range_",
    }

    count: int
    pct: float
    range_: str

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        pct = self.pct

        range_ = self.range_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "count": count,
                "pct": pct,
                "range": range_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        count = d["count"]

        pct = d["pct"]

        range_ = d["range"]

        run_duration_bucket = cls(
            count=count,
            pct=pct,
            range_=range_,
        )

        return run_duration_bucket
