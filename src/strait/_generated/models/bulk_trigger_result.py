from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class BulkTriggerResult(_m.StraitObject):
    """BulkTriggerResult: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    id: str
    idempotency_hit: bool
    status: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            id: str = ...,
            idempotency_hit: bool = ...,
            status: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "id": ("id", _m.STR),
        "idempotency_hit": ("idempotency_hit", _m.BOOL),
        "status": ("status", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "idempotency_hit",
        "status",
    )
    _closed: ClassVar[bool] = True


__all__ = ["BulkTriggerResult"]
