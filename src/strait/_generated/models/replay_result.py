from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class ReplayResult(_m.StraitObject):
    """ReplayResult: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    original_run_id: str
    status: str
    error: str
    new_run_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            original_run_id: str = ...,
            status: str = ...,
            error: str = ...,
            new_run_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "original_run_id": ("original_run_id", _m.STR),
        "status": ("status", _m.STR),
        "error": ("error", _m.STR),
        "new_run_id": ("new_run_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "original_run_id",
        "status",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ReplayResult"]
