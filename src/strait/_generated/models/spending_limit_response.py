from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SpendingLimitResponse(_m.StraitObject):
    """SpendingLimitResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    current_spend_usd: float
    is_hard_capped: bool
    limit_action: str
    org_id: str
    overage_enabled: bool
    overage_spend_usd: float
    plan_tier: str
    spending_limit_usd: float

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            current_spend_usd: float = ...,
            is_hard_capped: bool = ...,
            limit_action: str = ...,
            org_id: str = ...,
            overage_enabled: bool = ...,
            overage_spend_usd: float = ...,
            plan_tier: str = ...,
            spending_limit_usd: float = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "current_spend_usd": ("current_spend_usd", _m.FLOAT),
        "is_hard_capped": ("is_hard_capped", _m.BOOL),
        "limit_action": ("limit_action", _m.STR),
        "org_id": ("org_id", _m.STR),
        "overage_enabled": ("overage_enabled", _m.BOOL),
        "overage_spend_usd": ("overage_spend_usd", _m.FLOAT),
        "plan_tier": ("plan_tier", _m.STR),
        "spending_limit_usd": ("spending_limit_usd", _m.FLOAT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "current_spend_usd",
        "is_hard_capped",
        "limit_action",
        "org_id",
        "overage_enabled",
        "overage_spend_usd",
        "plan_tier",
        "spending_limit_usd",
    )
    _closed: ClassVar[bool] = True


__all__ = ["SpendingLimitResponse"]
