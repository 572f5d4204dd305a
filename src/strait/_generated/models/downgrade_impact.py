from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .resource_impact import ResourceImpact


class DowngradeImpact(_m.StraitObject):
    """DowngradeImpact: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    auto_disabled: list[ResourceImpact] | None
    effective_date: str
    impacts: list[ResourceImpact] | None
    manual_actions: list[ResourceImpact] | None
    target_tier: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            auto_disabled: Sequence[ResourceImpact | Mapping[str, Any]] | None = ...,
            effective_date: str = ...,
            impacts: Sequence[ResourceImpact | Mapping[str, Any]] | None = ...,
            manual_actions: Sequence[ResourceImpact | Mapping[str, Any]] | None = ...,
            target_tier: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "auto_disabled": (
            "auto_disabled",
            _m.Union(_m.ListOf(_m.Model("resource_impact", "ResourceImpact")), _m.NONE),
        ),
        "effective_date": ("effective_date", _m.STR),
        "impacts": (
            "impacts",
            _m.Union(_m.ListOf(_m.Model("resource_impact", "ResourceImpact")), _m.NONE),
        ),
        "manual_actions": (
            "manual_actions",
            _m.Union(_m.ListOf(_m.Model("resource_impact", "ResourceImpact")), _m.NONE),
        ),
        "target_tier": ("target_tier", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "auto_disabled",
        "effective_date",
        "impacts",
        "manual_actions",
        "target_tier",
    )
    _closed: ClassVar[bool] = True


__all__ = ["DowngradeImpact"]
