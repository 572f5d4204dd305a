from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="UsageHistoryEntry")


@_attrs_define
class UsageHistoryEntry(WireMapping):
    """
    Attributes:
        date (str):
        runs_count (int):
        spend_microusd (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "date": "date",
        "runs_count": "runs_count",
        "spend_microusd": "spend_microusd",
    }

    date: str
    runs_count: int
    spend_microusd: int

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        runs_count = self.runs_count

        spend_microusd = self.spend_microusd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date": date,
                "runs_count": runs_count,
                "spend_microusd": spend_microusd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        date = d["date"]

        runs_count = d["runs_count"]

        spend_microusd = d["spend_microusd"]

        usage_history_entry = cls(
            date=date,
            runs_count=runs_count,
            spend_microusd=spend_microusd,
        )

        return usage_history_entry
