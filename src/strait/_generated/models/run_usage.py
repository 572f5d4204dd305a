from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class RunUsage(_m.StraitObject):
    """RunUsage: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    completion_tokens: int
    cost_microusd: int
    created_at: datetime.datetime
    id: str
    model: str
    prompt_tokens: int
    provider: str
    run_id: str
    total_tokens: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            completion_tokens: int = ...,
            cost_microusd: int = ...,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            model: str = ...,
            prompt_tokens: int = ...,
            provider: str = ...,
            run_id: str = ...,
            total_tokens: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "completion_tokens": ("completion_tokens", _m.INT),
        "cost_microusd": ("cost_microusd", _m.INT),
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "model": ("model", _m.STR),
        "prompt_tokens": ("prompt_tokens", _m.INT),
        "provider": ("provider", _m.STR),
        "run_id": ("run_id", _m.STR),
        "total_tokens": ("total_tokens", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "completion_tokens",
        "cost_microusd",
        "created_at",
        "id",
        "model",
        "prompt_tokens",
        "provider",
        "run_id",
        "total_tokens",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunUsage"]
