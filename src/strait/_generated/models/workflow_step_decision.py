from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class WorkflowStepDecision(_m.StraitObject):
    """WorkflowStepDecision: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    decision: str
    decision_type: str
    explanation: str
    id: str
    step_ref: str
    step_run_id: str
    workflow_run_id: str
    details: Any

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            decision: str = ...,
            decision_type: str = ...,
            explanation: str = ...,
            id: str = ...,
            step_ref: str = ...,
            step_run_id: str = ...,
            workflow_run_id: str = ...,
            details: Any = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "decision": ("decision", _m.STR),
        "decision_type": ("decision_type", _m.STR),
        "explanation": ("explanation", _m.STR),
        "id": ("id", _m.STR),
        "step_ref": ("step_ref", _m.STR),
        "step_run_id": ("step_run_id", _m.STR),
        "workflow_run_id": ("workflow_run_id", _m.STR),
        "details": ("details", _m.ANY),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "decision",
        "decision_type",
        "explanation",
        "id",
        "step_ref",
        "step_run_id",
        "workflow_run_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WorkflowStepDecision"]
