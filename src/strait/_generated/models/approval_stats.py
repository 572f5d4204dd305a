from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="ApprovalStats")


@_attrs_define
class ApprovalStats(WireMapping):
    """
    Attributes:
        avg_approval_time_secs (float):
        total_approved (int):
        total_pending (int):
        total_requested (int):
        total_timed_out (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_approval_time_secs": "avg_approval_time_secs",
        "total_approved": "total_approved",
        "total_pending": "total_pending",
        "total_requested": "total_requested",
        "total_timed_out": "total_timed_out",
    }

    avg_approval_time_secs: float
    total_approved: int
    total_pending: int
    total_requested: int
    total_timed_out: int

    def to_dict(self) -> dict[str, Any]:
        avg_approval_time_secs = self.avg_approval_time_secs

        total_approved = self.total_approved

        total_pending = self.total_pending

        total_requested = self.total_requested

        total_timed_out = self.total_timed_out

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_approval_time_secs": avg_approval_time_secs,
                "total_approved": total_approved,
                "total_pending": total_pending,
                "total_requested": total_requested,
                "total_timed_out": total_timed_out,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_approval_time_secs = d["avg_approval_time_secs"]

        total_approved = d["total_approved"]

        total_pending = d["total_pending"]

        total_requested = d["total_requested"]

        total_timed_out = d["total_timed_out"]

        approval_stats = cls(
            avg_approval_time_secs=avg_approval_time_secs,
            total_approved=total_approved,
            total_pending=total_pending,
            total_requested=total_requested,
            total_timed_out=total_timed_out,
        )

        return approval_stats
