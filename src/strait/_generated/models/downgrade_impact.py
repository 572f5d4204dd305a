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
    from ..models.resource_impact import ResourceImpact

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, ResourceImpact
    from ..models.resource_impact import ResourceImpact

    _lazy_pending = False


T = TypeVar("T", bound="DowngradeImpact")


@_attrs_define
class DowngradeImpact(WireMapping):
    """
    Attributes:
        auto_disabled (list[ResourceImpact] | None):
        effective_date (str):
        impacts (list[ResourceImpact] | None):
        manual_actions (list[ResourceImpact] | None):
        target_tier (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "auto_disabled": "auto_disabled",
        "effective_date": "effective_date",
        "impacts": "impacts",
        "manual_actions": "manual_actions",
        "target_tier": "target_tier",
    }

    auto_disabled: list[ResourceImpact] | None
    effective_date: str
    impacts: list[ResourceImpact] | None
    manual_actions: list[ResourceImpact] | None
    target_tier: str

    def to_dict(self) -> dict[str, Any]:
        auto_disabled: list[dict[str, Any]] | None
        if isinstance(self.auto_disabled, list):
            auto_disabled = []
            for auto_disabled_type_0_item_data in self.auto_disabled:
                auto_disabled_type_0_item = auto_disabled_type_0_item_data.to_dict()
                auto_disabled.append(auto_disabled_type_0_item)

        else:
            auto_disabled = self.auto_disabled

        effective_date = self.effective_date

        impacts: list[dict[str, Any]] | None
        if isinstance(self.impacts, list):
            impacts = []
            for impacts_type_0_item_data in self.impacts:
                impacts_type_0_item = impacts_type_0_item_data.to_dict()
                impacts.append(impacts_type_0_item)

        else:
            impacts = self.impacts

        manual_actions: list[dict[str, Any]] | None
        if isinstance(self.manual_actions, list):
            manual_actions = []
            for manual_actions_type_0_item_data in self.manual_actions:
                manual_actions_type_0_item = manual_actions_type_0_item_data.to_dict()
                manual_actions.append(manual_actions_type_0_item)

        else:
            manual_actions = self.manual_actions

        target_tier = self.target_tier

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "auto_disabled": auto_disabled,
                "effective_date": effective_date,
                "impacts": impacts,
                "manual_actions": manual_actions,
                "target_tier": target_tier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_auto_disabled(data: object) -> list[ResourceImpact] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                auto_disabled_type_0 = []
                _auto_disabled_type_0 = data
                for auto_disabled_type_0_item_data in _auto_disabled_type_0 or []:
                    auto_disabled_type_0_item = ResourceImpact.from_dict(
                        auto_disabled_type_0_item_data
                    )

                    auto_disabled_type_0.append(auto_disabled_type_0_item)

                return auto_disabled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResourceImpact] | None, data)

        auto_disabled = _parse_auto_disabled(d["auto_disabled"])

        effective_date = d["effective_date"]

        def _parse_impacts(data: object) -> list[ResourceImpact] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                impacts_type_0 = []
                _impacts_type_0 = data
                for impacts_type_0_item_data in _impacts_type_0 or []:
                    impacts_type_0_item = ResourceImpact.from_dict(
                        impacts_type_0_item_data
                    )

                    impacts_type_0.append(impacts_type_0_item)

                return impacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResourceImpact] | None, data)

        impacts = _parse_impacts(d["impacts"])

        def _parse_manual_actions(data: object) -> list[ResourceImpact] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                manual_actions_type_0 = []
                _manual_actions_type_0 = data
                for manual_actions_type_0_item_data in _manual_actions_type_0 or []:
                    manual_actions_type_0_item = ResourceImpact.from_dict(
                        manual_actions_type_0_item_data
                    )

                    manual_actions_type_0.append(manual_actions_type_0_item)

                return manual_actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResourceImpact] | None, data)

        manual_actions = _parse_manual_actions(d["manual_actions"])

        target_tier = d["target_tier"]

        downgrade_impact = cls(
            auto_disabled=auto_disabled,
            effective_date=effective_date,
            impacts=impacts,
            manual_actions=manual_actions,
            target_tier=target_tier,
        )

        return downgrade_impact
