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

T = TypeVar("T", bound="TimelineStep")


@_attrs_define
class TimelineStep(WireMapping):
    """
    Attributes:
        duration_ms (int):
        on_critical_path (bool):
        status (str):
        step_ref (str):
        step_run_id (str):
        wait_ms (int):
        finished_at (datetime.datetime | None | Unset):
        parallel_with (list[str] | Unset):
        started_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "duration_ms": "duration_ms",
        "on_critical_path": "on_critical_path",
        "status": "status",
        "step_ref": "step_ref",
        "step_run_id": "step_run_id",
        "wait_ms": "wait_ms",
        "finished_at": "finished_at",
        "parallel_with": "parallel_with",
        "started_at": "started_at",
    }

    duration_ms: int
    on_critical_path: bool
    status: str
    step_ref: str
    step_run_id: str
    wait_ms: int
    finished_at: datetime.datetime | None | Unset = UNSET
    parallel_with: list[str] | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        duration_ms = self.duration_ms

        on_critical_path = self.on_critical_path

        status = self.status

        step_ref = self.step_ref

        step_run_id = self.step_run_id

        wait_ms = self.wait_ms

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        parallel_with: list[str] | Unset = UNSET
        if not isinstance(self.parallel_with, Unset):
            parallel_with = self.parallel_with

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
                "duration_ms": duration_ms,
                "on_critical_path": on_critical_path,
                "status": status,
                "step_ref": step_ref,
                "step_run_id": step_run_id,
                "wait_ms": wait_ms,
            }
        )
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if parallel_with is not UNSET:
            field_dict["parallel_with"] = parallel_with
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        duration_ms = d["duration_ms"]

        on_critical_path = d["on_critical_path"]

        status = d["status"]

        step_ref = d["step_ref"]

        step_run_id = d["step_run_id"]

        wait_ms = d["wait_ms"]

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

        parallel_with = cast(list[str], d.get("parallel_with", UNSET))

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

        timeline_step = cls(
            duration_ms=duration_ms,
            on_critical_path=on_critical_path,
            status=status,
            step_ref=step_ref,
            step_run_id=step_run_id,
            wait_ms=wait_ms,
            finished_at=finished_at,
            parallel_with=parallel_with,
            started_at=started_at,
        )

        return timeline_step
