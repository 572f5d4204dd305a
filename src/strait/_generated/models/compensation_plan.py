from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .compensation_step import CompensationStep


class CompensationPlan(_m.StraitObject):
    """CompensationPlan: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    steps: list[CompensationStep] | None
    workflow_run_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "steps": (
            "Steps",
            _m.Union(
                _m.ListOf(_m.Model("compensation_step", "CompensationStep")), _m.NONE
            ),
        ),
        "workflow_run_id": ("WorkflowRunID", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "Steps",
        "WorkflowRunID",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CompensationPlan"]
