from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .cheaper_alternative import CheaperAlternative


class CostEstimate(_m.StraitObject):
    """CostEstimate: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    cost_microusd: int
    credit_runs_remaining: int
    rate_microusd_per_sec: int
    cheaper_alternative: CheaperAlternative | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            cost_microusd: int = ...,
            credit_runs_remaining: int = ...,
            rate_microusd_per_sec: int = ...,
            cheaper_alternative: CheaperAlternative | Mapping[str, Any] | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "cost_microusd": ("cost_microusd", _m.INT),
        "credit_runs_remaining": ("credit_runs_remaining", _m.INT),
        "rate_microusd_per_sec": ("rate_microusd_per_sec", _m.INT),
        "cheaper_alternative": (
            "cheaper_alternative",
            _m.Union(_m.Model("cheaper_alternative", "CheaperAlternative"), _m.NONE),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "cost_microusd",
        "credit_runs_remaining",
        "rate_microusd_per_sec",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CostEstimate"]
