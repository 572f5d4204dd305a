from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.bulk_trigger_item import BulkTriggerItem

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, BulkTriggerItem
    from ..models.bulk_trigger_item import BulkTriggerItem

    _lazy_pending = False


T = TypeVar("T", bound="BulkTriggerRequest")


@_attrs_define
class BulkTriggerRequest(WireMapping):
    """
    Attributes:
        items (list[BulkTriggerItem]):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "items": "items",
    }

    items: list[BulkTriggerItem]

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        items = []
        _items = d["items"]
        for items_item_data in _items or []:
            items_item = BulkTriggerItem.from_dict(items_item_data)

            items.append(items_item)

        bulk_trigger_request = cls(
            items=items,
        )

        return bulk_trigger_request
