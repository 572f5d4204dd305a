from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class WorkerTaskResult(_m.StraitObject):
    """WorkerTaskResult: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    status: str
    duration_ms: int
    error: str
    output: Any
    received_at: datetime.datetime | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            status: str = ...,
            duration_ms: int = ...,
            error: str = ...,
            output: Any = ...,
            received_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "status": ("status", _m.STR),
        "duration_ms": ("duration_ms", _m.INT),
        "error": ("error", _m.STR),
        "output": ("output", _m.ANY),
        "received_at": ("received_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = ("status",)
    _closed: ClassVar[bool] = True


__all__ = ["WorkerTaskResult"]
