from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

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

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            model: str = ...,
            provider: str = ...,
            completion_tokens: int = ...,
            cost_microusd: int = ...,
            prompt_tokens: int = ...,
            total_tokens: int = ...,
        ) -> None: ...

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
