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

T = TypeVar("T", bound="DebugStep")


@_attrs_define
class DebugStep(WireMapping):
    """
    Attributes:
        attempt (int):
        duration_ms (int):
        status (str):
        step_ref (str):
        step_run_id (str):
        step_type (str):
        cost_microusd (int | Unset):
        depends_on (list[str] | Unset):
        error (str | Unset):
        finished_at (datetime.datetime | None | Unset):
        input_ (Any | Unset):
        job_run_id (str | Unset):
        output (Any | Unset):
        started_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "attempt": "attempt",
        "duration_ms": "duration_ms",
        "status": "status",
        "step_ref": "step_ref",
        "step_run_id": "step_run_id",
        "step_type": "step_type",
        "cost_microusd": "cost_microusd",
        "depends_on": "depends_on",
        "error": "error",
        "finished_at": "finished_at",
        "input": "input_",
        "job_run_id": "job_run_id",
        "output": "output",
        "started_at": "started_at",
    }

    attempt: int
    duration_ms: int
    status: str
    step_ref: str
    step_run_id: str
    step_type: str
    cost_microusd: int | Unset = UNSET
    depends_on: list[str] | Unset = UNSET
    error: str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    input_: Any | Unset = UNSET
    job_run_id: str | Unset = UNSET
    output: Any | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        duration_ms = self.duration_ms

        status = self.status

        step_ref = self.step_ref

        step_run_id = self.step_run_id

        step_type = self.step_type

        cost_microusd = self.cost_microusd

        depends_on: list[str] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = self.depends_on

        error = self.error

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        input_ = self.input_

        job_run_id = self.job_run_id

        output = self.output

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
                "duration_ms": duration_ms,
                "status": status,
                "step_ref": step_ref,
                "step_run_id": step_run_id,
                "step_type": step_type,
            }
        )
        if cost_microusd is not UNSET:
            field_dict["cost_microusd"] = cost_microusd
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if error is not UNSET:
            field_dict["error"] = error
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if input_ is not UNSET:
            field_dict["input"] = input_
        if job_run_id is not UNSET:
            field_dict["job_run_id"] = job_run_id
        if output is not UNSET:
            field_dict["output"] = output
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        attempt = d["attempt"]

        duration_ms = d["duration_ms"]

        status = d["status"]

        step_ref = d["step_ref"]

        step_run_id = d["step_run_id"]

        step_type = d["step_type"]

        cost_microusd = d.get("cost_microusd", UNSET)

        depends_on = cast(list[str], d.get("depends_on", UNSET))

        error = d.get("error", UNSET)

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

        input_ = d.get("input", UNSET)

        job_run_id = d.get("job_run_id", UNSET)

        output = d.get("output", UNSET)

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

        debug_step = cls(
            attempt=attempt,
            duration_ms=duration_ms,
            status=status,
            step_ref=step_ref,
            step_run_id=step_run_id,
            step_type=step_type,
            cost_microusd=cost_microusd,
            depends_on=depends_on,
            error=error,
            finished_at=finished_at,
            input_=input_,
            job_run_id=job_run_id,
            output=output,
            started_at=started_at,
        )

        return debug_step
