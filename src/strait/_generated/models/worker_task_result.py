from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="WorkerTaskResult")


@_attrs_define
class WorkerTaskResult(WireMapping):
    """
    Attributes:
        status (str):
        duration_ms (int | Unset):
        error (str | Unset):
        output (Any | Unset):
        received_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "status": "status",
        "duration_ms": "duration_ms",
        "error": "error",
        "output": "output",
        "received_at": "received_at",
    }

    status: str
    duration_ms: int | Unset = UNSET
    error: str | Unset = UNSET
    output: Any | Unset = UNSET
    received_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        duration_ms = self.duration_ms

        error = self.error

        output = self.output

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if error is not UNSET:
            field_dict["error"] = error
        if output is not UNSET:
            field_dict["output"] = output
        if received_at is not UNSET:
            field_dict["received_at"] = received_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        status = d["status"]

        duration_ms = d.get("duration_ms", UNSET)

        error = d.get("error", UNSET)

        output = d.get("output", UNSET)

        def _parse_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)

                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_at = _parse_received_at(d.get("received_at", UNSET))

        worker_task_result = cls(
            status=status,
            duration_ms=duration_ms,
            error=error,
            output=output,
            received_at=received_at,
        )

        return worker_task_result
