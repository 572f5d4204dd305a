from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class PurgeEventTriggersRequest(_m.StraitObject):
    """PurgeEventTriggersRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    dry_run: bool
    older_than_days: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            dry_run: bool = ...,
            older_than_days: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "dry_run": ("dry_run", _m.BOOL),
        "older_than_days": ("older_than_days", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["PurgeEventTriggersRequest"]
