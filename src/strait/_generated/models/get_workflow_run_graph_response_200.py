from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.get_workflow_run_graph_response_200_edges_item import (
        GetWorkflowRunGraphResponse200EdgesItem,
    )
    from ..models.workflow_run_graph_node import WorkflowRunGraphNode

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, GetWorkflowRunGraphResponse200EdgesItem, WorkflowRunGraphNode
    from ..models.get_workflow_run_graph_response_200_edges_item import (
        GetWorkflowRunGraphResponse200EdgesItem,
    )
    from ..models.workflow_run_graph_node import WorkflowRunGraphNode

    _lazy_pending = False


T = TypeVar("T", bound="GetWorkflowRunGraphResponse200")


@_attrs_define
class GetWorkflowRunGraphResponse200(WireMapping):
    """
    Attributes:
        critical_path (list[str]):
        critical_path_estimate_ms (int):
        critical_path_remaining_ms (int):
        edges (list[GetWorkflowRunGraphResponse200EdgesItem]):
        nodes (list[WorkflowRunGraphNode]):
        roots (list[str]):
        runnable (list[str]):
        version (int):
        workflow_id (str):
        workflow_run_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "critical_path": "critical_path",
        "critical_path_estimate_ms": "critical_path_estimate_ms",
        "critical_path_remaining_ms": "critical_path_remaining_ms",
        "edges": "edges",
        "nodes": "nodes",
        "roots": "roots",
        "runnable": "runnable",
        "version": "version",
        "workflow_id": "workflow_id",
        "workflow_run_id": "workflow_run_id",
    }

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        critical_path = self.critical_path

        critical_path_estimate_ms = self.critical_path_estimate_ms

        critical_path_remaining_ms = self.critical_path_remaining_ms

        edges = []
        for edges_item_data in self.edges:
            edges_item = edges_item_data.to_dict()
            edges.append(edges_item)

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        roots = self.roots

        runnable = self.runnable

        version = self.version

        workflow_id = self.workflow_id

        workflow_run_id = self.workflow_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "critical_path": critical_path,
                "critical_path_estimate_ms": critical_path_estimate_ms,
                "critical_path_remaining_ms": critical_path_remaining_ms,
                "edges": edges,
                "nodes": nodes,
                "roots": roots,
                "runnable": runnable,
                "version": version,
                "workflow_id": workflow_id,
                "workflow_run_id": workflow_run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        d = dict(src_dict or {})
        critical_path = cast(list[str], d.pop("critical_path"))

        critical_path_estimate_ms = d.pop("critical_path_estimate_ms")

        critical_path_remaining_ms = d.pop("critical_path_remaining_ms")

        edges = []
        _edges = d.pop("edges")
        for edges_item_data in _edges or []:
            edges_item = GetWorkflowRunGraphResponse200EdgesItem.from_dict(
                edges_item_data
            )

            edges.append(edges_item)

        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes or []:
            nodes_item = WorkflowRunGraphNode.from_dict(nodes_item_data)

            nodes.append(nodes_item)

        roots = cast(list[str], d.pop("roots"))

        runnable = cast(list[str], d.pop("runnable"))

        version = d.pop("version")

        workflow_id = d.pop("workflow_id")

        workflow_run_id = d.pop("workflow_run_id")

        get_workflow_run_graph_response_200 = cls(
            critical_path=critical_path,
            critical_path_estimate_ms=critical_path_estimate_ms,
            critical_path_remaining_ms=critical_path_remaining_ms,
            edges=edges,
            nodes=nodes,
            roots=roots,
            runnable=runnable,
            version=version,
            workflow_id=workflow_id,
            workflow_run_id=workflow_run_id,
        )

        get_workflow_run_graph_response_200.additional_properties = d
        return get_workflow_run_graph_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
