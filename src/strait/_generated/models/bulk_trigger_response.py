from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .bulk_trigger_result import BulkTriggerResult


class BulkTriggerResponse(_m.StraitObject):
    """BulkTriggerResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    batch_id: str
    created: int
    results: list[BulkTriggerResult] | None
    total: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            batch_id: str = ...,
            created: int = ...,
            results: Sequence[BulkTriggerResult | Mapping[str, Any]] | None = ...,
            total: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "batch_id": ("batch_id", _m.STR),
        "created": ("created", _m.INT),
        "results": (
            "results",
            _m.Union(
                _m.ListOf(_m.Model("bulk_trigger_result", "BulkTriggerResult")), _m.NONE
            ),
        ),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "batch_id",
        "created",
        "results",
        "total",
    )
    _closed: ClassVar[bool] = True


__all__ = ["BulkTriggerResponse"]
