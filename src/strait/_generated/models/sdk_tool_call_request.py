from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SDKToolCallRequest(_m.StraitObject):
    """SDKToolCallRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    tool_name: str
    duration_ms: int
    input_: Any
    output: Any
    status: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            tool_name: str = ...,
            duration_ms: int = ...,
            input_: Any = ...,
            output: Any = ...,
            status: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "tool_name": ("tool_name", _m.STR),
        "duration_ms": ("duration_ms", _m.INT),
        "input_": ("input", _m.ANY),
        "output": ("output", _m.ANY),
        "status": ("status", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("tool_name",)
    _closed: ClassVar[bool] = True


__all__ = ["SDKToolCallRequest"]
