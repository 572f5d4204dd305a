from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .subscribe_to_event_source_request_target_type import (
        SubscribeToEventSourceRequestTargetType,
    )


class SubscribeToEventSourceRequest(_m.StraitObject):
    """SubscribeToEventSourceRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    target_id: str
    target_type: SubscribeToEventSourceRequestTargetType
    enabled: bool | None
    filter_expr: Any

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            target_id: str = ...,
            target_type: SubscribeToEventSourceRequestTargetType = ...,
            enabled: bool | None = ...,
            filter_expr: Any = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "target_id": ("target_id", _m.STR),
        "target_type": ("target_type", _m.Enum("job", "workflow")),
        "enabled": ("enabled", _m.Union(_m.BOOL, _m.NONE)),
        "filter_expr": ("filter_expr", _m.ANY),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "target_id",
        "target_type",
    )
    _closed: ClassVar[bool] = True


__all__ = ["SubscribeToEventSourceRequest"]
