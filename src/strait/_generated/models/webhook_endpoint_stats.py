from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="WebhookEndpointStats")


@_attrs_define
class WebhookEndpointStats(WireMapping):
    """
    Attributes:
        avg_latency_ms (float):
        dead (int):
        delivered (int):
        failed (int):
        p95_latency_ms (float):
        total (int):
        url (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_latency_ms": "avg_latency_ms",
        "dead": "dead",
        "delivered": "delivered",
        "failed": "failed",
        "p95_latency_ms": "p95_latency_ms",
        "total": "total",
        "url": "url",
    }

    avg_latency_ms: float
    dead: int
    delivered: int
    failed: int
    p95_latency_ms: float
    total: int
    url: str

    def to_dict(self) -> dict[str, Any]:
        avg_latency_ms = self.avg_latency_ms

        dead = self.dead

        delivered = self.delivered

        failed = self.failed

        p95_latency_ms = self.p95_latency_ms

        total = self.total

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_latency_ms": avg_latency_ms,
                "dead": dead,
                "delivered": delivered,
                "failed": failed,
                "p95_latency_ms": p95_latency_ms,
                "total": total,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_latency_ms = d["avg_latency_ms"]

        dead = d["dead"]

        delivered = d["delivered"]

        failed = d["failed"]

        p95_latency_ms = d["p95_latency_ms"]

        total = d["total"]

        url = d["url"]

        webhook_endpoint_stats = cls(
            avg_latency_ms=avg_latency_ms,
            dead=dead,
            delivered=delivered,
            failed=failed,
            p95_latency_ms=p95_latency_ms,
            total=total,
            url=url,
        )

        return webhook_endpoint_stats
