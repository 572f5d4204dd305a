from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="UsageAlert")


@_attrs_define
class UsageAlert(WireMapping):
    """
    Attributes:
        dimension (str):
        message (str):
        severity (str):
        threshold (int):
        type_ (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "dimension": "dimension",
        "message": "message",
        "severity": "severity",
        "threshold": "threshold",
        "type": "type_",
    }

    dimension: str
    message: str
    severity: str
    threshold: int
    type_: str

    def to_dict(self) -> dict[str, Any]:
        dimension = self.dimension

        message = self.message

        severity = self.severity

        threshold = self.threshold

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dimension": dimension,
                "message": message,
                "severity": severity,
                "threshold": threshold,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        dimension = d["dimension"]

        message = d["message"]

        severity = d["severity"]

        threshold = d["threshold"]

        type_ = d["type"]

        usage_alert = cls(
            dimension=dimension,
            message=message,
            severity=severity,
            threshold=threshold,
            type_=type_,
        )

        return usage_alert
