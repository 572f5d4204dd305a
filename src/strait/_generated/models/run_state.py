from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class RunState(_m.StraitObject):
    """RunState: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    run_id: str
    state_key: str
    updated_at: datetime.datetime
    value: Any

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            run_id: str = ...,
            state_key: str = ...,
            updated_at: datetime.datetime | str = ...,
            value: Any = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "run_id": ("run_id", _m.STR),
        "state_key": ("state_key", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
        "value": ("value", _m.ANY),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "run_id",
        "state_key",
        "updated_at",
        "value",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunState"]
