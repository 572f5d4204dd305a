from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class ReplayDeadletterResponse(_m.StraitObject):
    """ReplayDeadletterResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    deadletter_id: str
    new_event_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            deadletter_id: str = ...,
            new_event_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "deadletter_id": ("deadletter_id", _m.STR),
        "new_event_id": ("new_event_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "deadletter_id",
        "new_event_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ReplayDeadletterResponse"]
