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
    from ..models.replay_result import ReplayResult

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, ReplayResult
    from ..models.replay_result import ReplayResult

    _lazy_pending = False


T = TypeVar("T", bound="BulkReplayRunsResponse200")


@_attrs_define
class BulkReplayRunsResponse200(WireMapping):
    """
    Attributes:
        replayed (int):
        results (list[ReplayResult]):
        total (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "replayed": "replayed",
        "results": "results",
        "total": "total",
    }

    replayed: int
    results: list[ReplayResult]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replayed = self.replayed

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "replayed": replayed,
                "results": results,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        d = dict(src_dict or {})
        replayed = d.pop("replayed")

        results = []
        _results = d.pop("results")
        for results_item_data in _results or []:
            results_item = ReplayResult.from_dict(results_item_data)

            results.append(results_item)

        total = d.pop("total")

        bulk_replay_runs_response_200 = cls(
            replayed=replayed,
            results=results,
            total=total,
        )

        bulk_replay_runs_response_200.additional_properties = d
        return bulk_replay_runs_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
