from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .job_run import JobRun


class BulkReplayDeadLetterRunsResponse200(_m.StraitObject):
    """BulkReplayDeadLetterRunsResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    count: int
    replayed: list[JobRun]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            count: int = ...,
            replayed: Sequence[JobRun | Mapping[str, Any]] = ...,
        ) -> None: ...

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
