from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class RunEvent(_m.StraitObject):
    """RunEvent: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    message: str
    run_id: str
    type_: str
    data: Any
    level: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            message: str = ...,
            run_id: str = ...,
            type_: str = ...,
            data: Any = ...,
            level: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "message": ("message", _m.STR),
        "run_id": ("run_id", _m.STR),
        "type_": ("type", _m.STR),
        "data": ("data", _m.ANY),
        "level": ("level", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "message",
        "run_id",
        "type",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunEvent"]
