from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class ProjectCostEntry(_m.StraitObject):
    """ProjectCostEntry: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    name: str
    project_id: str
    runs: int
    spend_microusd: int
    total_microusd: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            name: str = ...,
            project_id: str = ...,
            runs: int = ...,
            spend_microusd: int = ...,
            total_microusd: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "runs": ("runs", _m.INT),
        "spend_microusd": ("spend_microusd", _m.INT),
        "total_microusd": ("total_microusd", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "project_id",
        "runs",
        "spend_microusd",
        "total_microusd",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ProjectCostEntry"]
