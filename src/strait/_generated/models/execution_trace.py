from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class ExecutionTrace(_m.StraitObject):
    """ExecutionTrace: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    connect_ms: int
    dequeue_ms: int
    dispatch_ms: int
    queue_wait_ms: int
    total_ms: int
    transfer_ms: int
    ttfb_ms: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            connect_ms: int = ...,
            dequeue_ms: int = ...,
            dispatch_ms: int = ...,
            queue_wait_ms: int = ...,
            total_ms: int = ...,
            transfer_ms: int = ...,
            ttfb_ms: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "connect_ms": ("connect_ms", _m.INT),
        "dequeue_ms": ("dequeue_ms", _m.INT),
        "dispatch_ms": ("dispatch_ms", _m.INT),
        "queue_wait_ms": ("queue_wait_ms", _m.INT),
        "total_ms": ("total_ms", _m.INT),
        "transfer_ms": ("transfer_ms", _m.INT),
        "ttfb_ms": ("ttfb_ms", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "connect_ms",
        "dequeue_ms",
        "dispatch_ms",
        "queue_wait_ms",
        "total_ms",
        "transfer_ms",
        "ttfb_ms",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ExecutionTrace"]
