from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class ActiveVersion(_m.StraitObject):
    """ActiveVersion: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    paused: int
    pending: int
    running: int
    total: int
    version: int
    version_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "paused": ("paused", _m.INT),
        "pending": ("pending", _m.INT),
        "running": ("running", _m.INT),
        "total": ("total", _m.INT),
        "version": ("version", _m.INT),
        "version_id": ("version_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "paused",
        "pending",
        "running",
        "total",
        "version",
        "version_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ActiveVersion"]
