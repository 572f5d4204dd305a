from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CheaperAlternative(_m.StraitObject):
    """CheaperAlternative: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    cost_microusd: int
    preset: str
    savings_pct: float

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            cost_microusd: int = ...,
            preset: str = ...,
            savings_pct: float = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "cost_microusd": ("cost_microusd", _m.INT),
        "preset": ("preset", _m.STR),
        "savings_pct": ("savings_pct", _m.FLOAT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "cost_microusd",
        "preset",
        "savings_pct",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CheaperAlternative"]
