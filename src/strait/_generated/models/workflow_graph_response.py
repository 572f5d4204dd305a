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

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.workflow_graph_response_adjacency import (
        WorkflowGraphResponseAdjacency,
    )

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, WorkflowGraphResponseAdjacency
    from ..models.workflow_graph_response_adjacency import (
        WorkflowGraphResponseAdjacency,
    )

    _lazy_pending = False


T = TypeVar("T", bound="WorkflowGraphResponse")


@_attrs_define
class WorkflowGraphResponse(WireMapping):
    """
    Attributes:
        roots (list[str] | None):
        workflow_id (str):
        adjacency (WorkflowGraphResponseAdjacency | Unset):
        dot (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "roots": "roots",
        "workflow_id": "workflow_id",
        "adjacency": "adjacency",
        "dot": "dot",
    }

    roots: list[str] | None
    workflow_id: str
    adjacency: WorkflowGraphResponseAdjacency | Unset = UNSET
    dot: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        roots: list[str] | None
        if isinstance(self.roots, list):
            roots = self.roots

        else:
            roots = self.roots

        workflow_id = self.workflow_id

        adjacency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adjacency, Unset):
            adjacency = self.adjacency.to_dict()

        dot = self.dot

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "roots": roots,
                "workflow_id": workflow_id,
            }
        )
        if adjacency is not UNSET:
            field_dict["adjacency"] = adjacency
        if dot is not UNSET:
            field_dict["dot"] = dot

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_roots(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roots_type_0 = cast(list[str], data)

                return roots_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        roots = _parse_roots(d["roots"])

        workflow_id = d["workflow_id"]

        _adjacency = d.get("adjacency", UNSET)
        adjacency: WorkflowGraphResponseAdjacency | Unset
        if isinstance(_adjacency, Unset):
            adjacency = UNSET
        else:
            adjacency = WorkflowGraphResponseAdjacency.from_dict(_adjacency)

        dot = d.get("dot", UNSET)

        workflow_graph_response = cls(
            roots=roots,
            workflow_id=workflow_id,
            adjacency=adjacency,
            dot=dot,
        )

        return workflow_graph_response
