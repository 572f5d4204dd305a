from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .plan_response import PlanResponse


class GetPlansOutputBody(_m.StraitObject):
    """GetPlansOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    plans: list[PlanResponse] | None

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "plans": (
            "plans",
            _m.Union(_m.ListOf(_m.Model("plan_response", "PlanResponse")), _m.NONE),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ("plans",)
    _closed: ClassVar[bool] = True


__all__ = ["GetPlansOutputBody"]
