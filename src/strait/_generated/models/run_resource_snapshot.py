from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="RunResourceSnapshot")


@_attrs_define
class RunResourceSnapshot(WireMapping):
    """
    Attributes:
        cpu_percent (float):
        created_at (datetime.datetime):
        id (str):
        memory_limit_mb (float):
        memory_mb (float):
        network_rx_bytes (int):
        network_tx_bytes (int):
        run_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "cpu_percent": "cpu_percent",
        "created_at": "created_at",
        "id": "id",
        "memory_limit_mb": "memory_limit_mb",
        "memory_mb": "memory_mb",
        "network_rx_bytes": "network_rx_bytes",
        "network_tx_bytes": "network_tx_bytes",
        "run_id": "run_id",
    }

    cpu_percent: float
    created_at: datetime.datetime
    id: str
    memory_limit_mb: float
    memory_mb: float
    network_rx_bytes: int
    network_tx_bytes: int
    run_id: str

    def to_dict(self) -> dict[str, Any]:
        cpu_percent = self.cpu_percent

        created_at = self.created_at.isoformat()

        id = self.id

        memory_limit_mb = self.memory_limit_mb

        memory_mb = self.memory_mb

        network_rx_bytes = self.network_rx_bytes

        network_tx_bytes = self.network_tx_bytes

        run_id = self.run_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cpu_percent": cpu_percent,
                "created_at": created_at,
                "id": id,
                "memory_limit_mb": memory_limit_mb,
                "memory_mb": memory_mb,
                "network_rx_bytes": network_rx_bytes,
                "network_tx_bytes": network_tx_bytes,
                "run_id": run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        cpu_percent = d["cpu_percent"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        memory_limit_mb = d["memory_limit_mb"]

        memory_mb = d["memory_mb"]

        network_rx_bytes = d["network_rx_bytes"]

        network_tx_bytes = d["network_tx_bytes"]

        run_id = d["run_id"]

        run_resource_snapshot = cls(
            cpu_percent=cpu_percent,
            created_at=created_at,
            id=id,
            memory_limit_mb=memory_limit_mb,
            memory_mb=memory_mb,
            network_rx_bytes=network_rx_bytes,
            network_tx_bytes=network_tx_bytes,
            run_id=run_id,
        )

        return run_resource_snapshot
