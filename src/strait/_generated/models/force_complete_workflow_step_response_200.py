from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .workflow_step_run import WorkflowStepRun


class ForceCompleteWorkflowStepResponse200(_m.StraitObject):
    """ForceCompleteWorkflowStepResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    step_run: WorkflowStepRun

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "step_run": ("step_run", _m.Model("workflow_step_run", "WorkflowStepRun")),
    }
    _required: ClassVar[tuple[str, ...]] = ("step_run",)
    _closed: ClassVar[bool] = False


__all__ = ["ForceCompleteWorkflowStepResponse200"]
