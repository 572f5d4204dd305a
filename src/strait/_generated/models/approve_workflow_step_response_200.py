from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .workflow_step_approval import WorkflowStepApproval
    from .workflow_step_run import WorkflowStepRun


class ApproveWorkflowStepResponse200(_m.StraitObject):
    """ApproveWorkflowStepResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    approval: WorkflowStepApproval
    step_run: WorkflowStepRun

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            approval: WorkflowStepApproval | Mapping[str, Any] = ...,
            step_run: WorkflowStepRun | Mapping[str, Any] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "approval": (
            "approval",
            _m.Model("workflow_step_approval", "WorkflowStepApproval"),
        ),
        "step_run": ("step_run", _m.Model("workflow_step_run", "WorkflowStepRun")),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "approval",
        "step_run",
    )
    _closed: ClassVar[bool] = False


__all__ = ["ApproveWorkflowStepResponse200"]
