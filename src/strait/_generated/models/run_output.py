from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class RunOutput(_m.StraitObject):
    """RunOutput: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    output_key: str
    run_id: str
    value: Any
    schema: Any

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            output_key: str = ...,
            run_id: str = ...,
            value: Any = ...,
            schema: Any = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "output_key": ("output_key", _m.STR),
        "run_id": ("run_id", _m.STR),
        "value": ("value", _m.ANY),
        "schema": ("schema", _m.ANY),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "output_key",
        "run_id",
        "value",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunOutput"]
