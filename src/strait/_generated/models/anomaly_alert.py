from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="AnomalyAlert")


@_attrs_define
class AnomalyAlert(WireMapping):
    """
    Attributes:
        avg_7d_spend (int):
        org_id (str):
        severity (str):
        spike_ratio (float):
        today_spend (int):
        top_contributor (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_7d_spend": "avg_7d_spend",
        "org_id": "org_id",
        "severity": "severity",
        "spike_ratio": "spike_ratio",
        "today_spend": "today_spend",
        "top_contributor": "top_contributor",
    }

    avg_7d_spend: int
    org_id: str
    severity: str
    spike_ratio: float
    today_spend: int
    top_contributor: str

    def to_dict(self) -> dict[str, Any]:
        avg_7d_spend = self.avg_7d_spend

        org_id = self.org_id

        severity = self.severity

        spike_ratio = self.spike_ratio

        today_spend = self.today_spend

        top_contributor = self.top_contributor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_7d_spend": avg_7d_spend,
                "org_id": org_id,
                "severity": severity,
                "spike_ratio": spike_ratio,
                "today_spend": today_spend,
                "top_contributor": top_contributor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_7d_spend = d["avg_7d_spend"]

        org_id = d["org_id"]

        severity = d["severity"]

        spike_ratio = d["spike_ratio"]

        today_spend = d["today_spend"]

        top_contributor = d["top_contributor"]

        anomaly_alert = cls(
            avg_7d_spend=avg_7d_spend,
            org_id=org_id,
            severity=severity,
            spike_ratio=spike_ratio,
            today_spend=today_spend,
            top_contributor=top_contributor,
        )

        return anomaly_alert
