from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class WebhookHealthBucket(_m.StraitObject):
    """WebhookHealthBucket: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_latency_ms: float
    period: str
    success_rate: float
    url: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_latency_ms: float = ...,
            period: str = ...,
            success_rate: float = ...,
            url: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_latency_ms": ("avg_latency_ms", _m.FLOAT),
        "period": ("period", _m.STR),
        "success_rate": ("success_rate", _m.FLOAT),
        "url": ("url", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_latency_ms",
        "period",
        "success_rate",
        "url",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WebhookHealthBucket"]
