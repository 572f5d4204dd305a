from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.deadletter_entry import DeadletterEntry

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, DeadletterEntry
    from ..models.deadletter_entry import DeadletterEntry

    _lazy_pending = False


T = TypeVar("T", bound="ListDeadletterResponse")


@_attrs_define
class ListDeadletterResponse(WireMapping):
    """
    Attributes:
        entries (list[DeadletterEntry] | None):
        next_cursor (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "entries": "entries",
        "next_cursor": "next_cursor",
    }

    entries: list[DeadletterEntry] | None
    next_cursor: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        entries: list[dict[str, Any]] | None
        if isinstance(self.entries, list):
            entries = []
            for entries_type_0_item_data in self.entries:
                entries_type_0_item = entries_type_0_item_data.to_dict()
                entries.append(entries_type_0_item)

        else:
            entries = self.entries

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entries": entries,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_entries(data: object) -> list[DeadletterEntry] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entries_type_0 = []
                _entries_type_0 = data
                for entries_type_0_item_data in _entries_type_0 or []:
                    entries_type_0_item = DeadletterEntry.from_dict(
                        entries_type_0_item_data
                    )

                    entries_type_0.append(entries_type_0_item)

                return entries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeadletterEntry] | None, data)

        entries = _parse_entries(d["entries"])

        next_cursor = d.get("next_cursor", UNSET)

        list_deadletter_response = cls(
            entries=entries,
            next_cursor=next_cursor,
        )

        return list_deadletter_response
