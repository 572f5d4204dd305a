from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CostByJob(_m.StraitObject):
    """CostByJob: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    cost_microusd: int
    job_id: str
    job_slug: str
    run_count: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            cost_microusd: int = ...,
            job_id: str = ...,
            job_slug: str = ...,
            run_count: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "cost_microusd": ("cost_microusd", _m.INT),
        "job_id": ("job_id", _m.STR),
        "job_slug": ("job_slug", _m.STR),
        "run_count": ("run_count", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "cost_microusd",
        "job_id",
        "job_slug",
        "run_count",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CostByJob"]
