from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.job import Job

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, Job
    from ..models.job import Job

    _lazy_pending = False


T = TypeVar("T", bound="SetJobEndpointResponse")


@_attrs_define
class SetJobEndpointResponse(WireMapping):
    """
    Attributes:
        job (Job | None | Unset):
        signing_secret (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "job": "job",
        "signing_secret": "signing_secret",
    }

    job: Job | None | Unset = UNSET
    signing_secret: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.job import Job

        job: dict[str, Any] | None | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, Job):
            job = self.job.to_dict()
        else:
            job = self.job

        signing_secret = self.signing_secret

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if job is not UNSET:
            field_dict["job"] = job
        if signing_secret is not UNSET:
            field_dict["signing_secret"] = signing_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_job(data: object) -> Job | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_0 = Job.from_dict(data)

                return job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Job | None | Unset, data)

        job = _parse_job(d.get("job", UNSET))

        signing_secret = d.get("signing_secret", UNSET)

        set_job_endpoint_response = cls(
            job=job,
            signing_secret=signing_secret,
        )

        return set_job_endpoint_response
