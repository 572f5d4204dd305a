from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="EventLatencyStats")


@_attrs_define
class EventLatencyStats(WireMapping):
    """
    Attributes:
        avg_ms (float):
        count (int):
        p50_ms (float):
        p95_ms (float):
        p99_ms (float):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_ms": "avg_ms",
        "count": "count",
        "p50_ms": "p50_ms",
        "p95_ms": "p95_ms",
        "p99_ms": "p99_ms",
    }

    avg_ms: float
    count: int
    p50_ms: float
    p95_ms: float
    p99_ms: float

    def to_dict(self) -> dict[str, Any]:
        avg_ms = self.avg_ms

        count = self.count

        p50_ms = self.p50_ms

        p95_ms = self.p95_ms

        p99_ms = self.p99_ms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_ms": avg_ms,
                "count": count,
                "p50_ms": p50_ms,
                "p95_ms": p95_ms,
                "p99_ms": p99_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_ms = d["avg_ms"]

        count = d["count"]

        p50_ms = d["p50_ms"]

        p95_ms = d["p95_ms"]

        p99_ms = d["p99_ms"]

        event_latency_stats = cls(
            avg_ms=avg_ms,
            count=count,
            p50_ms=p50_ms,
            p95_ms=p95_ms,
            p99_ms=p99_ms,
        )

        return event_latency_stats
