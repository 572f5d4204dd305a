from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class RollbackCanaryDeploymentResponse200(_m.StraitObject):
    """RollbackCanaryDeploymentResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    status: str
    traffic_pct: int
    workflow_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            status: str = ...,
            traffic_pct: int = ...,
            workflow_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "status": ("status", _m.STR),
        "traffic_pct": ("traffic_pct", _m.INT),
        "workflow_id": ("workflow_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "status",
        "traffic_pct",
        "workflow_id",
    )
    _closed: ClassVar[bool] = False


__all__ = ["RollbackCanaryDeploymentResponse200"]
