from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="AdminDLQAckOutputBody")


@_attrs_define
class AdminDLQAckOutputBody(WireMapping):
    """
    Attributes:
        ok (bool):
        run_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "ok": "ok",
        "run_id": "run_id",
    }

    ok: bool
    run_id: str

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        run_id = self.run_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ok": ok,
                "run_id": run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        ok = d["ok"]

        run_id = d["run_id"]

        admin_dlq_ack_output_body = cls(
            ok=ok,
            run_id=run_id,
        )

        return admin_dlq_ack_output_body
