from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class RunFailureReason(_m.StraitObject):
    """RunFailureReason: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    count: int
    example_run_id: str
    last_seen: str
    message: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "count": ("count", _m.INT),
        "example_run_id": ("example_run_id", _m.STR),
        "last_seen": ("last_seen", _m.STR),
        "message": ("message", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "count",
        "example_run_id",
        "last_seen",
        "message",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunFailureReason"]
