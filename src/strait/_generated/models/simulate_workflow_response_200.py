from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class SimulateWorkflowResponse200(_m.StraitObject):
    """SimulateWorkflowResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    predicted_order: list[str]
    step_count: int
    version: int
    workflow_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "predicted_order": ("predicted_order", _m.ListOf(_m.STR)),
        "step_count": ("step_count", _m.INT),
        "version": ("version", _m.INT),
        "workflow_id": ("workflow_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "predicted_order",
        "step_count",
        "version",
        "workflow_id",
    )
    _closed: ClassVar[bool] = False


__all__ = ["SimulateWorkflowResponse200"]
