from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class RunsByTrigger(_m.StraitObject):
    """RunsByTrigger: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_duration_ms: float
    completed: int
    failed: int
    total: int
    trigger_type: str

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
            total: int = ...,
            trigger_type: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_duration_ms": ("avg_duration_ms", _m.FLOAT),
        "completed": ("completed", _m.INT),
        "failed": ("failed", _m.INT),
        "total": ("total", _m.INT),
        "trigger_type": ("trigger_type", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_duration_ms",
        "completed",
        "failed",
        "total",
        "trigger_type",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunsByTrigger"]
