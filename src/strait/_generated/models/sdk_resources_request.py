from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SDKResourcesRequest")


@_attrs_define
class SDKResourcesRequest(WireMapping):
    """
    Attributes:
        cpu_percent (float | Unset):
        memory_mb (float | Unset):
        memory_percent (float | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "cpu_percent": "cpu_percent",
        "memory_mb": "memory_mb",
        "memory_percent": "memory_percent",
    }

    cpu_percent: float | Unset = UNSET
    memory_mb: float | Unset = UNSET
    memory_percent: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cpu_percent = self.cpu_percent

        memory_mb = self.memory_mb

        memory_percent = self.memory_percent

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cpu_percent is not UNSET:
            field_dict["cpu_percent"] = cpu_percent
        if memory_mb is not UNSET:
            field_dict["memory_mb"] = memory_mb
        if memory_percent is not UNSET:
            field_dict["memory_percent"] = memory_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        cpu_percent = d.get("cpu_percent", UNSET)

        memory_mb = d.get("memory_mb", UNSET)

        memory_percent = d.get("memory_percent", UNSET)

        sdk_resources_request = cls(
            cpu_percent=cpu_percent,
            memory_mb=memory_mb,
            memory_percent=memory_percent,
        )

        return sdk_resources_request
