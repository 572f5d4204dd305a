from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class UpdateSpendingLimitRequest(_m.StraitObject):
    """UpdateSpendingLimitRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    action: str
    limit_microusd: int
    overage_enabled: bool | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            action: str = ...,
            limit_microusd: int = ...,
            overage_enabled: bool | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "action": ("action", _m.STR),
        "limit_microusd": ("limit_microusd", _m.INT),
        "overage_enabled": ("overage_enabled", _m.Union(_m.BOOL, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateSpendingLimitRequest"]
