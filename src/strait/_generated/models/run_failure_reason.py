from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class RunFailureReason(_m.StraitObject):
    """RunFailureReason: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    count: int
    example_run_id: str
    last_seen: str
    message: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            count: int = ...,
            example_run_id: str = ...,
            last_seen: str = ...,
            message: str = ...,
        ) -> None: ...

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
