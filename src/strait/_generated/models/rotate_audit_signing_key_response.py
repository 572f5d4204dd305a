from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="RotateAuditSigningKeyResponse")


@_attrs_define
class RotateAuditSigningKeyResponse(WireMapping):
    """
    Attributes:
        new_epoch (int):
        previous_epoch (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "new_epoch": "new_epoch",
        "previous_epoch": "previous_epoch",
    }

    new_epoch: int
    previous_epoch: int

    def to_dict(self) -> dict[str, Any]:
        new_epoch = self.new_epoch

        previous_epoch = self.previous_epoch

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "new_epoch": new_epoch,
                "previous_epoch": previous_epoch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        new_epoch = d["new_epoch"]

        previous_epoch = d["previous_epoch"]

        rotate_audit_signing_key_response = cls(
            new_epoch=new_epoch,
            previous_epoch=previous_epoch,
        )

        return rotate_audit_signing_key_response
