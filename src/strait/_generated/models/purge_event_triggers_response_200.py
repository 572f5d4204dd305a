from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class PurgeEventTriggersResponse200(_m.StraitObject):
    """PurgeEventTriggersResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    deleted: int
    dry_run: bool
    would_delete: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            deleted: int = ...,
            dry_run: bool = ...,
            would_delete: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "deleted": ("deleted", _m.INT),
        "dry_run": ("dry_run", _m.BOOL),
        "would_delete": ("would_delete", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = False


__all__ = ["PurgeEventTriggersResponse200"]
