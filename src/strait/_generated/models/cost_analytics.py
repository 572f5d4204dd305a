from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .cost_by_job import CostByJob


class CostAnalytics(_m.StraitObject):
    """CostAnalytics: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    by_job: list[CostByJob] | None
    run_count: int
    total_spend_microusd: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            by_job: Sequence[CostByJob | Mapping[str, Any]] | None = ...,
            run_count: int = ...,
            total_spend_microusd: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "by_job": (
            "by_job",
            _m.Union(_m.ListOf(_m.Model("cost_by_job", "CostByJob")), _m.NONE),
        ),
        "run_count": ("run_count", _m.INT),
        "total_spend_microusd": ("total_spend_microusd", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "by_job",
        "run_count",
        "total_spend_microusd",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CostAnalytics"]
