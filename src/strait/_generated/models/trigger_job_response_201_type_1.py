from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class TriggerJobResponse201Type1(_m.StraitObject):
    """TriggerJobResponse201Type1: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    batch: bool
    id: str
    status: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            batch: bool = ...,
            id: str = ...,
            status: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "batch": ("batch", _m.BOOL),
        "id": ("id", _m.STR),
        "status": ("status", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "batch",
        "id",
        "status",
    )
    _closed: ClassVar[bool] = False


__all__ = ["TriggerJobResponse201Type1"]
