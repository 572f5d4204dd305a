from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

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

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            paused: int = ...,
            pending: int = ...,
            running: int = ...,
            total: int = ...,
            version: int = ...,
            version_id: str = ...,
        ) -> None: ...

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
