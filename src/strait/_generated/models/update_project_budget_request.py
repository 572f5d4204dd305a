from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class UpdateProjectBudgetRequest(_m.StraitObject):
    """UpdateProjectBudgetRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    action: str
    budget_microusd: int
    project_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "action": ("action", _m.STR),
        "budget_microusd": ("budget_microusd", _m.INT),
        "project_id": ("project_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateProjectBudgetRequest"]
