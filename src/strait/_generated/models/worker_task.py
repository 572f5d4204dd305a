from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.worker_task_result import WorkerTaskResult

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, WorkerTaskResult
    from ..models.worker_task_result import WorkerTaskResult

    _lazy_pending = False


T = TypeVar("T", bound="WorkerTask")


@_attrs_define
class WorkerTask(WireMapping):
    """
    Attributes:
        assigned_at (datetime.datetime):
        attempt (int):
        id (str):
        project_id (str):
        run_id (str):
        status (str):
        worker_id (str):
        accepted_at (datetime.datetime | None | Unset):
        finished_at (datetime.datetime | None | Unset):
        result (None | Unset | WorkerTaskResult):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "assigned_at": "assigned_at",
        "attempt": "attempt",
        "id": "id",
        "project_id": "project_id",
        "run_id": "run_id",
        "status": "status",
        "worker_id": "worker_id",
        "accepted_at": "accepted_at",
        "finished_at": "finished_at",
        "result": "result",
    }

    assigned_at: datetime.datetime
    attempt: int
    id: str
    project_id: str
    run_id: str
    status: str
    worker_id: str
    accepted_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    result: None | Unset | WorkerTaskResult = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.worker_task_result import WorkerTaskResult

        assigned_at = self.assigned_at.isoformat()

        attempt = self.attempt

        id = self.id

        project_id = self.project_id

        run_id = self.run_id

        status = self.status

        worker_id = self.worker_id

        accepted_at: None | str | Unset
        if isinstance(self.accepted_at, Unset):
            accepted_at = UNSET
        elif isinstance(self.accepted_at, datetime.datetime):
            accepted_at = self.accepted_at.isoformat()
        else:
            accepted_at = self.accepted_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, WorkerTaskResult):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assigned_at": assigned_at,
                "attempt": attempt,
                "id": id,
                "project_id": project_id,
                "run_id": run_id,
                "status": status,
                "worker_id": worker_id,
            }
        )
        if accepted_at is not UNSET:
            field_dict["accepted_at"] = accepted_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        assigned_at = datetime.datetime.fromisoformat(d["assigned_at"])

        attempt = d["attempt"]

        id = d["id"]

        project_id = d["project_id"]

        run_id = d["run_id"]

        status = d["status"]

        worker_id = d["worker_id"]

        def _parse_accepted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_at_type_0 = datetime.datetime.fromisoformat(data)

                return accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        accepted_at = _parse_accepted_at(d.get("accepted_at", UNSET))

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

        def _parse_result(data: object) -> None | Unset | WorkerTaskResult:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = WorkerTaskResult.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerTaskResult, data)

        result = _parse_result(d.get("result", UNSET))

        worker_task = cls(
            assigned_at=assigned_at,
            attempt=attempt,
            id=id,
            project_id=project_id,
            run_id=run_id,
            status=status,
            worker_id=worker_id,
            accepted_at=accepted_at,
            finished_at=finished_at,
            result=result,
        )

        return worker_task
