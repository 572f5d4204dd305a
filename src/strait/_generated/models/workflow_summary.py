from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class WorkflowSummary(_m.StraitObject):
    """WorkflowSummary: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_duration_ms: float
    completed: int
    failed: int
    success_rate: float
    total: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_duration_ms: float = ...,
            completed: int = ...,
            failed: int = ...,
            success_rate: float = ...,
            total: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_duration_ms": ("avg_duration_ms", _m.FLOAT),
        "completed": ("completed", _m.INT),
        "failed": ("failed", _m.INT),
        "success_rate": ("success_rate", _m.FLOAT),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_duration_ms",
        "completed",
        "failed",
        "success_rate",
        "total",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WorkflowSummary"]
