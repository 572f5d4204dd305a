from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .api_replay_result import ApiReplayResult


class BulkReplayWorkflowRunsResponse200(_m.StraitObject):
    """BulkReplayWorkflowRunsResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    replayed: int
    results: list[ApiReplayResult]
    total: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "replayed": ("replayed", _m.INT),
        "results": (
            "results",
            _m.ListOf(_m.Model("api_replay_result", "ApiReplayResult")),
        ),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "replayed",
        "results",
        "total",
    )
    _closed: ClassVar[bool] = False


__all__ = ["BulkReplayWorkflowRunsResponse200"]
