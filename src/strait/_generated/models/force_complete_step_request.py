from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ForceCompleteStepRequest")


@_attrs_define
class ForceCompleteStepRequest(WireMapping):
    """
    Attributes:
        result (Any | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "result": "result",
    }

    result: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        result = d.get("result", UNSET)

        force_complete_step_request = cls(
            result=result,
        )

        return force_complete_step_request
