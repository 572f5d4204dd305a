from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .replay_result import ReplayResult


class BulkReplayRunsResponse200(_m.StraitObject):
    """BulkReplayRunsResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    replayed: int
    results: list[ReplayResult]
    total: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            replayed: int = ...,
            results: Sequence[ReplayResult | Mapping[str, Any]] = ...,
            total: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "replayed": ("replayed", _m.INT),
        "results": ("results", _m.ListOf(_m.Model("replay_result", "ReplayResult"))),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "replayed",
        "results",
        "total",
    )
    _closed: ClassVar[bool] = False


__all__ = ["BulkReplayRunsResponse200"]
