from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class ProjectBudgetResponse(_m.StraitObject):
    """ProjectBudgetResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    budget_action: str
    current_spend_microusd: int
    monthly_budget_microusd: int
    percent_used: float
    project_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "budget_action": ("budget_action", _m.STR),
        "current_spend_microusd": ("current_spend_microusd", _m.INT),
        "monthly_budget_microusd": ("monthly_budget_microusd", _m.INT),
        "percent_used": ("percent_used", _m.FLOAT),
        "project_id": ("project_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "budget_action",
        "current_spend_microusd",
        "monthly_budget_microusd",
        "percent_used",
        "project_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ProjectBudgetResponse"]
