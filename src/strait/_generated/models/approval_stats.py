from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class ApprovalStats(_m.StraitObject):
    """ApprovalStats: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_approval_time_secs: float
    total_approved: int
    total_pending: int
    total_requested: int
    total_timed_out: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_approval_time_secs: float = ...,
            total_approved: int = ...,
            total_pending: int = ...,
            total_requested: int = ...,
            total_timed_out: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_approval_time_secs": ("avg_approval_time_secs", _m.FLOAT),
        "total_approved": ("total_approved", _m.INT),
        "total_pending": ("total_pending", _m.INT),
        "total_requested": ("total_requested", _m.INT),
        "total_timed_out": ("total_timed_out", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_approval_time_secs",
        "total_approved",
        "total_pending",
        "total_requested",
        "total_timed_out",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ApprovalStats"]
