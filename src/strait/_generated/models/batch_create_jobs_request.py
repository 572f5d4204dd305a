from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.create_job_request import CreateJobRequest

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, CreateJobRequest
    from ..models.create_job_request import CreateJobRequest

    _lazy_pending = False


T = TypeVar("T", bound="BatchCreateJobsRequest")


@_attrs_define
class BatchCreateJobsRequest(WireMapping):
    """
    Attributes:
        jobs (list[CreateJobRequest] | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "jobs": "jobs",
    }

    jobs: list[CreateJobRequest] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if jobs is not UNSET:
            field_dict["jobs"] = jobs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        _jobs = d.get("jobs", UNSET)
        jobs: list[CreateJobRequest] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs or []:
                jobs_item = CreateJobRequest.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        batch_create_jobs_request = cls(
            jobs=jobs,
        )

        return batch_create_jobs_request
