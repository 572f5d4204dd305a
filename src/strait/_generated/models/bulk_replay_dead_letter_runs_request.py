from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class BulkReplayDeadLetterRunsRequest(_m.StraitObject):
    """BulkReplayDeadLetterRunsRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    limit: int
    project_id: str
    run_ids: list[str]

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "limit": ("limit", _m.INT),
        "project_id": ("project_id", _m.STR),
        "run_ids": ("run_ids", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["BulkReplayDeadLetterRunsRequest"]
