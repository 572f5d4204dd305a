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

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="RunToolCall")


@_attrs_define
class RunToolCall(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        run_id (str):
        status (str):
        tool_name (str):
        duration_ms (int | Unset):
        input_ (Any | Unset):
        output (Any | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "run_id": "run_id",
        "status": "status",
        "tool_name": "tool_name",
        "duration_ms": "duration_ms",
        "input": "input_",
        "output": "output",
    }

    created_at: datetime.datetime
    id: str
    run_id: str
    status: str
    tool_name: str
    duration_ms: int | Unset = UNSET
    input_: Any | Unset = UNSET
    output: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        run_id = self.run_id

        status = self.status

        tool_name = self.tool_name

        duration_ms = self.duration_ms

        input_ = self.input_

        output = self.output

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "run_id": run_id,
                "status": status,
                "tool_name": tool_name,
            }
        )
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        run_id = d["run_id"]

        status = d["status"]

        tool_name = d["tool_name"]

        duration_ms = d.get("duration_ms", UNSET)

        input_ = d.get("input", UNSET)

        output = d.get("output", UNSET)

        run_tool_call = cls(
            created_at=created_at,
            id=id,
            run_id=run_id,
            status=status,
            tool_name=tool_name,
            duration_ms=duration_ms,
            input_=input_,
            output=output,
        )

        return run_tool_call
