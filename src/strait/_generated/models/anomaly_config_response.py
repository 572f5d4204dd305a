from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="AnomalyConfigResponse")


@_attrs_define
class AnomalyConfigResponse(WireMapping):
    """
    Attributes:
        critical_threshold (float):
        warning_threshold (float):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "critical_threshold": "critical_threshold",
        "warning_threshold": "warning_threshold",
    }

    critical_threshold: float
    warning_threshold: float

    def to_dict(self) -> dict[str, Any]:
        critical_threshold = self.critical_threshold

        warning_threshold = self.warning_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "critical_threshold": critical_threshold,
                "warning_threshold": warning_threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        critical_threshold = d["critical_threshold"]

        warning_threshold = d["warning_threshold"]

        anomaly_config_response = cls(
            critical_threshold=critical_threshold,
            warning_threshold=warning_threshold,
        )

        return anomaly_config_response
