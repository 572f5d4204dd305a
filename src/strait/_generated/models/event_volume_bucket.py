from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class EventVolumeBucket(_m.StraitObject):
    """EventVolumeBucket: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created: int
    period: str
    received: int
    timed_out: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created: int = ...,
            period: str = ...,
            received: int = ...,
            timed_out: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created": ("created", _m.INT),
        "period": ("period", _m.STR),
        "received": ("received", _m.INT),
        "timed_out": ("timed_out", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created",
        "period",
        "received",
        "timed_out",
    )
    _closed: ClassVar[bool] = True


__all__ = ["EventVolumeBucket"]
