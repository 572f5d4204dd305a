from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .workflow_step_request import WorkflowStepRequest


class DryRunWorkflowRequest(_m.StraitObject):
    """DryRunWorkflowRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    steps: list[WorkflowStepRequest]

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "steps": (
            "steps",
            _m.ListOf(_m.Model("workflow_step_request", "WorkflowStepRequest")),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ("steps",)
    _closed: ClassVar[bool] = True


__all__ = ["DryRunWorkflowRequest"]
