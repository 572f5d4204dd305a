from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .batch_error import BatchError
    from .job import Job


class BatchCreateJobsResponse(_m.StraitObject):
    """BatchCreateJobsResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created: list[Job] | None
    errors: list[BatchError]

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created": ("created", _m.Union(_m.ListOf(_m.Model("job", "Job")), _m.NONE)),
        "errors": ("errors", _m.ListOf(_m.Model("batch_error", "BatchError"))),
    }
    _required: ClassVar[tuple[str, ...]] = ("created",)
    _closed: ClassVar[bool] = True


__all__ = ["BatchCreateJobsResponse"]
