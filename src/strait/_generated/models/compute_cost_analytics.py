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
    from ..models.cost_by_preset import CostByPreset

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, CostByPreset
    from ..models.cost_by_preset import CostByPreset

    _lazy_pending = False


T = TypeVar("T", bound="ComputeCostAnalytics")


@_attrs_define
class ComputeCostAnalytics(WireMapping):
    """
    Attributes:
        by_preset (list[CostByPreset] | None):
        total_cost_microusd (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "by_preset": "by_preset",
        "total_cost_microusd": "total_cost_microusd",
    }

    by_preset: list[CostByPreset] | None
    total_cost_microusd: int

    def to_dict(self) -> dict[str, Any]:
        by_preset: list[dict[str, Any]] | None
        if isinstance(self.by_preset, list):
            by_preset = []
            for by_preset_type_0_item_data in self.by_preset:
                by_preset_type_0_item = by_preset_type_0_item_data.to_dict()
                by_preset.append(by_preset_type_0_item)

        else:
            by_preset = self.by_preset

        total_cost_microusd = self.total_cost_microusd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "by_preset": by_preset,
                "total_cost_microusd": total_cost_microusd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_by_preset(data: object) -> list[CostByPreset] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                by_preset_type_0 = []
                _by_preset_type_0 = data
                for by_preset_type_0_item_data in _by_preset_type_0 or []:
                    by_preset_type_0_item = CostByPreset.from_dict(
                        by_preset_type_0_item_data
                    )

                    by_preset_type_0.append(by_preset_type_0_item)

                return by_preset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CostByPreset] | None, data)

        by_preset = _parse_by_preset(d["by_preset"])

        total_cost_microusd = d["total_cost_microusd"]

        compute_cost_analytics = cls(
            by_preset=by_preset,
            total_cost_microusd=total_cost_microusd,
        )

        return compute_cost_analytics
