from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class BulkReplayDeadLetterRunsRequest(_m.StraitObject):
    """BulkReplayDeadLetterRunsRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    limit: int
    project_id: str
    run_ids: list[str]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            limit: int = ...,
            project_id: str = ...,
            run_ids: Sequence[str] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "limit": ("limit", _m.INT),
        "project_id": ("project_id", _m.STR),
        "run_ids": ("run_ids", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["BulkReplayDeadLetterRunsRequest"]
