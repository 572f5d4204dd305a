from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .bulk_trigger_item import BulkTriggerItem


class BulkTriggerRequest(_m.StraitObject):
    """BulkTriggerRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    items_: list[BulkTriggerItem]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            items_: Sequence[BulkTriggerItem | Mapping[str, Any]] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "items_": (
            "items",
            _m.ListOf(_m.Model("bulk_trigger_item", "BulkTriggerItem")),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ("items",)
    _closed: ClassVar[bool] = True


__all__ = ["BulkTriggerRequest"]
