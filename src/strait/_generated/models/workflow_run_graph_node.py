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

T = TypeVar("T", bound="WorkflowRunGraphNode")


@_attrs_define
class WorkflowRunGraphNode(WireMapping):
    """
    Attributes:
        attempt (int):
        status (str):
        step_ref (str):
        type_ (str):
        depends_on (list[str] | Unset):
        duration_ms (int | Unset):
        finished_at (datetime.datetime | None | Unset):
        started_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "attempt": "attempt",
        "status": "status",
        "step_ref": "step_ref",
        "type": "type_",
        "depends_on": "depends_on",
        "duration_ms": "duration_ms",
        "finished_at": "finished_at",
        "started_at": "started_at",
    }

    attempt: int
    status: str
    step_ref: str
    type_: str
    depends_on: list[str] | Unset = UNSET
    duration_ms: int | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        status = self.status

        step_ref = self.step_ref

        type_ = self.type_

        depends_on: list[str] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = self.depends_on

        duration_ms = self.duration_ms

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attempt": attempt,
                "status": status,
                "step_ref": step_ref,
                "type": type_,
            }
        )
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        attempt = d["attempt"]

        status = d["status"]

        step_ref = d["step_ref"]

        type_ = d["type"]

        depends_on = cast(list[str], d.get("depends_on", UNSET))

        duration_ms = d.get("duration_ms", UNSET)

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.get("finished_at", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.get("started_at", UNSET))

        workflow_run_graph_node = cls(
            attempt=attempt,
            status=status,
            step_ref=step_ref,
            type_=type_,
            depends_on=depends_on,
            duration_ms=duration_ms,
            finished_at=finished_at,
            started_at=started_at,
        )

        return workflow_run_graph_node
