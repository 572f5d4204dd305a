from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class RunToolCall(_m.StraitObject):
    """RunToolCall: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    run_id: str
    status: str
    tool_name: str
    duration_ms: int
    input_: Any
    output: Any

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            run_id: str = ...,
            status: str = ...,
            tool_name: str = ...,
            duration_ms: int = ...,
            input_: Any = ...,
            output: Any = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "run_id": ("run_id", _m.STR),
        "status": ("status", _m.STR),
        "tool_name": ("tool_name", _m.STR),
        "duration_ms": ("duration_ms", _m.INT),
        "input_": ("input", _m.ANY),
        "output": ("output", _m.ANY),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "run_id",
        "status",
        "tool_name",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunToolCall"]
