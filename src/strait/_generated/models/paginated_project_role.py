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
    from ..models.project_role import ProjectRole

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, ProjectRole
    from ..models.project_role import ProjectRole

    _lazy_pending = False


T = TypeVar("T", bound="PaginatedProjectRole")


@_attrs_define
class PaginatedProjectRole(WireMapping):
    """
    Attributes:
        data (list[ProjectRole]):
        has_more (bool):
        next_cursor (None | str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "data": "data",
        "has_more": "has_more",
        "next_cursor": "next_cursor",
    }

    data: list[ProjectRole]
    has_more: bool
    next_cursor: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
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
        data = []
        _data = d["data"]
        for data_item_data in _data or []:
            data_item = ProjectRole.from_dict(data_item_data)

            data.append(data_item)

        has_more = d["has_more"]

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.get("next_cursor", UNSET))

        paginated_project_role = cls(
            data=data,
            has_more=has_more,
            next_cursor=next_cursor,
        )

        return paginated_project_role
