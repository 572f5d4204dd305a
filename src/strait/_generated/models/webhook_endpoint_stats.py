from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
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
