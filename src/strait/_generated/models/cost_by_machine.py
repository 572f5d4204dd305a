from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CostByMachine(_m.StraitObject):
    """CostByMachine: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    cost: int
    duration_secs: float
    preset: str
    run_count: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            cost: int = ...,
            duration_secs: float = ...,
            preset: str = ...,
            run_count: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "cost": ("cost", _m.INT),
        "duration_secs": ("duration_secs", _m.FLOAT),
        "preset": ("preset", _m.STR),
        "run_count": ("run_count", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "cost",
        "duration_secs",
        "preset",
        "run_count",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CostByMachine"]
