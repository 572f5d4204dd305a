from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class JobReliability(_m.StraitObject):
    """JobReliability: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    consecutive_failures: int
    failed: int
    job_id: str
    slug: str
    success_rate: float
    total: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            consecutive_failures: int = ...,
            failed: int = ...,
            job_id: str = ...,
            slug: str = ...,
            success_rate: float = ...,
            total: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "consecutive_failures": ("consecutive_failures", _m.INT),
        "failed": ("failed", _m.INT),
        "job_id": ("job_id", _m.STR),
        "slug": ("slug", _m.STR),
        "success_rate": ("success_rate", _m.FLOAT),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "consecutive_failures",
        "failed",
        "job_id",
        "slug",
        "success_rate",
        "total",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobReliability"]
