from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class WebhookEndpointStats(_m.StraitObject):
    """WebhookEndpointStats: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_latency_ms: float
    dead: int
    delivered: int
    failed: int
    p95_latency_ms: float
    total: int
    url: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_latency_ms: float = ...,
            dead: int = ...,
            delivered: int = ...,
            failed: int = ...,
            p95_latency_ms: float = ...,
            total: int = ...,
            url: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_latency_ms": ("avg_latency_ms", _m.FLOAT),
        "dead": ("dead", _m.INT),
        "delivered": ("delivered", _m.INT),
        "failed": ("failed", _m.INT),
        "p95_latency_ms": ("p95_latency_ms", _m.FLOAT),
        "total": ("total", _m.INT),
        "url": ("url", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_latency_ms",
        "dead",
        "delivered",
        "failed",
        "p95_latency_ms",
        "total",
        "url",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WebhookEndpointStats"]
