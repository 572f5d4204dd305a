from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .plan_response import PlanResponse


class GetPlansOutputBody(_m.StraitObject):
    """GetPlansOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    plans: list[PlanResponse] | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            plans: Sequence[PlanResponse | Mapping[str, Any]] | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "plans": (
            "plans",
            _m.Union(_m.ListOf(_m.Model("plan_response", "PlanResponse")), _m.NONE),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ("plans",)
    _closed: ClassVar[bool] = True


__all__ = ["GetPlansOutputBody"]
