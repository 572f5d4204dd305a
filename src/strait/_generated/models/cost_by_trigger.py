from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CostByTrigger(_m.StraitObject):
    """CostByTrigger: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    cost: int
    pct: float
    run_count: int
    trigger: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            cost: int = ...,
            pct: float = ...,
            run_count: int = ...,
            trigger: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "cost": ("cost", _m.INT),
        "pct": ("pct", _m.FLOAT),
        "run_count": ("run_count", _m.INT),
        "trigger": ("trigger", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "cost",
        "pct",
        "run_count",
        "trigger",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CostByTrigger"]
