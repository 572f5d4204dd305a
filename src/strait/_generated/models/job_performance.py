from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class JobPerformance(_m.StraitObject):
    """JobPerformance: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_duration_secs: float
    failed_runs: int
    job_id: str
    job_slug: str
    p95_duration_secs: float
    total_runs: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_duration_secs: float = ...,
            failed_runs: int = ...,
            job_id: str = ...,
            job_slug: str = ...,
            p95_duration_secs: float = ...,
            total_runs: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_duration_secs": ("avg_duration_secs", _m.FLOAT),
        "failed_runs": ("failed_runs", _m.INT),
        "job_id": ("job_id", _m.STR),
        "job_slug": ("job_slug", _m.STR),
        "p95_duration_secs": ("p95_duration_secs", _m.FLOAT),
        "total_runs": ("total_runs", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_duration_secs",
        "failed_runs",
        "job_id",
        "job_slug",
        "p95_duration_secs",
        "total_runs",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobPerformance"]
