from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class TopFailingEndpoint(_m.StraitObject):
    """TopFailingEndpoint: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    failed: int
    failure_rate: float
    last_error: str
    total: int
    url: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            failed: int = ...,
            failure_rate: float = ...,
            last_error: str = ...,
            total: int = ...,
            url: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "failed": ("failed", _m.INT),
        "failure_rate": ("failure_rate", _m.FLOAT),
        "last_error": ("last_error", _m.STR),
        "total": ("total", _m.INT),
        "url": ("url", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "failed",
        "failure_rate",
        "last_error",
        "total",
        "url",
    )
    _closed: ClassVar[bool] = True


__all__ = ["TopFailingEndpoint"]
