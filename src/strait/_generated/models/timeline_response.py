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
    from ..models.timeline_step import TimelineStep

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, TimelineStep
    from ..models.timeline_step import TimelineStep

    _lazy_pending = False


T = TypeVar("T", bound="TimelineResponse")


@_attrs_define
class TimelineResponse(WireMapping):
    """
    Attributes:
        status (str):
        steps (list[TimelineStep] | None):
        total_ms (int):
        workflow_run_id (str):
        finished_at (datetime.datetime | None | Unset):
        started_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "status": "status",
        "steps": "steps",
        "total_ms": "total_ms",
        "workflow_run_id": "workflow_run_id",
        "finished_at": "finished_at",
        "started_at": "started_at",
    }

    status: str
    steps: list[TimelineStep] | None
    total_ms: int
    workflow_run_id: str
    finished_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        steps: list[dict[str, Any]] | None
        if isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        total_ms = self.total_ms

        workflow_run_id = self.workflow_run_id

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
                "status": status,
                "steps": steps,
                "total_ms": total_ms,
                "workflow_run_id": workflow_run_id,
            }
        )
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        status = d["status"]

        def _parse_steps(data: object) -> list[TimelineStep] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_0 = []
                _steps_type_0 = data
                for steps_type_0_item_data in _steps_type_0 or []:
                    steps_type_0_item = TimelineStep.from_dict(steps_type_0_item_data)

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TimelineStep] | None, data)

        steps = _parse_steps(d["steps"])

        total_ms = d["total_ms"]

        workflow_run_id = d["workflow_run_id"]

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

        timeline_response = cls(
            status=status,
            steps=steps,
            total_ms=total_ms,
            workflow_run_id=workflow_run_id,
            finished_at=finished_at,
            started_at=started_at,
        )

        return timeline_response
