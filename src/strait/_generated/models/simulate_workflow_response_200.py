from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class SimulateWorkflowResponse200(_m.StraitObject):
    """SimulateWorkflowResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    predicted_order: list[str]
    step_count: int
    version: int
    workflow_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            predicted_order: Sequence[str] = ...,
            step_count: int = ...,
            version: int = ...,
            workflow_id: str = ...,
        ) -> None: ...

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
