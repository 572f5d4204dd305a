from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="UpdateAnomalyConfigRequest")


@_attrs_define
class UpdateAnomalyConfigRequest(WireMapping):
    """
    Attributes:
        critical_threshold (float | Unset):
        warning_threshold (float | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "critical_threshold": "critical_threshold",
        "warning_threshold": "warning_threshold",
    }

    critical_threshold: float | Unset = UNSET
    warning_threshold: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        critical_threshold = self.critical_threshold

        warning_threshold = self.warning_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if critical_threshold is not UNSET:
            field_dict["critical_threshold"] = critical_threshold
        if warning_threshold is not UNSET:
            field_dict["warning_threshold"] = warning_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        critical_threshold = d.get("critical_threshold", UNSET)

        warning_threshold = d.get("warning_threshold", UNSET)

        update_anomaly_config_request = cls(
            critical_threshold=critical_threshold,
            warning_threshold=warning_threshold,
        )

        return update_anomaly_config_request
