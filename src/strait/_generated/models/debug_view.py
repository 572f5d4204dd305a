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
    from ..models.data_flow_edge import DataFlowEdge
    from ..models.debug_step import DebugStep

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, DataFlowEdge, DebugStep
    from ..models.data_flow_edge import DataFlowEdge
    from ..models.debug_step import DebugStep

    _lazy_pending = False


T = TypeVar("T", bound="DebugView")


@_attrs_define
class DebugView(WireMapping):
    """
    Attributes:
        data_flow (list[DataFlowEdge] | None):
        status (str):
        steps (list[DebugStep] | None):
        total_cost_microusd (int):
        total_duration_ms (int):
        workflow_id (str):
        workflow_run_id (str):
        error (str | Unset):
        finished_at (datetime.datetime | None | Unset):
        payload (Any | Unset):
        started_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "data_flow": "data_flow",
        "status": "status",
        "steps": "steps",
        "total_cost_microusd": "total_cost_microusd",
        "total_duration_ms": "total_duration_ms",
        "workflow_id": "workflow_id",
        "workflow_run_id": "workflow_run_id",
        "error": "error",
        "finished_at": "finished_at",
        "payload": "payload",
        "started_at": "started_at",
    }

    data_flow: list[DataFlowEdge] | None
    status: str
    steps: list[DebugStep] | None
    total_cost_microusd: int
    total_duration_ms: int
    workflow_id: str
    workflow_run_id: str
    error: str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    payload: Any | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data_flow: list[dict[str, Any]] | None
        if isinstance(self.data_flow, list):
            data_flow = []
            for data_flow_type_0_item_data in self.data_flow:
                data_flow_type_0_item = data_flow_type_0_item_data.to_dict()
                data_flow.append(data_flow_type_0_item)

        else:
            data_flow = self.data_flow

        status = self.status

        steps: list[dict[str, Any]] | None
        if isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        total_cost_microusd = self.total_cost_microusd

        total_duration_ms = self.total_duration_ms

        workflow_id = self.workflow_id

        workflow_run_id = self.workflow_run_id

        error = self.error

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        payload = self.payload

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
                "data_flow": data_flow,
                "status": status,
                "steps": steps,
                "total_cost_microusd": total_cost_microusd,
                "total_duration_ms": total_duration_ms,
                "workflow_id": workflow_id,
                "workflow_run_id": workflow_run_id,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if payload is not UNSET:
            field_dict["payload"] = payload
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_data_flow(data: object) -> list[DataFlowEdge] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_flow_type_0 = []
                _data_flow_type_0 = data
                for data_flow_type_0_item_data in _data_flow_type_0 or []:
                    data_flow_type_0_item = DataFlowEdge.from_dict(
                        data_flow_type_0_item_data
                    )

                    data_flow_type_0.append(data_flow_type_0_item)

                return data_flow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataFlowEdge] | None, data)

        data_flow = _parse_data_flow(d["data_flow"])

        status = d["status"]

        def _parse_steps(data: object) -> list[DebugStep] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_0 = []
                _steps_type_0 = data
                for steps_type_0_item_data in _steps_type_0 or []:
                    steps_type_0_item = DebugStep.from_dict(steps_type_0_item_data)

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DebugStep] | None, data)

        steps = _parse_steps(d["steps"])

        total_cost_microusd = d["total_cost_microusd"]

        total_duration_ms = d["total_duration_ms"]

        workflow_id = d["workflow_id"]

        workflow_run_id = d["workflow_run_id"]

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

        payload = d.get("payload", UNSET)

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

        debug_view = cls(
            data_flow=data_flow,
            status=status,
            steps=steps,
            total_cost_microusd=total_cost_microusd,
            total_duration_ms=total_duration_ms,
            workflow_id=workflow_id,
            workflow_run_id=workflow_run_id,
            error=error,
            finished_at=finished_at,
            payload=payload,
            started_at=started_at,
        )

        return debug_view
