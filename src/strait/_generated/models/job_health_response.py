from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class JobHealthResponse(_m.StraitObject):
    """JobHealthResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_duration_secs: float
    canceled_runs: int
    completed_runs: int
    crashed_runs: int
    expired_runs: int
    failed_runs: int
    health_score: float
    job_id: str
    p95_duration_secs: float
    p99_duration_secs: float
    since: datetime.datetime
    success_rate: float
    timed_out_runs: int
    total_runs: int
    window: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_duration_secs: float = ...,
            canceled_runs: int = ...,
            completed_runs: int = ...,
            crashed_runs: int = ...,
            expired_runs: int = ...,
            failed_runs: int = ...,
            health_score: float = ...,
            job_id: str = ...,
            p95_duration_secs: float = ...,
            p99_duration_secs: float = ...,
            since: datetime.datetime | str = ...,
            success_rate: float = ...,
            timed_out_runs: int = ...,
            total_runs: int = ...,
            window: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_duration_secs": ("avg_duration_secs", _m.FLOAT),
        "canceled_runs": ("canceled_runs", _m.INT),
        "completed_runs": ("completed_runs", _m.INT),
        "crashed_runs": ("crashed_runs", _m.INT),
        "expired_runs": ("expired_runs", _m.INT),
        "failed_runs": ("failed_runs", _m.INT),
        "health_score": ("health_score", _m.FLOAT),
        "job_id": ("job_id", _m.STR),
        "p95_duration_secs": ("p95_duration_secs", _m.FLOAT),
        "p99_duration_secs": ("p99_duration_secs", _m.FLOAT),
        "since": ("since", _m.DATETIME),
        "success_rate": ("success_rate", _m.FLOAT),
        "timed_out_runs": ("timed_out_runs", _m.INT),
        "total_runs": ("total_runs", _m.INT),
        "window": ("window", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_duration_secs",
        "canceled_runs",
        "completed_runs",
        "crashed_runs",
        "expired_runs",
        "failed_runs",
        "health_score",
        "job_id",
        "p95_duration_secs",
        "p99_duration_secs",
        "since",
        "success_rate",
        "timed_out_runs",
        "total_runs",
        "window",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobHealthResponse"]
