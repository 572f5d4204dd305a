from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AutoPromoteConfig")


@_attrs_define
class AutoPromoteConfig(WireMapping):
    """
    Attributes:
        enabled (bool | Unset):
        failure_rate_threshold (float | Unset):
        interval (int | Unset):
        latency_p99_threshold (int | Unset):
        steps (list[int] | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
        "failure_rate_threshold": "failure_rate_threshold",
        "interval": "interval",
        "latency_p99_threshold": "latency_p99_threshold",
        "steps": "steps",
    }

    enabled: bool | Unset = UNSET
    failure_rate_threshold: float | Unset = UNSET
    interval: int | Unset = UNSET
    latency_p99_threshold: int | Unset = UNSET
    steps: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        failure_rate_threshold = self.failure_rate_threshold

        interval = self.interval

        latency_p99_threshold = self.latency_p99_threshold

        steps: list[int] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = self.steps

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if failure_rate_threshold is not UNSET:
            field_dict["failure_rate_threshold"] = failure_rate_threshold
        if interval is not UNSET:
            field_dict["interval"] = interval
        if latency_p99_threshold is not UNSET:
            field_dict["latency_p99_threshold"] = latency_p99_threshold
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        enabled = d.get("enabled", UNSET)

        failure_rate_threshold = d.get("failure_rate_threshold", UNSET)

        interval = d.get("interval", UNSET)

        latency_p99_threshold = d.get("latency_p99_threshold", UNSET)

        steps = cast(list[int], d.get("steps", UNSET))

        auto_promote_config = cls(
            enabled=enabled,
            failure_rate_threshold=failure_rate_threshold,
            interval=interval,
            latency_p99_threshold=latency_p99_threshold,
            steps=steps,
        )

        return auto_promote_config
