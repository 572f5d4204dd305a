from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="JobHealthResponse")


@_attrs_define
class JobHealthResponse(WireMapping):
    """
    Attributes:
        avg_duration_secs (float):
        canceled_runs (int):
        completed_runs (int):
        crashed_runs (int):
        expired_runs (int):
        failed_runs (int):
        health_score (float):
        job_id (str):
        p95_duration_secs (float):
        p99_duration_secs (float):
        since (datetime.datetime):
        success_rate (float):
        timed_out_runs (int):
        total_runs (int):
        window (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_duration_secs": "avg_duration_secs",
        "canceled_runs": "canceled_runs",
        "completed_runs": "completed_runs",
        "crashed_runs": "crashed_runs",
        "expired_runs": "expired_runs",
        "failed_runs": "failed_runs",
        "health_score": "health_score",
        "job_id": "job_id",
        "p95_duration_secs": "p95_duration_secs",
        "p99_duration_secs": "p99_duration_secs",
        "since": "since",
        "success_rate": "success_rate",
        "timed_out_runs": "timed_out_runs",
        "total_runs": "total_runs",
        "window": "window",
    }

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

    def to_dict(self) -> dict[str, Any]:
        avg_duration_secs = self.avg_duration_secs

        canceled_runs = self.canceled_runs

        completed_runs = self.completed_runs

        crashed_runs = self.crashed_runs

        expired_runs = self.expired_runs

        failed_runs = self.failed_runs

        health_score = self.health_score

        job_id = self.job_id

        p95_duration_secs = self.p95_duration_secs

        p99_duration_secs = self.p99_duration_secs

        since = self.since.isoformat()

        success_rate = self.success_rate

        timed_out_runs = self.timed_out_runs

        total_runs = self.total_runs

        window = self.window

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_duration_secs": avg_duration_secs,
                "canceled_runs": canceled_runs,
                "completed_runs": completed_runs,
                "crashed_runs": crashed_runs,
                "expired_runs": expired_runs,
                "failed_runs": failed_runs,
                "health_score": health_score,
                "job_id": job_id,
                "p95_duration_secs": p95_duration_secs,
                "p99_duration_secs": p99_duration_secs,
                "since": since,
                "success_rate": success_rate,
                "timed_out_runs": timed_out_runs,
                "total_runs": total_runs,
                "window": window,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_duration_secs = d["avg_duration_secs"]

        canceled_runs = d["canceled_runs"]

        completed_runs = d["completed_runs"]

        crashed_runs = d["crashed_runs"]

        expired_runs = d["expired_runs"]

        failed_runs = d["failed_runs"]

        health_score = d["health_score"]

        job_id = d["job_id"]

        p95_duration_secs = d["p95_duration_secs"]

        p99_duration_secs = d["p99_duration_secs"]

        since = datetime.datetime.fromisoformat(d["since"])

        success_rate = d["success_rate"]

        timed_out_runs = d["timed_out_runs"]

        total_runs = d["total_runs"]

        window = d["window"]

        job_health_response = cls(
            avg_duration_secs=avg_duration_secs,
            canceled_runs=canceled_runs,
            completed_runs=completed_runs,
            crashed_runs=crashed_runs,
            expired_runs=expired_runs,
            failed_runs=failed_runs,
            health_score=health_score,
            job_id=job_id,
            p95_duration_secs=p95_duration_secs,
            p99_duration_secs=p99_duration_secs,
            since=since,
            success_rate=success_rate,
            timed_out_runs=timed_out_runs,
            total_runs=total_runs,
            window=window,
        )

        return job_health_response
