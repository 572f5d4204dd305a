from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class PlanWorkflowResponse200(_m.StraitObject):
    """PlanWorkflowResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    roots: list[str]
    step_count: int
    topological_order: list[str]
    workflow_id: str
    workflow_version: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            roots: Sequence[str] = ...,
            step_count: int = ...,
            topological_order: Sequence[str] = ...,
            workflow_id: str = ...,
            workflow_version: int = ...,
        ) -> None: ...

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
