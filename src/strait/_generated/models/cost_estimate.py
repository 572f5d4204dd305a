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

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.cheaper_alternative import CheaperAlternative

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, CheaperAlternative
    from ..models.cheaper_alternative import CheaperAlternative

    _lazy_pending = False


T = TypeVar("T", bound="CostEstimate")


@_attrs_define
class CostEstimate(WireMapping):
    """
    Attributes:
        cost_microusd (int):
        credit_runs_remaining (int):
        rate_microusd_per_sec (int):
        cheaper_alternative (CheaperAlternative | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "cost_microusd": "cost_microusd",
        "credit_runs_remaining": "credit_runs_remaining",
        "rate_microusd_per_sec": "rate_microusd_per_sec",
        "cheaper_alternative": "cheaper_alternative",
    }

    cost_microusd: int
    credit_runs_remaining: int
    rate_microusd_per_sec: int
    cheaper_alternative: CheaperAlternative | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.cheaper_alternative import CheaperAlternative

        cost_microusd = self.cost_microusd

        credit_runs_remaining = self.credit_runs_remaining

        rate_microusd_per_sec = self.rate_microusd_per_sec

        cheaper_alternative: dict[str, Any] | None | Unset
        if isinstance(self.cheaper_alternative, Unset):
            cheaper_alternative = UNSET
        elif isinstance(self.cheaper_alternative, CheaperAlternative):
            cheaper_alternative = self.cheaper_alternative.to_dict()
        else:
            cheaper_alternative = self.cheaper_alternative

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cost_microusd": cost_microusd,
                "credit_runs_remaining": credit_runs_remaining,
                "rate_microusd_per_sec": rate_microusd_per_sec,
            }
        )
        if cheaper_alternative is not UNSET:
            field_dict["cheaper_alternative"] = cheaper_alternative

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        cost_microusd = d["cost_microusd"]

        credit_runs_remaining = d["credit_runs_remaining"]

        rate_microusd_per_sec = d["rate_microusd_per_sec"]

        def _parse_cheaper_alternative(
            data: object,
        ) -> CheaperAlternative | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cheaper_alternative_type_0 = CheaperAlternative.from_dict(data)

                return cheaper_alternative_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheaperAlternative | None | Unset, data)

        cheaper_alternative = _parse_cheaper_alternative(
            d.get("cheaper_alternative", UNSET)
        )

        cost_estimate = cls(
            cost_microusd=cost_microusd,
            credit_runs_remaining=credit_runs_remaining,
            rate_microusd_per_sec=rate_microusd_per_sec,
            cheaper_alternative=cheaper_alternative,
        )

        return cost_estimate
