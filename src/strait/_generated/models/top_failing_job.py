from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class TopFailingJob(_m.StraitObject):
    """TopFailingJob: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    failed_count: int
    failure_rate: float
    job_id: str
    slug: str
    total: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            failed_count: int = ...,
            failure_rate: float = ...,
            job_id: str = ...,
            slug: str = ...,
            total: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "failed_count": ("failed_count", _m.INT),
        "failure_rate": ("failure_rate", _m.FLOAT),
        "job_id": ("job_id", _m.STR),
        "slug": ("slug", _m.STR),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "failed_count",
        "failure_rate",
        "job_id",
        "slug",
        "total",
    )
    _closed: ClassVar[bool] = True


__all__ = ["TopFailingJob"]
