from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class EventSubscription(_m.StraitObject):
    """EventSubscription: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    enabled: bool
    id: str
    source_id: str
    target_id: str
    target_type: str
    filter_expr: Any

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            enabled: bool = ...,
            id: str = ...,
            source_id: str = ...,
            target_id: str = ...,
            target_type: str = ...,
            filter_expr: Any = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "enabled": ("enabled", _m.BOOL),
        "id": ("id", _m.STR),
        "source_id": ("source_id", _m.STR),
        "target_id": ("target_id", _m.STR),
        "target_type": ("target_type", _m.STR),
        "filter_expr": ("filter_expr", _m.ANY),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "enabled",
        "id",
        "source_id",
        "target_id",
        "target_type",
    )
    _closed: ClassVar[bool] = True


__all__ = ["EventSubscription"]
