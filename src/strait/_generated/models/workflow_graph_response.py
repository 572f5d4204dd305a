from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .workflow_graph_response_adjacency import WorkflowGraphResponseAdjacency


class WorkflowGraphResponse(_m.StraitObject):
    """WorkflowGraphResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    roots: list[str] | None
    workflow_id: str
    adjacency: WorkflowGraphResponseAdjacency
    dot: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            roots: Sequence[str] | None = ...,
            workflow_id: str = ...,
            adjacency: WorkflowGraphResponseAdjacency | Mapping[str, Any] = ...,
            dot: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "roots": ("roots", _m.Union(_m.ListOf(_m.STR), _m.NONE)),
        "workflow_id": ("workflow_id", _m.STR),
        "adjacency": (
            "adjacency",
            _m.Model(
                "workflow_graph_response_adjacency", "WorkflowGraphResponseAdjacency"
            ),
        ),
        "dot": ("dot", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "roots",
        "workflow_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WorkflowGraphResponse"]
