from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class SendEventByPrefixResponse200(_m.StraitObject):
    """SendEventByPrefixResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    resolved: int
    triggers: list[Any]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            resolved: int = ...,
            triggers: Sequence[Any] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "resolved": ("resolved", _m.INT),
        "triggers": ("triggers", _m.ListOf(_m.ANY)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "resolved",
        "triggers",
    )
    _closed: ClassVar[bool] = False


__all__ = ["SendEventByPrefixResponse200"]
