from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class HealthSummary(_m.StraitObject):
    """HealthSummary: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    active_jobs: int
    avg_duration_secs: float
    queue_depth: int
    success_rate: float
    total_jobs: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            active_jobs: int = ...,
            avg_duration_secs: float = ...,
            queue_depth: int = ...,
            success_rate: float = ...,
            total_jobs: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "active_jobs": ("active_jobs", _m.INT),
        "avg_duration_secs": ("avg_duration_secs", _m.FLOAT),
        "queue_depth": ("queue_depth", _m.INT),
        "success_rate": ("success_rate", _m.FLOAT),
        "total_jobs": ("total_jobs", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "active_jobs",
        "avg_duration_secs",
        "queue_depth",
        "success_rate",
        "total_jobs",
    )
    _closed: ClassVar[bool] = True


__all__ = ["HealthSummary"]
