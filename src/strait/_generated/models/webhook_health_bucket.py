from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="WebhookHealthBucket")


@_attrs_define
class WebhookHealthBucket(WireMapping):
    """
    Attributes:
        avg_latency_ms (float):
        period (str):
        success_rate (float):
        url (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_latency_ms": "avg_latency_ms",
        "period": "period",
        "success_rate": "success_rate",
        "url": "url",
    }

    avg_latency_ms: float
    period: str
    success_rate: float
    url: str

    def to_dict(self) -> dict[str, Any]:
        avg_latency_ms = self.avg_latency_ms

        period = self.period

        success_rate = self.success_rate

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_latency_ms": avg_latency_ms,
                "period": period,
                "success_rate": success_rate,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_latency_ms = d["avg_latency_ms"]

        period = d["period"]

        success_rate = d["success_rate"]

        url = d["url"]

        webhook_health_bucket = cls(
            avg_latency_ms=avg_latency_ms,
            period=period,
            success_rate=success_rate,
            url=url,
        )

        return webhook_health_bucket
