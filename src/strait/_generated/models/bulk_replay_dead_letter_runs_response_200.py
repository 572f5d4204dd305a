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
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.job_run import JobRun

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, JobRun
    from ..models.job_run import JobRun

    _lazy_pending = False


T = TypeVar("T", bound="BulkReplayDeadLetterRunsResponse200")


@_attrs_define
class BulkReplayDeadLetterRunsResponse200(WireMapping):
    """
    Attributes:
        count (int):
        replayed (list[JobRun]):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "count": "count",
        "replayed": "replayed",
    }

    count: int
    replayed: list[JobRun]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        replayed = []
        for replayed_item_data in self.replayed:
            replayed_item = replayed_item_data.to_dict()
            replayed.append(replayed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "replayed": replayed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        d = dict(src_dict or {})
        count = d.pop("count")

        replayed = []
        _replayed = d.pop("replayed")
        for replayed_item_data in _replayed or []:
            replayed_item = JobRun.from_dict(replayed_item_data)

            replayed.append(replayed_item)

        bulk_replay_dead_letter_runs_response_200 = cls(
            count=count,
            replayed=replayed,
        )

        bulk_replay_dead_letter_runs_response_200.additional_properties = d
        return bulk_replay_dead_letter_runs_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
