from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SDKOutputRequest(_m.StraitObject):
    """SDKOutputRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    output_key: str
    value: Any
    schema: Any

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            output_key: str = ...,
            value: Any = ...,
            schema: Any = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "output_key": ("output_key", _m.STR),
        "value": ("value", _m.ANY),
        "schema": ("schema", _m.ANY),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "output_key",
        "value",
    )
    _closed: ClassVar[bool] = True


__all__ = ["SDKOutputRequest"]
