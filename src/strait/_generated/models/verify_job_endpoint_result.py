from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class VerifyJobEndpointResult(_m.StraitObject):
    """VerifyJobEndpointResult: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    latency_ms: int
    success: bool
    error: str
    status_code: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            latency_ms: int = ...,
            success: bool = ...,
            error: str = ...,
            status_code: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "latency_ms": ("latency_ms", _m.INT),
        "success": ("success", _m.BOOL),
        "error": ("error", _m.STR),
        "status_code": ("status_code", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "latency_ms",
        "success",
    )
    _closed: ClassVar[bool] = True


__all__ = ["VerifyJobEndpointResult"]
