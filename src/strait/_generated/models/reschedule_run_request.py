from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class RescheduleRunRequest(_m.StraitObject):
    """RescheduleRunRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    scheduled_at: datetime.datetime
    payload: Any

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            scheduled_at: datetime.datetime | str = ...,
            payload: Any = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "scheduled_at": ("scheduled_at", _m.DATETIME),
        "payload": ("payload", _m.ANY),
    }
    _required: ClassVar[tuple[str, ...]] = ("scheduled_at",)
    _closed: ClassVar[bool] = True


__all__ = ["RescheduleRunRequest"]
