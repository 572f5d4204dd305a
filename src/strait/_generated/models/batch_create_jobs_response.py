from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .batch_error import BatchError
    from .job import Job


class BatchCreateJobsResponse(_m.StraitObject):
    """BatchCreateJobsResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created: list[Job] | None
    errors: list[BatchError]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created: Sequence[Job | Mapping[str, Any]] | None = ...,
            errors: Sequence[BatchError | Mapping[str, Any]] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created": ("created", _m.Union(_m.ListOf(_m.Model("job", "Job")), _m.NONE)),
        "errors": ("errors", _m.ListOf(_m.Model("batch_error", "BatchError"))),
    }
    _required: ClassVar[tuple[str, ...]] = ("created",)
    _closed: ClassVar[bool] = True


__all__ = ["BatchCreateJobsResponse"]
