from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="WorkflowCompletionBucket")


@_attrs_define
class WorkflowCompletionBucket(WireMapping):
    """
    Attributes:
        completed (int):
        failed (int):
        period (str):
        timed_out (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "completed": "completed",
        "failed": "failed",
        "period": "period",
        "timed_out": "timed_out",
    }

    completed: int
    failed: int
    period: str
    timed_out: int

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        failed = self.failed

        period = self.period

        timed_out = self.timed_out

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "completed": completed,
                "failed": failed,
                "period": period,
                "timed_out": timed_out,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        completed = d["completed"]

        failed = d["failed"]

        period = d["period"]

        timed_out = d["timed_out"]

        workflow_completion_bucket = cls(
            completed=completed,
            failed=failed,
            period=period,
            timed_out=timed_out,
        )

        return workflow_completion_bucket
