from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class QueueStats(_m.StraitObject):
    """QueueStats: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    delayed: int
    executing: int
    queued: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            delayed: int = ...,
            executing: int = ...,
            queued: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "delayed": ("delayed", _m.INT),
        "executing": ("executing", _m.INT),
        "queued": ("queued", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "delayed",
        "executing",
        "queued",
    )
    _closed: ClassVar[bool] = True


__all__ = ["QueueStats"]
