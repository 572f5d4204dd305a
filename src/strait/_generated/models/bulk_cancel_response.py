from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .bulk_cancel_result import BulkCancelResult


class BulkCancelResponse(_m.StraitObject):
    """BulkCancelResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    canceled: int
    failed: int
    results: list[BulkCancelResult] | None
    total: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            canceled: int = ...,
            failed: int = ...,
            results: Sequence[BulkCancelResult | Mapping[str, Any]] | None = ...,
            total: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "canceled": ("canceled", _m.INT),
        "failed": ("failed", _m.INT),
        "results": (
            "results",
            _m.Union(
                _m.ListOf(_m.Model("bulk_cancel_result", "BulkCancelResult")), _m.NONE
            ),
        ),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "canceled",
        "failed",
        "results",
        "total",
    )
    _closed: ClassVar[bool] = True


__all__ = ["BulkCancelResponse"]
