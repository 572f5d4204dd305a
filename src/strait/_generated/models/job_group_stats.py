from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .job_group_stats_run_counts_type_0 import JobGroupStatsRunCountsType0


class JobGroupStats(_m.StraitObject):
    """JobGroupStats: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    group_id: str
    run_counts: JobGroupStatsRunCountsType0 | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            group_id: str = ...,
            run_counts: JobGroupStatsRunCountsType0 | Mapping[str, Any] | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "group_id": ("group_id", _m.STR),
        "run_counts": (
            "run_counts",
            _m.Union(
                _m.Model(
                    "job_group_stats_run_counts_type_0", "JobGroupStatsRunCountsType0"
                ),
                _m.NONE,
            ),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "group_id",
        "run_counts",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobGroupStats"]
