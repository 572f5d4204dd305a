from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .job_run import JobRun


class BulkReplayDeadLetterRunsResponse200(_m.StraitObject):
    """BulkReplayDeadLetterRunsResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    count: int
    replayed: list[JobRun]

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "count": ("count", _m.INT),
        "replayed": ("replayed", _m.ListOf(_m.Model("job_run", "JobRun"))),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "count",
        "replayed",
    )
    _closed: ClassVar[bool] = False


__all__ = ["BulkReplayDeadLetterRunsResponse200"]
