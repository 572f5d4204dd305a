from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class ProjectBudgetResponse(_m.StraitObject):
    """ProjectBudgetResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    budget_action: str
    current_spend_microusd: int
    monthly_budget_microusd: int
    percent_used: float
    project_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            budget_action: str = ...,
            current_spend_microusd: int = ...,
            monthly_budget_microusd: int = ...,
            percent_used: float = ...,
            project_id: str = ...,
        ) -> None: ...

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
