from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class SDKUsageRequest(_m.StraitObject):
    """SDKUsageRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    model: str
    provider: str
    completion_tokens: int
    cost_microusd: int
    prompt_tokens: int
    total_tokens: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "model": ("model", _m.STR),
        "provider": ("provider", _m.STR),
        "completion_tokens": ("completion_tokens", _m.INT),
        "cost_microusd": ("cost_microusd", _m.INT),
        "prompt_tokens": ("prompt_tokens", _m.INT),
        "total_tokens": ("total_tokens", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "model",
        "provider",
    )
    _closed: ClassVar[bool] = True


__all__ = ["SDKUsageRequest"]
