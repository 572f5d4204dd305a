from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class TriggerJobResponse201Type3(_m.StraitObject):
    """TriggerJobResponse201Type3: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    debounced: bool
    fire_at: datetime.datetime

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            debounced: bool = ...,
            fire_at: datetime.datetime | str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "debounced": ("debounced", _m.BOOL),
        "fire_at": ("fire_at", _m.DATETIME),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "debounced",
        "fire_at",
    )
    _closed: ClassVar[bool] = False


__all__ = ["TriggerJobResponse201Type3"]
