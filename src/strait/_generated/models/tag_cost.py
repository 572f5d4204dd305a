from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class TagCost(_m.StraitObject):
    """TagCost: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    run_count: int
    tag_key: str
    tag_value: str
    total_cost: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            run_count: int = ...,
            tag_key: str = ...,
            tag_value: str = ...,
            total_cost: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "run_count": ("run_count", _m.INT),
        "tag_key": ("tag_key", _m.STR),
        "tag_value": ("tag_value", _m.STR),
        "total_cost": ("total_cost", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "run_count",
        "tag_key",
        "tag_value",
        "total_cost",
    )
    _closed: ClassVar[bool] = True


__all__ = ["TagCost"]
