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

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.worker_task import WorkerTask

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, WorkerTask
    from ..models.worker_task import WorkerTask

    _lazy_pending = False


T = TypeVar("T", bound="ListWorkerTasksOutputBody")


@_attrs_define
class ListWorkerTasksOutputBody(WireMapping):
    """
    Attributes:
        data (list[WorkerTask] | None):
        has_more (bool):
        offset (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "data": "data",
        "has_more": "has_more",
        "offset": "offset",
    }

    data: list[WorkerTask] | None
    has_more: bool
    offset: int

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        has_more = self.has_more

        offset = self.offset

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
                "offset": offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_data(data: object) -> list[WorkerTask] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0 or []:
                    data_type_0_item = WorkerTask.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkerTask] | None, data)

        data = _parse_data(d["data"])

        has_more = d["has_more"]

        offset = d["offset"]

        list_worker_tasks_output_body = cls(
            data=data,
            has_more=has_more,
            offset=offset,
        )

        return list_worker_tasks_output_body
