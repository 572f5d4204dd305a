from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class PlanWorkflowResponse200(_m.StraitObject):
    """PlanWorkflowResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    roots: list[str]
    step_count: int
    topological_order: list[str]
    workflow_id: str
    workflow_version: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "roots": ("roots", _m.ListOf(_m.STR)),
        "step_count": ("step_count", _m.INT),
        "topological_order": ("topological_order", _m.ListOf(_m.STR)),
        "workflow_id": ("workflow_id", _m.STR),
        "workflow_version": ("workflow_version", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "roots",
        "step_count",
        "topological_order",
        "workflow_id",
        "workflow_version",
    )
    _closed: ClassVar[bool] = False


__all__ = ["PlanWorkflowResponse200"]
