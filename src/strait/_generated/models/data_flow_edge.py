from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="DataFlowEdge")


@_attrs_define
class DataFlowEdge(WireMapping):
    """
    Attributes:
        from_step_ref (str):
        to_step_ref (str):
        data_size_bytes (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "from_step_ref": "from_step_ref",
        "to_step_ref": "to_step_ref",
        "data_size_bytes": "data_size_bytes",
    }

    from_step_ref: str
    to_step_ref: str
    data_size_bytes: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_step_ref = self.from_step_ref

        to_step_ref = self.to_step_ref

        data_size_bytes = self.data_size_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from_step_ref": from_step_ref,
                "to_step_ref": to_step_ref,
            }
        )
        if data_size_bytes is not UNSET:
            field_dict["data_size_bytes"] = data_size_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        from_step_ref = d["from_step_ref"]

        to_step_ref = d["to_step_ref"]

        data_size_bytes = d.get("data_size_bytes", UNSET)

        data_flow_edge = cls(
            from_step_ref=from_step_ref,
            to_step_ref=to_step_ref,
            data_size_bytes=data_size_bytes,
        )

        return data_flow_edge
