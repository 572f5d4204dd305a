from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class BulkReplayRunsRequest(_m.StraitObject):
    """BulkReplayRunsRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    run_ids: list[str]

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "run_ids": ("run_ids", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = ("run_ids",)
    _closed: ClassVar[bool] = True


__all__ = ["BulkReplayRunsRequest"]
