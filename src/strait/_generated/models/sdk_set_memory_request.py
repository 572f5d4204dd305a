from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SDKSetMemoryRequest(_m.StraitObject):
    """SDKSetMemoryRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    value: Any
    ttl_secs: int | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            value: Any = ...,
            ttl_secs: int | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "value": ("value", _m.ANY),
        "ttl_secs": ("ttl_secs", _m.Union(_m.INT, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = ("value",)
    _closed: ClassVar[bool] = True


__all__ = ["SDKSetMemoryRequest"]
