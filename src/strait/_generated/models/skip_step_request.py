from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SkipStepRequest")


@_attrs_define
class SkipStepRequest(WireMapping):
    """
    Attributes:
        reason (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "reason": "reason",
    }

    reason: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        reason = d.get("reason", UNSET)

        skip_step_request = cls(
            reason=reason,
        )

        return skip_step_request
