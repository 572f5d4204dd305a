from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class RateLimitKey(_m.StraitObject):
    """RateLimitKey: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    max_: int
    name: str
    window_secs: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            max_: int = ...,
            name: str = ...,
            window_secs: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "max_": ("max", _m.INT),
        "name": ("name", _m.STR),
        "window_secs": ("window_secs", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "max",
        "name",
        "window_secs",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RateLimitKey"]
