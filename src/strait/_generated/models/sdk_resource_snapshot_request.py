from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SDKResourceSnapshotRequest")


@_attrs_define
class SDKResourceSnapshotRequest(WireMapping):
    """
    Attributes:
        cpu_percent (float | Unset):
        memory_limit_mb (float | Unset):
        memory_mb (float | Unset):
        network_rx_bytes (int | Unset):
        network_tx_bytes (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "cpu_percent": "cpu_percent",
        "memory_limit_mb": "memory_limit_mb",
        "memory_mb": "memory_mb",
        "network_rx_bytes": "network_rx_bytes",
        "network_tx_bytes": "network_tx_bytes",
    }

    cpu_percent: float | Unset = UNSET
    memory_limit_mb: float | Unset = UNSET
    memory_mb: float | Unset = UNSET
    network_rx_bytes: int | Unset = UNSET
    network_tx_bytes: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cpu_percent = self.cpu_percent

        memory_limit_mb = self.memory_limit_mb

        memory_mb = self.memory_mb

        network_rx_bytes = self.network_rx_bytes

        network_tx_bytes = self.network_tx_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cpu_percent is not UNSET:
            field_dict["cpu_percent"] = cpu_percent
        if memory_limit_mb is not UNSET:
            field_dict["memory_limit_mb"] = memory_limit_mb
        if memory_mb is not UNSET:
            field_dict["memory_mb"] = memory_mb
        if network_rx_bytes is not UNSET:
            field_dict["network_rx_bytes"] = network_rx_bytes
        if network_tx_bytes is not UNSET:
            field_dict["network_tx_bytes"] = network_tx_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        cpu_percent = d.get("cpu_percent", UNSET)

        memory_limit_mb = d.get("memory_limit_mb", UNSET)

        memory_mb = d.get("memory_mb", UNSET)

        network_rx_bytes = d.get("network_rx_bytes", UNSET)

        network_tx_bytes = d.get("network_tx_bytes", UNSET)

        sdk_resource_snapshot_request = cls(
            cpu_percent=cpu_percent,
            memory_limit_mb=memory_limit_mb,
            memory_mb=memory_mb,
            network_rx_bytes=network_rx_bytes,
            network_tx_bytes=network_tx_bytes,
        )

        return sdk_resource_snapshot_request
