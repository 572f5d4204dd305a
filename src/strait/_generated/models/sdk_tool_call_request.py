from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SDKToolCallRequest")


@_attrs_define
class SDKToolCallRequest(WireMapping):
    """
    Attributes:
        tool_name (str):
        duration_ms (int | Unset):
        input_ (Any | Unset):
        output (Any | Unset):
        status (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "tool_name": "tool_name",
        "duration_ms": "duration_ms",
        "input": "input_",
        "output": "output",
        "status": "status",
    }

    tool_name: str
    duration_ms: int | Unset = UNSET
    input_: Any | Unset = UNSET
    output: Any | Unset = UNSET
    status: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        duration_ms = self.duration_ms

        input_ = self.input_

        output = self.output

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tool_name": tool_name,
            }
        )
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        tool_name = d["tool_name"]

        duration_ms = d.get("duration_ms", UNSET)

        input_ = d.get("input", UNSET)

        output = d.get("output", UNSET)

        status = d.get("status", UNSET)

        sdk_tool_call_request = cls(
            tool_name=tool_name,
            duration_ms=duration_ms,
            input_=input_,
            output=output,
            status=status,
        )

        return sdk_tool_call_request
