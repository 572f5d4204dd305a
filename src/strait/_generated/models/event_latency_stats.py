from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class EventLatencyStats(_m.StraitObject):
    """EventLatencyStats: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_ms: float
    count: int
    p50_ms: float
    p95_ms: float
    p99_ms: float

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_ms: float = ...,
            count: int = ...,
            p50_ms: float = ...,
            p95_ms: float = ...,
            p99_ms: float = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_ms": ("avg_ms", _m.FLOAT),
        "count": ("count", _m.INT),
        "p50_ms": ("p50_ms", _m.FLOAT),
        "p95_ms": ("p95_ms", _m.FLOAT),
        "p99_ms": ("p99_ms", _m.FLOAT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_ms",
        "count",
        "p50_ms",
        "p95_ms",
        "p99_ms",
    )
    _closed: ClassVar[bool] = True


__all__ = ["EventLatencyStats"]
