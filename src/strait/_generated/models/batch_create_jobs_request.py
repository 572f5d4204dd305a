from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .create_job_request import CreateJobRequest


class BatchCreateJobsRequest(_m.StraitObject):
    """BatchCreateJobsRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    jobs: list[CreateJobRequest]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            jobs: Sequence[CreateJobRequest | Mapping[str, Any]] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "jobs": ("jobs", _m.ListOf(_m.Model("create_job_request", "CreateJobRequest"))),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["BatchCreateJobsRequest"]
