from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="BulkTriggerResult")


@_attrs_define
class BulkTriggerResult(WireMapping):
    """
    Attributes:
        id (str):
        idempotency_hit (bool):
        status (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "idempotency_hit": "idempotency_hit",
        "status": "status",
    }

    id: str
    idempotency_hit: bool
    status: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        idempotency_hit = self.idempotency_hit

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "idempotency_hit": idempotency_hit,
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

        status = d["status"]

        bulk_trigger_result = cls(
            id=id,
            idempotency_hit=idempotency_hit,
            status=status,
        )

        return bulk_trigger_result
