from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="ThroughputStats")


@_attrs_define
class ThroughputStats(WireMapping):
    """
    Attributes:
        canceled (int):
        completed (int):
        failed (int):
        period_hours (int):
        timed_out (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "canceled": "canceled",
        "completed": "completed",
        "failed": "failed",
        "period_hours": "period_hours",
        "timed_out": "timed_out",
    }

    canceled: int
    completed: int
    failed: int
    period_hours: int
    timed_out: int

    def to_dict(self) -> dict[str, Any]:
        canceled = self.canceled

        completed = self.completed

        failed = self.failed

        period_hours = self.period_hours

        timed_out = self.timed_out

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "canceled": canceled,
                "completed": completed,
                "failed": failed,
                "period_hours": period_hours,
                "timed_out": timed_out,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        canceled = d["canceled"]

        completed = d["completed"]

        failed = d["failed"]

        period_hours = d["period_hours"]

        timed_out = d["timed_out"]

        throughput_stats = cls(
            canceled=canceled,
            completed=completed,
            failed=failed,
            period_hours=period_hours,
            timed_out=timed_out,
        )

        return throughput_stats
