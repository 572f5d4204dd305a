from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .workflow_step_run import WorkflowStepRun


class RetryWorkflowStepResponse200(_m.StraitObject):
    """RetryWorkflowStepResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    step_run: WorkflowStepRun

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            step_run: WorkflowStepRun | Mapping[str, Any] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "step_run": ("step_run", _m.Model("workflow_step_run", "WorkflowStepRun")),
    }
    _required: ClassVar[tuple[str, ...]] = ("step_run",)
    _closed: ClassVar[bool] = False


__all__ = ["RetryWorkflowStepResponse200"]
