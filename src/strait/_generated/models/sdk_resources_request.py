from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SDKResourcesRequest(_m.StraitObject):
    """SDKResourcesRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    cpu_percent: float
    memory_mb: float
    memory_percent: float

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            cpu_percent: float = ...,
            memory_mb: float = ...,
            memory_percent: float = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "cpu_percent": ("cpu_percent", _m.FLOAT),
        "memory_mb": ("memory_mb", _m.FLOAT),
        "memory_percent": ("memory_percent", _m.FLOAT),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["SDKResourcesRequest"]
