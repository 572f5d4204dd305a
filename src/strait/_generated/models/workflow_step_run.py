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

T = TypeVar("T", bound="WorkflowStepRun")


@_attrs_define
class WorkflowStepRun(WireMapping):
    """
    Attributes:
        attempt (int):
        created_at (datetime.datetime):
        deps_completed (int):
        deps_required (int):
        id (str):
        status (str):
        step_ref (str):
        workflow_run_id (str):
        workflow_step_id (str):
        error (str | Unset):
        finished_at (datetime.datetime | None | Unset):
        job_run_id (str | Unset):
        output (Any | Unset):
        started_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "attempt": "attempt",
        "created_at": "created_at",
        "deps_completed": "deps_completed",
        "deps_required": "deps_required",
        "id": "id",
        "status": "status",
        "step_ref": "step_ref",
        "workflow_run_id": "workflow_run_id",
        "workflow_step_id": "workflow_step_id",
        "error": "error",
        "finished_at": "finished_at",
        "job_run_id": "job_run_id",
        "output": "output",
        "started_at": "started_at",
    }

    attempt: int
    created_at: datetime.datetime
    deps_completed: int
    deps_required: int
    id: str
    status: str
    step_ref: str
    workflow_run_id: str
    workflow_step_id: str
    error: str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    job_run_id: str | Unset = UNSET
    output: Any | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        created_at = self.created_at.isoformat()

        deps_completed = self.deps_completed

        deps_required = self.deps_required

        id = self.id

        status = self.status

        step_ref = self.step_ref

        workflow_run_id = self.workflow_run_id

        workflow_step_id = self.workflow_step_id

        error = self.error

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

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
                "created_at": created_at,
                "deps_completed": deps_completed,
                "deps_required": deps_required,
                "id": id,
                "status": status,
                "step_ref": step_ref,
                "workflow_run_id": workflow_run_id,
                "workflow_step_id": workflow_step_id,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
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

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        deps_completed = d["deps_completed"]

        deps_required = d["deps_required"]

        id = d["id"]

        status = d["status"]

        step_ref = d["step_ref"]

        workflow_run_id = d["workflow_run_id"]

        workflow_step_id = d["workflow_step_id"]

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

        workflow_step_run = cls(
            attempt=attempt,
            created_at=created_at,
            deps_completed=deps_completed,
            deps_required=deps_required,
            id=id,
            status=status,
            step_ref=step_ref,
            workflow_run_id=workflow_run_id,
            workflow_step_id=workflow_step_id,
            error=error,
            finished_at=finished_at,
            job_run_id=job_run_id,
            output=output,
            started_at=started_at,
        )

        return workflow_step_run
