from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="StepDuration")


@_attrs_define
class StepDuration(WireMapping):
    """
    Attributes:
        avg_ms (float):
        count (int):
        failure_rate (float):
        p95_ms (float):
        step_ref (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_ms": "avg_ms",
        "count": "count",
        "failure_rate": "failure_rate",
        "p95_ms": "p95_ms",
        "step_ref": "step_ref",
    }

    avg_ms: float
    count: int
    failure_rate: float
    p95_ms: float
    step_ref: str

    def to_dict(self) -> dict[str, Any]:
        avg_ms = self.avg_ms

        count = self.count

        failure_rate = self.failure_rate

        p95_ms = self.p95_ms

        step_ref = self.step_ref

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_ms": avg_ms,
                "count": count,
                "failure_rate": failure_rate,
                "p95_ms": p95_ms,
                "step_ref": step_ref,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_ms = d["avg_ms"]

        count = d["count"]

        failure_rate = d["failure_rate"]

        p95_ms = d["p95_ms"]

        step_ref = d["step_ref"]

        step_duration = cls(
            avg_ms=avg_ms,
            count=count,
            failure_rate=failure_rate,
            p95_ms=p95_ms,
            step_ref=step_ref,
        )

        return step_duration
