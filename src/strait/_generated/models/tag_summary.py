from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class TagSummary(_m.StraitObject):
    """TagSummary: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_duration_ms: float
    completed: int
    failed: int
    tag_key: str
    tag_value: str
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
            tag_key: str = ...,
            tag_value: str = ...,
            total: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_duration_ms": ("avg_duration_ms", _m.FLOAT),
        "completed": ("completed", _m.INT),
        "failed": ("failed", _m.INT),
        "tag_key": ("tag_key", _m.STR),
        "tag_value": ("tag_value", _m.STR),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_duration_ms",
        "completed",
        "failed",
        "tag_key",
        "tag_value",
        "total",
    )
    _closed: ClassVar[bool] = True


__all__ = ["TagSummary"]
