from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .create_job_request import CreateJobRequest


class BatchCreateJobsRequest(_m.StraitObject):
    """BatchCreateJobsRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    jobs: list[CreateJobRequest]

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "jobs": ("jobs", _m.ListOf(_m.Model("create_job_request", "CreateJobRequest"))),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["BatchCreateJobsRequest"]
