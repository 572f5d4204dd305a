from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SDKSetStateRequest(_m.StraitObject):
    """SDKSetStateRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    key: str
    value: Any

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            key: str = ...,
            value: Any = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "key": ("key", _m.STR),
        "value": ("value", _m.ANY),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "key",
        "value",
    )
    _closed: ClassVar[bool] = True


__all__ = ["SDKSetStateRequest"]
