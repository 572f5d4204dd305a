from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .get_workflow_run_graph_response_200_edges_item import (
        GetWorkflowRunGraphResponse200EdgesItem,
    )
    from .workflow_run_graph_node import WorkflowRunGraphNode


class GetWorkflowRunGraphResponse200(_m.StraitObject):
    """GetWorkflowRunGraphResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    critical_path: list[str]
    critical_path_estimate_ms: int
    critical_path_remaining_ms: int
    edges: list[GetWorkflowRunGraphResponse200EdgesItem]
    nodes: list[WorkflowRunGraphNode]
    roots: list[str]
    runnable: list[str]
    version: int
    workflow_id: str
    workflow_run_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            critical_path: Sequence[str] = ...,
            critical_path_estimate_ms: int = ...,
            critical_path_remaining_ms: int = ...,
            edges: Sequence[
                GetWorkflowRunGraphResponse200EdgesItem | Mapping[str, Any]
            ] = ...,
            nodes: Sequence[WorkflowRunGraphNode | Mapping[str, Any]] = ...,
            roots: Sequence[str] = ...,
            runnable: Sequence[str] = ...,
            version: int = ...,
            workflow_id: str = ...,
            workflow_run_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "critical_path": ("critical_path", _m.ListOf(_m.STR)),
        "critical_path_estimate_ms": ("critical_path_estimate_ms", _m.INT),
        "critical_path_remaining_ms": ("critical_path_remaining_ms", _m.INT),
        "edges": (
            "edges",
            _m.ListOf(
                _m.Model(
                    "get_workflow_run_graph_response_200_edges_item",
                    "GetWorkflowRunGraphResponse200EdgesItem",
                )
            ),
        ),
        "nodes": (
            "nodes",
            _m.ListOf(_m.Model("workflow_run_graph_node", "WorkflowRunGraphNode")),
        ),
        "roots": ("roots", _m.ListOf(_m.STR)),
        "runnable": ("runnable", _m.ListOf(_m.STR)),
        "version": ("version", _m.INT),
        "workflow_id": ("workflow_id", _m.STR),
        "workflow_run_id": ("workflow_run_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "critical_path",
        "critical_path_estimate_ms",
        "critical_path_remaining_ms",
        "edges",
        "nodes",
        "roots",
        "runnable",
        "version",
        "workflow_id",
        "workflow_run_id",
    )
    _closed: ClassVar[bool] = False


__all__ = ["GetWorkflowRunGraphResponse200"]
