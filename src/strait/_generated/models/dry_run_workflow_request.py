from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .workflow_step_request import WorkflowStepRequest


class DryRunWorkflowRequest(_m.StraitObject):
    """DryRunWorkflowRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    steps: list[WorkflowStepRequest]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            steps: Sequence[WorkflowStepRequest | Mapping[str, Any]] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "steps": (
            "steps",
            _m.ListOf(_m.Model("workflow_step_request", "WorkflowStepRequest")),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ("steps",)
    _closed: ClassVar[bool] = True


__all__ = ["DryRunWorkflowRequest"]
