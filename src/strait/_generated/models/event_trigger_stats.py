from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="EventTriggerStats")


@_attrs_define
class EventTriggerStats(WireMapping):
    """
    Attributes:
        avg_wait_duration_secs (float):
        canceled_count (int):
        received_count (int):
        timed_out_count (int):
        total_count (int):
        waiting_count (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_wait_duration_secs": "avg_wait_duration_secs",
        "canceled_count": "canceled_count",
        "received_count": "received_count",
        "timed_out_count": "timed_out_count",
        "total_count": "total_count",
        "waiting_count": "waiting_count",
    }

    avg_wait_duration_secs: float
    canceled_count: int
    received_count: int
    timed_out_count: int
    total_count: int
    waiting_count: int

    def to_dict(self) -> dict[str, Any]:
        avg_wait_duration_secs = self.avg_wait_duration_secs

        canceled_count = self.canceled_count

        received_count = self.received_count

        timed_out_count = self.timed_out_count

        total_count = self.total_count

        waiting_count = self.waiting_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_wait_duration_secs": avg_wait_duration_secs,
                "canceled_count": canceled_count,
                "received_count": received_count,
                "timed_out_count": timed_out_count,
                "total_count": total_count,
                "waiting_count": waiting_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_wait_duration_secs = d["avg_wait_duration_secs"]

        canceled_count = d["canceled_count"]

        received_count = d["received_count"]

        timed_out_count = d["timed_out_count"]

        total_count = d["total_count"]

        waiting_count = d["waiting_count"]

        event_trigger_stats = cls(
            avg_wait_duration_secs=avg_wait_duration_secs,
            canceled_count=canceled_count,
            received_count=received_count,
            timed_out_count=timed_out_count,
            total_count=total_count,
            waiting_count=waiting_count,
        )

        return event_trigger_stats
