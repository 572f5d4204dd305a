from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class BulkCancelAllRequest(_m.StraitObject):
    """BulkCancelAllRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    batch_id: str
    job_id: str
    status: str
    triggered_by: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            batch_id: str = ...,
            job_id: str = ...,
            status: str = ...,
            triggered_by: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "batch_id": ("batch_id", _m.STR),
        "job_id": ("job_id", _m.STR),
        "status": ("status", _m.STR),
        "triggered_by": ("triggered_by", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["BulkCancelAllRequest"]
