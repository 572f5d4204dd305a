from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="TriggerRunResponse")


@_attrs_define
class TriggerRunResponse(WireMapping):
    """
    Attributes:
        id (str):
        idempotency_hit (bool):
        payload_hash (str):
        status (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "idempotency_hit": "idempotency_hit",
        "payload_hash": "payload_hash",
        "status": "status",
    }

    id: str
    idempotency_hit: bool
    payload_hash: str
    status: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        idempotency_hit = self.idempotency_hit

        payload_hash = self.payload_hash

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "idempotency_hit": idempotency_hit,
                "payload_hash": payload_hash,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        id = d["id"]

        idempotency_hit = d["idempotency_hit"]

        payload_hash = d["payload_hash"]

        status = d["status"]

        trigger_run_response = cls(
            id=id,
            idempotency_hit=idempotency_hit,
            payload_hash=payload_hash,
            status=status,
        )

        return trigger_run_response
