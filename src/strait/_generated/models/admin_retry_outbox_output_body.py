from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="AdminRetryOutboxOutputBody")


@_attrs_define
class AdminRetryOutboxOutputBody(WireMapping):
    """
    Attributes:
        ok (bool):
        outbox_id (str):
        retry_outbox_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "ok": "ok",
        "outbox_id": "outbox_id",
        "retry_outbox_id": "retry_outbox_id",
    }

    ok: bool
    outbox_id: str
    retry_outbox_id: str

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        outbox_id = self.outbox_id

        retry_outbox_id = self.retry_outbox_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ok": ok,
                "outbox_id": outbox_id,
                "retry_outbox_id": retry_outbox_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        ok = d["ok"]

        outbox_id = d["outbox_id"]

        retry_outbox_id = d["retry_outbox_id"]

        admin_retry_outbox_output_body = cls(
            ok=ok,
            outbox_id=outbox_id,
            retry_outbox_id=retry_outbox_id,
        )

        return admin_retry_outbox_output_body
