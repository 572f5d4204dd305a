from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.plan_response import PlanResponse

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, PlanResponse
    from ..models.plan_response import PlanResponse

    _lazy_pending = False


T = TypeVar("T", bound="GetPlansOutputBody")


@_attrs_define
class GetPlansOutputBody(WireMapping):
    """
    Attributes:
        plans (list[PlanResponse] | None):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "plans": "plans",
    }

    plans: list[PlanResponse] | None

    def to_dict(self) -> dict[str, Any]:
        plans: list[dict[str, Any]] | None
        if isinstance(self.plans, list):
            plans = []
            for plans_type_0_item_data in self.plans:
                plans_type_0_item = plans_type_0_item_data.to_dict()
                plans.append(plans_type_0_item)

        else:
            plans = self.plans

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "plans": plans,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_plans(data: object) -> list[PlanResponse] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                plans_type_0 = []
                _plans_type_0 = data
                for plans_type_0_item_data in _plans_type_0 or []:
                    plans_type_0_item = PlanResponse.from_dict(plans_type_0_item_data)

                    plans_type_0.append(plans_type_0_item)

                return plans_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PlanResponse] | None, data)

        plans = _parse_plans(d["plans"])

        get_plans_output_body = cls(
            plans=plans,
        )

        return get_plans_output_body
